"""The GeoJSON beside the map: deterministic, [lon, lat], areas for regions, circles for approximate places."""

from __future__ import annotations

import json

from geo.geojson import dumps, feature_collection
from tests.mapstory import ROOT, seeds_result


def fc() -> dict:
    return feature_collection(seeds_result())


def by_id(collection: dict) -> dict[str, dict]:
    return {f["properties"]["id"]: f for f in collection["features"]}


def test_deterministic_and_sorted() -> None:
    a, b = dumps(fc()), dumps(fc())
    assert a == b
    data = json.loads(a)
    ids = [f["properties"]["id"] for f in data["features"]]
    assert ids == sorted(ids)


def test_required_properties() -> None:
    for f in fc()["features"]:
        props = f["properties"]
        assert {"name", "kind", "id", "role", "aliases", "claims"} <= props.keys()
        for c in props["claims"]:
            assert {"quote", "source", "start", "end", "attribution", "group"} <= c.keys()
            assert {"path", "outlet", "title", "url", "published"} <= c["source"].keys()


def test_points_are_lon_lat() -> None:
    plant = by_id(fc())["fac:february-11-plant"]
    assert plant["geometry"] == {"type": "Point", "coordinates": [127.657091, 39.920212]}


def test_approximate_place_is_an_area_not_a_point() -> None:
    complex_ = by_id(fc())["fac:ryongsong-machine-complex"]
    assert complex_["properties"]["precision"] == "approximate"
    assert complex_["geometry"]["type"] == "Polygon"
    assert complex_["properties"]["radius_km"] > 0


def test_regions_are_polygons() -> None:
    kursk = by_id(fc())["gn:538555"]
    assert kursk["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert "Kursk region" in kursk["properties"]["aliases"]


def test_quotes_verbatim_at_their_offsets() -> None:
    for f in fc()["features"]:
        for c in f["properties"]["claims"]:
            text = (ROOT / c["source"]["path"]).read_text(encoding="utf-8")
            assert text[c["start"]:c["end"]] == c["quote"]


def test_conflicts_reach_the_geojson() -> None:
    props = by_id(fc())["gn:538555"]["properties"]
    assert any("troops" in c["text"] for c in props["conflicts"])
