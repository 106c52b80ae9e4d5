"""Normalisation of names and text: one key for every way an outlet may write a name.

Two levels, both pure functions of a string:

* :func:`fold` is the *exact key*: case, diacritics (P'yŏngsŏng = Pyongsong), apostrophes and quotes
  (curly or straight), dots of abbreviations (U.S. = US) and hyphens (Hamgyong-namdo = Hamgyong namdo) are
  folded away. Two spellings with the same fold are the same spelling.
* :func:`loose` is the *transliteration key* (see :mod:`geo.translit`), which also folds the differences
  between romanisation systems. It is used only as a blocking key for fuzzy matching, never as proof.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_APOSTROPHES = "'’‘ʼʻ`´"
_QUOTES = "\"“”„«»‹›"
_ABBREV_RE = re.compile(r"(?:[A-Za-z]\.){2,}")
# A word: letters/digits, with internal apostrophes (P'yŏngyang, Kurs'k) but not hyphens.
_TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:[" + _APOSTROPHES + r"][^\W_]+)*", re.UNICODE)
_NON_ALNUM_RE = re.compile(r"[^a-z0-9 ]+")
_SPACES_RE = re.compile(r"\s+")


def fold(name: str) -> str:
    """The exact matching key of ``name``.

    ``fold("P’yŏngsŏng") == fold("Pyongsong") == "pyongsong"``; ``fold("U.S.") == "us"``;
    ``fold("Hamgyŏng-namdo") == "hamgyong namdo"``. Idempotent: ``fold(fold(x)) == fold(x)``.
    """
    text = unicodedata.normalize("NFKC", name)
    for ch in _APOSTROPHES + _QUOTES:
        text = text.replace(ch, "")
    text = _ABBREV_RE.sub(lambda m: m.group(0).replace(".", ""), text)
    text = unidecode(text).lower()
    text = text.replace("'", "").replace("`", "")
    text = _NON_ALNUM_RE.sub(" ", text)
    return _SPACES_RE.sub(" ", text).strip()


class Token:
    """One word of the text with its character offsets (``text[start:end] == surface``).

    ``gap`` is the raw text between the previous token and this one; it tells whether two tokens may be
    read as one name (only spaces, quotes or a hyphen between them) and gives punctuation cues (", ").
    A plain slotted class (not a frozen dataclass): tokenising is the hottest loop of the resolver.
    """

    __slots__ = ("index", "start", "end", "surface", "key", "gap", "possessive", "is_capitalised", "is_number")

    def __init__(self, index: int, start: int, end: int, surface: str, key: str, gap: str,
                 possessive: bool) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.surface = surface
        self.key = key
        self.gap = gap
        self.possessive = possessive
        first = surface[:1]
        self.is_capitalised = first.isupper()
        self.is_number = first.isdigit()

    @property
    def is_upper(self) -> bool:
        """All letters upper-case ("US", "U.S.", "DPRK"); a number is not."""
        return self.surface.isupper() and not self.is_number

    def __repr__(self) -> str:
        return f"Token({self.index}, {self.start}, {self.end}, {self.surface!r})"


@lru_cache(maxsize=262_144)
def _token_key(surface: str) -> str:
    """:func:`fold` of one token, cached: news text repeats its words."""
    return fold(surface)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with exact offsets.

    Possessives are split off ("Russia's" gives the token "Russia" with ``possessive=True``); hyphens separate
    tokens ("Russia-Ukraine" gives two) and are kept in the next token's ``gap``.
    """
    tokens: list[Token] = []
    append = tokens.append
    key_of = _token_key
    prev_end = 0
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        surface = match.group(0)
        possessive = False
        if len(surface) > 3 and surface[-1] in "sS" and surface[-2] in _APOSTROPHES:
            surface = surface[:-2]
            possessive = True
        key = key_of(surface)
        if key:
            append(Token(len(tokens), start, end - 2 if possessive else end, surface, key, text[prev_end:start],
                         possessive))
        prev_end = end
    return tokens


def joinable(gap: str) -> bool:
    """True when two tokens separated by ``gap`` may belong to one name.

    Spaces, quotes and a hyphen join ("February 11” plant", "Hamgyong-namdo"); a comma, full stop, colon, a
    line break or anything else separates.
    """
    if "\n" in gap:
        return False
    if "-" in gap or "–" in gap:
        return gap in ("-", "–")  # a tight hyphen joins; a spaced dash ("PORT SUDAN, Sudan - Fighting") separates
    return gap.strip(" \t" + _QUOTES + _APOSTROPHES) == ""


# Abbreviations inside names, followed by a full stop ("St. Petersburg", "Ft. Worth"); single capital
# initials ("N. Korea") join the same way.
NAME_ABBREVIATIONS = frozenset({"st", "ste", "ft", "mt", "pt", "sta", "sto"})


def joins(prev: Token, nxt: Token) -> bool:
    """True when ``nxt`` may continue a name that ``prev`` is part of (see :func:`joinable`)."""
    if prev.possessive:
        return False
    if joinable(nxt.gap):
        return True
    return nxt.gap.rstrip(" ") == "." and (prev.key in NAME_ABBREVIATIONS or
                                           (len(prev.surface) == 1 and prev.is_upper)) and "\n" not in nxt.gap


def name_key(name: str) -> str:
    """The key of a gazetteer name, built exactly as text tokens are joined (so the two always agree)."""
    return " ".join(tok.key for tok in tokenize(name))
