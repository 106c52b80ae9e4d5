"""The curated gazetteer: validation with file:line messages, provenance rules, lookups and search."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.gazetteer.entries import read_curated_dir
from geo.gazetteer.index import load_gazetteer
from tests.conftest import ROOT, run_geo

GOOD = """\
- id: fac:test-plant
  name: Test Plant
  kind: facility
  point: {lat: 39.9, lon: 127.6}
  provenance:
    - {url: "https://example.org/report", title: "A report"}
"""


def write(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "curated"
    folder.mkdir(exist_ok=True)
    (folder / "places.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        (GOOD.replace("    - {url", "    - {nourl").replace("title: \"A report\"", "title: x"),
         "provenance"),
        (GOOD.replace("lat: 39.9, lon: 127.6", "lat: 127.6, lon: 39.9"), "probably swapped"),
        (GOOD.replace("kind: facility", "kind: spaceport"), "kind"),
        (GOOD.replace("  provenance:\n    - {url: \"https://example.org/report\", title: \"A report\"}\n", ""),
         "a point needs provenance"),
        (GOOD + GOOD, "duplicate id fac:test-plant"),
        ("- id: fac:x\n  name: X\n  kind: facility\n  precision: approximate\n  radius_km: 3\n", "parent"),
        ("- [not, a, mapping]\n", "mapping"),
        ("- id: fac:x\n  name: [unclosed\n", "invalid YAML"),
    ],
    ids=["uncited", "swapped-axes", "bad-kind", "no-provenance", "duplicate", "approximate-without-parent",
         "not-mapping", "bad-yaml"],
)
def test_curated_problems_name_file_and_line(tmp_path: Path, yaml_text: str, message: str) -> None:
    folder = write(tmp_path, yaml_text)
    _, _, problems = read_curated_dir(folder)
    assert problems, "expected a problem"
    assert any(message in p for p in problems), problems
    assert all(p.startswith(str(folder / "places.yaml")) for p in problems)
    assert any(":" in p.split("places.yaml", 1)[1][:6] for p in problems)  # file:line


def test_unknown_course_town_is_reported(tmp_path: Path) -> None:
    folder = write(tmp_path, GOOD.replace("kind: facility", "kind: facility\n  course: [gn:999999998]"))
    gaz = load_gazetteer(curated=folder, strict=False)
    assert any("unknown course town gn:999999998" in p for p in gaz.problems)


def test_a_postal_code_must_be_capitals(tmp_path: Path) -> None:
    folder = write(tmp_path, '- {alias_of: "gn:4197000", names: ["Ga"], postal: true}\n')
    gaz = load_gazetteer(curated=folder, strict=False)
    assert any("postal code 'Ga' is not two or three capitals" in p and "places.yaml:1:" in p for p in gaz.problems)
    assert "ga" not in gaz.postal


def test_unknown_parent_is_reported(tmp_path: Path) -> None:
    folder = write(tmp_path, GOOD.replace("kind: facility", "kind: facility\n  parent: gn:999999999"))
    gaz = load_gazetteer(curated=folder, strict=False)
    assert any("unknown parent gn:999999999" in p for p in gaz.problems)


def test_cli_check_reports_problems(tmp_path: Path) -> None:
    folder = write(tmp_path, GOOD.replace("lat: 39.9", "lat: 99.9"))
    result = run_geo("gazetteer", "check", "--curated", str(folder))
    assert result.returncode == 1
    assert "places.yaml:1:" in result.stdout and "latitude 99.9" in result.stdout


def test_cli_check_passes_on_shipped_gazetteer() -> None:
    result = run_geo("gazetteer", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:")


def test_every_curated_coordinate_has_provenance(gaz) -> None:
    places, _, problems = read_curated_dir(ROOT / "gazetteer" / "curated")
    assert not problems
    for entry, _, _ in places:
        assert entry.point is None or entry.provenance, entry.id
        if entry.point is None:
            assert entry.precision == "approximate" and entry.parent


def test_approximate_place_takes_its_parents_point(gaz) -> None:
    complex_ = gaz.get("fac:ryongsong-machine-complex")
    hamhung = gaz.get("gn:1877449")
    assert complex_.precision == "approximate" and complex_.radius_km
    assert (complex_.lat, complex_.lon) == (hamhung.lat, hamhung.lon)


def test_curated_hierarchy(gaz) -> None:
    plant = gaz.by_id["fac:february-11-plant"]
    chain = [gaz.rows[i][0] for i in gaz.ancestors(plant)]
    assert chain[:2] == ["fac:ryongsong-machine-complex", "gn:1877449"]
    assert "iso:KP" in chain


def test_search_finds_variants() -> None:
    result = run_geo("gazetteer", "search", "Hamhyn")
    assert result.returncode == 0
    assert "gn:1877449" in result.stdout and "Hamhŭng" in result.stdout


def test_search_lists_exact_names_before_larger_variants(gaz) -> None:
    # "Toretsk" (30,000 people) is an exact name; bigger Russian towns are only transliteration variants.
    found = gaz.search("Toretsk", limit=3)
    assert found[0][0].id == "gn:709354" and found[0][1] == "exact name"


def test_continent_points_are_where_maps_centre_them(gaz) -> None:
    """Europe and Asia: the curated points replace GeoNames' (Europe near Stuttgart, Asia in Tibet)."""
    from geopy.distance import geodesic

    europe = gaz.get("gn:6255148")
    asia = gaz.get("gn:6255147")
    assert europe.kind == "continent" and geodesic((europe.lat, europe.lon), (54.53, 15.26)).km < 50
    assert geodesic((asia.lat, asia.lon), (34.05, 100.62)).km < 100


@pytest.mark.parametrize(("name", "place_id"), [
    ("Bogotá", "gn:3688689"), ("Brasília", "gn:3469058"), ("Astana", "gn:1526273"), ("Washington", "gn:4140963"),
])
def test_capitals_are_matched_on_name_keys_and_renamings(gaz, name: str, place_id: str) -> None:
    """GeoNames lists capitals as "Bogota", "Brasilia", "Nur-Sultan": the city of that name key (or, for a capital
    no city has as its own name, of that alternate name) is the capital."""
    from geo.normalize import name_key

    capitals = [gaz.rows[r][0] for r, _ in gaz.lookup(name_key(name)) if gaz.rows[r][11]]
    assert capitals == [place_id]
