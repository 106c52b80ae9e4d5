"""The ``geo`` command line. Errors become one line on stderr (``geo: file: problem``) and a non-zero exit
here, in one place; every command's options are documented in README.md (a test keeps them in step)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from geo.errors import GeoError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Turn news reporting into maps.")
gazetteer_app = typer.Typer(no_args_is_help=True, help="Inspect and check the gazetteer.")
app.add_typer(gazetteer_app, name="gazetteer")


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"geo: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def resolve(
    files: list[Path] = typer.Argument(..., help="Article files (UTF-8 text); with --jsonl also folders."),
    as_json: bool = typer.Option(False, "--json", help="Print the mentions as JSON (the documented shape)."),
    jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="Stream one JSON line per article into this "
                                         "file (each article on its own, as an archive; folders allowed)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", min=1, help="Worker processes for --jsonl "
                                       "(default: all cores)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr "
                                            "for --jsonl (default: when stderr is a terminal)."),
) -> None:
    """Find and resolve every place mention in FILES; read together as one story (or, with --jsonl, as an
    archive of independent articles)."""
    from geo.pipeline import Resolver, resolve_story
    from geo.sources import read_source

    if jsonl is not None:
        from geo.batch import resolve_to_jsonl

        try:
            written, failed_n = resolve_to_jsonl(files, jsonl, jobs=jobs,
                                                 progress=sys.stderr.isatty() if progress is None else progress)
        except GeoError as e:
            fail(str(e))
        typer.echo(f"{jsonl}: {written} article(s)" + (f", {failed_n} failed" if failed_n else ""), err=True)
        if failed_n:
            raise typer.Exit(1)
        return
    sources, failed = [], 0
    for f in files:
        try:
            sources.append(read_source(f))
        except GeoError as e:
            typer.echo(f"geo: {e}", err=True)
            failed += 1
    try:
        resolver = Resolver()
    except GeoError as e:
        fail(str(e))
    docs = resolve_story(sources, resolver)
    if as_json:
        typer.echo(json.dumps([d.model_dump(mode="json") for d in docs], ensure_ascii=False, indent=1))
    else:
        for d in docs:
            typer.echo(f"== {d.source}")
            for m in d.mentions:
                where = f"{m.place.name} [{m.place.kind}, {m.place.country or '-'}]" if m.place else "UNRESOLVED"
                flags = (" (actor)" if m.role == "actor" else "") + (" (furniture)" if m.boilerplate else "")
                typer.echo(f"{m.start:>6}  {m.text[:32]:<32} -> {where:<45} {m.confidence:.2f}{flags}  {m.reason}")
    if failed:
        raise typer.Exit(1)


@app.command("map")
def map_command(
    story_dir: Path = typer.Argument(..., help="A story folder: articles (.txt, .md, .html) and an optional "
                                     "story.yaml manifest."),
    out: Path = typer.Option(..., "-o", "--out", help="The HTML map to write; OUT.geojson and OUT.csv are "
                             "written beside it."),
    offline: bool = typer.Option(False, "--offline", help="Self-contained page: scripts and styles inlined, "
                                 "a Natural Earth basemap instead of map tiles; renders with no network."),
    borders: str = typer.Option("recognised", "--borders", help="Point of view on disputed borders: "
                                "'recognised' (internationally recognised, default) or 'de-facto' (who controls "
                                "the ground)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr "
                                            "(default: when stderr is a terminal)."),
) -> None:
    """Map a story: places with the claims the articles make about them, quoted and cited."""
    from geo.areas import BORDERS
    from geo.story import build_story, write_outputs

    if borders not in BORDERS:
        fail(f"--borders: unknown point of view {borders!r} (choose one of: {', '.join(BORDERS)})")
    if out.suffix.lower() not in (".html", ".htm"):
        fail(f"{out}: the map file must end in .html")
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=0, unit="article", file=sys.stderr, dynamic_ncols=True)

    def tick(stage: str, done: int, total: int) -> None:
        if bar is None or stage == "claims":
            return
        if bar.total != 2 * total:
            bar.total = 2 * total
        bar.set_description(stage)
        bar.update(1)

    try:
        result = build_story(story_dir, progress=tick)
        paths = write_outputs(result, out, offline=offline, borders=borders)
    except GeoError as e:
        fail(str(e))
    finally:
        if bar is not None:
            bar.close()
    for note in result.notes:
        typer.echo(f"geo: note: {note}", err=True)
    typer.echo(f"{len(result.places)} places, {len(result.claims)} claims -> " + ", ".join(str(p) for p in paths),
               err=True)


@gazetteer_app.command("check")
def gazetteer_check(
    curated: Optional[Path] = typer.Option(None, help="Check this curated folder instead of gazetteer/curated."),
) -> None:
    """Validate the curated gazetteer; print every problem as file:line: message."""
    from geo.gazetteer.index import load_gazetteer

    try:
        gaz = load_gazetteer(curated=curated, strict=False)
    except GeoError as e:
        fail(str(e))
    for p in gaz.problems:
        typer.echo(p)
    if gaz.problems:
        typer.echo(f"{len(gaz.problems)} problem(s)", err=True)
        raise typer.Exit(1)
    curated_n = sum(1 for r in gaz.rows if r[12] == "curated")
    typer.echo(f"ok: {len(gaz.rows):,} places ({curated_n} curated), {len(gaz.names):,} names")


@gazetteer_app.command("search")
def gazetteer_search(
    name: str = typer.Argument(..., help="A place name, spelled any way."),
    limit: int = typer.Option(10, help="At most this many candidates."),
) -> None:
    """Show the candidates for NAME: id, name, kind, country, coordinates, source and why it matched."""
    from geo.gazetteer.index import load_gazetteer

    try:
        gaz = load_gazetteer()
    except GeoError as e:
        fail(str(e))
    found = gaz.search(name, limit=limit)
    if not found:
        typer.echo(f"no candidates for {name!r}")
        raise typer.Exit(1)
    for place, why in found:
        approx = f" ~{place.radius_km:g} km" if place.precision == "approximate" else ""
        typer.echo(f"{place.id:<32} {place.name:<30} {place.kind:<9} {place.country or '-':<3} "
                   f"{place.lat:9.4f} {place.lon:9.4f}{approx}  [{place.source}] {why}")


def main() -> None:
    try:
        app()
    except GeoError as e:  # anything not caught by a command
        typer.echo(f"geo: {e}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
