"""Story manifest: the optional ``story.yaml`` beside the articles of a story folder.

Format (every field optional; unknown fields are errors, so a typo never passes silently)::

    title: North Korea expands the missile plant in Hamhung
    summary: One or two sentences shown under the map title.
    articles:
      000_3976e3bf30a9e783.txt:        # a file name in the story folder
        outlet: Newsweek
        title: North Korea expands missile factory
        url: https://www.newsweek.com/...
        published: 2024-11-25           # ISO date (YYYY-MM-DD)
        language: en                    # language of the text as received
        notes: free text for the editor
    pins:                               # the editor's decisions for this story (format: geo.pins)
      - {form: Renson, place: fac:ryongsong-machine-complex}
      - {form: Koksan, not_place: true}
      - {form: Moscow, role: place}

Errors are one line naming the file and the field: ``seeds/story.yaml: articles.x.txt.published: invalid date
'next week' (use YYYY-MM-DD)``; they raise :class:`geo.errors.ManifestError`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from geo.errors import ManifestError
from geo.pins import Pin

MANIFEST_NAMES = ("story.yaml", "story.yml")


class ArticleMeta(BaseModel):
    """What is known about one article; anything unknown stays ``None`` and citations fall back to the rest."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    notes: str | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str | None) -> str | None:
        """Only http(s) links: a ``javascript:`` URL in a manifest must never become a link on the map."""
        if url is not None and not url.lower().startswith(("http://", "https://")):
            raise ValueError(f"not an http(s) URL: {url!r}")
        return url


class Story(BaseModel):
    """The manifest of a story folder. ``articles`` maps a file name (not a path) to its metadata; ``pins`` are
    the editor's decisions that override the resolver for this story (checked against the gazetteer and the
    articles by :func:`geo.pins.check_pins` when the story is built)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = None
    summary: str | None = None
    articles: dict[str, ArticleMeta] = Field(default_factory=dict)
    pins: list[Pin] = Field(default_factory=list)

    def meta(self, filename: str) -> ArticleMeta:
        """Metadata of one file (by base name); an empty record when the manifest does not list it."""
        return self.articles.get(filename) or ArticleMeta()


def find_manifest(folder: Path) -> Path | None:
    """The manifest file of ``folder`` (``story.yaml`` or ``story.yml``), or None when there is none."""
    for name in MANIFEST_NAMES:
        p = folder / name
        if p.is_file():
            return p
    return None


def _field_path(loc: tuple[Any, ...]) -> str:
    """``("pins", 2, "form")`` -> ``pins[2].form``; ``("articles", "a.txt", "url")`` -> ``articles.a.txt.url``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _problem(err: dict[str, Any]) -> str:
    """A short problem text that shows the bad value (pydantic's own message, plus the input)."""
    kind = err.get("type", "")
    value = err.get("input")
    if kind == "extra_forbidden":
        return "unknown field (allowed: see the manifest format in README.md)"
    if kind.startswith("date"):
        return f"invalid date {value!r} (use YYYY-MM-DD)"
    msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
    if isinstance(value, (str, int, float)) and repr(value) not in msg:
        msg += f" (got {value!r})"
    return msg


def parse_manifest(data: Any, *, path: str) -> Story:
    """Validate already-parsed YAML; ``path`` is only used in error messages."""
    if data is None:
        return Story()
    if not isinstance(data, dict):
        raise ManifestError(f"{path}: (top level): expected a mapping with title, summary, articles, pins; "
                            f"got {type(data).__name__}")
    try:
        return Story.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        more = f" (+{e.error_count() - 1} more)" if e.error_count() > 1 else ""
        raise ManifestError(f"{path}: {_field_path(first['loc'])}: {_problem(first)}{more}") from e


def load_manifest(path: Path, *, files: list[str] | None = None) -> Story:
    """Read and validate a manifest. With ``files`` (base names in the folder), an entry naming a file that is
    not there is an error (a renamed article would otherwise silently lose its citation)."""
    shown = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ManifestError(f"{shown}: (file): cannot read: {e}") from e
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(file)"
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise ManifestError(f"{shown}: {where}: invalid YAML: {problem}") from e
    story = parse_manifest(data, path=shown)
    if files is not None:
        present = set(files)
        for name in story.articles:
            if name not in present:
                raise ManifestError(f"{shown}: articles.{name}: no such article file in the story folder")
    return story
