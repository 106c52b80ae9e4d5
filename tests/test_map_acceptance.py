"""The acceptance check of the seed map (the logic of ../shared/tools/acceptance.py `seeds`, expectations
copied to tests/data/seeds_places.json): every must-map place is on the map within tolerance, no furniture
place is, and every quote is verbatim in the file it cites."""

from __future__ import annotations

import json
import math

import pytest

from geo.geojson import dumps, feature_collection
from tests.mapstory import ROOT, seeds_result

TOL = {"city": 25, "facility": 15, "region": 250, "country": 1500}
HAMHUNG = (39.918, 127.536)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def rep_point(geom: dict) -> tuple[float, float]:
    """(lat, lon): the point, or the mean of polygon vertices (as the acceptance tool does)."""
    if geom["type"] == "Point":
        return geom["coordinates"][1], geom["coordinates"][0]
    pts: list = []

    def walk(x) -> None:
        if isinstance(x[0], (int, float)):
            pts.append(x)
        else:
            for y in x:
                walk(y)

    walk(geom["coordinates"])
    return sum(p[1] for p in pts) / len(pts), sum(p[0] for p in pts) / len(pts)


@pytest.fixture(scope="module")
def features() -> list[dict]:
    return json.loads(dumps(feature_collection(seeds_result())))["features"]


@pytest.mark.slow
def test_every_must_map_place(features, seeds_places) -> None:
    missing = []
    for p in seeds_places["must_map"]:
        names = {p["place"].lower(), *[x.lower() for x in p["forms"]]}
        ok = False
        for f in features:
            props = f["properties"]
            if not names & {props["name"].lower(), *[a.lower() for a in props["aliases"]]}:
                continue
            if p["kind"] in ("region", "country", "facility") and props["kind"] != p["kind"]:
                continue
            lat, lon = rep_point(f["geometry"])
            ok = km(lat, lon, *HAMHUNG) <= 20 if p["lat"] is None else km(lat, lon, p["lat"], p["lon"]) <= TOL[p["kind"]]
            if ok:
                break
        if not ok:
            missing.append(p["place"])
    assert missing == []


@pytest.mark.slow
def test_no_furniture_places(features, seeds_places) -> None:
    names = {f["properties"]["name"].lower() for f in features}
    assert [n for n in seeds_places["must_not_map"] if n.lower() in names] == []


@pytest.mark.slow
def test_every_quote_verbatim(features) -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    n = 0
    for f in features:
        for c in f["properties"]["claims"]:
            n += 1
            assert c["quote"] in texts[c["source"]["path"].rsplit("/", 1)[-1]]
    assert n > 50
