"""Adding to the curated gazetteer (``geo gazetteer add``) and explaining a name (``geo gazetteer explain``).

:func:`add_entries` validates new entries exactly as loading does (:class:`~geo.gazetteer.entries.CuratedPlace`
/ :class:`~geo.gazetteer.entries.CuratedAlias`: known kind, coordinates in range, provenance for every point)
and against the loaded gazetteer (the id is new, the parent or alias target exists), then appends them to a
YAML file of the curated folder: the existing text (comments included) is kept byte for byte, the new entries
follow, and the file is replaced atomically. Nothing is written when any entry is refused.

The gazetteer is cached per process: a new ``geo`` process sees the added place; within one process call
``geo.gazetteer.index._load.cache_clear()`` first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from geo.atomic import write_atomic
from geo.errors import GazetteerError
from geo.gazetteer.base import DERIVED_FORMS, Q_ALTERNATE, Q_DERIVED, Q_MARKED_ALTERNATE, Q_PRIMARY
from geo.gazetteer.entries import (
    CuratedAlias,
    CuratedPlace,
    _first_error,
    read_curated_file,
)
from geo.gazetteer.index import Gazetteer
from geo.normalize import fold, name_key
from geo.translit import skeleton, translit_key

QUALITY = {Q_PRIMARY: "primary name", Q_ALTERNATE: "alternate name",
           Q_MARKED_ALTERNATE: "alternate name (spelled with diacritics)",
           Q_DERIVED: f"derived variant ({DERIVED_FORMS})"}
DEFAULT_FILE = "added.yaml"


def target_file(curated_dir: Path, file: Path | None) -> Path:
    """The curated file to append to: ``added.yaml`` by default; a bare name is taken inside the curated
    folder. A file outside that folder is refused (the gazetteer would never load it)."""
    if file is None:
        return curated_dir / DEFAULT_FILE
    path = file if file.parent != Path() else curated_dir / file
    if path.suffix not in (".yaml", ".yml"):
        raise GazetteerError(str(path), None, "a curated gazetteer file must end in .yaml")
    if path.resolve().parent != curated_dir.resolve():
        raise GazetteerError(str(path), None, f"not in the curated gazetteer folder {curated_dir}; a place added "
                             "there would never be found (name a file inside it, e.g. --file added.yaml)")
    return path


def entry_from_options(*, id: str | None, name: str | None, kind: str | None, lat: float | None,
                       lon: float | None, names: Sequence[str] = (), parent: str | None = None,
                       country: str | None = None, precision: str | None = None, radius_km: float | None = None,
                       population: int | None = None, url: str | None = None, title: str | None = None,
                       publisher: str | None = None, geonames: int | None = None, wikidata: str | None = None,
                       accessed: str | None = None, notes: str | None = None,
                       alias_of: str | None = None) -> dict[str, Any]:
    """The YAML mapping of one entry from command-line options (only the options given; validation later).
    With ``alias_of``, an alias entry (names only) instead of a place."""
    if alias_of is not None:
        entry: dict[str, Any] = {"alias_of": alias_of, "names": list(names)}
        if notes:
            entry["notes"] = notes
        return entry
    entry = {"id": id, "name": name, "kind": kind}
    if names:
        entry["names"] = list(names)
    if lat is not None or lon is not None:
        entry["point"] = {"lat": lat, "lon": lon}
    for key, value in (("precision", precision), ("radius_km", radius_km), ("parent", parent),
                       ("country", country), ("population", population)):
        if value is not None:
            entry[key] = value
    source = {k: v for k, v in (("geonames", geonames), ("wikidata", wikidata), ("url", url), ("title", title),
                                ("publisher", publisher), ("accessed", accessed)) if v is not None}
    if source:
        entry["provenance"] = [source]
    if notes:
        entry["notes"] = notes
    return {k: v for k, v in entry.items() if v is not None}


def entries_from_yaml(path: Path) -> list[dict[str, Any]]:
    """Entries of a snippet file: one mapping, or a list of mappings, in the curated format."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerError(str(path), None, f"cannot read: {e}") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise GazetteerError(str(path), mark.line + 1 if mark else None,
                             f"invalid YAML: {getattr(e, 'problem', e)}") from e
    items = data if isinstance(data, list) else [data]
    if not items or not all(isinstance(x, dict) for x in items):
        raise GazetteerError(str(path), None, "expected one entry (a mapping) or a list of entries")
    return items


def _validate(data: dict[str, Any], gaz: Gazetteer, pending: dict[str, str], where: str) -> CuratedPlace | CuratedAlias:
    label = data.get("id") or data.get("alias_of") or "entry"
    try:
        entry: CuratedPlace | CuratedAlias = (CuratedAlias if "alias_of" in data else CuratedPlace).model_validate(data)
    except ValidationError as e:
        raise GazetteerError(where, None, f"{label}: {_first_error(e)}") from e
    if isinstance(entry, CuratedAlias):
        if entry.alias_of not in gaz.by_id and entry.alias_of not in pending:
            raise GazetteerError(where, None, f"alias_of {entry.alias_of}: no such place (find ids with "
                                 "'geo gazetteer search NAME')")
        return entry
    if entry.id in gaz.by_id or entry.id in pending:
        existing = gaz.get(entry.id)
        what = f"{existing.name} [{existing.kind}, {existing.source}]" if existing else "an earlier entry"
        raise GazetteerError(where, None, f"{entry.id}: duplicate id, already {what}; choose another id or edit "
                             "the existing entry")
    if entry.parent and entry.parent not in gaz.by_id and entry.parent not in pending:
        raise GazetteerError(where, None, f"{entry.id}: unknown parent {entry.parent} (find ids with "
                             "'geo gazetteer search NAME')")
    return entry


@dataclass(frozen=True)
class Added:
    """Where an entry landed: its label (id, or ``alias of ID``) and ``file:line``."""

    label: str
    path: Path
    line: int


def add_entries(items: Sequence[dict[str, Any]], *, target: Path, gaz: Gazetteer) -> list[Added]:
    """Validate ``items`` (see the module docstring) and append them to ``target``; return where they landed.

    Refuses (``GazetteerError``, nothing written) an invalid entry, a duplicate id, an unknown parent or
    alias target, or a target file that already has problems of its own.
    """
    pending: dict[str, str] = {}
    entries = []
    for k, data in enumerate(items):
        where = f"{target} (new entry {k + 1})" if len(items) > 1 else str(target)
        entry = _validate(data, gaz, pending, where)
        if isinstance(entry, CuratedPlace):
            pending[entry.id] = where
        entries.append(entry)
    old = ""
    if target.exists():
        _, _, problems = read_curated_file(target)
        if problems:
            raise GazetteerError(str(target), None, f"has problems already, fix them first: {problems[0]}")
        old = target.read_text(encoding="utf-8")
    else:
        old = "# Curated places added with 'geo gazetteer add' (format: geo/gazetteer/entries.py).\n"
    if old and not old.endswith("\n"):
        old += "\n"
    dumped = [e.model_dump(mode="json", exclude_none=True, exclude_defaults=True) for e in entries]
    for d, e in zip(dumped, entries):  # keep the required keys even when they equal a default
        if isinstance(e, CuratedPlace):
            d.update({"id": e.id, "name": e.name, "kind": e.kind})
    blocks = [yaml.safe_dump([_ordered(d)], sort_keys=False, allow_unicode=True, width=110) for d in dumped]
    text = old + "".join("\n" + b for b in blocks)
    added, line = [], old.count("\n") + 2
    for e, b in zip(entries, blocks):
        added.append(Added(e.id if isinstance(e, CuratedPlace) else f"alias of {e.alias_of}", target, line))
        line += b.count("\n") + 1
    parsed = yaml.safe_load(text) or []
    if not isinstance(parsed, list) or parsed[len(parsed) - len(entries):] != [_ordered(d) for d in dumped]:
        raise GazetteerError(str(target), None, "appending would not give a YAML list of entries; is the file "
                             "a list?")
    write_atomic(target, text)
    return added


_ORDER = ["id", "alias_of", "name", "kind", "names", "point", "precision", "radius_km", "parent", "country",
          "population", "case_sensitive", "dotted", "provenance", "notes"]


def _ordered(d: dict[str, Any]) -> dict[str, Any]:
    """Keys in the order people write them (id, name, kind, names, point, ..., provenance, notes)."""
    return {k: d[k] for k in sorted(d, key=lambda k: _ORDER.index(k) if k in _ORDER else len(_ORDER))}


# ------------------------------------------------------------------------------------------------ explain
def explain(name: str, gaz: Gazetteer, *, limit: int = 10) -> list[str]:
    """How ``name`` is normalised and which entries it reaches, as lines of text (see ``geo gazetteer
    explain``). The last part resolves the bare name with no context through the full pipeline."""
    from geo.pipeline import Resolver

    key = name_key(name)
    lines = [
        f"name:          {name!r}",
        f"fold:          {fold(name)!r}",
        f"name_key:      {key!r}",
        f"translit_key:  {translit_key(key)!r}",
        f"skeleton:      {skeleton(key)!r}",
    ]
    exact = gaz.lookup(key)
    lines.append(f"exact-key hits: {len(exact)}")
    for idx, quality in sorted(exact, key=lambda t: (t[1], -gaz.rows[t[0]][8], gaz.rows[t[0]][0]))[:limit]:
        p = gaz.place(idx)
        lines.append(f"  {p.id:<32} {p.name:<30} {p.kind:<9} {p.country or '-':<3} [{p.source}] "
                     f"{QUALITY.get(quality, quality)}")
    if len(exact) > limit:
        lines.append(f"  ... and {len(exact) - limit} more")
    fuzzy = sorted(gaz.fuzzy(key), key=lambda t: (-t[1], gaz.rows[t[0]][0]))
    lines.append(f"fuzzy hits (transliteration variants, same skeleton): {len(fuzzy)}")
    for idx, sim, cand in fuzzy[:limit]:
        p = gaz.place(idx)
        lines.append(f"  {p.id:<32} {p.name:<30} {p.kind:<9} {p.country or '-':<3} [{p.source}] "
                     f"via {cand!r}, similarity {sim:.2f}")
    mentions = [m for m in Resolver(gaz).resolve(name) if m.start == 0 and m.end == len(name)]
    if mentions and mentions[0].place is not None:
        m = mentions[0]
        lines.append(f"with no context: {m.place.id} {m.place.name} [{m.place.kind}, {m.place.country or '-'}] "
                     f"confidence {m.confidence:.2f} ({m.reason})")
    elif mentions:
        lines.append(f"with no context: unresolved ({mentions[0].reason})")
    else:
        lines.append("with no context: the recogniser does not read it as a place name on its own")
    return lines
