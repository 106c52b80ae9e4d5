"""Claims: body sentences that mention places, quoted verbatim, grouped across outlets, disagreements flagged.

A *claim* is one body sentence (page furniture and wire credits excluded) that mentions at least one resolved
place. It is *about* the most specific places it names: a mentioned place that is an ancestor of another mentioned
place ("the February 11 plant ... in Hamhung, North Korea") is only *also* shown (under Hamhung and North Korea).
When a sentence names places only as actors ("Moscow denied"), it is about those actors.

Each claim keeps the quote verbatim (``quote == file_text[start:end]`` for text files; for HTML pages the quote
is the extracted text of ``file[start:end]``), the attribution the sentence states ("according to CNS", "Lair
said", "told Reuters") and the figures it contains (numbers with units, percentages, money, dates).

Grouping (:func:`group_claims`): claims from *different* files that say the same thing are put in one group;
a group never holds two claims of the same file. Where the claims of a group disagree on a figure of the same
unit (troops: 10,000 / 11,000 / 12,000; "60-70% the size" vs "60-70% smaller"), the group carries a
:class:`Conflict`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from geo.gazetteer.index import Gazetteer
from geo.models import Mention
from geo.text import is_credit, split_sentences

FigureKind = Literal["number", "percent", "money", "date"]


class SourceRef(BaseModel):
    """A citation: the file and whatever the manifest knows about it (missing fields are None)."""

    model_config = ConfigDict(frozen=True)

    path: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None

    def label(self) -> str:
        """What a reader sees for the source: the outlet, else the title, else the file name."""
        return self.outlet or self.title or self.path.replace("\\", "/").rsplit("/", 1)[-1]


class Figure(BaseModel):
    """A number or date in a quote. ``text`` is verbatim; ``low``/``high`` hold the value (equal unless a
    range such as "60-70%"); ``unit`` is canonical ("troops" for troops/soldiers, "%" for percentages);
    ``qualifier`` is the hedge before it ("more than", "roughly"); ``sense`` is what a percentage measures
    ("smaller", "larger", "of" for "60-70% the size")."""

    model_config = ConfigDict(frozen=True)

    text: str
    kind: FigureKind
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    sense: str | None = None

    def reading(self) -> tuple:
        """What must agree between outlets: value and sense (a hedge alone is no disagreement)."""
        return (self.low, self.high, self.sense)


class Claim(BaseModel):
    """One quoted sentence. ``about``: the most specific places (ids); ``also``: mentioned ancestors and actors;
    ``context``: the sentence names no place and ``about`` comes from the facility the sentences before it
    discuss; ``group``: the id of its :class:`ClaimGroup`."""

    id: str
    quote: str
    source: SourceRef
    start: int
    end: int
    attribution: str | None = None
    figures: list[Figure] = Field(default_factory=list)
    about: list[str]
    also: list[str] = Field(default_factory=list)
    context: bool = False
    group: str = ""


class Conflict(BaseModel):
    """Grouped claims disagree on ``unit``: each reading with the outlets that give it."""

    unit: str
    readings: list[tuple[str, list[str]]]  # (figure text, [source labels])

    def describe(self) -> str:
        parts = [f"{text} ({', '.join(labels)})" for text, labels in self.readings]
        what = "size" if self.unit == "%" else self.unit
        return f"Sources differ on the {what}: " + " / ".join(parts)


class ClaimGroup(BaseModel):
    """Claims from different files reporting the same thing, in story order, with their disagreements."""

    id: str
    claims: list[str]
    conflicts: list[Conflict] = Field(default_factory=list)


# ----------------------------------------------------------------------------------------------- attribution
_CAP = r"[A-Z][\w’'.\-]*"
_NAME = rf"(?:(?:the|The)\s+)?{_CAP}(?:\s+(?:(?:of|for|and|the|on|at|de)\s+){{0,2}}(?:{_CAP}|\({_CAP}\))){{0,7}}"
_AGENT_NOUN = (r"(?:officials?|analysts?|researchers?|experts?|sources?|adviser|advisor|spokes(?:man|woman|person)|"
               r"minister|secretary|associate|diplomats?|intelligence|military|ministry|agency|media)")
_AGENT = (rf"(?:(?:a|an|the|A|An|The)\s+)?(?:(?:{_CAP}|(?!(?:and|or|but|that|which|who)\b)[a-z]+)\s+"
          rf"(?:(?:{_CAP}|[a-z]+)\s+){{0,4}})?{_AGENT_NOUN}")
_WHO = rf"(?:{_AGENT}|{_NAME})"
_VERB = (r"(?:said|says|say|told|reported|reports|stated|explained|wrote|noted|confirmed|claimed|claims|revealed|"
         r"estimated|concluded|believes?|speculate|assessed|warned|added)")
_ATTRIBUTION = [
    re.compile(rf"\b[Aa]ccording to {_WHO}"),
    re.compile(rf"\b(?:was |were )?(?:told by|reported by|cited by|citing|said by)\s+{_WHO}"),
    re.compile(rf"{_WHO}\s+(?:(?:has|have|had)\s+)?told\s+{_NAME}"),
    re.compile(rf"{_WHO}\s+(?:(?:has|have|had)\s+)?{_VERB}\b"),
    re.compile(rf"\b(?:said|says|told|explained|stated|wrote)\s+{_NAME}"),
]
_NOT_A_SOURCE = re.compile(r"^(?:the\s+)?(?:It|This|That|These|There|They|He|She|We|I|Which|Who)\b", re.IGNORECASE)


def find_attribution(sentence: str) -> str | None:
    """The attribution stated in a sentence, verbatim ("according to Reuters", "Lair said", "told Reuters"),
    or None. The earliest match wins; pronoun subjects ("It said") are no attribution."""
    best: re.Match[str] | None = None
    for rx in _ATTRIBUTION:
        for m in rx.finditer(sentence):
            if _NOT_A_SOURCE.match(m.group(0)):
                continue
            if best is None or m.start() < best.start():
                best = m
            break
    if best is None:
        return None
    found = best.group(0).strip(" ,;:")
    last = found.rsplit(" ", 1)[-1]
    # "said Ler." -> "said Ler"; an abbreviation keeps its dot ("the U.S.")
    return found[:-1] if last.endswith(".") and "." not in last[:-1] else found


# -------------------------------------------------------------------------------------------------- figures
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTH_RX = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_QUALIFIER = (r"(?:more than|over|roughly|around|about|approximately|nearly|almost|up to|at least|some|"
              r"less than|fewer than|under|as many as|an estimated)")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_DATE = re.compile(
    rf"(?<![\w-])(?:{_MONTH_RX}\s?\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|{_MONTH_RX}\s+(?:of\s+)?(?:19|20)\d\d|"
    rf"(?:early|mid|late)[- ]{_MONTH_RX}|(?:19|20)\d\d)(?![\w-])"
)
_NUMBER = re.compile(
    rf"(?:(?P<q>{_QUALIFIER})\s+)?(?P<cur>[$€£])?(?<![\w/.-])(?P<a>{_NUM})(?:\s*[-–]\s*(?P<b>{_NUM}))?"
    rf"(?:\s*(?P<pct>%|percent\b|per cent\b))?(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    rf"(?P<tail>mm|km|kg|m)?(?![\w/-])",
    re.IGNORECASE,
)
_WORD_NUMBER = re.compile(rf"(?:(?P<q>{_QUALIFIER})\s+)?\b(?:a|one)\s+(?P<scale>million|billion)\b", re.IGNORECASE)
_UNITS = {
    "troop": "troops", "troops": "troops", "soldier": "troops", "soldiers": "troops", "servicemen": "troops",
    "personnel": "troops", "missile": "missiles", "missiles": "missiles", "container": "containers",
    "containers": "containers", "barrel": "barrels", "barrels": "barrels", "shell": "shells", "shells": "shells",
    "worker": "workers", "workers": "workers", "people": "people", "km": "km", "kilometers": "km",
    "kilometres": "km", "mile": "miles", "miles": "miles", "mm": "mm", "kg": "kg", "tons": "tonnes",
    "tonnes": "tonnes", "howitzer": "howitzers", "howitzers": "howitzers", "building": "buildings",
    "buildings": "buildings", "rocket": "rockets", "rockets": "rockets", "koksan": "howitzers",
    "drone": "drones", "drones": "drones", "year": "years", "years": "years", "days": "days", "weeks": "weeks",
}
_SMALLER = {"smaller", "less", "fewer", "lower", "shorter"}
_LARGER = {"larger", "bigger", "more", "greater", "higher", "taller", "longer"}


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _unit_after(rest: str) -> str | None:
    """Canonical unit among the next three words ("11,000 North Korean troops" -> "troops")."""
    for word in re.findall(r"[A-Za-z]+", rest)[:3]:
        unit = _UNITS.get(word.lower())
        if unit:
            return unit
    return None


_SENSE = re.compile(r"^\s+(?:(?P<of>(?:of\s+)?the\s+size)|(?P<cmp>[A-Za-z]+))")


def _sense_after(rest: str) -> tuple[str | None, int]:
    """What a percentage measures, from the words right after it, and how many characters name it:
    "60-70% smaller" -> ("smaller", 8); "60-70% the size" / "of the size" -> ("of", ...)."""
    m = _SENSE.match(rest)
    if not m:
        return None, 0
    if m.group("of"):
        return "of", m.end()
    word = m.group("cmp").lower()
    if word in _SMALLER:
        return "smaller", m.end()
    if word in _LARGER:
        return "larger", m.end()
    return None, 0


def find_figures(sentence: str, *, skip: Sequence[tuple[int, int]] = ()) -> list[Figure]:
    """Numbers with units, percentages, money and dates in ``sentence`` (offsets in ``skip``, such as place
    names like "February 11 Plant", are ignored). Designators ("KN-23", "Hwasong 11A", "M-1978") are not
    figures: a number glued to letters, a hyphen or a slash is skipped."""
    taken: list[tuple[int, int]] = list(skip)

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    out: list[tuple[int, Figure]] = []
    for m in _DATE.finditer(sentence):
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            out.append((m.start(), Figure(text=m.group(0), kind="date")))
    for m in _NUMBER.finditer(sentence):
        a0 = m.start("a") - (1 if m.group("cur") else 0)
        if not free(a0, m.end()):
            continue
        start = m.start() if m.group("q") else a0
        low = _num(m.group("a"))
        high = _num(m.group("b")) if m.group("b") else low
        scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
        low, high = low * scale, high * scale
        rest = sentence[m.end(): m.end() + 40]
        if m.group("pct"):
            sense, extra = _sense_after(rest)
            fig = Figure(text=sentence[start:m.end() + extra], kind="percent", low=low, high=high, unit="%",
                         qualifier=(m.group("q") or "").lower() or None, sense=sense)
        elif m.group("cur"):
            fig = Figure(text=sentence[start:m.end()], kind="money", low=low, high=high, unit=m.group("cur"),
                         qualifier=(m.group("q") or "").lower() or None)
        else:
            unit = (m.group("tail") or "").lower() or _unit_after(rest)
            fig = Figure(text=sentence[start:m.end()], kind="number", low=low, high=high,
                         unit=_UNITS.get(unit or "", unit), qualifier=(m.group("q") or "").lower() or None)
        taken.append((start, m.end()))
        out.append((start, fig))
    for m in _WORD_NUMBER.finditer(sentence):
        if free(m.start(), m.end()):
            value = _SCALE[m.group("scale").lower()]
            out.append((m.start(), Figure(text=m.group(0), kind="number", low=value, high=value,
                                          unit=_unit_after(sentence[m.end(): m.end() + 40]),
                                          qualifier=(m.group("q") or "").lower() or None)))
    return [f for _, f in sorted(out, key=lambda t: t[0])]


# --------------------------------------------------------------------------------------------------- claims
def _most_specific(ids: list[str], ancestors: Callable[[str], set[str]]) -> tuple[list[str], list[str]]:
    """Split mentioned place ids into (most specific, their mentioned ancestors), keeping first-mention order."""
    inherited: set[str] = set()
    for pid in ids:
        inherited |= ancestors(pid)
    about = [p for p in ids if p not in inherited]
    return about, [p for p in ids if p in inherited]


def ancestor_ids(gaz: Gazetteer) -> Callable[[str], set[str]]:
    """A cached function: place id -> ids of its parent chain (parent, ..., region, country)."""
    cache: dict[str, set[str]] = {}

    def get(pid: str) -> set[str]:
        if pid not in cache:
            idx = gaz.by_id.get(pid)
            cache[pid] = set() if idx is None else {gaz.rows[i][0] for i in gaz.ancestors(idx)}
        return cache[pid]

    return get


_SITE_WORDS = re.compile(r"\b(?:plant|factory|facility|facilities|complex|site|building|buildings|assembly|"
                         r"workshop|compound|structures?|housing|infrastructure)\b", re.IGNORECASE)
CONTEXT_WINDOW = 4  # sentences after a facility mention that may refer back to it


def extract_claims(text: str, mentions: Sequence[Mention], *, source: SourceRef,
                   ancestors: Callable[[str], set[str]], facilities: frozenset[str] = frozenset(),
                   to_file: Callable[[int, int], tuple[int, int]] | None = None) -> list[Claim]:
    """The claims of one article. ``text`` is what the resolver read; ``to_file`` maps a span of it to the
    file (None: the text *is* the file). Sentences in page furniture, and sentences whose only places are
    furniture mentions, give no claim.

    A body sentence that names no place but speaks of a site ("The new assembly building is 60-70% smaller")
    within :data:`CONTEXT_WINDOW` sentences of a sentence about a facility (a place id in ``facilities``) is a
    claim about that facility, marked ``context=True`` (the place comes from the context, not the quote).
    """
    usable = sorted((m for m in mentions if m.place is not None and not m.boilerplate), key=lambda m: m.start)
    out: list[Claim] = []
    k = 0
    last_site: list[str] = []
    since_site = CONTEXT_WINDOW + 1
    for sent in split_sentences(text):
        while k < len(usable) and usable[k].start < sent.start:
            k += 1
        inside: list[Mention] = []
        j = k
        while j < len(usable) and usable[j].start < sent.end:
            inside.append(usable[j])
            j += 1
        if sent.furniture or is_credit(sent.text):
            continue  # (a wire credit names where its reporters write from, and claims nothing there)
        since_site += 1
        context = False
        if inside:
            places = list(dict.fromkeys(m.place.id for m in inside if m.role == "place"))
            actors = list(dict.fromkeys(m.place.id for m in inside
                                        if m.role == "actor" and m.place.id not in places))
            if places:
                about, also = _most_specific(places, ancestors)
                also += actors
            else:
                about, also = actors, []
            sites = [p for p in about if p in facilities]
            if sites:
                last_site, since_site = sites, 0
        elif last_site and since_site <= CONTEXT_WINDOW and _SITE_WORDS.search(sent.text):
            about, also, context = list(last_site), [], True
            since_site = 0  # the article is still talking about the site
        else:
            continue
        skip = [(m.start - sent.start, m.end - sent.start) for m in inside]
        start, end = to_file(sent.start, sent.end) if to_file else (sent.start, sent.end)
        out.append(Claim(
            id=f"{source.path}#{start}-{end}", quote=sent.text, source=source, start=start, end=end,
            attribution=find_attribution(sent.text), figures=find_figures(sent.text, skip=skip),
            about=about, also=also, context=context,
        ))
    return out


# -------------------------------------------------------------------------------------------------- grouping
_STOP = frozenset(["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "that", "this", "these", "those", "it", "its", "which", "who", "whom", "whose", "than", "then", "there", "their", "they", "them", "also", "not", "no", "into", "about", "over", "after", "before", "since", "while", "during", "such", "can", "could", "would", "should", "will", "may", "might", "said", "says", "say", "told", "reported", "according", "reportedly", "report", "reports"])
_SYNONYMS = {"soldier": "troop", "factory": "plant", "facility": "plant", "complex": "plant", "weapon": "arm",
             "workforce": "worker", "residential": "housing", "expanding": "expand", "expansion": "expand",
             "expanded": "expand", "assembling": "assemble", "assembly": "assemble", "assembles": "assemble"}
GROUP_MIN_SIMILARITY = 0.42
GROUP_MIN_SIMILARITY_SHARED_FIGURE = 0.2
GROUP_MIN_AVERAGE = 0.25
COMMON_TOKEN_CAP = 300


def _stem(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return _SYNONYMS.get(w, w)


def claim_tokens(claim: Claim) -> frozenset[str]:
    """Content words (stemmed, synonyms folded), the places it is about, and the units of its figures."""
    words = {_stem(w) for w in re.findall(r"[^\W\d_]+", claim.quote) if w.lower() not in _STOP and len(w) > 2}
    words |= {f"@{p}" for p in claim.about if not p.startswith("iso:")}  # countries are too common to tell
    words |= {f"#{f.unit}" for f in claim.figures if f.unit and f.kind != "date"}
    return frozenset(words)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two token sets (0 = nothing shared, 1 = the same)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _candidate_pairs(tokens: list[frozenset[str]], files: list[str]) -> dict[tuple[int, int], int]:
    """Pairs of claims from different files sharing at least two tokens (tokens in more than
    :data:`COMMON_TOKEN_CAP` claims are too common to propose a pair; they still count in the similarity)."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, toks in enumerate(tokens):
        for t in toks:
            index[t].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        if len(members) > COMMON_TOKEN_CAP:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if files[i] != files[j]:
                    shared[(i, j)] += 1
    return {p: n for p, n in shared.items() if n >= 2}


def _linked(a: Claim, b: Claim, sim: float) -> bool:
    if sim >= GROUP_MIN_SIMILARITY:
        return True
    units_a = {f.unit for f in a.figures if f.unit and f.kind != "date"}
    units_b = {f.unit for f in b.figures if f.unit and f.kind != "date"}
    return bool(units_a & units_b) and sim >= GROUP_MIN_SIMILARITY_SHARED_FIGURE


def _cohesive(a: list[int], b: list[int], tokens: list[frozenset[str]]) -> bool:
    """Average linkage: two groups merge only if their claims are, on average, similar enough (this stops
    chains of pairwise links from gluing unrelated claims together). At most 400 cross pairs are averaged."""
    pairs = [(i, j) for i in a[:20] for j in b[:20]]
    mean = sum(similarity(tokens[i], tokens[j]) for i, j in pairs) / len(pairs)
    return mean >= GROUP_MIN_AVERAGE


def group_claims(claims: list[Claim]) -> list[ClaimGroup]:
    """Group claims across files (see the module docstring) and set each claim's ``group``.

    Constrained single linkage: candidate pairs are merged best first, and a merge that would put two claims
    of the same file in one group is refused. Deterministic: ties break by story order. Every claim ends in
    exactly one group (a lone claim is a group of one). Group ids are ``g1``, ``g2``, ... in story order.
    """
    tokens = [claim_tokens(c) for c in claims]
    files = [c.source.path for c in claims]
    scored = []
    for (i, j) in _candidate_pairs(tokens, files):
        sim = similarity(tokens[i], tokens[j])
        if _linked(claims[i], claims[j], sim):
            scored.append((-sim, i, j))
    scored.sort()
    parent = list(range(len(claims)))
    members_files: dict[int, set[str]] = {i: {files[i]} for i in range(len(claims))}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    for _, i, j in scored:
        ri, rj = root(i), root(j)
        if ri == rj or members_files[ri] & members_files[rj]:
            continue
        if not _cohesive(members[ri], members[rj], tokens):
            continue
        lo, hi = min(ri, rj), max(ri, rj)
        parent[hi] = lo
        members_files[lo] |= members_files.pop(hi)
        members[lo] += members.pop(hi)
    by_root: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        by_root[root(i)].append(i)
    groups = []
    for n, idxs in enumerate(sorted(by_root.values(), key=lambda m: m[0]), start=1):
        gid = f"g{n}"
        members = [claims[i] for i in idxs]
        for c in members:
            c.group = gid
        groups.append(ClaimGroup(id=gid, claims=[c.id for c in members], conflicts=find_conflicts(members)))
    return groups


def find_conflicts(members: Sequence[Claim]) -> list[Conflict]:
    """Figures of the same unit that differ in value or sense between claims of different files."""
    by_unit: dict[str, dict[tuple, tuple[str, list[str]]]] = defaultdict(dict)
    for c in members:
        for f in c.figures:
            if f.kind == "date" or not f.unit:
                continue
            text, labels = by_unit[f.unit].setdefault(f.reading(), (f.text, []))
            if c.source.label() not in labels:
                labels.append(c.source.label())
    out = []
    for unit, readings in sorted(by_unit.items()):
        sources = {label for _, labels in readings.values() for label in labels}
        if len(readings) > 1 and len(sources) > 1:
            out.append(Conflict(unit=unit, readings=list(readings.values())))
    return out
