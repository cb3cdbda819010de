"""The office database on SQLite: a file of the previous version opens and is upgraded with its
data; one written by a newer version is refused untouched; the choice of database and the rule
that no password is ever stored."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.errors import OfficeDatabaseError, UsageError
from fieldapp.office.archive import latest_reports, rejection_counts, survey_history
from fieldapp.office.database import (
    DATABASE_ENV,
    database_url,
    head_revision,
    open_office_database,
    store_database_setting,
)
from fieldapp.office.importer import OfficeWorkspace, Status, import_reports
from fieldapp.office.schema import reports, trusted_devices
from tests.office.legacy_office_db import previous_office_database
from tests.office.signed_batch import ReportSigner


@pytest.fixture
def pem(signer: ReportSigner) -> str:
    return signer.certificate_file.read_text()


def _version(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


@pytest.mark.parametrize("up_to", [1, 2, 3])
def test_a_database_of_the_previous_version_opens_upgraded_with_its_rows(
    tmp_path: Path, up_to: int, pem: str
) -> None:
    rows = previous_office_database(tmp_path / "office", certificate_pem=pem, up_to=up_to)
    office = OfficeWorkspace(tmp_path / "office")
    try:
        [listed] = latest_reports(office.db)
        assert listed["claim_number"] == rows["report"]["claim_number"]
        assert (
            survey_history(office.db, "CLM-2026-000001")[0]["survey_json"]
            == (rows["report"]["survey_json"])
        )
        assert rejection_counts(office.db) == {"not_pdf": 1}
        [device] = office.trust.devices()
        assert device.name == "李明的平板" and not device.revoked
        [row] = office.db.rows(select(reports.c.imported_by))
        assert row == {"imported_by": None}  # imported before anyone was recorded
    finally:
        office.close()
    assert _version(tmp_path / "office" / "office.db") == head_revision()
    with sqlite3.connect(tmp_path / "office" / "office.db") as conn:
        indexes = {r[1] for r in conn.execute("PRAGMA index_list(reports)")}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(rejections)")}
    assert {"reports_listing", "idx_reports_survey_id_revision"} <= indexes
    assert {"resolved_at_utc", "resolved_as", "recorded_by"} <= columns


def test_an_upgraded_database_keeps_refusing_a_second_file_of_an_archived_revision(
    tmp_path: Path, pem: str
) -> None:
    previous_office_database(tmp_path / "office", certificate_pem=pem)
    db = open_office_database(tmp_path / "office")
    try:
        [row] = db.rows(select(reports))
        with pytest.raises(Exception, match="UNIQUE"):
            db.insert(reports, row | {"report_sha256": "c" * 64})
    finally:
        db.close()


def test_a_database_of_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    OfficeWorkspace(tmp_path / "office").close()
    path = tmp_path / "office" / "office.db"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'o999'")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(OfficeDatabaseError, match="newer version"):
        OfficeWorkspace(tmp_path / "office")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_database_is_chosen_by_option_then_environment_then_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    folder = tmp_path / "office"
    assert database_url(folder).database == str(folder / "office.db")
    store_database_setting(folder, "postgresql://desk@db.example/office")
    assert database_url(folder).host == "db.example"
    monkeypatch.setenv(DATABASE_ENV, "postgresql://desk@env.example/office")
    assert database_url(folder).host == "env.example"
    assert database_url(folder, "postgresql:///office?service=branch").query == {
        "service": "branch"
    }
    store_database_setting(folder, None)
    monkeypatch.delenv(DATABASE_ENV)
    assert database_url(folder).get_backend_name() == "sqlite"


def test_a_password_is_never_stored(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="never stored"):
        store_database_setting(tmp_path, "postgresql://desk:s3cret@db.example/office")
    assert not list(tmp_path.iterdir())


def test_a_database_that_is_not_postgresql_or_sqlite_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="PostgreSQL"):
        database_url(tmp_path, "mysql://db.example/office")


def test_imports_and_trust_changes_record_the_operating_system_user_on_sqlite(
    tmp_path: Path, signed_report: tuple[Path, Path]
) -> None:
    import getpass

    report, certificate = signed_report
    office = OfficeWorkspace(tmp_path / "office")
    try:
        device = office.trust.add(certificate)
        office.trust.revoke(device.fingerprint)
        office.trust.add(certificate)
        [outcome] = import_reports(office, [report], settle_seconds=0)
        assert outcome.status is Status.ACCEPTED
        [row] = office.db.rows(select(reports.c.imported_by))
        [trust] = office.db.rows(select(trusted_devices.c.added_by))
    finally:
        office.close()
    assert row["imported_by"] == getpass.getuser() == trust["added_by"]
