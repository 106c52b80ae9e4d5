"""Disambiguation: choose the place a span names, with a one-line reason and the runner-up alternatives.

The cues, each a named scoring function (:data:`FEATURES`), are those a careful editor uses:
how well the name matched, the kind of place and its importance (population, capital), type words in the
text ("Kursk region", "the city of"), containment ("Dalton, Georgia"; "in Hamhung, North Korea"), the other
places of the same article and story ("Ryongsong" in a Hamhung story is the machine complex, not the
Pyongyang district), and one sense per discourse (after "Kursk region", a bare "Kursk" is the region).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from math import asin, cos, radians, sin, sqrt

from geopy.distance import EARTH_RADIUS, great_circle

from geo.gazetteer.base import COUNTRY_UNIT_PREFIX, VARIANT_ALTERNATES_COUNTRIES
from geo.gazetteer.index import VILLAGE_POPULATION, Gazetteer, importance
from geo.lexicon import common_words
from geo.normalize import marked_form, name_key
from geo.recognize import (
    CENTRE_CUE, CENTRE_HOW, MILLION_CITY, NOTABLE_POPULATION, SOVIET_KOREAN_CENTRE_COUNTRIES, Candidate, Span,
    fuzzy_quality,
)
from geo.translit import skeleton

# How a candidate reached by a stretched (transliteration-variant) spelling is described.
FUZZY_HOW = "transliteration variant"
KIND_PRIOR = {"country": 0.9, "continent": 0.9, "region": 0.35, "district": 0.15, "facility": 0.3, "landmark": 0.2,
              "water": 0.3, "crossing": 0.2, "area": 0.2}
# A candidate this weak, with nothing in the text supporting it, is dropped rather than guessed.
MIN_POPULATION_UNSUPPORTED = 5_000
# A city this large may stand for the region or district the text names after it ("Kharkiv region" when the
# region itself is not among the candidates); a smaller one may not.
CITY_NAMING_REGION_POPULATION = 100_000
# A city this large may stand for a facility named after it ("Nampo port") on its name alone.
NOTABLE_FACILITY_HOST = 100_000


@dataclass
class Context:
    """What the rest of the article (and story) is about: rows read confidently, their ancestors, cues."""

    rows: set[int] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)  # first-level regions of the rows read confidently
    story_rows: set[int] = field(default_factory=set)
    story_countries: set[str] = field(default_factory=set)
    cues: dict[str, str] = field(default_factory=dict)  # span key -> kind cued by a type word elsewhere
    demonym_countries: set[str] = field(default_factory=set)  # "North Korean", "Ukrainian" in the text
    # of ``rows``, those read earlier in the span's sentence (or heading its paragraph)
    sentence_rows: set[int] = field(default_factory=set)
    # of ``sentence_rows``, the region that opens the sentence as its setting ("In the Lugansk region, ...")
    opening_rows: set[int] = field(default_factory=set)
    near_points: list[tuple[float, float, int]] | None = None  # (lat, lon, row) of ``rows`` that are towns
    region_counts: dict[str, int] | None = None  # first-level region -> how many of ``rows`` lie in it
    country_towns: dict[str, int] | None = None  # country -> how many of ``rows`` are towns there (not capitals)
    # the first-level regions of the areas among ``rows`` ("West Texas" names Texas's context) (memo)
    area_regions: frozenset[int] | None = None
    # name key -> first-level region -> how many of ``rows`` are towns there, not of that name (memo)
    region_towns: dict[str, dict[str, int]] = field(default_factory=dict)
    # First-level regions the article never names but where IMPLIED_REGION_PLACES of its places lie that have no
    # namesake (Myerstown, Annville, Lebanon County: Pennsylvania)
    implied_regions: frozenset[str] = frozenset()
    # (name key, row) for each name of the article that another of its names gives as the place's own name
    spelled_out: frozenset[tuple[str, int]] = frozenset()
    # name key -> rows the name reads as where the article writes it with a type word ("Jinan County" ... "Jinan")
    typed_rows: dict[str, set[int]] = field(default_factory=dict)
    # A capital's small namesake gets less from its country alone (off while grouping names that lie together,
    # where the group itself is the evidence).
    namesake_caution: bool = True


@dataclass
class Scored:
    candidate: Candidate
    score: float
    reasons: list[str]


# In the former Soviet Union and Korea, where villages often share a city's name and reports name villages by their
# district, a village (below VILLAGE_POPULATION) named like a city of at least NAMESAKE_CITY_POPULATION in the same
# country is weak evidence for itself ("Nikopol"). American local news, by contrast, is about its small Detroits and
# Clarksvilles, and the state named decides.
NAMESAKE_CITY_POPULATION = 100_000
# Where that holds: the former Soviet Union and Korea, and Latin America, whose hamlets are named after its cities
# and saints by the dozen.
NAMESAKE_VILLAGE_COUNTRIES = SOVIET_KOREAN_CENTRE_COUNTRIES | frozenset({
    "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "CO", "VE", "EC", "PE", "BO", "CL", "AR", "PY", "UY", "BR"})
# Below this population an alternate name ("Turkey" for a hamlet, "Flores" for a Brazilian town) is weak
# evidence: alternate names of small places are mostly other things.
ALTERNATE_MIN_POPULATION = 50_000
ALTERNATE_UNSUPPORTED_POPULATION = 200_000


# A city reached by an alternate name yields to a region or country whose own name it is, unless the city is
# this large ("New York" is the city more often than the state; "Rio Grande do Sul" is the state, not the port
# of Rio Grande).
AREA_NAME_YIELD_POPULATION = 500_000

# Kinds of place whose own name makes a hamlet of the same name unlikely in the news ("North Sea", NY).
AREA_KINDS = ("country", "region", "continent", "water", "area")


def names_an_area(gaz: Gazetteer, span: Span) -> bool:
    """True when the span is the own name of a country, region, continent, sea or curated area (memoised on
    the span)."""
    if span.area_named is None:
        rows = gaz.rows
        # A region named after its capital (Cairo Governorate, Moscow Oblast) does not make the name an area's:
        # Cairo, Illinois, is no hamlet named like a region.
        capitals = {rows[o.row][5] for o in span.candidates if o.quality >= 1.0 and rows[o.row][2] == "city"
                    and rows[o.row][8] >= CITY_NAMING_REGION_POPULATION}
        span.area_named = any(o.quality >= 1.0 and rows[o.row][2] in AREA_KINDS
                              and not (rows[o.row][2] == "region" and rows[o.row][5] in capitals)
                              for o in span.candidates)
    return span.area_named


_OWN_KEYS: dict[str, str] = {}


def _own_key(name: str) -> str:
    """The name key of a place's own name, memoised (the same few thousand names come up again and again)."""
    key = _OWN_KEYS.get(name)
    if key is None:
        if len(_OWN_KEYS) > 100_000:
            _OWN_KEYS.clear()
        key = _OWN_KEYS[name] = name_key(name)
    return key


def own_name_population(gaz: Gazetteer, span: Span) -> int:
    """The population of the largest city whose own name the span is (0 if none; memoised on the span)."""
    if span.city_named is None:
        rows = gaz.rows
        span.city_named = max((rows[o.row][8] for o in span.candidates
                               if o.quality >= 1.0 and rows[o.row][2] == "city"), default=0)
    return span.city_named


# What an alternate name of a small place loses (a half of it comes back to a town, not a village, in a region
# the article names: "Volchansk" in a story of the Kharkiv region is Vovchansk there, not the Volchansk of the
# Urals).
SMALL_ALTERNATE_PENALTY = 0.4
# A city this large keeps its own name against small places of other countries reached by it as an alternate.
GREAT_CITY_POPULATION = 500_000
# How many national capitals among the other items of a list make a capital's namesake item the capital.
LISTED_CAPITALS = 2
# A great city this many times larger than a namesake across a border from the article's towns is the reading when
# its country is the article's too.
GREAT_CITY_RATIO = 10
# A city of NOTABLE_OWN_NAME_POPULATION and this many times larger whose own name a smaller city's alternate is
# takes the name from it, whatever the smaller one's region does for it.
OTHER_OWN_RATIO = 100
NOTABLE_OWN_NAME_POPULATION = 100_000
# How much larger a namesake of the same own name, reached by the same other name, overshadows a town.
TWIN_RATIO = 40
# How far beyond a sea's drawn radius its shore towns may lie.
WATER_SHORE_KM = 300.0
# A town below this size, supported only by its country, gives way to a namesake abroad of NOTED_CITY_POPULATION
# and DWARFED_RATIO times its size (Geneva, Switzerland, over Geneva, Illinois).
DWARFED_TOWN_POPULATION = 30_000
DWARFED_RATIO = 5
NOTED_CITY_POPULATION = 150_000
# A city reached by an alternate name (an old name, an exonym) yields to a city whose own name it is from this
# share of its size up.
OWN_NAME_RIVAL_SHARE = 0.2
OWN_NAME_DOMINANT = 10  # (times the population of the city reached by an alternate name)
QUOTED_NAME_BONUS = 0.6


def small_alternate(gaz: Gazetteer, span: Span, cand: Candidate) -> str | None:
    """ "own" when ``cand`` is a small city reached by an alternate name that is a larger place's own name in its
    country, "small" when it is a small city reached by another alternate name, else None."""
    row = gaz.rows[cand.row]
    if not (cand.quality < 1.0 and row[2] == "city" and row[8] < ALTERNATE_MIN_POPULATION
            and row[12] != "curated") or _own_key(row[1]).startswith(span.key + " "):
        return None
    if any(o.quality >= 1.0 and gaz.rows[o.row][5] == row[5] and (
            gaz.rows[o.row][2] == "region" or (gaz.rows[o.row][2] == "city"
                                               and gaz.rows[o.row][8] >= ALTERNATE_MIN_POPULATION))
           for o in span.candidates):
        return "own"
    return "small"


# What a place loses when the article spells the name with diacritics that are another candidate's own spelling
# and not its own ("Mação" is the Portuguese town, not Macao; "Luče" the Slovene village, not Lucé).
DIACRITIC_MISMATCH_PENALTY = 1.0


def _spelled(gaz: Gazetteer, row_index: int, marked: str) -> bool:
    """The own name of ``row_index`` is ``marked``, diacritics and all."""
    return marked_form(gaz.rows[row_index][1]) == marked


def diacritic_fit(gaz: Gazetteer, span: Span, cand: Candidate) -> str | None:
    """When the span spells a name with diacritics that some candidate's own name has exactly: "same" for those
    candidates, "other" for the rest (not curated entries, which may be stored under a plain spelling, nor places
    reached by an alternate name spelled with diacritics, which the index does not keep: "Kōnan" is Hŭngnam's
    Japanese name); None when the spelling tells nothing."""
    marked = marked_form(span.text)
    if marked is None:
        return None
    if _spelled(gaz, cand.row, marked):
        return "same"
    if (not cand.marked and gaz.rows[cand.row][12] != "curated"
            and not (cand.quality >= 1.0 and _own_key(gaz.rows[cand.row][1]) != span.key)  # (a curated own name)
            and any(_spelled(gaz, o.row, marked) for o in span.candidates)):
        return "other"
    return None


def _area_spelled_otherwise(gaz: Gazetteer, span: Span) -> bool:
    """Every area the span names is spelled without the span's diacritics ("Mação" is no hamlet named like
    Macao; "San José" may still be the Costa Rican province's name)."""
    marked = marked_form(span.text)
    return marked is not None and not any(
        gaz.rows[o.row][2] in AREA_KINDS and (_spelled(gaz, o.row, marked) or (
            # (or by a curated own name of the area: "Kırım", Crimea's in Crimean Tatar and Turkish)
            o.quality >= 1.0 and _own_key(gaz.rows[o.row][1]) != span.key))
        for o in span.candidates)


def feature_match(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context, container: set[int]) -> tuple[float, str | None]:
    fit = diacritic_fit(gaz, span, cand)
    score, how = _match_quality(gaz, span, cand, fit == "same" and _area_spelled_otherwise(gaz, span))
    if fit == "other":
        return score - DIACRITIC_MISMATCH_PENALTY, how + ", spelled without the article's diacritics"
    return score, how


def _match_quality(gaz: Gazetteer, span: Span, cand: Candidate, same_marks: bool) -> tuple[float, str]:
    """The match quality of ``cand`` and its description, less what a weak reading loses; ``same_marks`` when the
    span spells the candidate's own name with its diacritics and no area's (then no area shares the name)."""
    row = gaz.rows[cand.row]
    # "Kingston" for Kingston upon Thames: a short form of the place's own name, not a foreign label of it
    short = cand.quality < 1.0 and _own_key(row[1]).startswith(span.key + " ")
    how = cand.how + " (a short form of its name)" if short else cand.how
    if short and row[2] == "city" and not row[11] and row[12] != "curated" and (
            any(o.quality >= 1.0 and gaz.rows[o.row][2] == "city" and gaz.rows[o.row][11]
                and gaz.rows[o.row][5] == row[5] for o in span.candidates)
            or (row[8] < VILLAGE_POPULATION and own_name_population(gaz, span) >= ALTERNATE_MIN_POPULATION)):
        # A short form that is another town's own name is that town's when the other is its country's capital
        # ("Washington", not Washington Court House, Ohio) or the short form's owner is a village ("Metz", not
        # Metz-en-Couture)
        return cand.quality - 0.7, how + ", a larger town's own name"
    weak = small_alternate(gaz, span, cand)
    if weak == "own":
        # "Nikolayev" is Mykolaiv's own name (470,000) and "Mykolaiv" its oblast's, and each only an alternate
        # of the Mykolaivka near Donetsk, in the same country; "Seversk" in a Donetsk story is still Siversk,
        # whatever the Seversk of Tomsk
        return cand.quality - 0.7, how + " of a small place, a larger place's own name"
    if weak == "small" and own_name_population(gaz, span) >= GREAT_CITY_POPULATION:
        # "Voronezh" is a city of a million's own name and only an alternate of Voronizh by the Sumy border
        return cand.quality - 0.6, how + " of a small place, a great city's own name"
    if weak == "small":
        return cand.quality - SMALL_ALTERNATE_PENALTY, how + " of a small place"
    if (cand.quality >= 1.0 and row[2] == "city" and row[8] < VILLAGE_POPULATION and row[12] != "curated"
            and row[5] in NAMESAKE_VILLAGE_COUNTRIES and any(
                o.quality >= 1.0 and gaz.rows[o.row][2] == "city" and gaz.rows[o.row][5] == row[5]
                and gaz.rows[o.row][8] >= NAMESAKE_CITY_POPULATION for o in span.candidates)):
        # "Nikopol" is the city of 105,000 on the Dnipro, not a hamlet of 588 in the Kharkiv region named in the
        # article: a village named like a city of its own country needs more than its region (so is "Monterrey"
        # in a story of Mexico's states the city of a million, not a hamlet of Chiapas)
        return cand.quality - 0.5, how + " of a village named like a city of its country"
    if row[2] == "city" and row[8] < 10_000 and row[12] != "curated" and not same_marks and names_an_area(gaz, span):
        # "England" is the country unit, not England, Arkansas; "Russia" the country, not Russia, Ohio.
        return cand.quality - 0.5, how + " of a hamlet named like a region, country or sea"
    if cand.quality < 1.0 and row[8] < AREA_NAME_YIELD_POPULATION and names_an_area(gaz, span):
        # "Maine" is the state's own name and only an alternate name of Des Plaines.
        return cand.quality - 0.3, how + " (another place's own name)"
    if cand.quality < 1.0 and not short and own_name_population(gaz, span) >= max(
            ALTERNATE_MIN_POPULATION, OWN_NAME_RIVAL_SHARE * row[8]):
        # "Odesa" is the Ukrainian city's own name and only a foreign label of the smaller Odessa, Texas (the
        # English "Odessa" of the Ukrainian city is not penalised for the Texan city's own name, a tenth its
        # size); "Andong" is the South Korean city's own name and only the old name of Dandong, four times larger.
        # (a city ten times larger whose own name it is weighs more: "Hiroshima" is no Kitahiroshima because the
        # article names Hokkaido)
        much_larger = own_name_population(gaz, span) >= OWN_NAME_DOMINANT * row[8]
        return cand.quality - (0.5 if much_larger else 0.3), how + " (another city's own name)"
    return cand.quality, how


def feature_prior(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context, container: set[int]) -> tuple[float, str | None]:
    row = gaz.rows[cand.row]
    kind, pop, capital, curated = row[2], row[8], row[11], row[12] == "curated"
    if kind == "city":
        score = 0.6 * importance(pop) + (0.15 if capital else 0.0)
        why = f"{'capital, ' if capital else ''}population {pop:,}" if pop else None
    elif kind == "region" and row[0].startswith(COUNTRY_UNIT_PREFIX):
        score = KIND_PRIOR["country"]  # Wales, Scotland: countries in everyday speech
        why = "a constituent country"
    else:
        score = KIND_PRIOR.get(kind, 0.2)
        why = None
    if kind in ("region", "country") and cand.quality >= 1.0 and (city := _city_called_city(gaz, span, cand)):
        # "Quebec" beside its city, which English calls "Quebec City": the bare name is the province's
        score += CALLED_CITY_BONUS
        name = gaz.rows[city][1]
        why = f"its city of that name is called '{name if name.lower().endswith(' city') else name + ' City'}'"
    if curated and not (kind == "city" and row[0].startswith("gn:")):
        # (a GeoNames town whose row curation corrected, such as its population, is weighed as that town)
        score += 0.1
        why = "curated entry" if why is None else why + ", curated entry"
    return score, why


# What an area named like a country gains over it where the article names another country inside it.
SHARED_AREA_BONUS = 1.0


def _countries_held(gaz: Gazetteer, row_index: int, ctx: Context) -> set[str]:
    """The article's countries (named, or by their people) whose points lie within the area ``row_index``."""
    row = gaz.rows[row_index]
    if row[10] is None:
        return set()
    held = set()
    for code in ctx.countries | ctx.demonym_countries:
        r = gaz.by_id.get(f"iso:{code}")
        if r is not None and _km_within(row[3], row[4], gaz.rows[r][3], gaz.rows[r][4], row[10]) is not None:
            held.add(code)
    return held


# What a region or country gains over its own city of the same name where English calls that city "<name> City"
# (not a city of a million: "Davao" is the city).
CALLED_CITY_BONUS = 0.3
CALLED_CITY_MAX_POPULATION = 1_000_000


def _city_called_city(gaz: Gazetteer, span: Span, cand: Candidate) -> int | None:
    """The row of the largest city among the span's readings when the region or country ``cand`` holds it and the
    gazetteer also calls it by the span's name and "City" (Quebec City, Cebu City), below CALLED_CITY_MAX_POPULATION;
    else None."""
    if span.key.endswith(" city"):
        return None
    area = gaz.rows[cand.row]
    # (the name's main city only: not the City of London)
    largest = max((o.row for o in span.candidates if gaz.rows[o.row][2] == "city"), key=lambda r: gaz.rows[r][8],
                  default=None)
    if largest is None:
        return None
    city = gaz.rows[largest]
    if (not city[11] and city[8] < CALLED_CITY_MAX_POPULATION
            and (city[7] == area[0] if area[2] == "region" else city[5] == area[5])
            and any(r == largest for r, _ in gaz.lookup(f"{span.key} city"))):
        return largest
    return None


def _cue_score(cue: str, kind: str) -> float:
    if cue == kind:
        return 1.0
    if cue in ("region", "district") and kind in ("city", "facility"):
        return -0.6
    if cue == "facility" and kind != "facility":
        return -0.5
    if cue == "city" and kind not in ("city",):
        return -0.4
    return 0.0


def feature_type_word(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context, container: set[int]) -> tuple[float, str | None]:
    kind = gaz.rows[cand.row][2]
    if span.cue:
        s = _cue_score(span.cue, kind)
        if span.cue == "region" and kind == "region" and _a_citys_own_region(gaz, span, cand):
            # "Buenos Aires province", "the Moscow region", "Mexico State": the province around the city, not the
            # federal city that shares its name
            return s - CITY_REGION_PENALTY, None
        return s, (f"{span.cue_reason} says {span.cue}" if s > 0 else None)
    cue = ctx.cues.get(span.key)
    if cue:
        if cue == "region" and kind in ("city", "region") and (
                _city_far_from_its_region(gaz, span) or any(
                    o.quality >= 1.0 and gaz.rows[o.row][2] == "region" and _capital_by_its_region(gaz, span, gaz.rows[o.row])
                    for o in span.candidates) or any(
                    o.quality >= 1.0 and gaz.rows[o.row][2] == "city" and gaz.rows[o.row][8] >= MILLION_CITY
                    for o in span.candidates)):
            # "Khabarovsk" beside "Khabarovsk Territory" is the city: the krai is too large for the one to stand for
            # the other ("Kursk" beside "Kursk region" may be either, and the two lie together); "Buenos Aires"
            # beside "Buenos Aires province" is the capital, which is named on its own; so is a city of a million,
            # which news names on its own ("Córdoba" beside "Córdoba province")
            return 0.0, None
        s = 0.7 * _cue_score(cue, kind)
        return s, (f"the text calls it a {cue} elsewhere" if s > 0 else None)
    return 0.0, None


# A region of a city's name whose point lies this near the city is the city's own (a federal city, a capital
# district); when a region word names one of two regions of the name, it loses CITY_REGION_PENALTY to the other.
CITY_OWN_REGION_KM = 25.0
CITY_REGION_PENALTY = 0.3


def _cities_naming_regions(gaz: Gazetteer, span: Span, country: str | None) -> list[tuple]:
    """The rows of the cities of ``country`` whose own name the span is and that are large enough to name a region
    (CITY_NAMING_REGION_POPULATION)."""
    rows = gaz.rows
    return [rows[c.row] for c in span.candidates if c.quality >= 1.0 and rows[c.row][2] == "city"
            and rows[c.row][5] == country and rows[c.row][8] >= CITY_NAMING_REGION_POPULATION]


def _a_citys_own_region(gaz: Gazetteer, span: Span, cand: Candidate) -> bool:
    """``cand`` is a region lying at a large city of its name, and another region of the name in the same country
    lies away from it."""
    rows = gaz.rows
    row = rows[cand.row]
    cities = _cities_naming_regions(gaz, span, row[5])

    def at_a_city(r: tuple) -> bool:
        return any(_km_within(r[3], r[4], c[3], c[4], CITY_OWN_REGION_KM) is not None for c in cities)

    return bool(cities) and at_a_city(row) and any(
        c.row != cand.row and c.quality >= 1.0 and rows[c.row][2] == "region" and rows[c.row][5] == row[5]
        and not at_a_city(rows[c.row]) for c in span.candidates)


# Within this of the point of a region of its name, a national capital is the city the region is named after
# (Buenos Aires, 280 km from the province's point): its bare name is the capital.
CITY_REGION_APART_KM = 300
# Farther than this apart, a city and the region of its name are two places on a map (Almaty and the Almaty region,
# 230 km apart): the one is no stand-in for the other, and the region's type word elsewhere in the article does not
# make the bare name the region.
CITY_REGION_DISTINCT_KM = 161


def _city_far_from_its_region(gaz: Gazetteer, span: Span) -> bool:
    """A city of some size among the span's readings lies far from the point of a region of its name and country."""
    rows = gaz.rows
    regions = [rows[c.row] for c in span.candidates if rows[c.row][2] == "region"]  # ("Khabarovsk" is the krai's short name)
    return any(great_circle((city[3], city[4]), (region[3], region[4])).km > CITY_REGION_DISTINCT_KM
               for region in regions for city in _cities_naming_regions(gaz, span, region[5]))


def _region_apart_from_its_city(gaz: Gazetteer, span: Span, region: tuple) -> bool:
    """``region`` is named after a city of some size near it (within CITY_REGION_APART_KM) whose point lies farther
    than CITY_REGION_DISTINCT_KM from the region's: the bare name is the city (Almaty, not the Almaty region)."""
    return any(CITY_REGION_DISTINCT_KM < great_circle((city[3], city[4]), (region[3], region[4])).km
               <= CITY_REGION_APART_KM for city in _cities_naming_regions(gaz, span, region[5]))


def outside_its_container(gaz: Gazetteer, cand: Candidate, container: set[int]) -> str | None:
    """The region or country the text places the span in ("Marinovka in the Volgograd region") when the candidate
    lies in another country than every reading of it, else None."""
    after = [r for r in container if r >= 0]
    if not after or any(gaz.rows[r][2] not in ("region", "country") for r in after):
        return None
    row = gaz.rows[cand.row]
    if row[2] not in ("city", "district", "facility") or not row[5]:
        return None
    if set(gaz.ancestors(cand.row)) & set(after):
        return None
    if any(gaz.rows[r][5] in (row[5], None, "") for r in after):
        return None  # (only another country contradicts: within one, the gazetteer's regions may not agree)
    return gaz.rows[min(after)][1]


def facility_in_container(gaz: Gazetteer, span: Span, container: set[int]) -> int | None:
    """A curated facility named after the span ("Marinovka air base") that lies in the region or country the text
    places the bare name in ("bases further east, such as Marinovka in the Volgograd region"), or None."""
    after = {r for r in container if r >= 0}
    found = {r for word in SHORT_FORM_FACILITY_WORDS for r, _ in gaz.lookup(f"{span.key} {word}")
             if gaz.rows[r][2] == "facility" and gaz.rows[r][12] == "curated" and set(gaz.ancestors(r)) & after}
    return found.pop() if len(found) == 1 else None


# The words of a facility named after its town that news drops when the region places it ("Marinovka").
SHORT_FORM_FACILITY_WORDS = ("air base", "airbase", "airfield", "port", "plant", "refinery", "depot", "base")


class Containers(set):
    """The rows of a span's containers (see :func:`feature_containment`), and in ``near`` the candidate rows of a
    place it is placed from ("Vostochny, east of Nakhodka", "a village 10 km south of Pokrovsk")."""

    near: frozenset[int] = frozenset()


# How far from the place a text places it from ("east of Nakhodka") a reading may lie, and what it gains.
PLACED_FROM_KM = 120.0
PLACED_FROM_BONUS = 0.8


def _placed_near(gaz: Gazetteer, cand: Candidate, container: set[int]) -> int | None:
    """The row of the place the text places ``cand`` from, when ``cand`` lies within PLACED_FROM_KM of it."""
    row = gaz.rows[cand.row]
    for r in sorted(getattr(container, "near", ())):
        if r != cand.row and _km_within(row[3], row[4], gaz.rows[r][3], gaz.rows[r][4], PLACED_FROM_KM) is not None:
            return r
    return None


def _within_district(gaz: Gazetteer, row_index: int, district: int) -> bool:
    """A district or area stored as a circle around its point (a US county, the Donbas) holds the town within its
    radius: no ancestor chain runs through such districts and areas."""
    d = gaz.rows[district]
    return (d[2] in ("district", "area") and d[10] is not None and row_index != district
            and gaz.rows[row_index][2] in ("city", "facility", "landmark")
            and _km_within(gaz.rows[row_index][3], gaz.rows[row_index][4], d[3], d[4], d[10]) is not None)


def feature_containment(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context, container: set[int]) -> tuple[float, str | None]:
    """ "Dalton, Georgia", "Ukraine's Odesa": the place after the comma (or before it, in the possessive) contains
    the one named with it. ``container`` holds the candidate rows of that containing span (this one is the
    content) and, as ``-row - 1``, the candidate rows of the span before the comma (this one may be their
    container)."""
    near = _placed_near(gaz, cand, container)
    if near is not None:
        # "ships call at Vostochny, east of Nakhodka": the port by Nakhodka, not the cosmodrome in the Amur region
        return PLACED_FROM_BONUS, f"near {gaz.rows[near][1]}, which the text places it from"
    if not container:
        return 0.0, None
    after = {r for r in container if r >= 0}
    before = {-r - 1 for r in container if r < 0}
    if after and span.list_kind is not None and any(o.quality >= 1.0 and gaz.rows[o.row][2] == span.list_kind[0]
                                                    for o in span.candidates):
        # "Veracruz, Puebla, Morelos, Tabasco and Chiapas": an item of a list of states, not a hamlet of Tabasco
        after = set()
    if after:
        hit = set(gaz.ancestors(cand.row)) & after or {r for r in after if _within_district(gaz, cand.row, r)}
        if hit:
            return 1.2, f"{gaz.rows[min(hit)][1]}, named with it, contains it"
    if before:
        for r in sorted(before):
            if cand.row in gaz.ancestors(r):
                return 1.2, f"contains {gaz.rows[r][1]}, named just before it"
    return (-0.3, None) if after else (0.0, None)


def feature_context(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context, container: set[int]) -> tuple[float, str | None]:
    if not (ctx.rows or ctx.story_rows or ctx.regions or ctx.countries or ctx.story_countries
            or ctx.demonym_countries or span.list_kind):
        return 0.0, None  # nothing read yet (the first pass over an article on its own)
    row = gaz.rows[cand.row]
    if row[2] == "city" and span.cue in ("region", "district") and span.last > span.first and any(
            o.quality >= 1.0 and gaz.rows[o.row][2] == span.cue and o.row in gaz.ancestors(cand.row)
            for o in span.candidates):
        # "the Sumy region" in a story of Sumy the city: the city's own region, which the text types, whatever the
        # article says of the city
        return 0.0, None
    if (row[2] == "city" and span.cue is None and cand.row not in ctx.rows
            and _names_its_country(gaz, span, row[5])):
        # "Mozambique then registered 30,000 cases" after "Nampula province": the country, which holds the
        # region as well, not its town of that name (the Island of Mozambique, in Nampula); the article's
        # places are no evidence for a town over the country around them
        return 0.0, None
    anc = gaz.ancestors(cand.row)
    score = 0.0
    why = None
    # "Odesa" in a story about Odessa, Texas: the writer names the Texan city by its own name and here spells the
    # larger Ukrainian city's own name, which is only an alternate name of the Texan one: two spellings, two
    # places, and the article's Texas does not make this one Texan.
    # (a city of note a hundred times its size has the name as its own: "the fleet moved its ships to Novorossiysk"
    # is the Russian port, not a Kherson village of 737 that GeoNames also calls so; neither its region nor a town
    # near it in the article makes it the village)
    overshadowed = cand.quality < 1.0 and row[2] == "city" and (
        own_name_population(gaz, span) >= max(NOTABLE_OWN_NAME_POPULATION, OTHER_OWN_RATIO * max(row[8], 1))
        # (or a namesake of the very same name, reached by the same other name, fifty times its size: "Belaya
        # Tserkov" is Bila Tserkva of 200,000, not the Zakarpattian village of 3,000 that shares both names)
        or any(o.row != cand.row and o.quality >= cand.quality and gaz.rows[o.row][2] == "city"
               and gaz.rows[o.row][1] == row[1]
               and gaz.rows[o.row][8] >= max(NOTABLE_OWN_NAME_POPULATION, TWIN_RATIO * max(row[8], 1))
               for o in span.candidates))
    other_own = overshadowed or (cand.quality < 1.0 and row[2] == "city" and (
        # (not the short form of a name the article gives in full: "Santiago" after "Santiago de Compostela")
        (cand.row in ctx.rows and not span.quoted and own_name_population(gaz, span) > row[8]
         and not _own_key(row[1]).startswith(span.key + " "))
        # (a country's own name is no town's alternate name because the town's state comes up: "Armenia–Azerbaijan"
        # beside Dayton, Ohio, is no Wilmington, Ohio, that GeoNames also calls Armenia)
        or names_a_country(gaz, span)
        # (nor "<name> City" by its short name where that is its own region's: "Oklahoma" beside Tulsa is the state
        # that holds them both, not Oklahoma City for lying in it; a great city keeps it: "New York" beside Albany)
        or (row[7] is not None and row[8] < CALLED_CITY_MAX_POPULATION and _own_key(row[1]) == f"{span.key} city"
            and any(o.row == gaz.by_id.get(row[7]) and o.quality >= 1.0 for o in span.candidates))))
    # (a part of a region the article names, "West Texas", names the region for a town's own name only: "Odesa",
    # the Ukrainian city's own name, is no Texan Odessa for it)
    named = ctx.rows | _area_regions(gaz, ctx) if cand.quality >= 1.0 else ctx.rows
    local = [] if other_own else [a for a in anc if a in named and gaz.rows[a][2] != "country"]
    stray = _in_a_stray_country(gaz, span, cand, ctx)
    if local:
        # (between two regions the article names, the one more of its places lie in: Montgomery County in a
        # Mississippi tornado story that mentions Alabama once)
        # (less for a village named like a great city: "Detroit" in a story that names Portland, Maine, is not the
        # Maine village of 800, unless its sentence names the region)
        # (less in a country the article merely passes through: "Cambridge" in a Lincolnshire story that names
        # Massachusetts once is England's)
        # (less for a region named with nothing else of the article in it, when a namesake lies among the
        # article's towns: "my aunt in Ohio" does not make the Dalton of a Georgia story Ohio's)
        idle = not stray and _idle_region_beside_a_clustered_namesake(gaz, span, cand, ctx)
        score += _local_bonus(gaz, span, cand, ctx, _region_count(gaz, ctx, row[7])) - (
            STRAY_DISCOUNT if stray or idle else 0.0)
        why = f"in {gaz.rows[local[0]][1]}, named in the article"
        same = next((a for a in local if a in ctx.sentence_rows), None)
        # (not for another city's own name, that city ten times larger: "halted container handling at Durban"
        # after "ports in the Eastern Cape and Western Cape" is Durban, not Durbanville, which Durban also names)
        dominated = cand.quality < 1.0 and row[2] == "city" and (
            own_name_population(gaz, span) >= OWN_NAME_DOMINANT * max(row[8], 1))
        if same is not None and not dominated:
            # "expected to cross Marinduque, passing close to Santa Cruz": the region the sentence has just named,
            # not Metro Manila's Santa Cruz because Manila comes up three paragraphs later (a region named after
            # the town in its sentence is often about something else: "... Logan, and freight from Parkersburg,
            # W.Va.")
            score += SETTING_BONUS if same in ctx.opening_rows else SAME_SENTENCE_BONUS
            why = f"in {gaz.rows[same][1]}, named just before it in its sentence"
    elif not other_own and any(a in ctx.story_rows and gaz.rows[a][2] != "country" for a in anc):
        a = next(a for a in anc if a in ctx.story_rows and gaz.rows[a][2] != "country")
        score += 0.2
        why = f"in {gaz.rows[a][1]}, named in the story"
    if (row[2] == "country" and cand.quality >= 1.0 and why is None
            and _country_towns(gaz, ctx).get(row[5], 0) >= COUNTRY_HOLDS_TOWNS):
        # "Peru's largest sources of export revenue" in a story of Cusco, Abancay and Arequipa: the country that
        # holds them, not Peru, Indiana
        score += 0.3
        why = f"holds {_country_towns(gaz, ctx)[row[5]]} of the article's towns"
    if (row[2] == "region" and cand.quality >= 1.0 and why is None
            and (held := _region_towns(gaz, span, ctx).get(row[0], 0)) >= REGION_HOLDS_TOWNS
            and not any(gaz.rows[o.row][2] in ("water", "area", "landmark") or (
                gaz.rows[o.row][2] == "city" and gaz.rows[o.row][8] >= CITY_NAMING_REGION_POPULATION
                and o.row != _city_called_city(gaz, span, cand))
                        for o in span.candidates if o.quality >= ALTERNATE_QUALITY_OF_NOTE)):
        # "across Wyoming" in a story of Laramie: the state that holds the article's towns, not Wyoming, Michigan
        # (not a region named like a city of note, nor like a sea: "Almaty" is the city, "the Red Sea" the sea; but
        # a city English calls "<name> City" is no such city: "Oklahoma" with Tulsa and Norman is the state)
        score += 0.3
        why = f"holds {held} of the article's towns"
    if row[2] == "country" and cand.quality >= 1.0 and _holds_more_than_namesakes(gaz, span, ctx, row[5]):
        # Georgia with Tbilisi, Poti and Batumi in the article is the country, though "Savannah, Ga." names the state;
        # "Congo" with Goma is the Democratic Republic, not the Republic
        score += 0.5
        why = "contains other places of the article"
    if (row[2] == "region" and row[0] in ctx.regions and cand.quality >= 1.0
            and _region_towns(gaz, span, ctx).get(row[0], 0) > 0
            and _country_named_alike(gaz, span, row[5]) and not _holds_more_than_namesakes(
                gaz, span, ctx, next((gaz.rows[o.row][5] for o in span.candidates if o.quality >= 1.0
                                      and gaz.rows[o.row][2] == "country"), None))):
        # "Georgia" next to Athens, Atlanta and Rome: the state that contains the article's towns, not the country
        score += 0.5
        why = "contains other places of the article"
    if (why is None and row[2] == "region" and cand.quality >= 1.0 and row[5] in ctx.countries
            and any(gaz.rows[r][2] == "region" and gaz.rows[r][5] == row[5] and r != cand.row for r in ctx.rows)
            and not any(o.quality >= 1.0 and gaz.rows[o.row][2] == "city" and gaz.rows[o.row][5] == row[5]
                        and gaz.rows[o.row][8] >= CITY_NAMING_REGION_POPULATION for o in span.candidates)):
        # "crews from Ontario" in a story of Manitoba and Saskatchewan: another province of the same country (not
        # one named after its capital: "Novosibirsk" next to the Altai region is the city)
        score += 0.3
        why = f"a region of {row[5]}, like others the article names"
    if why is None and row[7] and row[7] in ctx.implied_regions and not other_own and row[2] != "region":
        # the region where several of the article's places lie counts as named (a "Palmyra" among Myerstown,
        # Annville and Lebanon County is Pennsylvania's, though only New Jersey is named, among the buyers)
        count = _region_count(gaz, ctx, row[7])
        score += _local_bonus(gaz, span, cand, ctx, count)
        why = f"in {gaz.rows[gaz.by_id[row[7]]][1]}, where {count} of the article's places lie"
    if why is None and row[7] and row[7] in ctx.regions and not other_own:
        # (less for a village named like a great city abroad: "El Paso" near Santa Teresa, New Mexico, in a story
        # of Culiacán is the Texan city, not a hamlet of Veracruz because Veracruz comes up)
        village = ctx.namesake_caution and row[2] == "city" and row[8] < VILLAGE_POPULATION and (
            _names_a_great_city(gaz, span, abroad_from=row[5]))
        # (nor much for a town named like the capital of another country the article names: "the government in
        # Tripoli" in a story of Libya and Crete is no Trípoli in the Peloponnese)
        capital = row[2] == "city" and not row[11] and any(
            gaz.rows[o.row][11] and gaz.rows[o.row][5] != row[5] and gaz.rows[o.row][5] in ctx.countries
            and o.quality >= 1.0 for o in span.candidates)
        score += 0.0 if stray else 0.2 if village or capital else 0.4
        why = f"in the same region as another place of the article ({gaz.rows[gaz.by_id[row[7]]][1]})"
    if (why is not None and row[8] >= VILLAGE_POPULATION and small_alternate(gaz, span, cand) == "small"
            and own_name_population(gaz, span) < ALTERNATE_MIN_POPULATION):
        # (not when the name is a larger city's own: "Voronezh" by the Sumy border is still the Russian city)
        score += SMALL_ALTERNATE_PENALTY / 2
    if not local and not overshadowed and row[2] in NEAR_KINDS:
        # a town is near the article's towns in a front-line story by chance; a capital, a site, or a town across
        # a border from one of them ("Manpo, across the river from Ji'an") by design
        across = row[2] == "city" and not row[11]
        near = _nearest_named(gaz, cand.row, ctx, other_country=across)
        if near is not None and across and names_an_area(gaz, span):
            near = None  # "Nuevo León" is the Mexican state, not a Guatemalan town near Frontera Comalapa
        if near is not None and across and any(
                o.quality >= 1.0 and gaz.rows[o.row][2] == "city" and gaz.rows[o.row][5] != row[5]
                and gaz.rows[o.row][5] in ctx.countries
                and gaz.rows[o.row][8] >= max(GREAT_CITY_POPULATION, GREAT_CITY_RATIO * row[8])
                for o in span.candidates):
            # "Rosario" in a story of Buenos Aires and La Plata is Argentina's city of a million, not the Uruguayan
            # town of 10,000 across the river from La Plata: the border bonus is for a town the great city's own
            # country does not claim by that name
            near = None
        if near is not None and across and _namesake_nearer_at_home(gaz, span, cand, near):
            # "the Sea of Azov ports of Yeysk and Azov" is Russia's Azov, 60 km from Yeysk, not a Ukrainian hamlet
            # across the sea: the border bonus is for a town the near town's own country has none of by that name
            near = None
        if near is not None and across and _namesake_among_more(gaz, span, cand, ctx):
            # "Donetsk" among Horlivka, Makiivka and Avdiivka is the Ukrainian city, not the Russian town across
            # the border from them: the border bonus is for a town whose namesakes lie elsewhere
            near = None
        if near is not None:
            # "Friendship Bridge" in a story about Khasan is the Korea-Russia bridge, not the one at Dandong;
            # "Washington" across the Potomac from Arlington is the capital, not Washington, Illinois
            # (not for a capital's namesake: "Athens" is Greece's, not the Maine village near Lac-Mégantic)
            score += ACROSS_BORDER_BONUS if across and not _names_a_capital(gaz, span, cand.row) else NEAR_BONUS
            why = why or f"near {gaz.rows[near][1]}, named in the article"
    if row[2] in NEAR_KINDS and _in_the_dominant_region(gaz, span, cand, ctx):
        # "Springfield" in an Ozarks story of Branson, Ozark, Joplin and Jefferson City is Missouri's, though its
        # first sentence names a firm from Dalton, Georgia
        score += DOMINANT_REGION_BONUS
        why = why or f"in {gaz.rows[gaz.by_id[row[7]]][1]}, where most of the article's towns lie"
    if cand.quality < 1.0 and row[2] == "city" and _own_names_abroad_are_stray(gaz, span, cand, ctx):
        # "Sinnar" in a Sudan story is Sennar, whose other spelling it is, though a town of India is called so:
        # the article does not pass through India for more than that town
        score += STRAY_OWN_NAME_BONUS
        why = why or "another spelling of its name; the town called so lies in a country the article passes through"
    near_towns = _near_count(gaz, cand.row, ctx) if row[2] in NEAR_KINDS else 0
    if near_towns:
        # of two namesakes, the one near more of the article's other towns ("Cooper" with Paris, Clarksville and
        # Sherman, Texas, not the Cooper 240 km south by Palestine; Lancaster near Columbus, Ohio, not the larger
        # Lancaster of California, named once for a firm's seat)
        score += LOCAL_NEAR_STEP * min(near_towns, LOCAL_NEAR_TOWNS)
        why = why or f"near {near_towns} of the article's towns"
    if row[2] == "water" and not row[5] and row[10] and why is None and any(
            o.row != cand.row and gaz.rows[o.row][2] == "water" for o in span.candidates) and any(
            _km_within(row[3], row[4], lat, lon, row[10] + WATER_SHORE_KM) is not None
            for lat, lon in [(la, lo) for la, lo, _ in _town_points(gaz, ctx)] + [
                (gaz.rows[r][3], gaz.rows[r][4]) for r in ctx.rows if gaz.rows[r][2] == "country"]):
        # "the East Sea" in a story of Quang Ngai and Da Nang is Vietnam's name for the South China Sea, not the
        # Korean name of the Sea of Japan: of two waters of one name, the one the article's towns or countries lie by
        score += NEAR_BONUS
        why = "by the article's places"
    country = row[5]
    # "Mexico" next to "Mexican officials": the country, which gets no bonus from itself; its capital (a short
    # form of "Mexico City") gets none either.
    if row[2] != "country" and country and not _names_its_country(gaz, span, country):
        if country in ctx.countries:
            # A capital's own name ("Warsaw", "Vienna") in an article that merely names the US is the capital,
            # not a small American namesake: without its region or a town near it in the article (its country's
            # capital, Washington as an actor, is no such town; nor is Monterey, California, for Vienna,
            # Virginia), the country counts for less.
            # Nor is a great city's own name a village of a country the article names ("Dubai" in a story that
            # names Surat is the emirate's city, not a village of 2,000 in Uttar Pradesh).
            small_namesake = ctx.namesake_caution and row[2] == "city" and why is None and (
                ((row[8] < ALTERNATE_MIN_POPULATION and _names_a_capital(gaz, span, cand.row))
                 or _names_a_capital(gaz, span, cand.row, larger=GREAT_CITY_RATIO * row[8]))
                and not any(gaz.rows[r][5] == country and gaz.rows[r][2] == "city" and not gaz.rows[r][11]
                            and _km_within(row[3], row[4], gaz.rows[r][3], gaz.rows[r][4], NEAR_KM) is not None
                            for r in ctx.rows)
                or (row[8] < VILLAGE_POPULATION and _names_a_great_city(gaz, span, abroad_from=country)))
            # (a small town with nothing but its country for it is no reading beside a city of note abroad that
            # has the name: "talks in Geneva" in a story that names the US is Geneva, Switzerland, not one of
            # the American Genevas of 20,000)
            dwarfed = (row[2] == "city" and why is None and row[8] < DWARFED_TOWN_POPULATION and any(
                o.quality >= 1.0 and gaz.rows[o.row][2] == "city" and gaz.rows[o.row][5] != country
                and gaz.rows[o.row][8] >= max(NOTED_CITY_POPULATION, DWARFED_RATIO * row[8])
                for o in span.candidates))
            stretched_abroad = why is None and _stretched_abroad(gaz, cand, ctx)
            score += 0.0 if dwarfed or stretched_abroad else 0.15 if small_namesake or stray else 0.35
            why = why or f"in {country}, a country of the article"
        elif country in ctx.demonym_countries:
            score += 0.25
            why = why or f"in {country}, whose people the article names"
        elif country in ctx.story_countries:
            score += 0.1
            why = why or f"in {country}, a country of the story"
    # An item of a list of states or countries is one too ("Oregon, Washington and Idaho").
    if span.list_kind is not None and span.list_kind[0] == row[2] and span.list_kind[1] != row[1]:
        score += 0.4
        why = why or f"listed with {span.list_kind[1]}"
    # And an item of a list of national capitals ("in Lima, Montevideo, Bogotá and San José"), not a town of 14,000
    # in the province of a capital the article names.
    capitals = [r for r in span.list_rows if gaz.rows[r][11] and gaz.rows[r][2] == "city"] if row[11] else []
    if len(capitals) >= LISTED_CAPITALS and row[2] == "city":
        score += 0.4
        why = why or f"listed with the capitals {', '.join(gaz.rows[r][1] for r in capitals[:2])}"
    # The same place named elsewhere in the article ("Athens, Ga." ... "Georgia"); not for a stretched
    # spelling or an alternate name, which would otherwise be pulled to any place already named with a similar
    # skeleton (or to Odessa, Texas, by a Ukrainian "Odesa" in a Texas story).
    if cand.row in ctx.rows and row[2] != "country" and cand.quality >= 1.0 and not (
            row[2] == "region" and span.cue is None and (
                _capital_by_its_region(gaz, span, row) or _region_apart_from_its_city(gaz, span, row))):
        # (a nation's capital is named on its own: "Buenos Aires" after "Buenos Aires province" is the capital, while
        # "Washington" after "Washington state" in a story of Seattle stays the state; nor is "Almaty" after "the
        # Almaty region" the region, which lies 230 km from the city)
        score += 0.5
        why = why or "named elsewhere in the article"
    elif row[2] == "district" and row[6] and (host := gaz.by_id.get(row[6])) is not None and host in ctx.rows and (
            gaz.rows[host][2] == "city" and not gaz.rows[host][11]):
        # "Ulsan ... the city's Nam-gu industrial zone": of the districts of one name in several cities, the one whose
        # city the article names (more than a region shared with another of its towns); not a capital's, which
        # Ukrainian and Korean news name as the government in every other story ("Kyiv said")
        score += DISTRICT_OF_A_NAMED_CITY_BONUS
        why = why or f"a district of {gaz.rows[host][1]}, named in the article"
    elif span.cue is None and cand.row in ctx.typed_rows.get(span.key, ()):
        # "Jinan County, North Jeolla" ... "in Jinan, Muju and Namwon": the bare name repeats the one the text typed
        # (whatever other city has the name as its own)
        score += TYPED_REPEAT_BONUS
        why = why or "named with its type word elsewhere in the article"
    elif span.quoted and cand.row in ctx.rows and row[2] == "city" and cand.quality < 1.0:
        # "claimed the seizure of "Seversk"": the article's own town by the other side's name, in quotation marks,
        # not the Siberian city whose own name it is
        score += QUOTED_NAME_BONUS
        why = "the article's place, named in quotation marks by another of its names"
    if row[2] == "area":
        namesakes = {gaz.rows[o.row][5] for o in span.candidates if gaz.rows[o.row][2] == "country"}
        others = _countries_held(gaz, cand.row, ctx) - namesakes if namesakes else set()
        if others:
            # "Korea" in an article that names North Korea, or its people, is the peninsula they share; alone, or
            # beside Seoul and Busan, it is the country of that name (a matter of the article: not in the prior)
            score += SHARED_AREA_BONUS
            why = f"holds {', '.join(sorted(others))}, a country of the article, besides {', '.join(sorted(namesakes))}"
    return score, why


# A town below ALONE_POPULATION, in a country the article neither names nor names the people of, with none of the
# article's places (ALONE_CONTEXT of them at least) in that country or within ALONE_KM of it, is no reading: the name
# is something else there (a militia, a firm, a person).
ALONE_POPULATION = 100_000
ALONE_KM = 1000.0
ALONE_CONTEXT = 3


def _alone_far_abroad(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context) -> bool:
    """The candidate is a town below ALONE_POPULATION, or a region reached by another of its names ("Kanal" for
    Slovenia's municipality of Kanal ob Soči, "SD" for South Dakota), far from all the article's places, in a
    country the article never names (nor its people) and where none of its places lie."""
    rows = gaz.rows
    row = rows[cand.row]
    small_town = row[2] == "city" and not row[11] and row[8] < ALONE_POPULATION
    if not (small_town or (row[2] == "region" and cand.quality < 1.0)) or not row[5]:
        return False
    if row[5] in ctx.countries or row[5] in ctx.demonym_countries or row[5] in ctx.story_countries:
        return False
    own = {o.row for o in span.candidates}
    others = [r for r in ctx.rows if r not in own and rows[r][2] != "country"]
    if len(others) < ALONE_CONTEXT or any(rows[r][5] == row[5] for r in others):
        return False
    return all(_km_within(row[3], row[4], rows[r][3], rows[r][4], ALONE_KM) is None for r in others)


# What a city's district gains over its namesakes in other cities when the article names its city.
DISTRICT_OF_A_NAMED_CITY_BONUS = 0.3
# What a bare name gains towards the place the text named it as with a county's or district's type word.
TYPED_REPEAT_BONUS = 0.9


# A feature (or a capital) near the article's other towns is likelier than a namesake far away ("Friendship
# Bridge" near Khasan, "Washington" next to Arlington). Not any town: in a front-line story every village is near
# some other, and Nikolayev would become the Mykolaivka next door. NEAR_KM: how near; only towns, facilities,
# districts and crossings count as the places it is near (a region or country is near everything in it).
NEAR_KINDS = ("city", "crossing", "facility", "landmark", "water", "area", "district")
# The kinds of the article's places that count as its towns (what another place may lie near or among).
TOWN_KINDS = ("city", "facility", "district", "crossing")
NEAR_KM = 150.0
NEAR_BONUS = 0.35
# A town across a border from one of the article's towns was named for that reason, whatever its size ("Ji'an",
# opposite Manpo, is the border town of Jilin, not the city of half a million in Jiangxi).
ACROSS_BORDER_BONUS = 0.6
_KM_PER_DEGREE = 111.2


# A stretched spelling is no town of another country this far from every other item of its list.
LIST_FAR_KM = 1500.0
# How many places without namesakes make their unnamed first-level region count as named.
IMPLIED_REGION_PLACES = 3


# What a place gains over its namesakes when its region is named in the same sentence.
SAME_SENTENCE_BONUS = 0.2
# ... and when that region opens the sentence as its setting ("In the Lugansk region, a drone struck ... Pervomaisk";
# not "a firm based in Dalton, Georgia, will build a plant in Springfield").
SETTING_BONUS = 0.5
# What a town gains for each of the article's towns within NEAR_KM of it (up to LOCAL_NEAR_TOWNS of them): a
# tie-break between namesakes, not a reason on its own.
LOCAL_NEAR_STEP = 0.02
LOCAL_NEAR_TOWNS = 3
LOCAL_TIE_STEP = 0.01
LOCAL_TIE_CAP = 0.04


def _local_bonus(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context, region_places: int) -> float:
    """What a place gains from lying in a region the article names (or implies), holding ``region_places`` of its
    places; less for a village named like a great city ("Detroit" in a story that names Portland, Maine, is not the
    Maine village of 800)."""
    row = gaz.rows[cand.row]
    great_village = ctx.namesake_caution and row[2] == "city" and row[8] < VILLAGE_POPULATION and (
        _names_a_great_city(gaz, span, besides=cand.row))
    return (0.3 if great_village else 0.6) + min(LOCAL_TIE_CAP, LOCAL_TIE_STEP * region_places)


def _in_a_stray_country(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context) -> bool:
    """The candidate's country holds at most STRAY_TOWNS of the article's towns while a namesake town of the span
    lies in a country that holds STRAY_MAJORITY or more, and STRAY_RATIO times as many: the article is about the
    other country and only passes through this one (a Lincolnshire story naming Massachusetts once)."""
    rows = gaz.rows
    row = rows[cand.row]
    if row[2] in ("country", "region") or row[5] is None or row[11]:
        return False  # (a capital is named abroad on its own)
    if row[5] in ctx.countries and row[5] in ctx.demonym_countries:
        return False  # (an article that names the country and its people is about it: "Ukraine", "Ukrainian troops
        # ... near Pokrovsk" in a story of North Korean shells shipped through Russia's Far East)
    towns = _country_towns(gaz, ctx)
    if max(towns.values(), default=0) < STRAY_MAJORITY:
        return False  # (no country holds enough of the article's towns for another to be passed through)
    mine = towns.get(row[5], 0)
    if mine > STRAY_TOWNS or (row[2] in NEAR_KINDS and _nearest_named(gaz, cand.row, ctx, other_country=True)):
        # (nor a town near the article's towns abroad: Vovchansk across the border from Shebekino; near its own
        # country's other stray, Haymarket for Newcastle, New South Wales, it is no less stray)
        return False
    # (the namesake may be a region of that country by its own name: "Norfolk" beside King's Lynn in a Lincolnshire
    # story is the English county, not Norfolk, Massachusetts)
    return any(o.row != cand.row and (rows[o.row][2] in ("city", "district") or (
                   rows[o.row][2] == "region" and o.quality >= 1.0))
               and (o.quality >= 1.0
                    or (o.quality >= STRAY_RIVAL_QUALITY and rows[o.row][8] >= ALTERNATE_MIN_POPULATION))
               and rows[o.row][5] != row[5]
               and towns.get(rows[o.row][5], 0) >= max(STRAY_MAJORITY, STRAY_RATIO * max(mine, 1))
               # (nor is a large city beside a small namesake: "a Stuttgart firm" in a New Hampshire story,
               # "Nikolaev" in a Russian story)
               and not (row[8] >= NAMESAKE_CITY_POPULATION and row[8] >= 10 * rows[o.row][8])
               for o in span.candidates)


def _in_the_dominant_region(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context) -> bool:
    """The candidate lies in the first-level region that holds DOMINANT_REGION_TOWNS of the article's towns (not
    of this name) and twice as many as the region of any namesake of the span."""
    rows = gaz.rows
    if cand.quality < 1.0:
        return False  # (its own name only)
    counts = _region_towns(gaz, span, ctx)
    mine = counts.get(rows[cand.row][7], 0)
    if mine < DOMINANT_REGION_TOWNS or any(rows[o.row][2] not in NEAR_KINDS for o in span.candidates):
        return False  # (and no region or country of the name: "Rio Grande do Sul")
    if any(rows[o.row][7] and gaz.by_id.get(rows[o.row][7]) in ctx.sentence_rows for o in span.candidates):
        return False  # (not against a region its sentence names or that heads its paragraph)
    return all(counts.get(rows[o.row][7], 0) * 2 <= mine for o in span.candidates
               if o.row != cand.row and rows[o.row][7] != rows[cand.row][7])


def _region_towns(gaz: Gazetteer, span: Span, ctx: Context) -> dict[str, int]:
    """First-level region -> how many of the article's towns, facilities, districts and crossings lie there,
    those named like the span not counted, nor those that are readings of it by another of their names (Timbuktu
    is no town that the region of Tombouctou holds for "Tombouctou", the city's French name)."""
    counts = ctx.region_towns.get(span.key)
    if counts is None:
        rows = gaz.rows
        counts = {}
        mine = {c.row for c in span.candidates}
        for r in ctx.rows:
            if rows[r][7] and rows[r][2] in TOWN_KINDS and _own_key(rows[r][1]) != span.key and r not in mine:
                counts[rows[r][7]] = counts.get(rows[r][7], 0) + 1
        ctx.region_towns[span.key] = counts
    return counts


def _idle_region_beside_a_clustered_namesake(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context) -> bool:
    """None of the article's towns but those of this very name lie in the candidate's region (named, so the
    candidate gets its bonus), while a namesake town lies within NEAR_KM of CLUSTER_SUPPORT of the article's
    towns."""
    rows = gaz.rows
    region = rows[cand.row][7]
    if region is None or rows[cand.row][2] not in NEAR_KINDS or gaz.by_id.get(region) in ctx.sentence_rows:
        return False  # (not the region its sentence names, or that heads its paragraph)
    if _region_towns(gaz, span, ctx).get(region, 0):
        return False
    return any(o.row != cand.row and o.quality >= 1.0 and rows[o.row][2] == "city" and rows[o.row][7] != region
               and _near_count(gaz, o.row, ctx) >= CLUSTER_SUPPORT for o in span.candidates)


def _own_names_abroad_are_stray(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context) -> bool:
    """The span is only an alternate name of ``cand``, in a country that holds STRAY_MAJORITY of the article's
    towns, and every town whose own name it is is smaller and lies abroad in a country the article only passes
    through (not "Odesa" in a story of Odessa, Texas: the Ukrainian city is the larger)."""
    rows = gaz.rows
    country = rows[cand.row][5]
    if _country_towns(gaz, ctx).get(country, 0) < STRAY_MAJORITY:
        return False
    owners = [o for o in span.candidates if o.quality >= 1.0 and rows[o.row][2] == "city"]
    return bool(owners) and all(rows[o.row][5] != country and rows[o.row][8] < rows[cand.row][8]
                                and _in_a_stray_country(gaz, span, o, ctx) for o in owners)


def _stretched_abroad(gaz: Gazetteer, cand: Candidate, ctx: Context) -> bool:
    """A stretched spelling of a small town, with neither its region nor a town near it in the article, in a
    country that holds fewer of the article's towns than another: "Myokosan" in a tour of North Korea's mountains
    that names Vladivostok once is no Mokshan, nor "Koguryo" a Kokuy."""
    row = gaz.rows[cand.row]
    if not (cand.how.startswith(FUZZY_HOW) and row[2] == "city" and row[8] < NOTABLE_POPULATION):
        return False
    towns = _country_towns(gaz, ctx)
    if towns.get(row[5], 0) >= max(towns.values(), default=0):
        return False
    if any(a in ctx.rows or a in ctx.story_rows for a in gaz.ancestors(cand.row) if gaz.rows[a][2] != "country"):
        return False
    return not any(r != cand.row and _km_within(row[3], row[4], lat, lon, NEAR_KM) is not None
                   for lat, lon, r in _town_points(gaz, ctx))


# A stretched spelling of a town this far from every one of the article's towns (when it names this many) is no
# reading: "Blagoveshchenskaya", a stanitsa by Anapa, is no Blagoveshchensk on the Amur, 6,400 km away.
FAR_STRETCH_KM = 1000.0
FAR_STRETCH_MIN_TOWNS = 3
# A village this small is no reading that far from all of the article's towns either, by whatever name.
FAR_VILLAGE_POPULATION = 2_000


def _stretched_far(gaz: Gazetteer, cand: Candidate, ctx: Context) -> bool:
    """A stretched spelling of a town that lies far from all of the article's several towns (not a capital, named
    from anywhere: "Phenyan" in a story of Kursk)."""
    row = gaz.rows[cand.row]
    if not (cand.how.startswith(FUZZY_HOW) and row[2] == "city" and not row[11]):
        return False
    return _far_from_the_articles_towns(gaz, cand, ctx)


def _far_from_the_articles_towns(gaz: Gazetteer, cand: Candidate, ctx: Context) -> bool:
    """The reading lies more than FAR_STRETCH_KM from every one of the article's towns, and it names several."""
    row = gaz.rows[cand.row]
    others = [(lat, lon) for lat, lon, r in _town_points(gaz, ctx) if r != cand.row]
    return len(others) >= FAR_STRETCH_MIN_TOWNS and not any(
        _km_within(row[3], row[4], lat, lon, FAR_STRETCH_KM) is not None for lat, lon in others)


def _country_towns(gaz: Gazetteer, ctx: Context) -> dict[str, int]:
    """Country -> how many of the article's towns, facilities, districts and crossings lie there, capitals not
    counted (memoised on the context)."""
    if ctx.country_towns is None:
        rows = gaz.rows
        counts: dict[str, int] = {}
        for r in ctx.rows:
            if rows[r][2] in TOWN_KINDS and not rows[r][11] and rows[r][5]:
                counts[rows[r][5]] = counts.get(rows[r][5], 0) + 1
        ctx.country_towns = counts
    return ctx.country_towns


# A country that holds this many of the article's towns is the one its name means ("Peru" among Cusco and Abancay).
COUNTRY_HOLDS_TOWNS = 3
# How many of the article's towns (not of the region's own name) make a first-level region a place of the article.
REGION_HOLDS_TOWNS = 2
# The match quality from which a city reading of a region's name counts (an alternate name too: "Sverdlovsk" is
# Yekaterinburg's, "New York" the city's).
ALTERNATE_QUALITY_OF_NOTE = 0.9
# A country with at most STRAY_TOWNS of the article's towns is one it passes through when a namesake's country holds
# STRAY_MAJORITY (and STRAY_RATIO times as many): its named region and its own name count for less there.
STRAY_TOWNS = 2
STRAY_MAJORITY = 5
STRAY_RATIO = 4
STRAY_DISCOUNT = 0.5
# The region holding this many of the article's towns, twice as many as any namesake's, lends its towns this much.
DOMINANT_REGION_TOWNS = 5
DOMINANT_REGION_BONUS = 0.2
# What an alternate name gets back when the towns whose own name it is lie in such countries (the "another city's
# own name" penalty of the match).
STRAY_OWN_NAME_BONUS = 0.3
# A namesake in the dominant country counts from this match quality: its own name, or an alternate name of a
# town of ALTERNATE_MIN_POPULATION ("Newcastle" for Newcastle upon Tyne), not a stretched spelling.
STRAY_RIVAL_QUALITY = 0.9


def _namesake_among_more(gaz: Gazetteer, span: Span, cand: Candidate, ctx: Context) -> bool:
    """Another town of this name lies in a region that holds more of the article's places than this one's."""
    mine = _region_count(gaz, ctx, gaz.rows[cand.row][7])
    return any(o.row != cand.row and o.quality >= 1.0 and gaz.rows[o.row][2] == "city"
               and _region_count(gaz, ctx, gaz.rows[o.row][7]) >= max(2, mine + 1) for o in span.candidates)


def _area_regions(gaz: Gazetteer, ctx: Context) -> frozenset[int]:
    """The rows of the first-level regions that the article's curated areas lie in: naming a part of a region
    ("West Texas", "the Donbas") names the region for its towns ("Odessa" is then the Texan city)."""
    if ctx.area_regions is None:
        regions = set()
        for r in ctx.rows:
            row = gaz.rows[r]
            if row[2] == "area" and row[12] == "curated" and row[7]:
                region = gaz.by_id.get(row[7])
                if region is not None:
                    regions.add(region)
        ctx.area_regions = frozenset(regions)
    return ctx.area_regions


def _region_count(gaz: Gazetteer, ctx: Context, region: str | None) -> int:
    """How many of the article's places lie in ``region`` (memoised on the context)."""
    if region is None:
        return 0
    if ctx.region_counts is None:
        counts: dict[str, int] = {}
        for r in ctx.rows:
            a = gaz.rows[r][7]
            if a:
                counts[a] = counts.get(a, 0) + 1
        ctx.region_counts = counts
    return ctx.region_counts.get(region, 0)


def _holds_more_than_namesakes(gaz: Gazetteer, span: Span, ctx: Context, country: str | None) -> bool:
    """``country``, whose own name the span is, holds more of the article's towns than any region or other country
    of that name does: Georgia with Tbilisi, Poti and Batumi is the country, whatever one "Savannah, Ga." says;
    "Congo" with Goma and Bukavu is the Democratic Republic, with Brazzaville and Pointe-Noire the Republic."""
    rows = gaz.rows
    regions = [rows[o.row][0] for o in span.candidates if o.quality >= 1.0 and rows[o.row][2] == "region"]
    countries = {rows[o.row][5] for o in span.candidates
                 if o.quality >= 1.0 and rows[o.row][2] == "country" and rows[o.row][5] != country}
    if country is None or not (regions or countries):
        return False
    towns = [r for r in ctx.rows if rows[r][2] in TOWN_KINDS]
    in_country = sum(1 for r in towns if rows[r][5] == country)
    return in_country > max([sum(1 for r in towns if rows[r][7] == region) for region in regions]
                            + [sum(1 for r in towns if rows[r][5] == other) for other in countries])


def _town_points(gaz: Gazetteer, ctx: Context) -> list[tuple[float, float, int]]:
    """(lat, lon, row) of the article's towns, facilities, districts and crossings (memoised on the context)."""
    if ctx.near_points is None:
        rows = gaz.rows
        ctx.near_points = [(rows[r][3], rows[r][4], r) for r in ctx.rows
                           if rows[r][2] in TOWN_KINDS]
    return ctx.near_points


def _km_within(lat: float, lon: float, lat2: float, lon2: float, limit: float) -> float | None:
    """The distance in km between two points when it is at most ``limit``, else None (a cheap box first: one
    degree of latitude is 111 km, of longitude less)."""
    reach = limit / _KM_PER_DEGREE
    if abs(lat2 - lat) > reach:
        return None
    # (a degree of longitude is cos(latitude) of one of latitude, least at the pole-ward point)
    dlon = abs(lon2 - lon)
    if dlon < 180 and dlon * max(cos(radians(max(abs(lat), abs(lat2)))), 0.02) > reach * 1.01:
        return None
    d = _sphere_km(lat, lon, lat2, lon2)
    return d if d <= limit else None


def _sphere_km(lat: float, lon: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine, geopy's mean earth radius): the same figure as
    ``geopy.distance.great_circle`` without building two Points, for the scorer's inner loops."""
    p1, p2 = radians(lat), radians(lat2)
    h = sin((p2 - p1) / 2) ** 2 + cos(p1) * cos(p2) * sin(radians(lon2 - lon) / 2) ** 2
    return 2 * EARTH_RADIUS * asin(min(1.0, sqrt(h)))


def _near_count(gaz: Gazetteer, row_index: int, ctx: Context) -> int:
    """How many distinct places among the article's towns, facilities and districts lie within NEAR_KM of
    ``row_index`` (not itself, nor a capital, which the article names as often for its government)."""
    lat, lon = gaz.rows[row_index][3], gaz.rows[row_index][4]
    return len({r for plat, plon, r in _town_points(gaz, ctx) if r != row_index and not gaz.rows[r][11]
                and _km_within(lat, lon, plat, plon, NEAR_KM) is not None})


def _namesake_nearer_at_home(gaz: Gazetteer, span: Span, cand: Candidate, near: int) -> bool:
    """Whether another town of the span's own name lies in the country of ``near`` (the article's town across the
    border from ``cand``) and nearer to it than ``cand`` does."""
    nlat, nlon, ncountry = gaz.rows[near][3], gaz.rows[near][4], gaz.rows[near][5]
    mine = great_circle((gaz.rows[cand.row][3], gaz.rows[cand.row][4]), (nlat, nlon)).km
    return any(o.row != cand.row and o.quality >= 1.0 and gaz.rows[o.row][2] == "city"
               and gaz.rows[o.row][5] == ncountry
               and great_circle((gaz.rows[o.row][3], gaz.rows[o.row][4]), (nlat, nlon)).km < mine
               for o in span.candidates)


def _nearest_named(gaz: Gazetteer, row_index: int, ctx: Context, other_country: bool = False) -> int | None:
    """The row of the article's nearest town, facility or district within NEAR_KM of ``row_index`` (with
    ``other_country``, only one in another country than ``row_index``), or None."""
    lat, lon, country = gaz.rows[row_index][3], gaz.rows[row_index][4], gaz.rows[row_index][5]
    best, best_km = None, NEAR_KM
    for plat, plon, r in _town_points(gaz, ctx):
        if other_country and gaz.rows[r][5] == country:
            continue
        d = None if r == row_index else _km_within(lat, lon, plat, plon, best_km)
        if d is not None:
            best, best_km = r, d
    return best


def along_course(gaz: Gazetteer, row_index: int, ctx: Context) -> int | None:
    """For a river with a course (towns on it), the course town with the most of the article's towns within
    NEAR_KM (ties: the nearest to one of them), when that beats the river's own point; None otherwise."""
    towns = gaz.course.get(row_index)
    if not towns:
        return None
    points = [(lat, lon) for lat, lon, r in _town_points(gaz, ctx) if r != row_index]
    points += [(gaz.rows[r][3], gaz.rows[r][4]) for r in ctx.rows if gaz.rows[r][2] in ("landmark", "area")
               and gaz.rows[r][10] is not None and gaz.rows[r][10] <= 50]  # small islands, sites
    if not points:
        return None

    def fit(lat: float, lon: float) -> tuple[int, float]:
        dists = [great_circle((lat, lon), p).km for p in points]
        return sum(1 for d in dists if d <= NEAR_KM), -min(dists)

    # the river's own (cited) point stays unless a course town has more of the article's places near it
    own_count = fit(gaz.rows[row_index][3], gaz.rows[row_index][4])[0]
    rows = [t for t in map(gaz.by_id.get, towns) if t is not None]
    fits = [(fit(gaz.rows[t][3], gaz.rows[t][4]), t) for t in rows]
    best = max(fits, default=None)
    return best[1] if best is not None and best[0][0] > own_count else None


# Places an article names together lie together. When several names are each unsure between namesakes
# ("Boston", "Lincoln" and "Spalding" in a Fenland paper), the readings that lie within CLUSTER_KM of one
# another beat the most populous ones scattered over the world (Boston, Massachusetts, Lincoln, Nebraska and
# Spalding, Australia). Only close contests take part (readings within CLUSTER_MARGIN of the best), only exact
# names of towns and sites, and a reading needs CLUSTER_SUPPORT other names near it: two towns a short way
# apart are a coincidence among America's many namesakes, three are a story.
CLUSTER_MARGIN = 0.25
CLUSTER_KM = 150.0
CLUSTER_SUPPORT = 2
CLUSTER_DEFICIT_WEIGHT = 2.0
CLUSTER_MIN_QUALITY = 0.9  # own and alternate names ("Dimitrov" for Myrnohrad), not stretched spellings
CLUSTER_KINDS = ("city", "district", "facility", "crossing", "landmark")


def clustered_readings(gaz: Gazetteer, unsure: dict[str, tuple[Span, set[int]]], ctx: Context) -> dict[str, int]:
    """For names read without confidence (name key -> a span of it and its containers), readings that lie
    together: key -> row (the best-scored reading or another), to be read as anchors of the article.

    The largest group first: around each candidate reading, the other names with a reading within CLUSTER_KM
    (and the article's confidently read towns there) form a group; the largest group of CLUSTER_SUPPORT + 1
    names or more fixes its names' readings, and the rest are grouped again. Rome, Dalton, Atlanta and Athens
    of one Georgia story beat a Savannah, a Rome and an Athens of New York that each lie near one another.
    """
    ctx = _unmemoised(ctx)
    options: dict[str, list[int]] = {}
    best_row: dict[str, int] = {}
    deficit: dict[tuple[str, int], float] = {}  # how far below the name's best reading a reading scored
    for key, (span, container) in unsure.items():
        scored = score_candidates(gaz, span, ctx, container, limit=8)
        if not scored or gaz.rows[scored[0].candidate.row][2] not in CLUSTER_KINDS:
            continue
        top = scored[0].score
        options[key] = [x.candidate.row for x in scored if x.score >= top - CLUSTER_MARGIN
                        and x.candidate.quality >= CLUSTER_MIN_QUALITY and gaz.rows[x.candidate.row][2] in CLUSTER_KINDS]
        best_row[key] = scored[0].candidate.row
        deficit.update(((key, x.candidate.row), top - x.score) for x in scored)
    if len(options) < 2:
        return {}
    anchored = [r for _, _, r in _town_points(gaz, ctx)]
    rows = gaz.rows

    def km(a: int, b: int) -> float:
        d = _km_within(rows[a][3], rows[a][4], rows[b][3], rows[b][4], CLUSTER_KM)
        return CLUSTER_KM + 1.0 if d is None else d

    chosen: dict[str, int] = {}
    remaining = set(options)
    while len(remaining) > 1:
        best_group: tuple[tuple[float, int], dict[str, int]] | None = None
        for key in sorted(remaining):
            for hub in options[key]:
                group = {key: hub}
                for other in remaining - {key}:
                    near = [(km(hub, o), o) for o in options[other]]
                    d, o = min(near, default=(CLUSTER_KM + 1.0, -1))
                    if d <= CLUSTER_KM:
                        group[other] = o
                size = len(group) - 1 + sum(1 for r in anchored if r != hub and km(hub, r) <= CLUSTER_KM)
                # each reading taken below its name's best costs: three hamlets of Pennsylvania that happen to
                # lie together do not beat the towns the names are known for
                value = size - CLUSTER_DEFICIT_WEIGHT * sum(deficit[k, r] for k, r in group.items())
                # ties: the group that keeps more names at their best-scored reading
                rank = (value, sum(1 for k, r in group.items() if best_row[k] == r))
                if best_group is None or rank > best_group[0]:
                    best_group = (rank, group)
        if best_group is None or best_group[0][0] < CLUSTER_SUPPORT - 0.5:
            break
        chosen.update(best_group[1])
        remaining -= set(best_group[1])
    return chosen


def _unmemoised(ctx: Context) -> Context:
    """A copy of the context for re-scoring unsure names: no namesake caution, its memos of the rows cleared."""
    return replace(ctx, namesake_caution=False, near_points=None, region_counts=None, country_towns=None,
                   region_towns={}, area_regions=None)


def contained_readings(gaz: Gazetteer, unsure: dict[str, tuple[Span, set[int]]], ctx: Context) -> dict[str, int]:
    """For names read without confidence, a region's reading and a town's reading inside it, each close to its
    name's best: key -> row for both ("Alexandria" and "Virginia" alone in a story are the city and the state that
    holds it, not Egypt's city and a South African town). The pair whose readings cost least below their best."""
    ctx = _unmemoised(ctx)
    options: dict[str, list[tuple[int, float]]] = {}
    for key, (span, container) in unsure.items():
        scored = score_candidates(gaz, span, ctx, container, limit=8)
        if scored:
            top = scored[0].score
            options[key] = [(x.candidate.row, top - x.score) for x in scored
                            if x.score >= top - CLUSTER_MARGIN and x.candidate.quality >= 1.0]
    best: tuple[float, dict[str, int]] | None = None
    for rkey, readings in options.items():
        for region, rcost in readings:
            if gaz.rows[region][2] != "region" or any(
                    gaz.rows[r][2] == "city" and gaz.rows[r][5] == gaz.rows[region][5] for r, _ in readings):
                continue  # (not a region named like its own city: "Volgograd" is more often the city)
            for tkey, towns in options.items():
                if tkey == rkey:
                    continue
                for town, tcost in towns:
                    if gaz.rows[town][2] == "city" and region in gaz.ancestors(town) and (
                            best is None or rcost + tcost < best[0]):
                        best = (rcost + tcost, {rkey: region, tkey: town})
    return best[1] if best is not None else {}


def _names_a_capital(gaz: Gazetteer, span: Span, row_index: int, *, larger: int = 0) -> bool:
    """The span is the own name of a national capital other than ``row_index`` (of at least ``larger`` people:
    "Madrid", 3.2 million, is no Colombian town of 135,000 by its name alone)."""
    return any(o.quality >= 1.0 and o.row != row_index and gaz.rows[o.row][2] == "city" and gaz.rows[o.row][11]
               and gaz.rows[o.row][8] >= larger for o in span.candidates)


def _capital_by_its_region(gaz: Gazetteer, span: Span, region: tuple) -> bool:
    """The span is the own name of a national capital in ``region``'s country lying within CITY_REGION_APART_KM
    of the region's point (the province around the capital, named like it)."""
    return any(o.quality >= 1.0 and gaz.rows[o.row][2] == "city" and gaz.rows[o.row][11]
               and gaz.rows[o.row][5] == region[5]
               and _km_within(gaz.rows[o.row][3], gaz.rows[o.row][4], region[3], region[4], CITY_REGION_APART_KM)
               is not None for o in span.candidates)


def _names_a_great_city(gaz: Gazetteer, span: Span, *, besides: int = -1, abroad_from: str | None = None) -> bool:
    """The span is the own name of a city of GREAT_CITY_POPULATION other than row ``besides`` (and outside the
    country ``abroad_from``, when given)."""
    return any(o.row != besides and o.quality >= 1.0 and gaz.rows[o.row][2] == "city"
               and gaz.rows[o.row][8] >= GREAT_CITY_POPULATION
               and (abroad_from is None or gaz.rows[o.row][5] != abroad_from) for o in span.candidates)


def names_a_country(gaz: Gazetteer, span: Span) -> bool:
    """The span is some country's own name ("Canada", "Armenia")."""
    return any(o.quality >= 1.0 and gaz.rows[o.row][2] == "country" for o in span.candidates)


def _names_its_country(gaz: Gazetteer, span: Span, country: str) -> bool:
    """The span is the own name of ``country`` ("Mexico" for a Mexican city)."""
    return any(o.quality >= 1.0 and gaz.rows[o.row][2] == "country" and gaz.rows[o.row][5] == country
               for o in span.candidates)


def _country_named_alike(gaz: Gazetteer, span: Span, country: str | None) -> bool:
    """A country shares the region's name, or no city of the region's country has it as its own name ("Rio Grande
    do Sul" is only an alternate name of the city of Rio Grande; Ontario, California is abroad): then a region
    holding the article's towns is the reading (not the region of Kursk, whose city is the bare name)."""
    rows = [(gaz.rows[o.row], o.quality) for o in span.candidates]
    return any(r[2] == "country" for r, _ in rows) or not any(
        r[2] == "city" and q >= 1.0 and r[5] == country for r, q in rows)


FEATURES = (feature_match, feature_prior, feature_type_word, feature_containment, feature_context)
# The features that do not look at the other places of the text: their part of a candidate's score is the same
# in both passes of the resolver, so it is computed once per span and candidate.
STATIC_FEATURES = FEATURES[:-1]


MAX_CANDIDATES = 20


def _plausible(gaz: Gazetteer, candidates: list[Candidate], ctx: Context) -> list[Candidate]:
    """The candidates worth scoring: all when few; else the most important by match and population, plus
    every candidate in a country the text is about ("Springfield" has dozens of namesakes), and every place of
    the name that is no town (a region has no population to rank by: "Buenos Aires province" among thirty
    towns named Buenos Aires)."""
    if len(candidates) <= MAX_CANDIDATES:
        return candidates
    ranked = sorted(candidates, key=lambda c: (-c.quality, -gaz.rows[c.row][8], c.row))
    keep = ranked[:MAX_CANDIDATES]
    kept = {c.row for c in keep}
    keep += [c for c in ranked[MAX_CANDIDATES:] if c.row not in kept
             and (gaz.rows[c.row][5] in ctx.countries or gaz.rows[c.row][5] in ctx.story_countries
                  or (c.quality >= 1.0 and gaz.rows[c.row][2] != "city"))]
    return keep


def score_candidates(gaz: Gazetteer, span: Span, ctx: Context, container: set[int],
                     limit: int | None = None) -> list[Scored]:
    """Every candidate of ``span`` scored by every feature, best first (ties: larger population, then id); a
    place reached by several names keeps its best reading only. With ``limit``, only the best ``limit``."""
    ranked = []
    static = span.static_scores
    rows = gaz.rows
    for k, cand in enumerate(_plausible(gaz, span.candidates, ctx)):
        done = static.get(id(cand))
        if done is None:
            total, reasons = 0.0, []
            for feature in STATIC_FEATURES:
                s, why = feature(gaz, span, cand, ctx, container)
                total += s
                if why:
                    reasons.append(why)
            done = static[id(cand)] = (total, reasons)
        total, reasons = done
        s, why = feature_context(gaz, span, cand, ctx, container)
        row = rows[cand.row]
        ranked.append((-(total + s), -row[8], row[0], k, cand, reasons, why))
    ranked.sort()
    seen: set[int] = set()
    unique = []
    for neg_score, _, _, _, cand, reasons, why in ranked:
        if cand.row in seen:
            continue
        seen.add(cand.row)
        unique.append(Scored(cand, -neg_score, [*reasons, why] if why else list(reasons)))
        if limit is not None and len(unique) == limit:
            break
    return unique


# Below this population a town of a country the article never names needs some support.
FOREIGN_TOWN_POPULATION = 50_000
# Below this population a town outside the transliteration countries, reached by a spelling a few letters off its
# names, needs its own region in the text.
VARIANT_NEEDS_REGION_POPULATION = 100_000
# Below this population a city of such a country reached by another language's name for it needs support too.
FOREIGN_EXONYM_POPULATION = 1_000_000
# Countries whose counties lie below their first-level regions and share names with them ("Delaware County", New
# York; "Washington County"): a county of theirs is never the state of its name.
COUNTIES_BELOW_STATES = frozenset({"US"})


def stands_alone(gaz: Gazetteer, cand: Candidate) -> bool:
    """True for a reading that needs no support from the text: anything but a city, a curated place, a capital,
    or a city of some size reached by its own or a common enough name."""
    row = gaz.rows[cand.row]
    if row[2] != "city" or row[12] == "curated" or row[11]:
        return True
    return row[8] >= MIN_POPULATION_UNSUPPORTED and not (
        cand.quality < 1.0 and row[8] < ALTERNATE_UNSUPPORTED_POPULATION)


def _no_namesake_town(gaz: Gazetteer, span: Span, row: int) -> bool:
    """No other town has this name, nor a spelling of it ("Vostochny" is also three Vostochnyys)."""
    return not any(c.row != row and c.quality >= 1.0 and gaz.rows[c.row][2] == "city" for c in span.candidates) and (
        not any(r != row and gaz.rows[r][2] == "city" for r, _, _ in gaz.fuzzy(span.key, min_similarity=1.0)))


# How near one of the article's towns a town named by one everyday word must lie ("Chop" by Uzhhorod, "Sake" by Goma).
ORDINARY_WORD_NEAR_KM = 50.0


def supported(gaz: Gazetteer, span: Span, best: Scored, ctx: Context, container: set[int]) -> bool:
    """False for a minor place that nothing but its name supports (no cue, no container, no context)."""
    row = gaz.rows[best.candidate.row]
    if not container and _alone_far_abroad(gaz, span, best.candidate, ctx):
        return False
    if ((best.candidate.how.startswith(CENTRE_HOW) or span.cue_reason.endswith(CENTRE_CUE))
            and row[8] < NOTABLE_POPULATION and _far_from_the_articles_towns(gaz, best.candidate, ctx)):
        return False  # "the Usolsky district" of Irkutsk is no Usolye in Perm Krai, 2,900 km from the article's towns
    if (row[2] == "city" and row[8] < FAR_VILLAGE_POPULATION and row[12] != "curated" and not container
            and _far_from_the_articles_towns(gaz, best.candidate, ctx)):
        return False  # "Roshchino" (Tyumen's airport) is no village of 900 in Crimea, 2,500 km from the article's towns
    if span.match == "fuzzy" or best.candidate.how.startswith(FUZZY_HOW):
        # A stretched spelling needs the story to be about that part of the world (or a matching type word).
        # A type word alone ("the village of Kok-Tash") supports only a variant that folds to the same key.
        if (span.cue or ctx.cues.get(span.key)) == "district" and row[2] == "region":
            # "the Kuibyshevsky district" is no stretched spelling of a first-level region (Samara's), nor is
            # "Chonma" after "Chonma County" one of South Jeolla ("Jeonnam")
            return False
        cued = span.cue == row[2] and best.candidate.quality >= fuzzy_quality(1.0)
        if row[2] == "city" and not row[11] and span.list_rows and all(
                gaz.rows[r][5] != row[5] and great_circle((row[3], row[4]), (gaz.rows[r][3], gaz.rows[r][4])).km
                > LIST_FAR_KM for r in span.list_rows):
            # "Kirants, Voskepar and Baghanis" on the Armenian border: no spelling of a town in Kaliningrad (a
            # capital is named with faraway places: "between Moscow and Phenyan")
            return False
        if (not cued and row[2] == "city" and row[5] not in VARIANT_ALTERNATES_COUNTRIES
                and row[8] < VARIANT_NEEDS_REGION_POPULATION):
            # Outside the countries whose names reach English through transliteration, a spelling a few letters
            # off a small town needs the town's own region in the text ("Bankipur", a Patna constituency, is not
            # Bankāpur in Karnataka because the article is about India)
            return any(a in ctx.rows or a in ctx.story_rows for a in gaz.ancestors(best.candidate.row)
                       if gaz.rows[a][2] != "country")
        if not cued and (_stretched_abroad(gaz, best.candidate, ctx) or _stretched_far(gaz, best.candidate, ctx)):
            return False
        return cued or row[5] in ctx.countries or row[5] in ctx.story_countries or (
            row[5] in ctx.demonym_countries) or any(
            a in ctx.rows or a in ctx.story_rows for a in gaz.ancestors(best.candidate.row))
    if best.candidate.quality < 1.0 and (span.key, best.candidate.row) in ctx.spelled_out and (
            row[8] >= ALTERNATE_MIN_POPULATION):
        # "the city council of Firenze" in an article that also writes "Florence": another name of a city (not
        # of a small town, whose other names are often its district's: "Akkar" for Halba)
        return True
    # A city reached only by an alternate name ("Hamas" is one of Hamm's) needs the article to be about its
    # country, unless it is a large city.
    if (row[2] == "region" and span.key.endswith(" region") and ctx.countries and row[5] not in ctx.countries
            and row[5] not in ctx.story_countries and row[5] not in ctx.demonym_countries and any(
                q == 0 and gaz.rows[r][2] == "city" and gaz.rows[r][5] in ctx.countries
                for r, q in gaz.lookup(span.key[: -len(" region")]))):
        return False  # "the Savannah region" in a Georgia story: the area around its city, not Ghana's Savannah Region
    if span.cue == "district" and row[2] == "region" and row[5] not in ctx.countries and (
            row[5] not in ctx.story_countries):
        return False  # "Cumberland and York counties" in a Maine story: not the English county of York
    if span.cue == "district" and row[2] == "region" and row[5] in COUNTIES_BELOW_STATES:
        return False  # "Delaware County", New York, is no state: American counties lie inside states
    if span.cue in ("region", "district") and row[2] == "city" and row[12] != "curated" and (
            best.candidate.quality < 1.0 and row[8] < CITY_NAMING_REGION_POPULATION):
        return False  # "Yanbian prefecture" is not a town that has Yanbian among its other names
    if (span.cue == "facility" and row[2] == "city" and row[12] != "curated" and row[8] >= NOTABLE_FACILITY_HOST
            and ctx.countries and row[5] not in ctx.countries | ctx.story_countries | ctx.demonym_countries):
        return False  # "Norman Manley International Airport" in a Jamaican story is no airport of Norman, Oklahoma
    if span.cue == "facility" and row[2] == "city" and row[12] != "curated" and row[8] < NOTABLE_FACILITY_HOST:
        # "Vostochny Port near Nakhodka": a town standing for a facility named after it must be in the part of
        # the country the article is about (its region or a place in it named), not merely in the country
        # ("the Tuapse refinery", "the Zwickau plant": a town of its own name that no other town shares, in a
        # country the article names, is the host)
        return row[7] in ctx.regions or any(
            a in ctx.rows and gaz.rows[a][2] != "country" for a in gaz.ancestors(best.candidate.row)) or (
            feature_containment(gaz, span, best.candidate, ctx, container)[0] > 0) or (
            best.candidate.quality >= 1.0 and (row[5] in ctx.countries or row[5] in ctx.story_countries)
            and row[8] >= VILLAGE_POPULATION and _no_namesake_town(gaz, span, best.candidate.row))
        # (not a hamlet of no known size across the country: "Akıncı Air Base" is by Ankara, not at Akıncı, Mardin)
    # (a city of a country the article never names, in an article about other countries, reached by another
    # language's name for it, is no reading on that name alone either: "Minieh" in a Lebanon story is the Lebanese
    # town, not Minya, Egypt; a million-city keeps its exonyms: "Kiev", "Bombay")
    # (a capital too, by another name that other places have as their own: "Sion" in a Mumbai story is a suburb,
    # not Zion, Jerusalem; "Washington, D.C." is no one else's)
    foreign = (row[2] == "city" and row[12] != "curated" and (
                   (row[8] < FOREIGN_TOWN_POPULATION and not row[11])
                   or (best.candidate.quality < 1.0 and row[8] < FOREIGN_EXONYM_POPULATION and (
                       not row[11] or any(o.quality >= 1.0 for o in span.candidates))))
               and ctx.countries and row[5] not in ctx.countries and row[5] not in ctx.story_countries
               and row[5] not in ctx.demonym_countries
               # (an item of a list of towns in two or more countries may lie in a third: "Hamburg, Le Havre and
               # Felixstowe" in a story of Dutch ports)
               and not (best.candidate.quality >= 1.0 and _cross_border_list(gaz, span)))
    if span.ordinary_words and span.first == span.last and row[12] != "curated" and not (
            (row[2] == "city" and any(
                r != best.candidate.row and _km_within(row[3], row[4], lat, lon, ORDINARY_WORD_NEAR_KM) is not None
                for lat, lon, r in _town_points(gaz, ctx)))
            or _placed_near(gaz, best.candidate, container) is not None):
        return False  # "the edge of Chop": an everyday word is a town only beside a town the article names (Uzhhorod)
    if span.ordinary_words and row[2] == "city" and row[12] != "curated" and not (
            row[7] in ctx.regions or any(a in ctx.rows or a in ctx.story_rows for a in gaz.ancestors(best.candidate.row)
                                         if gaz.rows[a][2] != "country")
            or feature_containment(gaz, span, best.candidate, ctx, container)[0] > 0):
        return False  # "White House" is no town of Tennessee in a Washington story; "Hay River" in one of the NWT is
    if span.island_town and row[2] == "city" and row[12] != "curated" and not (
            row[7] in ctx.regions or any(a in ctx.rows and gaz.rows[a][2] != "country" for a in gaz.ancestors(best.candidate.row))
            or _nearest_named(gaz, best.candidate.row, ctx) is not None):
        return False  # "Ross Island" in an Antarctic story is not Ross, Ohio, whatever else the article says of the US
    if row[12] == "census" and ctx.countries and not (
            row[5] in ctx.countries or row[5] in ctx.story_countries or row[5] in ctx.demonym_countries):
        return False  # "Victoria County, Nova Scotia": a US county in an article about other countries
    if (row[12] == "census" and ctx.regions and row[7] not in ctx.regions and row[7] not in ctx.rows
            and not container and not any(gaz.rows[gaz.by_id[r]][5] == row[5] for r in ctx.regions
                                          if r in gaz.by_id)):
        # "Middlesex County" in a story of London, Ontario: a US county of a state the article never comes near, while
        # its towns lie in another country's regions
        return False
    if (row[2] in ("facility", "crossing") and row[5] and ctx.countries
            and all(w in common_words() for w in span.key.split())
            and row[5] not in ctx.countries | ctx.story_countries | ctx.demonym_countries
            and not any(a in ctx.rows for a in gaz.ancestors(best.candidate.row))
            and _nearest_named(gaz, best.candidate.row, ctx) is None
            and not feature_containment(gaz, span, best.candidate, ctx, container)[0] > 0):
        # a site named by everyday words, of a country the article never names, near none of its places: "the
        # Freedom Bridge" in a Novi Sad story is the Danube bridge the gazetteer lacks, not the one over the Imjin
        return False
    if stands_alone(gaz, best.candidate) and not foreign:
        return True
    # (a small town of a country the article never names, in an article about other countries, is no reading on
    # its name alone: "the Punchbowl" in a Gangwon story is not a Sydney suburb)
    if span.cue or feature_containment(gaz, span, best.candidate, ctx, container)[0] > 0:
        return True
    if row[2] == "city" and best.candidate.quality >= 1.0 and row[8] >= CROSS_BORDER_LIST_POPULATION and (
            _cross_border_list(gaz, span)):
        return True  # "Hamburg, Le Havre and Felixstowe": a port among ports of other countries
    # the people of a country named ("Spanish") support a town's own name, or its own name spelled another way
    # ("Ukrainian units near Kupiansk", Kupyansk), not another name of a small town ("Paso" for El Paso, Spain)
    return row[5] in ctx.countries or (row[5] in ctx.demonym_countries and (
        best.candidate.quality >= 1.0 or skeleton(span.key) == skeleton(name_key(row[1])))) or any(
        a in ctx.rows for a in gaz.ancestors(best.candidate.row))


# A town this size may be an item of a list of towns in other countries (see _cross_border_list).
CROSS_BORDER_LIST_POPULATION = 10_000


def _cross_border_list(gaz: Gazetteer, span: Span) -> bool:
    """The other items of the span's list are towns of two or more countries (one other country would rather say
    the span is their country's town of that name)."""
    return len({gaz.rows[r][5] for r in span.list_rows if gaz.rows[r][2] == "city"}) >= 2


def confidence(best: Scored, runner_up: Scored | None) -> float:
    """0..1: how well the name matched times how clearly the best reading beat the next one."""
    margin = 1.0 if runner_up is None else max(0.0, best.score - runner_up.score)
    conf = best.candidate.quality * (0.55 + 0.45 * min(1.0, margin / 0.8))
    return round(max(0.05, min(0.99, conf)), 3)
