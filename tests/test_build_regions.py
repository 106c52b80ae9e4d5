"""Checks on the shipped Natural Earth derivatives in gazetteer/base (built by geo.gazetteer.build_regions)."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from shapely.geometry import Point, shape

ROOT = Path(__file__).resolve().parents[1]
BASE = ROOT / "gazetteer" / "base"
DATA = Path(os.environ.get("GEO_NE_DATA", ROOT.parent / "shared" / "data"))
GZ_FILES = ("admin1.geojson.gz", "countries.geojson.gz", "land.geojson.gz")
ALL_FILES = (*GZ_FILES, "disputed.geojson")

ADMIN1_KEYS = [
    "id", "name", "kind", "type", "country", "occupied_by", "names", "names_cyrillic", "lat", "lon",
    "wikidata", "gn_id", "iso_3166_2", "provenance",
]
COUNTRY_KEYS = [
    "id", "name", "kind", "country", "iso_a3", "names", "lat", "lon", "wikidata", "population", "provenance",
]


def read(name: str) -> dict[str, Any]:
    """Load one shipped file."""
    path = BASE / name
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def admin1() -> list[dict[str, Any]]:
    return read("admin1.geojson.gz")["features"]


@pytest.fixture(scope="module")
def by_iso(admin1: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {f["properties"]["iso_3166_2"]: f for f in admin1 if f["properties"]["iso_3166_2"]}


@pytest.fixture(scope="module")
def countries() -> dict[str, dict[str, Any]]:
    return {f["properties"]["id"]: f for f in read("countries.geojson.gz")["features"]}


@pytest.fixture(scope="module")
def disputed() -> list[dict[str, Any]]:
    return read("disputed.geojson")["features"]


@pytest.fixture(scope="module")
def land() -> list[dict[str, Any]]:
    return read("land.geojson.gz")["features"]


def coords(geometry: dict[str, Any]) -> list[list[float]]:
    """Every [lon, lat] position of a Polygon or MultiPolygon."""
    rings = geometry["coordinates"] if geometry["type"] == "Polygon" else [
        ring for poly in geometry["coordinates"] for ring in poly]
    return [pos for ring in rings for pos in ring]


def contains(feature: dict[str, Any], lat: float, lon: float) -> bool:
    """Point-in-polygon with the GeoJSON [lon, lat] order made explicit."""
    return shape(feature["geometry"]).contains(Point(lon, lat))


# ------------------------------------------------------------------------------------------ files


def test_files_exist_and_stay_small() -> None:
    sizes = {name: (BASE / name).stat().st_size for name in ALL_FILES}
    assert sum(sizes.values()) < 6_000_000, sizes
    assert sizes["land.geojson.gz"] < 1_500_000
    assert sizes["disputed.geojson"] < 50_000


@pytest.mark.parametrize("name", GZ_FILES)
def test_gzip_header_is_reproducible(name: str) -> None:
    header = (BASE / name).read_bytes()[:10]
    assert header[:3] == b"\x1f\x8b\x08"
    assert header[3] & 0x08 == 0, "no file name stored in the header"
    assert header[4:8] == b"\x00\x00\x00\x00", "mtime must be 0"


@pytest.mark.parametrize("name", ALL_FILES)
def test_features_sorted_and_coordinates_rounded(name: str) -> None:
    data = read(name)
    assert data["type"] == "FeatureCollection"
    feats = data["features"]
    assert feats
    if name != "land.geojson.gz":
        ids = [f["properties"]["id"] for f in feats]
        assert ids == sorted(ids)
    for f in feats:
        assert f["type"] == "Feature"
        assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")
        for lon, lat in coords(f["geometry"]):
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert round(lon, 4) == lon and round(lat, 4) == lat


@pytest.mark.slow
def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    if not (DATA / "ne_10m_admin_1_states_provinces.geojson.gz").is_file():
        pytest.skip(f"Natural Earth inputs not found in {DATA}")
    run = subprocess.run(
        [sys.executable, "-m", "geo.gazetteer.build_regions", "--data", str(DATA), "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert run.returncode == 0, run.stderr
    for name in ALL_FILES:
        assert (tmp_path / name).read_bytes() == (BASE / name).read_bytes(), f"{name} is stale; rebuild it"
        assert f"{name}:" in run.stdout


def test_missing_input_is_a_one_line_error(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "geo.gazetteer.build_regions", "--data", str(tmp_path), "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert run.returncode == 1
    assert "ne_10m_admin_1_states_provinces.geojson.gz" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------------------- admin-1


def test_country_units_are_unions_of_regions(admin1: list[dict[str, Any]]) -> None:
    units = {f["properties"]["name"]: f for f in admin1 if f["properties"]["id"].startswith("ne1u:")}
    assert {"England", "Scotland", "Wales", "Northern Ireland"} <= set(units)
    assert "Serbia" not in units and "Tanzania" not in units  # a unit that is the whole country is skipped
    england = shape(units["England"]["geometry"])
    assert england.contains(Point(-0.1276, 51.5072)) and not england.contains(Point(-3.19, 55.95))  # London, not Edinburgh
    assert units["England"]["properties"]["country"] == "GB"


def test_regions_of_provinces_are_unions_of_their_provinces(admin1: list[dict[str, Any]]) -> None:
    groups = {f["properties"]["id"]: f for f in admin1 if f["properties"]["id"].startswith("ne1r:")}
    assert {"ne1r:it-campania", "ne1r:it-calabria", "ne1r:es-extremadura", "ne1r:es-galicia", "ne1r:fr-grand-est",
            "ne1r:jp-kanto", "ne1r:sd-kordofan", "ne1r:gb-greater-london"} <= set(groups)
    campania = shape(groups["ne1r:it-campania"]["geometry"])
    assert campania.contains(Point(14.2681, 40.8518)) and not campania.contains(Point(12.4964, 41.9028))  # Naples, not Rome
    assert groups["ne1r:it-campania"]["properties"]["type"] == "Region of provinces"
    names = {f["properties"]["name"] for f in groups.values()}
    # compass zones, a group named like its one province, a country unit, and a curated region are not built
    assert not names & {"North East", "West", "Centro", "Madrid", "Northern Ireland", "Darfur"}
    # a province keeps no alias that is its group's name (Natural Earth copies "Extremadura" onto Cáceres)
    caceres = next(f for f in admin1 if f["properties"]["name"] == "Cáceres")
    assert "Extremadura" not in caceres["properties"]["names"]


def test_admin1_schema(admin1: list[dict[str, Any]]) -> None:
    assert len(admin1) >= 4590
    ids = [f["properties"]["id"] for f in admin1]
    assert len(ids) == len(set(ids))
    for f in admin1:
        p = f["properties"]
        assert list(p) == ADMIN1_KEYS
        assert re.fullmatch(r"gn:[1-9]\d*|ne1:\S+|ne1u:[a-z0-9-]+|ne1r:[a-z]{2}-[a-z0-9-]+", p["id"]), p["id"]
        if p["id"].startswith("gn:"):
            assert p["id"] == f"gn:{p['gn_id']}"
        assert p["kind"] == "region"
        assert p["name"]
        assert re.fullmatch(r"[A-Z]{2}", p["country"]), p
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180
        assert round(p["lat"], 4) == p["lat"] and round(p["lon"], 4) == p["lon"]
        assert p["names"] == sorted(set(p["names"]))
        assert p["names_cyrillic"] == sorted(set(p["names_cyrillic"]))
        assert p["iso_3166_2"] is None or p["iso_3166_2"].startswith(p["country"] + "-")
        assert p["provenance"].startswith("Natural Earth 10m admin-1 (ne_id ") or (
            p["id"].startswith(("ne1u:", "ne1r:")) and p["provenance"].startswith("Natural Earth 10m admin-1: union of"))
        if p["gn_id"] is not None:
            assert isinstance(p["gn_id"], int) and p["gn_id"] > 0


def test_admin1_geometries_valid_and_labels_inside(admin1: list[dict[str, Any]]) -> None:
    outside = []
    for f in admin1:
        geom = shape(f["geometry"])
        assert geom.is_valid and not geom.is_empty, f["properties"]["id"]
        if not geom.buffer(0.05).contains(Point(f["properties"]["lon"], f["properties"]["lat"])):
            outside.append(f["properties"]["id"])
    # A handful of Natural Earth label points sit off their (tiny or island) region; a lat/lon swap would
    # put almost all of them outside.
    assert len(outside) <= 10, outside


def test_names_are_latin_and_cyrillic_names_are_cyrillic(admin1: list[dict[str, Any]]) -> None:
    for f in admin1:
        p = f["properties"]
        for name in p["names"]:
            assert name == name.strip() and "  " not in name
            for char in name:
                if char.isalpha():
                    assert unicodedata.name(char).startswith(("LATIN", "MODIFIER LETTER")), (p["id"], name)
            assert not re.search(r"[0-9£¢¡‚‹Ã\xa0?\[\]]", name), (p["id"], name)
        for name in p["names_cyrillic"]:
            assert any(unicodedata.name(c, "").startswith("CYRILLIC") for c in name), (p["id"], name)


def test_kursk(by_iso: dict[str, dict[str, Any]]) -> None:
    kursk = by_iso["RU-KRS"]
    p = kursk["properties"]
    assert p["id"] == "gn:538555"
    assert (p["name"], p["type"], p["country"], p["wikidata"], p["gn_id"]) == (
        "Kursk", "Region", "RU", "Q3178", 538555)
    assert p["occupied_by"] is None
    assert "Kursk" in p["names"] and "Kurskaya Oblast" in p["names"]
    assert "Kursk Region" not in p["names"] and "Kursk Oblast" not in p["names"]
    assert "Курская область" in p["names_cyrillic"] and "Курська область" in p["names_cyrillic"]
    assert (p["lat"], p["lon"]) == (51.7358, 36.2921)
    assert contains(kursk, 51.73, 36.19)  # Kursk city
    assert not contains(kursk, 50.60, 36.59)  # Belgorod city


def test_chukotka_is_not_yakutia(by_iso: dict[str, dict[str, Any]]) -> None:
    # Natural Earth gives the Sakha Republic Chukotka's names; the correction moves them back.
    assert "Chukotka" not in by_iso["RU-SA"]["properties"]["names"]
    assert "Chukotka" in by_iso["RU-CHU"]["properties"]["names"]


def test_south_hamgyong_korean_forms(by_iso: dict[str, dict[str, Any]]) -> None:
    p = by_iso["KP-08"]["properties"]
    assert p["id"] == "gn:1877450" and p["name"] == "South Hamgyong" and p["country"] == "KP"
    for name in ("Hamgyŏng-namdo", "South Hamgyŏng", "South Hamgyong", "Hamgyŏng"):
        assert name in p["names"]
    north = by_iso["KP-09"]["properties"]["names"]
    assert "North Hamgyŏng" in north and "Hamgyŏng-bukto" in north and "South Hamgyŏng" not in north
    assert "North Gyeongsang" in by_iso["KR-47"]["properties"]["names"]  # from gn_name Gyeongsangbuk-do


def test_aliases_copied_from_neighbours_are_dropped(by_iso: dict[str, dict[str, Any]]) -> None:
    assert "Hamgyŏng-bukto" not in by_iso["KP-13"]["properties"]["names"]  # Rason
    assert "Taegu" not in by_iso["KR-47"]["properties"]["names"]  # North Gyeongsang vs Daegu
    assert by_iso["KR-47"]["properties"]["type"] == "Province"
    assert "Saint Petersburg" not in by_iso["RU-LEN"]["properties"]["names"]
    assert "Vologodskaya Oblast" not in by_iso["RU-ARK"]["properties"]["names"]


def test_moscow_codes_follow_iso(by_iso: dict[str, dict[str, Any]]) -> None:
    assert by_iso["RU-MOW"]["properties"]["gn_id"] == 524894  # Moscow city
    assert by_iso["RU-MOW"]["properties"]["type"] == "Federal City"
    assert by_iso["RU-MOS"]["properties"]["gn_id"] == 524925  # Moscow Oblast


def test_crimea_and_sevastopol_are_ukraine_under_occupation(admin1: list[dict[str, Any]]) -> None:
    occupied = {f["properties"]["iso_3166_2"]: f["properties"] for f in admin1 if f["properties"]["occupied_by"]}
    assert set(occupied) == {"UA-43", "UA-40"}
    for p in occupied.values():
        assert p["country"] == "UA" and p["occupied_by"] == "RU"
    assert "Crimea" in occupied["UA-43"]["names"]
    assert occupied["UA-40"]["name"] == "Sevastopol"


def test_ukrainian_oblasts_present(by_iso: dict[str, dict[str, Any]]) -> None:
    for iso, gn_id in (("UA-63", 706482), ("UA-65", 706442), ("UA-23", 687699), ("UA-14", 709716)):
        p = by_iso[iso]["properties"]
        assert p["country"] == "UA" and p["gn_id"] == gn_id and p["type"] == "Region"
    assert by_iso["RU-BEL"]["properties"]["id"] == "gn:578071"


# ------------------------------------------------------------------------------------- countries


def test_countries_schema(countries: dict[str, dict[str, Any]]) -> None:
    assert len(countries) >= 230
    for cid, f in countries.items():
        p = f["properties"]
        assert list(p) == COUNTRY_KEYS
        assert p["kind"] == "country" and p["name"]
        # Natural Earth's "-99" marks a missing code; it must never leak into a code or name field.
        assert "-99" not in json.dumps({k: v for k, v in p.items() if k not in ("lat", "lon", "population")})
        if cid.startswith("iso:"):
            assert cid == f"iso:{p['country']}" and re.fullmatch(r"[A-Z]{2}", p["country"])
        else:
            assert cid == "ne0:KAS" and p["country"] is None  # Siachen Glacier: no code, not tiny
        assert p["iso_a3"] is None or re.fullmatch(r"[A-Z]{3}", p["iso_a3"])
        assert p["names"] == sorted(set(p["names"])) and p["name"] in p["names"]
        geom = shape(f["geometry"])
        assert geom.is_valid and not geom.is_empty
        point = Point(p["lon"], p["lat"])
        if p["provenance"].endswith("point: centroid of the largest part"):
            assert geom.contains(point), cid
        else:  # a published reference point: in the country, or in the sea between an island state's islands;
            # one far from the centre moved toward it
            assert re.search(r"point: google-dspl reference point( moved \d+ km toward the centroid of the largest "
                             r"part)?$", p["provenance"]), cid
            assert geom.distance(point) <= 0.5, cid


def test_country_points_follow_the_reviewed_file(countries: dict[str, dict[str, Any]]) -> None:
    # Reference points near the largest part's centroid stay where maps put a country ...
    assert (countries["iso:UA"]["properties"]["lat"], countries["iso:UA"]["properties"]["lon"]) == (48.379433, 31.16558)
    # ... one far from it moves toward it, half way and at most 150 km (Google's Finland lies by Helsinki; Russia's
    # reference point is 330 km east of the centroid of its largest part)
    fi, ru = countries["iso:FI"]["properties"], countries["iso:RU"]["properties"]
    assert 63.0 < fi["lat"] < 63.5 and fi["provenance"].endswith("moved 144 km toward the centroid of the largest part")
    assert abs(ru["lat"] - 61.6) < 0.1 and abs(ru["lon"] - 102.5) < 0.1
    # ... and the centroid where the file says so (the contiguous US's centre is in Kansas).
    us = countries["iso:US"]["properties"]
    assert 38.5 < us["lat"] < 40.5 and -100 < us["lon"] < -97.5


def test_malformed_country_points_are_one_line_errors(tmp_path: Path) -> None:
    bad = tmp_path / "points.csv"
    bad.write_text("# comment\niso2,lat,lon,name,source\nRU,61.5,105.3,Russia,google-dspl\nXX,95,0,Nowhere,google-dspl\n")
    run = subprocess.run(
        [sys.executable, "-m", "geo.gazetteer.build_regions", "--data", str(DATA), "--out", str(tmp_path),
         "--points", str(bad)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0
    assert f"{bad}:4:" in run.stderr and "90" in run.stderr
    assert not (tmp_path / "countries.geojson.gz").exists()


def test_country_codes_fixed(countries: dict[str, dict[str, Any]]) -> None:
    assert countries["iso:FR"]["properties"]["iso_a3"] == "FRA"
    assert countries["iso:NO"]["properties"]["iso_a3"] == "NOR"
    assert countries["iso:XK"]["properties"]["name"] == "Kosovo"
    assert contains(countries["iso:FR"], 48.86, 2.35)
    assert contains(countries["iso:NO"], 59.91, 10.75)


def test_crimea_drawn_in_ukraine(countries: dict[str, dict[str, Any]]) -> None:
    ukraine, russia = countries["iso:UA"], countries["iso:RU"]
    for lat, lon in ((44.95, 34.10), (44.60, 33.52), (45.35, 36.47)):  # Simferopol, Sevastopol, Kerch
        assert contains(ukraine, lat, lon)
        assert not contains(russia, lat, lon)
    assert contains(russia, 55.75, 37.62) and contains(russia, 51.73, 36.19)  # Moscow, Kursk
    assert contains(ukraine, 50.45, 30.52) and contains(ukraine, 49.99, 36.23)  # Kyiv, Kharkiv
    overlap = shape(ukraine["geometry"]).intersection(shape(russia["geometry"])).area
    assert overlap < 0.01  # only simplification slivers along the land border


def test_de_facto_entities_folded_into_recognised_states(countries: dict[str, dict[str, Any]]) -> None:
    assert contains(countries["iso:CY"], 35.34, 33.32)  # Kyrenia
    assert contains(countries["iso:SO"], 9.56, 44.06)  # Hargeisa
    names = {p["properties"]["name"] for p in countries.values()}
    assert "N. Cyprus" not in names and "Somaliland" not in names


def test_siachen_glacier_is_not_named_kashmir(
    countries: dict[str, dict[str, Any]], admin1: list[dict[str, Any]]
) -> None:
    # Natural Earth calls the Siachen Glacier unit and its one region "Kashmir"; the bare name is the whole
    # disputed region, a curated area, so neither may carry it.
    assert countries["ne0:KAS"]["properties"]["names"] == ["Siachen Glacier"]
    siachen = [f["properties"] for f in admin1 if f["properties"]["id"].startswith("ne1:KAS")]
    assert [p["names"] for p in siachen] == [["Siachen Glacier"]]
    everyone = [*countries.values(), *admin1]
    assert not [f["properties"]["id"] for f in everyone if "Kashmir" in f["properties"]["names"]]


# -------------------------------------------------------------------------------- disputed, land


def test_disputed(disputed: list[dict[str, Any]], by_iso: dict[str, dict[str, Any]]) -> None:
    assert {f["properties"]["id"] for f in disputed} == {by_iso["UA-43"]["properties"]["id"],
                                                        by_iso["UA-40"]["properties"]["id"]}
    for f in disputed:
        p = f["properties"]
        assert list(p) == ["id", "name", "de_jure", "de_facto", "note"]
        assert (p["de_jure"], p["de_facto"]) == ("UA", "RU")
        assert "68/262" in p["note"] and "2014" in p["note"]
    crimea = next(f for f in disputed if f["properties"]["id"] == by_iso["UA-43"]["properties"]["id"])
    assert contains(crimea, 44.95, 34.10)


def test_land(land: list[dict[str, Any]]) -> None:
    assert len(land) > 500
    assert all(f["properties"] == {} for f in land)
    shapes = [shape(f["geometry"]) for f in land]
    assert all(s.is_valid for s in shapes)

    def on_land(lat: float, lon: float) -> bool:
        return any(s.contains(Point(lon, lat)) for s in shapes)

    assert on_land(50.45, 30.52) and on_land(44.95, 34.10) and on_land(-33.87, 151.0)
    assert not on_land(45.0, -30.0) and not on_land(43.5, 34.0)  # mid-Atlantic, Black Sea
