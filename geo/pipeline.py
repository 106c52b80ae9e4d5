"""The resolver pipeline: text -> furniture and sentences -> spans -> places (with roles) -> mentions.

:func:`resolve_text` is a pure function of (text, gazetteer, story context), so it runs unchanged in worker
processes or inside Dask. :func:`resolve_story` runs it twice: once per article, then again with the places
every article of the story read confidently as shared context.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable

from geopy.distance import great_circle

from geo.disambiguate import (
    ALTERNATE_MIN_POPULATION,
    CITY_NAMING_REGION_POPULATION,
    Containers,
    feature_containment,
    FUZZY_HOW,
    Context,
    IMPLIED_REGION_PLACES,
    OWN_NAME_DOMINANT,
    TOWN_KINDS,
    Scored,
    along_course,
    clustered_readings,
    contained_readings,
    confidence,
    facility_in_container,
    names_a_country,
    outside_its_container,
    score_candidates,
    supported,
)
from geo.gazetteer.base import Q_DERIVED
from geo.gazetteer.index import Gazetteer, load_gazetteer
from geo.lexicon import (
    CITY_DISTRICT_WORDS, DISTRICT_TYPE_WORDS, DISTRICT_WORDS, FACILITY_WORDS, LOCATIVE_BEFORE, REGION_WORDS,
)
from geo.models import Alternative, DocumentMentions, Mention, PlaceRef
from geo.normalize import Token, tokenize
from geo.recognize import (
    ALTERNATE_QUALITY, DERIVED_QUALITY, FULL_VARIANT_QUALITY, LIST_GAP, NOTABLE_POPULATION, SETTLEMENT_WORDS, Candidate,
    Recognizer, Span, after_a_bearing, demonym_countries,
)
from geo.roles import is_actor
from geo.sources import Source
from geo.text import Line, classify_lines, is_headline_like, split_sentences
from geo.truecase import restore_case

ANCHOR_CONFIDENCE = 0.7
SAME_SPOT_KM = 30
# A city this large, unsure against the region of its name only, tells the article's country (see _resolve).
CONSENSUS_CITY_POPULATION = 500_000


# How far below an unsupported best reading a supported runner-up may score and still be read.
RUNNER_UP_MARGIN = 0.25


class Resolver:
    """Holds the gazetteer and recogniser; :meth:`resolve` turns one text into mentions."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self.recognizer = Recognizer(self.gaz)

    def resolve(self, text: str, *, story: Context | None = None) -> list[Mention]:
        mentions, _ = self._resolve(text, story)
        return mentions

    def anchors(self, text: str) -> Context:
        """Rows and countries this text reads confidently, for the story context of its siblings."""
        _, ctx = self._resolve(text, None)
        return ctx

    # ---------------------------------------------------------------------------------------------------------
    def _resolve(self, text: str, story: Context | None) -> tuple[list[Mention], Context]:
        gaz = self.gaz
        written = text
        tokens = tokenize(text)
        cased = restore_case(text, tokens, gaz, self.recognizer.common)
        if cased is not None:  # a text written without capitals: read with its names' capitals restored
            text, tokens = cased, tokenize(cased)
        lines = classify_lines(text)
        sentences = split_sentences(text, lines)
        titles = [(ln.start, ln.end) for ln in lines if is_headline_like(ln.text)]
        furniture = _furniture_ranges(lines)
        spans = self.recognizer.find(text, {s.start for s in sentences}, tokens, titles, furniture)
        for s in spans:
            s.start -= _dutch_article(text, s.start)
            s.end += _soft_sign(text, s.start, s.end)
            s.end = _quoted_name_end(text, s.start, s.end)
            s.text = written[s.start : s.end]
            s.quoted = _in_quotation_marks(text, s.start, s.end)
        body = [s for s in spans if not _in_ranges(s.start, furniture)]
        _add_short_forms(body, tokens, gaz)
        _add_feature_short_forms(body, tokens, gaz)
        _link_former_names(text, body)
        _link_bracketed_names(text, body)

        ctx = Context(cues=_type_cues(body, gaz),
                      demonym_countries=demonym_countries(tokens, furniture))
        if story is not None:
            ctx.story_rows, ctx.story_countries = story.rows, story.countries
        # Which spans contain which ("Dalton, Georgia"): looked up once per span, used by both passes.
        containers = {id(s): self._container(s, spans, tokens) for s in spans if s.candidates}
        _share_containers(body, containers, gaz)
        # Pass 1: anchors from the body without context; pass 2: score with the anchors of other spans.
        anchor_of: dict[int, int] = {}  # id(span) -> the row it anchors
        # Rows anchored by a bare name, per name: the same name repeated is not independent evidence
        # ("Hamas" three times does not make Hamm, Germany, a place of the article).
        plain_by_key: dict[str, Counter[int]] = {}
        plain_spans: set[int] = set()  # id(span) of those bare anchors
        unsure: dict[str, list[Span]] = {}  # bare names read without confidence, by key

        # Rows anchored per bare name, typed forms included ("Kanal district" ... "Kanal"): a name and its typed form
        # are one witness of the country they lie in.
        by_base_name: dict[str, Counter[int]] = {}

        def anchor(s: Span, row: int) -> None:
            anchor_of[id(s)] = row
            by_base_name.setdefault(_base_name(s), Counter())[row] += 1
            # (a type word that says only "a town" or "its town's facility" picks no namesake: "the city of
            # Springfield", "Springfield-Branson National Airport" are bare repeats too)
            # (a comma before another name is evidence only where that name contains the reading: "Sion, Kurla
            # and Dharavi" does not make Kurla a second, independent witness of Korla, in Xinjiang)
            held = containers[id(s)] and any(c.row == row and feature_containment(
                gaz, s, c, ctx, containers[id(s)])[0] > 0 for c in s.candidates)
            if s.host_key or not ((s.cue and s.cue not in ("city", "facility")) or held):
                # (a district read as its city repeats the city's name: "the Primorsky district of Odessa")
                plain_by_key.setdefault(s.host_key or s.key, Counter())[row] += 1
                plain_spans.add(id(s))
            ctx.rows.add(row)
            ctx.countries.add(gaz.rows[row][5])
            if (region := _town_region(gaz, row)) is not None:
                # (the first pass reads the regions of the towns anchored so far, as the second reads all: "Canton"
                # after Youngstown, Boardman and Warren is Ohio's, though "New Castle, Pa." names Pennsylvania)
                ctx.regions.add(region)
            ctx.near_points = ctx.region_counts = ctx.country_towns = ctx.area_regions = None  # (stale memos)
            ctx.region_towns = {}

        sole: set[int] = set()  # rows anchored by a name no other place has
        country_of: dict[int, str] = {}  # id(span) -> the country of a span unsure of its place but not its country
        for s in body:
            if not s.candidates or s.ordinary_words:
                continue  # (a name of everyday words is read only where its region is named: it anchors nothing)
            if s.match == "fuzzy":
                # A stretched spelling sets the context only when it is the same name after folding and the
                # text says what it is ("the province Ryangan-do"): then its towns may follow.
                sc = score_candidates(gaz, s, ctx, containers[id(s)], limit=2)
                best = sc[0].candidate
                if best.quality < FULL_VARIANT_QUALITY or s.cue != gaz.rows[best.row][2] or (
                        len(sc) > 1 and sc[1].score >= sc[0].score - 0.3):
                    continue
                row = best.row
            elif len(s.candidates) == 1:  # one reading: an anchor without scoring
                row = s.candidates[0].row
                sole.add(row)
            elif (own_name := _one_own_name(gaz, s)) is not None:  # one own name among derived spellings: the same
                row = own_name
            else:
                sc = score_candidates(gaz, s, ctx, containers[id(s)], limit=3)
                # (a runner-up at the same spot is the same place: Hamburg the city and the city-state)
                rivals = [c for c in sc[1:] if not _same_spot(gaz, sc[0].candidate.row, c.candidate.row)]
                if confidence(sc[0], rivals[0] if rivals else None) < ANCHOR_CONFIDENCE:
                    if not (s.cue or containers[id(s)]):
                        unsure.setdefault(s.key, []).append(s)
                    # (unsure between a great city and the region of its name, but every reading lies in one
                    # country: "Kharkov, Zaporozhye and Dnepropetrovsk" tell a story of Ukraine before any is read)
                    top = gaz.rows[sc[0].candidate.row]
                    country = top[5]
                    if country and sc[0].candidate.quality >= ALTERNATE_QUALITY and (
                            top[2] == "region" or top[8] >= CONSENSUS_CITY_POPULATION) and all(
                            gaz.rows[c.row][5] == country for c in s.candidates):
                        ctx.countries.add(country)
                        country_of[id(s)] = country
                    continue
                row = sc[0].candidate.row
            anchor(s, row)
        # Names still unsure between namesakes take the readings that lie together (Boston, Lincoln, Spalding).
        anchored_keys = {s.key for s in body if id(s) in anchor_of}
        pending = {k: (v[0], containers[id(v[0])]) for k, v in unsure.items() if k not in anchored_keys}
        for key, row in clustered_readings(gaz, pending, ctx).items():
            for s in unsure[key]:
                anchor(s, row)
        # (and, among the rest, a region and a town inside it: "Alexandria" and "Virginia")
        anchored_keys = {s.key for s in body if id(s) in anchor_of}
        pending = {k: v for k, v in pending.items() if k not in anchored_keys}
        for key, row in contained_readings(gaz, pending, ctx).items():
            for s in unsure[key]:
                anchor(s, row)
        anchor_count = Counter(anchor_of.values())
        ctx.countries.discard(None)
        _mark_list_kinds(text, body, anchor_of, gaz)

        # The rows each name is anchored to somewhere in the article.
        rows_by_key: dict[str, set[int]] = {}
        for o in body:
            if id(o) in anchor_of:
                rows_by_key.setdefault(o.key, set()).add(anchor_of[id(o)])
        spelled_out = _spelled_out(body)
        # The rows of names the text writes with a type word ("Jinan County"), for their bare repeats.
        typed_rows: dict[str, set[int]] = {}
        for o in body:
            if (id(o) in anchor_of and o.last > o.first and tokens[o.last].key in DISTRICT_WORDS
                    and gaz.rows[anchor_of[id(o)]][2] in ("city", "district")):
                # (a county or district read as its seat; "Kursk region" ... "Kursk" is the type cues' business)
                name = " ".join(t.key for t in tokens[o.first : o.last])
                typed_rows.setdefault(name, set()).add(anchor_of[id(o)])
        line_of, headings = _headings(lines, body)
        mentions: list[Mention] = []
        by_sentence = _sentence_index(sentences)
        # (the regions that open their sentence as its setting: "In the neighbouring Zaporozhye region, ...")
        openers = [o for o in body if id(o) in anchor_of and text.startswith(",", o.end)
                   and _OPENING_SETTING.fullmatch(text, by_sentence(o.start)[0], o.start)]
        for s in spans:
            boiler = _in_ranges(s.start, furniture)
            if not s.candidates:
                mentions.append(_unresolved(s, boiler, s.cue_reason or "unresolved"))
                continue
            container = containers[id(s)]
            # The context of the *other* spans: this span's own anchor and the bare repeats of its name do not
            # count, the same place named otherwise does ("Athens, Ga." ... "Georgia").
            mine = anchor_of.get(id(s))
            plain = plain_by_key.get(s.host_key or s.key, {})
            mine_counted = mine is not None and id(s) not in plain_spans  # else it is among the bare repeats
            own = {r for r, k in anchor_count.items() if k - plain.get(r, 0) - (mine_counted and r == mine) > 0}
            # The countries of the *other* anchors: a span never supports itself, nor does its name with a type word
            # ("Kanal district" makes Slovenia no country of a Donbas story for "Kanal").
            same = by_base_name.get(_base_name(s), {})
            witnesses = {r for r in own if anchor_count[r] - same.get(r, 0) > 0}
            countries = ({gaz.rows[r][5] for r in witnesses}
                         | {c for k, c in country_of.items() if k != id(s)}) - {None}
            # (a capital names its government as often as its streets: Warsaw does not make a Masovian village of
            # the Słubice on the German border)
            regions = {_town_region(gaz, r) for r in own} - {None}
            lo, hi = by_sentence(s.start)
            # (named earlier in the span's sentence; a repeat of a name anchored elsewhere counts as that anchor:
            # "chose Georgia because of ... the Port of Savannah")
            sentence_rows = {r for o in body if lo <= o.start < s.start
                             for r in ((anchor_of[id(o)],) if id(o) in anchor_of else rows_by_key.get(o.key, ()))} & own
            # (a region heading the paragraph counts as named in its sentence: "Maine" above "Portland: ...")
            sentence_rows |= {anchor_of[id(o)] for o in headings.get(line_of(s.start), ())
                              if id(o) in anchor_of} & own
            # (of those, the one that opens the sentence as its setting: "In the neighbouring Zaporozhye region, ...
            # shelled Vasilyevka")
            opening_rows = {anchor_of[id(o)] for o in openers if lo <= o.start < s.start} & sentence_rows
            local = Context(rows=own, countries=countries, regions=regions, story_rows=ctx.story_rows,
                            story_countries=ctx.story_countries, cues=ctx.cues,
                            demonym_countries=ctx.demonym_countries, sentence_rows=sentence_rows,
                            opening_rows=opening_rows,
                            implied_regions=_implied_regions(gaz, own & sole, own), spelled_out=spelled_out,
                            typed_rows=typed_rows)
            scored = score_candidates(gaz, s, local, container, limit=4)
            best = scored[0]
            elsewhere = (outside_its_container(gaz, best.candidate, container)
                         if _placed_in_a_typed_region(s, tokens) else None)
            if elsewhere is not None:
                facility = facility_in_container(gaz, s, container)
                if facility is None:
                    # "Marinovka in the Volgograd region" is no Marynivka of Ukraine: the text says where it is
                    mentions.append(_unresolved(s, boiler, f"the text places it in {elsewhere}, where none of its "
                                                           "readings lies"))
                    continue
                best = Scored(Candidate(facility, 1.0, "a short form of its name"), best.score,
                              [f"the {gaz.rows[facility][1]}, in {elsewhere} where the text places it"])
                scored = [best] + [c for c in scored if c.candidate.row != facility]
            stretched = s.match == "fuzzy" or best.candidate.how.startswith(FUZZY_HOW)
            if not supported(gaz, s, best, local, container):
                # The best variant reading has nothing in the text for it; a close runner-up that has is read
                # instead ("Yeongbyeon" after "North Korean state media": Yongbyon, not the island Yeonpyeong).
                # (an unsupported exact namesake gives way only to a place curated by the name: "the Soviet advance
                # into Korea" is the peninsula, not Koréa, a village of Côte d'Ivoire)
                backed = next((c for c in scored[1:] if c.score >= best.score - RUNNER_UP_MARGIN
                               and (stretched or gaz.rows[c.candidate.row][12] == "curated")
                               and supported(gaz, s, c, local, container)), None)
                if backed is not None:
                    scored = [backed] + [c for c in scored if c is not backed]
                    best = backed
            if not supported(gaz, s, best, local, container):
                prev = tokens[s.first - 1] if s.first > 0 else None
                if s.match == "fuzzy" and prev is not None and prev.key in LOCATIVE_BEFORE:
                    # "near Zzyzxovka": a place by its context; its nearest spelling elsewhere is no reading
                    mentions.append(_unresolved(
                        s, boiler, f"capitalised name after '{prev.surface}' matches no gazetteer entry "
                                   f"(the variant reading {gaz.rows[best.candidate.row][1]} has no support)"))
                continue
            capital = next((c for c in scored[1:] if c.candidate.quality >= 1.0 and gaz.rows[c.candidate.row][11]
                            and gaz.rows[c.candidate.row][2] == "city"), None)
            if (capital is not None and not gaz.rows[best.candidate.row][11]
                    and gaz.rows[best.candidate.row][8] < ALTERNATE_MIN_POPULATION
                    and not any(r >= 0 for r in container) and self._actor_reason(s, tokens, by_sentence)):
                # "Washington voices concern": a capital's own name in an actor's place is its government, not a
                # small town of that name in a state the article names (a city of some size keeps its reading:
                # "leaders in Atlanta, Rome and Athens backed the plan")
                passed_over = best
                scored = [capital] + [c for c in scored if c is not capital]
                best = capital
            else:
                passed_over = None
            runner = scored[1] if len(scored) > 1 else None
            if runner is not None and _tied_districts(gaz, best, runner):
                # "Jung-gu" with no city named, "Middlesex County" with no state: a district of several cities or
                # regions, none of them the text's
                hosts = ", ".join(gaz.rows[gaz.by_id[gaz.rows[c.candidate.row][6]]][1] for c in (best, runner))
                mentions.append(_unresolved(
                    s, boiler, f"a district's name in several places ({hosts}), and the text names none of them"))
                continue
            if s.context_only:
                continue  # ("the U.S. Navy": the country counts for the article's context, but is not named)
            place = gaz.place(best.candidate.row)
            role, role_why = "place", None
            if place.capital and place.kind == "city":
                role_why = self._actor_reason(s, tokens, by_sentence)
                role = "actor" if role_why else "place"
            reason = "; ".join(best.reasons) or "only candidate"
            town = along_course(gaz, best.candidate.row, local)
            if town is not None:
                # a river is pinned where the story meets it, at the town on its course nearest the article's
                # places (that town's own point), not at its mouth
                place = place.model_copy(update={"lat": gaz.rows[town][3], "lon": gaz.rows[town][4]})
                reason += f"; pinned at {gaz.rows[town][1]}, on its course nearest the article's places"
            if s.cue == "facility" and place.kind == "city":
                # "the Zmiiv plant", "Kaniv HPP": no entry of its own, the facility stands at its town's point
                reason += f"; {s.cue_reason}: a facility named after its town, pinned at the town"
            if role_why:
                reason += f"; actor: {role_why}"
            if passed_over is not None:
                row = gaz.rows[passed_over.candidate.row]
                reason += f"; an actor's capital, not {row[1]} ({row[2]}, {row[5]}), which scored higher as a place"
            elif runner:
                reason += f"; beat {gaz.rows[runner.candidate.row][1]} ({gaz.rows[runner.candidate.row][2]}, "\
                          f"{gaz.rows[runner.candidate.row][5]}) by {best.score - runner.score:.2f}"
            alternatives = [
                Alternative(id=gaz.rows[a.candidate.row][0], name=gaz.rows[a.candidate.row][1],
                            kind=gaz.rows[a.candidate.row][2], country=gaz.rows[a.candidate.row][5],
                            score=round(a.score, 3), reason="; ".join(a.reasons) or a.candidate.how)
                for a in scored[1:4]
            ]
            mentions.append(Mention(
                text=s.text, start=s.start, end=s.end, place=PlaceRef.of(place),
                confidence=confidence(best, runner), role=role, boilerplate=boiler,
                match="fuzzy" if best.candidate.how.startswith(FUZZY_HOW) else (
                    s.match if s.match != "exact" or best.candidate.quality >= 0.9 else "variant"),
                reason=reason, alternatives=alternatives,
            ))
        return mentions, ctx

    def _container(self, span: Span, spans: list[Span], tokens: list[Token]) -> set[int]:
        """Candidate rows of a span linked to this one by a comma: the one right after ("Dalton, Georgia"),
        as rows, and the one right before, as ``-row - 1`` (see :func:`geo.disambiguate.feature_containment`);
        in ``near``, those of a place the text places it from ("Vostochny, east of Nakhodka")."""
        rows = Containers()
        rows.near = self._placed_from(span, spans, tokens)
        nxt = span.last + 1
        # (two countries' own names are a list: "Canada, Mexico pledge coordination" is no La Cañada in Mexico;
        # "MEXICO, Mo." is the Missouri town)
        described = _described_as_a_town_in(tokens, nxt)
        if described is None and nxt < len(tokens) and tokens[nxt].gap.strip() == "," and tokens[nxt].key != "in":
            for other in spans:
                if other.first == nxt and not _abbreviation_before_a_word(other, tokens, self.gaz) and not (
                        names_a_country(self.gaz, span) and names_a_country(self.gaz, other)) and not (
                        _middle_of_a_series(other, spans, tokens) and not names_a_country(self.gaz, other)):
                    rows |= {c.row for c in other.candidates}
        elif described is not None or (
                nxt + 1 < len(tokens) and tokens[nxt].key == "in" and tokens[nxt].gap in (" ", ", ")):
            # "the cosmodrome Vostochny in Amur region", "Trujillo, in Colón department", "Lexington in Henderson
            # County", "Slavyansk in Donbass": a region, a country, or a district or area stored as a circle right
            # after "in" contains it ("the city of Donetsk in the Rostov region": after "in the", a region it says
            # is one); so after an apposition that says what the place is ("Zolochiv, a small town in the Lviv
            # region")
            if described is not None:
                nxt = described
            for other in spans:
                if other.first == nxt + 1 or (other.first == nxt + 2 and tokens[nxt + 1].key == "the"
                                              and other.cue == "region"):
                    inner = next((o for o in spans if o.first == other.last + 1), None)
                    if tokens[other.last].possessive and inner is not None:
                        other = inner  # "Ji'an in China's Jilin Province": the province, not all of China
                    rows |= {c.row for c in other.candidates if self.gaz.rows[c.row][2] in ("region", "country")
                             or (self.gaz.rows[c.row][2] in ("district", "area")
                                 and self.gaz.rows[c.row][10] is not None)}
        elif (nxt + 1 < len(tokens) and tokens[nxt].key == "of" and tokens[nxt].gap == " "
              and (span.cue == "district" or tokens[span.last].key in DISTRICT_TYPE_WORDS)):
            # "the Shevchenkivskyi district of Zaporizhzhia": the city after "of" contains the district
            for other in spans:
                if other.first == nxt + 1:
                    rows |= {c.row for c in other.candidates if self.gaz.rows[c.row][2] == "city"}
        if span.first > 0 and tokens[span.first].gap.strip() == ",":
            series = _middle_of_a_series(span, spans, tokens) and not names_a_country(self.gaz, span)
            for other in ([] if _abbreviation_before_a_word(span, tokens, self.gaz) or series else spans):
                if other.last == span.first - 1 and not (
                        names_a_country(self.gaz, span) and names_a_country(self.gaz, other)):
                    rows |= {-c.row - 1 for c in other.candidates}
        elif span.first > 1 and tokens[span.first - 1].key == "in" and tokens[span.first].gap == " " and (
                tokens[span.first - 1].gap in (" ", ", ")):
            # "Boring in Oregon": the place before "in" lies in one reading of this one (the state, not Oregon,
            # Ohio); kept only where it does ("Harat in Dari" names a language)
            mine = {c.row for c in span.candidates}
            for other in spans:
                if other.last == span.first - 2:
                    rows |= {-c.row - 1 for c in other.candidates if mine & set(self.gaz.ancestors(c.row))}
        elif span.first > 0 and tokens[span.first - 1].possessive and tokens[span.first].gap == " ":
            # "Azerbaijan's Kazakh district", "Ukraine's Odesa": a country or region in the possessive contains it
            for other in spans:
                if other.last == span.first - 1:
                    rows |= {c.row for c in other.candidates if self.gaz.rows[c.row][2] in ("region", "country")}
        return rows

    def _placed_from(self, span: Span, spans: list[Span], tokens: list[Token]) -> frozenset[int]:
        """Candidate rows of Y in "X, (30 km) east of Y", "X near Y", "X, on the Asian side of Y" (empty when the
        text says no such thing)."""
        j = span.last + 1
        n = len(tokens)
        if j < n and tokens[j].key in ("near", "outside"):
            k = j  # "Kurakhove near Pokrovsk"
        elif j + 1 < n and tokens[j].key == "on" and tokens[j + 1].key == "the":
            # "Tuzla, on the Asian side of Istanbul", "on the outskirts of Kharkiv"
            k = next((i + 1 for i in range(j + 2, min(n - 1, j + 5)) if tokens[i].key in _SIDE_WORDS
                      and tokens[i + 1].key == "of"), n)
        else:
            k = after_a_bearing(tokens, j)  # ("Marks, about 60 km north-east of Saratov")
            if k == j or k + 1 >= n or tokens[k].key != "of":
                return frozenset()
        other = next((o for o in spans if o.first == k + 1), None)
        if other is None:
            return frozenset()
        return frozenset(c.row for c in other.candidates
                         if self.gaz.rows[c.row][2] in TOWN_KINDS)

    def _actor_reason(self, span: Span, tokens: list[Token], by_sentence) -> str | None:
        """Why a capital's mention stands for its government ("Moscow denied"), from its sentence, or None."""
        lo, hi = by_sentence(span.start)
        before = [t for t in tokens[: span.first] if t.start >= lo][-4:]
        after = [t for t in tokens[span.last + 1 :] if t.end <= hi][:ACTOR_WINDOW]
        possessive = tokens[span.last].possessive
        return is_actor(after, before, possessive)


_SIDE_WORDS = frozenset({"side", "outskirts", "edge", "bank", "shore", "coast", "fringes"})
# How many tokens after a capital's name are read for its verb (past a short relative clause: "Washington, which
# supported the earlier consortium, said").
ACTOR_WINDOW = 12
# A bare name is the facility the article names in full ("Vostochny Port" ... "Vostochny") unless one of its own
# readings lies this near the facility (then the town that hosts it is read: "Rajin port" ... "Rajin").
SHORT_FORM_HOST_KM = 50.0
# Sites a bare name may stand for, without their type word, when none of the name's own readings is near them.
SHORT_NAME_WORDS = ("port", "cosmodrome", "spaceport")
SHORT_NAME_QUALITY = 0.9


# Two districts of one name in different cities tied in score: nothing in the text has said which.
TIED_DISTRICTS_MARGIN = 0.005


def _placed_in_a_typed_region(span: Span, tokens: list[Token]) -> bool:
    """The span is followed by "in [the] <Name> region" (oblast, province, krai ...): the text says where it is."""
    k = span.last + 1
    if k >= len(tokens) or tokens[k].key != "in" or tokens[k].gap != " ":
        return False
    k += 1
    if k < len(tokens) and tokens[k].key == "the":
        k += 1
    for j in range(k, min(k + 4, len(tokens))):
        if tokens[j].gap.strip() or tokens[j].possessive:
            return False  # (a comma or a bracket ends the phrase; "in North Korea's Gangwon Province" names two)
        if j > k and tokens[j].key in REGION_WORDS:
            return True
        if not tokens[j].is_capitalised:
            return False
    return False


def _tied_districts(gaz: Gazetteer, best: Scored, runner: Scored) -> bool:
    """The two best readings are districts of two different cities or regions, tied (a county the text places
    keeps its reading: "Walton County" in a story of Georgia)."""
    a, b = gaz.rows[best.candidate.row], gaz.rows[runner.candidate.row]
    return (best.score - runner.score < TIED_DISTRICTS_MARGIN and a[2] == b[2] == "district" and a[6] != b[6]
            and all(r[6] in gaz.by_id and gaz.rows[gaz.by_id[r[6]]][2] in ("city", "region") for r in (a, b)))


def _unresolved(span: Span, boilerplate: bool, reason: str) -> Mention:
    """A mention of a place the text names but no reading fits, with why."""
    return Mention(text=span.text, start=span.start, end=span.end, place=None, confidence=0.3, role="place",
                   boilerplate=boilerplate, match="unresolved", reason=reason)


def _spelled_out(body: list[Span]) -> frozenset[tuple[str, int]]:
    """(key, row) for each name in ``body`` that reaches a place another name of the body gives as its own name
    ("Firenze" where the article also writes "Florence")."""
    own_keys: dict[int, set[str]] = {}
    for s in body:
        if s.match != "fuzzy":
            for c in s.candidates:
                if c.quality >= 1.0:
                    own_keys.setdefault(c.row, set()).add(s.key)
    return frozenset((s.key, c.row) for s in body if s.match != "fuzzy" for c in s.candidates
                     if c.quality < 1.0 and own_keys.get(c.row, set()) - {s.key})


def _town_region(gaz: Gazetteer, row: int) -> str | None:
    """The first-level region a town, facility or district of the article makes one of its regions (not a
    capital's: a capital names its government as often as its streets)."""
    r = gaz.rows[row]
    return r[7] if r[2] in ("city", "facility", "district") and not r[11] else None


def _implied_regions(gaz: Gazetteer, sole: set[int], named: set[int]) -> frozenset[str]:
    """First-level regions not among ``named`` that hold IMPLIED_REGION_PLACES or more of them, two at least of
    the ``sole`` rows (places whose names no other place has: the first readings of the others may be wrong and
    would otherwise vouch for one another)."""
    counts = Counter(gaz.rows[r][7] for r in named if gaz.rows[r][7] and gaz.rows[r][2] != "region")
    sure = Counter(gaz.rows[r][7] for r in sole if gaz.rows[r][7] and gaz.rows[r][2] != "region")
    return frozenset(region for region, n in counts.items()
                     if n >= IMPLIED_REGION_PLACES and sure[region] >= 2 and gaz.by_id.get(region) not in named)


def _headings(lines: list[Line], body: list[Span]) -> tuple[Callable[[int], int], dict[int, list[Span]]]:
    """(line_of, headings): the index of the non-blank line holding an offset, and for each such line the spans
    that make up the whole of the line just above it (a heading: "Maine" above "Portland: City councilors ..."), or
    that label the line itself ("Kharkiv: The city remains without power ...")."""
    nonblank = [ln for ln in lines if ln.text.strip()]
    starts = [ln.start for ln in nonblank]

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    headings: dict[int, list[Span]] = {}
    for o in body:
        k = line_of(o.start)
        if 0 <= k < len(nonblank) and nonblank[k].text.strip() == o.text:
            headings.setdefault(k + 1, []).append(o)
        elif 0 <= k < len(nonblank) and nonblank[k].text.lstrip().startswith(o.text + ":"):
            # a paragraph's label heads the paragraph too ("Kharkiv: ... the missile that hit the Kyivskyi district")
            headings.setdefault(k, []).append(o)
    return line_of, headings


def _add_short_forms(body: list[Span], tokens: list[Token], gaz: Gazetteer) -> None:
    """Give a bare name, as a candidate of its own, the curated facility the article names by that name and a
    facility word ("Vostochny Port", then "Vostochny"; "the cosmodrome Vostochny"; "the port of Vostochny"), or
    else the port or cosmodrome the gazetteer knows by that name and a type word (at a lower quality); never
    when one of the name's own readings lies within SHORT_FORM_HOST_KM of it (the town that hosts it)."""
    def site(r: int, kinds: tuple[str, ...] = ("facility", "crossing")) -> bool:
        return gaz.rows[r][2] in kinds and gaz.rows[r][12] == "curated"

    # the bare name's key -> (facility row, how it was found, the cue phrase when "<word> of" cued it as a town,
    # the facility word)
    facilities: dict[str, tuple[int, str, str | None, str]] = {}
    for s in body:
        if s.last > s.first and tokens[s.last].key in FACILITY_WORDS:
            row = next((c.row for c in s.candidates if c.quality >= 1.0 and site(c.row)), None)
            if row is not None:
                head = " ".join(t.key for t in tokens[s.first:s.last])
                facilities.setdefault(head, (row, f"a short form of '{s.text}', named in the article", None,
                                             tokens[s.last].key))
    here: dict[int, tuple[int, str, str | None, str]] = {}  # id(span) -> the site its own facility word names
    for s in body:
        # "the cosmodrome Vostochny", "the coal port of Vostochny": the facility word before the name, where the
        # gazetteer knows the facility by its name and that word ("Vostochny Cosmodrome", "Vostochny Port"); it
        # names the site here even where the article names another site of that name elsewhere ("the commercial
        # port of Vostochny" in a story that also names the Vostochny Cosmodrome)
        if s.first < 2:
            continue
        of = tokens[s.first - 1].key == "of"
        k = s.first - 2 if of else s.first - 1
        if k < 0 or tokens[k].is_capitalised or not (of or tokens[k - 1].key == "the"):
            continue
        word = tokens[k].key
        if word in FACILITY_WORDS:
            row = next((r for r, q in gaz.lookup(f"{s.key} {word}") if q != Q_DERIVED and site(r)), None)
            if row is not None:
                phrase = f"'{word} of {s.text}'" if of else f"'the {word} {s.text}'"
                here[id(s)] = (row, f"{phrase} names {gaz.rows[row][1]}", phrase if of else None, word)
                facilities.setdefault(s.key, here[id(s)])
    for s in body:
        found = here.get(id(s)) or facilities.get(s.key)
        cue_phrase = None
        options = []
        if found is not None and (s.first == s.last or tokens[s.last].key == found[3]):
            # (the bare name, or the name with the same word: "Kumamoto University" is no short form of
            # "Kumamoto Airport")
            row, how, cue_phrase, _ = found
            options = [(row, 1.0, how)]
        if s.candidates and s.first == s.last and not s.cue:
            # a bare name that the gazetteer knows as a site's short name ("Vostochny" for Vostochny Port and
            # Vostochny Cosmodrome) may be that site, at a lower quality: the article's places decide (also beside
            # the site it names in full: "ships call at Vostochny, east of Nakhodka" is the port)
            # (a spelling of the name by the same transliteration key too: "Vostochnyi" for Vostochny Port)
            keys = [s.key] + ([k for _, sim, k in gaz.fuzzy(s.key, min_similarity=1.0)] if s.match == "fuzzy" else [])
            for key in dict.fromkeys(keys):
                options += [(r, SHORT_NAME_QUALITY, f"the short name of {gaz.rows[r][1]}")
                            for word in SHORT_NAME_WORDS for r, q in gaz.lookup(f"{key} {word}")
                            if q != Q_DERIVED and site(r, ("facility",)) and all(r != o[0] for o in options)]
        if not options or any(c.quality >= 1.0 and (gaz.rows[c.row][2] == "water" or (
                gaz.rows[c.row][2] == "city" and gaz.rows[c.row][8] >= NOTABLE_POPULATION)) for c in s.candidates):
            # ("the Danube" beside "the Danube Bridge" is the river the bridge is named after, and "Kazan" beside
            # "Kazan station", Moscow's terminus for Kazan, the city)
            continue
        for row, quality, how in options:
            if any(c.row == row for c in s.candidates):
                continue
            if _hosted_by_a_reading(gaz, row, s.candidates):
                continue
            s.candidates.append(Candidate(row, quality, how))
            if s.match == "unresolved":
                s.match = "exact"
            if cue_phrase and s.cue == "city":
                # "the port of Vostochny" is the port, not a town of that name
                s.cue, s.cue_reason = "facility", cue_phrase


def _hosted_by_a_reading(gaz: Gazetteer, row: int, candidates: list[Candidate]) -> bool:
    """One of the name's own readings lies within SHORT_FORM_HOST_KM of the site or feature ``row``: the bare name
    is that reading, the town that hosts it ("Rajin port" ... "Rajin"; Jeju, on Jeju Island)."""
    lat, lon = gaz.rows[row][3], gaz.rows[row][4]
    return any(great_circle((lat, lon), (gaz.rows[c.row][3], gaz.rows[c.row][4])).km <= SHORT_FORM_HOST_KM
               for c in candidates)


# Words with which the article names a natural feature whose bare name it then uses alone ("Mount Hermon" ...
# "the Arabic name for Hermon"; "Scarborough Shoal" ... "Scarborough").
FEATURE_FIRST_WORDS = frozenset({"mount", "mt", "lake", "cape"})
FEATURE_LAST_WORDS = frozenset({"shoal", "reef", "atoll", "island", "islands", "islets", "mountains", "mountain",
                                "peninsula", "desert", "heights", "valley", "gorge", "glacier", "pass", "river"})
FEATURE_KINDS = ("landmark", "area", "water")


def _add_feature_short_forms(body: list[Span], tokens: list[Token], gaz: Gazetteer) -> None:
    """One sense per discourse: a bare name the article has already used in a natural feature's whole name
    ("Mount Hermon", "Scarborough Shoal", "the Matsu Islands") may be that feature, as a candidate of its own,
    unless one of the bare name's own readings lies within SHORT_FORM_HOST_KM of it (Jeju, on Jeju Island) or is
    a large city by its own name."""
    features: dict[str, tuple[int, str]] = {}
    for s in body:
        if s.last == s.first:
            continue
        first, last = tokens[s.first].key, tokens[s.last].key
        if first in FEATURE_FIRST_WORDS:
            head = " ".join(t.key for t in tokens[s.first + 1 : s.last + 1])
        elif last in FEATURE_LAST_WORDS:
            head = " ".join(t.key for t in tokens[s.first : s.last])
        else:
            continue
        row = next((c.row for c in s.candidates if c.quality >= 1.0 and gaz.rows[c.row][2] in FEATURE_KINDS), None)
        if row is not None:
            features.setdefault(head, (row, f"a short form of '{s.text}', named in the article"))
    for s in body:
        found = features.get(s.key)
        if (found is None or s.cue or any(c.row == found[0] and c.quality >= 1.0 for c in s.candidates)
                or s.key != " ".join(t.key for t in tokens[s.first : s.last + 1])):
            continue  # (not "Fraser Coast", a feature word of its own after the name)
        row, how = found
        if any(c.quality >= 1.0 and gaz.rows[c.row][2] in ("country", "region") for c in s.candidates):
            continue  # (not "Chad" after "Lake Chad", nor "Amur" after "the Amur River": a country's or region's
            # own name is that country or region)
        others = [c for c in s.candidates if c.row != row]
        if _hosted_by_a_reading(gaz, row, others) or any(
                gaz.rows[c.row][2] == "city" and c.quality >= 1.0
                and gaz.rows[c.row][8] >= CITY_NAMING_REGION_POPULATION for c in others):
            continue  # (nor "Winnipeg" after "Lake Winnipeg": the city of 700,000 by its own name)
        # (an alternate name of the feature is read as its short form: "Hermon", also Mount Hermon's other name)
        s.candidates[:] = [*others, Candidate(row, 1.0, how)]
        if s.match == "unresolved":
            s.match = "exact"


# Between a place's name and another name of it: "Pokrov, the town that was called Ordzhonikidze until 2016",
# "Dnipro (formerly Dnepropetrovsk)", "Kōnan, today's Hungnam", "Alma-Ata, now Almaty", "Sloviansk, which Russian
# media call Slavyansk", "Krasnoarmeysk — the Soviet name that Russia still uses for Pokrovsk".
_FORMER_NAME_CUE = re.compile(r"\b(?:formerly|former|previously|once|called|calls?|named|renamed|known as|names?|"
                              r"known (?:until|till|before) (?:\d{4} )?as|"  # ("which was known until 2015 as")
                              r"now|today'?s?|today’s|present-day|modern-day)\b", re.IGNORECASE)
FORMER_NAME_GAP = 90  # characters
# The words before a region that opens its sentence as the setting of what follows ("In the Lugansk region, ...",
# "In the neighbouring Zaporozhye region, ...").
_OPENING_SETTING = re.compile(r"\s*In (?:the )?(?:[a-z]+ )?")
# The start of a sentence that gives the place just named another name by a pronoun ("From 1964 to 1991 it was
# called ", "The city was renamed ").
_PRONOUN_NAMED = re.compile(r"[^.!?;]*?\b(?:it|the (?:city|town|port|village))\s+(?:was|is|had been|has been)\s+"
                            r"(?:\w+\s+)?(?:called|named|renamed|known as)\s*", re.IGNORECASE)
_OTHER_PLACE_CUE = re.compile(r"\b(?:confused|unlike|rather than|or with|not the|dozens|many)\b", re.IGNORECASE)


_QUOTES_OPEN = "'‘"


_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "'": "'", "‘": "’"}


def _in_quotation_marks(text: str, start: int, end: int) -> bool:
    """The name is all that stands between quotation marks ('"Seversk"', '“Krasny Liman.”')."""
    after = text[end : end + 2]
    return start > 0 and text[start - 1] in "\"“«„" and (after[:1] in "\"”»“" or (
        after[:1] in ".," and after[1:2] in "\"”»“"))


def _quoted_name_end(text: str, start: int, end: int) -> int:
    """Where a name in quotes ends when type words after the closing quote were read with it: the mention of
    'the "Renson" machine-building complex' is "Renson" (the type words still cue it), not 'Renson" machine-building
    complex'."""
    close = _QUOTE_PAIRS.get(text[start - 1 : start]) if start > 0 else None
    if close is None:
        return end
    k = text.find(close, start, end)
    return k if k > start else end


def _soft_sign(text: str, start: int, end: int) -> int:
    """1 when the name is followed by an apostrophe that is a transliterated soft sign ("the city of Syzran'",
    "Kazan'"): after a consonant other than s, before a space or punctuation, and with no single quote opened
    before it in its sentence (He called it 'the Kursk' operation: a quotation); else 0."""
    if end >= len(text) or text[end] not in "'’" or (end + 1 < len(text) and text[end + 1].isalnum()):
        return 0
    last = text[end - 1].lower()
    if not last.isalpha() or last in "aeiouys":
        return 0
    sentence_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    before = text[sentence_start:start]
    opened = any(c in _QUOTES_OPEN and (i == 0 or not before[i - 1].isalnum()) and i + 1 < len(before)
                 and before[i + 1].isalpha() for i, c in enumerate(before))
    return 0 if opened or (start > 0 and text[start - 1] in _QUOTES_OPEN) else 1


def _type_cues(body: list[Span], gaz: Gazetteer) -> dict[str, str]:
    """Span key -> the kind a type word gives it, for one sense per discourse: from the type words read around
    names ("Kursk region"), and from a region's whole name that ends in one ("Ishikawa Prefecture", then "the
    coasts of Ishikawa, Toyama and Niigata": the prefecture, not the town of Ishikawa in Okinawa)."""
    cues = {s.key: s.cue for s in body if s.cue and s.match != "unresolved"}
    for s in body:
        name, _, word = s.key.rpartition(" ")
        if (name and word in REGION_WORDS and not s.cue and s.match != "unresolved" and name not in cues
                and any(c.quality >= 1.0 and gaz.rows[c.row][2] == "region" for c in s.candidates)):
            cues[name] = "region"
    # (not to a country's own name: "Niger State" leaves "after Niger withdrew its troops" the country)
    countries = {s.key for s in body if names_a_country(gaz, s)}
    return {k: v for k, v in cues.items() if not (v == "region" and k in countries)}


def _dutch_article(text: str, start: int) -> int:
    """3 when the Dutch article "'s-" stands before the name ("'s-Hertogenbosch", "'s-Gravenhage"): it is part of
    the name; else 0."""
    if start >= 3 and text[start - 3 : start] in ("'s-", "’s-") and (start == 3 or not text[start - 4].isalnum()):
        return 3
    return 0


def _link_former_names(text: str, body: list[Span]) -> None:
    """A name given as another name of the place just named takes the readings the two names share: "Pokrov, the
    town that was called Ordzhonikidze" is Pokrov, not the Ordzhonikidze that Yenakiieve or Vladikavkaz once was."""
    for k, s in enumerate(body):
        # (the name just before, or the one before that: "Sloviansk in Donetsk Oblast, which Russian media also
        # call Slavyansk")
        for prev in body[max(0, k - 2):k][::-1]:
            gap = text[prev.end:s.start]
            if len(gap) > FORMER_NAME_GAP or not _FORMER_NAME_CUE.search(gap) or (
                    re.search(r"[.!?;]\s", gap) and not _PRONOUN_NAMED.fullmatch(re.split(r"[.!?;]\s", gap)[-1])) or (
                    _OTHER_PLACE_CUE.search(gap)):
                # (across a full stop only where the next sentence names the place by a pronoun: "has not always
                # been Aktau. From 1964 to 1991 it was called Shevchenko")
                continue  # (not "Mykolaiv, the port city, or the dozens of villages called Mykolaivka")
            shared = {c.row for c in prev.candidates} & {c.row for c in s.candidates}
            if shared:
                for span in (prev, s):
                    span.candidates[:] = [c for c in span.candidates if c.row in shared]
                break


# "Hyesan (Huishan in Chinese)", "Kharkiv (Charkiw in German)": the name in brackets is the place's in a language.
_IN_A_LANGUAGE = re.compile(r"\s*(?:,\s*)?in\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\)")


def _link_bracketed_names(text: str, body: list[Span]) -> None:
    """A name in brackets after a place's, said to be that place's in a language ("Hyesan (Huishan in Chinese)"),
    takes the place's readings, whatever the gazetteer gives the name alone (Huishan, Hainan)."""
    for prev, s in zip(body, body[1:]):
        if prev.candidates and re.fullmatch(r"\s*\(\s*", text[prev.end:s.start]) and _IN_A_LANGUAGE.match(text, s.end):
            how = f"named in brackets as {prev.text}'s name in a language"
            s.candidates[:] = [Candidate(c.row, c.quality, how) for c in prev.candidates]
            s.cue, s.cue_reason = prev.cue, prev.cue_reason
            if s.match == "unresolved":
                s.match = "variant"


def _same_spot(gaz: Gazetteer, a: int, b: int) -> bool:
    """Two readings of one name whose points lie within SAME_SPOT_KM: a city and the region named after it."""
    ra, rb = gaz.rows[a], gaz.rows[b]
    return ra[5] == rb[5] and great_circle((ra[3], ra[4]), (rb[3], rb[4])).km <= SAME_SPOT_KM


def _abbreviation_before_a_word(span: Span, tokens: list[Token], gaz: Gazetteer) -> bool:
    """A country's abbreviation describing the word after it or naming an institution ("the Arabic name for Hermon,
    US officials said", "Seoul, U.S. Forces Korea said"): no container of the name before its comma (a state's is:
    "Paris, TX confirmed")."""
    j = span.last + 1
    return bool(span.context_only) or (
        span.first == span.last and tokens[span.first].is_upper and len(tokens[span.first].key) <= 3
        and j < len(tokens) and tokens[j].gap == " " and tokens[j].surface[:1].islower()
        and any(gaz.rows[c.row][2] == "country" for c in span.candidates))


# Nouns of an apposition that says what a place is ("Zolochiv, a small town in the Lviv region").
_TOWN_NOUNS = SETTLEMENT_WORDS | {"port", "municipality", "district", "resort"}


def _described_as_a_town_in(tokens: list[Token], j: int) -> int | None:
    """The index of "in" in an apposition right after a name that says it is a town and where ("Zolochiv, a small
    town in the Lviv region", "Sudzha, a border town in Kursk", "Tokmak, the town of about 60,000 people in Chuy
    region"), or None."""
    n = len(tokens)
    if j + 2 >= n or tokens[j].gap.strip() != "," or tokens[j].key not in ("a", "an", "the"):
        return None
    for k in range(j + 1, min(j + 5, n - 1)):
        if tokens[k].is_capitalised or tokens[k].gap.strip() not in ("", "-"):
            return None
        if tokens[k].key in _TOWN_NOUNS:
            m = k + 1
            if tokens[m].key == "of":  # (its size between: "of about 60,000 people")
                m += 1
                while (m < min(n, k + 8) and tokens[m].key != "in" and not tokens[m].is_capitalised
                       and tokens[m].gap.strip() in ("", ",")):
                    m += 1
            return m if m < n and tokens[m].key == "in" and tokens[m].gap == " " else None
    return None


def _one_own_name(gaz: Gazetteer, s: Span) -> int | None:
    """The row of the one place whose own name the span is, when every other reading is only a derived spelling
    ("St. Thomas", Ontario, beside the Saint Thomas parishes written "St Thomas"); not a village beside a city of
    note spelled another way ("Łuck" is Lutsk, in Polish, before it is Luck, Wisconsin): that is for scoring."""
    own = [c.row for c in s.candidates if c.quality >= 1.0]
    if len(own) != 1 or not all(c.quality <= DERIVED_QUALITY for c in s.candidates if c.quality < 1.0):
        return None
    derived = max((gaz.rows[c.row][8] for c in s.candidates if c.quality < 1.0 and gaz.rows[c.row][2] == "city"),
                  default=0)
    if derived >= NOTABLE_POPULATION and derived >= OWN_NAME_DOMINANT * max(gaz.rows[own[0]][8], 1):
        return None
    return own[0]


def _without_type_word(key: str, words: frozenset[str]) -> str:
    """A name key without its last word when that is one of ``words`` ("kanal district" -> "kanal")."""
    head, _, last = key.rpartition(" ")
    return head if head and last in words else key


# The type words after a name that leave it the same name ("Kanal district", "Kursk region", "Saltivka microdistrict").
_NAME_TYPE_WORDS = DISTRICT_WORDS | REGION_WORDS | CITY_DISTRICT_WORDS


def _base_name(s: Span) -> str:
    """The span's name without a type word after it ("kanal district" -> "kanal"); a district read as its city
    repeats the city's name."""
    return s.host_key or _without_type_word(s.key, _NAME_TYPE_WORDS)


def _middle_of_a_series(span: Span, spans: list[Span], tokens: list[Token]) -> bool:
    """The span after a comma is followed by "and" or "or" and a last name with no comma after it: the middle of
    a series ("hail reports from Londonderry, Derry and Salem"), not the container of the name before it ("Dalton,
    Georgia, and Cleveland, Tennessee" keeps its containers)."""
    j = span.last + 1
    if j + 1 >= len(tokens) or tokens[j].key not in ("and", "or") or tokens[j].gap != " ":
        return False
    last = next((o for o in spans if o.first == j + 1), None)
    return last is not None and not (last.last + 1 < len(tokens) and tokens[last.last + 1].gap.strip() == ",")


def _share_containers(body: list[Span], containers: dict[int, set[int]], gaz: Gazetteer) -> None:
    """One sense per discourse: a bare town's name takes the container another mention of it is named with ("a
    strike in Pervomaisk ... this is the Pervomaisk in Luhansk Oblast"), and so does its county or district
    ("GOSEONG, South Gyeongsang Province" ... "Goseong County Governor Lee"). Not a name that is also a country's or
    region's own: "Moldova, Romania and Ukraine" is a list, and an article may name London beside London, Ontario."""
    def shareable(s: Span) -> bool:
        return not any(c.quality >= 1.0 and gaz.rows[c.row][2] in ("country", "region") for c in s.candidates)

    def town_key(s: Span) -> str:
        return _without_type_word(s.key, DISTRICT_WORDS)

    shared: dict[str, set[int]] = {}
    for s in body:
        after = {r for r in containers.get(id(s), ()) if r >= 0}
        if after and shareable(s):
            shared.setdefault(town_key(s), set()).update(after)
    for s in body:
        if town_key(s) in shared and id(s) in containers and not containers[id(s)] and shareable(s):
            containers[id(s)] = shared[town_key(s)]


def _furniture_ranges(lines) -> list[tuple[int, int]]:
    return [(line.start, line.end) for line in lines if line.furniture]




def _mark_list_kinds(text: str, body: list[Span], anchor_of: dict[int, int], gaz: Gazetteer) -> None:
    """Give each item of a list of places the kind its confidently read neighbours have, when that is a country
    or a region ("Oregon, Washington and Idaho": the state; "Russia, Armenia and Georgia": the country). A list
    has three items, or two joined by "and"/"or"; "Dalton, Georgia" is a container, not a list. Each item (and
    each other mention of its name) keeps the readings of the other items as ``list_rows``."""
    ordered = sorted(body, key=lambda sp: sp.start)
    chains: list[list[tuple[Span, str]]] = []
    for prev, cur in zip(ordered, ordered[1:]):
        gap = text[prev.end : cur.start]
        if not LIST_GAP.fullmatch(gap):
            continue
        if chains and chains[-1][-1][0] is prev:
            chains[-1].append((cur, gap))
        else:
            chains.append([(prev, ""), (cur, gap)])
    listed: dict[str, set[int]] = {}
    for chain in chains:
        if len(chain) < 3 and "," in chain[1][1] and not re.search(r"\b(?:and|or)\b", chain[1][1], re.I):
            continue
        for sp, _ in chain:
            sp.list_rows = frozenset(anchor_of[id(o)] for o, _ in chain if o is not sp and id(o) in anchor_of)
            listed.setdefault(sp.key, set()).update(sp.list_rows)
        kinds = {gaz.rows[anchor_of[id(sp)]][2]: gaz.rows[anchor_of[id(sp)]][1]
                 for sp, _ in chain if id(sp) in anchor_of}
        for kind in ("region", "country"):
            if kind in kinds:
                for sp, _ in chain:
                    sp.list_kind = (kind, kinds[kind])
                    sp.static_scores.clear()  # (containment reads the list: "Morelos, Tabasco" in a list of states)
                break
    # the same name elsewhere in the article keeps what its list said ("Residents of Kirants" after "Kirants,
    # Voskepar and Baghanis")
    for sp in body:
        if sp.key in listed:
            sp.list_rows = frozenset(listed[sp.key])


def _in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _sentence_index(sentences):
    bounds = [(s.start, s.end) for s in sentences]

    def find(pos: int) -> tuple[int, int]:
        for a, b in bounds:
            if a <= pos < b:
                return a, b
        return pos, pos

    return find


def resolve_story(sources: list[Source], resolver: Resolver | None = None, *,
                  progress: Callable[[str], None] | None = None) -> list[DocumentMentions]:
    """Resolve every article of a story, each with the others' confident places as context.

    ``progress``, if given, is called with the pass name ("context", then "resolve") after each article.
    """
    resolver = resolver or Resolver()
    if len(sources) == 1:  # a story of one article is that article: no second pass
        out = [DocumentMentions(source=sources[0].path, mentions=resolver.resolve(sources[0].text))]
        if progress:
            progress("resolve")
        return out
    story = Context()
    for src in sources:
        a = resolver.anchors(src.text)
        story.rows |= a.rows
        story.countries |= a.countries
        if progress:
            progress("context")
    out = []
    for src in sources:
        out.append(DocumentMentions(source=src.path, mentions=resolver.resolve(src.text, story=story)))
        if progress:
            progress("resolve")
    return out
