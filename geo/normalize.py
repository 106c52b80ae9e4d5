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
from functools import partial
from itertools import accumulate, compress
from typing import NamedTuple

from unidecode import unidecode

_APOSTROPHES = "'’‘ʼʻ`´"
_QUOTES = "\"“”„«»‹›"
# Dotted abbreviations: "U.S.", "N.Y.", and a letter before a short word ("W.Va.", "N.Dak.").
_ABBREV_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.[A-Z][a-z]{1,3}\.")
# A word: letters/digits, with internal apostrophes (P'yŏngyang, Kurs'k) but not hyphens.
_TOKEN_RE = re.compile(_ABBREV_RE.pattern + r"|[^\W_]+(?:[" + _APOSTROPHES + r"][^\W_]+)*", re.UNICODE)
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


class Token(NamedTuple):
    """One word of the text with its character offsets (``text[start:end] == surface``).

    ``gap`` is the raw text between the previous token and this one; it tells whether two tokens may be
    read as one name (only spaces, quotes or a hyphen between them) and gives punctuation cues (", ").
    A named tuple: tokenising is the hottest loop of the resolver, and a tuple is the cheapest object to build.
    """

    index: int
    start: int
    end: int
    surface: str
    key: str
    gap: str
    possessive: bool
    is_capitalised: bool
    is_number: bool

    @property
    def is_upper(self) -> bool:
        """All letters upper-case ("US", "U.S.", "DPRK"); a number is not."""
        return self.surface.isupper() and not self.is_number

    def __repr__(self) -> str:
        return f"Token({self.index}, {self.start}, {self.end}, {self.surface!r})"


_SPLIT_RE = re.compile("(" + _TOKEN_RE.pattern + ")", re.UNICODE)
_WORD_MEMO_LIMIT = 262_144
_ELIDED_ARTICLE = re.compile(r"l['’]")
# surface of a matched word -> (surface without a possessive, key, is_capitalised, is_number, possessive)
_word_memo: dict[str, tuple[str, str, bool, bool, bool]] = {}


def _word(raw: str) -> tuple[str, str, bool, bool, bool]:
    """What a matched word is as a token, memoised (news text repeats its words): its surface with a
    possessive split off ("Russia's" -> "Russia"), key (:func:`fold`), capitalisation, number, possessive."""
    hit = _word_memo.get(raw)
    if hit is None:
        surface, possessive = raw, False
        if len(raw) > 3 and raw[-1] in "sS" and raw[-2] in _APOSTROPHES:
            surface, possessive = raw[:-2], True
        first = surface[:1]
        # (a French, Catalan or Italian name after its elided article is capitalised: "l'Horta Sud", "l'Aquila";
        # not after "d'", of: "the port d'Anvers" is Antwerp's, not Danvers)
        elided = _ELIDED_ARTICLE.match(surface)
        capitalised = first.isupper() or (elided is not None and surface[elided.end():elided.end() + 1].isupper())
        hit = (surface, fold(surface), capitalised, first.isdigit(), possessive)
        if len(_word_memo) < _WORD_MEMO_LIMIT:
            _word_memo[raw] = hit
    return hit


_make_token = partial(tuple.__new__, Token)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with exact offsets.

    Possessives are split off ("Russia's" gives the token "Russia" with ``possessive=True``); hyphens separate
    tokens ("Russia-Ukraine" gives two) and are kept in the next token's ``gap``.

    The hottest code of the resolver, so written as whole-list operations that run in C: split() with a
    capturing group alternates [gap, word, gap, word, ..., gap], offsets are running sums of the part lengths,
    and words are read through a memo.
    """
    parts = _SPLIT_RE.split(text)
    raws = parts[1::2]
    n = len(raws)
    if not n:
        return []
    offsets = list(accumulate(map(len, parts)))  # offsets[k]: where part k ends
    starts = offsets[0::2][:n]
    ends = offsets[1::2]
    words = list(map(_word_memo.get, raws))
    if None in words:
        words = list(map(_word, raws))
    surfaces, keys, caps, numbers, possessives = zip(*words)
    if "" in keys:  # a word that folds to nothing (rare symbols) is no token; its text joins no gap
        return _tokenize_slowly(parts, words, starts, ends)
    for k in compress(range(n), possessives):
        ends[k] -= 2
    return list(map(_make_token, zip(range(n), starts, ends, surfaces, keys, parts[0::2], possessives, caps,
                                     numbers)))


def _tokenize_slowly(parts: list[str], words: list[tuple[str, str, bool, bool, bool]], starts: list[int],
                     ends: list[int]) -> list[Token]:
    """:func:`tokenize` when some words fold to nothing: those are skipped, and the next token's gap is the
    text after the skipped word."""
    tokens: list[Token] = []
    for k, (surface, key, cap, number, possessive) in enumerate(words):
        if key:
            tokens.append(Token(len(tokens), starts[k], ends[k] - 2 if possessive else ends[k], surface, key,
                                parts[2 * k], possessive, cap, number))
    return tokens


def joinable(gap: str) -> bool:
    """True when two tokens separated by ``gap`` may belong to one name.

    Spaces, quotes and a hyphen join ("February 11” plant", "Hamgyong-namdo"); a comma, full stop, colon, a
    line break, a tab, three spaces or more, or anything else separates.
    """
    if "\n" in gap or "\t" in gap or "   " in gap:
        return False  # (a run of spaces is a column's or a menu's gap: "Afisha        Vladivostok  +1 °C")
    if "-" in gap or "–" in gap:
        return gap in ("-", "–")  # a tight hyphen joins; a spaced dash ("PORT SUDAN, Sudan - Fighting") separates
    return gap.strip(" \t" + _QUOTES + _APOSTROPHES) == ""


# Abbreviations inside names, followed by a full stop ("St. Petersburg", "Ft. Worth"); single capital
# initials ("N. Korea") join the same way.
NAME_ABBREVIATIONS = frozenset({"st", "ste", "ft", "mt", "pt", "sta", "sto"})
# Months as AP style abbreviates them before a number ("the Feb. 11 Factory" for the February 11 Plant); the
# gazetteer index writes curated names opening with a month this way too.
MONTH_ABBREVIATIONS = {"january": "Jan.", "february": "Feb.", "august": "Aug.", "september": "Sept.",
                       "october": "Oct.", "november": "Nov.", "december": "Dec."}
_ABBREVIATED_MONTHS = frozenset({a.rstrip(".").lower() for a in MONTH_ABBREVIATIONS.values()} | {"sep"})


def joins(prev: Token, nxt: Token) -> bool:
    """True when ``nxt`` may continue a name that ``prev`` is part of (see :func:`joinable`)."""
    if prev.possessive:
        return False
    if prev.surface.endswith(".") and any(q in nxt.gap for q in '"“«'):
        return False  # a quotation opening after an abbreviation's full stop: 'Berlin, N.H. "Half the dry peas ...'
    if joinable(nxt.gap):
        return True
    # (a unit is no initial: "... sweltered at 48.5°C. Turbat, in the south")
    return nxt.gap.rstrip(" ") == "." and (prev.key in NAME_ABBREVIATIONS or (
        len(prev.surface) == 1 and prev.is_upper and not prev.gap.endswith("°")) or (
        prev.key in _ABBREVIATED_MONTHS and nxt.is_number)) and "\n" not in nxt.gap  # "the Feb. 11 Factory"


def marked_form(text: str) -> str | None:
    """``text`` as spelled, casefolded in NFC with the Romanian cedilla and comma-below letters made one (Feteşti,
    Fetești), when it has letters beyond ASCII (diacritics, ł, ø); None for a plain spelling."""
    if text.isascii() or not any(ch.isalpha() and not ch.isascii() for ch in text):
        return None
    return unicodedata.normalize("NFC", text).translate(_MARK_TWINS).casefold()


# Romanian letters written with a cedilla or a comma below, as sources differ.
_MARK_TWINS = str.maketrans("şţŞŢ", "șțȘȚ")


def name_key(name: str) -> str:
    """The key of a gazetteer name, built exactly as text tokens are joined (so the two always agree)."""
    return " ".join(tok.key for tok in tokenize(name))
