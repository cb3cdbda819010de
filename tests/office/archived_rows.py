"""Archived reports written straight into the office store (as the benchmark does for volume):
rows shaped as the import gate writes them, without signing a PDF for each."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone

from fieldapp.office.database import OfficeDatabase
from fieldapp.office.schema import rejections, reports

CHINA = timezone(timedelta(hours=8))


def archive_row(
    db: OfficeDatabase,
    *,
    number: int,
    line: str,
    received: datetime,
    hours_to_survey: float,
    indemnity: str,
    currency: str = "CNY",
    revision: int = 1,
) -> dict[str, object]:
    """One survey's archived revision; the incident lies ``hours_to_survey`` before the survey
    finished, which is a day before it was received."""
    finished = (received - timedelta(days=1)).astimezone(CHINA)
    incident = finished - timedelta(hours=hours_to_survey)
    digest = hashlib.sha256(f"{number}/{revision}".encode()).hexdigest()
    row = {
        "report_sha256": digest,
        "survey_id": hashlib.sha256(str(number).encode()).hexdigest()[:32],
        "revision": revision,
        "claim_number": f"CLM-{number:06d}",
        "policy_number": f"POL-{number:06d}",
        "line_of_business": line,
        "surveyor": "赵静",
        "incident_at": incident.isoformat(),
        "finished_at": finished.isoformat(),
        "received_at_utc": received.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z",
        "device_fingerprint": "AB:CD",
        "signed_at": finished.isoformat(),
        "net_loss": indemnity,
        "indemnity": indemnity,
        "currency": currency,
        "photo_count": 0,
        "file_name": f"{number}.pdf",
        "archive_path": f"archive/{digest[:2]}/{digest}.pdf",
        "survey_json": json.dumps({"claim_number": f"CLM-{number:06d}"}),
        "verification_json": "[]",
    }
    db.insert(reports, row)
    return row


def rejection_row(db: OfficeDatabase, *, code: str, received: datetime) -> None:
    db.insert(
        rejections,
        {
            "file_sha256": None,
            "file_name": f"{code}.pdf",
            "code": code,
            "message": code,
            "received_at_utc": received.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z",
            "quarantine_path": None,
        },
    )
