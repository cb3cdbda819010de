"""Service figures for the office dashboard (DOMAIN.md: first contact within 24 h, standard cases
closed in 7 days): per period and line, count, indemnity, and survey times."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from fieldapp.core.money import cents
from fieldapp.errors import UsageError

FIRST_CONTACT_HOURS = 24


@dataclass(frozen=True)
class PeriodFigures:
    period: str  # YYYY-MM of the incident
    line_of_business: str
    count: int
    total_indemnity: Decimal
    mean_indemnity: Decimal
    mean_hours_to_survey: float | None
    share_within_24h: float | None

    def as_data(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "line_of_business": self.line_of_business,
            "count": self.count,
            "total_indemnity": f"{self.total_indemnity:.2f}",
            "mean_indemnity": f"{self.mean_indemnity:.2f}",
            "mean_hours_to_survey": None
            if self.mean_hours_to_survey is None
            else round(self.mean_hours_to_survey, 1),
            "share_within_24h": None
            if self.share_within_24h is None
            else round(self.share_within_24h, 3),
        }


def service_figures(reports: Iterable[Mapping[str, Any]]) -> list[PeriodFigures]:
    """Figures over the latest revision of each survey."""
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for report in reports:
        key = (report["incident_at"][:7], report["line_of_business"])
        groups.setdefault(key, []).append(report)
    figures = []
    for (period, line), rows in sorted(groups.items()):
        total = sum((Decimal(r["indemnity"]) for r in rows), Decimal(0))
        hours = [
            (
                datetime.fromisoformat(r["finished_at"]) - datetime.fromisoformat(r["incident_at"])
            ).total_seconds()
            / 3600
            for r in rows
            if r["finished_at"]
        ]
        figures.append(
            PeriodFigures(
                period=period,
                line_of_business=line,
                count=len(rows),
                total_indemnity=cents(total),
                mean_indemnity=cents(total / len(rows)),
                mean_hours_to_survey=sum(hours) / len(hours) if hours else None,
                share_within_24h=(
                    sum(h <= FIRST_CONTACT_HOURS for h in hours) / len(hours) if hours else None
                ),
            )
        )
    return figures


# --- The dashboard: one period, by week of receipt ------------------------------------------

SEVEN_DAYS_HOURS = 7 * 24  # DOMAIN.md: standard cases closed within 7 days of the incident


@dataclass(frozen=True)
class Period:
    """Reports received at the office from ``since`` to ``until``, both days included (UTC
    dates); an open end takes the first or last report's day."""

    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise UsageError(
                detail=f"The period starts {self.since} after it ends {self.until}; "
                "give the earlier date first."
            )

    @classmethod
    def last_weeks(cls, weeks: int, today: date) -> Period:
        """The current week (from Monday) and the ``weeks - 1`` before it, to today."""
        return cls(week_of(today) - timedelta(weeks=weeks - 1), today)


@dataclass(frozen=True)
class HoursFigure:
    """Hours from incident to survey finished: mean and 90th percentile (nearest rank)."""

    cases: int
    mean: float | None
    p90: float | None
    within_7_days: float | None  # share of the cases finished within 7 days


@dataclass(frozen=True)
class DashboardFigures:
    since: date | None
    until: date | None
    weeks: list[date]  # Monday of each week of the period, empty weeks included
    lines: list[str]
    reports_per_week: dict[str, list[int]]  # line -> count per week
    hours_per_week: list[HoursFigure]
    hours_overall: HoursFigure
    indemnity_by_line: dict[tuple[str, str], Decimal]  # (line, currency) -> total
    rejected_by_reason: dict[str, int]  # code -> refused files received in the period
    target_hours: int = FIRST_CONTACT_HOURS

    @property
    def report_count(self) -> int:
        return sum(sum(counts) for counts in self.reports_per_week.values())

    def as_data(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "weeks": [w.isoformat() for w in self.weeks],
            "reports_per_week": self.reports_per_week,
            "hours_target": self.target_hours,
            "hours_per_week": [_hours_data(h) for h in self.hours_per_week],
            "hours_overall": _hours_data(self.hours_overall),
            "indemnity_by_line": [
                {"line_of_business": line, "currency": currency, "total": f"{total:.2f}"}
                for (line, currency), total in self.indemnity_by_line.items()
            ],
            "rejected_by_reason": self.rejected_by_reason,
        }


def _hours_data(figure: HoursFigure) -> dict[str, Any]:
    return {
        "cases": figure.cases,
        "mean": None if figure.mean is None else round(figure.mean, 2),
        "p90": None if figure.p90 is None else round(figure.p90, 2),
        "within_7_days": None if figure.within_7_days is None else round(figure.within_7_days, 4),
    }


def week_of(day: date) -> date:
    """The Monday that starts the ISO week of the day."""
    return day - timedelta(days=day.weekday())


def received_day(report: Mapping[str, Any]) -> date:
    return date.fromisoformat(report["received_at_utc"][:10])


def hours_to_survey(report: Mapping[str, Any]) -> float | None:
    """Hours from the incident to the survey finished (both carry their offset)."""
    finished, incident = report["finished_at"], report["incident_at"]
    if not finished or not incident:
        return None
    elapsed = datetime.fromisoformat(finished) - datetime.fromisoformat(incident)
    return elapsed.total_seconds() / 3600


def percentile_90(values: list[float]) -> float | None:
    """Nearest rank: the smallest value with at least 90 % of the values at or below it — a
    value that occurred, checkable by hand (10 cases: the 9th fastest)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[math.ceil(0.9 * len(ordered)) - 1]


def hours_figure(hours: list[float]) -> HoursFigure:
    if not hours:
        return HoursFigure(0, None, None, None)
    return HoursFigure(
        cases=len(hours),
        mean=sum(hours) / len(hours),
        p90=percentile_90(hours),
        within_7_days=sum(h <= SEVEN_DAYS_HOURS for h in hours) / len(hours),
    )


def dashboard_figures(
    reports: Iterable[Mapping[str, Any]],
    rejections: Iterable[Mapping[str, Any]],
    period: Period = Period(),
) -> DashboardFigures:
    """The dashboard's figures over the latest revision of each survey received in the period
    and the files refused in it; rows outside the period are left out here too."""
    # Each row's day is read once: 10,000 reports are summed within the dashboard's budget.
    inside = [(day, r) for r in reports if _in_period(day := received_day(r), period)]
    refused = [(day, r) for r in rejections if _in_period(day := received_day(r), period)]
    days = [day for day, _ in inside] + [day for day, _ in refused]
    since = period.since or (min(days) if days else None)
    until = period.until or (max(days) if days else None)
    weeks: list[date] = []
    if since and until:
        week = week_of(since)
        while week <= until:
            weeks.append(week)
            week += timedelta(weeks=1)
    lines = sorted({r["line_of_business"] for _, r in inside})
    per_week = {line: [0] * len(weeks) for line in lines}
    hours_by_week: list[list[float]] = [[] for _ in weeks]
    indemnity: dict[tuple[str, str], Decimal] = {}
    for day, report in inside:
        slot = (day - weeks[0]).days // 7
        per_week[report["line_of_business"]][slot] += 1
        hours = hours_to_survey(report)
        if hours is not None:
            hours_by_week[slot].append(hours)
        key = (report["line_of_business"], report["currency"] or "")
        indemnity[key] = indemnity.get(key, Decimal(0)) + Decimal(report["indemnity"] or 0)
    rejected: dict[str, int] = {}
    for _, refusal in refused:
        rejected[refusal["code"]] = rejected.get(refusal["code"], 0) + 1
    return DashboardFigures(
        since=since,
        until=until,
        weeks=weeks,
        lines=lines,
        reports_per_week=per_week,
        hours_per_week=[hours_figure(h) for h in hours_by_week],
        hours_overall=hours_figure([h for week in hours_by_week for h in week]),
        indemnity_by_line={key: cents(total) for key, total in sorted(indemnity.items())},
        rejected_by_reason=dict(sorted(rejected.items(), key=lambda item: (-item[1], item[0]))),
    )


def _in_period(day: date, period: Period) -> bool:
    return (period.since is None or day >= period.since) and (
        period.until is None or day <= period.until
    )
