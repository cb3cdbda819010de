"""What every verb module shares: exit codes, the workspace of the chosen data folder, output."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from fieldapp.core.survey import LineOfBusiness
from fieldapp.paths import data_dir

if TYPE_CHECKING:
    from fieldapp.services.field import FieldWorkspace

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
LINES = tuple(line.value for line in LineOfBusiness)


def workspace(args: argparse.Namespace) -> FieldWorkspace:
    # Imported here so `fieldapp --help` and `--version` stay instant.
    from fieldapp.services.field import FieldWorkspace

    return FieldWorkspace.open(data_dir(args.data_dir))


def print_json(document: Any) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


def terminal_progress(done: int, total: int, message: str) -> None:
    """A one-line progress display on a terminal; silent when output is not a terminal."""
    if not sys.stderr.isatty():
        return
    width = 30
    filled = width * done // max(total, 1)
    end = "\n" if done >= total else ""
    print(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {message[:40]:<40}",
        end=end,
        file=sys.stderr,
        flush=True,
    )


def missing_verb(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print(f"{parser.prog}: a verb is needed (see --help)", file=sys.stderr)
    return EXIT_USAGE


def plural(count: int, one: str, many: str) -> str:
    """``plural(1, "photo was", "photos were")`` → "1 photo was"; English terminal text only."""
    return f"{count} {one if count == 1 else many}"
