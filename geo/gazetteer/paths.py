"""Where the gazetteer data lives: the repository's ``gazetteer/`` folder, or its copy inside an installed wheel."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The gazetteer data folder; ``GEO_GAZETTEER_DIR`` overrides it."""
    env = os.environ.get("GEO_GAZETTEER_DIR")
    if env:
        return Path(env)
    package = Path(__file__).resolve().parent.parent
    installed = package / "_gazetteer"
    if installed.is_dir():
        return installed
    return package.parent / "gazetteer"


def cache_dir() -> Path:
    """Where compiled indexes are cached (``GEO_CACHE_DIR``, else ``$XDG_CACHE_HOME/geo`` or ``~/.cache/geo``)."""
    env = os.environ.get("GEO_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "geo" if xdg else Path.home() / ".cache" / "geo"
