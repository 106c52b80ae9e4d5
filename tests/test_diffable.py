"""Diffable outputs: two runs on the same input give byte-identical GeoJSON, claims CSV and resolutions CSV
(sorted, fixed precision, no random ids), so a newsroom can keep them under version control."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.conftest import run_geo
from tests.mapstory import SEEDS_DIR


def run_twice(tmp_path: Path, *args: str, out_name: str) -> tuple[dict[str, bytes], dict[str, bytes]]:
    runs = []
    for k in (1, 2):
        out = tmp_path / f"run{k}"
        result = run_geo(*args, "-o", str(out / out_name))
        assert result.returncode == 0, result.stderr
        runs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    return runs[0], runs[1]


@pytest.mark.slow
def test_map_geojson_and_csv_are_byte_identical(tmp_path: Path) -> None:
    a, b = run_twice(tmp_path, "map", str(SEEDS_DIR), "--offline", "--no-progress", out_name="seeds.html")
    assert a["seeds.geojson"] == b["seeds.geojson"]
    assert a["seeds.csv"] == b["seeds.csv"]


@pytest.mark.slow
def test_review_csv_and_page_are_byte_identical_and_sorted(tmp_path: Path) -> None:
    a, b = run_twice(tmp_path, "review", str(SEEDS_DIR), out_name="seeds-review.html")
    assert a["seeds-review.csv"] == b["seeds-review.csv"]
    assert a["seeds-review.html"] == b["seeds-review.html"]
    rows = list(csv.DictReader(io.StringIO(a["seeds-review.csv"].decode("utf-8"))))
    keys = [(r["file"], int(r["start"]), int(r["end"])) for r in rows]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert all(r["lat"] == "" or len(r["lat"].split(".")[1]) == 6 for r in rows)
