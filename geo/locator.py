"""Small locator maps as inline SVG: the country outlines around a few points, no network, no script.

Used by the review page (:mod:`geo.review`) to show a doubtful choice beside its alternatives. The outlines
are the offline basemap of :func:`geo.areas.basemap` (Natural Earth countries, simplified), clipped to the
box around the points and simplified again to about one pixel. The projection is equirectangular with the
longitude scaled by cos(latitude) at the centre of the box: good enough for "where is it, roughly", not for
measuring. A box never crosses the antimeridian (points east of 180° are drawn at the west edge).

The result is data (path strings of numbers, and labelled points); the template draws it, so every label is
escaped by the template engine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import shapely
from shapely.geometry import shape

from geo.areas import basemap

WIDTH, HEIGHT = 280, 180
MIN_SPAN_DEG = 4.0  # the smallest box (degrees of latitude) so a single point still shows its region
PAD = 0.25


@dataclass(frozen=True)
class LocatorPoint:
    """A point to draw: ``chosen`` is the resolver's (or the pin's) place, the others are alternatives."""

    label: str
    lat: float
    lon: float
    chosen: bool = False


@dataclass(frozen=True)
class Locator:
    """What the template draws: ``paths`` (SVG path data, land outlines) and projected ``points``."""

    width: int
    height: int
    paths: list[str]
    points: list[dict[str, object]]


@lru_cache(maxsize=1)
def _land() -> list[shapely.Geometry]:
    return [shape(f["geometry"]) for f in basemap()["features"]]


def _box(points: list[LocatorPoint]) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points, padded, at least MIN_SPAN_DEG tall, at the map's aspect."""
    lats = [p.lat for p in points]
    lons = [p.lon for p in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    mid_lat = (south + north) / 2
    k = max(math.cos(math.radians(mid_lat)), 0.2)
    h = max(north - south, MIN_SPAN_DEG) * (1 + 2 * PAD)
    w = max((east - west) * (1 + 2 * PAD), h * WIDTH / HEIGHT / k)
    h = max(h, w * k * HEIGHT / WIDTH)
    cy, cx = (south + north) / 2, (west + east) / 2
    south, north = max(cy - h / 2, -85.0), min(cy + h / 2, 85.0)
    west, east = max(cx - w / 2, -180.0), min(cx + w / 2, 180.0)
    return west, south, east, north


def locator(points: list[LocatorPoint]) -> Locator | None:
    """A locator map around ``points`` (None when there are none)."""
    if not points:
        return None
    west, south, east, north = _box(points)
    sx, sy = WIDTH / (east - west), HEIGHT / (north - south)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return round((lon - west) * sx, 1), round((north - lat) * sy, 1)

    tolerance = (east - west) / WIDTH
    paths: list[str] = []
    for geom in _land():
        clipped = shapely.clip_by_rect(geom, west, south, east, north)
        if clipped.is_empty:
            continue
        clipped = shapely.simplify(clipped, tolerance, preserve_topology=True)
        d = _path(clipped, xy)
        if d:
            paths.append(d)
    drawn = [{"x": xy(p.lon, p.lat)[0], "y": xy(p.lon, p.lat)[1], "label": p.label, "chosen": p.chosen}
             for p in sorted(points, key=lambda p: p.chosen)]  # the chosen point last, i.e. on top
    return Locator(width=WIDTH, height=HEIGHT, paths=paths, points=drawn)


def _path(geom: shapely.Geometry, xy) -> str:
    parts: list[str] = []
    polygons = getattr(geom, "geoms", [geom])
    for poly in polygons:
        if poly.geom_type != "Polygon" or poly.is_empty:
            continue
        for ring in [poly.exterior, *poly.interiors]:
            coords = [xy(lon, lat) for lon, lat in ring.coords]
            if len(coords) < 3:
                continue
            parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in coords) + "Z")
    return "".join(parts)
