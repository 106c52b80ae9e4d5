"""`geo resolve`: the JSON contract, the readable table, and one-line errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_geo

ARTICLE = "Troops moved into Russia's Kursk region, officials in Kyiv said.\n"


def test_json_shape(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = run_geo("resolve", str(f), "--json")
    assert result.returncode == 0, result.stderr
    docs = json.loads(result.stdout)
    assert docs[0]["source"] == str(f)
    m = next(m for m in docs[0]["mentions"] if m["text"] == "Kursk region")
    assert set(m) >= {"text", "start", "end", "place", "confidence", "role", "boilerplate", "reason", "alternatives"}
    assert ARTICLE[m["start"] : m["end"]] == "Kursk region"
    assert set(m["place"]) >= {"id", "name", "kind", "lat", "lon", "country"}
    assert m["place"]["kind"] == "region" and m["place"]["country"] == "RU"


def test_table_output(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = run_geo("resolve", str(f))
    assert result.returncode == 0
    assert "Kursk region" in result.stdout and "region" in result.stdout


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 in Kyiv".encode("latin-1"))
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    return {
        "missing": (tmp_path / "nope.txt", "no such file"),
        "directory": (tmp_path, "is a directory"),
        "empty": (empty, "empty file"),
        "binary": (binary, "binary file"),
        "not-utf8": (latin1, "not UTF-8"),
        "too-large": (big, "too large"),
    }


@pytest.mark.parametrize("case", ["missing", "directory", "empty", "binary", "not-utf8", "too-large"])
def test_bad_input_one_line_error_and_others_processed(tmp_path: Path, case: str) -> None:
    bad, message = _bad_files(tmp_path)[case]
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = run_geo("resolve", str(bad), str(good), "--json")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and message in lines[0], result.stderr
    docs = json.loads(result.stdout)
    assert [d["source"] for d in docs] == [str(good)]


def test_malformed_gazetteer_is_a_one_line_error(tmp_path: Path) -> None:
    cur = tmp_path / "gaz"
    (cur / "curated").mkdir(parents=True)
    (cur / "curated" / "bad.yaml").write_text("- id: fac:x\n  name: X\n  kind: nowhere\n", encoding="utf-8")
    from tests.conftest import ROOT

    (cur / "base").symlink_to(ROOT / "gazetteer" / "base")
    import os
    import subprocess

    from tests.conftest import geo_command

    env = dict(os.environ, GEO_GAZETTEER_DIR=str(cur))
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = subprocess.run([*geo_command(), "resolve", str(f)], capture_output=True, text=True, env=env)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "bad.yaml:1" in result.stderr and "kind" in result.stderr
