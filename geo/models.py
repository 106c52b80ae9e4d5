"""Value objects that cross stage boundaries (sources -> text -> mentions -> places -> claims -> map).

Coordinates are always named ``lat``/``lon`` (degrees, WGS84); the order only changes at the edges
(GeoJSON writes ``[lon, lat]``, shapely takes ``x=lon, y=lat``, folium and geopy take ``(lat, lon)``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Kind = Literal[
    "country", "region", "district", "city", "facility", "landmark", "water", "crossing", "area", "continent"
]
Role = Literal["place", "actor"]
Precision = Literal["exact", "approximate"]
MatchKind = Literal["exact", "variant", "fuzzy", "unresolved"]


class LatLon(BaseModel):
    """A point, latitude first. Refuses |lat| > 90 with a hint that the axes are probably swapped."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lat: float
    lon: float

    @model_validator(mode="after")
    def _in_range(self) -> LatLon:
        if not -90.0 <= self.lat <= 90.0:
            hint = " (latitude and longitude probably swapped)" if -90 <= self.lon <= 90 else ""
            raise ValueError(f"latitude {self.lat} is outside -90..90{hint}")
        if not -180.0 <= self.lon <= 180.0:
            raise ValueError(f"longitude {self.lon} is outside -180..180")
        return self


class Place(BaseModel):
    """A gazetteer entry as the rest of the pipeline sees it (curated or base).

    ``precision="approximate"`` means the point is only somewhere within ``radius_km`` of ``lat``/``lon``
    (usually the parent's point): it is drawn as an area, never as a pin.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    kind: Kind
    lat: float
    lon: float
    country: str | None = None
    parent: str | None = None
    admin1: str | None = None
    population: int = 0
    precision: Precision = "exact"
    radius_km: float | None = None
    capital: bool = False
    source: Literal["curated", "geonames", "naturalearth", "census"] = "geonames"
    provenance: str = ""
    has_area: bool = False


class PlaceRef(BaseModel):
    """The place a mention resolved to, as printed by ``geo resolve --json``."""

    id: str
    name: str
    kind: Kind
    lat: float
    lon: float
    country: str | None
    precision: Precision = "exact"

    @classmethod
    def of(cls, place: Place) -> PlaceRef:
        return cls(
            id=place.id, name=place.name, kind=place.kind, lat=place.lat, lon=place.lon,
            country=place.country, precision=place.precision,
        )


class Alternative(BaseModel):
    """A runner-up reading of a mention, with its score."""

    id: str
    name: str
    kind: Kind
    country: str | None
    score: float
    reason: str


class Mention(BaseModel):
    """A span of the source text that names a place (or looks like it does).

    ``start``/``end`` are character offsets into the file's text: ``text == source_text[start:end]``.
    ``place`` is None for an unresolved candidate. ``boilerplate`` marks page furniture (related-story
    links, ads, footers): such mentions never reach a map. ``pinned`` marks a decision taken from the story
    manifest's ``pins`` (:mod:`geo.pins`) rather than by the resolver; a mention pinned as "not a place" keeps
    ``place=None``.
    """

    text: str
    start: int
    end: int
    place: PlaceRef | None
    confidence: float = Field(ge=0.0, le=1.0)
    role: Role = "place"
    boilerplate: bool = False
    match: MatchKind = "exact"
    reason: str
    alternatives: list[Alternative] = Field(default_factory=list)
    pinned: bool = False

    @field_validator("end")
    @classmethod
    def _ordered(cls, end: int, info) -> int:
        if end < info.data.get("start", 0):
            raise ValueError("end before start")
        return end


class DocumentMentions(BaseModel):
    """The output of resolving one file: the contract of ``geo resolve --json``."""

    source: str
    mentions: list[Mention]
