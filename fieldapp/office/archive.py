"""Reading the office archive: latest revision per survey, history, CSV, and rejections."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from fieldapp.core.timestamps import parse_user_date
from fieldapp.office.database import REJECTIONS, REPORTS
from fieldapp.office.trust import normalise_fingerprint
from fieldapp.store.id_prefixes import LIKE_ESCAPE, containing, starting_with, the_one

CSV_COLUMNS = (
    "claim_number",
    "policy_number",
    "line_of_business",
    "incident_at",
    "finished_at",
    "received_at_utc",
    "surveyor",
    "device_fingerprint",
    "net_loss",
    "indemnity",
    "currency",
    "photo_count",
    "revision",
    "survey_id",
)

# The latest revision of each survey supersedes the earlier ones in every listing.
LATEST_ONLY = (
    f"NOT EXISTS (SELECT 1 FROM {REPORTS} x "
    "WHERE x.survey_id = r.survey_id AND x.revision > r.revision)"
)
LISTED_COLUMNS = (
    *CSV_COLUMNS,
    "report_sha256",
    "signed_at",
    "file_name",
    "archive_path",
)


@dataclass(frozen=True)
class ReportFilter:
    """Which surveys a listing shows; every date is YYYY-MM-DD and both ends are included."""

    since: str | None = None  # received on or after (the UTC date of receipt)
    until: str | None = None  # received on or before
    incident_since: str | None = None  # the incident's date where it happened
    incident_until: str | None = None
    line: str | None = None
    surveyor: str | None = None
    device: str | None = None  # the signing device's fingerprint, or its start
    number: str | None = None  # in the claim or policy number (the window's search box)
    text: str | None = None  # in claim or policy number or anywhere in the survey data


def filter_clauses(where: ReportFilter, table: str = "") -> tuple[list[str], list[Any]]:
    """SQL conditions for ``where`` over columns of reports (``table`` is its alias + '.')."""
    t = table
    clauses: list[str] = []
    params: list[Any] = []
    for given, condition in (
        (where.since, f"substr({t}received_at_utc, 1, 10) >= ?"),
        (where.until, f"substr({t}received_at_utc, 1, 10) <= ?"),
        (where.incident_since, f"substr({t}incident_at, 1, 10) >= ?"),
        (where.incident_until, f"substr({t}incident_at, 1, 10) <= ?"),
    ):
        if given:
            clauses.append(condition)
            params.append(parse_user_date(given).isoformat())  # 2026-13-45 is refused
    if where.line:
        clauses.append(f"{t}line_of_business = ?")
        params.append(where.line)
    if where.surveyor:
        clauses.append(f"{t}surveyor LIKE ? {LIKE_ESCAPE}")
        params.append(containing(where.surveyor))
    if where.device:
        clauses.append(f"{t}device_fingerprint LIKE ? {LIKE_ESCAPE}")
        params.append(starting_with(normalise_fingerprint(where.device)))
    if where.number:  # two short columns: fast over 10,000 surveys, unlike the whole data
        clauses.append(
            f"({t}claim_number LIKE ? {LIKE_ESCAPE} OR {t}policy_number LIKE ? {LIKE_ESCAPE})"
        )
        params += [containing(where.number.strip())] * 2
    if where.text:
        clauses.append(
            f"({t}claim_number LIKE ? {LIKE_ESCAPE} OR {t}policy_number LIKE ? {LIKE_ESCAPE} "
            f"OR {t}survey_json LIKE ? {LIKE_ESCAPE})"
        )
        params += [containing(where.text.strip())] * 3
    return clauses, params


def latest_reports(
    db: Database, where: ReportFilter = ReportFilter(), *, verification: bool = False
) -> list[dict[str, Any]]:
    """Every column but the survey data (20 kB a report: reading it for 10,000 reports took
    seconds; `survey_history` and the report detail carry it). The verification record is
    stored after the survey data, so it is read only when asked for."""
    clauses, params = filter_clauses(where, "r.")
    columns = [*LISTED_COLUMNS, "verification_json"] if verification else LISTED_COLUMNS
    sql = (
        f"SELECT {', '.join(f'r.{c}' for c in columns)} FROM {REPORTS} r "
        f"WHERE {' AND '.join([LATEST_ONLY, *clauses])} "
        "ORDER BY r.received_at_utc DESC, r.claim_number"
    )
    return list(db.query(sql, params))


def survey_history(db: Database, survey_ref: str) -> list[dict[str, Any]]:
    """Every archived revision of a survey (by id, id prefix or claim number), newest first."""
    rows = list(
        db.query(
            f"SELECT * FROM {REPORTS} WHERE survey_id LIKE ? {LIKE_ESCAPE} OR claim_number = ? "
            "ORDER BY revision DESC",
            [starting_with(survey_ref.strip().lower()), survey_ref],
        )
    )
    surveys = {r["survey_id"]: r["claim_number"] for r in rows}
    the_one(list(surveys.items()), given=survey_ref, what="archived survey", many="surveys")
    return rows


def summary_of(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in CSV_COLUMNS} | {
        "archive_path": row["archive_path"],
        "verification": json.loads(row["verification_json"] or "[]"),
    }


def write_csv(rows: Iterable[dict[str, Any]], out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8-sig", newline="") as handle:  # BOM: Excel reads UTF-8
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow([row[c] for c in CSV_COLUMNS])
            count += 1
    return count


def rejection_counts(db: Database) -> dict[str, int]:
    return {
        code: n
        for code, n in db.execute(
            f"SELECT code, COUNT(*) FROM {REJECTIONS} GROUP BY code ORDER BY code"
        )
    }
