"""`geo gazetteer add` and `geo gazetteer explain`: a place added once (validated, with provenance, appended
atomically to a curated file) is found in every later story, in a variant spelling too. Every test works on a
temporary copy of the gazetteer (GEO_GAZETTEER_DIR): the repository's curated files are never touched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, geo_command

# A made-up test site (not a real place, so no curated file will ever hold it), named in McCune-Reischauer.
RYONGAK = ["--id", "fac:ryongak-test-site", "--name", "Ryongak Test Site", "--kind", "facility",
           "--names", "Ryongak", "--names", "Ryongak test stand", "--lat", "39.66", "--lon", "124.705",
           "--parent", "iso:KP", "--url", "https://example.org/test-fixture", "--title", "Test fixture, not a source"]


@pytest.fixture
def gazdir(tmp_path: Path) -> Path:
    root = tmp_path / "gaz"
    shutil.copytree(ROOT / "gazetteer" / "curated", root / "curated")
    (root / "base").symlink_to(ROOT / "gazetteer" / "base")
    return root


def geo(gazdir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, GEO_GAZETTEER_DIR=str(gazdir))
    return subprocess.run([*geo_command(), *args], capture_output=True, text=True, env=env, timeout=600)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("variant", ["Ryeongak", "Ryŏngak"], ids=["revised-romanization", "mccune-reischauer"])
def test_added_place_is_found_in_a_later_story_in_a_variant_spelling(gazdir: Path, tmp_path: Path,
                                                                     variant: str) -> None:
    before = snapshot(gazdir / "curated")
    result = geo(gazdir, "gazetteer", "add", *RYONGAK)
    assert result.returncode == 0, result.stderr
    added = gazdir / "curated" / "added.yaml"
    assert result.stdout.strip() == f"added fac:ryongak-test-site at {added}:3"
    assert {k: v for k, v in snapshot(gazdir / "curated").items() if k != "added.yaml"} == before
    assert geo(gazdir, "gazetteer", "check").returncode == 0

    article = tmp_path / "a.txt"
    article.write_text(f"North Korea launched a rocket from {variant} on Tuesday, officials said.\n", encoding="utf-8")
    docs = json.loads(geo(gazdir, "resolve", str(article), "--json").stdout)
    m = next(m for m in docs[0]["mentions"] if m["text"] == variant)
    assert m["place"]["id"] == "fac:ryongak-test-site"
    assert (m["place"]["lat"], m["place"]["lon"]) == (39.66, 124.705)
    # ... and without the added entry it is not
    assert not (ROOT / "gazetteer" / "curated" / "added.yaml").exists()


def test_entry_is_appended_with_provenance_and_comments_kept(gazdir: Path, tmp_path: Path) -> None:
    korea = gazdir / "curated" / "korea.yaml"
    old = korea.read_text(encoding="utf-8")
    snippet = tmp_path / "s.yaml"
    snippet.write_text(
        "id: fac:test-site\nname: Test Site\nkind: facility\nnames: [Testsite Works]\n"
        "point: {lat: 39.9, lon: 127.6}\nparent: gn:1877449\n"
        "provenance:\n  - {url: 'https://example.org/test-fixture', title: Test fixture, publisher: geo tests}\n"
        "notes: added by a test\n", encoding="utf-8")
    result = geo(gazdir, "gazetteer", "add", "--from-yaml", str(snippet), "--file", "korea.yaml")
    assert result.returncode == 0, result.stderr
    new = korea.read_text(encoding="utf-8")
    assert new.startswith(old)  # existing content and comments kept byte for byte
    entry = yaml.safe_load(new)[-1]
    assert entry["id"] == "fac:test-site" and entry["provenance"][0]["publisher"] == "geo tests"
    line = int(result.stdout.strip().rsplit(":", 1)[1])
    assert new.splitlines()[line - 1] == "- id: fac:test-site"
    assert geo(gazdir, "gazetteer", "check").returncode == 0
    assert "fac:test-site" in geo(gazdir, "gazetteer", "search", "Testsite Works").stdout


def test_alias_adds_a_spelling_to_an_existing_place(gazdir: Path) -> None:
    result = geo(gazdir, "gazetteer", "add", "--alias-of", "gn:1877449", "--names", "Hamhoong")
    assert result.returncode == 0, result.stderr
    assert "gn:1877449" in geo(gazdir, "gazetteer", "explain", "Hamhoong").stdout.split("fuzzy hits")[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--id", "fac:x", "--name", "X", "--kind", "facility", "--lat", "39", "--lon", "127"],
         "fac:x: a point needs provenance"),
        ([*RYONGAK[:-4], "--url", "https://example.org/x"], "provenance needs a geonames id, a wikidata id, or a url with a title"),
        (["--id", "fac:ryongsong-machine-complex", *RYONGAK[2:]],
         "fac:ryongsong-machine-complex: duplicate id, already Ryongsong Machine Complex"),
        ([*RYONGAK[:14], "--parent", "gn:000", *RYONGAK[16:]], "unknown parent gn:000"),
        (["--id", "fac:x", "--name", "X", "--kind", "spaceport", "--geonames", "1"], "kind: Input should be"),
        (["--id", "fac:x", "--name", "X", "--kind", "facility", "--lat", "127", "--lon", "39", "--geonames", "1"],
         "latitude and longitude probably swapped"),
        ([*RYONGAK, "--file", "/tmp/elsewhere.yaml"], "not in the curated gazetteer folder"),
        (["--alias-of", "gn:000", "--names", "Nowhere"], "alias_of gn:000: no such place"),
        (["--name", "X"], "give --id, --name and --kind"),
    ],
    ids=["no-provenance", "url-without-title", "duplicate-id", "unknown-parent", "bad-kind", "swapped-axes",
         "outside-curated", "unknown-alias-target", "missing-flags"],
)
def test_refusals_are_one_line_and_write_nothing(gazdir: Path, args: list[str], message: str) -> None:
    before = snapshot(gazdir / "curated")
    result = geo(gazdir, "gazetteer", "add", *args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("geo: ") and message in lines[0], result.stderr
    assert snapshot(gazdir / "curated") == before


def test_explain_shows_normalisation_hits_and_the_choice(gazdir: Path) -> None:
    out = geo(gazdir, "gazetteer", "explain", "Hamhyn").stdout
    assert "fold:          'hamhyn'" in out and "skeleton:      'hmhn'" in out and "exact-key hits: 0" in out
    assert "gn:1877449" in out and "via 'khamkhyn', similarity 1.00" in out
    assert "with no context: " in out.splitlines()[-1]
    assert "with no context: gn:1877449 Hamhŭng [city, KP]" in geo(gazdir, "gazetteer", "explain", "Hamhung").stdout
    out = geo(gazdir, "gazetteer", "explain", "U.S.").stdout
    assert "name_key:      'us'" in out and "iso:US" in out and "alternate name" in out
