"""The story manifest: valid files load, broken ones fail with one line naming the file and the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo.errors import ManifestError
from geo.manifest import load_manifest
from tests.conftest import run_geo
from tests.mapstory import SEEDS_DIR, make_story


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "story.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_seeds_manifest_is_valid() -> None:
    story = load_manifest(SEEDS_DIR / "story.yaml", files=[p.name for p in SEEDS_DIR.glob("*.txt")])
    assert story.title
    assert story.meta("001_33e56abf8645b830.txt").url == "https://www.kyivpost.com/post/42937"
    assert story.meta("000_3976e3bf30a9e783.txt").outlet == "Newsweek"
    assert story.meta("not-listed.txt").outlet is None  # missing metadata is fine


def test_dates_parse(tmp_path: Path) -> None:
    p = write(tmp_path, "articles:\n  a.txt:\n    published: 2024-11-25\n")
    assert load_manifest(p).meta("a.txt").published == dt.date(2024, 11, 25)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("articles:\n  a.txt:\n    published: next week\n", r"story\.yaml: articles\.a\.txt\.published: invalid date 'next week'"),
        ("articles:\n  a.txt:\n    outlett: X\n", r"story\.yaml: articles\.a\.txt\.outlett: unknown field"),
        ("articles:\n  a.txt:\n    url: javascript:alert(1)\n", r"articles\.a\.txt\.url: not an http\(s\) URL: 'javascript:alert\(1\)'"),
        ("title: [unclosed\n", r"story\.yaml: line \d+: invalid YAML"),
        ("- just\n- a list\n", r"story\.yaml: \(top level\): expected a mapping"),
        ("articles:\n  gone.txt:\n    outlet: X\n", r"articles\.gone\.txt: no such article file"),
    ],
    ids=["bad-date", "unknown-field", "javascript-url", "invalid-yaml", "not-a-mapping", "missing-file"],
)
def test_broken_manifest_one_line_error(tmp_path: Path, text: str, match: str) -> None:
    p = write(tmp_path, text)
    with pytest.raises(ManifestError, match=match) as info:
        load_manifest(p, files=["a.txt"])
    assert "\n" not in str(info.value)


def test_cli_broken_manifest_is_one_line(tmp_path: Path) -> None:
    story = make_story(tmp_path / "s", {"a.txt": "Troops arrived in Kursk Oblast, officials said.\n",
                                        "story.yaml": "articles:\n  a.txt:\n    published: someday\n"})
    result = run_geo("map", str(story), "-o", str(tmp_path / "out.html"), "--no-progress")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("geo: ") and "story.yaml: articles.a.txt.published: invalid date 'someday'" in lines[0]
