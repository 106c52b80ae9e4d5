"""Page furniture and sentences: general layout rules, tested on all five seeds and a synthetic page."""

from __future__ import annotations

import pytest

from geo.text import classify_lines, split_sentences
from tests.conftest import SEEDS

FURNITURE_ONLY = {"Azerbaijan", "Ternopil", "India", "Ferrari", "Tesla"}


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_furniture_places_only_in_furniture(path) -> None:
    text = path.read_text(encoding="utf-8")
    for line in classify_lines(text):
        for name in FURNITURE_ONLY:
            if name in line.text:
                assert line.furniture, f"{path.name}: {line.text!r} should be furniture"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_article_body_is_not_furniture(path) -> None:
    text = path.read_text(encoding="utf-8")
    body = [line for line in classify_lines(text) if "Hamh" in line.text or "Kursk" in line.text]
    assert body and not any(line.furniture for line in body)


def test_synthetic_page_furniture() -> None:
    text = (
        "Floods hit Dhaka on Monday, officials said, and thousands were moved to shelters.\n"
        "Advertisement\n"
        "Rescue teams reached the city by boat as the water kept rising through the night.\n"
        "Related Stories\n"
        "- Fire in Lyon Leaves Two Dead\n"
        "- Election Results From Lagos\n"
        "Share this story: news@example.org\n"
    )
    flags = {line.text: line.furniture for line in classify_lines(text)}
    assert not flags["Floods hit Dhaka on Monday, officials said, and thousands were moved to shelters."]
    assert flags["Advertisement"] and flags["Related Stories"]
    assert flags["- Fire in Lyon Leaves Two Dead"] and flags["- Election Results From Lagos"]
    assert flags["Share this story: news@example.org"]


def test_sentences_are_verbatim_and_respect_abbreviations() -> None:
    text = "The U.S. said on Nov. 18 that 11,000 troops arrived. Kyiv denied it.\nA second line."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "The U.S. said on Nov. 18 that 11,000 troops arrived.", "Kyiv denied it.", "A second line."]
    for s in sents:
        assert text[s.start : s.end] == s.text
