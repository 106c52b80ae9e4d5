"""Recognition: find the spans of a text that name places, with their gazetteer candidates.

Finding names and resolving them are separate stages. This stage returns :class:`Span` objects: a span with
candidates (``match`` exact / variant / fuzzy) or an unresolved candidate (capitalised name in a place
context that matches nothing). Spans that look like names but are not places are dropped here, each by a
named rule with its own test (:data:`RULES`): months, model designations ("Hwasong-11"), counted things
("50 Koksan"), organisations ("Middlebury Institute"), people ("Sam Lair" ... "Lair said"), and ordinary
words ("Reading" at a sentence start).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from geopy.distance import great_circle

from geo.gazetteer.base import (
    COUNTRY_UNIT_PREFIX, DERIVED_FORMS, Q_ALTERNATE, Q_DERIVED, Q_MARKED_ALTERNATE, Q_PRIMARY,
)
from geo.gazetteer.index import VILLAGE_POPULATION, Gazetteer
from geo.lexicon import (
    ABBREVIATED_INSTITUTION_WORDS,
    ABBREVIATED_REGION_WORDS,
    ACTOR_AUX,
    ACTOR_VERBS,
    ARABIC_ARTICLES,
    CHINESE_SURNAMES,
    CITY_BEFORE,
    CITY_DISTRICT_WORDS,
    CITY_WORDS,
    CLUB_WORDS,
    COMPASS_WORDS,
    CORPORATE_SUFFIXES,
    CRUDE_GRADES,
    DEMONYM_COUNTRIES,
    DEMONYM_SUFFIXES,
    DIRECTION_WORDS,
    DISTANCE_UNITS,
    DISTRICT_QUALIFIERS,
    DISTRICT_TYPE_WORDS,
    DISTRICT_WORDS,
    FACILITY_WORDS,
    FEATURE_AFTER,
    FEATURE_BEFORE,
    FIRM_BRANDS,
    FIRM_WORDS,
    FUNCTION_WORDS,
    GOVERNMENT_SEATS,
    GRADE_WORDS,
    HOLIDAYS,
    HROMADA_WORDS,
    HOST_FACILITY_WORDS,
    IRANIAN_MONTHS,
    IRREGULAR_DEMONYMS,
    ISLAND_WORDS,
    KIN_WORDS,
    KOREAN_SUFFIXES,
    KOREAN_SURNAMES,
    LANGUAGE_NAMES,
    LOCATIVE_BEFORE,
    LOWERCASE_NAMES,
    LOWERCASE_REGION_WORDS,
    MONTHS,
    MOVEMENT_WORDS,
    NAME_CONNECTORS,
    NEWS_ORGANISATIONS,
    OCCUPATIONS,
    ORG_WORDS,
    PARLIAMENT_WORDS,
    PARLIAMENTS,
    PERSON_TITLES,
    PLACE_ADJECTIVES,
    PLACE_GIVEN_NAMES,
    PLURAL_DISTRICT_WORDS,
    PLURAL_REGION_WORDS,
    PLURAL_TYPED_NAMES,
    PLURAL_VESSEL_WORDS,
    REGION_BEFORE,
    REGION_WORDS,
    RELIGION_ADJECTIVES,
    ROUGHLY,
    SLAVIC_PLACE_ADJECTIVES,
    SOVIET_EPONYMS,
    SPECIES_WORDS,
    SPEECH_VERBS,
    TEAM_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    TRANSLITERATED_COUNTRIES,
    UNIT_WORDS,
    UNNAMED_FACILITY_WORDS,
    VEHICLE_WORDS,
    VESSEL_WORDS,
    WATER_LAST_WORDS,
    WEAPON_NAMES,
    WEAPON_WORDS,
    WEEKDAYS,
    common_words,
)
from geo.normalize import Token, fold, joinable, joins, name_key, tokenize
from geo.text import is_credit
from geo.translit import translit_key

NOTABLE_POPULATION = 100_000
MILLION_CITY = 1_000_000
# The least similarity of a stretched spelling to a place's name. At 0.80 the blind probe sets held 4 right readings
# ("Moldavia", "Muridkay") against 21 wrong ones, firms and words ("Asiana" as Asan, "Rossiya" the train as Russia,
# "Serhiy" as Kadiyivka); at 0.83 "Renson" is still the Ryongsong complex.
FUZZY_MIN_SIMILARITY = 0.81
# Words between "the" and a river's short name for a stretch of its course ("the lower Taedong").
_COURSE_WORDS = frozenset({"lower", "upper", "middle"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer row that a span may name; ``quality`` 1.0 for the primary name, less for variants."""

    row: int
    quality: float
    how: str  # "exact name", "alternate name", "derived spelling (...)", "transliteration variant"
    marked: bool = False  # reached by an alternate name of which a spelling has diacritics


@dataclass
class Span:
    first: int  # token index
    last: int  # token index, inclusive
    start: int
    end: int
    text: str
    key: str
    match: str  # exact | variant | fuzzy | unresolved
    candidates: list[Candidate] = field(default_factory=list)
    cue: str | None = None  # kind suggested by type words around the span
    cue_reason: str = ""
    sentence_start: bool = False
    plural_cue: str = ""  # the plural type word the cue came from ("... and Voronezh regions": "regions")
    island_town: bool = False  # "Pingtan island": read as the town of exactly that name (see supported())
    # Named by everyday words ("Hay River", "Surfers Paradise"): a small town only where the text names its
    # region (see supported()).
    ordinary_words: bool = False
    # A district read as its city ("the Primorsky district of Odessa"): the city's name key, whose mention it repeats
    host_key: str | None = None
    # Written in quotation marks ("the seizure of "Seversk""): another party's name for a place (set by the pipeline)
    quoted: bool = False
    # Why the span names no place of its own though it tells the article's country (the "U.S." of "the U.S. Navy",
    # "US$4 million"): read for the article's context, never a mention.
    context_only: str = ""
    # Memo of geo.disambiguate.names_an_area (set while scoring, after recognition has fixed the candidates).
    area_named: bool | None = field(default=None, repr=False, compare=False)
    city_named: int | None = field(default=None, repr=False, compare=False)
    # Set by the pipeline after its first pass: the kind and name of a confidently read neighbour in a list of
    # places ("Oregon, Washington and Idaho" -> ("region", "Oregon")).
    list_kind: tuple[str, str] | None = field(default=None, repr=False, compare=False)
    # rows the other items of its list were read as, confidently ("Kirants, Voskepar and Baghanis")
    list_rows: frozenset[int] = field(default=frozenset(), repr=False, compare=False)
    # Kinds of the candidates, filled by the recogniser before its rules run.
    candidate_kinds: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    # Memo of the context-free part of each candidate's score (see geo.disambiguate.score_candidates).
    static_scores: dict[int, tuple[float, list[str]]] = field(default_factory=dict, repr=False, compare=False)


_IS_CAPITALISED = attrgetter("is_capitalised")
_START = attrgetter("start")
_GAP = attrgetter("gap")
# Words that do not begin a place's name: months, weekdays, function words.
_NOT_A_NAME_START = MONTHS | WEEKDAYS | FUNCTION_WORDS


def fuzzy_quality(similarity: float) -> float:
    """Match quality of a transliteration variant: 0.75 for the same key after folding, falling steeply with
    the similarity (0.8 gives about 0.38), so a close variant beats a loose one that context favours."""
    return 0.75 * similarity ** 3


FULL_VARIANT_QUALITY = fuzzy_quality(1.0)  # a variant spelling that folds to the very same key
GLOSS_MIN_QUALITY = fuzzy_quality(0.9)  # the least a word in another script needs as a stretched spelling


# The most words of a site's name on the page's first line ("KYIV PULSE", "The Northern Dispatch").
MASTHEAD_MAX_WORDS = 4


def _masthead(tokens: list[Token], furniture) -> tuple[str, ...]:
    """The keys of the site's name when the page's first line is furniture of a few words and nothing else
    ("KYIV PULSE"), else ()."""
    if not tokens or not furniture:
        return ()
    first = min(furniture)
    if not first[0] <= tokens[0].start < first[1]:
        return ()
    words = [t for t in tokens if t.start < first[1]]
    if not 2 <= len(words) <= MASTHEAD_MAX_WORDS or not all(t.surface.isalpha() for t in words):
        return ()
    return tuple(t.key for t in words if t.key != "the")


def _tokens_within(tokens: list[Token], ranges) -> set[int]:
    """Indices of the tokens that start inside one of the sorted, disjoint (start, end) ranges."""
    out: set[int] = set()
    if not ranges:
        return out
    ranges = sorted(ranges)
    k = 0
    for t in tokens:
        while k < len(ranges) and ranges[k][1] <= t.start:
            k += 1
        if k == len(ranges):
            break
        if ranges[k][0] <= t.start:
            out.add(t.index)
    return out


def _first_tokens(tokens: list[Token], sentence_starts: set[int]) -> set[int]:
    """Indices of the first token of each sentence (a sentence may open with a quote mark)."""
    out: set[int] = set()
    token_starts = list(map(_START, tokens))
    n = len(tokens)
    for s in sentence_starts:
        k = bisect_left(token_starts, s)  # the first token at or after the sentence start
        if k < n and token_starts[k] - s <= 3:
            out.add(k)
    return out


def _is_year(tok: Token) -> bool:
    return tok.surface.isdigit() and len(tok.surface) == 4 and 1800 <= int(tok.surface) <= 2100


class Recognizer:
    """Finds place spans in one text. Stateless apart from the gazetteer: one instance serves every text."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.common = common_words()
        self._stems: set[str] | None = None
        self._area_keys: set[str] = set()
        self._demonym_memo: dict[str, bool] = {}
        self._area_last_words: set[str] = set()
        self._candidates_memo: dict[str, tuple[Candidate, ...]] = {}
        self._fuzzy_memo: dict[str, tuple[Candidate, ...]] = {}
        self._title_tokens: set[int] = set()
        self._credit_tokens: set[int] = set()
        self._masthead: tuple[str, ...] = ()
        self._person_tokens: set[int] = set()
        self._club_heads: set[str] = set()
        self._name_tails: set[str] = set()

    # -- the public entry point ------------------------------------------------------------------------------
    def find(self, text: str, sentence_starts: set[int], tokens: list[Token] | None = None,
             title_lines: list[tuple[int, int]] = (), furniture: list[tuple[int, int]] = ()) -> list[Span]:
        """Place spans of ``text``; ``tokens`` may be passed when the caller already has them.

        ``title_lines`` are the (start, end) offsets of lines in title case (headlines): there every word is
        capitalised, so capitalised runs say nothing about longer names and are not formed. ``furniture`` are
        the offsets of the page's furniture lines: a name read there as a product or ship stays a place in the
        article.
        """
        tokens = tokenize(text) if tokens is None else tokens
        starts = _first_tokens(tokens, sentence_starts)
        runs = capitalised_runs(tokens)
        self._title_tokens = _tokens_within(tokens, title_lines)
        self._credit_tokens = _wire_credit_tokens(tokens)
        self._masthead = _masthead(tokens, furniture)
        # Everyday words that end a longer capitalised name which is no place ("Nottingham Forest"): alone later,
        # the name's short form ("and Forest had a bid"), not a place of that name (see rule_short_form_of_a_name)
        self._name_tails = {tokens[b].key for a, b in runs if b > a and tokens[b].key in self.common
                            and not self.gaz.lookup(" ".join(t.key for t in tokens[a : b + 1]))
                            and not any(self.gaz.lookup(tokens[k].key) for k in range(a + 1, b + 1)
                                        if tokens[k].key not in self.common)}
        run_of = {i: r for r in runs for i in range(r[0], r[1] + 1)}
        # Clubs the article names by their word and more ("Zorya Luhansk", "Fakel Voronezh"): alone later, the club
        # (see rule_short_form_of_a_name)
        self._club_heads = {tokens[a].key for a, b in runs if b > a and tokens[a].key in CLUB_WORDS}
        spans = self._exact_spans(text, tokens, starts)
        covered = {i for s in spans for i in range(s.first, s.last + 1)}
        for span in spans:  # "Nikolayev": exact names of villages only, the same key folded as a city's
            # ("Suncheon, South Pyeongan Province": a region named after it may hold a town of another spelling)
            # (not beside a place curated by that very name: "Yongsan", Seoul's district, is no Wŏnsan)
            if span.first == span.last and span.match == "exact" and not self._curated_by_this_name(span) and (
                    not any(self.gaz.rows[c.row][2] == "city" and self.gaz.widely_notable(c.row)
                            for c in span.candidates)
                    or _followed_by_region(self, span, tokens)):
                have = {c.row for c in span.candidates}
                span.candidates = span.candidates + [
                    c for c in self._fuzzy_candidates(span.key)
                    if c.quality >= FULL_VARIANT_QUALITY and c.row not in have and self.gaz.rows[c.row][2] == "city"]
        korean = korean_names(tokens)
        fuzzy = self._fuzzy_spans(tokens, covered, starts, {s.first for s in spans if s.first == s.last}, korean)
        # A hyphenated variant read whole ("Hwanghae-Pukto") replaces the exact match of its first word.
        paired = {i for s in fuzzy if s.last > s.first for i in range(s.first, s.last + 1)}
        spans = [s for s in spans if s.first not in paired] + fuzzy
        people, self._person_tokens = person_names(tokens, runs, self.gaz, starts, korean)
        kept: list[Span] = []
        rejected_keys: set[str] = set()
        spans.sort(key=lambda s: s.first)
        for span in spans:
            add_type_cues(span, tokens, self.gaz)
            if (span.cue in ("region", "city") and span.match == "exact" and " " not in span.key
                    and not any(self.gaz.rows[c.row][2] == span.cue for c in span.candidates)
                    and self._may_be_variant(tokens[span.first])):
                # (a one-word name with its type word: "Voronizh Oblast", the Ukrainian form of Voronezh's)
                # The text says what it is and no place of that name is one: read it as a variant spelling.
                have = {c.row for c in span.candidates}
                span.candidates = span.candidates + [c for c in self._fuzzy_candidates(span.key)
                                                     if c.row not in have]
            elif span.match == "exact" and span.first == span.last:
                self._add_other_korea(span)
            elif span.match == "exact" and span.last > span.first and tokens[span.last].key in DISTRICT_WORDS:
                self._add_district_centres(span, tokens)
        spans = self._shchyna_regions(tokens, self._adjectival_districts(tokens, spans, starts), starts)
        _spread_plural_cues(spans, tokens)
        for span in spans:
            if span.plural_cue in PLURAL_TYPED_NAMES and span.match == "exact":
                # "Madison, Gibson and Henderson counties": each is named "<name> County" in the gazetteer
                typed = [Candidate(r, 1.0, f"exact name ('{self.gaz.rows[r][1]}', typed by '{span.plural_cue}')")
                         for r, q in self.gaz.lookup(f"{span.key} {PLURAL_TYPED_NAMES[span.plural_cue]}") if q == 0]
                if typed:
                    span.candidates = typed
            span.candidate_kinds = frozenset(self.gaz.rows[c.row][2] for c in span.candidates)
            feature = _natural_feature_or_facility(span, tokens, self.gaz, self.common)
            if feature is None and span.cue == "district" and not any(
                    self.gaz.rows[c.row][2] in ("district", "region") for c in span.candidates):
                centres = [c for c in span.candidates if self.gaz.rows[c.row][2] == "city"
                           and self.gaz.rows[c.row][5] in DISTRICT_CENTRE_COUNTRIES and c.quality >= (
                               # (a spelling that folds to the centre's own key: "Graivoron district", Grayvoron)
                               # (or an alternate name of the centre: "Kullu district", Kulu)
                               FULL_VARIANT_QUALITY if self.gaz.rows[c.row][5] in SOVIET_KOREAN_CENTRE_COUNTRIES
                               else ALTERNATE_QUALITY)]
                if centres:
                    # "Grayvoron district", "Kangryong County": a district of these countries is named after
                    # its centre, the town stands for it (the type word stays in the mention's text).
                    span.candidates, span.cue = centres, "city"
                    span.cue_reason = f"{span.cue_reason}{CENTRE_CUE}"
                else:
                    feature = f"'{span.cue_reason}': a county or district, not in the gazetteer"
            if feature and span.match != "unresolved":
                span.candidates, span.match, span.cue_reason = [], "unresolved", feature
                if not span.plural_cue:
                    kept.append(span)
                continue
            i = span.first
            if i > 0 and tokens[i - 1].key == "the" and not tokens[i - 1].is_capitalised and tokens[i].gap == " ":
                # "in the Hague", "boats in the Wash": a place whose own name opens with "The", written with a small
                # letter in running text (not Washington, whose alternate name "Wash" is)
                # (beside the name's own readings, if it has any, and then no town: "the Blue Mountains" of Jamaica
                # are no town of Ontario called The Blue Mountains)
                own = [c for c in span.candidates if c.quality >= 1.0]
                owned = {c.row for c in own}
                rows = [r for r, q in self.gaz.lookup(f"the {span.key}") if q == 0 and r not in owned]
                if rows:
                    the = [Candidate(r, 1.0, "exact name (its 'the' in small letters)") for r in rows]
                    span.candidates = own + [c for c in the if self.gaz.rows[c.row][2] != "city"] if own else the
            reason = self.reject_reason(span, tokens, run_of, people)
            if not reason:
                span.context_only = abbreviation_in_a_name(self, span, tokens) or ""
            if reason:
                if reason.startswith(("model designation", "counted", "a ship", "a person with kin")) and not any(
                        a <= span.start < b for a, b in furniture) and not (
                        _names_a_class(span, tokens) and any(c.quality >= 1.0 for c in span.candidates)) and not (
                        reason.startswith("model designation") and tokens[span.last + 1].gap == "-" and any(
                            c.quality >= 1.0 and self.gaz.rows[c.row][2] in ("country", "region", "area")
                            for c in span.candidates)):
                    # (not from the page's furniture: the site "KHARKIV 24/7" in its masthead leaves Kharkiv a city;
                    # a class named after a town's own name leaves the town a place, but "Mogami-class frigates"
                    # make a later "the Mogami" the ship, not a village of which Mogami is another name; projects
                    # numbered after a region or island leave it a place: "Sakhalin-2" ... "homes on Sakhalin", but
                    # a team's score makes the team: "South Carolina 27-24")
                    rejected_keys.add(span.key)
                elif span.first == span.last and _opens_a_firms_name(span, tokens, run_of) and all(
                        self.gaz.rows[c.row][2] == "city" and self.gaz.rows[c.row][8] < VILLAGE_POPULATION
                        for c in span.candidates):
                    # "Thamesford Precision Inc" ... "Thamesford will wind down a plant": the firm, not the village
                    rejected_keys.add(span.key)
                continue
            kept.append(span)
        # One sense per discourse: a name read as a weapon, ship or product once is not a place elsewhere.
        kept = _one_sense_per_discourse(kept, rejected_keys, tokens, text)
        covered = {i for s in kept for i in range(s.first, s.last + 1)}
        kept += self._city_districts(tokens, kept, covered, starts)
        self._districts_of_the_city(tokens, kept)
        covered = {i for s in kept for i in range(s.first, s.last + 1)}
        kept += self._unresolved_spans(tokens, covered, run_of, people, starts)
        grown: list[Span] = []
        for span in kept:  # "al-Mayadin", "el-Fasher": the Arabic article belongs to the name
            i = span.first
            if i > 0 and tokens[i].gap == "-" and tokens[i - 1].key in ARABIC_ARTICLES and (
                    not tokens[i - 1].is_capitalised or i - 1 in starts):
                span.first, span.start = i - 1, tokens[i - 1].start
            elif (i > 1 and tokens[i - 1].key == "of" and tokens[i - 2].key == "port" and tokens[i - 2].is_capitalised
                  and tokens[i - 1].gap == " " and tokens[i].gap == " " and "city" in span.candidate_kinds):
                # "the Port of Vancouver": the town's port by its proper name, read as the town
                span.first, span.start = i - 2, tokens[i - 2].start
                span.candidates = [c for c in span.candidates if self.gaz.rows[c.row][2] == "city"]
            elif (span.last + 2 < len(tokens) and tokens[span.last + 1].gap == " ("
                  and tokens[span.last + 1].is_capitalised and tokens[span.last + 2].gap.startswith(")")
                  and any(q == 0 and self.gaz.rows[r][2] == "city" for r, q in self.gaz.lookup(
                      f"{span.key} {tokens[span.last + 1].key}"))):
                # "Frankfurt (Oder)", "Halle (Saale)": a town's own name with its river in brackets (the closing
                # bracket is the next word's gap, so the name ends one character after the river)
                j = span.last + 1
                span.key = f"{span.key} {tokens[j].key}"
                span.last, span.end = j, tokens[j].end + 1
                grown.append(span)
                span.candidates = [Candidate(r, 1.0, "exact name") for r, q in self.gaz.lookup(span.key) if q == 0]
            elif i > 0 and tokens[i].gap == " " and not tokens[i - 1].is_capitalised and (
                    tokens[i - 1].key in ("north", "south", "east", "west")) and span.first == span.last:
                # "puppet south Korea", "the north Korea regime": a country whose own name opens with a direction,
                # written with a small letter as the DPRK's agencies write the South
                whole = f"{tokens[i - 1].key} {span.key}"
                rows = [r for r, q in self.gaz.lookup(whole) if self.gaz.rows[r][2] == "country"]
                if rows:
                    span.first, span.start, span.key = i - 1, tokens[i - 1].start, whole
                    span.candidates = [Candidate(r, 1.0, f"exact name ('{whole}' with a small letter)") for r in rows]
        if grown:  # (a name a span grew over is no name of its own: the river of "Frankfurt (Oder)")
            kept = [s for s in kept if not any(o is not s and o.first <= s.first and s.last <= o.last
                                               and o.last - o.first > s.last - s.first for o in grown)]
        return sorted(kept, key=lambda s: s.start)

    def _adjectival_districts(self, tokens: list[Token], spans: list[Span], starts: set[int]) -> list[Span]:
        """ "the Sudzhansky district", "Pokrovskyi raion", "the Glushkovsky and Rylsky districts": a Russian or
        Ukrainian district named by the adjective of its centre reads as that town (Sudzha, Pokrovsk), which the
        district-centre rule then lets stand for the district. Spans found for the adjective itself (a stretched
        spelling of something else) give way. Returns the spans, sorted."""
        n = len(tokens)
        out = list(spans)
        hosted: dict[str, tuple[str, list[Candidate]]] = {}
        for i, tok in enumerate(tokens):
            feminine = tok.key.endswith(_FEMININE_ENDINGS) and i + 1 < n and tokens[i + 1].key in HROMADA_WORDS
            if not tok.is_capitalised or not (tok.key.endswith(_ADJECTIVE_ENDINGS) or feminine) or i + 1 >= n:
                continue
            # the type word right after it, or after a list of such adjectives ("Glushkovsky and Rylsky districts")
            j = i + 1
            while j + 1 < n and (tokens[j].key in ("and", "or") or tokens[j].key in DISTRICT_QUALIFIERS
                                 or tokens[j].key.endswith(_ADJECTIVE_ENDINGS)):
                j += 1
            listed = any(tokens[k].key in ("and", "or") for k in range(i + 1, j))
            if (tokens[j].key not in DISTRICT_TYPE_WORDS and not feminine) or (
                    listed and not tokens[j].key.endswith("s")):
                continue
            if (j + 3 < n and tokens[j + 1].key == "of" and tokens[j + 2].key == "the"
                    and tokens[j + 3].key in ("city", "town")):
                continue  # "the Kuibyshevsky district of the city" (Donetsk): a city's district, not Kuibyshev's
            # (a hromada is a town's municipality, not a city's quarter: "the Shevchenkivska hromada" is Shevchenkove's)
            soviet = tok.key.startswith(SOVIET_DISTRICT_STEMS) and not feminine
            cands = [] if soviet else self._district_centres(tok.key)
            if not cands and not soviet:
                continue
            old = next((s for s in out if s.first <= i <= s.last), None)
            # (one sense per discourse: the district read as a city's earlier stays that city's)
            host = (self._only_city_with_districts(tokens, out, i) or hosted.get(tok.key)) if soviet else None
            if host is not None:
                hosted[tok.key] = host
            if old is not None:
                if (not soviet and old.first == i and old.last <= j and old.match == "exact"
                        and all(c.quality < 1.0 for c in old.candidates)):
                    # "the Umanskyi district": only another name of a Russian hamlet (Umanskiy), beside Uman, the
                    # centre the adjective is made from; the article decides
                    have = {c.row for c in old.candidates}
                    old.candidates = old.candidates + [c for c in cands if c.row not in have]
                    continue
                if old.first != i or (old.match == "exact" and any(c.quality >= 0.9 for c in old.candidates)
                                      and not (soviet and old.first == i and old.last <= j and all(
                                          self.gaz.rows[c.row][2] == "city" for c in old.candidates))
                                      and not (host is not None and old.first == i and old.last <= j
                                               and self._elsewhere_than(old, host[1]))):
                    continue  # a place of that very name, or a longer name (but "the Oktyabrsky district" of a
                    # city is no town of Oktyabrsky, nor, in a story of Saratov, Mykolaiv's Zavodskyi district)
                out.remove(old)
            if soviet:
                if host is not None:
                    # "the Sovetsky district" in a story of Krasnoyarsk, the only city it names that has districts
                    span = self._district_span(tokens, i, j, host[1], host[0], starts)
                    span.cue_reason += ", the large city the article names for it"
                else:
                    # "the Kirovsky district": a district of one of many cities; unresolved, never the town of Kirov
                    span = self._span(tokens, i, j, tok.key, "unresolved", [], starts)
                    span.cue_reason = (f"'{tok.surface} {tokens[j].surface}': a city district's name that many "
                                       "cities share, and the text names none of them for it")
            else:
                span = self._span(tokens, i, i, tok.key, "exact", cands, starts)
                add_type_cues(span, tokens, self.gaz)
            out.append(span)
        return sorted(out, key=lambda s: s.first)

    def _elsewhere_than(self, span: Span, hosts: list[Candidate]) -> bool:
        """Every reading of ``span`` is a district outside the first-level regions of ``hosts``."""
        rows = self.gaz.rows
        regions = {rows[c.row][7] for c in hosts}
        return all(rows[c.row][2] == "district" and rows[c.row][7] not in regions for c in span.candidates)

    def _only_city_with_districts(self, tokens: list[Token], spans: list[Span],
                                  i: int) -> tuple[str, list[Candidate]] | None:
        """The one city of CITY_WITH_DISTRICTS_POPULATION or more, by one of its names, in the countries whose cities
        share Soviet district names, that the spans other than the one at token ``i`` read (its name as written and
        its readings), or None when there is none or more than one (not counting capitals beside another, and of
        several, the only one its paragraph names before it)."""
        rows = self.gaz.rows
        found: dict[int, tuple[str, list[Candidate]]] = {}
        for s in spans:
            if s.first <= i <= s.last or s.cue not in (None, "city"):
                continue
            # (by its own name or another of its names: "Zaporozhye" is GeoNames' Zaporizhzhya too; not by a district's
            # adjective: "the Kirovsky district" names no Kirov; nor by a person's name: "Anastasia Kirova")
            other_name = not s.key.endswith(_ADJECTIVE_ENDINGS) and s.first not in self._person_tokens and not (
                s.first > 0 and tokens[s.first - 1].is_capitalised and "\n" not in tokens[s.first].gap)
            big = [c for c in s.candidates if rows[c.row][2] == "city"
                   and c.quality >= (ALTERNATE_QUALITY if other_name else 1.0)
                   and rows[c.row][8] >= CITY_WITH_DISTRICTS_POPULATION
                   and rows[c.row][5] in SOVIET_KOREAN_CENTRE_COUNTRIES]
            if len(big) == 1:
                found.setdefault(big[0].row, (" ".join(t.surface for t in tokens[s.first : s.last + 1]), big))
        if len(found) > 1:  # (a capital beside it is most often its government: "Moscow ordered ...")
            found = {r: v for r, v in found.items() if not rows[r][11]}
        if len(found) > 1:
            # the only one its paragraph names before it ("In Saratov, ... in the Zavodskoy district", though a
            # later paragraph names Nikolaev; not one of "Ufa, Kazan and Volgograd")
            here = {r for s in spans if s.last < i and not any("\n" in tokens[k].gap for k in range(s.last + 1, i + 1))
                    for r in found if any(c.row == r for c in s.candidates)}
            if len(here) == 1:
                return found[here.pop()]
        return next(iter(found.values())) if len(found) == 1 else None

    def _shchyna_regions(self, tokens: list[Token], spans: list[Span], starts: set[int]) -> list[Span]:
        """ "Kharkivshchyna", "Sumshchyna": Ukrainian regions called by their centre's name and "-shchyna" read as
        the oblast; a stretched spelling found for the word gives way. Returns the spans, sorted."""
        out = list(spans)
        for i, tok in enumerate(tokens):
            if not tok.is_capitalised or not tok.key.endswith(_REGION_SUFFIXES):
                continue
            cands = self._regions_named_by_suffix(tok.key)
            if cands and not any(s.first <= i <= s.last and s.match == "exact" for s in out):
                out = [s for s in out if not s.first <= i <= s.last]
                out.append(self._span(tokens, i, i, tok.key, "exact", cands, starts))
        return sorted(out, key=lambda s: s.first)

    def _regions_named_by_suffix(self, key: str) -> list[Candidate]:
        """Regions called in Ukrainian by their centre's name and "-shchyna" (Kharkivshchyna, Sumshchyna,
        Dnipropetrovshchyna, Donechchyna; Russia's Kurshchyna, Bilhorodshchyna): the oblast of that centre."""
        stem = key[: -len(next(e for e in _REGION_SUFFIXES if key.endswith(e)))]
        if len(stem) < 3:
            return []
        forms = {stem, stem + "sk", stem + "a", stem + "y", stem + "ia"}
        if stem.endswith("ch"):
            forms.add(stem[:-2] + "tsk")  # Donech-chyna -> Donetsk
        out: dict[int, Candidate] = {}
        for form in sorted(forms):
            for row, _ in self.gaz.lookup(form):
                r = self.gaz.rows[row]
                if r[5] not in ("UA", "RU", "BY"):  # Ukrainian writers so name Russia's border regions too
                    continue
                region = row if r[2] == "region" else self.gaz.by_id.get(r[7]) if r[2] == "city" and r[7] else None
                if region is not None and self.gaz.rows[region][2] == "region":
                    out.setdefault(region, Candidate(region, 1.0, f"the region of '{form}' ('-shchyna')"))
        return list(out.values())

    def _district_centres(self, key: str) -> list[Candidate]:
        """Towns of the countries that name districts after their centres whose name the adjective ``key`` is
        made from: Sudzhansky -> Sudzha, Glushkovsky -> Glushkovo, Pokrovskyi -> Pokrovsk, Khasansky -> Khasan."""
        ending = next(e for e in _ADJECTIVE_ENDINGS + _FEMININE_ENDINGS if key.endswith(e))
        stem = key[: -len(ending)]
        if len(stem) < 3:
            return []
        forms = {stem, stem + "o", stem + "a", stem + "e", stem + "i", stem + "sk", stem + "ske",
                 # a Cossack stanitsa or a village named by the adjective itself: Seversky -> Severskaya,
                 # Kanevskoy -> Kanevskaya, Krasnogvardeysky -> Krasnogvardeyskoye
                 stem + "skaya", stem + "skoye", stem + "skoe",
                 stem + "ka",  # Petropavliv-ska -> Petropavlivka
                 stem + "ki"}  # Valuy-sky -> Valuyki
        if stem.endswith("n"):
            forms.add(stem[:-1])  # Sudzha-nsky
        if stem.endswith("an"):
            forms.add(stem[:-2] + "na")  # Dvorich-anska -> Dvorichna
        if stem.endswith("iv"):
            forms.update({stem[:-2] + "ova", stem[:-2] + "ove"})  # Bor-ivska -> Borova (o turns i before -ska)
        if stem.endswith("t"):
            forms.add(stem[:-1] + "k")  # Kremenchu-tskyi: a final k turns ts before the suffix (Kremenchuk)
        for prefix, words in _COMPOUND_PREFIXES:
            if stem.startswith(prefix) and len(stem) > len(prefix) + 3:
                # Velykoburlu-tska -> Velykyi Burluk, Velykopysariv-ska -> Velyka Pysarivka
                rest = {f[len(prefix):] for f in forms if f.startswith(prefix)}
                forms.update(f"{w} {r}" for w in words for r in rest)
        # "-skyi" is Ukrainian, for Ukraine's districts and, in Ukrainian outlets, Russia's ("the Hlushkovskyi
        # district" of Kursk Oblast); so are a hromada's "-ska"
        ukrainian = ending in ("skyi", "skyy") + _FEMININE_ENDINGS
        countries = {"UA", "RU"} if ukrainian else DISTRICT_CENTRE_COUNTRIES
        out = []
        for form in sorted(forms):
            for row, q in self.gaz.lookup(form):
                r = self.gaz.rows[row]
                if r[2] == "city" and r[5] in countries and not (
                        ukrainian and r[5] == "RU" and q not in (Q_PRIMARY, Q_DERIVED)) and not (
                        r[11] and r[5] in ("UA", "RU")):
                    # (a Russian town by a Ukrainian adjective only by its own name or its Ukrainian spelling:
                    # "the Hlushkovskyi district" is Glushkovo's, "the Pokrovskyi district" no Engels, once Pokrovsk;
                    # and never Kyiv or Moscow: the "Kievsky" and "Moskovsky" districts are other cities' quarters,
                    # of Donetsk, Kharkiv, St Petersburg, Kazan ...)
                    out.append(Candidate(row, 1.0, f"{CENTRE_HOW} ('{form}' from the adjective)"))
        if not out:  # "Graivoronsky": Grayvoron in another romanisation
            for form in sorted(forms):
                out += [Candidate(c.row, c.quality, f"{CENTRE_HOW} ({c.how} from the adjective)")
                        for c in self._fuzzy_candidates(form) if c.quality >= FULL_VARIANT_QUALITY
                        and self.gaz.rows[c.row][2] == "city" and self.gaz.rows[c.row][5] in countries]
        return out

    def _city_districts(self, tokens: list[Token], kept: list[Span], covered: set[int], starts: set[int]) -> list[Span]:
        """ "Kharkiv's Saltivskyi district", "the Wiyon district of Hyesan": a district of a city that the gazetteer
        has no entry for (or has only elsewhere) is read as that city; the mention keeps the district's name.
        Returns the new spans; spans already found for such a district are re-read in place."""
        out: list[Span] = []
        n = len(tokens)
        starting_at = {s.first: s for s in kept}
        ending_at = {s.last: s for s in kept}
        for span in kept:
            # "Kharkiv ... the city's Kyivskyi district", "the Zaozerny district of the city": the district of the
            # city the text last named
            i, j = span.first, span.last
            citys = i >= 2 and tokens[i - 1].key == "city" and tokens[i - 1].possessive and tokens[i - 2].key == "the"
            of_the_city = (j + 3 < n and tokens[j + 1].key == "of" and tokens[j + 2].key == "the"
                           and tokens[j + 3].key == "city" and not tokens[j + 3].is_capitalised)
            if (citys or of_the_city) and tokens[j].key in CITY_DISTRICT_WORDS:
                before = [o for o in reversed(kept) if o.last < i - (2 if citys else 0) and o.candidates
                          and self._host_cities(o, strict=True)]
                host = next(iter(before), None)
                districts = {self.gaz.rows[c.row][7] for c in span.candidates if self.gaz.rows[c.row][2] == "district"}
                if host is not None and districts and not any(
                        self.gaz.rows[c.row][7] in districts for c in self._host_cities(host, strict=True)):
                    # the district's own name is a district of a city named earlier, if any ("Kharkiv region" ...
                    # "Pyongyang" as the government ... "the Kyivskyi district of the city": Kharkiv's), else it
                    # keeps its own readings rather than become the last city named
                    host = next((o for o in before if any(self.gaz.rows[c.row][7] in districts
                                                          for c in self._host_cities(o, strict=True))), None)
                    if host is None:
                        continue
                if host is not None:
                    hosts = self._host_cities(host, strict=True)
                    regions = {self.gaz.rows[c.row][7] for c in hosts}
                    own = [c for c in span.candidates if self.gaz.rows[c.row][7] in regions
                           and self.gaz.rows[c.row][2] == "district"]
                    name = " ".join(t.surface for t in tokens[host.first : host.last + 1])
                    if own:  # (the city's own district of that name, curated: Kharkiv's Kyivskyi district)
                        span.candidates, span.candidate_kinds = own, frozenset({"district"})
                        span.cue, span.cue_reason = "district", f"a district of {name}"
                    else:
                        self._read_as_district(span, hosts, name)
        for city in [s for s in kept if s.candidates]:
            if tokens[city.last].possessive and not any(
                    self.gaz.rows[c.row][2] == "country" and c.quality >= 1.0 for c in city.candidates):
                # "Kharkiv's X district" (not "Russia's Khasansky district": a country's own name is no city's,
                # whatever small town shares it)
                hosts = self._host_cities(city, strict=False)
                name = re.sub(r"['’]s?$", "", " ".join(t.surface for t in tokens[city.first : city.last + 1]))
                known = starting_at.get(city.last + 1)
                if known is not None and tokens[known.last].key in CITY_DISTRICT_WORDS:
                    self._read_as_district(known, hosts, name)
                    continue
                j = city.last + 1
                while j < n and tokens[j].is_capitalised and j not in covered and j - city.last <= 3 and (
                        tokens[j].gap == " " or (j > city.last + 1 and tokens[j].gap == "-")):
                    j += 1
                if hosts and city.last + 1 < j < n and tokens[j].key in CITY_DISTRICT_WORDS \
                        and not tokens[j].is_capitalised:
                    out.append(self._district_span(tokens, city.last + 1, j, hosts, name, starts))
            k = city.first  # "the X district of City": a town of some size, by its own name
            if k < 3 or tokens[k - 1].key != "of" or tokens[k - 2].key not in CITY_DISTRICT_WORDS \
                    or tokens[k - 2].is_capitalised:
                continue
            hosts = self._host_cities(city, strict=True, named=True)
            known = ending_at.get(k - 2)
            if known is not None:
                self._read_as_district(known, hosts, tokens[k].surface)
                continue
            a = k - 3
            if not tokens[a].is_capitalised or tokens[a].possessive:
                continue  # "the North Korean workers' district of Namyang": no district's name
            while (a - 1 >= 0 and tokens[a - 1].is_capitalised and tokens[a - 1].key not in FUNCTION_WORDS
                   and tokens[a].gap in (" ", "-") and k - 3 - a < 2):
                a -= 1
            if hosts and tokens[a].is_capitalised and tokens[a].key not in FUNCTION_WORDS and not any(
                    i in covered for i in range(a, k - 1)):
                out.append(self._district_span(tokens, a, k - 2, hosts, tokens[k].surface, starts))
        return out

    def _districts_of_the_city(self, tokens: list[Token], kept: list[Span]) -> None:
        """ "Kharkiv ... Three people were injured in the Kyivskyi district": a district name that several cities
        have (Kharkiv, Odesa, Poltava) is the district of the one of them that the text names."""
        rows = self.gaz.rows
        for span in kept:
            by_parent = {}
            for c in span.candidates:
                if rows[c.row][2] == "district" and rows[c.row][6]:
                    by_parent.setdefault(rows[c.row][6], []).append(c)
            if len(by_parent) < 2 or span.cue not in (None, "district"):
                continue
            named = {rows[c.row][0]: " ".join(t.surface for t in tokens[o.first : o.last + 1])
                     for o in kept if o is not span for c in o.candidates
                     if c.quality >= ALTERNATE_QUALITY and rows[c.row][0] in by_parent}
            if len(named) > 1:  # (then the one its paragraph names before it)
                here = {rows[c.row][0] for o in kept if o.last < span.first and not any(
                            "\n" in tokens[k].gap for k in range(o.last + 1, span.first + 1)) for c in o.candidates}
                named = {city: name for city, name in named.items() if city in here}
            if len(named) == 1:
                (city, name), = named.items()
                span.candidates = by_parent[city]
                span.cue, span.cue_reason = "district", f"a district of {name}, the one of its cities the text names"

    def _host_cities(self, span: Span, *, strict: bool, named: bool = False) -> list[Candidate]:
        """The city readings of a span that may hold a district; ``strict`` (the city after "of"): by its own
        name and of some size ("the mainly Sunni district of Bab al-Tabbaneh" is not in a hamlet called Bab), or with
        ``named`` (the city written right after "district of") a great city by another of its names too."""
        rows = self.gaz.rows
        if span.cue == "water":
            return []  # (a river: "on the right bank of the Amur, in the city's Krasnoflotsky district")
        if not strict:
            return [c for c in span.candidates if rows[c.row][2] == "city" and c.quality >= 0.9]
        # (a great city by another of its names too: "the Primorsky district of Odessa" is Odesa's, not a district
        # of Odessa, Texas, the only city whose own name that is)
        return [c for c in span.candidates if rows[c.row][2] == "city" and (
                    (c.quality >= 1.0 and (rows[c.row][8] >= DISTRICT_HOST_POPULATION or rows[c.row][11]))
                    or (named and c.quality >= ALTERNATE_QUALITY and rows[c.row][8] >= ALTERNATE_HOST_POPULATION))]

    def _read_as_district(self, span: Span, hosts: list[Candidate], city_name: str) -> None:
        """Re-read a district span as its city, unless it already has a reading in that city's region ("Kherson's
        Dniprovskyi district" is not Kyiv's district of that name)."""
        regions = {self.gaz.rows[c.row][7] for c in hosts}
        if hosts and not any(self.gaz.rows[c.row][7] in regions for c in span.candidates):
            span.candidates, span.match = hosts, "exact"
            span.cue, span.cue_reason = "city", f"a district of {city_name}"
            span.candidate_kinds = frozenset({"city"})
            span.host_key = name_key(city_name)

    def _district_span(self, tokens: list[Token], i: int, j: int, hosts: list[Candidate], city_name: str,
                       starts: set[int]) -> Span:
        span = self._span(tokens, i, j, " ".join(t.key for t in tokens[i : j + 1]), "exact", hosts, starts)
        span.cue, span.cue_reason = "city", f"a district of {city_name}"
        span.candidate_kinds = frozenset({"city"})
        span.host_key = name_key(city_name)
        return span

    # -- candidate spans --------------------------------------------------------------------------------------
    def _exact_spans(self, text: str, tokens: list[Token], starts: set[int]) -> list[Span]:
        out: list[Span] = []
        n = len(tokens)
        next_free = 0  # the first token after the last span found
        # names start at a capitalised word, or at a lower-case Arabic article joined to one ("al-Fashir")
        begins = [i for i in range(n - 1) if not tokens[i].is_capitalised and tokens[i].key in ARABIC_ARTICLES
                  and tokens[i + 1].gap == "-" and tokens[i + 1].is_capitalised]
        # or at a name that Ukrainian outlets write in lower case on purpose ("the territory of russia"), between
        # words (not inside an address: "russia.ru")
        begins += [i for i in range(n) if tokens[i].key in LOWERCASE_NAMES and tokens[i].surface.islower()
                   and (i == 0 or tokens[i].gap[-1:].isspace() or tokens[i].gap.endswith(("(", '"', "“")))
                   and (i + 1 >= n or tokens[i + 1].gap[:1] not in ("@", "/", "_") and not (
                       tokens[i + 1].gap == "." and not tokens[i + 1].is_capitalised))]
        order = compress(range(n), map(_IS_CAPITALISED, tokens))
        if begins:
            order = sorted({*order, *begins})
        for i in order:
            if i < next_free:
                continue
            tok = tokens[i]
            postal = self._postal_span(tokens, i, out, starts)
            if postal is not None:
                out.append(postal)
                next_free = i + 1
                continue
            found = None
            # The longest stretch from i that may be read as one name (no comma, no possessive inside).
            stretch = 1
            keys = [tok.key]  # keys[k]: the key of the k + 1 tokens from i
            prefixes = self.gaz.prefixes
            while (stretch < self.gaz.max_tokens and i + stretch < n and keys[-1] in prefixes
                   and (joins(tokens[i + stretch - 1], tokens[i + stretch])
                        or _comma_abbreviation(tokens, i + stretch)  # "Washington, D.C.", a name of the city
                        or (tokens[i + stretch - 1].possessive and tokens[i + stretch].gap == " "
                            and tokens[i + stretch - 1].key not in DIRECTION_WORDS  # not "the North's X"
                            # "Cox's Bazar", "King's Lynn"; not "Pyongyang's Sunan airport", a place's own site
                            and not any(self.is_notable_row(r) for r, _ in self.gaz.lookup(keys[-1]))))):
                keys.append(keys[-1] + " " + tokens[i + stretch].key)
                stretch += 1
            dotted = False
            for length in range(stretch, 0, -1):
                j = i + length - 1
                key = keys[length - 1]
                if length > 1 and tokens[j].key in FUNCTION_WORDS and not tokens[j].is_capitalised \
                        and tokens[j].gap == " ":
                    continue  # "prompting Tokyo to consider": not the alternate name "Tokyo To"
                if (length > 1 and tokens[j].key in ("city", "town") and not tokens[j].is_capitalised
                        and tokens[i].is_capitalised and any(
                            q == 0 and self.gaz.rows[r][2] in ("region", "country")
                            for r, q in self.gaz.lookup(keys[length - 2]))):
                    continue  # "a Texas city" in lower case: a city of the state, not Texas City
                if (length > 1 and tokens[j].key in _SITE_WORDS_AFTER_A_TOWN and not tokens[j].is_capitalised
                        and self.gaz.lookup(keys[length - 2]) and not (
                            (tokens[j].key in _SITES_NAMED_WHOLE and self._curated_site(key))
                            or self._curated_site_away(key, keys[length - 2]))):
                    # "the Tikhoretsk depot", "Khasan station": readers mark the town's name, and the town is where
                    # the site is (a capitalised "Khasan Station" or "Port of Rajin" keeps its whole name, and so
                    # does a refinery or terminal the gazetteer knows by that name: "the Ryazan refinery"; or a site
                    # it knows far from the town: "Kazan station" is Moscow's terminus for Kazan)
                    continue
                # An abbreviation with its full stop ("Kan.", "Fla.") is looked up first.
                # Only after a comma or bracket ("Wichita, Kan."; "(Wash.)"): "the Wash." is not Washington.
                dotted = (text[tokens[j].end : tokens[j].end + 1] == "." and ("," in tok.gap or "(" in tok.gap)
                          and bool(self.gaz.lookup(key + ".")))
                hits = self.gaz.lookup(key + ".") if dotted else self.gaz.lookup(key)
                if not hits:
                    continue
                if j > i and tok.key == "the" and not tokens[i + 1].is_capitalised:
                    continue  # "The valley's only road" is not The Valley, Anguilla; "The Hague" is capitalised
                if key in self.gaz.case_sensitive and not self._written_as_named(key, tokens[i : j + 1]):
                    continue
                found = (j, key, hits)
                break
            if (found is None and i + 1 < n and tokens[i + 1].gap == "-" and len(tok.key) >= 4
                    and len(tokens[i + 1].key) >= 4):
                # "Pétion-Ville" for GeoNames' Pétionville: a name the gazetteer writes as one word
                joined = tok.key + tokens[i + 1].key
                hits = self.gaz.lookup(joined)
                if hits:
                    found = (i + 1, joined, hits)
            rivers = self._river_after_the(tokens, i) if found is None or found[0] == i else []
            if found is None and not rivers:
                continue
            if found is None:
                found = (i, tok.key, ())
            j, key, hits = found
            cands = self._exact_candidates(key + "." if dotted else key, hits) if hits else []
            if rivers:
                have = {c.row for c in cands}
                cands += [c for c in rivers if c.row not in have]
            if key in self.gaz.case_sensitive:
                # "UK" written in capitals is the abbreviation, not a village called "Uk", nor "USA" the city of
                # Usa (Oita) that carries it as an alternate name.
                own = self.gaz.case_sensitive_rows.get(key, set())
                cands = [c for c in cands if c.row in own] or cands
            elif i == j and len(key) <= 3 and not dotted:
                # "Sam" is a village's name but only an alternate name of Damascus: keep primary names only.
                cands = [c for c in cands if c.quality >= 1.0]
                if not cands:
                    continue
            match = "exact" if any(c.quality >= 0.9 for c in cands) else "variant"
            span = self._span(tokens, i, j, key, match, cands, starts)
            if dotted:
                span.end += 1
            elif tokens[j].possessive and any(
                    c.quality >= 0.9 and self.gaz.rows[c.row][1][-2:] in ("'s", "’s")
                    and name_key(self.gaz.rows[c.row][1][:-2]) == key for c in cands):
                # "St. John's": the apostrophe-s belongs to the name, not a possessive (not "Malta's", though
                # GeoNames gives "Malta" as another name of St. Julian's)
                span.end += 2
            if (i >= 2 and tokens[i - 1].surface.isdigit() and tokens[i - 1].gap == "."
                    and tokens[i - 2].surface.isdigit() and tokens[i].gap == " "):
                # "the 2.8 Vinalon Complex": a name that opens with a date, when the gazetteer has it so
                dated = f"{tokens[i - 2].key} {tokens[i - 1].key} {key}"
                rows = {r for r, _ in self.gaz.lookup(dated)}
                if rows & {c.row for c in cands}:
                    span.first, span.start = i - 2, tokens[i - 2].start
            if rivers:
                what = "an ocean" if all(c.how.startswith("ocean") for c in rivers) else "a river"
                span.cue, span.cue_reason = "water", f"'{tokens[i - 1].surface} {tok.surface}' names {what}"
            out.append(span)
            next_free = j + 1
        return out

    def _curated_site(self, key: str) -> bool:
        """A curated facility has this whole name ("ryazan refinery")."""
        return any(self.gaz.rows[r][2] == "facility" and self.gaz.rows[r][12] == "curated"
                   for r, _ in self.gaz.lookup(key))

    def _curated_site_away(self, key: str, town_key: str) -> bool:
        """A curated facility has this whole name and lies more than SITE_AWAY_KM from every town of the bare name
        ("kazan station", Moscow's station for Kazan)."""
        rows = self.gaz.rows
        towns = [rows[r] for r, _ in self.gaz.lookup(town_key) if rows[r][2] == "city"]
        return any(rows[r][2] == "facility" and rows[r][12] == "curated" and all(
            great_circle((rows[r][3], rows[r][4]), (t[3], t[4])).km > SITE_AWAY_KM for t in towns)
            for r, _ in self.gaz.lookup(key))

    def _postal_span(self, tokens: list[Token], i: int, found: list[Span], starts: set[int]) -> Span | None:
        """ "Dalton, GA", "Hamilton, ON": a state's or province's postal code, in capitals after a comma, right after
        a name that has a town of that state among its readings. Nowhere else: "IN", "OR" and "ME" are words."""
        tok = tokens[i]
        rows = self.gaz.postal.get(tok.key)
        if (not rows or not tok.is_upper or not tok.surface.isalpha() or tok.gap.strip() != "," or not found
                or found[-1].last != i - 1):
            return None
        town = found[-1].candidates
        inside = [r for r in rows if any(r in self.gaz.ancestors(c.row) for c in town)]
        if not inside:
            return None
        cands = [Candidate(r, 1.0, POSTAL_HOW) for r in sorted(inside)]
        return self._span(tokens, i, i, tok.key, "exact", cands, starts)

    def _river_after_the(self, tokens: list[Token], i: int) -> list[Candidate]:
        """'the Dnipro', 'across the Don': a single name after the article is the river of that name when the
        gazetteer has one ("Dnipro River", "River Don"); towns do not take the article."""
        the = i - 2 if i >= 2 and tokens[i - 1].key in _COURSE_WORDS and not tokens[i - 1].is_capitalised else i - 1
        if the < 0 or tokens[the].key != "the" or tokens[i].gap != " ":
            return []  # ("the lower Taedong", "the upper Don": a stretch of the river's course)
        if i + 1 < len(tokens) and tokens[i + 1].is_capitalised and joins(tokens[i], tokens[i + 1]):
            return []  # "the Dnipro Hotel", "the Don Bass": a longer name
        if i + 1 < len(tokens) and tokens[i + 1].gap == " " and tokens[i + 1].key in _SITE_WORDS_AFTER_A_TOWN:
            return []  # "the Tumangang station": the town's station (Tumangang is also the Korean river's name)
        key = tokens[i].key
        out = []
        for name in (f"{key} river", f"river {key}"):
            for row, _ in self.gaz.lookup(name):
                if self.gaz.rows[row][2] == "water":
                    out.append(Candidate(row, 1.0, f"river named '{tokens[i].surface}'"))
        if not self.is_demonym(key):  # "over the Atlantic", "across the Pacific" (not "the Indian government")
            out += [Candidate(row, 1.0, f"ocean named '{tokens[i].surface}'")
                    for row, _ in self.gaz.lookup(f"{key} ocean") if self.gaz.rows[row][2] == "water"]
        return out

    def _written_as_named(self, key: str, words: list[Token]) -> bool:
        """Whether the words of a case-sensitive name are written as the gazetteer names it: an abbreviation in
        capitals ("US", "USA", or with its capital and full stop, "W.Va."), a name with its capitals ("Sour", Tyre's
        Arabic name, but not a "sour" mood; in capitals too, as in a dateline)."""
        if all(t.is_upper or (t.surface[0].isupper() and t.surface.endswith(".")) for t in words):
            return True
        return any(len(shape) == len(words) and all(t.surface[0].isupper() for t, cap in zip(words, shape) if cap)
                   for shape in self.gaz.capitalised_words.get(key, ()))

    def _exact_candidates(self, key: str, hits: tuple[tuple[int, int], ...]) -> list[Candidate]:
        """The candidates for the (row, quality code) ``hits`` of the gazetteer name ``key``. The names of a
        gazetteer are fixed once it is built and candidates are immutable, so each name's are built once."""
        cands = self._candidates_memo.get(key)
        if cands is None:
            rows = self.gaz.rows
            owner = max((rows[row][8] for row, q in hits if q == 0 and rows[row][2] == "city"), default=0)
            cands = tuple(Candidate(row, *_EXACT_QUALITY.get(q, (ALTERNATE_QUALITY, "alternate name")),
                                    q == Q_MARKED_ALTERNATE)
                          for row, q in hits
                          if not (q != 0 and rows[row][2] == "city" and _owned_elsewhere(key, rows[row], owner)))
            if len(self._candidates_memo) < 200_000:
                self._candidates_memo[key] = cands
        return list(cands)

    def _curated_by_this_name(self, span: Span) -> bool:
        """A town or district curated by the span's very name: no other spelling's town is added beside it."""
        return any(c.quality >= 1.0 and self.gaz.rows[c.row][12] == "curated"
                   and self.gaz.rows[c.row][2] in ("city", "district") for c in span.candidates)

    def _add_district_centres(self, span: Span, tokens: list[Token]) -> None:
        """ "Goseong County" matched whole as another name of one county town (Kosong, Gangwon) is also the county
        of every other town of the bare name in a country whose districts are named after their centre (Goseong,
        South Gyeongsang): the article decides."""
        rows = self.gaz.rows
        if not all(rows[c.row][2] == "city" for c in span.candidates):
            return  # (a district the gazetteer has by that name: Pyongyang's "Hwasong district")
        bare = " ".join(t.key for t in tokens[span.first : span.last])
        have = {c.row for c in span.candidates}
        extra = [Candidate(r, ALTERNATE_QUALITY, f"the district's centre ('{bare}')") for r, q in self.gaz.lookup(bare)
                 if q == 0 and r not in have and rows[r][2] == "city" and rows[r][5] in DISTRICT_CENTRE_COUNTRIES
                 and any(rows[c.row][5] == rows[r][5] for c in span.candidates)]
        if extra:
            span.candidates = span.candidates + extra

    def _add_other_korea(self, span: Span) -> None:
        """A Korean town's own name is often the other Korea's town in the other romanisation ("Suncheon", the
        southern city, is also Sunch'ŏn, north of Pyongyang, in Revised Romanization): add the towns of the other
        Korea whose names fold to the same key, for the article to decide."""
        rows = self.gaz.rows
        koreas = {rows[c.row][5] for c in span.candidates if c.quality >= 1.0 and rows[c.row][2] == "city"
                  and rows[c.row][5] in ("KP", "KR")}
        if len(koreas) != 1 or self._curated_by_this_name(span):
            return  # (nor beside a place curated by that very name: "Yongsan", Seoul's district, is no Wŏnsan)
        other = "KR" if "KP" in koreas else "KP"
        have = {c.row for c in span.candidates}
        span.candidates = span.candidates + [
            c for c in self._fuzzy_candidates(span.key) if c.row not in have and c.quality >= FULL_VARIANT_QUALITY
            and rows[c.row][5] == other and rows[c.row][2] == "city"]

    def _fuzzy_candidates(self, key: str) -> list[Candidate]:
        """Notable places of transliterated countries whose name ``key`` may be another spelling of
        (memoised per key: candidates are immutable)."""
        cands = self._fuzzy_memo.get(key)
        if cands is None:
            cands = tuple(Candidate(row, fuzzy_quality(sim), f"transliteration variant of '{name}' ({sim:.2f})")
                          for row, sim, name in self.gaz.fuzzy(key, min_similarity=FUZZY_MIN_SIMILARITY)
                          if self.gaz.rows[row][5] in TRANSLITERATED_COUNTRIES
                          # (no Korean romanisation writes "q" or "x": "Quanhe" is a Chinese town, not Kanggye)
                          and not (self.gaz.rows[row][5] in ("KP", "KR") and ("q" in key or "x" in key))
                          # a short name stretched is too easily another word ("Atesh" is not Odesa's "Ades" or
                          # "Adesa"): short names and short words match only near-exactly
                          and len(name.replace(" ", "")) >= FUZZY_MIN_TARGET_LENGTH
                          and (len(key.replace(" ", "")) > FUZZY_SHORT_WORD or sim >= FUZZY_SHORT_MIN_SIMILARITY)
                          and not _surname_of_a_village(key, name))
            if len(self._fuzzy_memo) < 200_000:
                self._fuzzy_memo[key] = cands
        return list(cands)

    def _fuzzy_spans(self, tokens: list[Token], covered: set[int], starts: set[int],
                     single: set[int], korean: dict[int, int]) -> list[Span]:
        """Spans read as transliteration variants of names matched nowhere else: hyphenated and two-word
        names read whole ("Phenan-Pukto", "Krivyi Rih"; a hyphenated pair also when its first word alone is a
        name, ``single``: "Hwanghae-Pukto"), then single words."""
        out: list[Span] = []
        used = {k for a, b in korean.items() for k in range(a + 1, b + 1)}  # "Jong-un" is a given name
        # Hyphenated names first, read whole: "Phenan-Pukto" (Russian-style P'yŏngan-bukto), "Ryanggang-do".
        for tok in compress(tokens, map("-".__eq__, map(_GAP, tokens))):
            if tok.index == 0:
                continue
            prev = tokens[tok.index - 1]
            if (prev.is_capitalised and not prev.is_upper and tok.index not in covered
                    and (prev.index not in covered or prev.index in single) and prev.index not in used):
                key = f"{prev.key} {tok.key}"
                cands = self._fuzzy_candidates(key)
                if cands:
                    out.append(self._span(tokens, prev.index, tok.index, key, "fuzzy", cands, starts))
                    used |= {prev.index, tok.index}
        capitalised = list(compress(tokens, map(_IS_CAPITALISED, tokens)))
        for tok in capitalised:  # two capitalised words, neither matched: "Krivyi Rih", "Belaya Tserkov"
            nxt = tokens[tok.index + 1] if tok.index + 1 < len(tokens) else None
            if (nxt is None or not nxt.is_capitalised or nxt.gap != " " or tok.possessive
                    or (tok.index in covered and tok.index not in single)
                    or (nxt.index in covered and nxt.index not in single)  # ("Novosyolka" is also a village)
                    or {tok.index, nxt.index} & used or tok.is_upper or nxt.is_upper
                    or not (self._may_be_variant(tok, min_length=4) or tok.key in DIRECTION_WORDS)  # "South Khamgyon"
                    or not self._may_be_variant(nxt, min_length=3)):
                continue
            key = f"{tok.key} {nxt.key}"
            cands = self._fuzzy_candidates(key)
            if cands:
                out.append(self._span(tokens, tok.index, nxt.index, key, "fuzzy", cands, starts))
                used |= {tok.index, nxt.index}
        for tok in capitalised:
            if tok.index in covered or tok.index in used or tok.is_upper or not self._may_be_variant(tok):
                continue
            cands = self._fuzzy_candidates(tok.key)
            if not _latin(tok.surface):
                # a gloss in another script is its place's name transliterated, near-exactly ("Гуляйполе",
                # "Μαριούπολη"), or another place's: "Uiju county (Ыйджу)" is no Izhevsk
                cands = [c for c in cands if c.quality >= GLOSS_MIN_QUALITY]
            if cands:
                out.append(self._span(tokens, tok.index, tok.index, tok.key, "fuzzy", cands, starts))
        return out

    def _may_be_variant(self, tok: Token, min_length: int = 5) -> bool:
        """A word that may be a stretched spelling of a place: long enough, not an everyday word, month,
        function word or demonym."""
        key = tok.key
        return (len(key) >= min_length and key not in self.common and key not in MONTHS
                and key not in FUNCTION_WORDS and not self.is_demonym(key))

    def _unresolved_spans(self, tokens: list[Token], covered: set[int], run_of: dict[int, tuple[int, int]],
                          people: set[str], starts: set[int]) -> list[Span]:
        """Capitalised names after "in"/"near"/"the city of" that match nothing: reported, never guessed."""
        out: list[Span] = []
        for a, b in sorted(set(run_of.values())):
            tok = tokens[a]
            if a == 0 or a in covered:
                continue
            prev = tokens[a - 1]
            before2 = tokens[a - 2].key if a >= 2 else ""
            if not (prev.key in LOCATIVE_BEFORE or (prev.key == "of" and (before2 in CITY_BEFORE or before2 in REGION_BEFORE))):
                continue
            if not joinable(tok.gap) and tok.gap.strip():
                continue
            keys = [t.key for t in tokens[a : b + 1]]
            if any(i in covered for i in range(a, b + 1)):
                continue
            if keys[0] in _NOT_A_NAME_START or not ORG_WORDS.isdisjoint(keys) or keys[-1] in people:
                continue
            if len(keys) == 1 and (keys[0] in self.common or self.is_demonym(keys[0])):
                continue
            if any(t.is_number for t in tokens[a : b + 1]) or tokens[a].is_upper:
                continue
            span = self._span(tokens, a, b, " ".join(keys), "unresolved", [], starts)
            span.cue_reason = f"capitalised name after '{prev.surface}' matches no gazetteer entry"
            out.append(span)
        return out

    def _span(self, tokens: list[Token], i: int, j: int, key: str, match: str, cands: list[Candidate],
              starts: set[int]) -> Span:
        return Span(
            first=i, last=j, start=tokens[i].start, end=tokens[j].end, text="", key=key, match=match,
            candidates=cands, sentence_start=i in starts,
        )

    # -- rejection rules ---------------------------------------------------------------------------------------
    def reject_reason(self, span: Span, tokens: list[Token], run_of: dict[int, tuple[int, int]],
                      people: set[str]) -> str | None:
        """Why a span is not a place, or None. The rules are tried in order; the first that applies wins."""
        if is_postal(span):
            return None  # its town before it vouches for it ("Athens, GA said": no person, no word)
        for rule in RULES:
            reason = rule(self, span, tokens, run_of, people)
            if reason:
                return reason
        return None

    def is_demonym(self, key: str) -> bool:
        """True for a word like "Korean", "Ukrainian", "Azerbaijani": a suffix on the stem of a notable place
        (memoised per key)."""
        hit = self._demonym_memo.get(key)
        if hit is None:
            hit = self._demonym_memo[key] = self._is_demonym(key)
        return hit

    def _is_demonym(self, key: str) -> bool:
        if " " in key:
            return False
        if key in IRREGULAR_DEMONYMS or key in DEMONYM_COUNTRIES:
            return True
        prefixes = self._demonym_stems()
        if key in prefixes:
            return False  # the beginning of a place's own name ("Chagan" for Chagang), not an adjective
        if key in self._area_keys or any(self.gaz.rows[r][2] in ("country", "region", "continent")
                                         for r, _ in self.gaz.lookup(key)):
            return False  # "Britain" is the place itself, not an adjective of it
        if len(key) >= 4 and any(self.gaz.rows[r][2] in ("country", "region") and q in (Q_PRIMARY, Q_ALTERNATE)
                                 for r, q in self.gaz.lookup(key + "ia")):
            return True  # "Gagauz", "Serb", "Croat": the people of Gagauzia, Serbia, Croatia
        for suffix in DEMONYM_SUFFIXES:
            if key.endswith(suffix) and len(key) - len(suffix) >= 3:
                stem = key[: -len(suffix)]
                # A stem of three letters is too short to tell (Musan, Goris, Reni are towns).
                if suffix in ("i", "is"):
                    # "Iraq-i", "Azerbaijan-i": the whole name; "Shushi" is not an adjective of Shusha
                    if len(stem) > 3 and stem in self._area_last_words:
                        return True
                elif len(stem) > 3 and (stem in prefixes or stem + "a" in prefixes or stem + "e" in prefixes):
                    return True
        return False

    def _demonym_stems(self) -> set[str]:
        if self._stems is None:
            stems: set[str] = set()
            for name in self.gaz.area_names():
                self._area_keys.add(fold(name))
                last = fold(name).split(" ")[-1]
                self._area_last_words.add(last)
                # "Mexic-an", "Chines-e": an adjective drops at most two letters of the name; "Reni" is not
                # an adjective of Renfrewshire
                for k in range(max(3, len(last) - 2), len(last) + 1):
                    stems.add(last[:k])
            self._stems = stems
        return self._stems

    def is_notable(self, span: Span) -> bool:
        return any(self.is_notable_row(c.row) for c in span.candidates)

    def is_notable_row(self, row_index: int) -> bool:
        """Countries, regions, curated places, capitals and cities of 100,000 people or more."""
        return notable_row(self.gaz, row_index)


_DASHES = ("-", "–", "—")
# Names shorter than this (spaces aside) are never the target of a stretched spelling.
FUZZY_MIN_TARGET_LENGTH = 5
FUZZY_SHORT_WORD = 5
FUZZY_SHORT_MIN_SIMILARITY = 0.95
# Adjective endings of Russian and Ukrainian district names ("Sudzhansky", "Pokrovskyi", "Rylskiy").
_ADJECTIVE_ENDINGS = ("skyi", "skyy", "skiy", "skii", "sky", "skoy", "skoi", "ski")
# A Ukrainian hromada's adjective ("the Borivska hromada"): only before HROMADA_WORDS.
_FEMININE_ENDINGS = ("ska",)
# The first words of compound town names, as they join an adjective ("Velykoburlutska": Velykyi Burluk).
_COMPOUND_PREFIXES = (("velyko", ("velykyi", "velyka", "velyke")), ("malo", ("malyi", "mala", "male")),
                      ("novo", ("novyi", "nova", "nove")), ("staro", ("staryi", "stara", "stare")))
# Adjectives that name the districts of many Soviet-built cities after a revolutionary or an idea ("the Kirovsky
# district" of Volgograd, Ufa, Donetsk ...; "Leninsky", "Oktyabrsky", "Krasnoarmeysky"): no town of the adjective's
# name is their centre by default, so the mention stays unresolved unless its city is given ("... of the city").
SOVIET_DISTRICT_STEMS = ("lenin", "kirov", "oktyabr", "oktiabr", "zhovtnev", "sovet", "radian", "krasnoarme",
                         "chervonoarmi", "dzerzhin", "frunzen", "kuibyshev", "kuybyshev", "kalinin", "ordzhonikidze",
                         "voroshilov", "sverdlov", "zavod", "tsentral", "promyshlen", "zheleznodorozh",
                         "traktorozavod", "krasnooktyabr", "pervomai", "pervomay", "proletar", "kommunar", "avtozavod",
                         "komintern", "shevchenkiv", "industrial",
                         "zavolzh", "zarechn")  # ("beyond the Volga", "beyond the river": quarters of many cities)
CENTRE_HOW = "the district's centre"
# The cue reason of a district named after its centre ("Grayvoron district"), read as that town.
CENTRE_CUE = ": a district named after its centre"
POSTAL_HOW = "postal code after a town of it"
_REGION_SUFFIXES = ("shchyna", "chchyna", "shchina")
DERIVED_QUALITY = 0.85  # a derived spelling of a name (see geo.gazetteer.base.DERIVED_FORMS)
# The match quality of a place's alternate name (its own name is 1.0).
ALTERNATE_QUALITY = 0.95
_EXACT_QUALITY = {Q_PRIMARY: (1.0, "exact name"), Q_DERIVED: (DERIVED_QUALITY, f"derived spelling ({DERIVED_FORMS})")}


# Between two items of a list: a comma, "and" or "or" ("Oregon, Washington and Idaho").
LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+", re.IGNORECASE)


# Words before a name that make it a place whatever it was read as once: "in", "near" and "from", "to", "via"
# ("flights from Ufa" after "the submarines Magadan and Ufa").
_PLACE_BEFORE = LOCATIVE_BEFORE | {"from", "to", "via"}


def _one_sense_per_discourse(spans: list[Span], rejected_keys: set[str], tokens: list[Token],
                             text: str) -> list[Span]:
    """Drop the other mentions of a name read as a ship, weapon or product once, but not one after "in", "near",
    "across" ("ABC Newcastle 1233AM" does not make "across Newcastle" a product), with a type word, or listed with a
    place kept ("through Krasnoyarsk, Novosibirsk, Omsk and Tyumen" after "the submarines Novosibirsk and ...")."""
    keep = [s.key not in rejected_keys or s.cue is not None or (
        s.first > 0 and tokens[s.first - 1].key in _PLACE_BEFORE) for s in spans]
    changed = True
    while changed:
        changed = False
        for k, s in enumerate(spans):
            if keep[k]:
                continue
            for n in (k - 1, k + 1):
                if 0 <= n < len(spans) and keep[n]:
                    a, b = (spans[n], s) if n < k else (s, spans[n])
                    if LIST_GAP.fullmatch(text[a.end:b.start]):
                        keep[k] = changed = True
                        break
    return [s for s, k in zip(spans, keep) if k]


def is_postal(span: Span) -> bool:
    """A state's postal code after a town of it (see Recognizer._postal_span)."""
    return bool(span.candidates) and all(c.how == POSTAL_HOW for c in span.candidates)


def _comma_abbreviation(tokens: list[Token], k: int) -> bool:
    """A dotted abbreviation after a comma that may end a place's name ("Washington, D.C."); not one a capitalised
    word follows ("... in Washington, D.C. Site names are ...": the abbreviation ends the sentence)."""
    tok = tokens[k]
    return (tok.gap == ", " and "." in tok.surface and tok.is_upper
            and not (k + 1 < len(tokens) and tokens[k + 1].is_capitalised and tokens[k + 1].gap == " "))


def demonym_countries(tokens: list[Token], skip: list[tuple[int, int]] = ()) -> set[str]:
    """Countries whose demonym the text uses ("North Korean state media", "Ukrainian officials"), outside the
    ``skip`` ranges (page furniture: a related headline's "Libyan government" says nothing of the article)."""
    out: set[str] = set()
    for tok in compress(tokens, map(_IS_CAPITALISED, tokens)):
        hit = DEMONYM_COUNTRIES.get(tok.key)
        if hit is None or any(a <= tok.start < b for a, b in skip):
            continue
        if tok.index > 0 and joins(tokens[tok.index - 1], tok):  # "North Korean" is narrower than "Korean"
            hit = DEMONYM_COUNTRIES.get(f"{tokens[tok.index - 1].key} {tok.key}", hit)
        out.update(hit)
    return out


def _opens_a_line(tokens: list[Token], i: int) -> bool:
    return i == 0 or "\n" in tokens[i].gap


def _dateline_word(tokens: list[Token], i: int) -> bool:
    """A word in capitals of four letters or more opening a line, as a dateline's city does (see _in_a_dateline,
    which also reads what follows it)."""
    return tokens[i].is_upper and len(tokens[i].surface) >= 4 and _opens_a_line(tokens, i)


def capitalised_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens read as one name (joined by spaces, quotes or hyphens).

    Function words that only happen to be capitalised ("The", "In") do not start a run; a possessive ends it.
    """
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    next_free = 0
    for i in compress(range(n), map(_IS_CAPITALISED, tokens)):
        if i < next_free or tokens[i].key in FUNCTION_WORDS:
            continue
        j = i
        while j + 1 < n and joins(tokens[j], tokens[j + 1]):
            if _dateline_word(tokens, j) and not tokens[j + 1].is_upper:
                break  # "WASHINGTON Christopher Steele, who wrote ...": a dateline's city, then the story's first name
            if ((tokens[j + 1].is_capitalised or tokens[j + 1].is_number)
                    and (tokens[j + 1].key not in FUNCTION_WORDS or tokens[j + 1].key == "new")):  # "Jalisco New Generation"
                j += 1
            elif (tokens[j + 1].surface in NAME_CONNECTORS and j + 2 < n and joins(tokens[j + 1], tokens[j + 2])
                  and tokens[j + 2].is_capitalised and tokens[j + 2].key not in FUNCTION_WORDS):
                j += 2  # "Monte do Gozo", "Universidad de Chile": a Romance name goes on past its connector
            else:
                break
        runs.append((i, j))
        next_free = j + 1
    return runs


# Nouns a city's name and "city" or "town" modify ("a Valparaíso city councillor"): then the name is the city's.
_CITY_NOUN_HEADS = frozenset({"council", "councillor", "councilor", "councilman", "councilwoman", "official",
                              "officials", "hall", "police", "government", "mayor", "court", "administration",
                              "authorities", "limits", "manager", "centre", "center", "clerk", "attorney"})
# A feature's type word that begins its name and never a person's ("Lake Winnipeg", "Mount Banks"); not "River"
# (River Phoenix) nor "Bay" or "Park", which are given and family names.
_FEATURE_FIRST_WORDS = frozenset({"lake", "mount", "mt", "cape", "loch", "isle", "gulf", "strait", "straits",
                                  "fort", "lac", "monte", "rio", "sierra", "wadi", "jebel", "jabal", "ras"})
# Words that never occur in a person's name: organisation, type, month, weekday and direction words.
_NOT_IN_PERSON_NAMES = (ORG_WORDS | REGION_WORDS | DISTRICT_WORDS | FACILITY_WORDS | CITY_WORDS | MONTHS | WEEKDAYS
                        | DIRECTION_WORDS | UNNAMED_FACILITY_WORDS | PLACE_ADJECTIVES
                        | {"air"})  # (an airline: "Air Astana", "Air India")


# Ranks that also name ships and clubs after a place ("Admiral Vladivostok", "General Santos").
MILITARY_RANKS = frozenset({"admiral", "general", "marshal", "captain", "commander", "colonel", "major"})
# Titles of monarchs and popes, whose one name after them is a regnal name, no surname ("the statue of King Sejong"
# makes no later "Sejong, the administrative capital" a person; "Queen Victoria", "Pope Francis").
REGNAL_TITLES = frozenset({"king", "queen", "emperor", "empress", "tsar", "czar", "tsarina", "prince", "princess",
                           "pope", "sultan", "shah", "emir", "khan"})


def notable_row(gaz: Gazetteer, row_index: int) -> bool:
    """Countries, regions, curated places, capitals and cities of NOTABLE_POPULATION people or more."""
    row = gaz.rows[row_index]
    return row[2] in ("country", "region") or row[12] == "curated" or row[8] >= NOTABLE_POPULATION or row[11]


def _an_areas_own_name(gaz: Gazetteer, key: str) -> bool:
    """A country or region has this name as its own."""
    return any(q == 0 and gaz.rows[r][2] in ("country", "region") for r, q in gaz.lookup(key))


def _a_notable_place(gaz: Gazetteer, key: str) -> bool:
    """A notable place (see :func:`notable_row`) has this name as its own."""
    return any(q == 0 and notable_row(gaz, r) for r, q in gaz.lookup(key))


# English words after a hyphen that make a compound adjective of the name before them ("a Chiang Mai-based institute",
# "Kim Il-sung-era"), never the last syllable of a given name.
_COMPOUND_ADJECTIVE_ENDS = frozenset({"based", "born", "bred", "led", "run", "owned", "made", "built", "bound",
                                      "held", "linked", "backed", "style", "type", "era", "wide", "area", "class",
                                      "like", "level"})


def _latin(word: str) -> bool:
    """Every letter of the word is a Latin one (with or without diacritics: "Hŭngnam", "Łuck"), not Cyrillic,
    Greek or Hangul."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in word)


def korean_names(tokens: list[Token]) -> dict[int, int]:
    """Korean personal names, family name first: index of the family name -> index of the name's last token.

    A family name ("Kim", "Kang", "Moon") followed by a short capitalised given name that is hyphenated
    ("Jong-un", "Mi-ok", "Jae-in") or of two short parts ("Jong Un", "Suk Yeol"); and a Chinese family name before
    a hyphenated given name ("Chen Wei-lun", "Tsai Ing-wen"), as Taiwan and Hong Kong write them."""
    out: dict[int, int] = {}
    n = len(tokens)
    for tok in compress(tokens, map(_IS_CAPITALISED, tokens)):
        i = tok.index
        korean = tok.key in KOREAN_SURNAMES
        if not (korean or tok.key in CHINESE_SURNAMES) or i + 2 >= n or tok.possessive:
            continue
        first, second = tokens[i + 1], tokens[i + 2]
        if (tokens[i + 1].gap != " " or not first.is_capitalised or first.is_upper or len(first.key) > 5
                or first.possessive):
            continue  # ("Hà Nội's Long Biên district": a possessive ends the name, so no given name of two parts)
        if (second.gap == "-" and len(second.key) <= 5 and second.key not in KOREAN_SUFFIXES
                and second.key not in _COMPOUND_ADJECTIVE_ENDS and (korean or not second.is_capitalised)):
            out[i] = i + 2  # Kim Jong-un; Chen Wei-lun
        elif (korean and second.gap == " " and second.is_capitalised and len(second.key) <= 5 and not second.is_upper
              and second.key not in FEATURE_AFTER):
            out[i] = i + 2  # Kim Jong Un (not "Ha Long Bay")
    for tok in compress(tokens, map(_IS_CAPITALISED, tokens)):
        # given name first, as bylines abroad write it: "Jae-won Lee", "Mi-ok Kang"
        i = tok.index
        if i + 2 >= n or i in out or len(tok.key) > 5 or tok.is_upper or tok.key in FUNCTION_WORDS:
            continue
        syllable, family = tokens[i + 1], tokens[i + 2]
        if (syllable.gap == "-" and not syllable.is_capitalised and len(syllable.key) <= 5
                and syllable.key not in KOREAN_SUFFIXES and family.gap == " " and family.is_capitalised
                and family.key in KOREAN_SURNAMES and not family.possessive):
            out[i] = i + 2
    return out


# Words before "named" or "called" that make what follows a place's name, not a person's ("formerly named").
_RENAMING_WORDS = frozenset({"formerly", "previously", "once", "originally", "later", "renamed", "then", "town",
                             "city", "village", "port", "settlement", "hamlet", "place", "community", "district",
                             # "Russians had just named Vladivostok", "was officially called Kyiv": a verb's naming
                             "had", "has", "have", "was", "were", "been", "is", "are", "just", "officially",
                             "formally"})


def person_names(tokens: list[Token], runs: list[tuple[int, int]], gaz: Gazetteer,
                 starts: set[int], korean: dict[int, int] | None = None) -> tuple[set[str], set[int]]:
    """People named in the text: their surnames (so that "Lair said" is not a place) and the token indices
    of names that are certainly a person's.

    A run of two to four capitalised words with no organisation, type or month word, whose first word does
    not begin a notable place's name, is read as a person's name (its last word is a surname). A run right
    after a title ("spokesman Paul Kent", "Mayor Shawn Teamann") or followed by an apposition naming a role
    ("Sydney Jordan, a semiconductor analyst") is certainly a person: every word of it is a name.
    """
    people: set[str] = set()
    certain: set[int] = set()
    listed = -1  # the last token of a name in a list of people after a plural title ("editors: ...")
    n = len(tokens)
    for a, b in (korean_names(tokens) if korean is None else korean).items():  # "Kang Mi-ok ... Kang said"
        people.add(tokens[a].key)
        if tokens[b].key in KOREAN_SURNAMES:
            people.add(tokens[b].key)  # ("Jae-won Lee ... Lee said")
        certain.update(range(a, b + 1))
    for a, b in runs:
        # "RNC Chairman Michael Steele": a title inside a run starts the name after it.
        inner = [k for k in range(a, b) if tokens[k].key in PERSON_TITLES]
        if inner and b - inner[-1] <= 3:
            # (a rank before a city's name names a club or a ship: "the hockey club Admiral Vladivostok" makes no
            # later "Vladivostok" a surname, while "Sheriff Jordan" does make "Jordan" one)
            # (not "Lieutenant Colonel Jari Lahti": a given name between the rank and the surname)
            rank = (tokens[inner[-1]].key in MILITARY_RANKS or tokens[inner[-1]].key in REGNAL_TITLES) and (
                b == inner[-1] + 1)
            people.update(t.key for t in tokens[inner[-1] + 1 : b + 1] if not (rank and _a_notable_place(gaz, t.key)))
            certain.update(range(inner[-1] + 1, b + 1))
            continue
        if not 0 <= b - a <= 3:
            continue
        keys = [t.key for t in tokens[a : b + 1]]
        if any(t.is_number or t.is_upper for t in tokens[a : b + 1]):
            continue
        if not _NOT_IN_PERSON_NAMES.isdisjoint(keys):
            continue
        # "spokesman Paul Kent", "Gov. Janet Mills", "A spokesperson, Victoria Lyon", "said Madison Warren"
        # A full stop in between only follows an abbreviated title ("Gov."), never a sentence's last word
        # ("... asked not to be named. Ukraine has asked ...").
        gap = tokens[a].gap if a > 0 else "\n"
        before = "" if "\n" in gap else tokens[a - 1].key
        if gap.strip() == ".":
            before = before if before in TITLE_ABBREVIATIONS else ""
        elif gap.strip() == ":" and before.endswith("s") and before[:-1] in PERSON_TITLES:
            before = before[:-1]  # "Live blog editors: Sardana Nikolaeva, Aisen Gavrilyev"
            listed = b
        elif gap.strip() not in ("", ","):
            before = ""
        if gap.strip() == "," and b > a and a - 1 == listed and not gaz.lookup(" ".join(keys)):
            before, listed = "editor", b  # (the next name of that list: "..., Aisen Gavrilyev")
        if before in ("named", "called") and a >= 2 and tokens[a - 2].key in _RENAMING_WORDS:
            before = ""  # "Chornomorsk, formerly named Illichivsk", "a town called Normal": a place's name
        titled = before in PERSON_TITLES or (b > a and (before in SPEECH_VERBS or before == "by") and (
            # (the verb in lower case: "the United States, Saudi Arabia" has no verb "States" before a name)
            not (a >= 2 and tokens[a - 1].is_capitalised and tokens[a - 2].is_capitalised
                 and joins(tokens[a - 2], tokens[a - 1]))) and (not any(
            # "named by Alberta Wildfire", "said Texas Instruments", "Photo by Yakutia Vesti", "compiled by Aegean
            # Boat Report": an agency, firm or outlet named after a region, country or sea (by any of its names),
            # not a person whose first name is one
            (gaz.rows[r][2] in ("country", "region") and (q == 0 or gaz.rows[r][5] in SOVIET_KOREAN_CENTRE_COUNTRIES))
            or (gaz.rows[r][2] in ("water", "continent") and gaz.rows[r][12] == "curated")
            for r, q in gaz.lookup(keys[0])) or (  # (but "said Florence Whitby": a given name before a surname)
                b == a + 1 and keys[0] in PLACE_GIVEN_NAMES and keys[1] not in common_words())))
        # "Sydney Jordan, a semiconductor analyst", "Madison Warren, director of ..."
        # (not "Sierra Leone, whose owner", nor "the eastern tip of the Shandong Peninsula, Captain Sun has ...": a
        # feature's name before a clause)
        apposition = _described_as(tokens, b, PERSON_TITLES, reach=6, article=False) and not any(
            gaz.rows[r][2] in ("country", "region") for r, _ in gaz.lookup(" ".join(keys))) and (
            keys[-1] not in FEATURE_AFTER) and not (
            # (nor "a drone struck port infrastructure in Bilhorod-Dnistrovskyi, injuring two people, regional
            # governor ... said": a place after "in")
            a > 0 and "\n" not in tokens[a].gap and tokens[a - 1].key in LOCATIVE_BEFORE | {"at", "from"})
        # "Giuseppe Tomasi di Lampedusa": a title after its seat, whose name stays the town's elsewhere in the text
        seat = b > a and tokens[b - 1].surface in NAME_CONNECTORS and any(
            q == 0 and gaz.rows[r][2] == "city" for r, q in gaz.lookup(keys[-1]))
        # (one word after a title word is no person when a country or region has that name: "Orofino grad named
        # Idaho teacher of the year")
        lone_title = b == a and titled and not tokens[a - 1].is_capitalised and not _an_areas_own_name(gaz, keys[0])
        if b > a and (titled or apposition) or lone_title or (
                b == a and apposition and before in SPEECH_VERBS):
            # (a first name alone, set off as a person: "said Olena, a former resident who now lives in ...")
            people.update(keys[:-1] if seat else keys)
            certain.update(range(a, b + 1))
            continue
        if (b == a and b + 4 < n and tokens[b + 1].gap.strip() == "," and tokens[b + 1].key in ("a", "an")
                and tokens[b + 2].is_number and tokens[b + 3].key == "year" and tokens[b + 4].key == "old"
                and not (a > 0 and "\n" not in tokens[a].gap and tokens[a - 1].key in LOCATIVE_BEFORE | {"at", "from"})
                and not _an_areas_own_name(gaz, keys[0])):
            # "and Serhii, a 41-year-old sergeant": a person, through the whole text ("Serhii says ...", "Serhii's
            # battalion"); not "In Chuhuiv, a 62-year-old man was injured", nor "held by Ukraine, a 26-year-old
            # rifleman"
            people.add(keys[0])
            certain.add(a)
            continue
        if b == a:
            continue
        if gaz.lookup(" ".join(keys)):
            continue  # "Nagorny Karabakh": the whole run is a place's name
        if _a_firms_joined_name(tokens[a].surface):
            continue  # "LimakPort İskenderun": a firm's name of joined words, no person's first name
        if (b == a + 1 and keys[0] in PLACE_GIVEN_NAMES and keys[1] not in _NOT_IN_PERSON_NAMES and (
                (not gaz.lookup(keys[1]) and keys[1] not in common_words() and not gaz.fuzzy(keys[1], min_similarity=0.9))
                or _a_byline_with_its_town(tokens, a, b))):
            # "Georgia Whitcombe and Ryu Tae-hoon": a given name that is a place's, before a surname that is none;
            # "Florence Adair in Pavlohrad": a reporter's byline line, whatever the surname
            people.add(keys[-1])
            certain.update(range(a, b + 1))
            continue
        if b == a + 1 and (keys[0] in DEMONYM_COUNTRIES or (keys[0][-1:] == "s" and keys[0][:-1] in DEMONYM_COUNTRIES)
                           or _a_regions_adjective(gaz, keys[0])):
            # "Russian Primorye", "Ukrainian Donbas": an adjective of a country before a place; "the Turks called Özi
            # and the Russians Ochakov": a people before the name they give it
            continue
        if keys[0] in _FEATURE_FIRST_WORDS or keys[0] in SLAVIC_PLACE_ADJECTIVES:
            continue  # "Lake Winnipeg", "Mount Longonot", "Velikaya Novosyolka": a place's name, no person
        if (keys[0].endswith("ing") or (keys[0].endswith("ed") and len(keys[0]) > 4)) and keys[0] in common_words():
            continue  # "Serving Clarksville since 1873", "Renamed Astana in 1998": a verb, not a first name
        if (a in starts and keys[0] in common_words() and _a_notable_place(gaz, keys[-1])
                and (b + 1 >= n or tokens[b + 1].gap.strip()[:1] in (".", "!", "?", ";", ":", "—", "–", "-")
                     or (b == a + 1 and keys[0].endswith("s")))):
            # "Consider Mumbai.": a sentence of a verb and a city of note, not a person's name; nor "• Flights
            # Vladivostok — Harbin are resumed", a plural noun in sentence case before the city
            continue
        if b > a and all(tokens[k].gap in _DASHES for k in range(a + 1, b + 1)) and gaz.lookup(keys[-1]):
            # "Narva-Ivangorod", "Khasan-Tumangang", "the line Družkivka-Kramators'k-Slov'jans'k", "Oleksijevo-Družkivka":
            # words joined by dashes alone, the last a place's name, are places or a place, not a double-barrelled
            # surname, which news gives with a first name ("Daniel Brooks-Campbell")
            continue
        if any(gaz.lookup(" ".join(keys[: k + 1])) for k in range(1, len(keys) - 1)):
            continue  # "Black Sea–Mediterranean route": the run begins with a place's longer name
        if any(gaz.lookup(" ".join(keys[: k + 1])) for k in range(len(keys))):
            first_rows = [r for r, q in gaz.lookup(keys[0]) if q == 0]  # ("Taras" is only another name of Taraz)
            if any(gaz.rows[r][2] in ("country", "region") or gaz.rows[r][8] >= NOTABLE_POPULATION for r in first_rows):
                continue
        if any(q == 0 and (gaz.rows[r][2] in ("country", "region") or (gaz.rows[r][2] == "city" and (
                gaz.rows[r][11] or gaz.rows[r][8] >= MILLION_CITY))) for r, q in gaz.lookup(keys[-1])):
            # "Entergy Mississippi said": a company's regional arm, not a person surnamed Mississippi; "Chornomorets
            # Odesa", "Dynamo Kyiv": a club of a great city or a capital, whose name the article uses for the city
            continue
        if ((before in _MEDIA_NOUNS or _described_as(tokens, b, _MEDIA_NOUNS, reach=4, definite=True))
                and any(q == 0 and gaz.rows[r][2] == "city" for r, q in gaz.lookup(keys[-1]))):
            # "the local newspaper Vechirnii Kramatorsk", "Hapoel Eilat, the city's basketball club": a paper or club
            # named after its town
            continue
        if NAME_CONNECTORS.intersection(t.surface for t in tokens[a : b + 1]) and any(
                q == 0 and (gaz.rows[r][2] in ("country", "region") or gaz.rows[r][8] >= 20_000)
                for r, q in gaz.lookup(keys[-1])):
            continue  # "Indios de Mayagüez", "Real Sociedad de Fútbol de Madrid": a club of the town, not a person
        if seat:
            continue
        people.add(keys[-1])
    return people, certain


def _a_regions_adjective(gaz: Gazetteer, key: str) -> bool:
    """A word made from a region's or country's name ("Zeelandic", "Bavarian", "Silesian"): before a place's name it
    is an adjective ("Zeelandic Flanders"), not a first name."""
    for suffix, ends in (("ic", ("",)), ("ian", ("ia", "")), ("an", ("a", "")), ("ish", ("",))):
        if key.endswith(suffix) and len(key) - len(suffix) >= 4:
            stem = key[: -len(suffix)]
            if any(_an_areas_own_name(gaz, stem + e) for e in ends):
                return True
    return False


_JOINED_WORDS = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+")
# Name prefixes written joined to the rest of a surname ("MacLean", "DeSantis", "LaGuardia", "VanDyke").
_SURNAME_PREFIXES = ("Mac", "Mc", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Del", "Della")


def _a_firms_joined_name(surface: str) -> bool:
    """ "LimakPort", "RasonKonTrans", "PetroChina": capitalised words written as one, one of them an everyday
    word, as firms write their names (not "MacLean", "DeSantis")."""
    if not _JOINED_WORDS.fullmatch(surface) or surface.startswith(_SURNAME_PREFIXES):
        return False
    parts = re.findall(r"[A-Z][a-z]+", surface)
    return any(p.lower() in common_words() for p in parts[1:])


# Nouns before the name of an outlet or club ("the local newspaper Vechirnii Kramatorsk", "the club Avangard
# Kramatorsk"): a name that ends in its town's name is the outlet's, not a person's.
_MEDIA_NOUNS = frozenset({"newspaper", "paper", "daily", "weekly", "outlet", "channel", "broadcaster", "portal",
                          "website", "magazine", "club", "team", "side", "tabloid", "station"})


def _a_byline_with_its_town(tokens: list[Token], a: int, b: int) -> bool:
    """ "Florence Adair in Pavlohrad": a name opening its own line, then "in" and a town closing the line."""
    n = len(tokens)
    if a > 0 and "\n" not in tokens[a].gap or b + 2 >= n or tokens[b + 1].key != "in" or "\n" in tokens[b + 1].gap:
        return False
    k = b + 2
    while k + 1 < n and tokens[k + 1].is_capitalised and tokens[k + 1].gap in (" ", "-"):
        k += 1
    return tokens[b + 2].is_capitalised and (k + 1 >= n or "\n" in tokens[k + 1].gap)


def _spread_plural_cues(spans: list[Span], tokens: list[Token]) -> None:
    """ "the Kursk, Belgorod and Voronezh regions": the plural type word after the last name types them all."""
    for i in range(len(spans) - 1, 0, -1):
        cur = spans[i]
        if not cur.plural_cue:
            continue
        j = i - 1
        while j >= 0:
            prev = spans[j]
            between = tokens[prev.last + 1 : spans[j + 1].first]
            gap_ok = all(t.key in ("and", "or") for t in between) and len(between) <= 1
            if not gap_ok or prev.cue is not None:
                break
            prev.cue, prev.cue_reason, prev.plural_cue = cur.cue, cur.cue_reason, cur.plural_cue
            j -= 1


_FEATURE_BEFORE_LAST_WORDS = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in FEATURE_BEFORE)
# Routes named by their two ends with a dash between ("the Rostov–Moscow highway"): both ends are places.
ROUTE_WORDS = frozenset({"line", "road", "highway", "motorway", "corridor", "pipeline"})
_ROUTE_DASHES = frozenset({"-", "–", "—"})
_PLURAL_STREETS = frozenset({"streets", "avenues", "boulevards"})


# Countries whose districts (raions, counties, gun) are named after their administrative centre, so that the
# town stands for "X district" when the gazetteer has no such district.
# In the former Soviet Union and Korea the centre may be written in another of its names ("Kazakh district" for
# Gazakh); elsewhere only by its own name ("Montgomery County" is not Sahiwal, once called Montgomery).
SOVIET_KOREAN_CENTRE_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "KZ", "KG", "TJ", "UZ", "TM", "GE", "AM", "AZ",
                                            "KP", "KR"})
# South Asia, Kenya and Indonesia: "Pune district", "Barguna district", "Nakuru County", "Sikka regency"; and
# central Europe and Portugal, whose counties and districts are named after their seats: "Kłodzko county" (powiat),
# "Jeseník district" (okres), "Tulln district" (Bezirk), "Aveiro district" (distrito)
DISTRICT_CENTRE_COUNTRIES = SOVIET_KOREAN_CENTRE_COUNTRIES | frozenset({
    "IN", "BD", "PK", "NP", "LK", "KE", "ID", "PL", "CZ", "SK", "AT", "DE", "HU", "RO", "LT", "LV", "PT",
    "CN"})  # (and China's counties, named after their seats: "Antu county", "Changbai county")
# A town this large is not the island of its name ("Vancouver Island"); Magong (Penghu) and Pingtan are smaller.
ISLAND_TOWN_MAX_POPULATION = 150_000
# Kinds of gazetteer place that are themselves natural features.
NATURAL_KINDS = frozenset({"water", "area", "landmark"})


def _natural_feature_or_facility(span: Span, tokens: list[Token], gaz: Gazetteer, common: frozenset[str]) -> str | None:
    """Why a span names a sea, river, valley, airport or bridge named after a place ("Sea of Azov", "Tumen
    river", "Birmingham Airport") rather than the place itself, or None. A feature in the gazetteer was
    already matched whole (the longest name wins), so such a span is reported unresolved, never as the town."""
    n = len(tokens)
    j = span.last + 1
    if (j + 2 < n and tokens[j].key == "and" and tokens[j + 1].is_capitalised and tokens[j + 2].key in _PLURAL_STREETS
            and tokens[j + 2].gap == " "):
        return f"'{tokens[j + 2].surface}' names it a street too"  # "on Sochinskaya and Gogol streets"
    if j < n and tokens[j].key in FEATURE_AFTER and joinable(tokens[j].gap) and not tokens[span.last].possessive:
        if any(gaz_kind in NATURAL_KINDS for gaz_kind in span.candidate_kinds):
            return None  # "the Yellow Sea coast", "Paengnyong islands": the feature itself is in the gazetteer
        if (span.first > 0 and tokens[span.first - 1].key in ("a", "an") and not tokens[j].is_capitalised
                and tokens[j].key in UNNAMED_FACILITY_WORDS):
            return None  # "a London university", "a Kyiv hospital": an unnamed one in that place
        if not tokens[j].is_capitalised and tokens[j].key in HOST_FACILITY_WORDS and (
                span.candidate_kinds & {"city", "region", "country"}):
            return None  # "Rzeszów airport", "Kerch bridge": the town's own airport or bridge, read as the town
        if any(gaz.rows[c.row][2] in ("facility", "crossing") and tokens[j].key in name_key(gaz.rows[c.row][1]).split()
               for c in span.candidates):
            span.last, span.end = j, tokens[j].end  # "the Sohae station": the Sohae Satellite Launching Station
            return None
        if tokens[j].key in ("line", "coast", "coastline", "border") and not tokens[j].is_capitalised and (
                span.candidate_kinds & {"country", "region"}) and not span.candidate_kinds & NATURAL_KINDS:
            return None  # "near the Oklahoma line", "the Hamgyŏng-pukto coast": the state's border or coast, the state
        if (tokens[j].key in ROUTE_WORDS and not tokens[j].is_capitalised and span.first > 0
                and tokens[span.first].gap in _ROUTE_DASHES and tokens[span.first - 1].is_capitalised):
            return None  # "the P'yŏngyang–Tumangang line", "the Rostov–Moscow highway": the route's far end, the town
        # Not a large city ("Vancouver Island" is not Vancouver) nor an everyday word ("Gulf Islands").
        own = [c for c in span.candidates if c.quality >= 1.0 and not (
            gaz.rows[c.row][2] == "city" and gaz.rows[c.row][8] >= ISLAND_TOWN_MAX_POPULATION)]
        if tokens[j].key in ISLAND_WORDS and own and span.key not in common:
            # "Penghu islands", "Pingtan island": the county or town of exactly that name is the island (still
            # needing the text's support like any town); other places merely also called so are not.
            span.candidates, span.island_town = own, True
            span.last, span.end = j, tokens[j].end
            return None
        span.last, span.end = j, tokens[j].end
        return f"'{tokens[j].surface}' names a feature or facility, not in the gazetteer"
    if span.first == 0 or tokens[span.first - 1].key not in _FEATURE_BEFORE_LAST_WORDS or tokens[span.first].gap != " ":
        return None  # (not across a comma: "the Eastern Cape, Lesotho")
    before = " ".join(t.key for t in tokens[max(0, span.first - 3) : span.first])
    for phrase in FEATURE_BEFORE:
        if before == phrase or before.endswith(" " + phrase):
            if phrase == "mouth of the" and "water" in span.candidate_kinds:
                return None  # "near the mouth of the Don": the river itself (its point is usually its mouth)
            k = span.first - len(phrase.split(" "))
            span.first, span.start = k, tokens[k].start
            whole = [Candidate(r, 1.0, "exact name") for r, q in gaz.lookup(f"{phrase} {span.key}")
                     if q == 0 and gaz.rows[r][2] in NATURAL_KINDS]
            if whole:
                span.candidates = whole  # "the sea of Azov" in lower case: the Sea of Azov
                span.candidate_kinds = frozenset(gaz.rows[c.row][2] for c in whole)
                return None
            return f"'{phrase}' names a feature, not in the gazetteer"
    return None


# "a Kyiv district", "the northern Pyongyang district": one of a large city's districts, left unnamed; the city.
_SOME_DISTRICT_BEFORE = DIRECTION_WORDS | frozenset({"a", "an", "one", "another", "outlying", "suburban",
                                                     "residential", "industrial"})
UNNAMED_DISTRICT_CITY_POPULATION = 1_000_000
# A town this large may be named as the city of a district ("the Wiyon district of Hyesan").
DISTRICT_HOST_POPULATION = 20_000
# A city this large is divided into districts named after Soviet ideas and people ("the Sovetsky district" of
# Krasnoyarsk, "the Kirovsky district" of Ufa); an article that names only one such city means its districts.
CITY_WITH_DISTRICTS_POPULATION = 300_000
# A city this large may hold a district by another of its names ("the X district of Odessa", "... of Kiev").
ALTERNATE_HOST_POPULATION = 500_000
_RANK_WORDS = frozenset({"first", "second", "third", "main", "only", "last", "major", "principal", "other", "capital"})


def _ranks(tok: Token) -> bool:
    """An ordinal or superlative before "city of" ("first", "largest", "second-largest")."""
    return tok.key in _RANK_WORDS or (tok.key.endswith("est") and len(tok.key) > 5)


# Countries whose towns are styled "<name> City" in English (North Korean and Chinese state media, the
# Philippines, Japan, Vietnam): a capitalised "City" after such a town's name belongs to the mention.
# (and where translations set the city apart from its oblast of the same name: "Kherson City", "Sumy City")
CITY_TITLE_COUNTRIES = frozenset({"KP", "KR", "CN", "JP", "PH", "VN", "TW", "UA", "RU", "BY", "MD"})


# Countries whose counties are written "Co Cork", "Co. Antrim" (the abbreviation of "County" before the name).
CO_COUNTY_COUNTRIES = frozenset({"IE", "GB"})


# Facilities named after their town with words between the town and the facility's word ("the Balti power
# station", "the Kremenchug oil refinery", "the Sudzha gas metering station"): those words, at most three, and the
# facility's last word.
FACILITY_QUALIFIERS = frozenset({
    "oil", "gas", "nuclear", "power", "thermal", "hydroelectric", "hydropower", "hydro", "coal", "coal-fired",
    "gas-fired", "pumped-storage", "chemical", "petrochemical", "steel", "metallurgical", "aluminium", "aluminum",
    "cement", "fertiliser", "fertilizer", "nitrogen", "aircraft", "aviation", "helicopter", "tank", "armoured",
    "engine", "tractor", "locomotive", "ammunition", "munitions", "gunpowder", "explosives", "missile", "drone",
    "repair", "shipbuilding", "machine-building", "electric", "heating", "metering", "pumping", "compressor",
    "processing", "fuel", "solar", "wind", "mining", "coking",
})
FACILITY_QUALIFIERS_MAX = 3
_FACILITY_LAST_WORDS = frozenset({"plant", "refinery", "factory", "works", "depot", "shipyard", "arsenal", "terminal",
                                  "substation", "mine", "station", "complex", "dam"})


def _facility_head(tokens: list[Token], k: int) -> int | None:
    """The index of the word that ends a facility's name begun by qualifiers at ``k`` ("power station"), or None."""
    for i in range(k, min(len(tokens), k + FACILITY_QUALIFIERS_MAX + 1)):
        tok = tokens[i]
        if i > k and not joins(tokens[i - 1], tok) or tok.is_capitalised:
            return None
        if i > k and tok.key in _FACILITY_LAST_WORDS:
            return i
        if tok.key not in FACILITY_QUALIFIERS:
            return None
    return None


# Power plants abbreviated in capitals after their town's name ("Kaniv HPP", "Kyiv CHP", "Zaporizhzhia NPP").
FACILITY_ABBREVIATIONS = frozenset({"npp", "hpp", "tpp", "chp", "chpp", "pspp", "gres", "tets", "tes", "hes", "aes"})


def add_type_cues(span: Span, tokens: list[Token], gaz: Gazetteer) -> None:
    """Read type words around a span: extend it over "region"/"Oblast"/"Province" and capitalised facility
    words ("Ryongsong Engineering Complex"); note a lowercase facility word or "city of" as a cue."""
    n = len(tokens)
    i = span.first
    if (i > 0 and tokens[i - 1].surface == "Co" and tokens[i].gap in (" ", ". ") and span.match != "unresolved"
            and any(gaz.rows[c.row][2] == "region" and gaz.rows[c.row][5] in CO_COUNTY_COUNTRIES
                    for c in span.candidates)):
        # "Co Limerick", "Co. Cork": the county (not a company, nor the city of Cork)
        span.first, span.start = i - 1, tokens[i - 1].start
        span.cue, span.cue_reason = "region", "'Co' (County) before it"
        return
    j = span.last
    while j + 1 < n and joins(tokens[j], tokens[j + 1]):
        nxt = tokens[j + 1]
        if j + 2 < n and tokens[j + 2].gap == "-":
            break  # "a Seoul state-run think tank", "city-owned": a compound adjective, not a type word
        if nxt.key == "state" and nxt.is_capitalised and not any(
                gaz.rows[c.row][2] in ("region", "country") for c in span.candidates):
            break  # "the Union State" of Russia and Belarus, "Islamic State": no region of the name, a longer name
        if (nxt.key in REGION_WORDS or (
                nxt.key in LOWERCASE_REGION_WORDS and not nxt.is_capitalised and tokens[j].key not in REGION_WORDS
                and any(gaz.rows[c.row][2] == "region" for c in span.candidates))) and span.match != "unresolved":
            # ("the Forest department" of a government names no region, nor "the Liaoning Province department of
            # commerce" a department of the province)
            span.cue, span.cue_reason = "region", f"type word '{nxt.surface}'"
            j += 1
            continue
        if (nxt.key in ABBREVIATED_REGION_WORDS and nxt.is_capitalised and span.match != "unresolved"
                and (j + 2 >= n or tokens[j + 2].gap.startswith("."))):
            span.cue, span.cue_reason = "region", f"type word '{nxt.surface}.'"
            span.last, span.end = j + 1, nxt.end + 1  # "Ishikawa Pref.", with its full stop
            return
        if (nxt.key in PLURAL_REGION_WORDS or nxt.key in PLURAL_DISTRICT_WORDS) and span.match != "unresolved":
            span.cue = "region" if nxt.key in PLURAL_REGION_WORDS else "district"
            span.cue_reason, span.plural_cue = f"type word '{nxt.surface}'", nxt.key
            break
        if nxt.key in DISTRICT_WORDS and span.match != "unresolved":
            if (not nxt.is_capitalised and span.first > 0 and tokens[span.first - 1].key in _SOME_DISTRICT_BEFORE
                    and not (j + 3 < n and tokens[j + 2].key == "of" and tokens[j + 3].is_capitalised)
                    and any(gaz.rows[c.row][2] == "city" and gaz.rows[c.row][8] >= UNNAMED_DISTRICT_CITY_POPULATION
                            for c in span.candidates)):
                break  # "in the northern Pyongyang district of the same name", "a Kyiv district": one of the city's
            span.cue, span.cue_reason = "district", f"type word '{nxt.surface}'"
            j += 1
            continue
        if (nxt.key in DISTRICT_QUALIFIERS and j + 2 < n and tokens[j + 2].key in DISTRICT_WORDS
                and joins(nxt, tokens[j + 2]) and span.match != "unresolved"):
            span.cue, span.cue_reason = "district", f"type word '{nxt.surface} {tokens[j + 2].surface}'"
            j += 2  # "the Shebekinsky urban district"
            continue
        if nxt.key in HOST_FACILITY_WORDS and not nxt.is_capitalised:
            # "Taganrog port": the town's port, read as the town; the word is part of the mention (not after a
            # river's name: "Danube port" names some port on it, nor after a people's: "the Kazakh port of Aktau")
            if span.match != "unresolved" and span.key not in DEMONYM_COUNTRIES and any(
                    gaz.rows[c.row][2] == "city" for c in span.candidates):
                j += 1
            break
        if (nxt.is_upper and nxt.key in FACILITY_ABBREVIATIONS and span.match != "unresolved"
                and any(gaz.rows[c.row][2] == "city" for c in span.candidates)):
            # "Kaniv HPP", "Kyiv CHP": a power plant named after its town, abbreviated in capitals like a
            # capitalised facility word ("Ryongsong Engineering Complex"), part of the name; read as its town
            # where the gazetteer lacks the plant (a lower-case "the Zmiiv plant" leaves the mention the town's
            # name, as news gold lists it: "Hamhung" in "the Hamhung plant")
            span.cue, span.cue_reason = "facility", f"type word '{nxt.surface}'"
            j += 1
            break
        if nxt.key in FACILITY_QUALIFIERS and not nxt.is_capitalised and span.cue is None:
            head = _facility_head(tokens, j + 1)
            if head is not None:
                # "the Balti power station", "the Kremenchug oil refinery": a facility named after its town, cued
                # like "the Zmiiv plant" (the mention stays the town's name)
                span.cue = "facility"
                span.cue_reason = f"type word '{' '.join(t.surface for t in tokens[j + 1:head + 1])}'"
                break
        if nxt.key in FACILITY_WORDS and nxt.key not in FEATURE_AFTER:
            span.cue, span.cue_reason = "facility", f"type word '{nxt.surface}'"
            if nxt.is_capitalised and span.match != "unresolved":
                j += 1
                continue
        elif nxt.key in ("city", "town", "village") and span.cue is None:
            if (nxt.is_capitalised and not nxt.is_upper and nxt.key == "city" and span.match != "unresolved"
                    and not (j + 2 < n and tokens[j + 2].key == "of")
                    and any(gaz.rows[c.row][2] == "city" and gaz.rows[c.row][5] in CITY_TITLE_COUNTRIES
                            for c in span.candidates)):
                # "Kanggye City", "Dandong City": where "City" is part of a town's official style, it is part of
                # the name ("Manchester City" is a club: Britain is not among these countries)
                span.cue, span.cue_reason = "city", f"type word '{nxt.surface}'"
                j += 1
                break
            if (j + 2 < n and tokens[j + 2].key == "of") or (span.first > 0 and (
                    tokens[span.first - 1].key == "the" or (
                        tokens[span.first - 1].key in ("a", "an", "another", "every", "each", "any")
                        and not (j + 2 < n and tokens[j + 2].key in _CITY_NOUN_HEADS)))):
                # "the Lincolnshire town of Boston", "the Texas city of Odessa", "from the Lincolnshire town",
                # "another Texas town": the name is the area around the town
                span.cue, span.cue_reason = "region", (
                    f"'{nxt.surface} of' follows" if j + 2 < n and tokens[j + 2].key == "of"
                    else f"'{' '.join(t.surface for t in tokens[span.first - 1 : j + 2])}' names a town in it")
            else:
                span.cue, span.cue_reason = "city", f"type word '{nxt.surface}'"
        break
    if j != span.last:
        span.last = j
        span.end = tokens[j].end
    if (span.cue is None and tokens[span.last].key in WATER_LAST_WORDS
            and any(gaz.rows[c.row][2] == "water" for c in span.candidates)):
        # "the Red Sea" is the sea, not the Egyptian governorate or Sudanese state named after it
        span.cue, span.cue_reason = "water", f"'{tokens[span.last].surface}' names water"
    if span.cue is None and span.first >= 2:
        prev, prev2 = tokens[span.first - 1], tokens[span.first - 2]
        if prev.key == "of" and prev2.key in CITY_BEFORE and span.first >= 3 and _ranks(tokens[span.first - 3]):
            # "the first town of Armenia", "the largest city of Ukraine": the name contains the town
            span.cue, span.cue_reason = "region", f"'{tokens[span.first - 3].surface} {prev2.surface} of'"
        elif prev.key == "of" and prev2.key in CITY_BEFORE and prev2.key != "capital" and not (
                tokens[span.last].possessive):
            # "the city of Odesa"; not "the capital of Sudan's West Darfur state" (a country, and a possessive)
            span.cue, span.cue_reason = "city", f"'{prev2.surface} of'"
        elif prev.key == "of" and prev2.key in REGION_BEFORE:
            span.cue, span.cue_reason = "region", f"'{prev2.surface} of'"
        elif prev.key == "of" and prev2.key == "capital":
            # "the state capital of Virginia", "the capital of Sudan's West Darfur state": a region or country
            # holds a capital, no town does
            span.cue, span.cue_reason = "region", f"'{prev2.surface} of'"
    if span.cue is None and span.first >= 1 and not _subject_of_a_relative_clause(gaz, span, tokens):
        # (not "the city Russia calls Feodosia", "the town Ukraine has held since August": the country is the
        # subject of a clause about the town, not the town)
        prev = tokens[span.first - 1]
        if (prev.key in CITY_BEFORE and tokens[span.first].gap.strip() in (",", "") and not prev.is_capitalised
                and not prev.possessive):  # (not "the city's Mining and Chemical Combine": no apposition)
            # ("the port city, Odesa"; not "Mexico City, Veracruz", "Kansas City, Missouri": the end of a name)
            span.cue, span.cue_reason = "city", f"apposition to '{prev.surface}'"
        elif prev.key in REGION_BEFORE and not prev.is_capitalised and tokens[span.first].gap == " " and (
                not prev.possessive):
            span.cue, span.cue_reason = "region", f"apposition to '{prev.surface}'"  # "the province Chagan"
    if span.cue is None and _described_as(tokens, span.last, SETTLEMENT_WORDS, reach=4):
        # "Denmark, an unincorporated farming community southwest of Jackson": a town, not the country
        span.cue, span.cue_reason = "city", "described as a town"


# Verbs of a clause whose subject is the name after "the city"/"the town" ("the city Russia calls Feodosia").
RELATIVE_CLAUSE_VERBS = (ACTOR_VERBS | ACTOR_AUX | frozenset({
    "call", "renamed", "holds", "held", "controls", "controlled", "captured", "seized", "took", "takes",
    "occupied", "occupies", "shelled", "shells", "lost", "retook", "liberated", "annexed"})) - frozenset({
    "is", "are", "was", "were"})


def _subject_of_a_relative_clause(gaz: Gazetteer, span: Span, tokens: list[Token]) -> bool:
    """The span is a country's or region's own name followed directly by a verb in lower case: the subject of a
    clause ("the town Ukraine has held", "the city Russia calls Feodosia"), not in apposition to the noun before."""
    last = span.last
    if last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1]
    return (nxt.gap == " " and not nxt.is_capitalised and nxt.key in RELATIVE_CLAUSE_VERBS
            and any(c.quality >= 1.0 and gaz.rows[c.row][2] in ("country", "region") for c in span.candidates))


# A longer name that is the own name of a town this large (and at least 1/OWNED_NAME_RATIO of the other's size) is
# no alternate name of a town with a shorter own name.
OWNED_NAME_POPULATION = 20_000
OWNED_NAME_RATIO = 10


def _owned_elsewhere(key: str, row: tuple, owner: int) -> bool:
    """The town ``row`` has the name ``key`` only as an alternate, while a town of ``owner`` people has it as its own
    and the name is longer than ``row``'s own: "Bilhorod-Dnistrovskyi" is the Odesa-region port, though GeoNames
    also gives it to Belgorod (not a hamlet's name beside a renamed city's old one: "Port Elizabeth" is still
    Gqeberha; nor the town's own name with a word more: "San Jose City" is San Jose's)."""
    words, own = key.split(), name_key(row[1]).split()
    return (len(words) > len(own) and owner >= max(OWNED_NAME_POPULATION, row[8] / OWNED_NAME_RATIO)
            and not set(words) >= set(own))


# -- rules: each returns a reason to drop the span, or None ------------------------------------------------------

_DATE_WORDS = MONTHS | WEEKDAYS | HOLIDAYS
# Words of an apposition after a name that make it a settlement ("Denmark, an unincorporated farming community").
SETTLEMENT_WORDS = frozenset({"town", "village", "hamlet", "community", "settlement", "township", "suburb",
                              "city"})

_ATTRIBUTION_VERBS = frozenset({"said", "says", "told", "added", "explained", "noted", "wrote"})


_APPOSITION_COMPLEMENT = frozenset({"of", "in", "at", "for", "from", "to", "with", "where", "which"})


def _described_as(tokens: list[Token], last: int, words: frozenset[str], reach: int = 3,
                  article: bool = True, definite: bool = False) -> bool:
    """The name ending at token ``last`` is followed by an apposition holding one of ``words`` within ``reach``
    words: "Mendoza, a businessman", "the Angara, a freighter" (``article``: the apposition starts "a"/"an", or
    "the" and a possessive: "Oleksandr, the team's leader"; ``definite``: or "the" and lower-case words: "Hapoel
    Eilat, the city's basketball club")."""
    j = last + 1
    if j >= len(tokens) or tokens[j].gap.strip() != ",":
        return False
    if definite and tokens[j].key == "the":
        end = min(j + 1 + reach, len(tokens))
        k = next((k for k in range(j + 1, end) if tokens[k].gap.strip() or tokens[k].is_capitalised
                  or tokens[k].key in words), end)
        return k < end and tokens[k].key in words and not tokens[k].gap.strip() and not tokens[k].is_capitalised
    if article:
        if tokens[j].key in ("a", "an"):
            j += 1
        elif (tokens[j].key == "the" and j + 2 < len(tokens) and tokens[j + 1].possessive
              and tokens[j + 2].key in words and j + 3 < len(tokens) and tokens[j + 3].gap.strip() == ","
              and not (last > 0 and tokens[last - 1].key in _PLACING_WORDS)):
            # "Oleksandr, the team's leader, a former surgeon": a role in someone's group, set off by commas, is a
            # person's (not "In Geneva, the UN's human rights chief called ...")
            return True
        else:
            return False
    if (article and j + 3 < len(tokens) and tokens[j].is_number and tokens[j + 1].key == "year"
            and tokens[j + 2].key == "old" and tokens[j + 1].gap == "-"):
        j += 3  # "Natalia, a 38-year-old pharmacist": the age before the noun
    end = min(j + reach, len(tokens))
    # (the apposition's own words, before its complement: "Kryvyi Rih, the hometown of President Zelenskiy" is
    # no president)
    end = next((k for k in range(j, end) if tokens[k].key in _APPOSITION_COMPLEMENT), end)
    hit = next((k for k in range(j, end) if tokens[k].key in words), None)
    if hit is not None and hit + 1 < len(tokens) and tokens[hit + 1].key in _ATTRIBUTION_VERBS and (
            tokens[hit + 1].gap == " "):
        return False  # "... before travelling on to Jerusalem, an embassy spokesperson said": the speaker is not it
    return hit is not None


def _opens_a_firms_name(span: Span, tokens: list[Token], run_of: dict[int, tuple[int, int]]) -> bool:
    """The span opens a longer capitalised name ending in a corporate suffix ("Thamesford Precision Inc")."""
    a, b = run_of.get(span.first, (span.first, span.last))
    return a == span.first and b > span.last and tokens[b].key in CORPORATE_SUFFIXES


def _names_a_class(span: Span, tokens: list[Token]) -> bool:
    """ "Sinpo-class", "Kilo-type": a class of ships or weapons named after a place, which leaves the place's own
    name a place elsewhere in the article (unlike "Hwasong-11", after which a bare "Hwasong" is the missile)."""
    j = span.last + 1
    return j < len(tokens) and tokens[j].gap == "-" and tokens[j].key in ("class", "type")


def rule_month(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """Months and weekdays ("in March", "on Friday") are not places."""
    if span.first == span.last and tokens[span.first].key in _DATE_WORDS:
        return "month, weekday or holiday name"
    i = span.first
    if span.first == span.last and tokens[i].key in IRANIAN_MONTHS and (
            (i + 1 < len(tokens) and tokens[i + 1].surface.isdigit() and len(tokens[i + 1].surface) in (3, 4))
            or (i > 0 and tokens[i - 1].surface.isdigit() and int(tokens[i - 1].surface) <= 31)):
        return "a month of the Iranian calendar ('Bahman 1401')"
    j = span.last + 1
    if tokens[span.last].possessive and j < len(tokens) and tokens[j].key == "day" and tokens[j].is_capitalised:
        return f"a holiday ('{tokens[span.last].surface}'s Day')"  # "St. Patrick's Day", "St. George's Day"
    if (tokens[span.first].surface.replace(".", "") in _ERA_ABBREVIATIONS and i > 0
            and (tokens[i - 1].is_number or tokens[i - 1].key in ("century", "centuries", "millennium"))):
        return f"an era ('{tokens[i - 1].surface} {tokens[i].surface}')"  # "the sixth century BC", "44 BC"
    return None


# Abbreviations of eras after a year or a century ("the sixth century BC" is no British Columbia).
_ERA_ABBREVIATIONS = frozenset({"BC", "BCE", "AD", "CE"})


# Not a model number: four or more bare digits (a postcode), an amount with thousands ("6,300") or a frequency
# ("1233AM", "101.7FM").
_POSTCODE_OR_FREQUENCY = re.compile(r"\d{4,}|[\d.]+\s*(?:am|fm|khz|mhz)", re.IGNORECASE)


_TABLE_SEPARATORS = ("·", "|", "•", ";", "\n")


def _table_value(tokens: list[Token], first: int, j: int) -> bool:
    """A name and its figure as one item of a separated list, with another such item next to it ("Kstovo 160 ·
    Syzran 170 · Tuapse 240"): a table of places, not a model."""
    after = j + 2 < len(tokens) and any(sep in tokens[j + 1].gap for sep in _TABLE_SEPARATORS) and (
        tokens[j + 1].is_capitalised and (tokens[j + 2].is_number or (
            j + 3 < len(tokens) and tokens[j + 2].is_capitalised and tokens[j + 3].is_number)))
    before = first >= 1 and tokens[first - 1].is_number and any(sep in tokens[first].gap for sep in _TABLE_SEPARATORS)
    return after or before


# Lower-case words after a town's name that name a site of the town, not part of a name: the mention is the town's.
_SITE_WORDS_AFTER_A_TOWN = frozenset({"station", "terminal", "site", "depot", "arsenal", "refinery"})
# Of those, sites whose whole name news readers mark where the gazetteer has the site ("the Ryazan refinery").
_SITES_NAMED_WHOLE = frozenset({"refinery", "terminal"})
# A curated site this far from every town of its first word's name is no site of that town ("Kazan station").
SITE_AWAY_KM = 50.0
# Words after "<place> <number>" that make the number a count of something at the place, not a model's number.
_COUNTED_AFTER_A_PLACE = frozenset({"times", "attacks", "assaults", "attempts", "strikes", "clashes", "combat",
                                    "people", "killed", "wounded", "injured", "dead", "km", "kilometres",
                                    "kilometers", "miles", "vessels", "ships", "boats", "tankers", "trucks",
                                    "lorries", "wagons", "railcars", "containers", "drones", "uavs", "missiles",
                                    "shells", "rockets", "soldiers", "troops", "civilians", "houses", "homes",
                                    "buildings", "cases", "deaths", "votes", "seats", "percent", "per"})


def rule_designation(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A name followed by a number is a model designation ("Hwasong-11", "Koksan 170mm", "Kursk 2")."""
    if span.cue is not None or tokens[span.last].possessive:
        return None  # ("Malaita's 14 seats")
    j = span.last + 1
    if j < len(tokens) and tokens[j].is_number and tokens[j].gap in ("-", " ", "–") and not _is_year(tokens[j]):
        if _POSTCODE_OR_FREQUENCY.fullmatch(tokens[j].surface) or (
                j + 1 < len(tokens) and tokens[j + 1].gap in (",", ".") and tokens[j + 1].is_number):
            return None  # "Seoul 04519" is a postcode, "Sinuiju 6,300" a price, "Newcastle 1233AM" a frequency
        if j + 1 < len(tokens) and tokens[j + 1].gap.strip().startswith(("°", "%")):
            return None  # "Clarksville 71°F": a reading, not a model
        if _TEMPERATURE.fullmatch(tokens[j].surface):
            return None  # "Newcastle 8C cloudy": a temperature written without its degree sign
        if span.first == span.last and tokens[span.first].key in MONTHS:
            return None
        if tokens[j].gap == " " and _table_value(tokens, span.first, j):
            return None  # "Outage tracker: Kstovo 160 · Syzran 170": a table of places and their figures
        if tokens[j].gap == " " and j + 1 < len(tokens) and tokens[j + 1].key in _COUNTED_AFTER_A_PLACE:
            return None  # "attempted to advance near Velyka Novosilka 4 times": a count after the place
        if (tokens[j].gap == " " and j + 1 < len(tokens) and tokens[j + 1].key in _MEASURE_UNITS
                and tokens[j + 1].gap == " " and (j + 2 >= len(tokens) or tokens[j + 2].gap.strip()[:1] in (",", ".", ";", ")")
                                                  or "\n" in tokens[j + 2].gap)):
            return None  # "Naju 265 mm, Damyang 251 mm": a reading that closes its item (not "Koksan 170 mm guns")
        return f"model designation ('{tokens[span.last].surface}{tokens[j].gap}{tokens[j].surface}')"
    if j < len(tokens) and tokens[j].gap == "-" and tokens[j].key in ("type", "class", "series"):
        return f"model designation ('{tokens[span.last].surface}-{tokens[j].surface}')"  # "Shahed-type drones"
    word = tokens[span.first].surface
    if span.first != span.last or j >= len(tokens) or not any(ch.isdigit() for ch in word):
        return None
    if (tokens[j].gap == "." and tokens[j].is_number) or tokens[j].key in _AMOUNT_WORDS:
        return f"an amount ('{word}{tokens[j].gap}{tokens[j].surface}')"  # "K2.4 billion" kwacha
    if _used_attributively(span, tokens) and tokens[j].key not in _FEATURE_AFTER_A_PEAK:
        return f"model designation ('{word} {tokens[j].surface}')"  # "K2 tanks", not "K2 base camp"
    return None


# Units of a reading after a place and its figure ("Naju 265 mm, Damyang 251 mm", "Busan 38 m/s").
_MEASURE_UNITS = frozenset({"mm", "cm", "m", "km", "in", "inches", "mph", "kph", "ms", "knots", "hpa", "mb",
                            "mw", "gw", "kw", "ppm", "db"})
# A temperature without its degree sign ("8C", "-3C", "71F").
_TEMPERATURE = re.compile(r"[+−-]?\d{1,3}[CF]")
_AMOUNT_WORDS = frozenset({"billion", "million", "thousand", "bn", "mn", "trillion"})
# Words after a mountain's alphanumeric name that keep it the mountain ("K2 base camp", "the K2 summit").
_FEATURE_AFTER_A_PEAK = frozenset({"base", "summit", "peak", "glacier", "expedition", "climb", "climbers", "ascent",
                                   "massif", "face", "ridge", "region"})


def rule_counted(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A name right after a bare count is a thing counted ("sent 50 Koksan"), not a place."""
    i = span.first
    if not (i >= 1 and tokens[i - 1].surface.isdigit() and tokens[i].gap == " " and not _is_year(tokens[i - 1])):
        return None
    if len(tokens[i - 1].surface) >= 4:
        return None  # "15702 Santiago de Compostela", "04519 Seoul": a postcode before its town
    if (i >= 2 and tokens[i - 1].gap == "." and tokens[i - 2].surface.isdigit()) or any(
            rec.gaz.rows[c.row][2] == "facility" for c in span.candidates):
        return None  # "the 2.8 Vinalon Complex" (named after a date, 8 February), "the 5 Vinalon plant": no count
    if i >= 2 and tokens[i - 1].gap in (":", ".") and tokens[i - 2].surface.isdigit():
        return None  # "07:45 Krasnogorsk.": a live page's timed entry, headed by its town
    if any(rec.gaz.rows[c.row][2] in ("country", "region", "continent") or rec.gaz.rows[c.row][11]
           for c in span.candidates):
        return None  # "13 U.S. senators": a country before a noun, not a thing counted
    return f"counted things ('{tokens[i - 1].surface} {tokens[i].surface}')"


# Nouns after a weapon's word that make the name a place's ("the Kusŏng missile production area", "a missile base").
_COMPOUND_HEADS = FACILITY_WORDS | CITY_DISTRICT_WORDS | UNIT_WORDS | {
    "production", "producer", "area", "range", "zone", "launch", "launches", "test", "tests", "testing", "strike",
    "strikes", "attack", "attacks", "program", "programme", "industry", "centre", "center", "unit", "units",
    "defence", "defense", "maker", "makers", "assembly"}


def rule_organisation_of(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """ "Armed Forces of Ukraine", "Bank of England", "the Ministry of Defence of the Russian Federation": a place
    after an organisation's capitalised word and "of" is part of the organisation's name, and so is an
    organisation's word before "for" ("Centre for Civil Initiatives"). "Yug group of forces": a unit's name."""
    i = span.first
    j = span.last + 1
    if (i >= 2 and tokens[i - 1].key == "of" and tokens[i].gap == " " and tokens[i - 1].gap == " "
            and tokens[i - 2].is_capitalised and tokens[i - 2].key in ORG_WORDS):
        return f"part of an organisation's name ('{tokens[i - 2].surface} of {tokens[i].surface}')"
    if (span.first == span.last and tokens[i].key in ORG_WORDS and j + 1 < len(tokens) and tokens[j].key == "for"
            and not tokens[j].is_capitalised and tokens[j + 1].is_capitalised):
        return f"an organisation's name ('{tokens[i].surface} for {tokens[j + 1].surface} ...')"  # "Centre for ..."
    # "the Ministry of Defence of the Russian Federation", "Armed Forces of the Republic of Belarus"
    k = i - 1
    if k >= 1 and tokens[k].key == "the" and not tokens[k].is_capitalised:
        k -= 1
    if k < i - 1 and tokens[k].key == "of" and "\n" not in tokens[k + 1].gap:
        w = k - 1
        while w >= 0 and w >= k - 5 and "\n" not in tokens[w + 1].gap and (
                tokens[w].is_capitalised or tokens[w].key in ("of", "and", "for")):
            if tokens[w].is_capitalised and tokens[w].key in ORG_WORDS:
                return f"part of an organisation's name ('{tokens[w].surface} ... of the {tokens[i].surface}')"
            w -= 1
    gloss = j
    if j < len(tokens) and tokens[j].gap.strip().endswith("("):
        # over a gloss in brackets: 'the "Yug" (South) group of forces'
        gloss = next((k for k in range(j + 1, min(j + 4, len(tokens))) if ")" in tokens[k].gap), j)
    if gloss < len(tokens) and tokens[gloss].key in UNIT_WORDS and not tokens[gloss].is_capitalised and (
            tokens[gloss].gap.strip() in ("", '"', "”", "'", "’", ")", '")', '”)')) and (
            span.cue in (None, "water")) and not tokens[span.last].possessive and not (
            tokens[gloss].key == "group" and any(rec.gaz.rows[c.row][2] == "area" and c.quality >= 1.0
                                                 for c in span.candidates)):
        # "the Dnepr group": not the river; 'the "Azov" formation' (not "the Habomai group", islands' group:
        # the islands; not "Ukraine's army": the country's)
        return f"a unit's name ('{tokens[span.last].surface} ... {tokens[gloss].surface}')"
    return None


def rule_crude_grade(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A crude oil grade ("Urals crude", "Urals differentials to Brent narrowed"): before a grade's word, or a grade's
    name in an article about oil; not "the Urals" (the mountains) nor "Dubai's port"."""
    j = span.last + 1
    if (j < len(tokens) and tokens[j].key in GRADE_WORDS and tokens[j].gap == " " and not tokens[j].is_capitalised
            and not tokens[span.last].possessive and span.cue is None):
        return f"a commodity's grade ('{tokens[span.last].surface} {tokens[j].surface}')"
    if (span.key in CRUDE_GRADES and span.cue is None and not tokens[span.last].possessive
            and not (span.first > 0 and tokens[span.first - 1].key in LOCATIVE_BEFORE | {"the"})
            and any(t.key in ("crude", "oil", "barrel", "barrels", "refinery", "refineries") for t in tokens)):
        return f"a crude oil grade ('{tokens[span.first].surface}')"
    return None


def rule_species(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A species, breed or dish named after a place ("Alaska pollock", "Atlantic salmon", "Brussels sprouts"): the
    name is part of the thing's name, not where the article is (not "Alaska's salmon", nor "the Alaska region")."""
    j = span.last + 1
    if (j < len(tokens) and tokens[j].key in SPECIES_WORDS and tokens[j].gap == " " and not tokens[j].is_capitalised
            and not tokens[span.last].possessive and span.cue is None):
        return f"a species' or dish's name ('{tokens[span.last].surface} {tokens[j].surface}')"
    return None


def rule_named_after_a_water(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A capitalised facility word after a sea's or river's name makes a facility named after it ("the Black Sea
    Shipyard" in Mykolaiv, "the Baltic Shipyard"), not the water; the gazetteer's own entry for the whole name is
    read as usual."""
    last = tokens[span.last]
    if (span.cue == "facility" and span.last > span.first and last.is_capitalised and last.key in FACILITY_WORDS
            and span.candidates and all(rec.gaz.rows[c.row][2] == "water" for c in span.candidates)):
        return f"a facility named after a water ('{span.text}'), not the water"
    return None


def rule_soviet_eponym(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A Soviet leader's name alone ("renamed in honour of Stalin", "Khrushchev's campaign", "a Bolshevik leader")
    is the man or his party, not a town once named after him; with a type word ("Lenin district") it is a place."""
    if (span.first == span.last and span.cue is None and tokens[span.first].key in SOVIET_EPONYMS
            and not _given_as_a_name(span, tokens)):  # ("a city briefly renamed Brezhnev")
        return f"a Soviet leader's or party's name ('{tokens[span.first].surface}'), not a town named after it"
    return None


# Joined after a name, these make it a period's ("Joseon-era", "Edo-period", "Goryeo-dynasty").
PERIOD_WORDS = frozenset({"era", "period", "dynasty", "epoch"})


def rule_period(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A dynasty's or an era's name joined to its word ("the Joseon-era clan village", "Edo-period houses"): a
    time, not a place (not even a place of that name: "Weimar-era politics")."""
    j = span.last + 1
    if j < len(tokens) and tokens[j].gap == "-" and tokens[j].key in PERIOD_WORDS and not tokens[span.last].possessive:
        return f"a period ('{tokens[span.last].surface}-{tokens[j].surface}')"
    return None


# Between a weapon's name and its word ("the Angara heavy rocket", "Hwasong ballistic missiles").
_WEAPON_ADJECTIVES = frozenset({"heavy", "light", "ballistic", "cruise", "hypersonic", "space", "carrier", "guided",
                                "tactical", "strategic", "nuclear", "solid-fuel", "liquid-fuel"})


def rule_weapon_name(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A weapon's name: before a weapon's word when it is no place's own name ("a Shahed drone", "Koksan
    self-propelled guns"; not "N. Korea's munitions" nor "the Kusŏng missile plant"), or a weapon system's name
    ("a downed Shahed", "Iskanders", "Storm Shadow") unless the text puts it as a place: a cue ("Neptune
    Township"), a locative before it ("in Neptune") or its state after it."""
    j = span.last + 1
    while (j + 1 < len(tokens) and tokens[j + 1].gap == "-" and not tokens[j].is_capitalised
           and tokens[j].gap == " " and tokens[j + 1].key not in WEAPON_WORDS):
        j += 2  # over a compound adjective: "Koksan self-propelled guns", "Kalibr long-range missiles"
    if (j + 1 < len(tokens) and tokens[j].key in _WEAPON_ADJECTIVES and tokens[j].surface.islower()
            and tokens[j].gap == " " and tokens[j + 1].key in WEAPON_WORDS):
        j += 1  # over one adjective: "the Angara heavy rocket", "Hwasong ballistic missiles"
    if (j < len(tokens) and tokens[j].key in WEAPON_WORDS and tokens[j].gap == " " and span.cue is None
            and not tokens[span.last].possessive and not any(c.quality >= 1.0 for c in span.candidates)
            and not (j + 1 < len(tokens) and tokens[j + 1].gap == " " and tokens[j + 1].key in _COMPOUND_HEADS)):
        return f"a weapon's name ('{tokens[span.last].surface} {tokens[j].surface}')"
    if span.key not in WEAPON_NAMES or span.cue not in (None, "facility"):
        return None
    if span.cue == "facility":
        return f"a weapon's factory ('{span.text or tokens[span.first].surface} ...')"  # "Russia's Shahed factory"
    i = span.first
    system = j + 1 < len(tokens) and tokens[j].key in _SYSTEM_WORDS and tokens[j].gap == " "
    if (i > 0 and "\n" not in tokens[i].gap and tokens[i - 1].key in LOCATIVE_BEFORE | {"at", "from", "to"}
            and not system):  # ("chips used in Pantsir air-defence systems")
        return None
    if _followed_by_region(rec, span, tokens):
        return None  # "Neptune, New Jersey"
    return f"a weapon's name ('{span.text or tokens[i].surface}')"


# After a weapon system's name and its compound adjective ("Pantsir air-defence systems").
_SYSTEM_WORDS = frozenset({"system", "systems", "complex", "complexes", "battery", "batteries", "unit", "units"})


# Words just before a name that give it as a town's name ("renamed Kadiivka", "it was Zhdanov", "called Ustinov",
# "carried the name Brezhnev").
_NAMING_BEFORE = frozenset({"renamed", "called", "formerly", "became", "rename", "name"})


def _a_city_named_after_the_person(rec: Recognizer, span: Span, tokens: list[Token]) -> bool:
    """A person's surname that the text gives as a city's name ("from 1948 to 1989 it was Zhdanov, after the
    ideologist Andrei Zhdanov"; "the city was officially called Ustinov"): the city, where the name is one of a
    city of note."""
    if not any(rec.gaz.rows[c.row][2] == "city" and rec.gaz.rows[c.row][8] >= NOTABLE_POPULATION
               for c in span.candidates):
        return False
    j = span.last + 1
    after = [t for t in tokens[j:j + 2]]
    return _given_as_a_name(span, tokens) or (
        len(after) == 2 and after[0].key == "after" and after[1].key in ("the", "a", "an") and (
            after[0].gap.strip() in (",", "")))


def _given_as_a_name(span: Span, tokens: list[Token]) -> bool:
    """The words before the span give it as a name ("renamed Kadiivka", "it was Zhdanov", "known as Stalino")."""
    i = span.first
    before = [t.key for t in tokens[max(0, i - 2):i]] if "\n" not in tokens[i].gap else []
    return bool(before) and (before[-1] in _NAMING_BEFORE or before[-2:] in (["it", "was"], ["known", "as"]))


def rule_person(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A person's name: a titled name ("spokesman Paul Kent"), a name with kin ("Daria's parents"), or a surname
    of a person named in the same text ("Sam Lair" ... "Lair said"), unless it names a country, a capital or has a
    container or type cue."""
    if all(k in rec._person_tokens for k in range(span.first, span.last + 1)):
        return "a person's name"
    j = span.last + 1
    if tokens[span.last].possessive and j < len(tokens) and tokens[j].key in KIN_WORDS and tokens[j].gap == " ":
        return f"a person with kin ('{tokens[span.last].surface}'s {tokens[j].surface}')"
    if (span.first == span.last and span.first > 0 and tokens[span.first - 1].key in KIN_WORDS
            and not tokens[span.first - 1].is_capitalised and tokens[span.first].gap == " "
            and not tokens[span.last].possessive and not _followed_by_container(span, tokens)):
        # "her grandson Daniel"
        return f"a person with kin ('{tokens[span.first - 1].surface} {tokens[span.first].surface}')"
    if (span.first == span.last and j < len(tokens) and tokens[j].key == "who" and tokens[j].gap.strip() == ","
            and (_opens_a_sentence(tokens[span.first]) or (
                tokens[span.first].gap.strip() in (",", "") and not tokens[span.first - 1].is_capitalised
                and (tokens[span.first].gap.strip() == "," or tokens[span.first - 1].key in SPEECH_VERBS)))
            and not span.candidate_kinds & {"country", "region", "continent"}):
        # "Volodymyr, who runs one of the two shops", "A reader, Oleksandr, who has relatives in ...", "says Serhii,
        # who runs a small shop": a person
        # (not "evacuees from Pokrovsk, who arrived", "a man from Moscow, Idaho, who ...": the people of a place;
        # nor "Argentina, who won": a country's team)
        return f"a person ('{tokens[span.last].surface}, who ...')"
    if (j + 1 < len(tokens) and tokens[j].gap.strip() == "," and tokens[j].surface.isdigit()
            and len(tokens[j].surface) <= 3 and tokens[j + 1].gap.strip().startswith(",")
            and not (tokens[j + 1].gap == "," and tokens[j + 1].surface.isdigit())):  # (not "Tennessee, 14,000")
        return f"a person's name and age ('{tokens[span.last].surface}, {tokens[j].surface},')"  # "said Anna, 34,"
    if (span.first == span.last and _described_as(tokens, span.last, OCCUPATIONS)
            and not _followed_by_container(span, tokens)
            and not (span.first > 0 and tokens[span.first - 1].key in LOCATIVE_BEFORE | {"from"})):
        # "Mendoza, a businessman" (not "In Chuhuiv, a 62-year-old man was injured": a clause after its place)
        return f"a person described ('{tokens[span.last].surface}, a ...')"
    if span.first != span.last or tokens[span.first].key not in people or span.cue:
        return None
    if _followed_by_region(rec, span, tokens) or span.end > tokens[span.last].end:
        return None  # "WINONA, Miss.": a dotted state abbreviation after its town, whoever "Ole Miss" was
    if span.first > 0 and "\n" not in tokens[span.first].gap and (
            tokens[span.first - 1].key in LOCATIVE_BEFORE or (tokens[span.first - 1].key in ("from", "to", "at") and any(
                rec.gaz.rows[c.row][2] == "city" and rec.gaz.rows[c.row][8] >= NOTABLE_POPULATION and c.quality >= 1.0
                for c in span.candidates))):
        # "in Gainesville", "broadcasting from Grozny": a place, whatever a guessed surname ("Another Gainesville",
        # the club Akhmat Grozny) said
        return None
    if _a_city_named_after_the_person(rec, span, tokens):
        return None
    nxt = span.last + 1
    opens_a_line = span.first == 0 or "\n" in tokens[span.first].gap
    if opens_a_line and nxt < len(tokens) and tokens[nxt].gap.startswith(",") and (
            all(t.is_upper for t in tokens[span.first:span.last + 1])
            or tokens[nxt].surface.isdigit() or tokens[nxt].key in MONTHS):
        return None  # "KHABAROVSK, 9 November.", "Galați, 15 September /Agerpres/": a dateline
    if any(rec.gaz.rows[c.row][2] in ("country", "continent") or rec.gaz.rows[c.row][11] for c in span.candidates):
        # a country or capital is a person's as a certain person's surname ("Michael Jordan ... Jordan"), or as
        # their first name when it speaks ("Jordan Hayes ... Jordan said"); not "approved for Chad" after a quote
        # by Chad Whitfield
        certain = rec._person_tokens
        surname = tokens[span.first].key in {tokens[k].key for k in certain if k + 1 not in certain}
        nxt = span.last + 1
        speaks = nxt < len(tokens) and tokens[nxt].key in SPEECH_VERBS and tokens[span.first].key in {
            tokens[k].key for k in certain}
        if not (surname or speaks):
            return None
    return "surname of a person named in the text"


def _joined_by_dash(rec: Recognizer, span: Span, tokens: list[Token], before: list[Token],
                    after: list[Token]) -> bool:
    """The rest of a capitalised run lies on one side of the name, joined by a dash, and is a place itself: two
    places, not one longer name. Two towns ("Narva-Ivangorod", "the Zhlobin–Kalinkavichy section", "the
    Chaman-Spin Boldak crossing"), or a two-word place before ("the Black Sea–Mediterranean route"); not
    "Asia-Pacific" nor "Alexander-Cairo Port District"."""
    end = (after or [tokens[span.last]])[-1].index + 1
    if len(before) + len(after) > 1 and end < len(tokens) and tokens[end].key in ("pipeline", "pipelines"):
        return False  # "the Baku-Tbilisi-Ceyhan pipeline", "the Urengoy-Pomary-Uzhgorod pipeline": a pipeline's name
    if before and after:
        # "the line Družkivka-Kramators'k-Slov'jans'k": the middle of three or more places joined by dashes
        joined = before[1:] + [tokens[span.first]] + after
        return all(t.gap in _DASHES for t in joined) and all(rec.gaz.lookup(t.key) for t in before + after)
    if not (before or after):
        return False
    side = before or after
    if (tokens[span.first].gap if before else side[0].gap) not in _DASHES:
        return False
    if len(side) > 1 and all(t.gap in _DASHES for t in side[1:]) and all(rec.gaz.lookup(t.key) for t in side):
        return True  # (the first or last of three places joined by dashes)
    kinds = {rec.gaz.rows[r][2] for r, _ in rec.gaz.lookup(" ".join(t.key for t in side))}
    if before and len(side) > 1:
        return bool(kinds)
    towns = "city" in span.candidate_kinds and "city" in kinds
    if "country" in span.candidate_kinds and "country" in kinds:
        return True  # "the Armenia–Azerbaijan peace treaty": two countries
    if len(side) == 1:
        return towns and not (span.candidate_kinds | kinds) & {"continent", "water", "area"}
    return towns and not span.candidate_kinds & {"continent", "country", "region", "water", "area"}


def rule_inside_name(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A place name inside a longer capitalised name is part of an organisation or a person's name."""
    if span.first not in run_of:
        return None
    a, b = run_of[span.first]
    a2, b2 = run_of.get(span.last, (a, b))
    b = max(b, b2)
    rest = [tokens[k] for k in range(a, b + 1) if not span.first <= k <= span.last]
    if not rest:
        return None
    rest_keys = {t.key for t in rest}
    if (span.first == a and b - a <= 5 and tokens[b].key in FACILITY_WORDS and tokens[b].is_capitalised
            and "city" in span.candidate_kinds and span.first not in rec._title_tokens):
        # (a town by a short form of its name as well: "Newcastle Central Station" may be Newcastle upon Tyne's)
        towns = [c for c in span.candidates if c.quality >= ALTERNATE_QUALITY and rec.gaz.rows[c.row][2] == "city"]
        # ("Maine Medical Center" is named after the state, not Maine, Wisconsin; a city that names its region,
        # such as Muscat, keeps the reading)
        big = max((rec.gaz.rows[c.row][8] for c in towns), default=0) >= NOTABLE_POPULATION
        areas = [c for c in span.candidates if c.quality >= 1.0 and rec.gaz.rows[c.row][2] != "city"
                 and not (big and rec.gaz.rows[c.row][2] == "region")]
        if towns and not areas:
            # "Kanggye General Tractor Plant", "Scranton Army Ammunition Plant": a facility named after its town
            # and not in the gazetteer is read as the town (the mention keeps the facility's whole name)
            span.candidates, span.last, span.end = towns, b, tokens[b].end
            if span.cue is None:
                span.cue, span.cue_reason = "facility", f"type word '{tokens[b].surface}'"
            return None
    if rest_keys & ORG_WORDS or (span.first == span.last and span.key in ORG_WORDS) or (
            a < span.first and tokens[span.first].key in ORG_WORDS):
        # ("Kharkiv City Council": the span may itself be the organisation's word, or begin with it: "European
        # Union territory" is no Union with a type word)
        return f"part of an organisation's name ('{' '.join(t.surface for t in tokens[a:b + 1])}')"
    if span.first in rec._title_tokens and span.match != "fuzzy" and rec.is_notable(span):
        return None  # a headline capitalises every word: runs say nothing there (a stretched spelling stays a
        # name's first word: "Olena Tkach, Kherson Herald" is no Olenya air base)
    before = [t for t in rest if t.index < span.first]
    if all(t.key in MONTHS or t.key in WEEKDAYS for t in before):
        before = []  # "in June Russia and the DPRK signed": a date before the place, no longer name
    after = [t for t in rest if t.index > span.last]
    if b == a + 1 and tokens[b].gap == "-" and tokens[a].key == tokens[b].key:
        return f"a doubled name ('{tokens[a].surface}-{tokens[b].surface}')"  # the club Colo-Colo, not Colorado
    if _joined_by_dash(rec, span, tokens, before, after):
        return None
    if before and not all(
            t.key in DIRECTION_WORDS or t.key in PLACE_ADJECTIVES or t.key in ("county", "city", "state") for t in before
    ) and not (all(rec.is_demonym(t.key) for t in before) and (
            not _used_attributively(span, tokens) or tokens[span.last].key in REGION_WORDS)):
        # (a country's or people's adjective before a place used as a noun: "to Russian Primorye, then ...", "the
        # Czech Olomouc Region"; not "Russian Mir payment cards")
        return f"inside a longer name ('{' '.join(t.surface for t in tokens[a:b + 1])}')"
    if after and all(t.is_number for t in after):
        return None
    if after and after[0].key in TITLE_WORDS:
        return None  # "Texas Governor Greg Abbott", "Moscow Mayor": the place itself
    if after and all(rec.is_demonym(t.key) for t in after):
        return None  # "in hotels of Rason Russian tourists pay": an adjective of people follows the place
    if after and b + 1 < len(tokens) and tokens[b + 1].key in TEAM_WORDS and not tokens[b + 1].is_capitalised and (
            tokens[b + 1].gap == " "):
        # "the Sokol Saratov football club": a team named by a word and its city, though the word is a town too
        return f"a team's name ('{' '.join(t.surface for t in tokens[a:b + 1])}')"
    if after and span.key not in rec.common and any(
            rec.is_notable_row(r) and rec.gaz.rows[r][2] != "region" and (q == 0 or rec.gaz.rows[r][2] == "country")
            for r, q in rec.gaz.lookup(" ".join(t.key for t in after))):
        return None  # another place follows, and nothing else: "China-North Korea", "Russia Ukraine" (not the
        # "Soto Cano Air Base", whatever a Cano may be; nor a surname that is another name of a city: "Victoria Lim")
    if after:
        # "George Bush", "Paris Hilton", "Texas Instruments": the place's name begins a longer name.
        return f"start of a longer name ('{' '.join(t.surface for t in tokens[a:b + 1])}')"
    return None


# After a country's name that is also an everyday word ("Turkey", "Chad"), at the start of a sentence: words that
# make it the country acting or spoken of.
_COUNTRY_VERBS = frozenset({"said", "says", "has", "had", "is", "was", "will", "would", "and", "which", "also",
                            "wants", "denied", "announced", "agreed", "rejected", "called", "accused", "must",
                            # "Japan calls these islands Kunashiri", "Japan claims the island"
                            "calls", "claims", "claimed", "insists", "insisted", "maintains", "maintained", "warned",
                            "warns", "protested", "protests", "considers", "regards", "remains", "hosts", "hosted",
                            "signed", "imported", "imports", "exported", "exports", "sent", "sends", "plans",
                            "planned", "lodged", "summoned", "responded", "condemned", "welcomed", "urged",
                            "accounts", "buys", "bought", "supplies", "supplied", "sells", "sold", "produces",
                            "controls", "holds", "held", "faces", "needs", "expects", "borders", "launched",
                            "reported", "reports", "confirmed", "confirms", "opposes", "supports", "backs", "backed",
                            "joined", "blamed", "threatened", "pledged", "offered", "refused", "continues", "uses"})


# Words that put the name after them as a place: a town named by ordinary words ("in High Level", "toward Peace
# River") is that town.
_PLACING_WORDS = LOCATIVE_BEFORE | {"to", "toward", "towards", "from", "at"}
# A town this large named by an everyday word is that town after a placing word ("from Normal", Illinois), a
# smaller one only in a list of places.
PLACED_WORD_TOWN_POPULATION = 20_000


_CREDIT_VERBS = frozenset({"reporting", "writing", "editing", "compiled", "produced"})


def _wire_credit_tokens(tokens: list[Token]) -> set[int]:
    """Indices of the tokens of wire credit lines ("(Reporting by Ann Lee in Kyiv; Editing by Tom Fox)")."""
    out: set[int] = set()
    n = len(tokens)
    for k, t in enumerate(tokens):
        if not (k == 0 or "\n" in t.gap):
            continue
        head = [x.key for x in tokens[k:k + 3]]
        if head[:1] == ["additional"]:
            head = head[1:]
        if len(head) < 2 or head[0] not in _CREDIT_VERBS or head[1] != "by":
            continue
        end = k
        while end + 1 < n and "\n" not in tokens[end + 1].gap:
            end += 1
        line = t.gap.rsplit("\n", 1)[-1] + "".join(
            (x.gap if m else "") + x.surface for m, x in enumerate(tokens[k:end + 1]))
        if is_credit(line):
            out.update(range(k, end + 1))
    return out


def rule_wire_credit(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """In a wire credit only the places its reporters write from are places ("in Kyiv", "in Tulkarem and
    Jerusalem"); the names after "by" are people and desks ("Sydney Hamilton", "the Europe desk")."""
    if span.first == 0 or span.first not in rec._credit_tokens:
        return None
    k = span.first - 1
    while k >= 0 and (tokens[k].is_capitalised or tokens[k].key == "and") and not (
            ";" in tokens[k + 1].gap or "\n" in tokens[k + 1].gap):
        k -= 1  # back over the other places of its list ("in Qamishli, Beirut and Istanbul")
    if k >= 0 and tokens[k].key in ("in", "from") and ";" not in tokens[k + 1].gap:
        return None
    return "a name in a wire credit, not a place its reporters write from"


def _after_a_label(tokens: list[Token], i: int) -> bool:
    """The word at ``i`` opens what follows a line's label and its colon ("- Health: Mobile medical teams ...")."""
    if ":" not in tokens[i].gap or "\n" in tokens[i].gap:
        return False
    k = i - 1
    while k >= 0 and i - k <= 3:
        if k == 0 or "\n" in tokens[k].gap:
            return all(tokens[m].is_capitalised or tokens[m].key in FUNCTION_WORDS for m in range(k, i))
        k -= 1
    return False


def _opens_a_sentence(tok: Token) -> bool:
    """The token is the first word of a line or a sentence (capitalised for that reason alone)."""
    return tok.index == 0 or "\n" in tok.gap or tok.gap.strip()[-1:] in (".", "!", "?", '"', "”")


def _after_placing_word(tokens: list[Token], i: int) -> bool:
    """A placing word before the name at ``i``, or before the list of capitalised names it ends ("toward Manning
    and Peace River", "in Grande Prairie, Hinton and Slave Lake")."""
    j = i - 1
    while j >= 0 and j >= i - 12 and "\n" not in tokens[j + 1].gap and not any(p in tokens[j + 1].gap for p in ".;:"):
        t = tokens[j]
        if t.key in _PLACING_WORDS and (not t.is_capitalised or _opens_a_sentence(t)):
            return True
        if not (t.is_capitalised or t.key in ("and", "or")):
            return False
        j -= 1
    return False


def _paired_with_a_place(rec: Recognizer, tokens: list[Token], span: Span) -> bool:
    """ "around Muswellbrook and Singleton": the name ends a pair after "and" or "or" whose first item is a
    one-word place name that is no everyday word."""
    k = span.first - 1
    if k < 1 or tokens[k].key not in ("and", "or") or tokens[k].is_capitalised or "\n" in tokens[k].gap:
        return False
    first = tokens[k - 1]
    return (first.is_capitalised and not first.is_upper and not first.possessive and first.key not in rec.common
            and not tokens[k].gap.strip() and any(q == 0 for _, q in rec.gaz.lookup(first.key)))


def _in_a_list_of_names(tokens: list[Token], span: Span) -> bool:
    """ "toward Manning and Peace River": a capitalised name follows after "and", "or" or a comma; or the name
    ends a list of three or more after "and" ("in Maitland, Cessnock and Singleton")."""
    j = span.last + 1
    if j < len(tokens) and "\n" not in tokens[j].gap:
        if tokens[j].gap.strip() == "," and tokens[j].is_capitalised:
            return True
        if tokens[j].key in ("and", "or") and j + 1 < len(tokens) and tokens[j + 1].is_capitalised:
            return True
    k = span.first - 1
    if k < 1 or tokens[k].key not in ("and", "or") or tokens[k].is_capitalised or not tokens[k - 1].is_capitalised:
        return False
    # the item before "and" follows a comma after another capitalised name
    k -= 1
    while k > 0 and tokens[k].is_capitalised and not tokens[k].gap.strip():
        k -= 1
    return tokens[k].gap.strip() == "," and tokens[k - 1].is_capitalised and "\n" not in tokens[k].gap


def rule_short_form_of_a_name(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """An everyday word alone that ended a longer name in the text ("Nottingham Forest" ... "Forest had a bid"):
    that name's short form, not a place called Forest (unless placed: "in Forest")."""
    if (span.first == span.last and span.key in rec._club_heads and span.cue is None
            and run_of.get(span.first, (0, 0))[1] <= span.first
            and not (span.first > 0 and "\n" not in tokens[span.first].gap
                     and tokens[span.first - 1].key in LOCATIVE_BEFORE)):
        # "Zorya Luhansk lost 2-0 ... Zorya had won three in a row": the club by its own word, not the village
        return f"the short name of a club the text names ('{tokens[span.first].surface}')"
    if (span.first != span.last or span.key not in rec._name_tails or span.cue is not None
            or span.end > tokens[span.last].end  # (a dotted abbreviation: "Miss.")
            or any(rec.gaz.rows[c.row][2] in ("country", "region") or notable_row(rec.gaz, c.row)
                   for c in span.candidates if c.quality >= 1.0)):
        return None  # (a country, a region or a city of note keeps its name: "Air China" ... "China")
    a, b = run_of.get(span.first, (span.first, span.last))
    if b > a:
        return None  # (the long name itself)
    i = span.first
    if i > 0 and "\n" not in tokens[i].gap and tokens[i - 1].key in LOCATIVE_BEFORE:
        return None
    return f"the short form of a longer name in the text ('{tokens[i].surface}')"


def rule_common_word(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """An everyday word ("Reading", "Mobile", "Center") needs evidence to be a place."""
    if (span.cue == "facility" and span.first == span.last and span.sentence_start and span.key in rec.common
            and tokens[span.first].surface.isascii() and span.last + 1 < len(tokens)
            and not tokens[span.last + 1].is_capitalised and not _followed_by_container(span, tokens)):
        # "Energy facility in Stryi district damaged": a sentence's first word before a lower-case facility word
        # is the noun of an ordinary phrase, not Energy, Illinois
        return "ordinary word at the start of a sentence"
    if span.cue is not None:
        return None
    if span.first != span.last:
        # "White House", "The City": every word ordinary and the place minor (a curated place such as the
        # "Joint Security Area" was added on purpose and counts).
        words = [tokens[k].key for k in range(span.first, span.last + 1)]
        if (all(w in rec.common or w in FUNCTION_WORDS for w in words) and not _followed_by_container(span, tokens)
                and not (words[-1] in DISTRICT_WORDS and tokens[span.last].is_capitalised)  # "Brooks County"
                and not (words[0] == "county" and tokens[span.first].is_capitalised)):  # "County Mayo"
            placed = _after_placing_word(tokens, span.first)  # "hotels in Slave Lake", "toward Manning and Peace River"
            if not any(rec.gaz.rows[c.row][2] in ("country", "continent") or rec.gaz.rows[c.row][12] == "curated"
                       or (c.quality >= 1.0 and (rec.gaz.rows[c.row][2] == "region" or rec.gaz.rows[c.row][8] >= NOTABLE_POPULATION
                                                 or (placed and rec.gaz.rows[c.row][2] == "city")))
                       for c in span.candidates):
                if (tokens[span.first].key not in FUNCTION_WORDS
                        and (not span.sentence_start or tokens[span.last].is_capitalised)
                        and any(c.quality >= 1.0 and rec.gaz.rows[c.row][2] == "city" for c in span.candidates)):
                    # "evacuated Hay River", "Surfers Paradise": a town's own name, kept for the disambiguator,
                    # which reads it only where the text names the town's region (also opening a sentence when
                    # its last word is capitalised too: "Chapel Hill and Carrboro said")
                    span.ordinary_words = True
                    return None
                return "ordinary words ('The City', 'White House') naming only a minor place or by an alternate name"
        return None
    key = tokens[span.first].key
    if key not in rec.common or key in rec.gaz.case_sensitive or span.end > tokens[span.last].end:
        return None  # "Ill." with its full stop is the abbreviation, not the word
    if not tokens[span.first].surface.isascii():
        return None  # "On Réunion": written with accents the English word ("reunion") does not have
    if _followed_by_container(span, tokens):
        return None
    if all(c.quality < 1.0 for c in span.candidates):
        return "ordinary word that is only an alternate name of a place"
    nxt = tokens[span.last + 1].gap if span.last + 1 < len(tokens) else ""
    if tokens[span.first].gap[-1:] in "\"“‘'" and tokens[span.first].gap and nxt[:1] in "\"”’'":
        return "an ordinary word in quotes (a name of a unit, an operation, a product)"
    if span.sentence_start or _after_a_label(tokens, span.first):
        if any(rec.gaz.rows[c.row][2] == "country" and c.quality >= 1.0 for c in span.candidates) and (
                # "Chad has asked for help" after "cases rose in Chad"
                any(t.key == key and t.index > 0 and t.is_capitalised and "\n" not in t.gap
                    and tokens[t.index - 1].key in LOCATIVE_BEFORE | {"of", "to", "from"} for t in tokens)
                # "Turkey, which brokered the deal", "Turkey's navy", "Chad said"
                or tokens[span.last].possessive or nxt.strip() in (",", ":")  # ("06:48 Japan: the typhoon's ...")
                or (span.last + 1 < len(tokens) and tokens[span.last + 1].key in _COUNTRY_VERBS)):
            return None  # the country, not the word
        if _in_a_dateline(tokens, span.first) and rec.is_notable(span):
            return None  # "COLOGNE -": a great city's dateline, not the word
        if (tokens[span.last].possessive or nxt.strip() in (".", ":")) and any(
                c.quality >= 1.0 and rec.gaz.rows[c.row][2] == "city"
                and rec.gaz.rows[c.row][8] >= SENTENCE_START_CITY_POPULATION for c in span.candidates):
            return None  # "Perm's Bolshoye Savino airport", a paragraph headed "Perm." : the city, not the word
        return "ordinary word at the start of a sentence"
    # A region named by an everyday word ("Centre") needs evidence; a constituent country ("Wales") does not.
    if not any(rec.gaz.rows[c.row][2] != "region" or rec.gaz.rows[c.row][0].startswith(COUNTRY_UNIT_PREFIX)
               for c in span.candidates if rec.is_notable_row(c.row) and c.quality >= ALTERNATE_QUALITY):
        # (a city of note a stretched spelling away is no reason: "A Marine officer" is no Mar'ino, Moscow)
        placed = _after_placing_word(tokens, span.first)
        if placed and _in_a_list_of_names(tokens, span) and any(
                c.quality >= 1.0 and rec.gaz.rows[c.row][2] == "city" for c in span.candidates):
            return None  # "head south toward Manning and Peace River": a town in a list of places
        prev = tokens[span.first - 1] if span.first else None
        if (placed and prev is not None and (prev.key in _PLACING_WORDS or prev.key in ("and", "or"))
                and (not prev.is_capitalised or _opens_a_sentence(prev))  # ("In Torrent, police closed ...")
                and not tokens[span.first].gap.strip()) and any(
                c.quality >= 1.0 and rec.gaz.rows[c.row][2] == "city"
                          and (rec.gaz.rows[c.row][8] >= PLACED_WORD_TOWN_POPULATION
                               or _paired_with_a_place(rec, tokens, span))
                for c in span.candidates):
            # "just across the line from Normal", "around Moscow and Troy": a town of some size, capitalised right
            # after a placing word or ending a list after one (not "at Queen's University"); a smaller town when
            # the name before "and" is a place no everyday word names ("around Muswellbrook and Singleton")
            return None
        if (not span.sentence_start and prev is not None and not prev.is_capitalised
                and "\n" not in tokens[span.first].gap
                and not (span.last + 1 < len(tokens) and tokens[span.last + 1].is_capitalised
                         and not tokens[span.last + 1].gap.strip())  # (not "Commerce Department")
                and not (prev.key == "of" and span.first >= 2 and tokens[span.first - 2].is_capitalised
                         and not _placed_by_a_distance(span, tokens))  # ("Residents of Marks, 60 km east of")
                and any(c.quality >= 1.0 and rec.gaz.rows[c.row][2] == "city" for c in span.candidates)):
            # "reaching the edge of Chop", "at Chop station": a town's own name capitalised inside a sentence (not
            # in a name: "the Chamber of Commerce"), kept for the disambiguator, which reads it only beside a town
            # the article names
            span.ordinary_words = True
            return None
        return "ordinary word; only minor places or regions have this name"
    return None


# A Russian surname's endings; the village of the family adds a vowel (Kalashnikov, Kalashnikovo; Ivanov, Ivanovo).
_SURNAME_ENDINGS = ("ov", "ev", "in", "yn", "ow", "ew")


def _surname_of_a_village(key: str, name: str) -> bool:
    """Whether ``key`` is a Russian surname and ``name`` the place of that family's name ("Kalashnikov" and
    Kalashnikovo, "Kalaschnikow" and Kalashnikovo, or its Ukrainian form Kalashnykove): a different word, not
    another spelling of it."""
    return key.endswith(_SURNAME_ENDINGS) and translit_key(name) in {translit_key(key) + v for v in "oae"}


def _in_a_dateline(tokens: list[Token], i: int) -> bool:
    """Whether the capitals at token ``i`` open a line as a dateline's city ("KYIV (Reuters) -", "ROME, Oct. 3"),
    also the second of two ("SEOUL/KYIV, April 2 (Global Wire) -")."""
    tok = tokens[i]
    nxt = tokens[i + 1].gap if i + 1 < len(tokens) else ""
    opens = _opens_a_line(tokens, i) or (tok.gap == "/" and tokens[i - 1].is_upper and _opens_a_line(tokens, i - 1))
    return tok.is_upper and opens and nxt.startswith((",", " (", " —", " –", " -", " /", "/"))


def rule_minor_lowercase(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """An all-caps token that is not a known abbreviation (a heading, an acronym) is not a place."""
    tok = tokens[span.first]
    if (span.last == span.first + 1 and span.cue is not None and tok.is_upper and 1 < len(tok.surface) <= 4
            and tok.surface.isalpha() and not tokens[span.last].is_capitalised and tok.key not in rec.gaz.case_sensitive
            and not _in_a_dateline(tokens, span.first)):
        return "upper-case acronym before a type word"  # "an attack on NATO territory" is no Nato in the Philippines
    if span.first == span.last and tok.is_upper and len(tok.surface) > 1 and span.key not in rec.gaz.case_sensitive:
        if _in_a_dateline(tokens, span.first) and len(tok.surface) >= 4 and (rec.is_notable(span) or any(
                c.quality >= 1.0 and rec.gaz.rows[c.row][2] == "city" and (
                    rec.gaz.rows[c.row][8] >= DATELINE_TOWN_POPULATION or rec.gaz.rows[c.row][12] == "curated"
                    or span.key not in rec.common)
                for c in span.candidates) or _followed_by_region(rec, span, tokens)):
            # (a smaller town too, curated or named by no everyday word: "MARJAYOUN —", not "NOTICE —")
            return None  # "KYIV (Reuters) -", "ROME, Oct. 3", "CANADIAN, Texas —": a dateline names the city
        if any(c.quality >= 1.0 and rec.gaz.rows[c.row][2] in ("facility", "area", "landmark")
               and rec.gaz.rows[c.row][12] == "curated" for c in span.candidates):
            return None  # "ZNPP", "KIG": a site's or area's acronym the gazetteer keeps as one of its own names
        if not rec.is_notable(span) or len(tok.surface) <= 4:
            return "upper-case acronym"
    return None


# A city of this size by its own name opens a sentence with its possessive or heads a paragraph ("Perm's airport",
# "Perm. Lukoil's plant was attacked ...") as itself, though its name is an everyday word too.
SENTENCE_START_CITY_POPULATION = 100_000
# A town of this size may open a local paper's dateline in capitals ("PULLMAN - On a wall-sized monitor ...").
DATELINE_TOWN_POPULATION = 15_000

NOT_A_SUBJECT_BEFORE = frozenset({"in", "from", "of", "at", "near", "the", "for", "to", "by", "on", "into", "between",
                                  "occupied", "outside", "around", "across"})


def rule_speaker(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A name that speaks ("Jackson said", "Kent told reporters") is a person; capitals that speak are
    actors (see :mod:`geo.roles`) and countries are always places."""
    j = span.last + 1
    if j >= len(tokens) or tokens[j].key not in SPEECH_VERBS or "," in tokens[j].gap:
        return None
    if span.cue and not span.cue_reason.startswith("apposition"):
        return None
    if span.last > span.first and tokens[span.last].key in REGION_WORDS | DISTRICT_WORDS:
        return None  # "Okinawa Prefecture said": a region's or county's government, no person
    if span.first > 0 and tokens[span.first - 1].key == "the" and not tokens[span.first - 1].is_capitalised:
        return None  # "the court in the Hague ruled": no person's name takes "the"
    if span.first > 0 and tokens[span.first - 1].key in NOT_A_SUBJECT_BEFORE | PLACE_ADJECTIVES:
        return None  # "officials in Sumy said", "reporters in Chapra and neighbouring Siwan said"
    if _after_placing_word(tokens, span.first) and _in_a_list_of_names(tokens, span):
        return None  # "Mayors from Eugene, Springfield, Albany and Corvallis wrote": the list is no subject
    i = span.first
    if i >= 3 and tokens[i - 1].key in ("and", "or") and tokens[i - 2].is_capitalised:
        k = i - 2
        while k > 0 and tokens[k].gap in (" ", ", ") and (
                tokens[k - 1].is_capitalised or tokens[k - 1].surface in NAME_CONNECTORS):
            k -= 1  # to the first name of the list: "Residents of Santiago de Cuba and Santa Clara told ..."
        if k > 0 and tokens[k].gap == " " and tokens[k - 1].key in NOT_A_SUBJECT_BEFORE:
            return None  # "an officer serving between Pokrovsk and Kostiantynivka told Euronews"
    for c in span.candidates:
        row = rec.gaz.rows[c.row]
        if row[2] in ("country", "continent") or row[11] or (
                row[12] == "curated" and not (row[2] == "city" and row[8] < NOTABLE_POPULATION)):
            return None  # (a curated small town speaks no more than any other: "Hasan said" is no Khasan)
    return f"a person speaking ('{tokens[span.last].surface} {tokens[j].surface}')"


def rule_arabic_name_end(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """ "al-Numan" after "Maarat", "al-Sham" after "Hayat Tahrir": the end of a longer name that the gazetteer
    does not have (a town's whole name, a group's), not a place of its own."""
    i = span.first
    if i > 0 and tokens[i].gap == "-" and tokens[i - 1].key in ARABIC_ARTICLES:
        i -= 1  # (the span starts after the article, which joins it later)
    t = tokens[i]
    if not (t.key in ARABIC_ARTICLES and not t.is_capitalised and i > 0 and t.gap == " "
            and i + 1 < len(tokens) and tokens[i + 1].gap == "-"):
        return None
    prev = tokens[i - 1]
    if not prev.is_capitalised or prev.key in FUNCTION_WORDS:
        return None
    return f"inside a longer name ('{prev.surface} {t.surface}-{tokens[i + 1].surface}')"


def rule_korean_suffix(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """ "Punggye-ri", "Tongchang-ri": a name with a Korean administrative suffix is a Korean place; a reading
    of its first part elsewhere in the world ("Tongchang", China) is wrong, so only Korean readings are kept."""
    j = span.last + 1
    if j < len(tokens) and tokens[j].gap == "-" and tokens[j].key in KOREAN_SUFFIXES and not tokens[j].is_capitalised:
        # ... and only by the place's own name: "Dangsan-ri" is no village whose other names include a Dangsan,
        # "Jung-myeon" no stretched Chungju
        korean = [c for c in span.candidates if rec.gaz.rows[c.row][5] in ("KP", "KR") and c.quality >= 1.0]
        if tokens[j].key in ("dong", "tong"):
            # a city's quarter ("Nampo-dong" in Busan's Jung-gu) is no city of that name (Namp'o)
            korean = [c for c in korean if not (rec.gaz.rows[c.row][2] == "city"
                                                and rec.gaz.rows[c.row][8] >= NOTABLE_POPULATION)]
        if not korean:
            return f"Korean place name '{tokens[span.last].surface}-{tokens[j].surface}' not in the gazetteer"
        span.candidates = korean
        span.end = max(span.end, tokens[j].end)  # the mention is the whole name: "Heunghae-eup"
    return None


# The most names a list of ships' names holds before the one in question.
SHIP_LIST_MAX = 4


def _dated_entry_described_as_a_vessel(tokens: list[Token], span: Span) -> int | None:
    """The index of the vessel's word when a name opens its line with a date in brackets and the next sentence says
    what ship it was ("Saratov (March 2022). The Alligator-class landing ship blew up ..."), else None."""
    i, j, n = span.first, span.last + 1, len(tokens)
    if not (i == 0 or "\n" in tokens[i].gap) or j >= n or "(" not in tokens[j].gap:
        return None
    if not (tokens[j].key in MONTHS or (tokens[j].is_number and len(tokens[j].surface) == 4)):
        return None
    close = next((k for k in range(j + 1, min(j + 4, n)) if ")" in tokens[k].gap), None)
    if close is None or "." not in tokens[close].gap or tokens[close].key != "the":
        return None
    return next((k for k in range(close + 1, min(close + 6, n)) if tokens[k].key in VESSEL_WORDS
                 and not tokens[k].gap.strip(" -")), None)


def rule_vessel(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A ship named after a place: "the cruiser Moskva", "the submarine Kursk", "HMS Exeter", "Angara (IMO
    9000001)"."""
    i = span.first
    j = span.last + 1
    if j < len(tokens) and tokens[j].key == "imo" and "(" in tokens[j].gap and j + 1 < len(tokens) and (
            tokens[j + 1].surface.isdigit()):
        return f"a ship ('{tokens[span.last].surface} (IMO {tokens[j + 1].surface})')"
    k = _dated_entry_described_as_a_vessel(tokens, span)
    if k is not None:
        # "Moskva (April 2022). The Slava-class cruiser and fleet flagship sank ...": an entry of a list of ships
        return f"a ship ('{tokens[span.last].surface} (...). The ... {tokens[k].surface}')"
    if i >= 1 and tokens[i - 1].key in VESSEL_WORDS and tokens[i].gap.strip() in ("", ".", "'", '"', "“", "‘") and not (
            tokens[i - 1].key in PLURAL_VESSEL_WORDS and tokens[i].gap != " "):  # (not "... two submarines. Sunchon, ...")
        return f"a ship ('{tokens[i - 1].surface} {tokens[i].surface}')"
    head = _list_of_ships_head(tokens, i)
    if head is not None:
        return f"a ship ('{tokens[head].surface} ... {tokens[i].surface}')"  # "the submarines Magadan and Ufa"
    # a prefix in capitals before a ship's name of several words ("KMP Dewi Lombok", "MV Meghna Pride")
    k = i - 1
    while k >= 1 and k >= i - 3 and tokens[k].is_capitalised and not tokens[k].is_upper and tokens[k + 1].gap == " ":
        k -= 1
    if k < i - 1 and tokens[k].is_upper and tokens[k].key in VESSEL_WORDS and tokens[k + 1].gap == " ":
        return f"a ship ('{' '.join(t.surface for t in tokens[k : span.last + 1])}')"
    if i >= 1 and tokens[i - 1].key == "the" and _described_as(tokens, span.last, VESSEL_WORDS, reach=5):
        # "the Angara, a freighter", "the Ganja, a 7,000-tonne vessel built in Baku"
        return f"a ship ('the {tokens[span.last].surface}, a ...')"
    article = next((k for k in range(i - 3, max(-1, i - 8), -1) if tokens[k].key in ("a", "an", "another")), None)
    if (article is not None and tokens[i - 1].key == "the" and tokens[i - 1].gap.strip() == ","
            and tokens[i - 2].key in VESSEL_WORDS
            and all(tokens[k].gap in (" ", "-") for k in range(article + 1, i - 1))):
        # "a tanker, the Astrakhan,", "a newly built Karakurt-class corvette, the Askold,"
        return f"a ship ('a {tokens[i - 2].surface}, the {tokens[span.last].surface}')"
    if (i >= 1 and tokens[i - 1].key == "the" and span.cue is None and span.candidates and span.match != "fuzzy"
            and all(c.quality < 1.0 and rec.gaz.rows[c.row][2] == "city" for c in span.candidates)
            and not _used_attributively(span, tokens) and not _placed_after(span, tokens)):
        # "the Angara moored at Pier 3": English puts no article before a town's name, so a name that is only
        # another language's name for towns ("Angara" for Ankara) is, after "the", a ship, river or firm ("the
        # Kupiansk front" is the town's front)
        return f"'the {' '.join(t.surface for t in tokens[i:span.last + 1])}': a town's name takes no article"
    return None


def _list_of_ships_head(tokens: list[Token], i: int) -> int | None:
    """The index of the plural vessel word that heads a list of names whose later item begins at token ``i`` ("the
    diesel-electric submarines Magadan and Ufa", "the destroyers Nanchang, Xining and Lhasa"), or None."""
    k = i
    for _ in range(SHIP_LIST_MAX):
        if tokens[k].gap.strip() == "," and k >= 1:
            m = k - 1
        elif k >= 2 and tokens[k - 1].key in ("and", "or") and tokens[k].gap == " " and tokens[k - 1].gap.strip() in (
                "", ","):
            m = k - 2
        else:
            return None
        if not tokens[m].is_capitalised:
            return None
        while (m >= 1 and tokens[m - 1].is_capitalised and tokens[m - 1].key not in PLURAL_VESSEL_WORDS
               and tokens[m].gap in (" ", "-")):
            m -= 1  # (to the first word of the name before: "Petropavlovsk-Kamchatsky")
        if m >= 1 and tokens[m - 1].key in PLURAL_VESSEL_WORDS and tokens[m].gap.strip() in ("", "—", "–", ":"):
            return m - 1  # (also after a dash or colon: "three Russian-flagged ships — Angara, Lady Maria and ...")
        k = m
    return None


# After a name, words that show it is not a noun's modifier ("the Angara and the Maria", "the Angara was").
_AFTER_A_NOUN = frozenset({"and", "or", "is", "was", "had", "has", "were", "which", "that", "left", "in", "at", "from",
                           "to", "with", "on", "alone", "also", "itself", "too", "again", "then", "now"})


def _placed_after(span: Span, tokens: list[Token]) -> bool:
    """ "the Pervomaisk in Luhansk Oblast": a name placed in a named place, one town of its name told from another."""
    j = span.last + 1
    return (j + 1 < len(tokens) and not tokens[span.last].possessive and tokens[j].key in ("in", "of")
            and tokens[j].gap == " " and tokens[j + 1].is_capitalised and tokens[j + 1].gap == " ")


def _used_attributively(span: Span, tokens: list[Token]) -> bool:
    """The name modifies the lower-case word after it ("the Kupiansk front", "the Sariwon plant"), as a town's name
    does; not when punctuation, a possessive, a function word or a past tense follows ("the Angara moored")."""
    j = span.last + 1
    # over a list of names ("the Kupiansk, Vovchansk and Zolochiv directions", "the Poonch and Uri sectors")
    n = len(tokens)
    while j < n:
        if tokens[j].gap == ", " and tokens[j].is_capitalised:
            j += 1  # ", Vovchansk"
        elif (tokens[j].key in ("and", "or") and tokens[j].gap in (" ", ", ") and j + 1 < n
              and tokens[j + 1].is_capitalised and tokens[j + 1].gap == " "):
            j += 2  # " and Zolochiv"
        else:
            break
    if j >= len(tokens) or tokens[span.last].possessive or tokens[j].gap != " " or tokens[j].is_capitalised:
        return False
    nxt = tokens[j].key
    return nxt not in _AFTER_A_NOUN and not nxt.endswith("ed")


def rule_news_organisation(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """News agencies and broadcasters ("told Xinhua", "Yonhap reported") are sources, not places."""
    if span.first == span.last and tokens[span.first].key in NEWS_ORGANISATIONS:
        return "a news organisation or research institution"
    j = span.last + 1
    if (j < len(tokens) and tokens[j].key in _OUTLET_WORDS and not tokens[j].is_capitalised and tokens[j].gap == " "
            and not any(rec.gaz.rows[c.row][2] in ("city", "country", "region") for c in span.candidates)):
        # "Photo: Zolotoy Rog newspaper": a title named after a bay or a hill, not the feature (a town's name before
        # the word still says where the paper is: "a Kharkiv newspaper")
        name = " ".join(t.surface for t in tokens[span.first : j + 1])
        return f"an outlet's name ('{name}')"
    return None


_OUTLET_WORDS = frozenset({"newspaper", "magazine", "tabloid", "weekly", "broadcaster"})


def rule_sites_own_name(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """The site's own name from its masthead, written in the article ("Updated 09:15 | Kyiv Pulse news desk" under
    "KYIV PULSE"): the outlet, not a place."""
    if not rec._masthead or span.first not in run_of:
        return None
    a, b = run_of[span.first]
    if b < span.last or tuple(t.key for t in tokens[a : b + 1] if t.key != "the") != rec._masthead:
        return None
    return f"the site's own name ('{' '.join(t.surface for t in tokens[a : b + 1])}')"


# Words before a name that make it someone's or something's handle, not a place ("the call sign "Odesa"",
# "codenamed Kursk", "nom de guerre Lviv").
_HANDLE_BEFORE = (("call", "sign"), ("callsign",), ("call", "signs"), ("codenamed",), ("code", "named"),
                  ("code", "name"), ("codename",), ("de", "guerre"), ("nickname",), ("nicknamed",))


def rule_handle(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A call sign, code name or nickname: "an officer with the call sign "Sokol"", "an operation codenamed Kursk"."""
    i = span.first
    if tokens[i].gap.strip() not in ("", '"', "“", "'", "‘", "«"):
        return None
    for words in _HANDLE_BEFORE:
        k = i - len(words)
        if k >= 0 and tuple(t.key for t in tokens[k:i]) == words and all(
                tokens[m].gap.strip() in ("", "-") for m in range(k + 1, i)):
            return f"a call sign or code name ('{' '.join(words)} {tokens[i].surface}')"
    return None


def rule_possessive_of(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """ "Lloyd's of London", "Harrods of Knightsbridge": a name in the possessive before "of" and a capitalised name
    is a firm called after its founder and its seat, not a place."""
    j = span.last + 1
    if (tokens[span.last].possessive and j + 1 < len(tokens) and tokens[j].key == "of" and tokens[j].gap == " "
            and tokens[j + 1].is_capitalised and tokens[j + 1].gap == " " and span.cue is None):
        return f"a firm ('{tokens[span.last].surface}'s of {tokens[j + 1].surface}')"
    i = span.first
    if (i >= 2 and tokens[i - 1].key == "of" and tokens[i].gap == " " and tokens[i - 2].possessive
            and tokens[i - 2].is_capitalised and not any(rec.gaz.lookup(tokens[i - 2].key) and rec.gaz.rows[r][2] in (
                "country", "region") for r, _ in rec.gaz.lookup(tokens[i - 2].key))):
        return f"part of a firm's name ('{tokens[i - 2].surface}'s of {tokens[i].surface}')"  # (not "Russia's")
    return None


def rule_rio_after_the(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """ "the main crossing of the Río Grande", "the Rio Negro": Spanish and Portuguese "río"/"rio" is "river", and
    after "the" the name is the river's, not a town's of that name (unless the gazetteer has the river)."""
    i = span.first
    if (span.last > i and tokens[i].key == "rio" and i >= 1 and tokens[i - 1].key == "the"
            and not any(rec.gaz.rows[c.row][2] == "water" for c in span.candidates)):
        return f"a river ('the {' '.join(t.surface for t in tokens[i : span.last + 1])}')"
    return None


def rule_web_address(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A name joined by a dot to the next word ("told Zakhid.Online", "Kharkiv.Today reported"): a site's address,
    not a place."""
    j = span.last + 1
    if (j < len(tokens) and tokens[j].gap == "." and tokens[j].surface[:1].isalpha() and len(tokens[j].surface) >= 2
            and len(tokens[span.last].surface) >= 3 and tokens[j].key not in FUNCTION_WORDS):
        # (not a sentence begun without its space: "... in Lviv.It was cold")
        return f"a web address ('{tokens[span.last].surface}.{tokens[j].surface}')"
    return None


def rule_named_firm(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A firm named after a noun saying it is one: "the uranium company Orano", "the airline Ural" (not a type
    word the name itself carries)."""
    i = span.first
    if (i >= 1 and tokens[i - 1].key in FIRM_WORDS and not tokens[i - 1].is_capitalised and tokens[i].gap == " "
            and span.cue is None and not any(rec.gaz.rows[c.row][2] == "country" for c in span.candidates)):
        return f"a firm ('{tokens[i - 1].surface} {tokens[i].surface}')"
    k = _firm_apposition(tokens, span.last + 1)
    if (k is not None and span.cue is None and not rec.is_notable(span)
            and not (i >= 1 and tokens[i - 1].key in _PLACING_WORDS)):
        # "employed by Nitchitsu, the conglomerate led by ...": a firm set off by an apposition that says it is
        # one (not a town of note, nor a place after "in": "in Ulsan, the company that ... said")
        return f"a firm ('{tokens[i].surface}, ... {tokens[k].surface}')"
    return None


# Words that may follow a firm's noun that ends an apposition ("the conglomerate led by", "a company that").
_AFTER_FIRM_NOUN = frozenset({"that", "which", "whose", "led", "run", "owned", "based", "founded", "behind", "and"})


def _firm_apposition(tokens: list[Token], j: int) -> int | None:
    """The index of the firm's noun in an apposition right after a name (", the conglomerate led by", ", a French
    company that", ", the state-owned group."), or None; not a compound like "a company town"."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].gap.strip() != "," or tokens[j].key not in ("the", "a", "an"):
        return None
    for k in range(j + 1, min(j + 5, n)):
        if tokens[k].key in FIRM_WORDS and not tokens[k].is_capitalised:
            if k + 1 == n or tokens[k + 1].gap.strip() not in ("", "-") or tokens[k + 1].key in _AFTER_FIRM_NOUN:
                return k
            return None
        if tokens[k].gap.strip() not in ("", "-"):
            return None
    return None


def rule_government_seat(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A seat of government named for the government ("Zhongnanhai was unlikely to ...", "the Kremlin said"), or a
    parliament ("a Duma deputy", "the Rada voted")."""
    if span.key in PARLIAMENTS and span.cue is None and not _followed_by_region(rec, span, tokens):
        before = tokens[span.first - 1].key if span.first > 0 else ""
        after = tokens[span.last + 1].key if span.last + 1 < len(tokens) else ""
        if before in ("the", "state") or after in PARLIAMENT_WORDS or tokens[span.last].possessive:
            return f"a parliament ('{span.text}')"
    if span.key not in GOVERNMENT_SEATS or span.cue is not None or _followed_by_region(rec, span, tokens):
        return None  # (not "White House, Tennessee")
    i = span.first
    if span.first == span.last or (i > 0 and tokens[i - 1].key == "the") or i in rec._title_tokens or (
            tokens[span.last].possessive):
        # "the Kremlin said", and of two words only "the White House", a headline's "at White House" or "White
        # House's": "officials in White House" name the Tennessee town
        return f"a seat of government ('{' '.join(t.surface for t in tokens[i : span.last + 1])}')"
    return None


def _vehicle_words_at(tokens: list[Token], k: int) -> bool:
    """A vehicle's word at token k ("SUVs", "sedan", "sport utility vehicles")."""
    if k >= len(tokens) or tokens[k].gap != " ":
        return False
    return tokens[k].key in VEHICLE_WORDS or (
        tokens[k].key in ("sport", "sports") and k + 1 < len(tokens) and tokens[k + 1].key == "utility")


def rule_brand(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A maker's name ("Samsung", "Toyota", "Nokia"), unless the text puts it as a place ("in Toyota, Aichi",
    "Toyota City"); a maker's model ("the Hyundai Tucson"); a vehicle's model ("the Tucson and Santa Fe sport
    utility vehicles")."""
    i, j = span.first, span.last + 1
    if span.cue is not None and not (span.cue == "facility" and span.key in FIRM_BRANDS):
        return None  # (a maker's plant is the maker's: "the Samsung complex", "the Toyota plant")
    if (i >= 1 and tokens[i - 1].key in FIRM_BRANDS and tokens[i - 1].is_capitalised and tokens[i].gap == " "
            and not tokens[i - 1].possessive):  # (not "Hyundai's Ulsan complex")
        return f"a maker's model ('{tokens[i - 1].surface} {tokens[i].surface}')"
    if _an_airline(tokens, i, j):
        return "an airline's name ('Jeju Air', 'Air China')"
    k = j
    if k < len(tokens) and tokens[k].key == "and" and tokens[k].gap == " ":
        k += 1  # over the next name of a list: "Tucson and Santa Fe SUVs"
        while k < len(tokens) and tokens[k].is_capitalised and tokens[k].gap in (" ", "-"):
            k += 1
    if _vehicle_words_at(tokens, k) and not any(rec.gaz.rows[c.row][2] == "country" for c in span.candidates):
        return f"a vehicle's model ('{tokens[span.last].surface} ... {tokens[k].surface}')"
    if (span.first == span.last and (span.key in FIRM_BRANDS or span.key in MOVEMENT_WORDS)
            and not _followed_by_container(span, tokens)
            and not (i >= 1 and tokens[i - 1].key in ("in", "near") and "\n" not in tokens[i].gap)):
        # (and "the Chollima steelmakers", "Juche ideology": a movement's or an idea's name)
        return f"a maker's, movement's or idea's name ('{tokens[i].surface}')"
    return None


# Words after "<place> Air" that make it part of a base's or a force's name, not an airline's ("Kunsan Air Base").
_AIR_NAME_WORDS = frozenset({"base", "force", "forces", "station", "field", "command", "defense", "defence", "wing",
                             "corps", "show", "museum", "terminal", "port", "quality"})


def _an_airline(tokens: list[Token], i: int, j: int) -> bool:
    """The name between ``i`` and ``j`` is an airline's with a capitalised "Air" after it ("Jeju Air", "Korean
    Air") or before it ("Air China", "Air Astana")."""
    n = len(tokens)
    if j < n and tokens[j].surface == "Air" and tokens[j].gap == " " and not tokens[i].possessive:
        return not (j + 1 < n and tokens[j + 1].key in _AIR_NAME_WORDS and tokens[j + 1].gap in (" ", "-"))
    return (i >= 1 and tokens[i - 1].surface == "Air" and tokens[i].gap == " "
            and not (i >= 2 and tokens[i - 2].is_capitalised and "\n" not in tokens[i - 1].gap
                     and not tokens[i - 1].gap.strip()))  # (not "Kunsan Air China ...")


def rule_demonym(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """Demonyms and adjectives ("Korean", "Ukrainian") name people or things of a place, not the place."""
    if (span.last == span.first + 1 and rec.is_demonym(tokens[span.first].key)
            and not tokens[span.last].is_capitalised and tokens[span.last].key in REGION_WORDS):
        return "a country's territory ('Kazakh territory'), not a region's name"
    if span.first == span.last and span.key in RELIGION_ADJECTIVES and span.cue is None:
        return "a religion's adjective or its people"  # "a largely Christian south", not Christian, Kansas
    if span.first == span.last and rec.is_demonym(span.key) and not any(
            c.quality >= 1.0 and (rec.is_notable_row(c.row) or rec.gaz.rows[c.row][8] >= 20_000)
            for c in span.candidates) and not _demonym_as_a_town(rec, span, tokens):
        return "demonym or adjective of a place"
    j = span.last + 1
    if (span.first == span.last and span.key in IRREGULAR_DEMONYMS and span.key.endswith(DEMONYM_SUFFIXES)
            and span.cue is None and j < len(tokens) and tokens[j].gap == " " and tokens[j].key not in FUNCTION_WORDS
            and not (tokens[j].key == "autonomous" or tokens[j].key in REGION_WORDS)):  # ("Jewish Autonomous Oblast")
        # "Jewish Odesa", "the Jewish community": an adjective before a word, though Natural Earth calls the Jewish
        # Autonomous Oblast "Jewish"
        return "an adjective before the word it describes"
    return None


def abbreviation_in_a_name(rec: Recognizer, span: Span, tokens: list[Token]) -> str | None:
    """A country's abbreviation opening an institution's name ("the U.S. Navy", "US Treasury", "UK Embassy") or a
    currency's sign ("US$4 million") names no place, though it tells which country the article is about. Used as a
    noun or an adjective it is a place ("in the US", "US officials": news annotation counts those)."""
    j = span.last + 1
    if (span.first != span.last or not tokens[span.first].is_upper or len(tokens[span.first].key.replace(" ", "")) > 3
            or j >= len(tokens) or tokens[span.last].possessive or span.cue is not None
            or not any(rec.gaz.rows[c.row][2] == "country" for c in span.candidates)):
        return None
    gap, nxt = tokens[j].gap, tokens[j]
    if gap.startswith("$"):
        return f"a currency's sign ('{tokens[span.first].surface}{gap}{nxt.surface}')"
    if gap == " " and nxt.is_capitalised and nxt.key in ABBREVIATED_INSTITUTION_WORDS and not nxt.is_upper:
        return f"an institution's name ('{tokens[span.first].surface} {nxt.surface}')"
    return None


def _demonym_as_a_town(rec: Recognizer, span: Span, tokens: list[Token]) -> bool:
    """A town named by a demonym ("Canadian", Texas; "American Fork") used as a noun: its state after a comma
    ("CANADIAN, Texas —"), or a placing word before it and no word after it for it to describe ("south of Canadian
    and", "near Canadian."; not "near Canadian waters", nor "in English." and other languages)."""
    if not any(c.quality >= 1.0 and rec.gaz.rows[c.row][2] == "city" for c in span.candidates):
        return False
    if _followed_by_region(rec, span, tokens):
        return True
    i, j = span.first, span.last + 1
    placed = i > 0 and "\n" not in tokens[i].gap and not tokens[i].gap.strip() and (
        # (not "written in English.": a language after "in")
        (tokens[i - 1].key in _PLACING_WORDS
         and not (tokens[i - 1].key in ("in", "into") and span.key in LANGUAGE_NAMES))
        or (tokens[i - 1].key == "of" and i > 1 and tokens[i - 2].key in DIRECTION_WORDS))
    after = tokens[j] if j < len(tokens) else None
    return placed and (after is None or after.gap.strip() != "" or after.key in ("and", "or"))


# Adjectives of a direction, capitalised before a noun ("Western sanctions", "Central banks"): regions of their name
# (Western Province, Papua New Guinea) are meant only with their type word.
_DIRECTION_ADJECTIVES = frozenset({"western", "eastern", "northern", "southern", "central", "northwestern",
                                   "northeastern", "southwestern", "southeastern", "north-western", "north-eastern",
                                   "south-western", "south-eastern"})


def rule_direction(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A bare direction ("the West", "North") is not a mappable place, nor a continent after a direction word
    ("Southeast Asia", whose point is the continent's)."""
    words = range(span.first, span.last + 1)
    if span.cue is None and all(tokens[k].key in DIRECTION_WORDS for k in words) and (
            span.first == span.last or not all(tokens[k].is_capitalised for k in words)):
        return "direction word"  # ("North", "the North-east of Ukraine"; not the province "North West")
    i = span.first
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (span.first == span.last and span.cue in (None, "facility") and span.key in _DIRECTION_ADJECTIVES
            and nxt is not None
            and nxt.gap == " " and nxt.surface.islower() and nxt.key not in _TYPE_WORDS_AFTER - FACILITY_WORDS):
        return f"a direction's adjective ('{tokens[i].surface} {nxt.surface}')"  # "Western machine tools"
    if (i > 0 and span.cue is None and tokens[i - 1].is_capitalised and tokens[i].gap == " "
            and tokens[i - 1].key in DIRECTION_WORDS | {"latin", "sub-saharan"}
            and any(rec.gaz.rows[c.row][2] == "continent" and c.quality >= 1.0 for c in span.candidates)):
        # "Southeast Asia", "Central Asia", "East Africa": a part of the continent, which its point would misplace
        return f"a part of a continent ('{tokens[i - 1].surface} {tokens[i].surface}')"
    return None


def rule_short_alternate(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A one-word name of three letters or fewer that is only an alternate name ("Sam" for Damascus, "Do")
    is far more often a word or a first name; abbreviations need a case-sensitive alias ("US", "UK")."""
    if span.first != span.last or len(span.key) > 3 or span.key in rec.gaz.case_sensitive:
        return None
    if span.end > tokens[span.last].end:
        return None  # a dotted abbreviation ("Ill.", "Ga.")
    if all(c.quality < 1.0 for c in span.candidates):
        return "short alternate name"
    return None


def after_a_distance(tokens: list[Token], j: int) -> int:
    """The index after a distance that starts at ``j`` ("about 60 km", "30 km", "5"), or ``j`` when none does."""
    n = len(tokens)
    if j + 1 < n and tokens[j].key in ROUGHLY and tokens[j + 1].is_number:
        j += 1
    if j < n and tokens[j].is_number:
        j += 1
        if j < n and tokens[j].key in DISTANCE_UNITS:
            j += 1
    return j


def after_a_bearing(tokens: list[Token], j: int) -> int:
    """The index after a bearing that starts at ``j``: an optional distance and one or two compass words ("about 60
    km north-east", "east"), or ``j`` when no compass word follows."""
    k = start = after_a_distance(tokens, j)
    while k < len(tokens) and tokens[k].key in COMPASS_WORDS and k - start < 2:
        k += 1
    return k if k > start else j


def _placed_by_a_distance(span: Span, tokens: list[Token]) -> bool:
    """ "Marks, about 60 km north-east of Saratov": a comma and a distance in a direction of another place."""
    j = span.last + 1
    if j >= len(tokens) or tokens[j].gap.strip() != ",":
        return False
    d = after_a_distance(tokens, j)
    k = after_a_bearing(tokens, j)
    return (d > j and tokens[d - 1].key in DISTANCE_UNITS and k > d and k + 1 < len(tokens)
            and tokens[k].key in ("of", "from") and tokens[k + 1].is_capitalised)


def _followed_by_container(span: Span, tokens: list[Token]) -> bool:
    j = span.last + 1
    return j < len(tokens) and tokens[j].gap.strip() == "," and tokens[j].is_capitalised


def _followed_by_region(rec: Recognizer, span: Span, tokens: list[Token]) -> bool:
    """ "Dalton, Georgia", "WINONA, Miss.": a comma and a region or country (or a dotted abbreviation of one) after
    the name; not "Noboa, Gonzalez split the vote", two surnames."""
    if not _followed_by_container(span, tokens):
        return False
    nxt = tokens[span.last + 1]
    if nxt.surface.endswith(".") or span.end > tokens[span.last].end or (nxt.is_upper and nxt.key in rec.gaz.postal):
        return True
    keys = [nxt.key] + ([f"{nxt.key} {tokens[nxt.index + 1].key}"] if nxt.index + 1 < len(tokens) else [])
    return any(rec.gaz.rows[r][2] in ("region", "country") for k in keys for r, _ in rec.gaz.lookup(k))


def rule_variant_before_a_name(rec: Recognizer, span: Span, tokens: list[Token], run_of, people) -> str | None:
    """A spelling a few letters off a place's name, followed by another capitalised word that is no type word,
    begins a person's or a club's name ("Samira Holt", "Cherno More Varna"), not a place."""
    j = span.last + 1
    if span.match != "fuzzy" or j >= len(tokens) or span.first in rec._title_tokens:
        return None
    nxt = tokens[j]
    if span.first > 0 and tokens[span.first - 1].key == "the" and nxt.key in TRAIN_WORDS and nxt.gap == " ":
        return f"a train's name ('the {tokens[span.first].surface} {nxt.surface}')"  # "the Rossiya train"
    if (nxt.gap == " " and nxt.is_capitalised and not nxt.is_upper and nxt.key not in _TYPE_WORDS_AFTER
            and nxt.key not in FUNCTION_WORDS and not rec.is_demonym(nxt.key)):
        return f"a variant spelling opening a longer name ('{tokens[span.first].surface} {nxt.surface}')"
    return None


# After "the" and a variant spelling: a train named so ("the Rossiya train"), not the place.
TRAIN_WORDS = frozenset({"train", "trains", "express"})
_TYPE_WORDS_AFTER = (REGION_WORDS | DISTRICT_WORDS | DISTRICT_TYPE_WORDS | FACILITY_WORDS | CITY_WORDS | FEATURE_AFTER
                     | HOST_FACILITY_WORDS | UNNAMED_FACILITY_WORDS)


RULES = (rule_month, rule_wire_credit, rule_vessel, rule_named_firm, rule_government_seat, rule_brand,
         rule_news_organisation,
         rule_sites_own_name, rule_web_address, rule_handle, rule_possessive_of, rule_rio_after_the,
         rule_organisation_of, rule_weapon_name, rule_crude_grade, rule_species, rule_named_after_a_water,
         rule_soviet_eponym, rule_period,
         rule_direction, rule_short_alternate, rule_demonym, rule_korean_suffix, rule_arabic_name_end, rule_speaker, rule_designation, rule_counted,
         rule_person, rule_inside_name, rule_variant_before_a_name, rule_short_form_of_a_name, rule_common_word,
         rule_minor_lowercase)
