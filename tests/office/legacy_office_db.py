"""An office database as the previous version wrote it: its own sqlite-utils migrations
(m001-m003, copied from that version), with one row in each table, so that the upgrade to the
SQLAlchemy/Alembic schema is tested on a real file of that version, not on a description."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

previous_migrations = Migrations("fieldapp.office")


@previous_migrations()
def m001_trust_reports_rejections(db: Database) -> None:
    db["trusted_devices"].create(  # type: ignore[union-attr]
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
    db["reports"].create(  # type: ignore[union-attr]
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
    db["reports"].create_index(["survey_id", "revision"], unique=True)  # type: ignore[union-attr]
    db["reports"].create_index(["claim_number"])  # type: ignore[union-attr]
    db["rejections"].create(  # type: ignore[union-attr]
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


@previous_migrations()
def m002_rejections_resolved(db: Database) -> None:
    db["rejections"].add_column("resolved_at_utc", str)  # type: ignore[union-attr]
    db["rejections"].add_column("resolved_as", str)  # type: ignore[union-attr]


@previous_migrations()
def m003_archive_listing_index(db: Database) -> None:
    db["reports"].create_index(  # type: ignore[union-attr]
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


def previous_office_database(
    folder: Path, *, certificate_pem: str, up_to: int = 3
) -> dict[str, dict[str, object]]:
    """``folder/office.db`` as the previous version left it after its migrations 1 to
    ``up_to``, holding one trusted device, one archived report and one rejection."""
    folder.mkdir(parents=True, exist_ok=True)
    db = Database(folder / "office.db")
    db.enable_wal()
    names = [
        "m001_trust_reports_rejections",
        "m002_rejections_resolved",
        "m003_archive_listing_index",
    ]
    previous_migrations.apply(db, stop_before=names[up_to] if up_to < len(names) else None)
    device = {
        "fingerprint": "AB:CD:EF:01:23",
        "name": "李明的平板",
        "certificate_pem": certificate_pem,
        "added_at_utc": "2026-03-01T08:00:00Z",
        "revoked_at_utc": None,
    }
    report = {
        "report_sha256": "a" * 64,
        "survey_id": "3f1c2d4e-0000-4000-8000-000000000001",
        "revision": 1,
        "claim_number": "CLM-2026-000001",
        "policy_number": "POL-1",
        "line_of_business": "property",
        "surveyor": "李明",
        "incident_at": "2026-02-28T21:05:00+08:00",
        "finished_at": "2026-03-01T10:00:00+08:00",
        "received_at_utc": "2026-03-01T09:00:00Z",
        "device_fingerprint": "AB:CD:EF:01:23",
        "signed_at": "2026-03-01T10:00:00+08:00",
        "net_loss": "1200.00",
        "indemnity": "1000.00",
        "currency": "CNY",
        "photo_count": 3,
        "file_name": "r1.pdf",
        "archive_path": f"archive/aa/{'a' * 64}.pdf",
        "survey_json": '{"claim_number": "CLM-2026-000001"}',
        "verification_json": "[]",
    }
    rejection = {
        "file_sha256": "b" * 64,
        "file_name": "letter.pdf",
        "code": "not_pdf",
        "message": "not a PDF",
        "received_at_utc": "2026-03-01T09:05:00Z",
        "quarantine_path": "quarantine/bbbbbbbbbbbbbbbb/letter.pdf",
    }
    db["trusted_devices"].insert(device)  # type: ignore[union-attr]
    db["reports"].insert(report)  # type: ignore[union-attr]
    db["rejections"].insert(rejection)  # type: ignore[union-attr]
    db.close()
    return {"device": device, "report": report, "rejection": rejection}
