"""The rows the office's figures are computed from: the latest revision of each survey and the
refused files, received in a period. Only the columns the figures read, so that 10,000 reports
are read in a few tens of milliseconds (the dashboard's goal is 200 ms in all)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, select

from fieldapp.core.service_figures import DashboardFigures, Period, dashboard_figures
from fieldapp.office.archive import latest_only
from fieldapp.office.database import OfficeDatabase
from fieldapp.office.schema import rejections, reports

REPORT_COLUMNS = (
    "survey_id",
    "line_of_business",
    "incident_at",
    "finished_at",
    "received_at_utc",
    "indemnity",
    "currency",
)


def _received_in(period: Period, column: ColumnElement[str]) -> list[ColumnElement[bool]]:
    """received_at_utc is ISO text ending in Z: day bounds compare as text."""
    clauses = []
    if period.since:
        clauses.append(column >= period.since.isoformat())
    if period.until:
        clauses.append(column < (period.until + timedelta(days=1)).isoformat())
    return clauses


def reports_received(db: OfficeDatabase, period: Period) -> list[dict[str, Any]]:
    """The latest revision of each survey (as office/archive.py's listing), fewer columns."""
    r = reports.alias("r")
    return db.rows(
        select(*(r.c[c] for c in REPORT_COLUMNS)).where(
            latest_only(r), *_received_in(period, r.c.received_at_utc)
        )
    )


def rejections_received(db: OfficeDatabase, period: Period) -> list[dict[str, Any]]:
    return db.rows(
        select(rejections.c.code, rejections.c.received_at_utc).where(
            *_received_in(period, rejections.c.received_at_utc)
        )
    )


def figures_for_period(db: OfficeDatabase, period: Period) -> DashboardFigures:
    """The dashboard's figures for a period, read from the office database (the dashboard
    page, `office stats --json` and the benchmark all call this)."""
    return dashboard_figures(reports_received(db, period), rejections_received(db, period), period)
