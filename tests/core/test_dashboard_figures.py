"""The dashboard's figures on a small set checkable by hand: each expected number is worked out
here from the rows themselves (the test's own arithmetic), not copied from the code's output."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from fieldapp.core.service_figures import Period, dashboard_figures, week_of
from fieldapp.errors import UsageError

CHINA = timezone(timedelta(hours=8))
# Hours from incident to survey finished; 168 is exactly 7 days (within), 168.5 is not.
HOURS = [2.0, 5.5, 10.0, 20.0, 23.0, 30.0, 48.0, 100.0, 168.0, 168.5]


def row(n: int, hours: float, received: str, line: str = "motor", indemnity: str = "100.10"):
    # The survey finishes in UTC, the incident is written in China time: offsets count.
    finished = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
    incident = (finished - timedelta(hours=hours)).astimezone(CHINA)
    return {
        "survey_id": f"s{n}",
        "line_of_business": line,
        "incident_at": incident.isoformat(),
        "finished_at": finished.isoformat(),
        "received_at_utc": received,
        "indemnity": indemnity,
        "currency": "CNY",
    }


def hours_of(r: dict) -> float:
    gap = datetime.fromisoformat(r["finished_at"]) - datetime.fromisoformat(r["incident_at"])
    return gap.total_seconds() / 3600


def test_mean_p90_and_seven_day_share_of_ten_cases() -> None:
    rows = [row(n, h, "2026-11-04T09:00:00Z") for n, h in enumerate(HOURS)]
    figures = dashboard_figures(rows, [])
    hours = sorted(hours_of(r) for r in rows)
    # Nearest rank: 90 % of 10 cases is 9 cases, so the 9th shortest time.
    assert figures.hours_overall.p90 == pytest.approx(hours[math.ceil(0.9 * len(hours)) - 1])
    assert figures.hours_overall.p90 == pytest.approx(168.0)  # the 9th of HOURS, by eye
    assert figures.hours_overall.mean == pytest.approx(sum(hours) / len(hours))
    within = [h for h in hours if h <= 7 * 24]
    assert figures.hours_overall.within_7_days == pytest.approx(len(within) / len(hours))
    assert figures.hours_overall.within_7_days == pytest.approx(0.9)  # only 168.5 h is late
    assert figures.hours_overall.cases == 10
    assert figures.weeks == [date(2026, 11, 2)]
    assert figures.reports_per_week == {"motor": [10]}
    assert figures.indemnity_by_line == {("motor", "CNY"): Decimal("1001.00")}


def test_p90_of_eleven_cases_is_the_tenth() -> None:
    rows = [row(n, h, "2026-11-04T09:00:00Z") for n, h in enumerate([*HOURS, 1.0])]
    hours = sorted(hours_of(r) for r in rows)
    assert dashboard_figures(rows, []).hours_overall.p90 == pytest.approx(hours[9])  # ceil(9.9)


def test_weeks_without_reports_are_drawn_empty_and_the_period_bounds_are_days() -> None:
    rows = [
        row(1, 30, "2026-10-31T23:59:59Z"),  # the day before the period
        row(2, 30, "2026-11-01T00:00:00Z", line="property", indemnity="0.05"),  # a Sunday
        row(3, 10, "2026-11-17T08:00:00Z", indemnity="0.05"),
        row(4, 10, "2026-11-18T23:59:59Z", indemnity="0.06"),  # the last day, included
        row(5, 10, "2026-11-19T00:00:00Z"),  # the day after
    ]
    refused = [
        {"code": "not_pdf", "received_at_utc": "2026-11-02T10:00:00Z"},
        {"code": "not_pdf", "received_at_utc": "2026-11-03T10:00:00Z"},
        {"code": "conflict", "received_at_utc": "2026-11-03T11:00:00Z"},
        {"code": "conflict", "received_at_utc": "2026-12-03T11:00:00Z"},  # after
    ]
    figures = dashboard_figures(rows, refused, Period(date(2026, 11, 1), date(2026, 11, 18)))
    mondays = [date(2026, 10, 26) + timedelta(weeks=n) for n in range(4)]
    assert figures.weeks == mondays
    assert figures.reports_per_week == {"motor": [0, 0, 0, 2], "property": [1, 0, 0, 0]}
    assert [w.cases for w in figures.hours_per_week] == [1, 0, 0, 2]
    assert figures.hours_per_week[1].mean is None  # no case: a gap, not zero hours
    assert figures.indemnity_by_line == {
        ("motor", "CNY"): Decimal("0.11"),
        ("property", "CNY"): Decimal("0.05"),
    }
    assert figures.rejected_by_reason == {"not_pdf": 2, "conflict": 1}
    assert week_of(date(2026, 11, 1)) == date(2026, 10, 26)  # Sunday belongs to Monday's week


def test_an_open_period_spans_the_reports_and_an_empty_office_has_no_weeks() -> None:
    rows = [row(1, 5, "2026-11-04T09:00:00Z"), row(2, 5, "2026-11-20T09:00:00Z")]
    figures = dashboard_figures(rows, [])
    assert (figures.since, figures.until) == (date(2026, 11, 4), date(2026, 11, 20))
    assert len(figures.weeks) == 3
    empty = dashboard_figures([], [])
    assert empty.weeks == [] and empty.hours_overall.mean is None and empty.report_count == 0
    assert Period.last_weeks(13, date(2026, 11, 25)).since == date(2026, 9, 1) - timedelta(1)


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(UsageError, match="give the earlier date first"):
        Period(date(2026, 11, 2), date(2026, 11, 1))
