"""Render time and HTML size of `geo map` for 10, 1,000 and 10,000 synthetic claims, online and offline.

Not a test. Run from the repository root::

    .venv/bin/python benchmarks/bench_render.py [--sizes 10 1000 10000]

Synthetic story: N claims over N/5 real cities of the gazetteer (at least one), five outlets, every fifth claim
grouped with a claim of another outlet, a few figures. Only the map stage is timed (resolution is measured by
benchmarks/speed.py): building claims -> HTML (render_map) and the GeoJSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.claims import Claim, ClaimGroup, Figure, SourceRef  # noqa: E402
from geo.gazetteer.index import load_gazetteer  # noqa: E402
from geo.geojson import dumps, feature_collection  # noqa: E402
from geo.mapview import render_map  # noqa: E402
from geo.story import MappedPlace, StoryResult  # noqa: E402

OUTLETS = ["Newsweek", "Kyiv Post", "Viewus Global", "112.ua", "dayfr.com"]


def synthetic_story(n_claims: int) -> StoryResult:
    """A story of ``n_claims`` claims over real cities (deterministic)."""
    gaz = load_gazetteer()
    n_places = max(1, n_claims // 5)
    rows = sorted((r for r in gaz.rows if r[2] == "city" and r[8] >= 50_000), key=lambda r: (-r[8], r[0]))
    rows = rows[:n_places]
    sources = [SourceRef(path=f"bench/{i:05d}.txt", outlet=OUTLETS[i % 5], url=f"https://example.org/{i}",
                         published=dt.date(2024, 11, 1 + i % 28)) for i in range(max(5, n_claims // 10))]
    claims: dict[str, Claim] = {}
    groups: dict[str, ClaimGroup] = {}
    places = {r[0]: MappedPlace(id=r[0], name=r[1], kind="city", role="place", lat=r[3], lon=r[4],
                                description=f"City in {r[5]}", sources=1) for r in rows}
    ids = list(places)
    for i in range(n_claims):
        pid = ids[i % len(ids)]
        src = sources[i % len(sources)]
        quote = (f"Officials said about {1000 + i:,} troops arrived in {places[pid].name} on November {1 + i % 28}, "
                 f"according to {src.outlet} <claim {i}>.")
        cid = f"{src.path}#{i}"
        gid = f"g{i // 2 + 1}" if i % 5 < 2 else f"g{n_claims + i}"
        claims[cid] = Claim(id=cid, quote=quote, source=src, start=i * 200, end=i * 200 + len(quote),
                            attribution=f"according to {src.outlet}", about=[pid], group=gid,
                            figures=[Figure(text=f"about {1000 + i:,}", kind="number", low=1000 + i, high=1000 + i,
                                            unit="troops", qualifier="about")])
        groups.setdefault(gid, ClaimGroup(id=gid, claims=[])).claims.append(cid)
        places[pid].claims.append(cid)
    return StoryResult(title=f"Benchmark: {n_claims} claims", summary="Synthetic.", articles=sources,
                       places=sorted(places.values(), key=lambda p: p.id), claims=claims, groups=groups)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 1000, 10000])
    args = ap.parse_args(argv)
    load_gazetteer()
    print(f"{'claims':>7} {'places':>7} {'mode':>8} {'render s':>9} {'HTML MB':>8} {'GeoJSON s':>10} {'GeoJSON MB':>11}")
    for n in args.sizes:
        story = synthetic_story(n)
        for offline in (False, True):
            render_map(story, offline=offline)  # warm caches (templates, assets, basemap)
            t = time.perf_counter()
            html = render_map(story, offline=offline)
            render_s = time.perf_counter() - t
            t = time.perf_counter()
            gj = dumps(feature_collection(story))
            gj_s = time.perf_counter() - t
            print(f"{n:>7} {len(story.places):>7} {'offline' if offline else 'online':>8} {render_s:>9.2f} "
                  f"{len(html.encode()) / 1e6:>8.2f} {gj_s:>10.2f} {len(gj.encode()) / 1e6:>11.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
