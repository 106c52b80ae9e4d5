"""Transliteration-aware keys: how far apart two romanisations of one name are.

Outlets write Korean, Russian and Ukrainian names through different systems:

* Korean: McCune-Reischauer (Hamhŭng, Ryŏngsŏng, P'yŏngyang, Kaesŏng) vs Revised Romanization (Hamheung,
  Ryongseong, Gaeseong): RR writes ŭ as *eu*, ŏ as *eo*, and voiced initials g/d/b/j where MR has k/t/p/ch.
* Cyrillic-mediated: a Korean name read through Russian or Ukrainian (Хамхын -> Khamkhyn -> "Hamhyn",
  Пхеньян -> "Pkhenyan", Рёнсон -> "Renson"): *kh* for h, aspirates written *pkh*/*tkh*, final *ng* as *n*.
* Russian vs Ukrainian forms of one city (Kharkov/Kharkiv, Nikolaev/Mykolaiv, Dnepr/Dnipro, Lvov/Lviv):
  GeoNames lists most of them as alternate names; the rules here reach the rest.

:func:`translit_key` folds the systematic consonant differences and keeps vowels (used for the similarity
score); :func:`skeleton` also drops vowels (used only as a blocking key to find candidates quickly).
Both take an already :func:`geo.normalize.fold`-ed string.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Part of the compiled gazetteer's cache key (with the tables below): bump when the key functions change in
# a way the tables do not show.
RULES_VERSION = 7
# Ordered: longer digraphs first. Each pair folds one systematic difference between romanisations.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "s"),
    ("szcz", "s"),  # Polish щ (Szczastia = Shchastia)
    ("dzh", "j"),  # Russian дж for j (Sinyidzhu = Sinuiju, Chkhondzhin = Chongjin)
    ("dj", "j"),  # French and Turkish-style ж, дж (Sudja = Sudzha)
    ("chkh", "c"),  # Russian чх for Korean aspirated ch (Chkhondzhin = Ch'ŏngjin)
    ("tch", "c"),
    ("pkh", "p"),  # Russian пх for Korean aspirated p (Pkhenyan)
    ("tkh", "t"),
    ("kkh", "k"),
    ("chh", "c"),
    ("eu", "u"),  # RR eu = MR ŭ (Hamheung = Hamhŭng)
    ("eo", "o"),  # RR eo = MR ŏ (Ryongseong = Ryŏngsŏng)
    ("kh", "h"),  # Cyrillic х (Khamkhyn = Hamhyn)
    ("zh", "j"),
    ("sh", "s"),
    ("sz", "s"),  # Polish ш and Hungarian s (Szostka = Shostka, Szeged)
    ("ch", "c"),
    ("cz", "c"),  # Polish ч (Czasiw Jar = Chasiv Yar, Czernihów = Chernihiv)
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "p"),
    ("th", "t"),
    ("ngg", "ng"),  # MR ng+g across a syllable (Ryanggang, Kanggye) is one н through Russian (Ryangan, Kangge)
    ("ng", "n"),  # final ng read as н through Russian (Ryongsong = Renson)
    ("nh", "n"),  # нг read through Ukrainian, where г is h (Туманган = Tumanhan, Tumangang)
    ("yi", "i"),
    ("iy", "i"),
    ("ye", "e"),
    ("yo", "o"),
    ("ya", "a"),
    ("yu", "u"),
    # Ukrainian romanisation writes ю and ьо as iu, io inside a word (Tiotkino = Tyotkino). Not "ia" for я: it
    # would make "Russia" a spelling of Ruza.
    ("iu", "u"),
    ("io", "o"),
    ("ai", "ay"),
)
# Voiced/unvoiced pairs written differently by MR and RR, and g/h of Russian vs Ukrainian г.
_CONSONANT_CLASS = str.maketrans({"g": "k", "b": "p", "d": "t", "j": "c", "q": "k", "w": "v", "x": "k", "z": "s"})
_VOWELS_RE = re.compile(r"[aeiouy]+")
_REPEAT_RE = re.compile(r"(.)\1+")


def rules_signature() -> str:
    """A text that changes whenever the key functions' rules do (part of the compiled gazetteer's cache key:
    its skeleton index is built with them)."""
    return repr((RULES_VERSION, _DIGRAPHS, _CONSONANT_CLASS))


@lru_cache(maxsize=131_072)
def translit_key(folded: str) -> str:
    """Fold romanisation differences of a folded name, keeping vowels.

    >>> translit_key("hamheung") == translit_key("hamhung")
    True
    >>> translit_key("khamkhyn")
    'hamhin'
    """
    s = folded.replace(" ", "")
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    # ы is written y or i (Rylsk, the Turkish Rılsk folded to Rilsk; Sumy, Sumi)
    s = s.translate(_CONSONANT_CLASS).replace("y", "i")
    return _REPEAT_RE.sub(r"\1", s)


def skeleton(folded: str) -> str:
    """Consonant skeleton of a folded name: :func:`translit_key` without vowels (the first letter kept).

    ``skeleton("ryongsong") == skeleton("renson") == "rnsn"``. Only a blocking key: many unrelated names
    share a skeleton, so a candidate found this way still has to pass a similarity score.
    """
    s = translit_key(folded)
    if not s:
        return s
    head, tail = s[0], _VOWELS_RE.sub("", s[1:])
    return _REPEAT_RE.sub(r"\1", head + tail)


# South Korea's initial-sound law (두음 법칙) drops or softens a North Korean name's first consonant: ㄹ before
# i/y is silent and before other vowels reads ㄴ (룡성 Ryongsong = 용성 "Yongseong", 라선 Rason = 나선 "Naseon"),
# and ㄴ before i/y is silent (녕변 Nyongbyon = 영변 Yongbyon). These are the northern forms such a key may stand for.
_INITIAL_R_SILENT = re.compile(r"^[iy]")
_INITIAL_R_AS_N = re.compile(r"^n(?=a|o|u|eu|ae)")


def korean_initial_forms(folded: str) -> list[str]:
    """The North Korean spellings a South Korean one may be written for by the initial-sound law.

    >>> korean_initial_forms("yongseong")
    ['ryongseong', 'nyongseong']
    >>> korean_initial_forms("naseon")
    ['raseon']
    >>> korean_initial_forms("hamheung")
    []
    """
    if _INITIAL_R_SILENT.match(folded):
        return ["r" + folded, "n" + folded]
    if _INITIAL_R_AS_N.match(folded):
        return ["r" + folded[1:]]
    return []


# Cyrillic to Latin, the two systems a name may have passed through.
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}
_UK = dict(_RU, г="h", и="y", і="i", ї="yi", є="ye", е="e", ґ="g")


# Russian е after a vowel or a soft or hard sign (and opening a word) is written "ye" in the news (BGN/PCGN):
# Васильевка is "Vasilyevka", Николаевка "Nikolayevka", where the letter-for-letter table gives "Vasilevka".
_IOTATED_E = re.compile(r"(?:(?<=[аеёиоуыэюяАЕЁИОУЫЭЮЯ])|[ьъЬЪ]|(?<!\w))[еЕ]")


def _iotated(found: re.Match[str]) -> str:
    """й before the е (after a soft or hard sign, in its place), in the е's case."""
    return "Йе" if found.group(0)[-1].isupper() else "йе"


def _cyrillic_to_latin(text: str, table: dict[str, str]) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            rep = table[low]
            out.append(rep.capitalize() if ch != low and rep else rep)
        else:
            out.append(ch)
    return "".join(out)


# The Russian neuter endings of place names, which Ukrainian writes with -е ("Климово", Ukrainian "Климове").
_UKRAINIAN_NEUTER_ENDING = re.compile(r"(ов|ев|ин)о\b")


def cyrillic_romanisations(name: str) -> list[str]:
    """Russian-style and Ukrainian-style romanisations of a Cyrillic name (empty when not Cyrillic).

    ``cyrillic_romanisations("Хамхын") == ["Khamkhyn"]``; ``"Харків"`` gives ``["Kharkiv"]`` and
    ``"Хмельницький"`` gives both ``"Khmel'nitskiy"``-like and ``"Khmelnytskyy"``-like forms.
    """
    if not any("\u0400" <= ch <= "\u04ff" for ch in name):
        return []
    forms = {_cyrillic_to_latin(name, _RU), _cyrillic_to_latin(name, _UK),
             _cyrillic_to_latin(_IOTATED_E.sub(_iotated, name), _RU)}  # "Vasilyevka", "Nikolayevka"
    ukrainian = _UKRAINIAN_NEUTER_ENDING.sub(lambda m: m.group(1) + "е", name)
    if ukrainian != name:
        # the Russian neuter -ово/-ево/-ино as Ukrainian writes it, -ове/-еве/-ине: "Климово" is "Klymove" in
        # Ukrainian outlets, "Глушково" "Hlushkove", "Шебекино" "Shebekyne"
        forms.add(_cyrillic_to_latin(ukrainian, _UK))
    return sorted(f for f in forms if f.isascii())


# The Arabic article as romanisations write it inside a name: "al-", "el-" and, before a sun letter, assimilated
# ("ash-Shifa", "ad-Dawhah", "ez-Zor"). Outlets pick one form for a name the gazetteer lists under another
# ("Deir al-Balah" for Deir el-Balah, "Ras el-Ain" for Ras al-Ain).
# Written apart ("Kafr ad Dawwār", "Shubra El Kheima"), it is read only in names of Arabic-speaking countries.
_ARABIC_ARTICLE_RE = re.compile(r"(?<=\w )(?:al|el|ul|[aeu][dnrstz]|[aeu]sh|[aeu]th|[aeu]dh)(-)(?=\w)", re.IGNORECASE)
_ARABIC_ARTICLE_APART_RE = re.compile(r"(?<=\w )(?:al|el|ul|[aeu][dnrstz]|[aeu]sh|[aeu]th|[aeu]dh)([- ])(?=\w)",
                                      re.IGNORECASE)
# The sun letters the article takes the sound of, as romanisations write them (digraphs first).
_SUN_LETTERS = ("sh", "th", "dh", "d", "n", "r", "s", "t", "z")


_LEADING_ARTICLE_RE = re.compile(r"(?:al|el)([- ])(?=\w)", re.IGNORECASE)
# Countries whose places' names take the Arabic article at their start ("El Fasher", "Al Hudaydah").
ARABIC_COUNTRIES = frozenset({"DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD",
                              "SY", "TN", "AE", "YE", "MR", "EH", "TD"})


# Countries whose place names reach English from Russian, where an adjective's ending is written -yy, -iy or -y
# (Mirnyy, Mirny; Nizhniy Novgorod, Nizhny Novgorod; Groznyy, Grozny).
RUSSIAN_ENDING_COUNTRIES = frozenset({"RU", "BY", "KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "MD"})
_RUSSIAN_ENDING_RE = re.compile(r"(?<=[a-z])(yy|iy|y)\b")
_RUSSIAN_ENDINGS = ("yy", "iy", "y")


# A town named with its river ("Rostov-na-Donu", "Komsomolsk-on-Amur", "Slavyansk-na-Kubani") goes by its first
# part in the news ("Rostov", "Slavyansk"); only in these countries, where the river suffix is Russian usage.
RIVER_SUFFIX_COUNTRIES = RUSSIAN_ENDING_COUNTRIES | frozenset({"UA"})
_RIVER_SUFFIX_RE = re.compile(r"^(\w[\w'’]+)-(?:na|on|nad|upon)-\w+$", re.IGNORECASE)


def river_suffix_short_forms(name: str) -> list[str]:
    """The name without its river suffix: ``"Slavyansk-na-Kubani"`` gives ``["Slavyansk"]``; empty for names of
    another shape ("Kamensk-Shakhtinsky", "Rostov")."""
    found = _RIVER_SUFFIX_RE.match(name)
    return [found.group(1)] if found else []


def russian_ending_variants(name: str) -> list[str]:
    """The name with the Russian adjective ending of its first such word written the other ways: ``"Mirnyy"`` gives
    ``["Mirniy", "Mirny"]``, ``"Nizhniy Novgorod"`` gives ``["Nizhnyy Novgorod", "Nizhny Novgorod"]`` (not a bare
    "-y" after a vowel: "Kyy" or "Chai" stay)."""
    found = _RUSSIAN_ENDING_RE.search(name)
    if found is None or (found.group(1) == "y" and name[found.start() - 1] in "aeiou"):
        return []
    return [name[:found.start()] + ending + name[found.end():] for ending in _RUSSIAN_ENDINGS
            if ending != found.group(1)]


_SAINT_RE = re.compile(r"^(Saint|Sainte|St|Ste)(?:\.?\s+|-)(?=\S)")
_SAINT_FORMS = {"saint": "St", "st": "Saint", "sainte": "Ste", "ste": "Sainte"}


def saint_variants(name: str) -> list[str]:
    """The name with its leading Saint written the other way ("St Elizabeth" for Saint Elizabeth, "Saint
    Petersburg" for St. Petersburg, "St Louis" for the French-style Saint-Louis; "St." needs no form of its own: the
    name key drops an abbreviation's dot); empty when it does not begin with one."""
    found = _SAINT_RE.match(name)
    if found is None:
        return []
    return [f"{_SAINT_FORMS[found.group(1).lower()]} {name[found.end():]}"]


def arabic_article_variants(name: str, *, leading: bool = False) -> list[str]:
    """The name with its inner Arabic article written "al-", "el-" and, before a sun letter, assimilated (empty when
    it has none); with ``leading`` (a name of an Arabic-speaking country), an inner article written apart ("Kafr ad
    Dawwār", "Kafr el Dawwār") and a leading "Al"/"El" ("El Fasher", "Al Fasher") too.

    ``arabic_article_variants("Deir el-Balah") == ["Deir al-Balah"]``; ``"Deir ez-Zor"`` gives
    ``["Deir al-Zor", "Deir az-Zor", "Deir el-Zor"]``.
    """
    forms: set[str] = set()
    found = (_ARABIC_ARTICLE_APART_RE if leading else _ARABIC_ARTICLE_RE).search(name)
    if found is not None:
        rest = name[found.end():]
        sun = next((p for p in _SUN_LETTERS if rest.lower().startswith(p)), None)
        articles = ("al", "el") + ((f"a{sun}", f"e{sun}") if sun else ())
        forms |= {name[: found.start()] + article + found.group(1) + rest for article in articles}
    if leading:
        start = _LEADING_ARTICLE_RE.match(name)
        if start is not None:
            forms |= {article + start.group(1) + name[start.end():] for article in ("Al", "El")}
    return sorted(f for f in forms if f != name)
