"""The archive as a window pages through it: the matching surveys' keys in order first (small,
one query), then the rows of each page by key, so 10,000 reports never travel at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from fieldapp.office.archive import LATEST_ONLY, ReportFilter, filter_clauses
from fieldapp.office.database import REPORTS, TRUSTED_DEVICES

PAGE_ROWS = 200

# What a listing column is sorted by; money is text in the database, so it is cast to sort.
SORT_COLUMNS = {
    "claim": "r.claim_number",
    "policy": "r.policy_number",
    "line": "r.line_of_business",
    "incident": "julianday(r.incident_at)",  # offsets differ: compare instants, not text
    "surveyor": "r.surveyor",
    "device": "d.name",
    "indemnity": "CAST(r.indemnity AS REAL)",
    "photos": "r.photo_count",
    "revision": "r.revision",
    "received": "r.received_at_utc",
}

_DEVICE_JOIN = f"LEFT JOIN {TRUSTED_DEVICES} d ON d.fingerprint = r.device_fingerprint"
_LISTED = (
    "r.rowid AS key, r.report_sha256, r.survey_id, r.revision, r.claim_number, r.policy_number, "
    "r.line_of_business, r.surveyor, r.incident_at, r.received_at_utc, r.device_fingerprint, "
    "d.name AS device_name, r.indemnity, r.currency, r.photo_count"
)


@dataclass(frozen=True)
class Listing:
    """The keys of every matching survey in the order asked, and the first page's rows."""

    keys: list[int]
    first_page: list[dict[str, Any]]


def archive_listing(
    db: Database,
    where: ReportFilter | None = None,
    *,
    sort: str = "received",
    descending: bool = True,
    page_rows: int = PAGE_ROWS,
) -> Listing:
    clauses, params = filter_clauses(where or ReportFilter(), "r.")
    order = "DESC" if descending else "ASC"
    ordered = (
        f"SELECT r.rowid AS key FROM {REPORTS} r {_DEVICE_JOIN} "
        f"WHERE {' AND '.join([LATEST_ONLY, *clauses])} "
        f"ORDER BY {SORT_COLUMNS[sort]} {order}, r.claim_number {order}, r.rowid"
    )
    # One row, not one per survey: a reader thread that steps 10,000 rows gives up and waits
    # for the interpreter lock 10,000 times while the window paints.
    (joined,) = db.execute(f"SELECT group_concat(key) FROM ({ordered})", params).fetchone()
    keys = [int(key) for key in joined.split(",")] if joined else []
    return Listing(keys, archive_rows(db, keys[:page_rows]))


def archive_rows(db: Database, keys: Sequence[int]) -> list[dict[str, Any]]:
    """The listed columns of these reports, in the order of ``keys``."""
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    found = {
        row["key"]: row
        for row in db.query(
            f"SELECT {_LISTED} FROM {REPORTS} r {_DEVICE_JOIN} WHERE r.rowid IN ({marks})",
            list(keys),
        )
    }
    return [found[key] for key in keys if key in found]


@dataclass(frozen=True)
class ArchiveChoices:
    """What the archive's filters offer: the surveyors and devices that signed reports."""

    surveyors: list[str]
    devices: list[tuple[str, str]]  # (fingerprint, name)


def archive_choices(db: Database) -> ArchiveChoices:
    surveyors = [
        name
        for (name,) in db.execute(
            f"SELECT DISTINCT surveyor FROM {REPORTS} WHERE surveyor != '' ORDER BY surveyor"
        )
    ]
    devices = [
        (fingerprint, name or fingerprint[:23])
        for fingerprint, name in db.execute(
            f"SELECT DISTINCT r.device_fingerprint, d.name FROM {REPORTS} r {_DEVICE_JOIN} "
            "ORDER BY d.name, r.device_fingerprint"
        )
    ]
    return ArchiveChoices(surveyors, devices)
