"""The gazetteer as the resolver sees it: places by id, names by key, fuzzy candidates by skeleton.

Curated entries (``gazetteer/curated``) are laid over the compiled base (:mod:`geo.gazetteer.base`): a curated
entry with a base id replaces that base row; aliases add names to any place.
"""

from __future__ import annotations

import hashlib
import math
import pickle
import re
import time
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from geo.atomic import open_atomic
from geo.errors import GazetteerError
from geo.gazetteer.base import (
    FIELDS,
    Q_ALTERNATE,
    Q_DERIVED,
    Q_MARKED_ALTERNATE,
    Q_PRIMARY,
    VARIANT_ALTERNATES_COUNTRIES,
    PackedBase,
    Rows,
    fuzzy_eligible,
    load_base,
    name_prefixes,
)
from geo.gazetteer.entries import CuratedAlias, CuratedPlace, read_curated_dir
from geo.gazetteer.paths import cache_dir, data_dir
from geo.gazetteer.sortedmap import SortedMap
from geo.models import Place
from geo.normalize import MONTH_ABBREVIATIONS, name_key
from geo.translit import ARABIC_COUNTRIES, arabic_article_variants, korean_initial_forms, skeleton, translit_key

# Fuzzy matching only ever proposes places at least this notable (or curated, or a region/country): a
# stretched spelling of a village is far more often something else.
FUZZY_MIN_POPULATION = 20_000
# Bump when CuratedPlace / CuratedAlias change shape: cached parses of the curated files are then re-read.
CURATED_SCHEMA = 3
# Similarity a variant spelling needs to reach a town below FUZZY_MIN_POPULATION (see base.fuzzy_eligible).
SMALL_TOWN_MIN_SIMILARITY = 0.9
# Below this population (admitted by FUZZY_LOCAL_MIN_POPULATION) a village is reached only by a spelling with the
# same transliteration key.
VILLAGE_POPULATION = 5_000
# Similarity a South Korean spelling needs to a North Korean name once the initial-sound law is undone.
INITIAL_LAW_MIN_SIMILARITY = 0.9


# The vowel y of a Cyrillic-mediated Korean name (ы): a y between consonants ("Hynnam", not "Pkhenyan" or "Heisey").
_KOREAN_Y_VOWEL = re.compile(r"(?<=[^aeiouy\W])y(?![aeiouy])")


def _month_abbreviated(name: str) -> str | None:
    """A name opening with a month and a number, with the month abbreviated ("Feb. 11 Plant"), or None."""
    head, _, rest = name.partition(" ")
    short = MONTH_ABBREVIATIONS.get(head.lower())
    return f"{short} {rest}" if short and rest[:1].isdigit() else None


class Gazetteer:
    """Places and their names. Build with :func:`load_gazetteer`."""

    def __init__(self, base: PackedBase, curated: list[tuple[CuratedPlace, Path, int]],
                 aliases: list[tuple[CuratedAlias, Path, int]]) -> None:
        self.rows = Rows(base)
        # name key -> row*4+quality (an int for one place, a tuple for several)
        # name key -> row*4+quality, and place id -> row: sorted lists, cheap to load (see sortedmap)
        self.names = SortedMap(base.name_keys, base.name_codes)
        self.by_id = SortedMap(base.id_keys, base.id_rows)
        self.case_sensitive: set[str] = set()
        # the rows each case-sensitive key is an alias of ("USA": the United States, not Usa, Oita)
        self.case_sensitive_rows: dict[str, set[int]] = {}
        # how a case-sensitive key not written in capitals is written: per word, whether it opens with a capital
        # ("Sour", Tyre, is no "sour" mood; "Harem town"); keys absent here are abbreviations matched in capitals
        self.capitalised_words: dict[str, set[tuple[bool, ...]]] = {}
        # postal code key ("ga") -> the rows of the states or provinces it abbreviates (see CuratedAlias.postal)
        self.postal: dict[str, set[int]] = {}
        self.problems: list[str] = []
        self._skeleton_lists = (base.skeleton_keys, base.skeleton_values)
        self._skeletons: dict[str, tuple[str, ...]] | None = None
        self._pending_skeletons: list[tuple[str, str]] = []
        self._place_cache: dict[int, Place] = {}
        self._added_keys: set[str] = set()  # name keys added by curated entries and aliases
        self._ancestors: dict[int, list[int]] = {}
        self._lookup_memo: dict[str, tuple[tuple[int, int], ...]] = {}
        self._fuzzy_memo: dict[tuple[str, float], list[tuple[int, float, str]]] = {}
        self.prefixes: set[str] = set(base.prefixes)
        self.course: dict[int, list[str]] = {}  # river row -> ids of towns on it (see CuratedPlace.course)
        self._add_curated(curated)
        self._add_aliases(aliases)
        self.max_tokens = max(base.max_tokens, max((k.count(" ") + 1 for k in self._added_keys), default=1))

    # -- building -------------------------------------------------------------------------------------------
    def _add_name(self, key: str, code: int) -> None:
        codes = self.codes(key)
        if code in codes:
            return
        self.names[key] = codes + (code,)
        self._lookup_memo.pop(key, None)
        self._added_keys.add(key)
        self.prefixes |= name_prefixes([key])
        if self.notable(code >> 2):
            self._pending_skeletons.append((skeleton(key), key))
            self._skeletons = None if self._skeletons is None else self._merge_skeletons(self._skeletons)

    def codes(self, key: str) -> tuple[int, ...]:
        v = self.names.get(key)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def _add_curated(self, curated: list[tuple[CuratedPlace, Path, int]]) -> None:
        pending = {e.id for e, _, _ in curated}
        for entry, path, line in curated:
            if entry.parent:
                if entry.parent not in self.by_id and entry.parent not in pending:
                    self.problems.append(f"{path}:{line}: {entry.id}: unknown parent {entry.parent}")
                    continue
            for town in entry.course:
                if town not in self.by_id and town not in pending:
                    self.problems.append(f"{path}:{line}: {entry.id}: unknown course town {town}")
        # Two passes so that a curated parent may be defined after its child.
        by_id = {e.id: e for e, _, _ in curated}
        order = sorted(curated, key=lambda t: self._depth(t[0], by_id))
        for entry, path, line in order:
            if any(p.startswith(f"{path}:{line}:") for p in self.problems):
                continue
            parent_row = self.rows[self.by_id[entry.parent]] if entry.parent in self.by_id else None
            if entry.point is not None:
                lat, lon = entry.point.lat, entry.point.lon
            elif parent_row is not None:
                lat, lon = parent_row[3], parent_row[4]  # approximate: somewhere within the parent
            else:
                self.problems.append(f"{path}:{line}: {entry.id}: no point and parent {entry.parent} not loaded")
                continue
            country = entry.country or (parent_row[5] if parent_row else None)
            admin1 = None
            if parent_row is not None:
                admin1 = parent_row[0] if parent_row[2] == "region" else parent_row[7]
            provenance = "; ".join(p.describe() for p in entry.provenance) or (
                f"approximate: within {parent_row[1]} ({parent_row[0]})" if parent_row else "")
            row = (
                entry.id, entry.name, entry.kind, lat, lon, country, entry.parent, admin1, entry.population,
                entry.precision, entry.radius_km, False, "curated", provenance, False,
            )
            if entry.id in self.by_id:
                idx = self.by_id[entry.id]
                old = self.rows[idx]
                row = row[:11] + (old[11],) + row[12:14] + (old[14],)
                self.rows[idx] = row
            else:
                idx = len(self.rows)
                self.rows.append(row)
                self.by_id[entry.id] = idx
            for n in (entry.name, *entry.names):
                self._add_name(name_key(n), idx * 4 + Q_PRIMARY)
                short = _month_abbreviated(n)
                if short:  # "Feb. 11 Factory" for the February 11 Factory
                    self._add_name(name_key(short), idx * 4 + Q_PRIMARY)
                # the Arabic article written the other way, as for the base's names ("Bab al-Mandeb" for the
                # curated Bab el-Mandeb)
                for variant in arabic_article_variants(n, leading=country in ARABIC_COUNTRIES):
                    self._add_name(name_key(variant), idx * 4 + Q_DERIVED)
            if entry.course:
                self.course[idx] = [t for t in entry.course if t in self.by_id or t in pending]

    @staticmethod
    def _depth(entry: CuratedPlace, curated: dict[str, CuratedPlace]) -> int:
        depth, seen, cur = 0, set(), entry
        while cur.parent in curated and cur.parent not in seen:
            seen.add(cur.parent)
            cur = curated[cur.parent]
            depth += 1
        return depth

    def _add_aliases(self, aliases: list[tuple[CuratedAlias, Path, int]]) -> None:
        for alias, path, line in aliases:
            idx = self.by_id.get(alias.alias_of)
            if idx is None:
                self.problems.append(f"{path}:{line}: alias_of {alias.alias_of}: no such place")
                continue
            for n in alias.names:
                key = name_key(n)
                if alias.dotted and key:
                    key += "."  # matched only when the text has the full stop
                if not key:
                    self.problems.append(f"{path}:{line}: alias {n!r} has no letters or digits")
                    continue
                if alias.postal:
                    if not (n.isalpha() and n.isupper() and len(n) <= 3):
                        self.problems.append(f"{path}:{line}: postal code {n!r} is not two or three capitals")
                    else:
                        self.postal.setdefault(key, set()).add(idx)
                    continue  # never a name of its own: only after a town of its state (see recognize)
                self._add_name(key, idx * 4 + (Q_PRIMARY if alias.primary else Q_ALTERNATE))
                if alias.case_sensitive:
                    self.case_sensitive.add(key)
                    self.case_sensitive_rows.setdefault(key, set()).add(idx)
                    words = n.split()
                    if not all(w.replace(".", "").isupper() for w in words):
                        self.capitalised_words.setdefault(key, set()).add(tuple(w[0].isupper() for w in words))

    # -- reading --------------------------------------------------------------------------------------------
    def place(self, idx: int) -> Place:
        cached = self._place_cache.get(idx)
        if cached is None:
            cached = Place.model_construct(**dict(zip(FIELDS, self.rows[idx])))
            self._place_cache[idx] = cached
        return cached

    def get(self, place_id: str) -> Place | None:
        idx = self.by_id.get(place_id)
        return None if idx is None else self.place(idx)

    def lookup(self, key: str) -> tuple[tuple[int, int], ...]:
        """Places named exactly ``key`` (a :func:`geo.normalize.name_key`), as ``(row, quality)`` pairs."""
        hit = self._lookup_memo.get(key)
        if hit is None:
            hit = tuple((code >> 2, code & 3) for code in self.codes(key))
            if len(self._lookup_memo) < 200_000:
                self._lookup_memo[key] = hit
        return hit

    def ancestors(self, idx: int) -> list[int]:
        """Parent chain of a place: parent, its parent, ..., then its region and country (memoised)."""
        memo = self._ancestors.get(idx)
        if memo is None:
            memo = self._ancestors[idx] = self._chain(idx)
        return memo

    def _chain(self, idx: int) -> list[int]:
        out: list[int] = []
        seen = {idx}
        cur = self.rows[idx]
        while True:
            nxt = None
            for ref in (cur[6], cur[7], f"iso:{cur[5]}" if cur[5] else None):
                j = self.by_id.get(ref) if ref else None
                if j is not None and j not in seen:
                    nxt = j
                    break
            if nxt is None:
                return out
            out.append(nxt)
            seen.add(nxt)
            cur = self.rows[nxt]

    def area_names(self) -> list[str]:
        """Primary names of every country and region, and of the historical and geographic areas the curated files
        hold (for demonym stems such as "Korea" -> "Korean", "Bukovina" -> "Bukovinian")."""
        p = self.rows.p
        base = [p.names[i] for i, k in enumerate(p.kinds) if k <= 1]  # KINDS: 0 country, 1 region
        return base + [r[1] for r in self.rows.extra if r[2] in ("country", "region", "area")]

    def notable(self, idx: int) -> bool:
        row = self.rows[idx]
        return row[12] == "curated" or fuzzy_eligible(row[2], row[8], row[5], FUZZY_MIN_POPULATION)

    def _skeleton_index(self) -> dict[str, tuple[str, ...]]:
        """Skeleton -> name keys of notable places; built on the first fuzzy look-up."""
        if self._skeletons is None:
            self._skeletons = self._merge_skeletons(dict(zip(*self._skeleton_lists)))
        return self._skeletons

    def _merge_skeletons(self, index: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for sk, key in self._pending_skeletons:
            have = index.get(sk, ())
            if key not in have:
                index[sk] = have + (key,)
        self._pending_skeletons.clear()
        return index

    def fuzzy(self, key: str, *, min_similarity: float = 0.72) -> list[tuple[int, float, str]]:
        """Notable places whose name is a transliteration variant of ``key``: ``(row, similarity, name_key)``.

        Candidates share the consonant skeleton (:func:`geo.translit.skeleton`); the similarity is the
        normalised Indel similarity of the two transliteration keys (1.0 = same after folding).
        """
        if len(key) < 4:
            return []
        memo_key = (key, min_similarity)
        memo = self._fuzzy_memo.get(memo_key)
        if memo is None:
            memo = self._fuzzy(key, min_similarity)
            if len(self._fuzzy_memo) < 100_000:
                self._fuzzy_memo[memo_key] = memo
        return list(memo)

    def _fuzzy(self, key: str, min_similarity: float) -> list[tuple[int, float, str]]:
        out = self._fuzzy_of(key, key, min_similarity)
        # a South Korean spelling of a North Korean name ("Yongseong" for Ryongsong) reaches only the North's places,
        # and only by a close spelling: the law changes the first letter, not the rest
        seen = {(idx, cand) for idx, _, cand in out}
        for northern in korean_initial_forms(key):
            out += [t for t in self._fuzzy_of(northern, key, max(min_similarity, INITIAL_LAW_MIN_SIMILARITY), "KP")
                    if (t[0], t[2]) not in seen]
        return out

    def _fuzzy_of(self, key: str, written: str, min_similarity: float,
                  country: str | None = None) -> list[tuple[int, float, str]]:
        tkey = translit_key(key)
        # A Korean name read through Russian writes ŭ as ы, romanised y ("Hynnam" = Hŭngnam, "Sanym" = Sanŭm)
        korean_tkey = translit_key(_KOREAN_Y_VOWEL.sub("u", key)) if "y" in key else tkey
        out: list[tuple[int, float, str]] = []
        for cand in self._skeleton_index().get(skeleton(key), ()):
            if cand == written:
                continue
            cand_tkey = translit_key(cand)
            general = fuzz.ratio(tkey, cand_tkey) / 100.0
            korean = fuzz.ratio(korean_tkey, cand_tkey) / 100.0 if korean_tkey != tkey else general
            if max(general, korean) < min_similarity:
                continue
            for code in self.codes(cand):
                idx = code >> 2
                if country is not None and self.rows[idx][5] != country:
                    continue
                sim = korean if self.rows[idx][5] in ("KP", "KR") and korean > general else general
                if sim < min_similarity:
                    continue
                # A small town (admitted by the lower bar of its country) needs a close variant.
                if not (self.notable(idx) and (sim >= SMALL_TOWN_MIN_SIMILARITY or self.widely_notable(idx))):
                    continue
                # A village only by the same transliteration key, of its own name ("Tiotkino" = Tyotkino,
                # Tëtkino), not a foreign alternate a few letters off ("Kozmino" is not Molodiia's "Kosmin").
                if self.rows[idx][2] == "city" and self.rows[idx][12] != "curated" and (
                        self.rows[idx][8] < VILLAGE_POPULATION) and sim < 1.0:
                    continue
                # Outside the countries whose names reach English through transliteration, a variant spelling
                # is a variant of the place's own name (or of a romanised Cyrillic one), not of one of its
                # foreign alternate names: "Eun-ji" is not Jilin by way of the Wade-Giles "Yung-chi".
                if code & 3 in (Q_ALTERNATE, Q_MARKED_ALTERNATE) and not self._alternates_stretch(idx):
                    continue
                # There, too, a variant keeps the name's first sound: "Balakot" is no Palakkad, "Poondi" no Bundi
                # (transliteration swaps it only from Korean and Cyrillic: Pusan, Busan)
                if key[:1] != cand[:1] and not self._alternates_stretch(idx):
                    continue
                out.append((idx, sim, cand))
        return out

    def _alternates_stretch(self, idx: int) -> bool:
        row = self.rows[idx]
        return row[12] == "curated" or row[5] in VARIANT_ALTERNATES_COUNTRIES or row[2] in ("country", "region")

    def widely_notable(self, idx: int) -> bool:
        """Notable above the country-specific lower bar: curated, not a city, or a city of FUZZY_MIN_POPULATION."""
        row = self.rows[idx]
        return row[12] == "curated" or row[2] != "city" or row[8] >= FUZZY_MIN_POPULATION

    def search(self, name: str, *, limit: int = 10) -> list[tuple[Place, str]]:
        """Candidates for a name typed by a person: exact key matches first, then variants."""
        key = name_key(name)
        found: dict[int, str] = {}
        for idx, quality in self.lookup(key):
            found.setdefault(idx, "exact name" if quality == Q_PRIMARY else "alternate name")
        for idx, sim, cand in sorted(self.fuzzy(key), key=lambda t: -t[1]):
            found.setdefault(idx, f"transliteration variant of {cand!r} (similarity {sim:.2f})")
        exact = {idx for idx, _ in self.lookup(key)}
        ranked = sorted(found.items(), key=lambda t: (t[0] not in exact, -(self.rows[t[0]][12] == "curated"),
                                                      -self.rows[t[0]][8]))
        return [(self.place(i), why) for i, why in ranked[:limit]]


def _read_curated_cached(
        folder: Path, cache: Path,
) -> tuple[list[tuple[CuratedPlace, Path, int]], list[tuple[CuratedAlias, Path, int]], list[str]]:
    """:func:`read_curated_dir`, from a pickle in the cache folder while the files' bytes are unchanged (parsing
    and validating a few hundred YAML entries costs a quarter of a second; a load should not)."""
    if not folder.is_dir():
        return read_curated_dir(folder)  # raises the one-line error
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    h = hashlib.sha256(f"curated-{CURATED_SCHEMA}".encode())
    for path in files:
        h.update(str(path).encode())
        h.update(path.read_bytes())
    cached = cache / f"curated-{h.hexdigest()[:16]}.pickle"
    if cached.is_file():
        try:
            with open(cached, "rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a damaged or outdated cache is rebuilt below
    result = read_curated_dir(folder)
    try:
        with open_atomic(cached, binary=True) as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        for old in cache.glob("curated-*.pickle"):
            if old != cached:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache only costs speed
    return result


@lru_cache(maxsize=4)
def _load(folder: str, cache: str, curated_override: str | None) -> Gazetteer:
    root = Path(folder)
    base = load_base(root / "base", Path(cache), fuzzy_min_population=FUZZY_MIN_POPULATION)
    curated_dir = Path(curated_override) if curated_override else root / "curated"
    curated, aliases, problems = _read_curated_cached(curated_dir, Path(cache))
    gaz = Gazetteer(base, curated, aliases)
    gaz.problems[:0] = problems
    return gaz


def load_gazetteer(*, folder: Path | None = None, curated: Path | None = None, strict: bool = True) -> Gazetteer:
    """Load the gazetteer (cached per process). With ``strict``, any problem raises :class:`GazetteerError`."""
    gaz = _load(str(folder or data_dir()), str(cache_dir()), str(curated) if curated else None)
    if strict and gaz.problems:
        first = gaz.problems[0]
        more = f" (+{len(gaz.problems) - 1} more; run 'geo gazetteer check')" if len(gaz.problems) > 1 else ""
        path, _, rest = first.partition(": ")
        raise GazetteerError(path, None, rest + more)
    return gaz


def importance(population: int) -> float:
    """0..1 from population on a log scale (1 person -> 0, 10 million -> 1)."""
    return min(1.0, math.log10(max(population, 1)) / 7.0)


def timed_load() -> tuple[Gazetteer, float]:
    """Load and report seconds (for benchmarks)."""
    t = time.perf_counter()
    gaz = load_gazetteer()
    return gaz, time.perf_counter() - t
