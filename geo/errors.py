"""The one small exception tree of geo.

Every error a user can cause is a :class:`GeoError`; the CLI turns each into a one-line message
(``file: problem``) and a non-zero exit in one place (:mod:`geo.cli`).
"""

from __future__ import annotations


class GeoError(Exception):
    """Base class of every error geo raises on purpose."""


class InputError(GeoError, ValueError):
    """An input file cannot be used: missing, a directory, empty, binary, not UTF-8, too large."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class GazetteerError(GeoError, ValueError):
    """A gazetteer file or entry is malformed; carries ``file:line`` of the problem."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")


class ManifestError(GeoError, ValueError):
    """A story manifest is malformed (names the file and the field)."""
