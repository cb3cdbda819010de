"""The README's command table and the CLI agree both ways: every command the CLI has is in the
table with exactly its options, and every command the table shows exists with those options."""

from __future__ import annotations

import argparse
import re

from fieldapp.cli import build_parser
from tests.conftest import REPO_ROOT

GLOBAL_OPTIONS = {"--data-dir", "--version", "--help"}  # described in the text above the table


def cli_commands() -> dict[str, set[str]]:
    """Each leaf command ("survey new") with its option strings."""
    found: dict[str, set[str]] = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        options = {
            option
            for action in parser._actions
            for option in action.option_strings
            if option.startswith("--") and option not in GLOBAL_OPTIONS
        }
        if path and (options or not subparsers):
            found[" ".join(path)] = options
        for action in subparsers:
            for name, child in action.choices.items():
                walk(child, (*path, name))

    walk(build_parser(), ())
    return found


def readme_commands() -> dict[str, set[str]]:
    """Each command the README's table names (first cell, in backticks) with the options shown."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| command | what it does |") :]
    table = table[: table.index("\n\n")]
    found: dict[str, set[str]] = {}
    for row in table.splitlines()[2:]:
        first_cell = row.split(" | ")[0]
        for usage in re.findall(r"`(fieldapp [^`]+)`", first_cell):
            words = usage.replace("\\|", "|").split()[1:]
            path = []
            for word in words:
                if not re.fullmatch(r"[a-z][a-z-]*", word):
                    break
                path.append(word)
            options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", usage)) - GLOBAL_OPTIONS
            if path:
                found.setdefault(" ".join(path), set()).update(options)
    return found


def test_every_cli_command_is_in_the_readme_with_its_options() -> None:
    readme = readme_commands()
    missing = {c: sorted(o) for c, o in cli_commands().items() if c not in readme}
    assert not missing, f"commands missing from README's table: {missing}"
    differ = {
        command: {
            "cli only": sorted(o - readme[command]),
            "readme only": sorted(readme[command] - o),
        }
        for command, o in cli_commands().items()
        if o != readme[command]
    }
    assert not differ, differ


def test_every_readme_command_exists() -> None:
    cli = cli_commands()
    assert not sorted(set(readme_commands()) - set(cli))
