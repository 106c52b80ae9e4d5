"""Atomic file writes: readers see the old file or the new one, never half of either."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@contextmanager
def open_atomic(path: Path, *, binary: bool = False) -> Iterator[IO]:
    """A file to write ``path`` through: a temporary file in the same folder, moved over ``path`` with
    :func:`os.replace` when the ``with`` block ends without error. The parent folder is created; on any failure
    the temporary file is removed and the old ``path`` (if any) is left untouched. Text mode is UTF-8 with
    newlines as written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as f:
            yield f
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; an output is as readable as any new file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8, or bytes) to ``path`` atomically (see :func:`open_atomic`)."""
    with open_atomic(path, binary=isinstance(data, bytes)) as f:
        f.write(data)
