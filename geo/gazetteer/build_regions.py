"""Build the shipped region gazetteer and basemap files from Natural Earth.

Run from the repository root::

    python -m geo.gazetteer.build_regions --data ../shared/data --out gazetteer/base

Inputs (Natural Earth, public domain; see the data directory's README.md):

* ``ne_10m_admin_1_states_provinces.geojson.gz`` - admin-1 regions (oblasts, provinces, states)
* ``ne_50m_admin_0_countries.geojson.gz`` - countries
* ``ne_50m_land.geojson.gz`` - land polygons

and ``gazetteer/base/country_points.csv`` (``--points``): the reviewed reference point of each country, with
its source (see the file's header).

Outputs (written atomically; byte-identical on rerun with the same inputs and GEOS/zlib):

* ``admin1.geojson.gz`` - one feature per admin-1 region, simplified, with matching names
* ``countries.geojson.gz`` - one feature per country, simplified, internationally recognised borders
* ``disputed.geojson`` - the occupied areas (Crimea, Sevastopol) with de-jure / de-facto holders
* ``land.geojson.gz`` - simplified land polygons for an offline basemap

Point of view: Natural Earth's default view puts Crimea and Sevastopol in Russia. These files follow the
internationally recognised borders (UN GA resolution 68/262): both are Ukrainian (``country: "UA"``) and marked
``occupied_by: "RU"``; ``disputed.geojson`` lets a map show the de-facto view as an explicit, documented setting.
For the same reason the countries file folds Natural Earth's "N. Cyprus" into Cyprus and "Somaliland" into
Somalia.

Coordinate order: shapely uses (x=lon, y=lat) and GeoJSON uses [lon, lat]; ``lat``/``lon`` properties are
named explicitly.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapely
from geopy.distance import EARTH_RADIUS, great_circle
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, polylabel

from geo.atomic import write_atomic

ADMIN1_INPUT = "ne_10m_admin_1_states_provinces.geojson.gz"
COUNTRIES_INPUT = "ne_50m_admin_0_countries.geojson.gz"
LAND_INPUT = "ne_50m_land.geojson.gz"

ADMIN1_OUTPUT = "admin1.geojson.gz"
COUNTRIES_OUTPUT = "countries.geojson.gz"
LAND_OUTPUT = "land.geojson.gz"
DISPUTED_OUTPUT = "disputed.geojson"

POINTS_INPUT = Path("gazetteer/base/country_points.csv")
# A reference point of an island state may lie in the sea between its islands, not farther.
POINT_MAX_OFFSHORE_DEGREES = 0.5
# A reference point farther than this from the centroid of the country's largest part moves toward it (half way,
# at most MAX_SHIFT_KM): news graphics and reference works place a country's pin near either.
REFERENCE_CENTRE_KM = 161.0
MAX_SHIFT_KM = 150.0

ADMIN1_TOLERANCE = 0.01
COUNTRY_TOLERANCE = 0.02
LAND_TOLERANCE = 0.05
DECIMALS = 4
GRID = 10.0**-DECIMALS

# ISO 3166-2 codes of areas under occupation -> ISO alpha-2 of the occupying state.
OCCUPIED_BY: dict[str, str] = {"UA-43": "RU", "UA-40": "RU"}
DISPUTED_NOTE = (
    "Annexed by Russia in 2014; recognised internationally (UN GA resolution 68/262) as part of Ukraine"
)

# Countries file: Natural Earth ISO_A2/ISO_A3 are "-99" for these (ADM0_A3 -> (alpha-2, alpha-3)).
COUNTRY_CODE_FIXES: dict[str, tuple[str, str]] = {"FRA": ("FR", "FRA"), "NOR": ("NO", "NOR")}
# De-facto entities folded into the internationally recognised state (ADM0_A3 -> ADM0_A3).
COUNTRY_MERGES: dict[str, str] = {"CYN": "CYP", "SOL": "SOM"}
# Tiny features without any ISO code: Ashmore and Cartier Islands (uninhabited), Indian Ocean Territories
# (Christmas Island + Cocos Islands lumped together, so no single code fits).
COUNTRY_SKIPS: frozenset[str] = frozenset({"ATC", "IOA"})

# Known errors in this Natural Earth admin-1 release, keyed by adm1_code. A correction is applied only while
# the "expect" values still match, so an upstream fix (or a changed release) turns it into a reported no-op.
# A value of None removes the field.
ADMIN1_CORRECTIONS: dict[str, dict[str, Any]] = {
    "RUS-2364": {  # Moscow Oblast carries Moscow city's ISO code and a misspelt woe_name
        "expect": {"iso_3166_2": "RU-MOW", "gn_name": "Moskovskaya Oblast'"},
        "set": {"iso_3166_2": "RU-MOS", "woe_name": None},
    },
    "RUS-2365": {  # Moscow city carries Moscow Oblast's ISO code
        "expect": {"iso_3166_2": "RU-MOS", "gn_name": "Moskva"},
        "set": {"iso_3166_2": "RU-MOW"},
    },
    "RUS-2399": {  # Altai Krai carries the Altai Republic's English name, Wikidata id and Cyrillic names
        "expect": {"iso_3166_2": "RU-ALT", "wikidataid": "Q5971"},
        "set": {"name_en": "Altai Krai", "wikidataid": None, "name_ru": "Алтайский край",
                "name_uk": "Алтайський край"},
    },
    "RUS-2336": {  # Leningrad Oblast lists the city of Saint Petersburg's names as aliases
        "expect": {"iso_3166_2": "RU-LEN"},
        "set": {"name_alt": "Leningradskaya Oblast"},
    },
    "RUS-2354": {  # Arkhangelsk Oblast lists Vologda Oblast's name as an alias
        "expect": {"iso_3166_2": "RU-ARK", "name_alt": "Vologodskaya Oblast"},
        "set": {"name_alt": None},
    },
    "UKR-321": {  # Kyiv Oblast carries Kyiv city's Wikidata id and Cyrillic names
        "expect": {"iso_3166_2": "UA-32", "wikidataid": "Q1899"},
        "set": {"wikidataid": None, "name_ru": "Киевская область", "name_uk": "Київська область"},
    },
    "UKR-4827": {  # Kherson Oblast has no type_en (every other Ukrainian oblast is "Region")
        "expect": {"iso_3166_2": "UA-65"},
        "set": {"type_en": "Region"},
    },
    "BLR-2345": {  # Minsk Region and the City of Minsk have their types swapped
        "expect": {"iso_3166_2": "BY-MI", "type_en": "Municipality"},
        "set": {"type_en": "Region"},
    },
    "BLR-4825": {  # ... and the city lists the region's names as aliases
        "expect": {"iso_3166_2": "BY-HM", "type_en": "Region"},
        "set": {"type_en": "Municipality", "name_alt": None},
    },
    "PRK-5495": {  # Rason's woe_name is North Hamgyong, the province it was split from
        "expect": {"iso_3166_2": "KP-13", "woe_name": "Hamgyŏng-bukto"},
        "set": {"woe_name": None},
    },
    "KOR-2509": {  # North Gyeongsang carries Daegu's aliases, woe_name and type
        "expect": {"iso_3166_2": "KR-47", "type_en": "Metropolitan City"},
        "set": {"name_alt": None, "woe_name": None, "type_en": "Province"},
    },
    "KOR-2506": {  # South Jeolla carries Gwangju's aliases and type
        "expect": {"iso_3166_2": "KR-46", "type_en": "Metropolitan City"},
        "set": {"name_alt": None, "type_en": "Province"},
    },
    "KOR-2510": {  # a missing "|" glues two aliases together
        "expect": {"name_alt": "Jeju-doQuelpart|Saishu-to|Cheju-do"},
        "set": {"name_alt": "Jeju-do|Quelpart|Saishu-to|Cheju-do"},
    },
    "KAS+00?": {  # the Siachen Glacier unit's one region is named "Kashmir", the whole disputed region
        "expect": {"admin": "Siachen Glacier", "name": "Kashmir"},
        "set": {"name": "Siachen Glacier", "name_en": "Siachen Glacier", "name_ru": "Сиачен", "name_uk": "Сіачен"},
    },
    "RUS-2612": {  # the Sakha Republic (Yakutia) carries Chukotka's names as alias and woe_name
        "expect": {"iso_3166_2": "RU-SA", "name_alt": "Chukotka|Chukotskiy AOk", "woe_name": "Chukot"},
        "set": {"name_alt": None, "woe_name": None},
    },
    "RUS-2321": {  # ... and Chukotka itself lacks its short name
        "expect": {"iso_3166_2": "RU-CHU", "name_alt": "Chukotskiy Avtonomnyy Okrug"},
        "set": {"name_alt": "Chukotskiy Avtonomnyy Okrug|Chukotka|Chukotskiy AOk"},
    },
    "PAK-1109": {  # Azad Kashmir lists the whole disputed region's name as an alias
        "expect": {"iso_3166_2": "PK-JK", "name_alt": "Kashmir"},
        "set": {"name_alt": None},
    },
    "KOR-2495": {  # typo "IInch'on"
        "expect": {"name_alt": "Inchon|IInch'on-gwangyoksi|Jinsen"},
        "set": {"name_alt": "Inchon|Inch'on-gwangyoksi|Jinsen"},
    },
}

_KOREAN_DIRECTIONAL = re.compile(r"^(?P<stem>.+?)-?(?P<dir>nam|buk|puk)-?(?:do|to)$", re.IGNORECASE)
_KOREAN_DO = re.compile(r"^(?P<stem>.+?)-do$", re.IGNORECASE)
_JAPANESE_READING = re.compile(r"\s(?:nan|hoku)$", re.IGNORECASE)  # "Kankyo Nan-do": not a Korean stem
_ISO_3166_2 = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
_ALPHA2 = re.compile(r"[A-Z]{2}")
_ALPHA3 = re.compile(r"[A-Z]{3}")
_NAME_PUNCTUATION = frozenset(" -'`’.,()/&–")
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u200b\ufeff"))


class BuildError(Exception):
    """A problem with the inputs or outputs that stops the build; the message is one line."""


@dataclass
class BuildStats:
    """Counters reported at the end of a build."""

    corrections_applied: list[str] = field(default_factory=list)
    corrections_stale: list[str] = field(default_factory=list)
    names_rejected: Counter[str] = field(default_factory=Counter)
    names_repaired: int = 0
    names_dropped_as_other_primary: int = 0
    id_fallbacks: int = 0
    admin1_dropped: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------- input


def load_features(path: Path) -> list[dict[str, Any]]:
    """Read a (gzipped) GeoJSON FeatureCollection and return its features."""
    if not path.is_file():
        raise BuildError(f"input file not found: {path}")
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BuildError(f"cannot read {path}: {exc}") from exc
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list) or not features:
        raise BuildError(f"{path} is not a non-empty GeoJSON FeatureCollection")
    return features


class CountryPoint(BaseModel):
    """One row of country_points.csv: a published reference point, or "centroid" for none."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    iso2: str = Field(pattern=r"^[A-Z]{2}$")
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    name: str = Field(min_length=1)
    source: str = Field(pattern=r"^(google-dspl|centroid)$")

    def point(self) -> tuple[float, float] | None:
        """(lat, lon), or None when the row asks for the centroid."""
        if self.source == "centroid":
            return None
        if self.lat is None or self.lon is None:
            raise ValueError(f"source {self.source} needs lat and lon")
        return self.lat, self.lon


def load_country_points(path: Path) -> dict[str, CountryPoint]:
    """Read country_points.csv ('#' lines are comments); errors name the file and line."""
    if not path.is_file():
        raise BuildError(f"input file not found: {path}")
    points: dict[str, CountryPoint] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        numbered = [(n, line) for n, line in enumerate(handle, 1) if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(line for _, line in numbered)
    for (lineno, _), row in zip(numbered[1:], reader, strict=True):
        try:
            values = {k: (v if v != "" else None) for k, v in row.items()}
            entry = CountryPoint.model_validate(values)
            entry.point()
        except (ValidationError, ValueError) as exc:
            first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            raise BuildError(f"{path}:{lineno}: {first}") from exc
        if entry.iso2 in points:
            raise BuildError(f"{path}:{lineno}: {entry.iso2} listed twice")
        points[entry.iso2] = entry
    return points


# ------------------------------------------------------------------------------------------ geometry


def polygonal(geom: BaseGeometry) -> BaseGeometry:
    """Keep only the polygonal parts of a geometry (make_valid can add lines and points)."""
    polys: list[Polygon] = []
    for part in shapely.get_parts(geom):
        if isinstance(part, Polygon):
            polys.append(part)
        elif isinstance(part, MultiPolygon):
            polys.extend(part.geoms)
        elif part.geom_type == "GeometryCollection":
            inner = polygonal(part)
            polys.extend(shapely.get_parts(inner))
    polys = [p for p in polys if not p.is_empty]
    if not polys:
        return Polygon()
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def valid_geometry(geojson: Mapping[str, Any] | None) -> BaseGeometry:
    """Turn a GeoJSON geometry into a valid polygonal shapely geometry (empty if there is none)."""
    if not geojson:
        return Polygon()
    geom = shape(geojson)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    return polygonal(geom)


def simplify(geom: BaseGeometry, tolerance: float) -> BaseGeometry:
    """Simplify, snap to the output grid and orient (RFC 7946); falls back to no simplification if empty."""
    for tol in (tolerance, 0.0):
        out = geom.simplify(tol, preserve_topology=True) if tol else geom
        out = polygonal(shapely.set_precision(out, GRID))
        if not out.is_empty:
            if not out.is_valid:
                out = polygonal(shapely.make_valid(out))
            return shapely.orient_polygons(out, exterior_cw=False)
    return Polygon()


def _round(value: float) -> float:
    """Round a coordinate for output; avoids "-0.0"."""
    rounded = round(value, DECIMALS)
    return rounded if rounded != 0 else 0.0


def _round_coords(coords: Any) -> Any:
    """Round nested GeoJSON coordinate arrays, turning tuples into lists."""
    if coords and isinstance(coords[0], (int, float)):
        return [_round(float(c)) for c in coords]
    return [_round_coords(c) for c in coords]


def geometry_json(geom: BaseGeometry) -> dict[str, Any]:
    """GeoJSON geometry dict with coordinates rounded to DECIMALS."""
    gj = mapping(geom)
    return {"type": gj["type"], "coordinates": _round_coords(gj["coordinates"])}


def largest_part(geom: BaseGeometry) -> Polygon:
    """The polygon part with the largest (latitude-corrected) area."""
    parts = [p for p in shapely.get_parts(geom) if isinstance(p, Polygon)]
    return max(parts, key=lambda p: p.area * math.cos(math.radians(p.centroid.y)))


def label_point(geom: BaseGeometry) -> tuple[float, float]:
    """The (lat, lon) point of a country: the centroid of its largest part (its geographic centre, which is
    what reference coordinates of countries usually give), or, when that centroid falls outside the part
    (a crescent-shaped country), a point well inside it."""
    part = largest_part(geom)
    point = part.centroid
    if not part.contains(point):
        point = polylabel(part, tolerance=0.01)
    return _round(point.y), _round(point.x)


# --------------------------------------------------------------------------------------------- names


def fold(name: str) -> str:
    """Case- and accent-insensitive comparison key."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252 ("RÃ­o" -> "Río"); other text is returned unchanged."""
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text
    return repaired


def is_latin_name(name: str) -> bool:
    """True if every letter is Latin script and every other character is ordinary name punctuation."""
    has_letter = False
    for char in name:
        if char.isalpha():
            char_name = unicodedata.name(char, "")
            if not (char_name.startswith("LATIN") or char_name.startswith("MODIFIER LETTER")):
                return False
            has_letter = True
        elif unicodedata.combining(char):
            continue
        elif char not in _NAME_PUNCTUATION:
            return False
    return has_letter


def is_cyrillic_name(name: str) -> bool:
    """True if the name contains at least one Cyrillic letter."""
    return any(c.isalpha() and unicodedata.name(c, "").startswith("CYRILLIC") for c in name)


def clean_name(raw: Any, stats: BuildStats | None = None) -> str | None:
    """Normalise one raw name (whitespace, invisible marks, mojibake); None if empty."""
    if not isinstance(raw, str):
        return None
    text = raw.translate(_INVISIBLE)
    repaired = repair_mojibake(text)  # before whitespace clean-up: "Ã\xa0" is a mangled "à"
    if stats is not None and repaired != text:
        stats.names_repaired += 1
    cleaned = unicodedata.normalize("NFC", " ".join(repaired.split()))
    return cleaned or None


def split_alt(value: Any) -> list[str]:
    """Split Natural Earth's "|"-separated name_alt."""
    return value.split("|") if isinstance(value, str) else []


def korean_variants(name: str) -> list[str]:
    """English-style forms of Korean province names.

    "Hamgyŏng-namdo" -> "South Hamgyŏng", "Hamgyŏng"; "Gyeongsangbuk-do" -> "North Gyeongsang",
    "Gyeongsang"; "Chagang-do" -> "Chagang". Japanese readings ("Kankyo Nan-do") are left alone.
    """
    match = _KOREAN_DIRECTIONAL.match(name)
    if match and len(match["stem"].strip(" -")) >= 2:
        stem = match["stem"].strip(" -")
        direction = "South" if match["dir"].lower() == "nam" else "North"
        return [f"{direction} {stem}", stem]
    match = _KOREAN_DO.match(name)
    if match and not _JAPANESE_READING.search(match["stem"]) and len(match["stem"]) >= 2:
        return [match["stem"]]
    return []


# --------------------------------------------------------------------------------------- admin-1


def apply_corrections(props: dict[str, Any], stats: BuildStats) -> tuple[dict[str, Any], list[str]]:
    """Apply ADMIN1_CORRECTIONS to a copy of one feature's properties; returns (props, corrected fields)."""
    code = props.get("adm1_code")
    fix = ADMIN1_CORRECTIONS.get(code) if isinstance(code, str) else None
    if fix is None:
        return props, []
    if any(props.get(k) != v for k, v in fix["expect"].items()):
        stats.corrections_stale.append(code)
        return props, []
    fixed = dict(props)
    for key, value in fix["set"].items():
        if value is None:
            fixed.pop(key, None)
        else:
            fixed[key] = value
    stats.corrections_applied.append(code)
    return fixed, sorted(fix["set"])


def positive_int(value: Any) -> int | None:
    """The value as a positive int, else None (Natural Earth uses -99 / negatives for 'none')."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and value > 0:
        return value
    if isinstance(value, float) and value.is_integer() and value > 0:
        return int(value)
    return None


def recognised_country(props: Mapping[str, Any]) -> str | None:
    """ISO alpha-2 of the internationally recognised country: the ISO 3166-2 prefix, else iso_a2."""
    iso = props.get("iso_3166_2")
    if isinstance(iso, str) and re.match(r"[A-Z]{2}-", iso):
        return iso[:2]
    a2 = props.get("iso_a2")
    return a2 if isinstance(a2, str) and _ALPHA2.fullmatch(a2) else None


def iso_3166_2(props: Mapping[str, Any]) -> str | None:
    """The ISO 3166-2 code, or None for Natural Earth placeholders such as "-99-X16~" or "RU-X01~"."""
    iso = props.get("iso_3166_2")
    return iso if isinstance(iso, str) and _ISO_3166_2.fullmatch(iso) else None


def display_name(props: Mapping[str, Any]) -> str:
    """English display name: name_en, else name, else "<country> minor island" (Natural Earth's own note)."""
    for key in ("name_en", "name"):
        name = clean_name(props.get(key))
        if name:
            return name
    return f"{props.get('admin') or 'Unnamed'} minor island"


def raw_latin_names(props: Mapping[str, Any], country: str | None, stats: BuildStats) -> set[str]:
    """Latin-script matching names from the Natural Earth fields plus generated Korean forms."""
    candidates = [props.get("name"), props.get("name_en"), props.get("gn_name"), props.get("woe_name")]
    candidates += split_alt(props.get("name_alt"))
    names: set[str] = set()
    for raw in candidates:
        name = clean_name(raw, stats)
        if not name:
            continue
        if not is_latin_name(name):
            stats.names_rejected["cyrillic" if is_cyrillic_name(name) else "non-latin or garbled"] += 1
            continue
        names.add(name)
    if country in ("KP", "KR"):
        names |= {variant for name in list(names) for variant in korean_variants(name)}
    return names


def cyrillic_names(props: Mapping[str, Any]) -> list[str]:
    """Sorted unique Russian and Ukrainian names (raw Cyrillic)."""
    names = {clean_name(props.get(key)) for key in ("name_ru", "name_uk")}
    return sorted(n for n in names if n and is_cyrillic_name(n))


@dataclass
class Admin1Record:
    """One admin-1 region on its way to the output."""

    props: dict[str, Any]
    geometry: BaseGeometry
    candidate_names: set[str]
    own_names: set[str]  # folded name/name_en, to tell a region's own name from a copied alias


def admin1_provenance(raw: Mapping[str, Any], gn_id: int | None, corrected: Sequence[str]) -> str:
    """Provenance line for a region, naming any fields corrected here."""
    text = f"Natural Earth 10m admin-1 (ne_id {raw.get('ne_id')})"
    if gn_id is not None:
        text += f"; GeoNames {gn_id}"
    if corrected:
        text += f"; corrected: {', '.join(corrected)}"
    return text


def admin1_props(
    raw: Mapping[str, Any], region_id: str, gn_id: int | None, corrected: Sequence[str]
) -> dict[str, Any]:
    """Output properties of one region (``names`` is filled in later by :func:`assign_names`)."""
    iso = iso_3166_2(raw)
    return {
        "id": region_id,
        "name": display_name(raw),
        "kind": "region",
        "type": clean_name(raw.get("type_en")),
        "country": recognised_country(raw),
        "occupied_by": OCCUPIED_BY.get(iso or ""),
        "names": [],
        "names_cyrillic": cyrillic_names(raw),
        "lat": _round(float(raw["latitude"])),
        "lon": _round(float(raw["longitude"])),
        "wikidata": raw.get("wikidataid") or None,
        "gn_id": gn_id,
        "iso_3166_2": iso,
        "provenance": admin1_provenance(raw, gn_id, corrected),
    }


def build_units(features: Sequence[Mapping[str, Any]]) -> list[Admin1Record]:
    """Country units made of several admin-1 regions (Natural Earth ``geonunit``): England, Scotland, Wales,
    Northern Ireland, Flanders, Wallonia, Iraqi Kurdistan, Zanzibar... News names them; no admin-1 row does.

    Each is the union of its regions, with id ``ne1u:<slug>`` and kind "region" (type "Country unit"); its
    point is the centroid of its largest part. Units of a single region, or named like their country, are
    skipped (the region or the country already stands for them).
    """
    groups: dict[str, list[Mapping[str, Any]]] = {}
    per_admin = Counter(f["properties"].get("admin") for f in features)
    for f in features:
        p = f["properties"]
        unit, admin = p.get("geonunit"), p.get("admin")
        if isinstance(unit, str) and unit and isinstance(admin, str) and fold(unit) not in fold(admin):
            groups.setdefault(unit, []).append(f)
    out: list[Admin1Record] = []
    for unit, members in sorted(groups.items()):
        if len(members) < 2 or len(members) == per_admin[members[0]["properties"].get("admin")]:
            continue  # one region already stands for it, or the unit is the whole country
        geom = shapely.unary_union([valid_geometry(m.get("geometry")) for m in members])
        geom = simplify(geom, ADMIN1_TOLERANCE)
        if geom.is_empty:
            continue
        lat, lon = label_point(geom)
        countries = sorted({c for c in (recognised_country(m["properties"]) for m in members) if c})
        if len(countries) != 1:
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", fold(unit)).strip("-")
        props = {
            "id": f"ne1u:{slug}", "name": unit, "kind": "region", "type": "Country unit",
            "country": countries[0], "occupied_by": None, "names": [unit], "names_cyrillic": [],
            "lat": lat, "lon": lon, "wikidata": None, "gn_id": None, "iso_3166_2": None,
            "provenance": f"Natural Earth 10m admin-1: union of the {len(members)} regions whose geonunit is {unit}",
        }
        out.append(Admin1Record(props=props, geometry=geom, candidate_names={unit}, own_names={fold(unit)}))
    return out


# Countries whose Natural Earth admin-1 rows are provinces grouped by ``region`` into the regions news names: Italy's
# regions (Campania, Calabria), Spain's autonomous communities (Extremadura, Galicia), France's regions (Normandie,
# Grand Est), England's regions (East Midlands), the Philippines' (Central Luzon), Japan's (Kanto, Kyushu),
# Hungary's, Latvia's (Latgale), Sudan's (Darfur, Kordofan), South Sudan's (Equatoria), New Zealand's islands, Hong
# Kong's (Kowloon), Canada's, Portugal's (Alentejo), Slovenia's and China's (Northeast China). Elsewhere the field
# holds compass zones ("West", "Northern"), federal districts named like rivers and mountains ("Volga", "Urals")
# or capitals' names, which would only steal other places' names.
GROUP_COUNTRIES = frozenset({"IT", "ES", "FR", "GB", "PH", "JP", "HU", "LV", "SD", "SS", "NZ", "HK", "CA", "PT",
                             "SI", "CN"})
# Groups the curated gazetteer holds with a cited point, which a union's centroid would only move ("Darfur": the
# centroid of its five states lies 170 km north of the 13°N 25°E the region's reference pages give).
GROUPS_CURATED = frozenset({("SD", "Darfur")})
# A group named by compass words alone ("North East", "South Western") is a statistical zone, not a name.
_COMPASS = re.compile(r"^(?:(?:north|south|east|west|central|mid|upper|lower|norte|sul|centro|leste)(?:ern)?[\s-]*)+$")


def build_groups(features: Sequence[Mapping[str, Any]], records: Sequence[Admin1Record],
                 units: Sequence[Admin1Record] = ()) -> list[Admin1Record]:
    """Regions made of several admin-1 rows that share Natural Earth's ``region`` (see GROUP_COUNTRIES).

    Each is the union of its rows, with id ``ne1r:<country>-<slug>`` and kind "region" (type "Region of
    provinces"); its point is the centroid of its largest part. A group of one row, named like one of its rows
    ("Madrid", "Dublin"), like a country unit ("Northern Ireland") or by compass words alone, is skipped. Its rows
    lose the group's name as an alias (Natural Earth copies "Extremadura" onto Cáceres and Badajoz).
    """
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for f in features:
        p = f["properties"]
        country, raw = recognised_country(p), p.get("region")
        if country not in GROUP_COUNTRIES or not isinstance(raw, str) or "," in raw:
            continue
        name = clean_name(re.sub(r"\s*\([^)]*\)\s*$", "", raw))  # "Central Luzon (Region III)"
        if name:
            groups.setdefault((country, name), []).append(f)
    out: list[Admin1Record] = []
    unit_names = {fold(u.props["name"]) for u in units}
    for (country, name), members in sorted(groups.items()):
        own = {fold(n) for m in members for n in (clean_name(m["properties"].get("name")),
                                                    clean_name(m["properties"].get("name_en"))) if n}
        if (len(members) < 2 or fold(name) in own or _COMPASS.match(fold(name)) or fold(name) in unit_names
                or (country, name) in GROUPS_CURATED):
            continue
        geom = simplify(shapely.unary_union([valid_geometry(m.get("geometry")) for m in members]), ADMIN1_TOLERANCE)
        if geom.is_empty:
            continue
        lat, lon = label_point(geom)
        slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        props = {
            "id": f"ne1r:{country.lower()}-{slug}", "name": name, "kind": "region", "type": "Region of provinces",
            "country": country, "occupied_by": None, "names": [name], "names_cyrillic": [],
            "lat": lat, "lon": lon, "wikidata": None, "gn_id": None, "iso_3166_2": None,
            "provenance": f"Natural Earth 10m admin-1: union of the {len(members)} regions whose region is {name}",
        }
        out.append(Admin1Record(props=props, geometry=geom, candidate_names={name}, own_names={fold(name)}))
    names = {(r.props["country"], fold(r.props["name"])) for r in out}
    for record in records:  # (a province keeps no alias that is its group's name)
        record.props["names"] = [n for n in record.props["names"] if (record.props["country"], fold(n)) not in names
                                 or fold(n) in record.own_names]
    return out


def build_admin1(features: Sequence[Mapping[str, Any]], stats: BuildStats) -> list[Admin1Record]:
    """Build admin-1 records (sorted by id) from the Natural Earth admin-1 features.

    Ids are ``gn:<GeoNames id>``; a region without a GeoNames id, or whose id an earlier region (by ne_id)
    already took, gets ``ne1:<adm1_code>``.
    """
    ordered = sorted(features, key=lambda f: (f["properties"].get("ne_id") or 0, f["properties"]["adm1_code"]))
    seen_ids: set[str] = set()
    records: list[Admin1Record] = []
    for feature in ordered:
        raw, corrected = apply_corrections(dict(feature["properties"]), stats)
        code = raw["adm1_code"]
        geom = simplify(valid_geometry(feature.get("geometry")), ADMIN1_TOLERANCE)
        if geom.is_empty:
            stats.admin1_dropped.append(code)
            continue
        gn_id = positive_int(raw.get("gn_id"))
        region_id = f"gn:{gn_id}" if gn_id is not None else f"ne1:{code}"
        if region_id in seen_ids:
            stats.id_fallbacks += 1
            region_id = f"ne1:{code}"
        if region_id in seen_ids:
            raise BuildError(f"duplicate admin-1 id {region_id}")
        seen_ids.add(region_id)
        props = admin1_props(raw, region_id, gn_id, corrected)
        if not largest_part(geom).contains(shapely.Point(props["lon"], props["lat"])):
            # Natural Earth's label sits on a small island or at sea (Sakhalin's in the Kurils, Hawaii's on
            # Oahu, Okinawa's in the Yaeyamas): the region's point is the centre of its main part instead.
            props["lat"], props["lon"] = label_point(geom)
            props["provenance"] += "; point: centroid of the largest part"
        own = {fold(n) for n in (clean_name(raw.get("name")), clean_name(raw.get("name_en"))) if n}
        records.append(Admin1Record(props, geom, raw_latin_names(raw, props["country"], stats), own))
    assign_names(records, stats)
    return sorted(records, key=lambda r: r.props["id"])


def assign_names(records: Sequence[Admin1Record], stats: BuildStats) -> None:
    """Fill props["names"], dropping an alias that is another same-country region's own name.

    Natural Earth copies aliases between neighbours (a city's names on its surrounding province, a former
    parent province as woe_name); a name that is region B's ``name``/``name_en`` is dropped from region A
    unless it is also A's own name.
    """
    owners: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for record in records:
        for key in record.own_names:
            owners[(record.props["country"], key)].add(record.props["id"])
    for record in records:
        kept = set()
        for name in record.candidate_names:
            holders = owners.get((record.props["country"], fold(name)), set())
            if holders and record.props["id"] not in holders:
                stats.names_dropped_as_other_primary += 1
            else:
                kept.add(name)
        record.props["names"] = sorted(kept)


# -------------------------------------------------------------------------------------- countries


def country_codes(props: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(alpha-2, alpha-3) for a Natural Earth country, fixing its "-99" codes; (None, None) if unknown."""
    fix = COUNTRY_CODE_FIXES.get(props.get("ADM0_A3", ""))
    if fix:
        return fix
    a2 = next((v for v in (props.get("ISO_A2"), props.get("ISO_A2_EH"))
               if isinstance(v, str) and _ALPHA2.fullmatch(v)), None)
    a3 = next((v for v in (props.get("ISO_A3"), props.get("ISO_A3_EH"))
               if isinstance(v, str) and _ALPHA3.fullmatch(v)), None)
    return a2, a3


COUNTRY_NAME_FIELDS = ("NAME", "NAME_EN", "NAME_LONG", "ADMIN", "GEOUNIT", "SUBUNIT", "FORMAL_EN", "NAME_SORT",
                       "BRK_NAME", "NAME_ALT", "NAME_CIAWF")


def country_names(props: Mapping[str, Any]) -> list[str]:
    """Sorted unique Latin-script English-like names of a country.

    A unit without an ISO code is a disputed fragment (the Siachen Glacier), and its other names name the
    whole dispute ("Kashmir"), not it: it keeps only its own name.
    """
    fields = COUNTRY_NAME_FIELDS if country_codes(props)[0] else ("NAME",)
    names = {clean_name(props.get(key)) for key in fields}
    return sorted(n for n in names if n and is_latin_name(n))


def country_provenance(props: Mapping[str, Any], alpha2: str | None) -> str:
    """Provenance line for a country, naming any border changes made here."""
    a3 = props.get("ADM0_A3")
    text = f"Natural Earth 50m admin-0 ({a3})"
    merged = sorted(src for src, target in COUNTRY_MERGES.items() if target == a3)
    if merged:
        text += f"; includes Natural Earth {', '.join(merged)} (internationally recognised borders)"
    occupied = sorted(iso for iso, occupier in OCCUPIED_BY.items() if alpha2 in (occupier, iso[:2]))
    if occupied:
        text += f"; {', '.join(occupied)} drawn as {occupied[0][:2]} (internationally recognised borders)"
    return text


def move_occupied(
    countries: dict[str, BaseGeometry], occupied: Mapping[str, BaseGeometry]
) -> None:
    """Move occupied areas (by ISO 3166-2 code) from the occupier's polygon to the recognised country's.

    Whole polygon parts of the occupier that lie mostly inside an occupied area are moved, so no coastline
    slivers are left behind where the 10m admin-1 and 50m country outlines differ.
    """
    by_occupier: dict[tuple[str, str], list[BaseGeometry]] = defaultdict(list)
    for iso, geom in occupied.items():
        by_occupier[(OCCUPIED_BY[iso], iso[:2])].append(geom)
    for (occupier, owner), areas in by_occupier.items():
        if occupier not in countries or owner not in countries:
            raise BuildError(f"countries file lacks {occupier} or {owner}; cannot redraw occupied areas")
        area = shapely.union_all(areas)
        keep, move = [], []
        for part in shapely.get_parts(countries[occupier]):
            inside = part.intersection(area).area
            (move if inside > 0.5 * part.area else keep).append(part)
        if not move:
            raise BuildError(f"no {occupier} polygon lies in the occupied area of {owner}")
        countries[occupier] = polygonal(shapely.union_all(keep))
        countries[owner] = polygonal(shapely.union_all([countries[owner], *move]))


def country_point(
    a2: str | None, geom: BaseGeometry, points: Mapping[str, CountryPoint], notes: list[str]
) -> tuple[float, float, str]:
    """(lat, lon, provenance of the point) of a country: its reference point from country_points.csv if it
    lies in (or, for island states, just off) the country, else the centroid of its largest part."""
    row = points.get(a2) if a2 else None
    reference = row.point() if row else None
    if row is not None and reference is not None:
        lat, lon = reference
        if geom.distance(shapely.Point(lon, lat)) <= POINT_MAX_OFFSHORE_DEGREES:
            centre = label_point(geom)
            apart = great_circle(reference, centre).km
            # (not for an archipelago whose largest island holds less than half its land, the Philippines or the
            # Marshall Islands: that island's centroid is no centre of the country)
            if apart > REFERENCE_CENTRE_KM and largest_part(geom).area >= geom.area / 2:
                # a reference point far from the country's geographic centre (Google's Finland lies near Helsinki,
                # its Sweden near Stockholm, its Vietnam in the south): the pin moves toward the centre, half way
                # and at most MAX_SHIFT_KM, between the point web maps use and the centre reference works give
                # (on the country's land: a point that falls in the sea, off Sweden's coast, goes to the nearest
                # shore)
                step = min(apart / 2, MAX_SHIFT_KM)
                lat, lon = along_great_circle(reference, centre, step / apart)
                point = shapely.Point(lon, lat)
                if not geom.contains(point):
                    point = nearest_points(geom, point)[0]
                return _round(point.y), _round(point.x), (f"point: {row.source} reference point moved {round(step)} "
                                                           "km toward the centroid of the largest part")
            return lat, lon, f"point: {row.source} reference point"
        notes.append(f"{a2}: {row.source} point ({lat}, {lon}) lies outside the country; used the centroid")
    lat, lon = label_point(geom)
    return lat, lon, "point: centroid of the largest part"


def along_great_circle(a: tuple[float, float], b: tuple[float, float], fraction: float) -> tuple[float, float]:
    """The (lat, lon) point ``fraction`` of the way from ``a`` to ``b`` along the great circle between them."""
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (a, b))
    d = great_circle(a, b).km / EARTH_RADIUS
    if d == 0:
        return a
    x1, y1, z1 = math.cos(la1) * math.cos(lo1), math.cos(la1) * math.sin(lo1), math.sin(la1)
    x2, y2, z2 = math.cos(la2) * math.cos(lo2), math.cos(la2) * math.sin(lo2), math.sin(la2)
    wa, wb = math.sin((1 - fraction) * d) / math.sin(d), math.sin(fraction * d) / math.sin(d)
    x, y, z = wa * x1 + wb * x2, wa * y1 + wb * y2, wa * z1 + wb * z2
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def build_countries(
    features: Sequence[Mapping[str, Any]], occupied: Mapping[str, BaseGeometry],
    points: Mapping[str, CountryPoint],
) -> tuple[list[dict[str, Any]], list[str]]:
    """Build country features (sorted by id); also returns notes on merged and skipped features."""
    notes: list[str] = []
    by_a3 = {f["properties"]["ADM0_A3"]: f for f in features}
    geoms: dict[str, BaseGeometry] = {}
    chosen: dict[str, Mapping[str, Any]] = {}
    merges: dict[str, list[BaseGeometry]] = defaultdict(list)
    for a3, feature in sorted(by_a3.items()):
        props = feature["properties"]
        if a3 in COUNTRY_SKIPS:
            notes.append(f"skipped {props.get('NAME')} ({a3}): tiny, no ISO code")
            continue
        if a3 in COUNTRY_MERGES:
            merges[COUNTRY_MERGES[a3]].append(valid_geometry(feature.get("geometry")))
            notes.append(f"merged {props.get('NAME')} ({a3}) into {COUNTRY_MERGES[a3]}")
            continue
        a2, _ = country_codes(props)
        key = a2 or f"ne0:{a3}"
        if key in chosen:
            raise BuildError(f"two countries resolve to {key}")
        if a2 is None:
            notes.append(f"kept {props.get('NAME')} ({a3}) without an ISO code as id ne0:{a3}")
        chosen[key] = props
        geoms[key] = valid_geometry(feature.get("geometry"))
    for target_a3, extra in merges.items():
        key = country_codes(by_a3[target_a3]["properties"])[0] or f"ne0:{target_a3}"
        geoms[key] = polygonal(shapely.union_all([geoms[key], *extra]))
    move_occupied(geoms, occupied)
    out = []
    for key, props in chosen.items():
        a2, a3 = country_codes(props)
        geom = simplify(geoms[key], COUNTRY_TOLERANCE)
        lat, lon, point_source = country_point(a2, geom, points, notes)
        pop = props.get("POP_EST")
        out.append(feature_json({
            "id": f"iso:{a2}" if a2 else key,
            "name": clean_name(props.get("NAME")) or clean_name(props.get("NAME_EN")),
            "kind": "country",
            "country": a2,
            "iso_a3": a3,
            "names": country_names(props),
            "lat": lat,
            "lon": lon,
            "wikidata": props.get("WIKIDATAID") or None,
            "population": int(pop) if isinstance(pop, (int, float)) and pop >= 0 else None,
            "provenance": f"{country_provenance(props, a2)}; {point_source}",
        }, geom))
    unused = sorted(set(points) - {country_codes(props)[0] for props in chosen.values()})
    if unused:
        raise BuildError(f"country_points.csv lists codes with no country: {', '.join(unused)}")
    return sorted(out, key=lambda f: f["properties"]["id"]), notes


# ------------------------------------------------------------------------------------------ land


def build_land(features: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Simplified land polygons, one feature per polygon, sorted by position."""
    polys: list[Polygon] = []
    for feature in features:
        geom = simplify(valid_geometry(feature.get("geometry")), LAND_TOLERANCE)
        polys.extend(p for p in shapely.get_parts(geom) if isinstance(p, Polygon))
    feats = [feature_json({}, p) for p in polys]
    return sorted(feats, key=lambda f: json.dumps(f["geometry"]["coordinates"]))


# ---------------------------------------------------------------------------------------- output


def feature_json(props: dict[str, Any], geom: BaseGeometry) -> dict[str, Any]:
    """A GeoJSON Feature dict."""
    return {"type": "Feature", "properties": props, "geometry": geometry_json(geom)}


def collection_bytes(features: Iterable[Mapping[str, Any]]) -> bytes:
    """Serialise a FeatureCollection compactly, one feature per line."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":"), allow_nan=False) for f in features]
    return ('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n").encode("utf-8")


def gzip_bytes(data: bytes) -> bytes:
    """Gzip with mtime 0 and no file name in the header, so equal input gives equal bytes."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as handle:
        handle.write(data)
    return buffer.getvalue()


def disputed_features(records: Sequence[Admin1Record]) -> list[dict[str, Any]]:
    """Features for the occupied regions, carrying both points of view."""
    out = []
    for record in records:
        occupier = record.props["occupied_by"]
        if occupier:
            out.append(feature_json({
                "id": record.props["id"],
                "name": record.props["name"],
                "de_jure": record.props["country"],
                "de_facto": occupier,
                "note": DISPUTED_NOTE,
            }, record.geometry))
    found = {f["properties"]["id"] for f in out}
    if len(found) != len(OCCUPIED_BY):
        expected = ", ".join(OCCUPIED_BY)
        raise BuildError(f"expected {len(OCCUPIED_BY)} occupied regions ({expected}), found {len(found)}")
    return out


# ------------------------------------------------------------------------------------------- CLI


def build(data_dir: Path, out_dir: Path, points_path: Path = POINTS_INPUT) -> dict[str, int]:
    """Build all four files; returns {file name: size in bytes}."""
    points = load_country_points(points_path)
    admin1_src = load_features(data_dir / ADMIN1_INPUT)
    countries_src = load_features(data_dir / COUNTRIES_INPUT)
    land_src = load_features(data_dir / LAND_INPUT)
    stats = BuildStats()

    records = build_admin1(admin1_src, stats)
    occupied = {
        f["properties"].get("iso_3166_2"): valid_geometry(f.get("geometry"))
        for f in admin1_src if f["properties"].get("iso_3166_2") in OCCUPIED_BY
    }
    countries, notes = build_countries(countries_src, occupied, points)
    units = build_units(admin1_src)
    units += build_groups(admin1_src, records, units)
    outputs = {
        ADMIN1_OUTPUT: gzip_bytes(collection_bytes(feature_json(r.props, r.geometry)
                                                   for r in sorted(records + units, key=lambda r: r.props["id"]))),
        COUNTRIES_OUTPUT: gzip_bytes(collection_bytes(countries)),
        DISPUTED_OUTPUT: collection_bytes(disputed_features(records)),
        LAND_OUTPUT: gzip_bytes(collection_bytes(build_land(land_src))),
    }
    for name, data in outputs.items():
        write_atomic(out_dir / name, data)
    report(stats, notes, len(records), len(countries))
    return {name: len(data) for name, data in outputs.items()}


def report(stats: BuildStats, notes: Sequence[str], n_admin1: int, n_countries: int) -> None:
    """Print what the build changed or dropped."""
    print(f"admin-1 regions: {n_admin1} (dropped empty: {stats.admin1_dropped or 'none'}); "
          f"id fallbacks to ne1: for repeated gn_id: {stats.id_fallbacks}")
    print(f"admin-1 corrections applied: {len(stats.corrections_applied)}"
          + (f"; no longer matching (check upstream): {', '.join(stats.corrections_stale)}"
             if stats.corrections_stale else ""))
    rejected = ", ".join(f"{k} {v}" for k, v in sorted(stats.names_rejected.items()))
    print(f"names: repaired mojibake {stats.names_repaired}; rejected {rejected or 'none'}; "
          f"dropped as another region's own name {stats.names_dropped_as_other_primary}")
    print(f"countries: {n_countries}; " + "; ".join(notes))


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        prog="python -m geo.gazetteer.build_regions",
        description="Build gazetteer/base region, country, disputed-area and land files from Natural Earth.",
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"),
                        help="directory with the Natural Earth inputs (default: ../shared/data)")
    parser.add_argument("--out", type=Path, default=Path("gazetteer/base"),
                        help="output directory (default: gazetteer/base)")
    parser.add_argument("--points", type=Path, default=POINTS_INPUT,
                        help=f"country reference points (default: {POINTS_INPUT})")
    args = parser.parse_args(argv)
    try:
        sizes = build(args.data, args.out, args.points)
    except BuildError as exc:
        print(f"build_regions: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"build_regions: error: {exc}", file=sys.stderr)
        return 1
    for name, size in sizes.items():
        print(f"{args.out / name}: {size:,} bytes")
    print(f"total: {sum(sizes.values()):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
