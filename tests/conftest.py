"""Shared fixtures: the real gazetteer (loaded once per session) and a resolver over it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def gaz():
    from geo.gazetteer.index import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def resolver(gaz):
    from geo.pipeline import Resolver

    return Resolver(gaz)


@pytest.fixture(scope="session")
def seeds_places() -> dict:
    return json.loads((ROOT / "tests" / "data" / "seeds_places.json").read_text(encoding="utf-8"))


def geo_command() -> list[str]:
    exe = shutil.which("geo", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "geo.cli"]


def run_geo(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([*geo_command(), *args], cwd=cwd, capture_output=True, text=True, timeout=600)
