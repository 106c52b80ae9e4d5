"""Batch resolution: --jsonl equals per-file --json, whatever the number of jobs, and inside Dask."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, run_geo

LGL = ROOT.parent / "shared" / "benchmarks" / "lgl.xml"


def per_file(paths: list[Path]) -> list[dict]:
    out = []
    for p in paths:
        result = run_geo("resolve", str(p), "--json")
        assert result.returncode == 0, result.stderr
        out.extend(json.loads(result.stdout))
    return out


def jsonl(paths: list[Path], tmp_path: Path, jobs: int) -> list[dict]:
    out = tmp_path / f"out{jobs}.jsonl"
    result = run_geo("resolve", *map(str, paths), "--jsonl", str(out), "--jobs", str(jobs))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def lgl_files(tmp_path_factory) -> list[Path]:
    if not LGL.is_file():
        pytest.skip(f"dev benchmark not found at {LGL} (../shared/benchmarks beside the repo)")
    folder = tmp_path_factory.mktemp("lgl")
    paths = []
    for i, art in enumerate(ET.parse(LGL).getroot().iter("article")):
        if i == 25:
            break
        p = folder / f"lgl_{i:03d}.txt"
        p.write_text(art.findtext("text") or "", encoding="utf-8")
        paths.append(p)
    return paths


def test_jsonl_equals_per_file_on_seeds(tmp_path: Path) -> None:
    assert jsonl(SEEDS, tmp_path, 2) == per_file(SEEDS)


def test_jobs_agree_on_dev_texts(lgl_files, tmp_path: Path) -> None:
    one = jsonl(lgl_files, tmp_path, 1)
    assert one == jsonl(lgl_files, tmp_path, 2)
    assert one[:5] == per_file(lgl_files[:5])


def test_folder_input_and_bad_files(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text("Shelling hit Kharkiv overnight.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    out = tmp_path / "o.jsonl"
    result = run_geo("resolve", str(folder), "--jsonl", str(out))
    assert result.returncode == 1
    assert "b.txt" in result.stderr and "a.txt" not in result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["mentions"][0]["place"]["name"] == "Kharkiv"


def test_dask_bag_gives_the_same_result() -> None:
    db = pytest.importorskip("dask.bag", reason="dask is an optional extra: pip install 'geo[dask]'")
    from geo.batch import resolve_file

    paths = [str(p) for p in SEEDS]
    got = db.from_sequence(paths, npartitions=2).map(resolve_file).compute(scheduler="processes", num_workers=2)
    assert got == [resolve_file(p) for p in paths]
