"""Area geometries for the map: region and country polygons, approximate circles, and the offline basemap.

Polygons come from the shipped gazetteer files (``gazetteer/base/admin1.geojson.gz`` and
``countries.geojson.gz``, whose feature ``id`` equals the Place id, e.g. ``gn:538555``, ``iso:KP``).

Point of view (``borders``): the shipped files follow the internationally recognised borders (UN GA resolution
68/262: Crimea and Sevastopol are Ukrainian). ``"recognised"`` (the default) uses them as they are and marks
the areas in ``disputed.geojson`` as occupied; ``"de-facto"`` moves those areas to the state that controls
them (their ``de_facto`` property) in the country polygons. It is an explicit setting, never a silent choice.

All geometries are GeoJSON dicts, so coordinates are ``[lon, lat]``.
"""

from __future__ import annotations

import gzip
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import shapely
from shapely.geometry import mapping, shape

from geo.gazetteer.paths import data_dir

Borders = Literal["recognised", "de-facto"]
BORDERS: tuple[str, ...] = ("recognised", "de-facto")
EARTH_RADIUS_KM = 6371.0088
BASEMAP_TOLERANCE = 0.08  # degrees; a country-to-region zoom basemap needs no more
DECIMALS = 3


def _read(path: Path) -> dict[str, Any]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=2)
def _features(name: str, folder: str) -> dict[str, dict[str, Any]]:
    """Features of one base file by ``id`` (cached per process)."""
    data = _read(Path(folder) / "base" / name)
    return {f["properties"]["id"]: f for f in data["features"] if f.get("properties", {}).get("id")}


def disputed(*, folder: Path | None = None) -> list[dict[str, Any]]:
    """The disputed areas (Crimea, Sevastopol) with ``de_jure``/``de_facto`` holders and a note."""
    path = (folder or data_dir()) / "base" / "disputed.geojson"
    return _read(path)["features"] if path.is_file() else []


def check_borders(borders: str) -> Borders:
    """Validate a point of view; the error names the bad value and the choices."""
    if borders not in BORDERS:
        raise ValueError(f"unknown borders point of view {borders!r} (choose one of: {', '.join(BORDERS)})")
    return borders  # type: ignore[return-value]


@lru_cache(maxsize=2)
def _countries(folder: str, borders: Borders) -> dict[str, dict[str, Any]]:
    feats = dict(_features("countries.geojson.gz", folder))
    if borders == "recognised":
        return feats
    for area in disputed(folder=Path(folder)):
        geom = shape(area["geometry"])
        p = area["properties"]
        for code, op in ((p["de_jure"], "difference"), (p["de_facto"], "union")):
            fid = f"iso:{code}"
            if fid in feats:
                new = getattr(shapely, op)(shape(feats[fid]["geometry"]), geom)
                feats[fid] = {**feats[fid], "geometry": mapping(shapely.set_precision(new, 10.0**-4))}
    return feats


def area_geometry(place_id: str, *, borders: Borders = "recognised", folder: Path | None = None) -> dict | None:
    """The polygon of a region or country by Place id, in the given point of view; None when there is none."""
    root = str(folder or data_dir())
    if place_id.startswith("iso:"):
        f = _countries(root, borders).get(place_id)
    else:
        f = _features("admin1.geojson.gz", root).get(place_id)
    return _normalise(f["geometry"]) if f else None


def _normalise(geom: dict[str, Any]) -> dict[str, Any]:
    """Tuples -> lists so the geometry serialises and compares the same way whether or not shapely touched it."""
    return json.loads(json.dumps(geom))


def circle(lat: float, lon: float, radius_km: float, *, segments: int = 48) -> dict[str, Any]:
    """A geodesic circle of ``radius_km`` around (lat, lon) as a GeoJSON Polygon ([lon, lat], closed ring)."""
    if radius_km <= 0:
        raise ValueError(f"radius must be positive, got {radius_km} km")
    d = radius_km / EARTH_RADIUS_KM
    la, lo = math.radians(lat), math.radians(lon)
    ring = []
    for k in range(segments):
        b = 2 * math.pi * k / segments
        lat2 = math.asin(math.sin(la) * math.cos(d) + math.cos(la) * math.sin(d) * math.cos(b))
        lon2 = lo + math.atan2(math.sin(b) * math.sin(d) * math.cos(la), math.cos(d) - math.sin(la) * math.sin(lat2))
        ring.append([round(math.degrees(lon2), 5), round(math.degrees(lat2), 5)])
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


@lru_cache(maxsize=2)
def basemap(*, borders: Borders = "recognised") -> dict[str, Any]:
    """Every country, simplified for a plain offline basemap (FeatureCollection, properties: id, name)."""
    feats = []
    for fid, f in sorted(_countries(str(data_dir()), borders).items()):
        geom = shapely.simplify(shape(f["geometry"]), BASEMAP_TOLERANCE, preserve_topology=True)
        geom = shapely.set_precision(geom, 10.0**-DECIMALS)
        if geom.is_empty:
            continue
        feats.append({"type": "Feature", "properties": {"id": fid, "name": f["properties"].get("name", "")},
                      "geometry": _normalise(mapping(geom))})
    return {"type": "FeatureCollection", "features": feats}
