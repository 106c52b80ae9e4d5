"""Saved HTML pages -> the article's main text, with a map from that text back to the file's characters.

The main text comes from trafilatura (a maintained boilerplate remover). Its output is plain text with entities
decoded and tags gone, so it is *not* a substring of the file. To keep every quote traceable, each extracted
line is located in the page's visible text (tags dropped, script/style skipped, entities decoded, whitespace
runs collapsed), whose every character remembers the span of the raw file it came from.

Edge cases: an extracted line that cannot be located (trafilatura rewrote it) is dropped from the text, never
cited with a guessed offset; :attr:`HtmlText.dropped` counts such lines.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field

_TOKEN = re.compile(r"<!--.*?-->|<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<[^>]*>|&#?\w+;|\s+|[^<&\s]+|[<&]",
                    re.IGNORECASE | re.DOTALL)
_BLOCK_TAGS = re.compile(r"</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|"
                         r"blockquote|pre|figure|figcaption|main|aside|dd|dt|dl)\b", re.IGNORECASE)
_SPACE = re.compile(r"[\s\u00a0]+")


@dataclass
class VisibleText:
    """Visible characters of a page; ``text[i]`` came from ``raw[starts[i]:ends[i]]``."""

    text: str
    starts: list[int]
    ends: list[int]


def visible_text(raw: str) -> VisibleText:
    """Tags dropped (block tags become a space), entities decoded, whitespace runs collapsed to one space."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def put(ch: str, a: int, b: int) -> None:
        if ch == " " and (not chars or chars[-1] == " "):
            return
        chars.append(ch)
        starts.append(a)
        ends.append(b)

    for m in _TOKEN.finditer(raw):
        tok, a, b = m.group(0), m.start(), m.end()
        if tok.startswith("<") and len(tok) > 1:
            if _BLOCK_TAGS.match(tok):
                put(" ", a, b)
            continue
        if tok.startswith("&") and tok.endswith(";"):
            decoded = html.unescape(tok)
            for ch in decoded:
                put(" " if _SPACE.fullmatch(ch) else ch, a, b)
            continue
        if _SPACE.fullmatch(tok):
            put(" ", a, b)
            continue
        for i, ch in enumerate(tok):
            put(" " if ch == "\u00a0" else ch, a + i, a + i + 1)
    return VisibleText("".join(chars), starts, ends)


@dataclass
class HtmlText:
    """Extracted main text (lines joined by ``\\n``) and the way back to the raw file."""

    text: str
    segments: list[tuple[int, int]] = field(default_factory=list)  # (text offset, visible offset) per line
    lengths: list[int] = field(default_factory=list)
    visible: VisibleText | None = None
    dropped: int = 0

    def to_file(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` (within one line) to the span of the raw file it was extracted from."""
        if self.visible is None or not self.segments or end <= start:
            raise ValueError(f"cannot map span {start}..{end}: no extracted text")
        k = bisect_right([s for s, _ in self.segments], start) - 1
        if k < 0 or end > self.segments[k][0] + self.lengths[k]:
            raise ValueError(f"span {start}..{end} crosses a line of the extracted text")
        t0, v0 = self.segments[k]
        return self.visible.starts[v0 + start - t0], self.visible.ends[v0 + end - 1 - t0]


def extract_main_text(raw: str) -> HtmlText:
    """The main text of an HTML page (trafilatura), each line located in the page; see the module docstring."""
    import trafilatura  # imported on use: it is slow to import and only HTML stories need it

    extracted = trafilatura.extract(raw, include_comments=False, include_tables=True, favor_precision=True) or ""
    vis = visible_text(raw)
    out = HtmlText(text="", visible=vis)
    parts: list[str] = []
    pos = cursor = 0
    for line in extracted.splitlines():
        line = _SPACE.sub(" ", line).strip()
        if not line:
            continue
        found = vis.text.find(line, cursor)
        if found < 0:
            found = vis.text.find(line)
        if found < 0:
            out.dropped += 1
            continue
        if parts:
            pos += 1  # the "\n" joining lines
        out.segments.append((pos, found))
        out.lengths.append(len(line))
        parts.append(line)
        pos += len(line)
        cursor = found + len(line)
    out.text = "\n".join(parts)
    return out
