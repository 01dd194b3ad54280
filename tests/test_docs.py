"""The README and each command's --help tell a newcomer every command, with an example to copy."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from harvester.cli import cli
from support import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_there_are_commands_to_document() -> None:
    assert {"harvest", "import", "export", "digest", "extract", "effects"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme_command_table(name: str) -> None:
    assert re.search(rf"^\| `harvester {name}\b", README, re.MULTILINE), f"README lacks a row for {name}"


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_every_help_ends_with_an_example_of_the_command(name: str | None) -> None:
    result = CliRunner().invoke(cli, [*([name] if name else []), "--help"])
    assert result.exit_code == 0
    *_, heading, command = result.output.strip().splitlines()
    assert heading.strip() == "Example:", f"--help of {name or 'harvester'} does not end with an example"
    assert f"harvester {name or ''}".strip() in command
