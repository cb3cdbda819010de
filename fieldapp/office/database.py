"""The office database: its own file and its own numbered migrations."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from fieldapp.store.database import open_database
from fieldapp.store.files import remove_interrupted_writes

OFFICE_DATABASE = "office.db"
TRUSTED_DEVICES = "trusted_devices"
REPORTS = "reports"
REJECTIONS = "rejections"

office_migrations = Migrations("fieldapp.office")


@office_migrations()
def m001_trust_reports_rejections(db: Database) -> None:
    db[TRUSTED_DEVICES].create(  # type: ignore[union-attr]
        {
            "fingerprint": str,
            "name": str,
            "certificate_pem": str,
            "added_at_utc": str,
            "revoked_at_utc": str,
        },
        pk="fingerprint",
        not_null={"name", "certificate_pem", "added_at_utc"},
    )
    db[REPORTS].create(  # type: ignore[union-attr]
        {
            "report_sha256": str,
            "survey_id": str,
            "revision": int,
            "claim_number": str,
            "policy_number": str,
            "line_of_business": str,
            "surveyor": str,
            "incident_at": str,
            "finished_at": str,
            "received_at_utc": str,
            "device_fingerprint": str,
            "signed_at": str,
            "net_loss": str,
            "indemnity": str,
            "currency": str,
            "photo_count": int,
            "file_name": str,
            "archive_path": str,
            "survey_json": str,
            "verification_json": str,
        },
        pk="report_sha256",
        not_null={
            "survey_id",
            "revision",
            "claim_number",
            "line_of_business",
            "received_at_utc",
            "device_fingerprint",
            "archive_path",
            "survey_json",
        },
    )
    db[REPORTS].create_index(["survey_id", "revision"], unique=True)  # type: ignore[union-attr]
    db[REPORTS].create_index(["claim_number"])  # type: ignore[union-attr]
    db[REJECTIONS].create(  # type: ignore[union-attr]
        {
            "id": int,
            "file_sha256": str,
            "file_name": str,
            "code": str,
            "message": str,
            "received_at_utc": str,
            "quarantine_path": str,
        },
        pk="id",
        not_null={"file_name", "code", "received_at_utc"},
    )


@office_migrations()
def m002_rejections_resolved(db: Database) -> None:
    """A quarantined file later accepted is marked resolved, not left looking refused."""
    db[REJECTIONS].add_column("resolved_at_utc", str)  # type: ignore[union-attr]
    db[REJECTIONS].add_column("resolved_as", str)  # type: ignore[union-attr]


@office_migrations()
def m003_archive_listing_index(db: Database) -> None:
    """The archive window, the CSV export and the dashboard's figures read 10,000 surveys from
    this index alone (about 500 bytes a report): the rows themselves carry 20 kB of survey data
    each, which a table scan reads page by page."""
    db[REPORTS].create_index(  # type: ignore[union-attr]
        [
            "survey_id",
            "revision",
            "received_at_utc",
            "claim_number",
            "policy_number",
            "line_of_business",
            "surveyor",
            "incident_at",
            "device_fingerprint",
            "indemnity",
            "photo_count",
            "finished_at",
            "net_loss",
            "currency",
            "report_sha256",
            "signed_at",
            "file_name",
            "archive_path",
        ],
        index_name="reports_listing",
    )


def open_office_database(folder: Path) -> Database:
    db = open_database(folder / OFFICE_DATABASE, migrations=office_migrations)
    # A killed import leaves its temporary archive and quarantine files; nothing claims them.
    remove_interrupted_writes(folder, depth=2)  # archive/ab/, quarantine/<file>/
    return db
