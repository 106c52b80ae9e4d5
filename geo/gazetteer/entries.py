"""Curated gazetteer files: YAML a person can review in a diff, validated with pydantic.

Each file in ``gazetteer/curated/`` is a YAML list of entries. A *place* entry::

    - id: fac:february-11-plant          # stable id: prefix:slug (gn:/iso: ids are base places)
      name: February 11 Plant
      kind: facility
      names: [February 11 Factory, Factory February 11]
      point: {lat: 39.920212, lon: 127.657091}
      precision: exact                   # or approximate (then radius_km, and point may be omitted)
      parent: fac:ryongsong-machine-complex
      provenance:
        - {url: "https://...", title: "...", publisher: "..."}
      notes: free text

An *alias* entry adds names to an existing place (base or curated) without coordinates::

    - alias_of: iso:US
      names: [US, U.S., USA, America]

Rules checked here (each problem reported as ``file:line: message``): unique ids, known kinds, coordinates in
range, provenance for every point (a GeoNames id, a Wikidata id or a cited URL with title), an approximate
place without a point must name the parent it lies within, parents and alias targets must exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from geo.errors import GazetteerError
from geo.models import Kind, LatLon, Precision


class Provenance(BaseModel):
    """Where a coordinate comes from. At least one of ``geonames``, ``wikidata`` or ``url`` + ``title``."""

    model_config = ConfigDict(extra="forbid")

    geonames: int | None = None
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    accessed: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _cited(self) -> Provenance:
        if self.geonames is None and self.wikidata is None and not (self.url and self.title):
            raise ValueError("provenance needs a geonames id, a wikidata id, or a url with a title")
        if self.url and not self.url.startswith(("http://", "https://")):
            raise ValueError(f"provenance url {self.url!r} is not an http(s) URL")
        return self

    def describe(self) -> str:
        parts = []
        if self.geonames is not None:
            parts.append(f"GeoNames {self.geonames}")
        if self.wikidata:
            parts.append(f"Wikidata {self.wikidata}")
        if self.url:
            parts.append(f"{self.title} <{self.url}>" + (f" ({self.publisher})" if self.publisher else ""))
        return "; ".join(parts)


class CuratedPlace(BaseModel):
    """One curated place entry (see the module docstring for the file format)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9]+:[A-Za-z0-9._-]+$")
    name: str = Field(min_length=1)
    kind: Kind
    names: list[str] = Field(default_factory=list)
    point: LatLon | None = None
    precision: Precision = "exact"
    radius_km: float | None = Field(default=None, gt=0)
    parent: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    population: int = Field(default=0, ge=0)
    provenance: list[Provenance] = Field(default_factory=list)
    # For a long river or coast: ids of towns on it, upstream to downstream. A mention is pinned at the one
    # nearest the article's other places (the town's own sourced point), not at the river's single point.
    course: list[str] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("names")
    @classmethod
    def _non_empty_names(cls, names: list[str]) -> list[str]:
        for n in names:
            if not n.strip():
                raise ValueError("names must not contain an empty string")
        return names

    @model_validator(mode="after")
    def _sourced(self) -> CuratedPlace:
        if self.point is not None and not self.provenance:
            raise ValueError("a point needs provenance (geonames, wikidata, or url + title)")
        if self.point is None:
            if self.precision != "approximate":
                raise ValueError("a place with no sourced point must be precision: approximate")
            if not self.parent:
                raise ValueError("an approximate place with no point must name the parent it lies within")
        if self.precision == "approximate" and self.radius_km is None:
            raise ValueError("an approximate place needs radius_km")
        return self


class CuratedAlias(BaseModel):
    """Extra names for an existing place (no coordinates, so no provenance needed)."""

    model_config = ConfigDict(extra="forbid")

    alias_of: str
    names: list[str] = Field(min_length=1)
    case_sensitive: bool = False
    dotted: bool = Field(default=False, description="abbreviations that count only with their full stop ('Kan.')")
    postal: bool = Field(default=False, description="postal codes of a state or province, counted only in capitals "
                         "right after a town of it and a comma ('Dalton, GA')")
    primary: bool = Field(default=False, description="the place's own name (official romanisation), matched as "
                          "exactly as its primary name, above other places' alternate names")
    notes: str | None = None


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when PyYAML has it: 10x faster
    """A YAML loader that remembers the line of every mapping (as ``__line__``)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def _first_error(err: ValidationError) -> str:
    first = err.errors()[0]
    loc = ".".join(str(p) for p in first["loc"])
    msg = first["msg"].removeprefix("Value error, ")
    more = f" (+{err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{loc + ': ' if loc else ''}{msg}{more}"


def read_curated_file(path: Path) -> tuple[list[tuple[CuratedPlace, int]], list[tuple[CuratedAlias, int]], list[str]]:
    """Parse one curated YAML file.

    Returns the place entries and alias entries (each with its line) and the list of problems found, each
    ``file:line: message``. Parsing goes on after a bad entry so that every problem is reported at once.
    """
    places: list[tuple[CuratedPlace, int]] = []
    aliases: list[tuple[CuratedAlias, int]] = []
    problems: list[str] = []
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except (OSError, UnicodeDecodeError) as e:
        return places, aliases, [f"{path}: cannot read: {e}"]
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        return places, aliases, [f"{path}:{line}: invalid YAML: {getattr(e, 'problem', e)}"]
    if raw is None:
        return places, aliases, problems
    if not isinstance(raw, list):
        return places, aliases, [f"{path}:1: a curated file must be a YAML list of entries"]
    for item in raw:
        if not isinstance(item, dict):
            problems.append(f"{path}: every entry must be a mapping, found {type(item).__name__}")
            continue
        line = item.get("__line__", 0)
        data = _strip_lines(item)
        try:
            if "alias_of" in data:
                aliases.append((CuratedAlias.model_validate(data), line))
            else:
                places.append((CuratedPlace.model_validate(data), line))
        except ValidationError as e:
            problems.append(f"{path}:{line}: {data.get('id') or data.get('alias_of') or 'entry'}: {_first_error(e)}")
    return places, aliases, problems


def read_curated_dir(folder: Path) -> tuple[list[tuple[CuratedPlace, Path, int]], list[tuple[CuratedAlias, Path, int]], list[str]]:
    """Read every ``*.yaml`` file of ``folder`` in name order; problems as ``file:line: message``.

    Cross-file rules (unique ids) are checked here; references (parents, alias targets) are checked by the
    index, which knows the base places too.
    """
    places: list[tuple[CuratedPlace, Path, int]] = []
    aliases: list[tuple[CuratedAlias, Path, int]] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    if not folder.is_dir():
        raise GazetteerError(str(folder), None, "curated gazetteer folder not found")
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        p, a, probs = read_curated_file(path)
        problems.extend(probs)
        for entry, line in p:
            where = f"{path}:{line}"
            if entry.id in seen:
                problems.append(f"{where}: duplicate id {entry.id} (first at {seen[entry.id]})")
                continue
            seen[entry.id] = where
            places.append((entry, path, line))
        aliases.extend((entry, path, line) for entry, line in a)
    return places, aliases, problems
