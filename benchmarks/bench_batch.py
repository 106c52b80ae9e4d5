"""Batch throughput of `geo resolve DIR --jsonl OUT --jobs N` on a folder of N articles (default 10,000).

Not a test. The folder is built in a temporary directory from the LGL, TR-News and GeoVirus texts (cycled),
which are read from ../shared/benchmarks and never copied into the repository. Each run is a fresh `geo`
process, so the time includes start-up and the gazetteer load (from its cache). Run from the repository root::

    .venv/bin/python benchmarks/bench_batch.py [--articles 10000] [--jobs 1 2]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import CORPORA, load_corpus, resolve_corpus_dir  # noqa: E402


def build_folder(folder: Path, n: int, corpus_dir: Path) -> int:
    """Write ``n`` article files into ``folder``; returns the number of words written."""
    texts = [doc.text for key in CORPORA for doc in load_corpus(corpus_dir, key).docs]
    words = 0
    for i in range(n):
        text = texts[i % len(texts)]
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--corpus-dir", default=None)
    args = ap.parse_args(argv)
    corpus_dir = resolve_corpus_dir(args.corpus_dir)
    geo = shutil.which("geo", path=str(Path(sys.executable).parent)) or "geo"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        words = build_folder(folder, args.articles, corpus_dir)
        print(f"{args.articles:,} articles, {words:,} words, in one folder")
        print(f"{'jobs':>4}  {'seconds':>8}  {'articles/s':>10}  {'words/s':>9}")
        for jobs in args.jobs:
            out = Path(tmp) / f"out{jobs}.jsonl"
            t = time.perf_counter()
            subprocess.run([geo, "resolve", str(folder), "--jsonl", str(out), "--jobs", str(jobs), "--no-progress"],
                           check=True, capture_output=True)
            secs = time.perf_counter() - t
            print(f"{jobs:>4}  {secs:8.1f}  {args.articles / secs:10.0f}  {words / secs:9.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
