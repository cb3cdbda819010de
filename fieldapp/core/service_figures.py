"""Service figures for the office dashboard (DOMAIN.md: first contact within 24 h, standard cases
closed in 7 days): per period and line, count, indemnity, and survey times."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from fieldapp.core.money import cents

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
