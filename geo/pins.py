"""Story pins: an editor's decisions, kept in ``story.yaml``, that override the resolver for one story.

Format (a list under ``pins:`` in the story manifest)::

    pins:
      - {form: Renson, place: fac:ryongsong-machine-complex}  # every "Renson" in the story is this place
      - {form: Koksan, not_place: true}                       # "Koksan" is never a place in this story
      - {form: Moscow, role: place}                           # the city itself here, not its government
      - {form: Moscow, file: 003_d4523592a0cb5161.txt, start: 220, role: actor}   # that one mention only
      - {form: Hamhyn, place: gn:1877449, note: Ukrainian romanisation of Hamhung}

Rules:

* ``form`` is the exact text of the mention (case-sensitive), matched on word boundaries.
* A pin decides one thing: ``place`` (a gazetteer id, optionally with ``role``), ``not_place: true``, or
  ``role`` alone (keep the resolver's place, change place/actor).
* ``file`` (a base name in the story folder) limits a pin to one article; ``file`` + ``start`` to the one
  mention that starts at that character offset (the offsets ``geo resolve --json`` and the review CSV print;
  for an HTML article, offsets into its extracted text). The most specific pin wins: mention, file, story.
* A form pinned to a place is mapped even where the recogniser did not propose it: every word-bounded
  occurrence of the form that does not overlap another mention becomes a pinned mention (a longer mention
  such as "Ryongsong Machine Complex" keeps its own reading when "Ryongsong" is pinned).
* ``not_place`` and ``role`` pins only change mentions the recogniser found; a ``role`` pin on a mention with
  no place changes nothing.

Pinned mentions get ``pinned=True``, confidence 1.0 (a role-only pin keeps the resolver's confidence in the
place) and a reason that starts with ``pinned in story.yaml (pins[i])`` and says what the resolver had chosen.

:func:`check_pins` validates pins against the gazetteer and the articles (unknown place ids, unknown files,
forms that never occur, offsets that do not hold the form), raising :class:`geo.errors.ManifestError` with one
line such as ``seeds/story.yaml: pins[2].form: 'Rensonn' never occurs in the story``. :func:`apply_pins` is a
pure post-processing step on the resolver's output (after :func:`geo.pipeline.resolve_story`, before claims).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, model_validator

from geo.errors import ManifestError
from geo.models import DocumentMentions, Mention, PlaceRef, Role
from geo.text import classify_lines

if TYPE_CHECKING:
    from geo.gazetteer.index import Gazetteer


class Pin(BaseModel):
    """One editor's decision (see the module docstring)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    form: str = Field(min_length=1)
    place: str | None = None
    not_place: bool = False
    role: Role | None = None
    file: str | None = None
    start: int | None = Field(default=None, ge=0)
    note: str | None = None

    @model_validator(mode="after")
    def _one_decision(self) -> Pin:
        if self.form != self.form.strip():
            raise ValueError(f"form {self.form!r} has leading or trailing spaces")
        if self.not_place and (self.place or self.role):
            raise ValueError("not_place: true cannot be combined with place or role")
        if not (self.place or self.not_place or self.role):
            raise ValueError("a pin needs place: ID, not_place: true, or role: place|actor")
        if self.start is not None and self.file is None:
            raise ValueError("start needs file (the article the offset is in)")
        if self.file is not None and PurePath(self.file).name != self.file:
            raise ValueError(f"file must be a file name in the story folder, not a path (got {self.file!r})")
        return self

    @property
    def specificity(self) -> int:
        """2 for one mention, 1 for one file, 0 for the whole story: the most specific pin wins."""
        return 2 if self.start is not None else 1 if self.file is not None else 0

    def decision(self, gaz: Gazetteer) -> str:
        """What the pin says, for reasons: "'Renson' means Ryongsong District (dist:...)"."""
        if self.not_place:
            return f"{self.form!r} is not a place here"
        if self.place:
            place = gaz.get(self.place)
            text = f"{self.form!r} means {place.name if place else self.place} ({self.place})"
            return text + (f" as {self.role}" if self.role else "")
        return f"{self.form!r} is {'a place' if self.role == 'place' else 'an actor'} here"


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Spans of ``form`` in ``text``: case-sensitive, not inside a longer word ("Kursk" is not found in
    "Kursks" or "NKursk", but is in "Kursk-based"). An empty form occurs nowhere."""
    if not form:
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def check_pins(pins: Sequence[Pin], *, texts: Mapping[str, str], gaz: Gazetteer, path: str) -> None:
    """Raise :class:`ManifestError` (one line, naming ``path`` and ``pins[i].field``) for the first pin that
    cannot apply. ``texts`` maps each article's file name (base name) to the text the resolver reads."""
    seen: dict[tuple[str, str | None, int | None], int] = {}
    for i, pin in enumerate(pins):
        where = f"{path}: pins[{i}]"
        scope = (pin.form, pin.file, pin.start)
        if scope in seen:
            raise ManifestError(f"{where}: the same form and scope as pins[{seen[scope]}] (keep one of them)")
        seen[scope] = i
        if pin.place is not None and gaz.get(pin.place) is None:
            raise ManifestError(f"{where}.place: unknown place id {pin.place!r} (find ids with 'geo gazetteer "
                                "search NAME'; add a place with 'geo gazetteer add')")
        if pin.file is not None:
            if pin.file not in texts:
                raise ManifestError(f"{where}.file: {pin.file!r}: no such article file in the story folder")
            text = texts[pin.file]
            if pin.start is not None:
                found = text[pin.start : pin.start + len(pin.form)]
                if (pin.start, pin.start + len(pin.form)) not in occurrences(text, pin.form):
                    raise ManifestError(f"{where}.start: {pin.form!r} is not at offset {pin.start} of {pin.file} "
                                        f"(found {found!r}; offsets as 'geo resolve --json' prints them)")
            elif not occurrences(text, pin.form):
                raise ManifestError(f"{where}.form: {pin.form!r} never occurs in {pin.file}")
        elif not any(occurrences(t, pin.form) for t in texts.values()):
            raise ManifestError(f"{where}.form: {pin.form!r} never occurs in the story")


def _choose(pins: Sequence[tuple[int, Pin]], form: str, start: int) -> tuple[int, Pin] | None:
    """The most specific pin for the mention ``form`` at ``start`` (pins already limited to its file)."""
    fitting = [(i, p) for i, p in pins if p.form == form and (p.start is None or p.start == start)]
    return max(fitting, key=lambda t: (t[1].specificity, t[0])) if fitting else None


def _resolver_had(m: Mention | None) -> str:
    if m is None:
        return "the resolver did not propose it"
    if m.place is None:
        return "the resolver left it unresolved"
    return f"the resolver chose {m.place.name} ({m.place.id}, {m.role}, confidence {m.confidence:.2f})"


def _pinned(i: int, pin: Pin, m: Mention | None, *, text: str, start: int, end: int, boilerplate: bool,
            gaz: Gazetteer) -> Mention | None:
    """The mention after a pin (``m`` is the resolver's, None for an occurrence it did not propose); None when
    the pin changes nothing here (a role pin on an unresolved mention)."""
    head = f"pinned in story.yaml (pins[{i}]): {pin.decision(gaz)}"
    if pin.place is not None:
        place = gaz.get(pin.place)
        if place is None:  # check_pins refuses these; applying unchecked pins must not invent places
            raise ManifestError(f"pins[{i}].place: unknown place id {pin.place!r}")
        same = m is not None and m.place is not None and m.place.id == pin.place
        role: Role = pin.role or (m.role if same and m is not None else "place")  # a re-pointed form is a place
        return Mention(
            text=text, start=start, end=end, place=PlaceRef.of(place), confidence=1.0, role=role,
            boilerplate=boilerplate, match="exact", pinned=True,
            reason=f"{head}; " + ("the resolver agreed" if same else _resolver_had(m)),
            alternatives=[a for a in (m.alternatives if m else []) if a.id != pin.place],
        )
    if m is None:
        return None
    if pin.not_place:
        return m.model_copy(update={
            "place": None, "confidence": 1.0, "role": "place", "match": "unresolved", "pinned": True,
            "reason": f"{head}; {_resolver_had(m)}", "alternatives": [],
        })
    if m.place is None:
        return None
    return m.model_copy(update={"role": pin.role, "pinned": True, "reason": f"{head}; resolver: {m.reason}"})


def apply_pins(docs: Sequence[DocumentMentions], pins: Sequence[Pin], *, texts: Mapping[str, str],
               gaz: Gazetteer) -> list[DocumentMentions]:
    """The resolver's output with the pins applied (a new list; ``docs`` is not changed).

    ``texts`` maps each document's ``source`` to the text its offsets index. A pin's ``file`` is compared with
    the base name of ``source``. Mentions stay sorted by offset.
    """
    if not pins:
        return list(docs)
    out: list[DocumentMentions] = []
    for doc in docs:
        name = PurePath(doc.source).name
        mine = [(i, p) for i, p in enumerate(pins) if p.file is None or p.file == name]
        if not mine:
            out.append(doc)
            continue
        text = texts[doc.source]
        mentions: list[Mention] = []
        for m in doc.mentions:
            chosen = _choose(mine, m.text, m.start)
            new = _pinned(*chosen, m, text=m.text, start=m.start, end=m.end, boilerplate=m.boilerplate,
                          gaz=gaz) if chosen else None
            mentions.append(new or m)
        taken = [(m.start, m.end) for m in mentions]
        furniture = [(line.start, line.end) for line in classify_lines(text) if line.furniture]
        spans = sorted({s for _, p in mine if p.place for s in occurrences(text, p.form)},
                       key=lambda s: (s[0] - s[1], s[0]))  # longest first, then earliest
        for start, end in spans:
            if any(a < end and start < b for a, b in taken):
                continue
            chosen = _choose(mine, text[start:end], start)
            if chosen is None or chosen[1].place is None:
                continue
            new = _pinned(*chosen, None, text=text[start:end], start=start, end=end,
                          boilerplate=any(a <= start < b for a, b in furniture), gaz=gaz)
            if new is not None:
                mentions.append(new)
                taken.append((start, end))
        mentions.sort(key=lambda m: (m.start, m.end))
        out.append(DocumentMentions(source=doc.source, mentions=mentions))
    return out
