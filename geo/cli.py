"""The ``geo`` command line. Errors become one line on stderr (``geo: file: problem``) and a non-zero exit
here, in one place; every command's options are documented in README.md (a test keeps them in step)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from geo.errors import GeoError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Turn news reporting into maps.")
gazetteer_app = typer.Typer(no_args_is_help=True, help="Inspect, check and extend the gazetteer.")
app.add_typer(gazetteer_app, name="gazetteer")


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"geo: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def resolve(
    files: list[Path] = typer.Argument(..., help="Article files (UTF-8 text); with --jsonl also folders."),
    as_json: bool = typer.Option(False, "--json", help="Print the mentions as JSON (the documented shape)."),
    jsonl: Path | None = typer.Option(None, "--jsonl", help="Stream one JSON line per article into this "
                                         "file (each article on its own, as an archive; folders allowed)."),
    jobs: int | None = typer.Option(None, "--jobs", min=1, help="Worker processes for --jsonl "
                                       "(default: all cores)."),
    progress: bool | None = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr "
                                            "for --jsonl (default: when stderr is a terminal)."),
    story: bool = typer.Option(False, "--story", help="Read the files as one story: each article's confident "
                               "places become context for the others."),
) -> None:
    """Find and resolve every place mention in FILES, each article on its own (or, with --story, the files
    as one story; with --jsonl, streamed as an archive)."""
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
    if story:
        docs = resolve_story(sources, resolver)
    else:
        docs = [resolve_story([src], resolver)[0] for src in sources]
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
    progress: bool | None = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr "
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


@app.command()
def review(
    story_dir: Path = typer.Argument(..., help="A story folder (as for 'geo map'); its story.yaml pins apply."),
    out: Path | None = typer.Option(None, "-o", "--out", help="The review page to write (default: "
                                       "STORY-review.html beside the story folder)."),
    csv_path: Path | None = typer.Option(None, "--csv", help="The resolutions CSV, one row per mention "
                                            "(default: the review page's name with .csv)."),
) -> None:
    """Review a story: every distinct place mention, how it was resolved, how sure geo is, and why; doubtful
    readings first. Writes a self-contained HTML page and a CSV; prints a summary."""
    from geo.atomic import write_atomic
    from geo.gazetteer.index import load_gazetteer
    from geo.review import default_output, render_review, resolutions_csv, summary
    from geo.story import build_story

    out = out or Path(default_output(story_dir if story_dir.name else story_dir.resolve()))
    if out.suffix.lower() not in (".html", ".htm"):
        fail(f"{out}: the review page must end in .html")
    if story_dir.is_dir() and out.resolve().parent == story_dir.resolve():
        fail(f"{out}: inside the story folder it would be read as an article on the next run; write it "
             "beside the folder")
    csv_out = csv_path or out.with_suffix(".csv")
    try:
        gaz = load_gazetteer()
        result = build_story(story_dir, gazetteer=gaz)
        write_atomic(csv_out, resolutions_csv(result))
        write_atomic(out, render_review(result, gaz))
    except GeoError as e:
        fail(str(e))
    typer.echo(summary(result, gaz))
    typer.echo(f"-> {out}, {csv_out}", err=True)


@gazetteer_app.command("check")
def gazetteer_check(
    curated: Path | None = typer.Option(None, help="Check this curated folder instead of gazetteer/curated."),
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


@gazetteer_app.command("add")
def gazetteer_add(
    id: str | None = typer.Option(None, "--id", help="Stable id, prefix:slug (e.g. fac:sohae-launch-site)."),
    name: str | None = typer.Option(None, "--name", help="The primary name."),
    kind: str | None = typer.Option(None, "--kind", help="country, region, district, city, facility, "
                                       "landmark, water, crossing, area or continent."),
    lat: float | None = typer.Option(None, "--lat", help="Latitude (degrees, WGS84)."),
    lon: float | None = typer.Option(None, "--lon", help="Longitude (degrees, WGS84)."),
    names: list[str] = typer.Option([], "--names", help="Another name or spelling (repeatable)."),
    parent: str | None = typer.Option(None, "--parent", help="Id of the place it lies within."),
    country: str | None = typer.Option(None, "--country", help="ISO 3166 alpha-2 code (default: the "
                                          "parent's)."),
    precision: str | None = typer.Option(None, "--precision", help="exact (default) or approximate."),
    radius_km: float | None = typer.Option(None, "--radius-km", help="For approximate places: within how "
                                              "many km of the point (or the parent's point)."),
    population: int | None = typer.Option(None, "--population", help="Population, if a settlement."),
    url: str | None = typer.Option(None, "--url", help="Provenance: the cited source's URL (with --title)."),
    title: str | None = typer.Option(None, "--title", help="Provenance: the cited source's title."),
    publisher: str | None = typer.Option(None, "--publisher", help="Provenance: who published it."),
    geonames: int | None = typer.Option(None, "--geonames", help="Provenance: a GeoNames id."),
    wikidata: str | None = typer.Option(None, "--wikidata", help="Provenance: a Wikidata id (Q...)."),
    accessed: str | None = typer.Option(None, "--accessed", help="Provenance: when the source was read."),
    notes: str | None = typer.Option(None, "--notes", help="Free text for the next editor."),
    alias_of: str | None = typer.Option(None, "--alias-of", help="Add --names to this existing place "
                                           "instead of adding a place."),
    from_yaml: Path | None = typer.Option(None, "--from-yaml", help="Read the entry (or a list of entries) "
                                             "from this YAML snippet instead of the flags."),
    file: Path | None = typer.Option(None, "--file", help="Curated file to append to (default: added.yaml "
                                        "in the curated gazetteer folder)."),
) -> None:
    """Append a new curated place (or alias) with its provenance, validated like the rest of the gazetteer.
    Every later run, in every story, finds it."""
    from geo.gazetteer.curate import (
        add_entries,
        entries_from_yaml,
        entry_from_options,
        target_file,
    )
    from geo.gazetteer.index import load_gazetteer
    from geo.gazetteer.paths import data_dir

    try:
        if from_yaml is not None:
            items = entries_from_yaml(from_yaml)
        else:
            if alias_of is None and not (id and name and kind):
                fail("gazetteer add: give --id, --name and --kind (or --alias-of with --names, or --from-yaml)")
            items = [entry_from_options(
                id=id, name=name, kind=kind, lat=lat, lon=lon, names=names, parent=parent, country=country,
                precision=precision, radius_km=radius_km, population=population, url=url, title=title,
                publisher=publisher, geonames=geonames, wikidata=wikidata, accessed=accessed, notes=notes,
                alias_of=alias_of)]
        target = target_file(data_dir() / "curated", file)
        added = add_entries(items, target=target, gaz=load_gazetteer())
    except GeoError as e:
        fail(str(e))
    for a in added:
        typer.echo(f"added {a.label} at {a.path}:{a.line}")


@gazetteer_app.command("explain")
def gazetteer_explain(
    name: str = typer.Argument(..., help="A place name, spelled any way."),
    limit: int = typer.Option(10, help="At most this many hits per kind of match."),
) -> None:
    """Show how NAME is normalised (fold, name key, transliteration key, skeleton), which entries it reaches
    (exact and fuzzy) and what geo would choose for it with no context."""
    from geo.gazetteer.curate import explain
    from geo.gazetteer.index import load_gazetteer

    try:
        gaz = load_gazetteer()
    except GeoError as e:
        fail(str(e))
    for line in explain(name, gaz, limit=limit):
        typer.echo(line)


def main() -> None:
    try:
        app()
    except GeoError as e:  # anything not caught by a command
        typer.echo(f"geo: {e}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
