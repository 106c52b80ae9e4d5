"""Transliteration keys: romanisations of one name meet; unrelated names stay apart."""

from __future__ import annotations

import pytest

from geo.normalize import fold
from geo.translit import (
    arabic_article_variants,
    cyrillic_romanisations,
    korean_initial_forms,
    river_suffix_short_forms,
    russian_ending_variants,
    saint_variants,
    skeleton,
    translit_key,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hamhung", "Hamheung"),  # McCune-Reischauer vs Revised Romanization
        ("Kaesong", "Gaeseong"),
        ("Hamhyn", "Khamkhyn"),  # Ukrainian-mediated vs Russian-mediated
        ("Tiotkino", "Tyotkino"),  # Ukrainian io for ьо/ё
        ("Ryongsong", "Ryongseong"),
        ("Rılsk", "Rylsk"),  # ы written i (the Turkish ı folds to i) or y
        ("Sumi", "Sumy"),
        ("Sudja", "Sudzha"),  # French- and Turkish-style dj for ж
    ],
)
def test_translit_key_equates_romanisations(a: str, b: str) -> None:
    assert translit_key(fold(a)) == translit_key(fold(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [("Ryongsong", "Renson"), ("Pyongyang", "Pkhenyan"), ("Kharkov", "Kharkiv"), ("Hamhung", "Hamhyn")],
)
def test_skeleton_blocks_variants_together(a: str, b: str) -> None:
    assert skeleton(fold(a)) == skeleton(fold(b))


def test_skeleton_separates_unrelated_names() -> None:
    assert skeleton(fold("Hamhung")) != skeleton(fold("Pyongyang"))
    assert skeleton(fold("London")) != skeleton(fold("Moscow"))


def test_cyrillic_romanisations() -> None:
    assert cyrillic_romanisations("Хамхын") == ["Khamkhyn"]
    assert "Kharkiv" in cyrillic_romanisations("Харків")
    assert "Khmelnytskyy" in cyrillic_romanisations("Хмельницький")
    assert cyrillic_romanisations("Hamhung") == []
    # е after a vowel, a soft or hard sign, or opening the name, as the news writes it ("ye")
    assert "Vasilyevka" in cyrillic_romanisations("Васильевка")
    assert "Nikolayevka" in cyrillic_romanisations("Николаевка")
    assert "Yenakiyevo" in cyrillic_romanisations("Енакиево")
    assert cyrillic_romanisations("Каменка") == ["Kamenka"]  # (no "ye" after a consonant)
    # the Russian neuter ending as Ukrainian writes it
    assert "Klymove" in cyrillic_romanisations("Климово") and "Shebekyne" in cyrillic_romanisations("Шебекино")
    assert cyrillic_romanisations("Москва") == ["Moskva"]


def test_syllable_boundary_ng_g_reads_as_one_n_through_russian() -> None:
    # Ryanggang / Рянган -> Ryangan; Kanggye / Канге -> Kangge
    assert translit_key(fold("Ryanggang-do")) == translit_key(fold("Ryangan-do"))
    assert translit_key(fold("Kanggye")) == translit_key(fold("Kangge"))


def test_russian_dzh_and_chkh() -> None:
    # Синыйджу, Чхонджин: дж is j, чх is the aspirated ch
    assert translit_key(fold("Chkhondzhin")) == translit_key(fold("Chongjin"))
    assert skeleton(fold("Sinyidzhu")) == skeleton(fold("Sinuiju"))


def test_russian_y_for_korean_u_only_between_consonants(gaz) -> None:
    # Хыннам: ы is the Korean ŭ, for Korean places only; "Heisey" has a diphthong, not ы
    assert any(gaz.rows[r][0] == "gn:1877030" and sim == 1.0 for r, sim, _ in gaz.fuzzy("hynnam"))
    assert not any(gaz.rows[r][0] == "gn:1871859" for r, _, _ in gaz.fuzzy("heisey", min_similarity=0.8))


def test_a_country_is_not_a_spelling_of_a_town() -> None:
    assert translit_key(fold("Russia")) != translit_key(fold("Ruza"))


@pytest.mark.parametrize(("name", "leading", "variants"), [
    ("Deir el-Balah", False, ["Deir al-Balah"]),
    ("Deir ez-Zor", False, ["Deir al-Zor", "Deir az-Zor", "Deir el-Zor"]),
    ("Kafr ad Dawwār", True, ["Kafr al Dawwār", "Kafr ed Dawwār", "Kafr el Dawwār"]),  # written apart: Arabic countries
    ("Kafr ad Dawwār", False, []),
    ("Jisr ash-Shughur", False, ["Jisr al-Shughur", "Jisr el-Shughur", "Jisr esh-Shughur"]),
    ("El Fasher", True, ["Al Fasher"]),
    ("El Paso", False, []),  # a leading article only in Arabic-speaking countries
    ("Khan Younis", True, []),
])
def test_arabic_article_variants(name: str, leading: bool, variants: list[str]) -> None:
    assert arabic_article_variants(name, leading=leading) == variants


def test_ukrainian_h_for_the_g_of_russian_ng() -> None:
    # Туманган read through Ukrainian (г = h): Tumanhan is Tumangang
    assert translit_key(fold("Tumanhan")) == translit_key(fold("Tumangang"))


@pytest.mark.parametrize(("name", "variants"), [
    ("Saint Elizabeth", ["St Elizabeth"]),  # ("St. Elizabeth" has the same name key)
    ("St. Petersburg", ["Saint Petersburg"]),
    ("Sainte-Anne", ["Ste Anne"]),  # a hyphenated French name is written with a space in English ("St Louis")
    ("Saint-Louis", ["St Louis"]),
    ("Ste. Genevieve", ["Sainte Genevieve"]),
    ("Stanley", []),
])
def test_saint_variants(name: str, variants: list[str]) -> None:
    assert saint_variants(name) == variants


@pytest.mark.parametrize(("name", "variants"), [
    ("Mirnyy", ["Mirniy", "Mirny"]),
    ("Nizhniy Novgorod", ["Nizhnyy Novgorod", "Nizhny Novgorod"]),
    ("Grozny", ["Groznyy", "Grozniy"]),
    ("Sochi", []),
    ("Ust-Ilimsk", []),
])
def test_russian_ending_variants(name: str, variants: list[str]) -> None:
    assert russian_ending_variants(name) == variants


@pytest.mark.parametrize(("name", "short"), [
    ("Slavyansk-na-Kubani", ["Slavyansk"]), ("Rostov-na-Donu", ["Rostov"]), ("Komsomolsk-on-Amur", ["Komsomolsk"]),
    ("Kamensk-Shakhtinsky", []), ("Rostov", []), ("Naro-Fominsk", []),
])
def test_river_suffix_short_forms(name: str, short: list[str]) -> None:
    assert river_suffix_short_forms(name) == short


def test_polish_digraphs_fold_like_their_english_ones() -> None:
    """Polish cz, sz and szcz are ch, sh and shch: "Czernihów" is Chernihiv, "Szostka" is Shostka."""
    assert translit_key("czernihow") == translit_key("chernihov")
    assert translit_key("szostka") == translit_key("shostka")
    assert translit_key("szczastia") == translit_key("shchastia")


@pytest.mark.parametrize(
    ("folded", "northern"),
    [
        ("yongseong", ["ryongseong", "nyongseong"]),  # 룡성 / 녕변 written 용성 / 영변
        ("iwon", ["riwon", "niwon"]),
        ("naseon", ["raseon"]),  # 라선 written 나선
        ("nodong", ["rodong"]),
        ("hamheung", []),
        ("nyongbyon", []),  # a northern form already
    ],
)
def test_korean_initial_forms(folded: str, northern: list[str]) -> None:
    assert korean_initial_forms(folded) == northern


def test_initial_sound_law_reaches_only_close_northern_names(gaz) -> None:
    # "Naseon" is Rason (region gn:2054927); "Yangchon" is no Ryongchon: the law changes one letter, not three
    assert any(gaz.rows[r][0] == "gn:2054927" and sim == 1.0 for r, sim, _ in gaz.fuzzy("naseon"))
    assert not any(gaz.rows[r][0] == "city:ryongchon" for r, _, _ in gaz.fuzzy("yangchon"))
    assert not any(gaz.rows[r][5] == "KP" for r, _, name in gaz.fuzzy("yangchon") if name.startswith("r"))


def test_outside_transliterated_countries_a_variant_keeps_its_first_letter(gaz) -> None:
    # "Balakot" (Pakistan) is no Palakkad, "Poondi" no Bundi; Korean and Cyrillic names swap it (Pusan, Busan)
    assert not any(gaz.rows[r][1] == "Palakkad" for r, _, _ in gaz.fuzzy("balakot"))
    assert not any(gaz.rows[r][1] == "Būndi" for r, _, _ in gaz.fuzzy("poondi"))
    assert any(gaz.rows[r][5] == "KP" and gaz.rows[r][1] == "Pukchong" for r, _, _ in gaz.fuzzy("bukchong"))
