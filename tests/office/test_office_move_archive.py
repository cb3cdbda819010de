"""`office move-archive`: a SQLite office archive copied into PostgreSQL, verified by counts
and hashes, resumable after an interruption, the source file untouched."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.office.archive import latest_reports
from fieldapp.office.importer import OfficeWorkspace, import_reports
from fieldapp.office.move_archive import move_archive
from fieldapp.office.schema import reports
from tests.conftest import CliRun
from tests.office.signed_batch import ReportSigner
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.postgres


class Interrupted(Exception):
    """The move stopped half-way (a dropped connection, Ctrl+C)."""


@pytest.fixture
def sqlite_office(signer: ReportSigner, tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    office = OfficeWorkspace(folder)
    try:
        office.trust.add(signer.certificate_file, name="tablet")
        for n in range(12):
            signer.sign(tmp_path / "inbox" / f"r{n}.pdf", claim=f"CLM-MOVE-{n:03d}")
        (tmp_path / "inbox" / "junk.pdf").write_text("not a report")
        outcomes = import_reports(office, [tmp_path / "inbox"], settle_seconds=0)
        assert Counter_of(outcomes) == {"accepted": 12, "rejected": 1}
    finally:
        office.close()
    return folder


def Counter_of(outcomes: list) -> dict[str, int]:
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.status.value] = counts.get(o.status.value, 0) + 1
    return counts


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_archive_moves_resumably_and_verified_leaving_the_source_untouched(
    postgres: PostgresServer, sqlite_office: Path
) -> None:
    target = postgres.new_database(f"moved_{uuid.uuid4().hex[:8]}")
    source = sqlite_office / "office.db"
    before = _digest(source)
    seen = []

    def stop_after_two_batches(done: int, total: int, table: str) -> None:
        seen.append(table)
        if table == "reports" and done >= 10:
            raise Interrupted

    with pytest.raises(Interrupted):
        move_archive(sqlite_office, target, batch_rows=5, progress=stop_after_two_batches)
    partial = OfficeWorkspace(sqlite_office, target)
    try:
        assert partial.db.count(reports) == 10  # two batches were committed
    finally:
        partial.close()

    moved = move_archive(sqlite_office, target, batch_rows=5)
    assert moved.verified, moved
    counts = {t.name: (t.in_source, t.found_in_target, t.copied_now) for t in moved.tables}
    assert counts == {
        "trusted_devices": (1, 1, 0),
        "reports": (12, 12, 2),  # only what the interrupted run had not copied
        "rejections": (1, 1, 1),  # the interruption came before this table
    }
    assert moved.files_checked == 12 and moved.files_damaged == []
    assert _digest(source) == before  # the source was only read

    again = move_archive(sqlite_office, target)
    assert again.verified and sum(t.copied_now for t in again.tables) == 0

    sqlite = OfficeWorkspace(sqlite_office)
    postgres_office = OfficeWorkspace(sqlite_office, target)
    try:
        assert latest_reports(postgres_office.db) == latest_reports(sqlite.db)
        assert postgres_office.db.rows(select(reports).order_by(reports.c.report_sha256)) == (
            sqlite.db.rows(select(reports).order_by(reports.c.report_sha256))
        )
    finally:
        sqlite.close()
        postgres_office.close()


def test_a_damaged_archive_file_fails_the_verification(
    postgres: PostgresServer, sqlite_office: Path, cli: CliRun
) -> None:
    target = postgres.new_database(f"moved_{uuid.uuid4().hex[:8]}")
    victim = next((sqlite_office / "archive").rglob("*.pdf"))
    victim.write_bytes(victim.read_bytes()[:-10])
    office = CliRun(sqlite_office, cli.capsys)
    code, out, err = office("office", "move-archive", "--to", target)
    assert code == 1 and "the move is not complete" in err
    assert f"damaged: archive/{victim.parent.name}/{victim.name}: its bytes changed" in out
    assert "reports: 12 of 12 in the target (12 copied now)" in out


def test_move_archive_says_what_it_verified(
    postgres: PostgresServer, sqlite_office: Path, cli: CliRun
) -> None:
    target = postgres.new_database(f"moved_{uuid.uuid4().hex[:8]}")
    office = CliRun(sqlite_office, cli.capsys)
    code, out, err = office("office", "move-archive", "--to", target)
    assert code == 0, err
    assert out.splitlines()[-1].startswith("verified: every row and file of the source")
    code, out, _ = office("office", "list", "--json", "--database", target)
    assert code == 0 and len(__import__("json").loads(out)) == 12
