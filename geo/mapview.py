"""The published map: one static HTML page around Leaflet, built from a Jinja2 template with autoescape on.

Why not folium's page template: folium puts popup and tooltip strings into the page unescaped, gives elements
random ids (a saved map differs between runs) and hard-codes CDN tags (no offline mode). geo renders the same
Leaflet map itself, so that:

* every string from an article reaches the page only through Jinja's autoescaping (quotes, outlets, titles) or
  as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped, and the page script
  only ever sets ``textContent`` or clones the escaped list: a ``<script>`` in an article is shown as text;
* the text alternative (places and claims as an HTML list) is the single rendering of the claims: a popup is a
  clone of the place's entry in the list, so screen readers and no-JS readers get the same content;
* online and offline pages share data, template and layer logic; ``offline=True`` inlines Leaflet (and
  markercluster when used) from ``geo/static`` and draws a Natural Earth basemap instead of tiles, so the file
  renders with no network at all.

Layers: facilities, cities, regions (areas), countries (light context) on; actors (places named only as a
stand-in for a government) off. Approximate places are circles of their radius, never pins. Markers are
keyboard-focusable (Tab, then Enter opens the popup); every place also has a "Show on map" button in the list.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from geo.areas import Borders, area_geometry, basemap, disputed
from geo.claims import Claim
from geo.story import KIND_LABEL, MappedPlace, StoryResult

LAYERS: list[tuple[str, str, bool]] = [  # key, label, shown at start
    ("facilities", "Facilities and sites", True),
    ("cities", "Cities", True),
    ("regions", "Regions", True),
    ("countries", "Countries", True),
    ("actors", "Actors (governments named by their capital)", False),
]
LAYER_OF_KIND = {"facility": "facilities", "landmark": "facilities", "crossing": "facilities", "city": "cities",
                 "district": "cities", "region": "regions", "area": "regions", "water": "regions",
                 "country": "countries", "continent": "countries"}
CLUSTER_THRESHOLD = 60  # point markers beyond which markers cluster
WORLD = [[-50.0, -170.0], [72.0, 170.0]]
LEAFLET_VERSION = "1.9.4"
MARKERCLUSTER_VERSION = "1.5.3"
TILES = {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
         "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'}
DATA_ATTRIBUTION = ('Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) &middot; '
                    'Made with <a href="https://www.naturalearthdata.com/">Natural Earth</a>')
_ASSETS = {  # static file -> (CDN URL, kind)
    "leaflet/leaflet.css": (f"https://unpkg.com/leaflet@{LEAFLET_VERSION}/dist/leaflet.css", "css"),
    "leaflet/leaflet.js": (f"https://unpkg.com/leaflet@{LEAFLET_VERSION}/dist/leaflet.js", "js"),
    "markercluster/MarkerCluster.css": (
        f"https://unpkg.com/leaflet.markercluster@{MARKERCLUSTER_VERSION}/dist/MarkerCluster.css", "css"),
    "markercluster/MarkerCluster.Default.css": (
        f"https://unpkg.com/leaflet.markercluster@{MARKERCLUSTER_VERSION}/dist/MarkerCluster.Default.css", "css"),
    "markercluster/leaflet.markercluster.js": (
        f"https://unpkg.com/leaflet.markercluster@{MARKERCLUSTER_VERSION}/dist/leaflet.markercluster.js", "js"),
}


# ------------------------------------------------------------------------------------------------ helpers
def dom_id(place_id: str) -> str:
    """A stable HTML id for a place ("fac:february-11-plant" -> "place-fac-february-11-plant")."""
    return "place-" + re.sub(r"[^A-Za-z0-9_-]", "-", place_id)


def script_json(data: Any) -> Markup:
    """JSON safe inside ``<script type="application/json">``: ``<``, ``>``, ``&`` and U+2028/9 are escaped, so
    no string can close the script element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return Markup(text)


@cache
def _static(name: str) -> str:
    return resources.files("geo").joinpath("static", name).read_text(encoding="utf-8")


@cache
def _template_text(name: str) -> str:
    return resources.files("geo").joinpath("templates", name).read_text(encoding="utf-8")


def _inline(name: str) -> str:
    """A vendored file ready to inline: no source-map comment, no image URLs (none are available offline)."""
    text = _static(name)
    text = re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.MULTILINE)
    return re.sub(r"url\(images/[^)]*\)", "none", text)


def _sri(name: str) -> str:
    digest = hashlib.sha384(_static(name).encode("utf-8")).digest()
    return "sha384-" + base64.b64encode(digest).decode("ascii")


def asset_tags(*, offline: bool, cluster: bool) -> Markup:
    """``<link>``/``<script>`` tags (online: unpkg with SRI) or inlined ``<style>``/``<script>`` (offline)."""
    names = ["leaflet/leaflet.css", "leaflet/leaflet.js"]
    if cluster:
        names += ["markercluster/MarkerCluster.css", "markercluster/MarkerCluster.Default.css",
                  "markercluster/leaflet.markercluster.js"]
    parts = []
    for name in names:
        url, kind = _ASSETS[name]
        if offline:
            body = _inline(name)
            if "</script" in body.lower() or "</style" in body.lower():
                raise ValueError(f"vendored asset {name} contains a closing tag and cannot be inlined")
            parts.append(f"<style>{body}</style>" if kind == "css" else f"<script>{body}</script>")
        elif kind == "css":
            parts.append(f'<link rel="stylesheet" href="{url}" integrity="{_sri(name)}" crossorigin="anonymous">')
        else:
            parts.append(f'<script src="{url}" integrity="{_sri(name)}" crossorigin="anonymous"></script>')
    return Markup("\n".join(parts))


# --------------------------------------------------------------------------------------------- view model
def layer_of(place: MappedPlace) -> str:
    """The toggle layer of a place: actors apart, else by kind."""
    return "actors" if place.role == "actor" else LAYER_OF_KIND.get(place.kind, "cities")


def _citation(claim: Claim, *, relation: str, names: dict[str, str]) -> dict[str, Any]:
    s = claim.source
    return {
        "quote": claim.quote, "outlet": s.label(), "title": s.title, "url": s.url,
        "published": s.published.isoformat() if s.published else None, "path": s.path,
        "attribution": claim.attribution, "context": claim.context,
        "about": [names.get(p, p) for p in claim.about] if relation == "mentions" else [],
        "figures": [f.text for f in claim.figures],
    }


def place_items(place: MappedPlace, result: StoryResult, names: dict[str, str]) -> list[dict[str, Any]]:
    """The claims shown for a place, one item per claim group (every outlet of the group, conflicts first)."""
    seen: dict[str, dict[str, Any]] = {}
    for relation, ids in (("about", place.claims), ("mentions", place.also)):
        for cid in ids:
            gid = result.claims[cid].group
            if gid in seen:
                continue
            group = result.groups[gid]
            seen[gid] = {
                "group": gid, "relation": relation,
                "conflicts": [c.describe() for c in group.conflicts],
                "citations": [_citation(result.claims[m], relation=relation, names=names) for m in group.claims],
            }
    return sorted(seen.values(), key=lambda it: (it["relation"] != "about", not it["conflicts"],
                                                 -len(it["citations"])))


def initial_bounds(places: list[MappedPlace], areas: dict[str, dict]) -> list[list[float]]:
    """What the first view fits: the non-country places that at least two files name (the story's core),
    else all non-actor places, else the world. Region polygons count with their extent."""
    def pick(ps: list[MappedPlace]) -> list[list[float]]:
        lats: list[float] = []
        lons: list[float] = []
        for p in ps:
            geom = areas.get(p.id)
            if geom is not None and p.kind != "country":
                for lon, lat in _coords(geom):
                    lats.append(lat)
                    lons.append(lon)
            else:
                lats.append(p.lat)
                lons.append(p.lon)
        return [[min(lats), min(lons)], [max(lats), max(lons)]] if lats else []

    literal = [p for p in places if p.role == "place"]
    for chosen in ([p for p in literal if p.kind != "country" and p.sources >= 2],
                   [p for p in literal if p.kind != "country"], literal):
        box = pick(chosen)
        if box:
            return box
    return WORLD


def _coords(geom: dict[str, Any]):
    def walk(x):
        if isinstance(x[0], (int, float)):
            yield x
        else:
            for y in x:
                yield from walk(y)
    yield from walk(geom["coordinates"])


def map_data(result: StoryResult, *, offline: bool, borders: Borders) -> dict[str, Any]:
    """The JSON the page script draws from (geometry and layer only; all text lives in the escaped list)."""
    areas: dict[str, dict] = {}
    rows = []
    for p in result.places:
        area = area_geometry(p.id, borders=borders) if p.kind in ("region", "country") else None
        if area is not None:
            areas[p.id] = area
        rows.append({
            "id": p.id, "dom": dom_id(p.id), "name": p.name, "kind": p.kind, "layer": layer_of(p),
            "lat": round(p.lat, 6), "lon": round(p.lon, 6), "area": area,
            "radius_m": round(p.radius_km * 1000) if p.precision == "approximate" and p.radius_km else None,
            "claims": len(p.claims) + len(p.also),
        })
    points = sum(1 for r in rows if r["area"] is None and r["radius_m"] is None)
    codes = {p.id for p in result.places if p.kind == "country"}
    disputes = []
    for f in disputed():
        props = f["properties"]
        if {f"iso:{props['de_jure']}", f"iso:{props['de_facto']}"} & codes:
            holder = "Ukraine" if props["de_jure"] == "UA" else props["de_jure"]
            note = (f"{props['name']}: internationally recognised as part of {holder}; occupied by Russia"
                    if borders == "recognised" else
                    f"{props['name']}: shown as controlled by Russia (de-facto view); internationally "
                    f"recognised as part of {holder}")
            disputes.append({"note": note, "area": f["geometry"]})
    return {
        "places": rows,
        "layers": [{"key": k, "label": label, "on": on} for k, label, on in LAYERS],
        "bounds": initial_bounds(result.places, areas),
        "cluster": points > CLUSTER_THRESHOLD,
        "basemap": basemap(borders=borders) if offline else None,
        "tiles": None if offline else TILES,
        "attribution": DATA_ATTRIBUTION,
        "disputed": disputes,
        "borders": borders,
    }


# ----------------------------------------------------------------------------------------------- rendering
@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("geo", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["script_json"] = script_json
    return env


def render_map(result: StoryResult, *, offline: bool = False, borders: Borders = "recognised") -> str:
    """The whole HTML page (see the module docstring). Deterministic for the same story and options."""
    data = map_data(result, offline=offline, borders=borders)
    names = {p.id: p.name for p in result.places}
    order = {k: i for i, (k, _, _) in enumerate(LAYERS)}
    places = sorted(result.places, key=lambda p: (order[layer_of(p)], -(len(p.claims) + len(p.also)), p.name))
    view = [{
        "place": p, "dom": dom_id(p.id), "layer": layer_of(p), "kind_label": KIND_LABEL.get(p.kind, p.kind),
        "items": place_items(p, result, names),
    } for p in places]
    template = _environment().get_template("map.html.j2")
    return template.render(
        title=result.title, summary=result.summary, notes=result.notes, places=view,
        layers=LAYERS, offline=offline, borders=borders, data=data,
        assets=asset_tags(offline=offline, cluster=data["cluster"]),
        style=Markup(_template_text("map.css")), script=Markup(_template_text("map.js")),
        n_articles=len(result.articles), n_claims=len(result.claims),
    )
