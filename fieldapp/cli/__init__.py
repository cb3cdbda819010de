"""The command line: one function a verb, each a thin call into ``fieldapp.services``.

Exit codes: 0 success; 1 failure; 2 usage error; 3 done but some inputs were refused;
130 interrupted (Ctrl-C); 141 the reader of the output went away (`fieldapp survey list | head -1`:
128 + SIGPIPE, what a shell reports for a program that SIGPIPE ended). A user's mistake prints
one line on stderr, never a traceback; a closed output pipe prints nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from fieldapp.cli import (
    damage_verbs,
    office_verbs,
    photo_verbs,
    privacy_verbs,
    report_verbs,
    sign_verbs,
    survey_verbs,
)
from fieldapp.cli.common import EXIT_FAILURE, EXIT_USAGE
from fieldapp.cli.terminal import escaped_for_terminal, terminal_safe_output
from fieldapp.errors import FieldappError, UsageError

EXIT_OUTPUT_CLOSED = 141  # 128 + SIGPIPE


def cmd_gui(args: argparse.Namespace) -> int:
    from fieldapp.paths import data_dir
    from fieldapp.ui.app import run

    return run(data_dir(args.data_dir))


class _VersionAction(argparse.Action):
    """Asks git (from source) only when --version is given, not on every command."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        from fieldapp.build_info import build_info

        print(build_info().line())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldapp",
        description="Offline on-site loss survey: safety, parties, evidence, valuation, "
        "signed PDF report.",
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="version, commit and build date, then exit"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: $FIELDAPP_DATA_DIR or the platform's)",
    )
    parser.set_defaults(handler=cmd_gui)
    verbs = parser.add_subparsers(title="commands", metavar="COMMAND")
    survey_subverbs = survey_verbs.register(verbs)
    sign_verbs.register(survey_subverbs)
    photo_verbs.register(verbs)
    damage_verbs.register(verbs)
    report_verbs.register(verbs, survey_subverbs)
    office_verbs.register(verbs)
    privacy_verbs.register(verbs)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        with terminal_safe_output():  # no raw escape sequence reaches the terminal
            code = handler(args)
            sys.stdout.flush()  # a reader that went away shows here, not at interpreter shutdown
        return code
    except BrokenPipeError:
        return _output_closed()
    except UsageError as error:
        print(f"fieldapp: {escaped_for_terminal(error.message)}", file=sys.stderr)
        return EXIT_USAGE
    except FieldappError as error:
        print(f"fieldapp: {escaped_for_terminal(error.message)}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("\nfieldapp: interrupted; every change made so far is saved.", file=sys.stderr)
        return 130


def _output_closed() -> int:
    """The reader of stdout went away (``| head``): stop quietly, as SIGPIPE would.

    The Python docs' recipe (signal module, "Note on SIGPIPE"): point stdout at devnull, so that
    flushing what is still buffered at interpreter shutdown does not raise a second time.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OUTPUT_CLOSED
