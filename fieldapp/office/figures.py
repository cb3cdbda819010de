"""The rows the office's figures are computed from: the latest revision of each survey and the
refused files, received in a period. Only the columns the figures read, so that 10,000 reports
are read in a few tens of milliseconds (the dashboard's goal is 200 ms in all)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlite_utils import Database

from fieldapp.core.service_figures import DashboardFigures, Period, dashboard_figures
from fieldapp.office.database import REJECTIONS, REPORTS

REPORT_COLUMNS = (
    "survey_id",
    "line_of_business",
    "incident_at",
    "finished_at",
    "received_at_utc",
    "indemnity",
    "currency",
)

# The latest revision of each survey (as office/archive.py's LATEST), fewer columns.
_LATEST = f"""SELECT {", ".join(f"r.{c}" for c in REPORT_COLUMNS)} FROM {REPORTS} r
              WHERE r.revision = (SELECT MAX(revision) FROM {REPORTS} x
                                  WHERE x.survey_id = r.survey_id)"""


def _received_in(period: Period) -> tuple[str, list[str]]:
    """received_at_utc is ISO text ending in Z: day bounds compare as text."""
    clauses, params = [], []
    if period.since:
        clauses.append("received_at_utc >= ?")
        params.append(period.since.isoformat())
    if period.until:
        clauses.append("received_at_utc < ?")
        params.append((period.until + timedelta(days=1)).isoformat())
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def reports_received(db: Database, period: Period) -> list[dict[str, Any]]:
    where, params = _received_in(period)
    return list(db.query(f"SELECT * FROM ({_LATEST}){where}", params))


def rejections_received(db: Database, period: Period) -> list[dict[str, Any]]:
    where, params = _received_in(period)
    return list(db.query(f"SELECT code, received_at_utc FROM {REJECTIONS}{where}", params))


def figures_for_period(db: Database, period: Period) -> DashboardFigures:
    """The dashboard's figures for a period, read from the office database (the dashboard
    page, `office stats --json` and the benchmark all call this)."""
    return dashboard_figures(reports_received(db, period), rejections_received(db, period), period)
