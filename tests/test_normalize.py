"""Normalisation: one key for every way of writing a name; tokens that index the text exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.normalize import fold, joinable, name_key, tokenize


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("P’yŏngsŏng", "Pyongsong"),
        ("P'yŏngyang", "Pyongyang"),
        ("Hamhŭng", "HAMHUNG"),
        ("U.S.", "US"),
        ("Hamgyŏng-namdo", "Hamgyong namdo"),
        ("Kurs’k", "Kursk"),
        ("“February 11”", "February 11"),
    ],
    ids=["mr-apostrophe", "curly-apostrophe", "case-diacritics", "abbreviation-dots", "hyphen", "soft-sign", "quotes"],
)
def test_fold_equates_spellings(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@given(st.text())
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@given(st.text())
def test_tokens_index_the_text_exactly(s: str) -> None:
    for tok in tokenize(s):
        assert s[tok.start : tok.end] == tok.surface
        assert tok.key == fold(tok.surface)


def test_possessive_is_split_off() -> None:
    toks = tokenize("Russia's Kursk region and Ukraine’s army")
    assert [t.surface for t in toks][:3] == ["Russia", "Kursk", "region"]
    assert toks[0].possessive and toks[0].end == 6
    ukraine = next(t for t in toks if t.surface == "Ukraine")
    assert ukraine.possessive


def test_joinable_gaps() -> None:
    assert joinable(" ") and joinable("” ") and joinable("-")
    assert not joinable(", ") and not joinable(". ") and not joinable("\n")
    assert not joinable(" - ") and not joinable(" – ")  # a spaced dash (datelines) separates
    assert joinable("  ") and not joinable("        ") and not joinable("\t")  # a menu's column gap separates


def test_name_key_matches_token_join() -> None:
    text = "the “February 11” plant"
    toks = tokenize(text)
    assert " ".join(t.key for t in toks[1:]) == name_key("February 11 Plant")


@pytest.mark.parametrize(("word", "capitalised"), [("l'Horta", True), ("l’Aquila", True), ("d'Anvers", False),
                                                   ("l'eau", False)])
def test_a_name_after_its_elided_article_is_capitalised(word: str, capitalised: bool) -> None:
    assert tokenize(f"towns of {word} flooded")[2].is_capitalised is capitalised
