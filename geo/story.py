"""A story folder -> resolved places with their claims -> map, GeoJSON and CSV (written atomically).

The one orchestrating module of ``geo map``: read every article (``.txt``, ``.md``; ``.html``/``.htm`` through
:mod:`geo.htmltext`) and the optional manifest (:mod:`geo.manifest`), resolve the story
(:func:`geo.pipeline.resolve_story`), turn sentences into claims and group them (:mod:`geo.claims`), then
collect one :class:`MappedPlace` per place the body mentions (page furniture never reaches the map).

``Claim.source.path`` is the file's path relative to the story folder's parent (``seeds/000_….txt``), so
outputs do not depend on the directory geo ran from.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field

from geo.atomic import write_atomic
from geo.claims import (
    Claim,
    ClaimGroup,
    SourceRef,
    ancestor_ids,
    extract_claims,
    group_claims,
)
from geo.errors import InputError
from geo.gazetteer.index import Gazetteer, load_gazetteer
from geo.htmltext import HtmlText, extract_main_text
from geo.manifest import Story, find_manifest, load_manifest
from geo.models import DocumentMentions, Kind, Precision, Role
from geo.pins import apply_pins, check_pins
from geo.sources import Source, read_source, story_files

HTML_SUFFIXES = (".html", ".htm")
KIND_LABEL = {"country": "Country", "region": "Region", "district": "District", "city": "City",
              "facility": "Facility", "landmark": "Landmark", "water": "Body of water", "crossing": "Crossing",
              "area": "Area", "continent": "Continent"}

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class MappedPlace(BaseModel):
    """A place as the map shows it. ``claims`` are the claims about it; ``also`` the claims about places
    within it (or where it acts) that mention it. ``sources`` counts the files whose body names it."""

    id: str
    name: str
    kind: Kind
    role: Role
    lat: float
    lon: float
    precision: Precision = "exact"
    radius_km: float | None = None
    aliases: list[str] = Field(default_factory=list)
    within: list[str] = Field(default_factory=list)  # names of the parent chain, nearest first
    description: str = ""
    provenance: str = ""
    claims: list[str] = Field(default_factory=list)
    also: list[str] = Field(default_factory=list)
    sources: int = 0


@dataclass
class Article:
    """One file of the story: what the resolver reads (``source.text``) and how to cite it."""

    source: Source
    ref: SourceRef
    html: HtmlText | None = None


@dataclass
class StoryResult:
    """Everything the outputs need, in deterministic order (places by layer then name; claims by file, offset)."""

    title: str
    summary: str | None
    articles: list[SourceRef]
    places: list[MappedPlace]
    claims: dict[str, Claim]
    groups: dict[str, ClaimGroup]
    notes: list[str] = field(default_factory=list)
    documents: list[DocumentMentions] = field(default_factory=list)  # every mention, pins applied (review)
    texts: dict[str, str] = field(default_factory=dict)  # DocumentMentions.source -> the text its offsets index


def read_story(folder: Path) -> tuple[Story, list[Article]]:
    """Manifest and articles of a story folder; raises :class:`InputError` for an empty or missing folder."""
    files = story_files(folder)
    if not files:
        raise InputError(str(folder), "no articles in the folder (expected .txt, .md or .html files)")
    manifest_path = find_manifest(folder)
    story = load_manifest(manifest_path, files=[f.name for f in files]) if manifest_path else Story()
    base = folder.resolve().name
    articles = []
    for f in files:
        raw = read_source(f)
        meta = story.meta(f.name)
        ref = SourceRef(path=f"{base}/{f.name}", outlet=meta.outlet, title=meta.title, url=meta.url,
                        published=meta.published, language=meta.language)
        if f.suffix.lower() in HTML_SUFFIXES:
            extracted = extract_main_text(raw.text)
            articles.append(Article(Source(ref.path, extracted.text), ref, extracted))
        else:
            articles.append(Article(Source(ref.path, raw.text), ref))
    return story, articles


def _describe(kind: str, within: list[str], precision: str, radius_km: float | None) -> str:
    text = KIND_LABEL.get(kind, kind.title())
    if within:
        text += " in " + ", ".join(within)
    if precision == "approximate" and radius_km:
        text += f"; location approximate (within about {radius_km:g} km)"
    return text


def collect_places(docs: list[DocumentMentions], claims: list[Claim], gaz: Gazetteer) -> list[MappedPlace]:
    """One :class:`MappedPlace` per place named in a body (furniture-only places are left out)."""
    forms: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    files: dict[str, set[str]] = {}
    for d in docs:
        for m in d.mentions:
            if m.place is None or m.boilerplate:
                continue
            forms.setdefault(m.place.id, set()).add(m.text)
            roles.setdefault(m.place.id, set()).add(m.role)
            files.setdefault(m.place.id, set()).add(d.source)
    about: dict[str, list[str]] = {}
    also: dict[str, list[str]] = {}
    for c in claims:
        for pid in c.about:
            about.setdefault(pid, []).append(c.id)
        for pid in c.also:
            also.setdefault(pid, []).append(c.id)
    out = []
    for pid in forms:
        place = gaz.get(pid)
        if place is None:
            continue
        idx = gaz.by_id[pid]
        within = [gaz.rows[i][1] for i in gaz.ancestors(idx)]
        out.append(MappedPlace(
            id=pid, name=place.name, kind=place.kind, role="place" if "place" in roles[pid] else "actor",
            lat=place.lat, lon=place.lon, precision=place.precision, radius_km=place.radius_km,
            aliases=sorted(forms[pid] - {place.name}), within=within,
            description=_describe(place.kind, within, place.precision, place.radius_km),
            provenance=place.provenance, claims=about.get(pid, []), also=also.get(pid, []),
            sources=len(files[pid]),
        ))
    return sorted(out, key=lambda p: (p.kind, p.name.lower(), p.id))


def build_story(folder: Path, *, gazetteer: Gazetteer | None = None, progress: Progress | None = None) -> StoryResult:
    """Read, resolve and claim a story folder (see the module docstring); the manifest's pins are checked
    before resolving (:class:`geo.errors.ManifestError` for a pin that cannot apply) and applied after."""
    from geo.pipeline import Resolver, resolve_story

    story, articles = read_story(folder)
    gaz = gazetteer or load_gazetteer()
    total = len(articles)
    done = {"context": 0, "resolve": 0}

    def tick(stage: str) -> None:
        done[stage] += 1
        if progress:
            progress(stage, done[stage], total)

    manifest = find_manifest(folder)
    texts = {a.source.path: a.source.text for a in articles}
    check_pins(story.pins, texts={Path(a.source.path).name: a.source.text for a in articles}, gaz=gaz,
               path=str(manifest))
    docs = resolve_story([a.source for a in articles], Resolver(gaz), progress=tick)
    docs = apply_pins(docs, story.pins, texts=texts, gaz=gaz)
    ancestors = ancestor_ids(gaz)
    facilities = frozenset(m.place.id for d in docs for m in d.mentions
                           if m.place is not None and m.place.kind in ("facility", "landmark"))
    claims: list[Claim] = []
    notes: list[str] = []
    for art, doc in zip(articles, docs):
        to_file = art.html.to_file if art.html else None
        found = extract_claims(art.source.text, doc.mentions, source=art.ref, ancestors=ancestors,
                               facilities=facilities, to_file=to_file)
        if not found:
            notes.append(f"{art.ref.path}: no places found in the article body")
        if art.html and art.html.dropped:
            notes.append(f"{art.ref.path}: {art.html.dropped} extracted line(s) could not be traced to the file "
                         "and were left out")
        claims.extend(found)
        if progress:
            progress("claims", len(notes) + len(claims), 0)
    groups = group_claims(claims)
    places = collect_places(docs, claims, gaz)
    title = story.title or folder.resolve().name
    return StoryResult(title=title, summary=story.summary, articles=[a.ref for a in articles], places=places,
                       claims={c.id: c for c in claims}, groups={g.id: g for g in groups}, notes=notes,
                       documents=docs, texts=texts)


# ---------------------------------------------------------------------------------------------------- outputs
CSV_COLUMNS = ["group", "place_ids", "places", "quote", "path", "outlet", "title", "url", "published", "start",
               "end", "attribution", "figures", "conflict"]


def claims_csv(result: StoryResult) -> str:
    """One row per claim (story order); ``conflict`` repeats the group's disagreement, if any."""
    names = {p.id: p.name for p in result.places}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for c in result.claims.values():
        g = result.groups.get(c.group)
        w.writerow([
            c.group, " ".join(c.about), "; ".join(names.get(p, p) for p in c.about), c.quote, c.source.path,
            c.source.outlet or "", c.source.title or "", c.source.url or "",
            c.source.published.isoformat() if c.source.published else "", c.start, c.end, c.attribution or "",
            "; ".join(f.text for f in c.figures), "; ".join(x.describe() for x in g.conflicts) if g else "",
        ])
    return buf.getvalue()


def write_outputs(result: StoryResult, out_html: Path, *, offline: bool = False, borders: str = "recognised") -> list[Path]:
    """Write OUT.html, OUT.geojson and OUT.csv (GeoJSON and CSV beside the HTML). Returns the paths written."""
    from geo.areas import check_borders
    from geo.geojson import dumps, feature_collection
    from geo.mapview import render_map

    pov = check_borders(borders)
    geo_path = out_html.with_suffix(".geojson")
    csv_path = out_html.with_suffix(".csv")
    write_atomic(geo_path, dumps(feature_collection(result, borders=pov)))
    write_atomic(csv_path, claims_csv(result))
    write_atomic(out_html, render_map(result, offline=offline, borders=pov))
    return [out_html, geo_path, csv_path]
