"""The GeoJSON written beside the map: one Feature per place, deterministic (sorted features and keys, no ids
that change between runs), so "is maps/ up to date" can compare it exactly.

Geometry: a Polygon/MultiPolygon for regions, a circle Polygon of ``radius_km`` for approximate places (never
a point), else a Point. Countries are context and get their label point (their polygons, in the chosen borders
point of view, are drawn on the map; a country polygon would be most of the file and a poor "where").
GeoJSON order is ``[lon, lat]``.

Properties: ``name``, ``kind``, ``id``, ``role`` ("place"/"actor"), ``aliases`` (the spellings the story used),
``description``, ``precision`` (and ``radius_km`` when approximate), ``sources`` (how many files name it),
``conflicts`` (disagreements within its claim groups) and ``claims``: a list of
``{"quote", "source": {"path", "outlet", "title", "url", "published"}, "start", "end", "attribution",
"group", "figures", "about", "relation"}``, where ``relation`` is "about" (the claim is about this place) or
"mentions" (it is about a place within this one, or this place acts in it).
"""

from __future__ import annotations

import json
from typing import Any

from geo.areas import Borders, area_geometry, circle
from geo.claims import Claim
from geo.story import MappedPlace, StoryResult

COORD_DECIMALS = 6


def place_geometry(place: MappedPlace, *, borders: Borders = "recognised") -> dict[str, Any]:
    """Area for regions (when the base has a polygon), circle when approximate, else a point. Countries are
    context: their label point here (their Natural Earth polygon, by the same ``id``, is on the map)."""
    if place.kind == "region":
        geom = area_geometry(place.id, borders=borders)
        if geom is not None:
            return geom
    if place.precision == "approximate" and place.radius_km:
        return circle(place.lat, place.lon, place.radius_km)
    return {"type": "Point", "coordinates": [round(place.lon, COORD_DECIMALS), round(place.lat, COORD_DECIMALS)]}


def claim_json(claim: Claim, *, relation: str) -> dict[str, Any]:
    """A claim as a GeoJSON property value (dates as ISO strings, missing metadata as null)."""
    s = claim.source
    return {
        "quote": claim.quote,
        "source": {"path": s.path, "outlet": s.outlet, "title": s.title, "url": s.url,
                   "published": s.published.isoformat() if s.published else None},
        "start": claim.start,
        "end": claim.end,
        "attribution": claim.attribution,
        "group": claim.group,
        "figures": [f.model_dump(exclude_none=True) for f in claim.figures],
        "about": claim.about,
        "relation": relation,
    }


def place_feature(place: MappedPlace, result: StoryResult, *, borders: Borders = "recognised") -> dict[str, Any]:
    """One Feature (see the module docstring)."""
    claims = [claim_json(result.claims[c], relation="about") for c in place.claims]
    claims += [claim_json(result.claims[c], relation="mentions") for c in place.also]
    groups = sorted({c["group"] for c in claims}, key=lambda g: int(g[1:]) if g[1:].isdigit() else 0)
    conflicts = [{"group": g, "text": x.describe()} for g in groups for x in result.groups[g].conflicts]
    props: dict[str, Any] = {
        "id": place.id, "name": place.name, "kind": place.kind, "role": place.role, "aliases": place.aliases,
        "description": place.description, "precision": place.precision, "sources": place.sources,
        "claims": claims, "conflicts": conflicts,
    }
    if place.precision == "approximate":
        props["radius_km"] = place.radius_km
    return {"type": "Feature", "id": place.id, "properties": props,
            "geometry": place_geometry(place, borders=borders)}


def feature_collection(result: StoryResult, *, borders: Borders = "recognised") -> dict[str, Any]:
    """All places of the story, sorted by id."""
    feats = [place_feature(p, result, borders=borders) for p in sorted(result.places, key=lambda p: p.id)]
    return {"type": "FeatureCollection", "features": feats}


def dumps(fc: dict[str, Any]) -> str:
    """Serialise with sorted keys, one feature per line (small diffs, byte-stable for the same content)."""
    lines = [json.dumps(f, sort_keys=True, ensure_ascii=False, separators=(",", ":")) for f in fc["features"]]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
