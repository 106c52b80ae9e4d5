"""The offline map in a real headless Chromium with the network off: no console errors, a layer toggles,
the February 11 Plant popup shows its citations. A screenshot is saved under test-artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.story import write_outputs
from tests.mapstory import ROOT, seeds_result

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"headless Chromium not installed at {CHROMIUM} (apt-get install chromium; .ci/run does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install '.[test]')")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def open_offline_map(browser, tmp_path: Path, *, width: int, height: int):
    out = tmp_path / "seeds.html"
    write_outputs(seeds_result(), out, offline=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_offline(True)
    remote: list[str] = []

    def block(route) -> None:
        if not route.request.url.startswith(("file:", "data:", "about:")):
            remote.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", block)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(out.as_uri())
    page.wait_for_function("window.geoMap !== undefined", timeout=15000)
    return context, page, errors, remote


def test_offline_map_in_chromium(browser, tmp_path: Path) -> None:
    context, page, errors, remote = open_offline_map(browser, tmp_path, width=1280, height=800)
    try:
        assert page.locator(".leaflet-marker-icon").count() >= 3
        # Toggle the actors layer on (it starts off) and the cities layer off.
        actors = page.get_by_label("Actors (governments named by their capital)")
        assert not actors.is_checked()
        actors.check()
        assert page.evaluate("window.geoMap.map.hasLayer(window.geoMap.layers.actors)")
        page.get_by_label("Cities").uncheck()
        assert not page.evaluate("window.geoMap.map.hasLayer(window.geoMap.layers.cities)")
        # Open the February 11 Plant popup from its marker (keyboard: focus + Enter).
        marker = page.locator('.leaflet-marker-icon[title="February 11 Plant"]')
        marker.focus()
        page.keyboard.press("Enter")
        popup = page.locator(".leaflet-popup-content .geo-popup")
        popup.wait_for(timeout=5000)
        text = popup.inner_text()
        assert "February 11 Plant" in text
        for outlet in ("Newsweek", "Kyiv Post", "Viewus Global", "112.ua", "dayfr.com"):
            assert outlet in text, outlet
        assert "Sources differ" in text
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seeds-offline-popup.png"))
        assert errors == []
        assert remote == []
    finally:
        context.close()


def test_phone_width_is_readable(browser, tmp_path: Path) -> None:
    context, page, errors, _ = open_offline_map(browser, tmp_path, width=375, height=740)
    try:
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"page overflows a 375 px phone: {width} px"
        box = page.locator("#geo-map").bounding_box()
        assert box and box["width"] >= 370 and box["height"] >= 250
        assert page.locator("#geo-places article").count() > 10  # the text alternative below the map
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seeds-offline-phone.png"))
        assert errors == []
    finally:
        context.close()
