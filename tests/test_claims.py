"""Claims: attribution, figures, most specific place, grouping across outlets and disagreements."""

from __future__ import annotations

import pytest

from geo.claims import find_attribution, find_figures
from tests.mapstory import seeds_result


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plant was expanded, according to CNS.", "according to CNS"),
        ("According to Reuters, the Hamhung plant assembles KN-23 missiles.", "According to Reuters"),
        ("'We assume so,' said Ler.", "said Ler"),
        ("Lair said the plant was the only one.", "Lair said"),
        ("A research associate at CNS told Reuters that the plant was unique.", "CNS told Reuters"),
        ("The U.S. has said it expects reinforcements.", "The U.S. has said"),
        ("Russia has launched thousands of missiles since 2022.", None),
        ("It said nothing.", None),
    ],
    ids=["according-to", "According-to", "said-X", "X-said", "told-Reuters", "abbreviation", "none", "pronoun"],
)
def test_attribution(sentence: str, expected: str | None) -> None:
    assert find_attribution(sentence) == expected


def test_figures_numbers_units_dates_and_designators() -> None:
    figs = find_figures("Singh said on Nov. 18 that roughly 11,000 North Korean troops and KN-23 missiles "
                        "with 240mm rockets arrived; the building is 60-70% smaller.")
    by_text = {f.text: f for f in figs}
    assert by_text["roughly 11,000"].unit == "troops" and by_text["roughly 11,000"].low == 11000
    assert by_text["roughly 11,000"].qualifier == "roughly"
    assert by_text["Nov. 18"].kind == "date"
    assert by_text["240mm"].unit == "mm"
    assert by_text["60-70% smaller"].sense == "smaller" and (by_text["60-70% smaller"].low, by_text["60-70% smaller"].high) == (60, 70)
    assert not any("23" in f.text for f in figs)  # KN-23 is a designator, not a figure


def test_place_names_are_not_figures() -> None:
    sentence = "The February 11 Plant grew."
    assert find_figures(sentence, skip=[(4, 21)]) == []


def test_claim_about_most_specific_place_also_under_parents() -> None:
    r = seeds_result()
    quote = "The facility, which is known as the February 11 plant, is a part of the Ryongsong Machine Complex in Hamhung, North Korea."
    (claim,) = [c for c in r.claims.values() if c.quote == quote]
    assert claim.about == ["fac:february-11-plant"]
    assert {"fac:ryongsong-machine-complex", "gn:1877449", "iso:KP"} <= set(claim.also)
    hamhung = next(p for p in r.places if p.id == "gn:1877449")
    assert claim.id in hamhung.also


def test_quotes_are_verbatim_with_offsets() -> None:
    r = seeds_result()
    from tests.mapstory import ROOT

    for c in r.claims.values():
        text = (ROOT / c.source.path).read_text(encoding="utf-8")
        assert text[c.start:c.end] == c.quote, c.id


def test_furniture_gives_no_claims() -> None:
    r = seeds_result()
    assert not any("Azerbaijan" in c.quote or "Ternopil" in c.quote for c in r.claims.values())


def test_troop_numbers_grouped_and_flagged() -> None:
    r = seeds_result()
    groups = [g for g in r.groups.values() if any(x.unit == "troops" for x in g.conflicts)]
    assert groups, "the troop numbers 10,000 / 11,000 / 12,000 must be grouped and flagged"
    text = " ".join(x.describe() for g in groups for x in g.conflicts)
    for number in ("11,000", "12,000", "10,000"):
        assert number in text
    outlets = {r.claims[c].source.outlet for c in groups[0].claims}
    assert len(outlets) >= 3


def test_building_size_disagreement_flagged() -> None:
    r = seeds_result()
    conflicts = [x.describe() for g in r.groups.values() for x in g.conflicts if x.unit == "%"]
    assert any("60-70% smaller" in d and "the size" in d for d in conflicts), conflicts


def test_group_never_holds_two_claims_of_one_file() -> None:
    r = seeds_result()
    for g in r.groups.values():
        files = [r.claims[c].source.path for c in g.claims]
        assert len(files) == len(set(files)), g.id


def test_a_wire_credit_gives_no_claim(resolver) -> None:
    from geo.claims import SourceRef, extract_claims

    text = ("Drones struck the Ryazan refinery overnight, the regional governor said on Friday.\n\n"
            "(Reporting by Anna Lee in Kyiv; Editing by Tom Fox)\n")
    mentions = resolver.resolve(text)
    assert any(m.text == "Kyiv" and m.place is not None for m in mentions)
    claims = extract_claims(text, mentions, source=SourceRef(path="a.txt"), ancestors=lambda pid: set())
    assert [c.quote for c in claims] == ["Drones struck the Ryazan refinery overnight, the regional governor said on "
                                         "Friday."]
