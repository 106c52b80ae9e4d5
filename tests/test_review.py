"""`geo review`: every place of the seed story with its reason, doubtful readings first, article text escaped,
a self-contained page, and a summary that lists what to check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markupsafe import escape

from geo.review import SECTIONS, render_review, review_entries, sections
from geo.story import build_story
from tests.conftest import run_geo
from tests.mapstory import SEEDS_DIR, make_story, seeds_result

INJECTION = 'North Korea sent <script>alert("pwned")</script> troops to the Kursk region, officials said.\n'


@pytest.fixture(scope="module")
def seeds_page(gaz) -> str:
    return render_review(seeds_result(), gaz)


@pytest.mark.slow
def test_every_seed_place_is_listed_with_its_reason(gaz, seeds_places, seeds_page) -> None:
    entries = review_entries(seeds_result(), gaz)
    missing = []
    for place in seeds_places["must_map"]:
        hits = [e for e in entries if e.form in place["forms"] and e.place is not None and not e.furniture]
        if not hits:
            missing.append(place["place"])
        for e in hits:
            assert e.mention.reason, e.form
            assert str(escape(e.mention.reason)) in seeds_page, e.form
            assert f"&ldquo;{escape(e.form)}&rdquo;" in seeds_page
    assert not missing


@pytest.mark.slow
def test_sections_in_order_and_doubtful_first(gaz, seeds_page) -> None:
    ids = re.findall(r'<section id="([a-z]+)"', seeds_page)
    assert ids == [key for key, _, _ in SECTIONS] == ["unresolved", "low", "pinned", "confident", "actors", "furniture"]
    parts = {key: groups for key, _, _, groups in sections(review_entries(seeds_result(), gaz), gaz)}
    low = [e for g in parts["low"] for e in g.entries]
    assert "Renson" in {e.form for e in low} and all(e.confidence < 0.7 for e in low)
    assert [g.confidence for g in parts["low"]] == sorted(g.confidence for g in parts["low"])
    assert all(g.locator is not None for g in parts["low"])  # a locator map per doubtful choice
    assert {"Moscow", "Kyiv"} <= {e.form for g in parts["actors"] for e in g.entries}
    assert {"Azerbaijan", "India", "Ternopil"} <= {e.form for g in parts["furniture"] for e in g.entries}
    confident = [e for g in parts["confident"] for e in g.entries]
    assert all(e.confidence >= 0.7 and e.role == "place" and not e.furniture for e in confident)


def test_alternatives_and_place_details_are_shown(seeds_page) -> None:
    renson = seeds_page[seeds_page.index("&ldquo;Renson&rdquo;"):]
    renson = renson[: renson.index("</article>")]
    assert "Runner-up readings" in renson and "dist:ryongsong-pyongyang" in renson
    assert "<mark>Renson</mark>" in renson and "003_d4523592a0cb5161.txt:369" in renson
    assert "fac:ryongsong-machine-complex" in seeds_page and "approximate, within 12 km" in seeds_page


def test_article_text_is_escaped_and_page_is_self_contained(tmp_path: Path, gaz) -> None:
    story = make_story(tmp_path / "s", {"a.txt": INJECTION})
    html = render_review(build_story(story), gaz)
    assert "<script" not in html  # no scripts at all, and the article's one stays text
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in html
    assert "<link" not in html and "src=" not in html and "http" not in html.split("<main>")[0]


def test_cli_writes_page_and_csv_and_prints_summary(tmp_path: Path) -> None:
    out = tmp_path / "out" / "rev.html"
    result = run_geo("review", str(SEEDS_DIR), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.is_file() and out.with_suffix(".csv").is_file()
    first, *doubtful = result.stdout.strip().splitlines()
    assert first.startswith("unresolved candidates: ") and "low-confidence choices: " in first
    assert any("Renson -> Ryongsong Machine Complex [facility, KP]" in line and "003_d4523592a0cb5161.txt:369" in line
               for line in doubtful)
    header = out.with_suffix(".csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == ("file,start,end,text,place_id,name,kind,country,lat,lon,confidence,role,boilerplate,pinned,"
                      "match,reason")


def test_cli_refuses_output_inside_the_story_folder(tmp_path: Path) -> None:
    story = make_story(tmp_path / "s", {"a.txt": INJECTION})
    result = run_geo("review", str(story), "-o", str(story / "review.html"))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "read as an article" in result.stderr


def test_cli_default_output_beside_the_folder(tmp_path: Path) -> None:
    story = make_story(tmp_path / "s", {"a.txt": INJECTION})
    result = run_geo("review", str(story), "--csv", str(tmp_path / "r.csv"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "s-review.html").is_file() and (tmp_path / "r.csv").is_file()
    assert sorted(p.name for p in story.iterdir()) == ["a.txt"]
