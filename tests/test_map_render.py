"""The HTML map: structure, layers, escaping of article text, approximate places, bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.mapview import render_map
from geo.story import build_story, write_outputs
from tests.conftest import run_geo
from tests.mapstory import make_story, seeds_result

INJECTION = ('North Korea sent <script>alert("pwned")</script> troops to the Kursk region, '
             'according to <img src=x onerror=alert(1)> officials.\n')


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="geo-data">(.*?)</script>', html, re.DOTALL)
    assert m, "the page carries its data as JSON"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def seeds_html() -> str:
    return render_map(seeds_result())


def test_layers_and_actor_layer_off(seeds_html: str) -> None:
    layers = {l["key"]: l["on"] for l in page_data(seeds_html)["layers"]}
    assert layers == {"facilities": True, "cities": True, "regions": True, "countries": True, "actors": False}


def test_every_place_in_data_and_text_alternative(seeds_html: str) -> None:
    data = page_data(seeds_html)
    for p in data["places"]:
        assert f'id="{p["dom"]}"' in seeds_html  # the list entry the popup clones
    assert 'id="geo-places"' in seeds_html and "Places and what the articles say" in seeds_html


def test_approximate_drawn_as_circle(seeds_html: str) -> None:
    places = {p["id"]: p for p in page_data(seeds_html)["places"]}
    complex_ = places["fac:ryongsong-machine-complex"]
    assert complex_["radius_m"] == 12000
    assert places["fac:february-11-plant"]["radius_m"] is None


def test_regions_are_areas_and_view_fits_story(seeds_html: str) -> None:
    data = page_data(seeds_html)
    places = {p["id"]: p for p in data["places"]}
    assert places["gn:538555"]["area"]["type"] in ("Polygon", "MultiPolygon")
    (south, west), (north, east) = data["bounds"]
    assert 30 < south < 45 and 30 < west < 40 and 50 < north < 60 and 125 < east < 130  # Korea to Kursk


def test_attribution_and_legend(seeds_html: str) -> None:
    assert "GeoNames" in page_data(seeds_html)["attribution"]
    assert "Natural Earth" in page_data(seeds_html)["attribution"]
    assert 'class="geo-legend"' in seeds_html


def test_conflict_visible_in_popup_source(seeds_html: str) -> None:
    assert "Sources differ on the troops" in seeds_html
    assert "60-70% smaller" in seeds_html


def test_offline_has_no_remote_fetches() -> None:
    html = render_map(seeds_result(), offline=True)
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', html)
    assert "tile.openstreetmap.org" not in html
    assert page_data(html)["basemap"]["features"]


def test_online_uses_pinned_cdn_with_integrity(seeds_html: str) -> None:
    assert 'src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js" integrity="sha384-' in seeds_html


def test_deterministic(seeds_html: str) -> None:
    assert render_map(seeds_result()) == seeds_html


def test_injection_is_escaped(tmp_path: Path) -> None:
    story = make_story(tmp_path / "evil", {"a.txt": INJECTION, "story.yaml":
                       'title: "<script>alert(2)</script>"\narticles:\n  a.txt:\n    outlet: "<b>Evil</b>"\n'})
    html = render_map(build_story(story))
    assert "<script>alert" not in html
    assert "<img src=x" not in html and "<b>Evil</b>" not in html
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in html  # shown as text
    assert "&lt;b&gt;Evil&lt;/b&gt;" in html


def test_empty_story_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no articles"):
        build_story(tmp_path / "empty")
    result = run_geo("map", str(tmp_path / "empty"), "-o", str(tmp_path / "o.html"), "--no-progress")
    assert result.returncode != 0 and result.stderr.count("\n") == 1 and "no articles" in result.stderr


def test_article_without_places_renders_with_note(tmp_path: Path) -> None:
    story = make_story(tmp_path / "quiet", {"a.txt": "Nothing happened anywhere today, officials said.\n"})
    out = tmp_path / "quiet.html"
    result = run_geo("map", str(story), "-o", str(out), "--no-progress")
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "no places found" in html and "No places were found" in html
    assert json.loads(out.with_suffix(".geojson").read_text())["features"] == []


def test_html_article_extracted_and_traced(tmp_path: Path) -> None:
    page = ("<html><head><title>T</title><script>var x = 'Moscow';</script></head><body><nav>Home | World</nav>"
            "<article><h1>Plant grows</h1><p>North Korea is expanding the February 11 plant in Hamhung, "
            "according to CNS &amp; Reuters.</p><p>About 11,000 North Korean troops are in the Kursk region, "
            "officials said.</p></article><footer>Copyright</footer></body></html>")
    story = make_story(tmp_path / "web", {"a.html": page})
    r = build_story(story)
    raw = (story / "a.html").read_text(encoding="utf-8")
    assert r.claims
    for c in r.claims.values():
        fragment = raw[c.start:c.end]
        assert re.sub(r"<[^>]+>", "", fragment).replace("&amp;", "&") == c.quote


def test_bad_borders_option(tmp_path: Path) -> None:
    result = run_geo("map", "seeds", "-o", str(tmp_path / "x.html"), "--borders", "russian")
    assert result.returncode != 0 and "'russian'" in result.stderr and "recognised" in result.stderr


def test_de_facto_borders_move_crimea(tmp_path: Path) -> None:
    from geo.areas import area_geometry
    from shapely.geometry import Point, shape

    sevastopol = Point(33.52, 44.6)  # (lon, lat)
    assert shape(area_geometry("iso:UA")).contains(sevastopol)
    assert shape(area_geometry("iso:RU", borders="de-facto")).contains(sevastopol)
    assert not shape(area_geometry("iso:UA", borders="de-facto")).contains(sevastopol)


def test_write_outputs_writes_three_files(tmp_path: Path) -> None:
    paths = write_outputs(seeds_result(), tmp_path / "m.html")
    assert [p.name for p in paths] == ["m.html", "m.geojson", "m.csv"]
    assert all(p.stat().st_size > 0 for p in paths)
    assert not list(tmp_path.glob(".*tmp"))


def test_many_markers_cluster() -> None:
    from geo.mapview import CLUSTER_THRESHOLD
    from geo.story import MappedPlace, StoryResult

    places = [MappedPlace(id=f"x:{i}", name=f"Town {i}", kind="city", role="place", lat=40 + i / 100, lon=30 + i / 100)
              for i in range(CLUSTER_THRESHOLD + 1)]
    result = StoryResult(title="Many", summary=None, articles=[], places=places, claims={}, groups={})
    html = render_map(result, offline=True)
    assert page_data(html)["cluster"] is True
    assert "markerClusterGroup" in html and "MarkerCluster" in html
