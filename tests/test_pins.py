"""Story pins: validated against the gazetteer and the articles, applied on every run, and reversible (a pin
that re-points a form changes the map, the GeoJSON and the review; removing it restores them byte for byte)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from geo.errors import ManifestError
from geo.manifest import parse_manifest
from geo.models import DocumentMentions, Mention, PlaceRef
from geo.pins import Pin, apply_pins, check_pins, occurrences
from geo.story import build_story
from tests.conftest import run_geo
from tests.mapstory import SEEDS_DIR, make_story

ARTICLE = ("North Korea expanded the plant in Hamhung, officials said. Moscow denied it.\n"
           "Trucks left the Zzyx works near the Ryongsong Machine Complex.\n")


def doc_of(result, name: str) -> DocumentMentions:
    return next(d for d in result.documents if d.source.endswith(name))


# ---------------------------------------------------------------------------------------------- validation
@pytest.mark.parametrize(
    ("pins", "match"),
    [
        ("[{form: Hamhung}]", r"story\.yaml: pins\[0\]: a pin needs place: ID, not_place: true, or role"),
        ("[{form: Hamhung, not_place: true, role: place}]", r"pins\[0\]: not_place: true cannot be combined"),
        ("[{form: Hamhung, start: 3, place: gn:1877449}]", r"pins\[0\]: start needs file"),
        ("[{form: Moscow, role: city}]", r"pins\[0\]\.role: Input should be 'place' or 'actor'"),
        ("[{form: Moscow, role: place, plase: x}]", r"pins\[0\]\.plase: unknown field"),
        ("[{form: Moscow, role: place, file: a/b.txt}]", r"pins\[0\]: file must be a file name"),
    ],
    ids=["no-decision", "not-place-and-role", "start-without-file", "bad-role", "unknown-field", "file-path"],
)
def test_malformed_pins_are_one_line_errors(pins: str, match: str) -> None:
    import yaml

    with pytest.raises(ManifestError, match=match) as info:
        parse_manifest(yaml.safe_load(f"pins: {pins}\n"), path="story.yaml")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("pin", "match"),
    [
        (Pin(form="North Korea", place="dist:nowhere"), r"^story\.yaml: pins\[2\]\.place: unknown place id 'dist:nowhere'"),
        (Pin(form="Rensonn", place="gn:1877449"), r"^story\.yaml: pins\[2\]\.form: 'Rensonn' never occurs in the story$"),
        (Pin(form="Hamhun", not_place=True), r"pins\[2\]\.form: 'Hamhun' never occurs"),  # no partial words
        (Pin(form="hamhung", not_place=True), r"pins\[2\]\.form: 'hamhung' never occurs"),  # case-sensitive
        (Pin(form="Hamhung", file="b.txt", role="place"), r"pins\[2\]\.file: 'b\.txt': no such article file"),
        (Pin(form="Moscow", file="a.txt", start=3, role="place"), r"pins\[2\]\.start: 'Moscow' is not at offset 3 of a\.txt \(found 'th Kor'"),
        (Pin(form="Moscow", role="place"), r"pins\[2\]: the same form and scope as pins\[1\]"),
    ],
    ids=["unknown-id", "never-occurs", "partial-word", "wrong-case", "unknown-file", "bad-offset", "duplicate"],
)
def test_pins_checked_against_gazetteer_and_articles(gaz, pin: Pin, match: str) -> None:
    pins = [Pin(form="Hamhung", place="gn:1877449"), Pin(form="Moscow", role="place"), pin]
    with pytest.raises(ManifestError, match=match):
        check_pins(pins, texts={"a.txt": ARTICLE}, gaz=gaz, path="story.yaml")


def test_valid_pins_pass(gaz) -> None:
    start = ARTICLE.index("Moscow")
    check_pins([Pin(form="Moscow", file="a.txt", start=start, role="place"), Pin(form="Zzyx", place="gn:1877449")],
               texts={"a.txt": ARTICLE}, gaz=gaz, path="story.yaml")


def test_occurrences_are_word_bounded_and_case_sensitive() -> None:
    text = "Kursk, Kursks, NKursk, Kursk-based, kursk, (Kursk)"
    assert [text[a:b] for a, b in occurrences(text, "Kursk")] == ["Kursk", "Kursk", "Kursk"]
    assert [a for a, _ in occurrences(text, "Kursk")] == [0, 23, 44]
    assert occurrences("U.S. and U.S.A.", "U.S.") == [(0, 4)]


# ---------------------------------------------------------------------------------------------- applying
def test_apply_pins_is_pure_and_rewrites_what_it_says(gaz) -> None:
    ref = PlaceRef.of(gaz.get("gn:1877449"))
    m = Mention(text="Hamhung", start=34, end=41, place=ref, confidence=0.6, reason="exact name")
    docs = [DocumentMentions(source="s/a.txt", mentions=[m])]
    out = apply_pins(docs, [Pin(form="Hamhung", place="fac:february-11-plant")], texts={"s/a.txt": ARTICLE},
                     gaz=gaz)
    assert docs[0].mentions[0].place.id == "gn:1877449"  # input untouched
    new = out[0].mentions[0]
    assert (new.place.id, new.confidence, new.pinned, new.match) == ("fac:february-11-plant", 1.0, True, "exact")
    assert new.reason.startswith("pinned in story.yaml (pins[0]): 'Hamhung' means February 11 Plant")
    assert "the resolver chose Hamhŭng (gn:1877449, place, confidence 0.60)" in new.reason


def test_pins_in_a_story(tmp_path: Path) -> None:
    moscow = ARTICLE.index("Moscow")
    story = make_story(tmp_path / "s", {"a.txt": ARTICLE, "story.yaml": (
        "pins:\n"
        "  - {form: Moscow, role: place}\n"
        f"  - {{form: Moscow, file: a.txt, start: {moscow}, role: actor}}\n"   # the mention pin wins
        "  - {form: Zzyx, place: fac:february-11-plant}\n"                   # not proposed by the recogniser
        "  - {form: Ryongsong, place: dist:ryongsong-pyongyang}\n"           # inside a longer mention: no effect
        "  - {form: Hamhung, not_place: true}\n"
    )})
    result = build_story(story)
    by_text = {m.text: m for m in doc_of(result, "a.txt").mentions}
    assert by_text["Moscow"].role == "actor" and by_text["Moscow"].pinned
    assert "pins[1]" in by_text["Moscow"].reason
    zzyx = by_text["Zzyx"]
    assert ARTICLE[zzyx.start : zzyx.end] == "Zzyx" and zzyx.place.id == "fac:february-11-plant" and zzyx.pinned
    assert "the resolver did not propose it" in zzyx.reason
    assert by_text["Ryongsong Machine Complex"].place.id == "fac:ryongsong-machine-complex"
    assert not by_text["Ryongsong Machine Complex"].pinned and "Ryongsong" not in by_text
    assert by_text["Hamhung"].place is None and by_text["Hamhung"].pinned
    ids = {p.id for p in result.places}
    assert "gn:1877449" not in ids and "fac:february-11-plant" in ids
    assert [m.start for m in doc_of(result, "a.txt").mentions] == sorted(m.start for m in doc_of(result, "a.txt").mentions)


def test_cli_bad_pin_is_one_line(tmp_path: Path) -> None:
    story = make_story(tmp_path / "s", {"a.txt": ARTICLE, "story.yaml": "pins:\n  - {form: Rensonn, place: gn:1877449}\n"})
    for cmd in (["map", str(story), "-o", str(tmp_path / "m.html"), "--no-progress"],
                ["review", str(story), "-o", str(tmp_path / "r.html")]):
        result = run_geo(*cmd)
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert lines == [f"geo: {story / 'story.yaml'}: pins[0].form: 'Rensonn' never occurs in the story"], result.stderr


# ------------------------------------------------------------------------------------ seeds, end to end
def _run_all(story: Path, out: Path) -> dict[str, bytes]:
    r = run_geo("map", str(story), "-o", str(out / "map.html"), "--offline", "--no-progress")
    assert r.returncode == 0, r.stderr
    r = run_geo("review", str(story), "-o", str(out / "review.html"))
    assert r.returncode == 0, r.stderr
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.slow
def test_seeds_pin_changes_outputs_and_removing_it_restores_them(tmp_path: Path) -> None:
    story = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, story)
    manifest = story / "story.yaml"
    original = manifest.read_text(encoding="utf-8")
    out = tmp_path / "out"
    before = _run_all(story, out)
    assert set(before) == {"map.html", "map.geojson", "map.csv", "review.html", "review.csv"}

    manifest.write_text(original + "pins:\n  - {form: Renson, place: dist:ryongsong-pyongyang}\n", encoding="utf-8")
    pinned = _run_all(story, out)
    old_ids = {f["id"] for f in json.loads(before["map.geojson"])["features"]}
    new_feats = {f["id"]: f for f in json.loads(pinned["map.geojson"])["features"]}
    assert "dist:ryongsong-pyongyang" not in old_ids
    assert "Renson" in new_feats["dist:ryongsong-pyongyang"]["properties"]["aliases"]
    assert "Renson" not in new_feats["fac:ryongsong-machine-complex"]["properties"]["aliases"]
    assert "place-dist-ryongsong-pyongyang" in pinned["map.html"].decode()
    review = pinned["review.html"].decode()
    pinned_section = review[review.index('id="pinned"'):review.index('id="confident"')]
    assert "&ldquo;Renson&rdquo;" in pinned_section and "Ryongsong District" in pinned_section
    assert "pinned in story.yaml (pins[0])" in pinned_section
    row = next(line for line in pinned["review.csv"].decode().splitlines() if ",Renson," in line)
    assert ",dist:ryongsong-pyongyang,Ryongsong District," in row and ",1.000,place,false,true,exact," in row

    manifest.write_text(original, encoding="utf-8")
    after = _run_all(story, out)
    assert [name for name in before if after[name] != before[name]] == []
