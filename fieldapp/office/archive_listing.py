"""The archive as a window pages through it: the matching surveys' keys in order first (small,
one query), then the rows of each page by key, so 10,000 reports never travel at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Float, FunctionElement, Text, cast, func, over, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal

from fieldapp.office.archive import ReportFilter, filter_clauses, latest_only
from fieldapp.office.database import OfficeDatabase
from fieldapp.office.schema import reports, trusted_devices

PAGE_ROWS = 200

_r = reports.alias("r")
_d = trusted_devices.alias("d")
_JOINED = _r.outerjoin(_d, _d.c.fingerprint == _r.c.device_fingerprint)


class instant(FunctionElement[Any]):
    """An ISO time with its UTC offset as a comparable instant: offsets differ, so text order
    is not time order (SQLite: julianday; PostgreSQL: timestamptz)."""

    inherit_cache = True


@compiles(instant)
def _julianday(element: instant, compiler: Any, **kw: Any) -> str:
    return f"julianday({compiler.process(element.clauses, **kw)})"


@compiles(instant, "postgresql")
def _timestamptz(element: instant, compiler: Any, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS timestamptz)"


class joined_in_order(ColumnElement[str]):
    """The values of ``column`` joined by commas in the order of ``position``: one row, not one
    per survey (a reader thread that steps 10,000 rows gives up and waits for the interpreter
    lock 10,000 times while the window paints)."""

    inherit_cache = True
    type = Text()
    _traverse_internals: ClassVar[list[tuple[str, Any]]] = [
        ("column", InternalTraversal.dp_clauseelement),
        ("position", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: ColumnElement[Any], position: ColumnElement[Any]) -> None:
        self.column, self.position = column, position

    @property
    def _from_objects(self) -> list[Any]:  # the FROM a statement using it needs
        return list(self.column._from_objects)


@compiles(joined_in_order)
def _group_concat(element: joined_in_order, compiler: Any, **kw: Any) -> str:
    # SQLite joins in the order the rows arrive; the subquery is ordered by position.
    return f"group_concat({compiler.process(element.column, **kw)})"


@compiles(joined_in_order, "postgresql")
def _string_agg(element: joined_in_order, compiler: Any, **kw: Any) -> str:
    column, position = (compiler.process(e, **kw) for e in (element.column, element.position))
    return f"string_agg({column}, ',' ORDER BY {position})"


# What a listing column is sorted by; money is text in the database, so it is cast to sort.
SORT_COLUMNS: dict[str, ColumnElement[Any]] = {
    "claim": _r.c.claim_number,
    "policy": _r.c.policy_number,
    "line": _r.c.line_of_business,
    "incident": instant(_r.c.incident_at),
    "surveyor": _r.c.surveyor,
    "device": _d.c.name,
    "indemnity": cast(_r.c.indemnity, Float),
    "photos": _r.c.photo_count,
    "revision": _r.c.revision,
    "received": _r.c.received_at_utc,
}

_LISTED = (
    _r.c.report_sha256,
    _r.c.survey_id,
    _r.c.revision,
    _r.c.claim_number,
    _r.c.policy_number,
    _r.c.line_of_business,
    _r.c.surveyor,
    _r.c.incident_at,
    _r.c.received_at_utc,
    _r.c.device_fingerprint,
    _d.c.name.label("device_name"),
    _r.c.indemnity,
    _r.c.currency,
    _r.c.photo_count,
)


@dataclass(frozen=True)
class Listing:
    """The keys of every matching survey in the order asked, and the first page's rows."""

    keys: list[str]  # each report's SHA-256
    first_page: list[dict[str, Any]]


def archive_listing(
    db: OfficeDatabase,
    where: ReportFilter | None = None,
    *,
    sort: str = "received",
    descending: bool = True,
    page_rows: int = PAGE_ROWS,
) -> Listing:
    def way(column: ColumnElement[Any]) -> Any:
        return column.desc() if descending else column.asc()

    ordering = (way(SORT_COLUMNS[sort]), way(_r.c.claim_number), _r.c.report_sha256)
    ordered = (
        select(
            _r.c.report_sha256.label("key"), over(func.row_number(), order_by=ordering).label("n")
        )
        .select_from(_JOINED)
        .where(latest_only(_r), *filter_clauses(where or ReportFilter(), _r))
        .order_by(*ordering)
        .subquery("ordered")
    )
    joined = db.scalar(select(joined_in_order(ordered.c.key, ordered.c.n)))
    keys = joined.split(",") if joined else []
    return Listing(keys, archive_rows(db, keys[:page_rows]))


def archive_rows(db: OfficeDatabase, keys: Sequence[str]) -> list[dict[str, Any]]:
    """The listed columns of these reports, in the order of ``keys``."""
    if not keys:
        return []
    found = {
        row["report_sha256"]: row
        for row in db.rows(
            select(*_LISTED).select_from(_JOINED).where(_r.c.report_sha256.in_(list(keys)))
        )
    }
    return [found[key] for key in keys if key in found]


@dataclass(frozen=True)
class ArchiveChoices:
    """What the archive's filters offer: the surveyors and devices that signed reports."""

    surveyors: list[str]
    devices: list[tuple[str, str]]  # (fingerprint, name)


def archive_choices(db: OfficeDatabase) -> ArchiveChoices:
    with db.read() as conn:
        surveyors = list(
            conn.execute(
                select(reports.c.surveyor)
                .distinct()
                .where(reports.c.surveyor != "")
                .order_by(reports.c.surveyor)
            ).scalars()
        )
        devices = [
            (fingerprint, name or fingerprint[:23])
            for fingerprint, name in conn.execute(
                select(_r.c.device_fingerprint, _d.c.name)
                .distinct()
                .select_from(_JOINED)
                .order_by(_d.c.name, _r.c.device_fingerprint)
            )
        ]
    return ArchiveChoices(surveyors, devices)
