"""Batch resolution of an archive: one JSON line per article, streamed, on every core.

Each article is resolved on its own (no story context: an archive is not one story), by
:func:`resolve_article`, a pure function of (path, text, gazetteer). Worker processes are forked after the
gazetteer is loaded, so they share its memory copy-on-write instead of each re-reading it. The same
function runs unchanged inside Dask (see README, "Beyond one machine")::

    import dask.bag as db
    from geo.batch import resolve_file
    lines = db.from_sequence(paths, npartitions=8).map(resolve_file).compute()
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from geo.atomic import open_atomic
from geo.errors import GeoError, InputError
from geo.pipeline import Resolver
from geo.sources import TEXT_SUFFIXES, read_source

_RESOLVER: Resolver | None = None


def get_resolver() -> Resolver:
    """The process's resolver, created on first use (the gazetteer loads from its cache once per process)."""
    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = Resolver()
    return _RESOLVER


def resolve_article(source: str, text: str, *, resolver: Resolver | None = None) -> dict:
    """The ``--json`` record of one article: ``{"source": source, "mentions": [...]}``."""
    r = resolver or get_resolver()
    return {"source": source, "mentions": [m.model_dump(mode="json") for m in r.resolve(text)]}


def resolve_file(path: str | Path) -> dict:
    """Read and resolve one file; a bad file gives ``{"source": path, "error": "one-line problem"}``."""
    try:
        src = read_source(path)
    except InputError as e:
        return {"source": str(path), "error": e.problem}
    return resolve_article(src.path, src.text)


def iter_article_paths(inputs: Iterable[str | Path]) -> Iterator[str]:
    """Files as given, and the article files (.txt, .md, .html) under each directory, sorted, lazily."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(TEXT_SUFFIXES):
                        yield os.path.join(root, name)
        else:
            yield str(item)


def _worker_init() -> None:
    get_resolver()  # already loaded in the parent before fork: this is a no-op there


def resolve_to_jsonl(inputs: Iterable[str | Path], out: Path, *, jobs: int | None = None,
                     progress: bool = True, chunksize: int = 8) -> tuple[int, int]:
    """Resolve every article of ``inputs`` into ``out`` (JSON Lines, in input order), written atomically.

    Returns ``(articles written, files that failed)``; each failure is also reported on stderr as one line.
    Memory stays flat: results are written as they arrive, never collected.
    """
    paths = list(iter_article_paths(inputs))
    jobs = max(1, jobs or os.cpu_count() or 1)
    get_resolver()  # load before forking so that workers share it
    written = failed = 0
    bar = _progress(len(paths), enabled=progress)
    try:
        with open_atomic(Path(out)) as fh:
            for record in _map(paths, jobs, chunksize):
                if "error" in record:
                    failed += 1
                    print(f"geo: {record['source']}: {record['error']}", file=sys.stderr)
                else:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                    written += 1
                bar.update(1)
    finally:
        bar.close()
    return written, failed


def _map(paths: list[str], jobs: int, chunksize: int) -> Iterator[dict]:
    if jobs == 1 or len(paths) <= 1:
        yield from map(resolve_file, paths)
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs, initializer=_worker_init) as pool:
        yield from pool.imap(resolve_file, paths, chunksize=chunksize)


def _progress(total: int, *, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, disable=not enabled, dynamic_ncols=True)


__all__ = ["GeoError", "get_resolver", "iter_article_paths", "resolve_article", "resolve_file", "resolve_to_jsonl"]
