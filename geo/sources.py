"""Sources: read article files safely, with one clear error per bad file.

A file must exist, be a regular file, be at most :data:`MAX_BYTES`, contain no NUL bytes and be UTF-8
(a byte-order mark is dropped). ``\\r\\n`` is kept as is: offsets always index the file's decoded text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # an article is a few KB; 20 MB is a pasted archive, not an article
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class Source:
    """One article: ``path`` as the user gave it, and its full decoded text."""

    path: str
    text: str


def read_source(path: str | Path) -> Source:
    """Read one article, raising :class:`InputError` naming the file and the problem."""
    p = Path(path)
    shown = str(path)
    if not p.exists():
        raise InputError(shown, "no such file")
    if p.is_dir():
        raise InputError(shown, "is a directory (give the files, or use 'geo map DIR')")
    if not p.is_file():
        raise InputError(shown, "not a regular file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(shown, f"too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB per article)")
    data = p.read_bytes()
    if not data.strip():
        raise InputError(shown, "empty file")
    if b"\x00" in data:
        raise InputError(shown, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(shown, f"not UTF-8 text (byte {e.start}: {data[e.start:e.start + 1]!r})") from e
    return Source(shown, text.removeprefix("\ufeff"))


def story_files(folder: str | Path) -> list[Path]:
    """The article files of a story folder, sorted by name."""
    p = Path(folder)
    if not p.is_dir():
        raise InputError(str(folder), "not a directory")
    return sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
