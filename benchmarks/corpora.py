"""Readers for the public geoparsing corpora (LGL, TR-News, GeoVirus) used by the benchmark scripts.

The corpora are never copied into the repository: every reader takes the folder that holds them (by default
``<repo>/../shared/benchmarks``). Offsets are normalised to 0-based, end-exclusive character offsets into the
document text, so that ``doc.text[t.start:t.end] == t.phrase`` for every aligned toponym.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS_DIR = REPO_ROOT.parent / "shared" / "benchmarks"

# corpus key -> (file name, display name)
CORPORA: dict[str, tuple[str, str]] = {
    "lgl": ("lgl.xml", "LGL"),
    "trnews": ("TR-News.xml", "TR-News"),
    "geovirus": ("GeoVirus.xml", "GeoVirus"),
}

# How far (in characters) from the given offset a misaligned gold phrase is looked for (TR-News drifts by up
# to 10 characters in a few articles; the nearest occurrence wins).
ALIGN_WINDOW = 10


@dataclass
class Toponym:
    """One gold place span. ``lat``/``lon`` are None for a toponym with no gold location."""

    start: int
    end: int
    phrase: str
    lat: float | None = None
    lon: float | None = None
    gold_name: str = ""  # gazetteer name (+ admin1, country) or Wikipedia page, for error reports
    geonameid: str | None = None
    alignment: str = "exact"  # exact | shifted (found within ALIGN_WINDOW chars) | unaligned

    @property
    def linked(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class Document:
    """One article: its text and gold toponyms."""

    doc_id: str
    text: str
    toponyms: list[Toponym] = field(default_factory=list)


@dataclass
class Corpus:
    """A parsed corpus, with counts of how its gold offsets were aligned to the text."""

    key: str
    name: str
    docs: list[Document]

    @property
    def n_toponyms(self) -> int:
        return sum(len(d.toponyms) for d in self.docs)

    def alignment_counts(self) -> dict[str, int]:
        """How many gold offsets matched as given, after a small shift, or not at all."""
        counts = {"exact": 0, "shifted": 0, "unaligned": 0}
        for d in self.docs:
            for t in d.toponyms:
                counts[t.alignment] += 1
        return counts


def resolve_corpus_dir(arg: str | None) -> Path:
    """The corpus folder from ``--corpus-dir`` (or the default); exits with a clear message if it is absent."""
    folder = Path(arg).expanduser().resolve() if arg else DEFAULT_CORPUS_DIR
    if not folder.is_dir():
        sys.exit(f"error: corpus folder {folder} not found. Pass --corpus-dir PATH pointing to the folder that "
                 f"holds lgl.xml, TR-News.xml and GeoVirus.xml (default: <repo>/../shared/benchmarks).")
    return folder


def _align(text: str, start: int, end: int, phrase: str) -> tuple[int, int, str]:
    """Find ``phrase`` at or near ``start``; return (start, end, how) with how in exact/shifted/unaligned."""
    if text[start:end] == phrase:
        return start, end, "exact"
    for delta in sorted(range(-ALIGN_WINDOW, ALIGN_WINDOW + 1), key=abs):
        s = start + delta
        if s >= 0 and text[s : s + len(phrase)] == phrase:
            return s, s + len(phrase), "shifted"
    return start, end, "unaligned"


def _float(node: ET.Element | None) -> float | None:
    if node is None or node.text is None or not node.text.strip():
        return None
    return float(node.text)


def _text(node: ET.Element | None) -> str:
    return (node.text or "").strip() if node is not None else ""


def _read_lgl_like(path: Path, key: str, name: str) -> Corpus:
    """lgl.xml and TR-News.xml: ``<article docid>/<text>`` and ``<toponyms>/<toponym>`` with ``<gaztag>``."""
    corpus = Corpus(key=key, name=name, docs=[])
    root = ET.parse(path).getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        doc = Document(doc_id=art.get("docid", str(len(corpus.docs))), text=text)
        for top in art.iter("toponym"):
            phrase = top.findtext("phrase") or ""
            start, end, how = _align(text, int(top.findtext("start") or 0), int(top.findtext("end") or 0), phrase)
            gaz = top.find("gaztag")
            t = Toponym(start=start, end=end, phrase=phrase, alignment=how)
            if gaz is not None:
                t.lat, t.lon = _float(gaz.find("lat")), _float(gaz.find("lon"))
                t.geonameid = gaz.get("geonameid")
                parts = [_text(gaz.find("name")), _text(gaz.find("admin1")), _text(gaz.find("country"))]
                t.gold_name = ", ".join(p for p in parts if p) + f" [{_text(gaz.find('fcode'))}]"
            doc.toponyms.append(t)
        corpus.docs.append(doc)
    return corpus


def _read_geovirus(path: Path) -> Corpus:
    """GeoVirus.xml: ``<article>/<text>`` and ``<locations>/<location>``; offsets are 1-based."""
    corpus = Corpus(key="geovirus", name="GeoVirus", docs=[])
    root = ET.parse(path).getroot()
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc = Document(doc_id=f"{i}:{_text(art.find('source')).rsplit('/', 1)[-1]}", text=text)
        for loc in art.iter("location"):
            phrase = loc.findtext("name") or ""
            start, end, how = _align(text, int(loc.findtext("start") or 1) - 1, int(loc.findtext("end") or 1) - 1,
                                     phrase)
            page = _text(loc.find("page")).rsplit("/", 1)[-1]
            doc.toponyms.append(Toponym(start=start, end=end, phrase=phrase, lat=_float(loc.find("lat")),
                                        lon=_float(loc.find("lon")), gold_name=page, alignment=how))
        corpus.docs.append(doc)
    return corpus


def load_corpus(folder: Path, key: str, limit: int | None = None) -> Corpus:
    """Parse one corpus (``lgl``, ``trnews`` or ``geovirus``) from ``folder``; keep the first ``limit`` docs."""
    filename, name = CORPORA[key]
    path = folder / filename
    if not path.is_file():
        sys.exit(f"error: {path} not found (expected {filename} in the corpus folder {folder})")
    corpus = _read_geovirus(path) if key == "geovirus" else _read_lgl_like(path, key, name)
    if limit is not None:
        corpus.docs = corpus.docs[:limit]
    return corpus
