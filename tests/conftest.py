from __future__ import annotations

import os

# Qt must pick its platform before anything imports it: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.cli import main
from fieldapp.services.field import FieldWorkspace
from tests.postgres_server import PostgresServer, postgres_binaries, start_postgres

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT.parent / "shared" / "samples"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("fieldapp reliability")
    group.addoption(
        "--reliability-doc",
        action="store_true",
        help="write docs/reliability.md from what the reliability suite saw",
    )
    group.addoption(
        "--kill-trials",
        type=int,
        default=30,
        help="SIGKILL trials per killed operation (default 30)",
    )
    group.addoption(
        "--fuzz-examples",
        type=int,
        default=None,
        help="hypothesis examples for the fuzzing tests (default: the bounded CI number)",
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if session.config.getoption("--reliability-doc", default=False):
        from tests.reliability.ledger import LEDGER

        LEDGER.write(REPO_ROOT / "docs" / "reliability.md")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "field-data"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[FieldWorkspace]:
    opened = FieldWorkspace.open(data_dir)
    yield opened
    opened.close()


class CliRun:
    """Runs the real CLI entry point in-process against one data folder."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = main(["--data-dir", str(self.data_dir), *argv])
        except SystemExit as exit_:  # argparse usage errors
            code = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err

    def new_survey(self, *, claim: str, line: str, surveyor: str = "赵静") -> str:
        """Start a survey through the CLI and return its id."""
        code, out, err = self(
            "survey",
            "new",
            "--claim",
            claim,
            "--line",
            line,
            "--occurred-at",
            "2026-11-24 08:00",
            "--surveyor",
            surveyor,
        )
        assert code == 0, err
        return out.strip()

    def json(self, *argv: str) -> object:
        code, out, err = self(*argv)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> CliRun:
    return CliRun(data_dir, capsys)


TEST_PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def passphrase_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scripts give the passphrase through FIELDAPP_PASSPHRASE; so do the tests."""
    monkeypatch.setenv("FIELDAPP_PASSPHRASE", TEST_PASSPHRASE)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the session (tests marked ``postgres``). Without the
    binaries the tests are skipped, saying why; on CI (CI=true) they fail instead."""
    binaries = postgres_binaries()
    if binaries is None:
        reason = "PostgreSQL is not installed (apt-get install postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}: CI must run the PostgreSQL tests")
        pytest.skip(reason)
    server = start_postgres(binaries)
    previous = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(server.passfile)  # libpq reads the passwords from here
    try:
        yield server
    finally:
        if previous is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = previous
        server.stop()
        server.passfile.unlink(missing_ok=True)
