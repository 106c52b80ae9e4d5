"""The docs move with the CLI: every command and every option of `geo` is named in README.md."""

from __future__ import annotations

import pytest
import typer

from geo.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def walk(cmd, path: tuple[str, ...] = ()):
    """Every (sub)command of the click tree behind typer (typer may vendor its own click)."""
    yield path, cmd
    if hasattr(cmd, "commands"):
        for name, sub in sorted(cmd.commands.items()):
            yield from walk(sub, (*path, name))


COMMANDS = [(" ".join(p), c) for p, c in walk(typer.main.get_command(app)) if p]
assert len(COMMANDS) >= 8, COMMANDS  # resolve, map, review, gazetteer and its subcommands


@pytest.mark.parametrize(("name", "cmd"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_and_options_documented(name: str, cmd) -> None:
    assert f"geo {name}" in README, f"'geo {name}' is not in README.md"
    if hasattr(cmd, "commands"):
        return
    for param in cmd.params:
        if param.param_type_name == "option":
            for opt in param.opts + param.secondary_opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"geo {name}: option {opt} is not in README.md"


def test_readme_states_the_two_commands() -> None:
    assert ".venv/bin/pip install -e '.[test]' && .venv/bin/geo map seeds -o maps/seeds.html --offline" in README
    assert ".venv/bin/python -m pytest" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().splitlines()[-1] == ".venv/bin/python -m pytest"
