"""A listing piped into a reader that stops early (`| head -1`) ends quietly: no BrokenPipeError
traceback, exit code 141 (128 + SIGPIPE) as the CLI's docstring says."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp.core.timestamps import local_now
from fieldapp.services.field import FieldWorkspace, start_survey
from tests.conftest import TEST_PASSPHRASE

EXIT_OUTPUT_CLOSED = 141


@pytest.fixture
def long_listings(data_dir: Path) -> str:
    """A folder whose survey list and one survey's log are each far larger than a pipe's buffer
    (64 KB), so the writer is still writing when `head` has gone."""
    workspace = FieldWorkspace.open(data_dir)
    try:
        with workspace.db.atomic():
            surveys = [
                start_survey(
                    workspace,
                    claim_number=f"BA-PIPE-{n:04}",
                    line_of_business="property",
                    occurred_at=local_now(),
                    surveyor="赵静",
                )
                for n in range(900)
            ]
            for n in range(400):
                workspace.surveys.record_access(
                    surveys[0].survey_id, actor="赵静", what=f"shown on screen {n} " + "·" * 200
                )
        return surveys[0].survey_id
    finally:
        workspace.close()


def fieldapp_argv(data_dir: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), *argv]


@pytest.mark.parametrize("verb", ["survey list", "survey list --json", "survey log"])
def test_a_listing_piped_into_head_ends_quietly(
    data_dir: Path, long_listings: str, tmp_path: Path, verb: str
) -> None:
    argv = fieldapp_argv(data_dir, *verb.split(), *([long_listings] if "log" in verb else []))
    code_file = tmp_path / "code"
    pipeline = f"{shlex.join(argv)} | head -1; echo ${{PIPESTATUS[0]}} > {code_file}"
    done = subprocess.run(
        ["bash", "-c", pipeline],
        capture_output=True,
        text=True,
        timeout=120,
        env={"FIELDAPP_PASSPHRASE": TEST_PASSPHRASE, "PATH": "/usr/bin:/bin"},
    )
    assert done.stderr == ""
    assert done.stdout.count("\n") == 1
    assert int(code_file.read_text()) == EXIT_OUTPUT_CLOSED


def test_output_closed_before_the_first_line_is_quiet_too(data_dir: Path) -> None:
    # The reader is gone before fieldapp writes anything: even a short listing meets the
    # closed pipe, when Python flushes its buffer.
    process = subprocess.Popen(
        fieldapp_argv(data_dir, "survey", "list"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"FIELDAPP_PASSPHRASE": TEST_PASSPHRASE},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read()
    assert (process.wait(timeout=120), err) == (EXIT_OUTPUT_CLOSED, b"")
