"""Speed benchmark: gazetteer load time, peak memory, and resolve throughput (optionally against flashgeotext).

Measures:

* gazetteer load in fresh subprocesses (``import geo`` and ``load_gazetteer()`` timed separately; the OS file cache
  and geo's compiled-index cache in ``~/.cache/geo`` are warm, nothing is cleared) and the peak RSS of such a
  process (``ru_maxrss``);
* ``timed_load()`` in this process;
* articles/s, words/s and ms/article of ``Resolver.resolve`` on the first N LGL texts and on ``seeds/*.txt``
  (after a warm-up call, which is reported separately because it builds lazy indexes);
* if the ``flashgeotext`` package is importable (``--install-flashgeotext`` tries ``pip install`` once), its
  ``GeoText().extract`` throughput on the same texts, and the ratio. flashgeotext only looks up names of cities
  and countries in a dictionary (no disambiguation), so it is a lower bound on the cost of finding names.

Usage::

    .venv/bin/python benchmarks/speed.py
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from corpora import REPO_ROOT, load_corpus, resolve_corpus_dir

CHILD_LOAD = r"""
import json, resource, time
t0 = time.perf_counter()
from geo.gazetteer.index import load_gazetteer
t1 = time.perf_counter()
gaz = load_gazetteer()
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "rows": len(gaz.rows), "names": len(gaz.names),
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


@dataclass
class Throughput:
    """Time spent on a list of texts."""

    label: str
    n_docs: int
    n_words: int
    seconds: float

    @property
    def articles_per_s(self) -> float:
        return self.n_docs / self.seconds if self.seconds else float("nan")

    @property
    def words_per_s(self) -> float:
        return self.n_words / self.seconds if self.seconds else float("nan")

    @property
    def ms_per_article(self) -> float:
        return 1000 * self.seconds / self.n_docs if self.n_docs else float("nan")


def measure(label: str, texts: list[str], fn: Callable[[str], object], repeats: int) -> Throughput:
    """Best of ``repeats`` passes of ``fn`` over ``texts`` (total wall time of the calls only)."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - t0)
    return Throughput(label, len(texts), sum(len(t.split()) for t in texts), best)


def cold_loads(n: int) -> list[dict[str, float]]:
    """Run the gazetteer load in ``n`` fresh interpreters; each returns its timings and peak RSS."""
    out = []
    for _ in range(n):
        proc = subprocess.run([sys.executable, "-c", CHILD_LOAD], capture_output=True, text=True, check=True,
                              cwd=REPO_ROOT, timeout=600)
        out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


def try_flashgeotext(install: bool) -> Callable[[str], object] | None:
    """A ``GeoText().extract`` callable, or None (with a message) if flashgeotext is unavailable."""
    try:
        module = importlib.import_module("flashgeotext.geotext")
    except ImportError:
        if not install:
            print("flashgeotext is not installed: skipped (pass --install-flashgeotext to try pip install once)")
            return None
        print("installing flashgeotext with pip (once) ...", flush=True)
        proc = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "flashgeotext"],
                              capture_output=True, text=True, timeout=600)
        if proc.returncode != 0:
            print(f"flashgeotext could not be installed: skipped ({proc.stderr.strip().splitlines()[-1:]})")
            return None
        importlib.invalidate_caches()
        try:
            module = importlib.import_module("flashgeotext.geotext")
        except ImportError as exc:
            print(f"flashgeotext installed but not importable: skipped ({exc})")
            return None
    try:
        from loguru import logger  # flashgeotext logs every load through loguru

        logger.disable("flashgeotext")
    except ImportError:
        pass
    t0 = time.perf_counter()
    geotext = module.GeoText()
    print(f"flashgeotext GeoText() load: {time.perf_counter() - t0:.2f} s")
    return lambda text: geotext.extract(input_text=text)


def print_table(header: list[str], rows: list[list[str]]) -> None:
    """A plain fixed-width table (first column left-aligned, the others right-aligned)."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(widths[0]) if i == 0 else str(c).rjust(widths[i]) for i, c in enumerate(row)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus-dir", default=None,
                        help="folder holding lgl.xml (default: <repo>/../shared/benchmarks)")
    parser.add_argument("--lgl-docs", type=int, default=200, help="how many LGL texts to resolve (default 200)")
    parser.add_argument("--cold-runs", type=int, default=3, help="fresh-process gazetteer loads (default 3)")
    parser.add_argument("--repeats", type=int, default=3, help="passes over the texts; the best counts (default 3)")
    parser.add_argument("--install-flashgeotext", action="store_true",
                        help="if flashgeotext is missing, try 'pip install flashgeotext' once")
    parser.add_argument("--no-flashgeotext", action="store_true", help="skip the flashgeotext comparison")
    args = parser.parse_args(argv)

    folder = resolve_corpus_dir(args.corpus_dir)
    lgl = [d.text for d in load_corpus(folder, "lgl", args.lgl_docs).docs]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO_ROOT / "seeds").glob("*.txt"))]
    text_sets = [(f"LGL first {len(lgl)}", lgl)] + ([(f"seeds ({len(seeds)})", seeds)] if seeds else [])

    print(f"gazetteer load in {args.cold_runs} fresh processes ...", flush=True)
    cold = cold_loads(args.cold_runs)

    from geo.gazetteer.index import timed_load
    from geo.pipeline import Resolver

    gaz, inproc_s = timed_load()
    rss_after_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    resolver = Resolver(gaz)
    t0 = time.perf_counter()
    resolver.resolve(lgl[0] if lgl else "Kyiv")
    warmup_s = time.perf_counter() - t0
    geo_runs = [measure(label, texts, resolver.resolve, args.repeats) for label, texts in text_sets]
    rss_after_resolve = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    fgt_runs: list[Throughput] = []
    if not args.no_flashgeotext:
        extract = try_flashgeotext(args.install_flashgeotext)
        if extract is not None:
            extract(lgl[0] if lgl else "Kyiv")
            fgt_runs = [measure(label, texts, extract, args.repeats) for label, texts in text_sets]

    print(f"\ngeo speed benchmark  (python {sys.version.split()[0]})\n")
    med = {k: statistics.median(c[k] for c in cold) for k in ("import_s", "load_s", "maxrss_mb")}
    print_table(["gazetteer", "value"], [
        ["rows / name keys", f"{cold[0]['rows']:,} / {cold[0]['names']:,}"],
        [f"fresh process: import geo (median of {len(cold)})", f"{med['import_s']:.2f} s"],
        [f"fresh process: load_gazetteer() (median; min {min(c['load_s'] for c in cold):.2f})",
         f"{med['load_s']:.2f} s"],
        ["fresh process: peak RSS after load", f"{med['maxrss_mb']:.0f} MB"],
        ["this process: timed_load()", f"{inproc_s:.2f} s"],
        ["this process: peak RSS after load", f"{rss_after_load:.0f} MB"],
        ["this process: peak RSS after resolving", f"{rss_after_resolve:.0f} MB"],
        ["first resolve call (lazy init, not in throughput)", f"{warmup_s:.2f} s"],
    ])
    print()
    rows = []
    for i, run in enumerate(geo_runs):
        rows.append([f"geo  {run.label}", f"{run.n_words:,}", f"{run.articles_per_s:.1f}", f"{run.words_per_s:,.0f}",
                     f"{run.ms_per_article:.1f}", ""])
        if fgt_runs:
            f = fgt_runs[i]
            rows.append([f"flashgeotext  {f.label}", f"{f.n_words:,}", f"{f.articles_per_s:.1f}",
                         f"{f.words_per_s:,.0f}", f"{f.ms_per_article:.2f}",
                         f"geo is {f.articles_per_s / run.articles_per_s:.1f}x slower"])
    print_table([f"resolve throughput (best of {args.repeats})", "words", "articles/s", "words/s", "ms/article",
                 "ratio"], rows)


if __name__ == "__main__":
    main()
