"""US counties (geo.gazetteer.build_counties): the TopoJSON decoder, and the shipped gazetteer/base/us_counties.csv."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

from shapely.geometry import Point, shape

from geo.gazetteer.base import COUNTY_TYPE_WORDS
from geo.gazetteer.build_counties import county_shapes

ROOT = Path(__file__).resolve().parents[1]
COUNTIES = ROOT / "gazetteer" / "base" / "us_counties.csv"


def _rows() -> list[dict[str, str]]:
    with open(COUNTIES, encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def test_topojson_arcs_are_delta_decoded_and_reversed() -> None:
    # a unit square from two arcs (the second used reversed), quantized with scale 1 and offset (10, 20)
    topology = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [10, 20]},
        "arcs": [[[0, 0], [1, 0], [0, 1]], [[0, 0], [0, 1], [1, 0]]],
        "objects": {"counties": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "1001", "arcs": [[0, ~1]], "properties": {"name": "Test"}}]}},
    }
    [(fips, name, geom)] = list(county_shapes(topology))
    assert fips == "01001" and name == "Test"
    assert geom.area == 1.0 and geom.bounds == (10.0, 20.0, 11.0, 21.0)


def test_every_county_has_a_name_with_its_type_word_and_a_sane_radius() -> None:
    rows = _rows()
    assert len(rows) > 3000
    assert len({r["fips"] for r in rows}) == len(rows)
    typed = [r for r in rows if r["name"].split()[-1] in COUNTY_TYPE_WORDS]
    assert len(typed) > 3050  # the rest (Puerto Rico's municipios, Carson City, DC...) are not loaded
    for r in rows:
        assert 0 < float(r["radius_km"]) < 400, r  # (Alaska's Yukon-Koyukuk Census Area: 350 km)


def test_each_county_point_lies_in_its_state() -> None:
    with gzip.open(ROOT / "gazetteer" / "base" / "admin1.geojson.gz", "rt", encoding="utf-8") as fh:
        states = {f["properties"]["iso_3166_2"]: shape(f["geometry"]) for f in json.load(fh)["features"]
                  if f["properties"]["country"] == "US"}
    outside = [r for r in _rows() if f"US-{r['state']}" in states and not states[f"US-{r['state']}"].buffer(0.1).contains(
        Point(float(r["lon"]), float(r["lat"])))]
    assert not outside, outside[:5]
    assert sum(f"US-{r['state']}" in states for r in _rows()) > 3100  # (territories such as American Samoa aside)


def test_a_county_is_resolved_in_its_state(resolver) -> None:
    text = ("A tornado crossed central Mississippi from Winona to Lexington. Three people died in Montgomery County, "
            "and Holmes County and Carroll County reported damage. Alabama sent crews.")
    got = {m.text: m.place for m in resolver.resolve(text)}
    assert got["Montgomery County"].id == "us-county:28097"  # Mississippi's, not Alabama's
    assert got["Holmes County"].precision == "approximate"  # drawn as an area, never a pin
