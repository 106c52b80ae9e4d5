"""Helpers shared by the map tests: the seed story built once per process, and tiny story folders."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"


@lru_cache(maxsize=1)
def seeds_result():
    from geo.story import build_story

    return build_story(SEEDS_DIR)


def make_story(folder: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (name -> text) into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
