"""Reading the office archive: latest revision per survey, history, CSV, and rejections."""

from __future__ import annotations

import csv
import json
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, FromClause, exists, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.sqltypes import NullType
from sqlalchemy.sql.visitors import InternalTraversal

from fieldapp.core.timestamps import parse_user_date
from fieldapp.office.database import OfficeDatabase
from fieldapp.office.schema import rejections, reports
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

LISTED_COLUMNS = (
    *CSV_COLUMNS,
    "report_sha256",
    "signed_at",
    "file_name",
    "archive_path",
)


def latest_only(r: FromClause) -> ColumnElement[bool]:
    """The latest revision of each survey supersedes the earlier ones in every listing."""
    x = reports.alias("x")
    return ~exists().where(x.c.survey_id == r.c.survey_id, x.c.revision > r.c.revision)


class containing_text(ColumnElement[bool]):
    """``column`` contains ``pattern`` (a LIKE pattern, escaped by '\\'), ignoring the case of
    Latin letters, as SQLite's LIKE does; PostgreSQL says the same with ILIKE."""

    inherit_cache = True
    type = NullType()  # not Boolean: SQLite would be sent "LIKE ? = 1"
    _traverse_internals: ClassVar[list[tuple[str, Any]]] = [
        ("column", InternalTraversal.dp_clauseelement),
        ("pattern", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: ColumnElement[Any], pattern: str) -> None:
        self.column = column
        self.pattern = literal(pattern)

    @property
    def _from_objects(self) -> list[Any]:  # the FROM a statement using it needs
        return list(self.column._from_objects)


@compiles(containing_text)
def _like(element: containing_text, compiler: Any, **kw: Any) -> str:
    return (
        f"{compiler.process(element.column, **kw)} LIKE "
        f"{compiler.process(element.pattern, **kw)} {LIKE_ESCAPE}"
    )


@compiles(containing_text, "postgresql")
def _ilike(element: containing_text, compiler: Any, **kw: Any) -> str:
    return (
        f"{compiler.process(element.column, **kw)} ILIKE "
        f"{compiler.process(element.pattern, **kw)} {LIKE_ESCAPE}"
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


def filter_clauses(where: ReportFilter, r: FromClause = reports) -> list[ColumnElement[bool]]:
    """The conditions for ``where`` over the reports table ``r`` (or an alias of it)."""
    c = r.c
    clauses: list[ColumnElement[bool]] = []
    for given, column, compare in (
        (where.since, c.received_at_utc, operator.ge),
        (where.until, c.received_at_utc, operator.le),
        (where.incident_since, c.incident_at, operator.ge),
        (where.incident_until, c.incident_at, operator.le),
    ):
        if given:
            day = parse_user_date(given).isoformat()  # 2026-13-45 is refused
            clauses.append(compare(func.substr(column, 1, 10), day))
    if where.line:
        clauses.append(c.line_of_business == where.line)
    if where.surveyor:
        clauses.append(containing_text(c.surveyor, containing(where.surveyor)))
    if where.device:
        clauses.append(
            containing_text(
                c.device_fingerprint, starting_with(normalise_fingerprint(where.device))
            )
        )
    if where.number:  # two short columns: fast over 10,000 surveys, unlike the whole data
        number = containing(where.number.strip())
        clauses.append(
            or_(containing_text(c.claim_number, number), containing_text(c.policy_number, number))
        )
    if where.text:
        words = containing(where.text.strip())
        clauses.append(
            or_(
                containing_text(c.claim_number, words),
                containing_text(c.policy_number, words),
                containing_text(c.survey_json, words),
            )
        )
    return clauses


def latest_reports(
    db: OfficeDatabase, where: ReportFilter = ReportFilter(), *, verification: bool = False
) -> list[dict[str, Any]]:
    """Every column but the survey data (20 kB a report: reading it for 10,000 reports took
    seconds; `survey_history` and the report detail carry it). The verification record is
    stored after the survey data, so it is read only when asked for."""
    r = reports.alias("r")
    columns = [*LISTED_COLUMNS, "verification_json"] if verification else LISTED_COLUMNS
    return db.rows(
        select(*(r.c[name] for name in columns))
        .where(latest_only(r), *filter_clauses(where, r))
        .order_by(r.c.received_at_utc.desc(), r.c.claim_number)
    )


def survey_history(db: OfficeDatabase, survey_ref: str) -> list[dict[str, Any]]:
    """Every archived revision of a survey (by id, id prefix or claim number), newest first."""
    rows = db.rows(
        select(reports)
        .where(
            or_(
                reports.c.survey_id.like(starting_with(survey_ref.strip().lower()), escape="\\"),
                reports.c.claim_number == survey_ref,
            )
        )
        .order_by(reports.c.revision.desc())
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


def rejection_counts(db: OfficeDatabase) -> dict[str, int]:
    with db.read() as conn:
        return dict(
            conn.execute(  # type: ignore[arg-type]
                select(rejections.c.code, func.count())
                .group_by(rejections.c.code)
                .order_by(rejections.c.code)
            ).all()
        )
