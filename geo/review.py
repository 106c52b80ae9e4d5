"""The editor's review of a story: every distinct place mention, how geo resolved it and how sure it is.

:func:`review_entries` turns a built story (:class:`geo.story.StoryResult`, pins applied) into
:class:`Entry` rows, one per distinct (form, place, role, pinned, furniture) reading, each with its
occurrences (file, offsets, the sentence). Every entry falls in exactly one section, in this order:

1. ``unresolved``: candidates the recogniser found but no place was chosen for (body text);
2. ``low``: a place chosen with confidence below :data:`LOW_CONFIDENCE` in at least one occurrence;
3. ``pinned``: decisions taken from the story manifest's ``pins`` (including "not a place");
4. ``confident``: places, confidently;
5. ``actors``: capitals standing for a government ("Moscow denied");
6. ``furniture``: mentions only in page furniture (never mapped).

Within a section entries are grouped by place (doubtful groups first, weakest first; else by name).
:func:`render_review` writes the self-contained HTML page (no external scripts or styles; locator maps are
inline SVG; all article text is escaped by the template engine), :func:`resolutions_csv` one row per mention
(sorted, byte-stable), :func:`summary` the text printed by ``geo review``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import PurePath

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from geo.gazetteer.index import Gazetteer
from geo.locator import Locator, LocatorPoint, locator
from geo.models import Alternative, Mention, Place, PlaceRef
from geo.story import KIND_LABEL, StoryResult
from geo.text import split_sentences

LOW_CONFIDENCE = 0.7
SECTIONS: list[tuple[str, str, str]] = [  # key, title, what it means
    ("unresolved", "Unresolved candidates", "Words that look like place names but matched no place (or only "
     "ones too weak to choose). Pin them to a place, or as not a place, in story.yaml."),
    ("low", "Low-confidence choices", f"A place was chosen with confidence below {LOW_CONFIDENCE:g}; check the "
     "reason and the alternatives."),
    ("pinned", "Pinned in story.yaml", "Decisions taken from the story's pins, not by the resolver."),
    ("confident", "Confident places", "Places chosen with confidence; they reach the map."),
    ("actors", "Actors", "Capitals standing for their government ('Moscow denied'): off the map by default."),
    ("furniture", "Page furniture", "Mentions only in related-story links, ads or footers: never mapped."),
]
CONTEXT_CHARS = 220  # of the sentence shown on each side of a mention
CSV_COLUMNS = ["file", "start", "end", "text", "place_id", "name", "kind", "country", "lat", "lon", "confidence",
               "role", "boilerplate", "pinned", "match", "reason"]


@dataclass(frozen=True)
class Occurrence:
    """One mention of an entry, with its sentence cut around it (``before`` + ``text`` + ``after``)."""

    source: str
    start: int
    end: int
    before: str
    text: str
    after: str
    confidence: float


@dataclass
class Entry:
    """A distinct reading of a form; ``mention`` is its weakest occurrence (whose reason is shown)."""

    form: str
    place: PlaceRef | None
    details: Place | None
    role: str
    pinned: bool
    furniture: bool
    mention: Mention
    occurrences: list[Occurrence] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    reasons: set[str] = field(default_factory=set)

    @property
    def confidence(self) -> float:
        return min(self.confidences)

    @property
    def section(self) -> str:
        if self.furniture:
            return "furniture"
        if self.pinned:
            return "pinned"
        if self.place is None:
            return "unresolved"
        if self.confidence < LOW_CONFIDENCE:
            return "low"
        return "actors" if self.role == "actor" else "confident"

    @property
    def files(self) -> list[str]:
        return sorted({o.source for o in self.occurrences})

    @property
    def alternatives(self) -> list[Alternative]:
        return self.mention.alternatives


@dataclass
class Group:
    """Entries of one section that resolved to the same place (an unresolved form is a group of its own)."""

    key: str
    place: PlaceRef | None
    details: Place | None
    entries: list[Entry]
    locator: Locator | None = None

    @property
    def confidence(self) -> float:
        return min(e.confidence for e in self.entries)

    @property
    def title(self) -> str:
        return self.place.name if self.place else self.entries[0].form


def _cut(text: str, start: int, end: int, sentences: list[tuple[int, int]]) -> tuple[str, str]:
    lo, hi = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
    lo, hi = max(lo, start - CONTEXT_CHARS), min(max(hi, end), end + CONTEXT_CHARS)
    before, after = text[lo:start], text[end:hi]
    if lo > 0 and lo == start - CONTEXT_CHARS:
        before = "…" + before
    if hi == end + CONTEXT_CHARS and hi < len(text):
        after += "…"
    return before, after


def review_entries(result: StoryResult, gaz: Gazetteer) -> list[Entry]:
    """Every distinct reading in the story (see the module docstring), in no particular order."""
    entries: dict[tuple, Entry] = {}
    for doc in result.documents:
        text = result.texts.get(doc.source, "")
        sentences = [(s.start, s.end) for s in split_sentences(text)] if text else []
        by_form: dict[str, list[Mention]] = {}
        for m in doc.mentions:
            by_form.setdefault(m.text, []).append(m)
        for m in doc.mentions:
            key = (m.text, m.place.id if m.place else None, m.role, m.pinned, m.boilerplate)
            e = entries.get(key)
            if e is None:
                e = entries[key] = Entry(form=m.text, place=m.place, details=gaz.get(m.place.id) if m.place else None,
                                         role=m.role, pinned=m.pinned, furniture=m.boilerplate, mention=m)
            elif m.confidence < e.confidence:
                e.mention = m
            before, after = _cut(text, m.start, m.end, sentences) if text else ("", "")
            e.occurrences.append(Occurrence(doc.source, m.start, m.end, before, m.text, after, m.confidence))
            e.confidences.append(m.confidence)
            e.reasons.add(m.reason)
    return list(entries.values())


def _locator(group: Group, gaz: Gazetteer) -> Locator | None:
    if group.place is None:
        return None
    points = [LocatorPoint(group.place.name, group.place.lat, group.place.lon, chosen=True)]
    seen = {group.place.id}
    for e in group.entries:
        for a in e.alternatives:
            alt = gaz.get(a.id)
            if alt is not None and a.id not in seen:
                seen.add(a.id)
                points.append(LocatorPoint(f"{alt.name} ({alt.country or '-'})", alt.lat, alt.lon))
    return locator(points)


def sections(entries: list[Entry], gaz: Gazetteer) -> list[tuple[str, str, str, list[Group]]]:
    """``(key, title, note, groups)`` in :data:`SECTIONS` order; doubtful groups carry a locator map."""
    out = []
    for key, title, note in SECTIONS:
        groups: dict[str, Group] = {}
        for e in entries:
            if e.section != key:
                continue
            gkey = e.place.id if e.place else f"form:{e.form}"
            g = groups.setdefault(gkey, Group(key=gkey, place=e.place, details=e.details, entries=[]))
            g.entries.append(e)
        for g in groups.values():
            g.entries.sort(key=lambda e: (e.confidence, e.form, e.role))
            if key in ("low", "pinned"):
                g.locator = _locator(g, gaz)
        if key in ("unresolved", "low"):
            ordered = sorted(groups.values(), key=lambda g: (g.confidence, g.title.lower(), g.key))
        else:
            ordered = sorted(groups.values(), key=lambda g: (g.title.lower(), g.key))
        out.append((key, title, note, ordered))
    return out


def render_review(result: StoryResult, gaz: Gazetteer) -> str:
    """The review page (deterministic for the same story)."""
    parts = sections(review_entries(result, gaz), gaz)
    counts = {key: sum(len(g.entries) for g in groups) for key, _, _, groups in parts}
    template = _environment().get_template("review.html.j2")
    style = resources.files("geo").joinpath("templates", "review.css").read_text(encoding="utf-8")
    return template.render(title=result.title, sections=parts, counts=counts, kind_label=KIND_LABEL,
                           n_articles=len(result.documents), style=Markup(style), low=LOW_CONFIDENCE)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """Autoescape on: every string from an article or the gazetteer reaches the page escaped."""
    return Environment(loader=PackageLoader("geo", "templates"), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def _num(x: float, digits: int) -> str:
    return f"{x:.{digits}f}"


def resolutions_csv(result: StoryResult) -> str:
    """One row per mention (furniture and unresolved included), sorted by file, offset and text; numbers
    at fixed precision (coordinates 6 decimals, confidence 3), so two runs on the same input are identical."""
    rows = []
    for doc in result.documents:
        for m in doc.mentions:
            p = m.place
            rows.append([
                doc.source, m.start, m.end, m.text, p.id if p else "", p.name if p else "", p.kind if p else "",
                (p.country or "") if p else "", _num(p.lat, 6) if p else "", _num(p.lon, 6) if p else "",
                _num(m.confidence, 3), m.role, str(m.boilerplate).lower(), str(m.pinned).lower(), m.match, m.reason,
            ])
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3], r[4]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    w.writerows(rows)
    return buf.getvalue()


def summary(result: StoryResult, gaz: Gazetteer) -> str:
    """Counts per section, then every doubtful reading (unresolved and low confidence), one per line."""
    parts = sections(review_entries(result, gaz), gaz)
    counts = ", ".join(f"{title.lower()}: {sum(len(g.entries) for g in groups)}" for _, title, _, groups in parts)
    lines = [counts]
    for key, _, _, groups in parts:
        if key not in ("unresolved", "low"):
            continue
        for g in groups:
            for e in g.entries:
                first = e.occurrences[0]
                where = f"{first.source}:{first.start}" + (f" (+{len(e.occurrences) - 1} more)"
                                                           if len(e.occurrences) > 1 else "")
                target = (f"{e.place.name} [{e.place.kind}, {e.place.country or '-'}]" if e.place
                          else "UNRESOLVED")
                lines.append(f"  {e.confidence:.2f}  {e.form} -> {target}  {where}")
    return "\n".join(lines)


def default_output(story_dir: PurePath) -> PurePath:
    """``STORY/../STORY-review.html``: beside the story folder, never inside it (an HTML file in the folder
    would be read as an article on the next run)."""
    return story_dir.parent / f"{story_dir.name}-review.html"
