"""Capitals for a text written without them.

A newsletter written all in lower case ("hospitals in dnipro, training grounds, warehouses") gives the recogniser
no capitals to start names at. :func:`restore_case` gives such a text back with the first letter of each word of a
known place's name capitalised. The result has the same length and offsets, so the rest of the pipeline reads it as
it reads any text, and mentions still quote the original.

Only names a writer would capitalise are restored: a country, a region, a continent, a curated place, or a town of
some size by its own name (or a city of 10,000 people or more by another of its names: "kiev", "kupiansk"), and the
demonyms that set an article's countries. An everyday English word stays lower case ("bar", "nice", "split"): in a
text without capitals nothing tells the town from the word; only a country's own name is read as the country
("china", "japan").

A text written with capitals may still have headings without them ("▸ kordofan", "sudan sitrep — week 45: el
fasher's aftermath"): there only the names the text writes with capitals elsewhere are restored.
"""

from __future__ import annotations

import re

from geo.gazetteer.base import Q_ALTERNATE, Q_MARKED_ALTERNATE, Q_PRIMARY
from geo.gazetteer.index import Gazetteer
from geo.lexicon import DEMONYM_COUNTRIES, FUNCTION_WORDS
from geo.normalize import Token, joins

# A line of running text is written without capitals when it has this many words and none of them starts with a
# capital (an acronym in capitals may stand in it: "the ZNPP"); a text is read so when such lines hold this many words.
CASELESS_LINE_WORDS = 8
CASELESS_MIN_WORDS = 80
# The mark of a list item before its first word ("• ", "- ", "3. ").
_LIST_MARK = re.compile(r"\s*(?:[•·*▪◦‣–-]|\d{1,2}[.)])\s*$")
# A town's own name is restored from this population; another of its names only for a city of this size.
RESTORED_TOWN_POPULATION = 1_000
RESTORED_ALTERNATE_POPULATION = 10_000
# The longest name looked up, in words ("bilhorod dnistrovskyi district").
MAX_NAME_WORDS = 5
# Kinds a writer capitalises whatever their size.
_ALWAYS_CAPITALISED = frozenset({"country", "region", "continent", "water"})


def _a_list_item(tokens: list[Token], first: int) -> bool:
    """The line beginning at token ``first`` is an item of a list ("• slavutych: 0.12", "4. the silt question")."""
    return bool(_LIST_MARK.match(tokens[first].gap)) or (
        tokens[first].is_number and first + 1 < len(tokens) and tokens[first + 1].gap.startswith((".", ")")))


def uncapitalised_lines(tokens: list[Token]) -> list[tuple[int, int, int]]:
    """The token ranges ``(first, end, words)`` of the lines that hold words and none of them capitalised (an acronym
    in capitals may stand in them: "the ZNPP"). One pass over the tokens: every article is checked."""
    found: list[tuple[int, int, int]] = []
    first = words = 0
    capitalised = False
    n = len(tokens)
    for k in range(n + 1):
        t = tokens[k] if k < n else None
        if t is None or (k > first and "\n" in t.gap):
            if words and not capitalised:
                found.append((first, k, words))
            if t is None:
                break
            first, words, capitalised = k, 0, False
        if t.surface[:1].isalpha():
            words += 1
            capitalised = capitalised or (t.is_capitalised and not t.is_upper)
    return found


def _caseless_lines(tokens: list[Token], lines: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Of the ``lines`` without capitals, the token ranges ``(first, end)`` to read, when those of CASELESS_LINE_WORDS
    words or more hold CASELESS_MIN_WORDS words in all (a newsletter all in lower case, or its lower-case body inside
    a page's capitalised furniture); else none. Shorter items of a list without capitals count between the first and
    the last of the long ones ("• narodychi, zhytomyr region: 0.15"; not a sign-off: "orlando and the lakou letter
    team")."""
    kept = [(a, b, words >= CASELESS_LINE_WORDS) for a, b, words in lines
            if words >= CASELESS_LINE_WORDS or _a_list_item(tokens, a)]
    if sum(words for _, _, words in lines if words >= CASELESS_LINE_WORDS) < CASELESS_MIN_WORDS:
        return []
    long_ones = [k for k, (_, _, long) in enumerate(kept) if long]
    return [(a, b) for k, (a, b, long) in enumerate(kept) if long or long_ones[0] < k < long_ones[-1]]


def _lower_case_headings(tokens: list[Token], lines: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Of the ``lines`` without capitals, in a text that has them elsewhere, the token ranges of a newsletter's
    headings in lower case ("▸ kordofan", "sudan sitrep — week 45: el fasher's aftermath"); not a line of a web
    address or handle ("@kursk_tyl (51K) 07:30")."""
    return [(a, b) for a, b, _ in lines
            if not any(any(c in tokens[m].gap for c in "/@#_") or tokens[m].key == "www" for m in range(a, b))]


def _capitalised_names(tokens: list[Token]) -> set[str]:
    """The keys of the text's capitalised words and of its runs of up to MAX_NAME_WORDS of them ("El Fasher")."""
    names: set[str] = set()
    for i, t in enumerate(tokens):
        if not t.is_capitalised:
            continue
        keys = [t.key]
        names.add(t.key)
        for k in range(i + 1, min(len(tokens), i + MAX_NAME_WORDS)):
            if not (tokens[k].is_capitalised and joins(tokens[k - 1], tokens[k])):
                break
            keys.append(tokens[k].key)
            names.add(" ".join(keys))
    return names


def restore_case(text: str, tokens: list[Token], gaz: Gazetteer, common: frozenset[str]) -> str | None:
    """``text`` with the names of places (and demonyms) capitalised in its lines written without capitals, when it
    has enough of them; else, in a text written with capitals, in its headings without them, the names it writes
    with capitals elsewhere ("▸ kordofan" beside "North Kordofan"); else None. Same length as ``text``."""
    uncapitalised = uncapitalised_lines(tokens)
    if not uncapitalised:
        return None
    lines = _caseless_lines(tokens, uncapitalised)
    named: set[str] | None = None
    if not lines:
        lines = _lower_case_headings(tokens, uncapitalised)
        if not lines:
            return None
        named = _capitalised_names(tokens)
    chars = list(text)
    changed = False
    for a, b in lines:
        i = a
        while i < b:
            width = _name_width(tokens, i, b, gaz, common, named)
            if width:
                changed = True
                for t in tokens[i : i + width]:
                    if t.key not in FUNCTION_WORDS:
                        _capitalise(chars, t)
                i += width
            else:
                i += 1
    return "".join(chars) if changed else None


def _name_width(tokens: list[Token], i: int, end: int, gaz: Gazetteer, common: frozenset[str],
                named: set[str] | None = None) -> int:
    """How many tokens from ``i`` (before ``end``) make the longest name to restore (0: none); with ``named``, only a
    name among those keys."""
    if tokens[i].key in FUNCTION_WORDS or not tokens[i].surface[:1].isalpha():
        return 0
    keys = [tokens[i].key]
    for k in range(i + 1, min(end, i + MAX_NAME_WORDS)):
        if not joins(tokens[k - 1], tokens[k]):
            break
        keys.append(tokens[k].key)
    for width in range(len(keys), 0, -1):
        key = " ".join(keys[:width])
        if width == 1 and len(key) < 3:
            continue
        if width == 1 and key in common and not any(
                q == Q_PRIMARY and gaz.rows[r][2] == "country" for r, q in gaz.lookup(key)):
            continue  # "bar", "nice": the everyday word (but "china" and "japan" are the countries)
        if keys[width - 1] in FUNCTION_WORDS or (named is not None and key not in named):
            continue
        rows = gaz.lookup(key)
        if width > 1 and all(k in common or k in FUNCTION_WORDS for k in keys[:width]) and not any(
                gaz.rows[r][2] in ("country", "water") for r, _ in rows):
            continue  # "north eastern", "far north", "white house": everyday words, though some place is so named
        if key in DEMONYM_COUNTRIES or any(_written_capitalised(gaz, r, q) for r, q in rows):
            return width
    return 0


def _written_capitalised(gaz: Gazetteer, row_index: int, quality: int) -> bool:
    row = gaz.rows[row_index]
    if row[2] in _ALWAYS_CAPITALISED or row[12] == "curated":
        return True
    if row[2] != "city":
        return False
    if quality in (Q_ALTERNATE, Q_MARKED_ALTERNATE):
        return row[8] >= RESTORED_ALTERNATE_POPULATION
    return row[8] >= RESTORED_TOWN_POPULATION


def _capitalise(chars: list[str], token: Token) -> None:
    """Capitalise the token's first letter in place (only where that keeps the text's length)."""
    for p in range(token.start, token.end):
        if chars[p].isalpha():
            upper = chars[p].upper()
            if len(upper) == 1:
                chars[p] = upper
            return
