"""The dashboard's five charts. Each draws the figures `core/service_figures.py` computed and
adds nothing up itself; the x axis of the weekly ones is the period's weeks, empty ones too."""

from __future__ import annotations

from fieldapp.core.service_figures import DashboardFigures
from fieldapp.ui.names import line_name
from fieldapp.ui.office.dashboard_chart import TARGET_COLOUR, ChartPanel, line_colour, week_label
from fieldapp.ui.office.dashboard_words import rejection_reason_name
from fieldapp.ui.widgets.chart_model import Bars, Chart, Line, Rule, grouped_number


def weeks(figures: DashboardFigures) -> tuple[str, ...]:
    return tuple(week_label(week) for week in figures.weeks)


class ReportsPerWeek(ChartPanel):
    def chart_title(self) -> str:
        return self.tr("Reports received per week, by line")

    def file_stem(self) -> str:
        return self.tr("reports-per-week")

    def chart(self, figures: DashboardFigures) -> Chart:
        return Chart(
            categories=weeks(figures),
            bars=tuple(
                Bars(
                    line,
                    line_name(line),
                    line_colour(line, index),
                    tuple(figures.reports_per_week[line]),
                )
                for index, line in enumerate(figures.lines)
            ),
            value_title=self.tr("reports"),
            category_title=self.tr("week starting (UTC)"),
            whole_numbers=True,
            thin_labels=True,
        )


class HoursToSurvey(ChartPanel):
    def chart_title(self) -> str:
        return self.tr("Hours from incident to survey finished")

    def chart_note(self) -> str:
        overall = self.figures.hours_overall if self.figures else None
        if not overall or overall.mean is None or overall.p90 is None:
            return ""
        return (
            self.tr("Whole period: mean %1 h, 90th percentile %2 h; target %3 h")
            .replace("%1", f"{overall.mean:.1f}")
            .replace("%2", f"{overall.p90:.1f}")
            .replace("%3", str(self.figures.target_hours if self.figures else 24))
        )

    def file_stem(self) -> str:
        return self.tr("hours-to-survey")

    def has_data(self, figures: DashboardFigures) -> bool:
        return figures.hours_overall.cases > 0

    def chart(self, figures: DashboardFigures) -> Chart:
        def hours(code: str) -> tuple[float | None, ...]:
            return tuple(getattr(week, code) for week in figures.hours_per_week)

        return Chart(
            categories=weeks(figures),
            lines=(  # a week without cases is a gap, not a zero
                Line("mean", self.tr("mean"), "#0072b2", hours("mean")),
                Line(
                    "p90",
                    self.tr("90th percentile"),
                    "#cc79a7",
                    hours("p90"),
                    dashed=True,
                    ring=True,
                ),
            ),
            rules=(
                Rule(
                    self.tr("target %1 h").replace("%1", str(figures.target_hours)),
                    TARGET_COLOUR,
                    figures.target_hours,
                ),
            ),
            value_title=self.tr("hours"),
            category_title=self.tr("week starting (UTC)"),
            thin_labels=True,
        )


class WithinSevenDays(ChartPanel):
    def chart_title(self) -> str:
        return self.tr("Share of cases finished within 7 days")

    def chart_note(self) -> str:
        overall = self.figures.hours_overall if self.figures else None
        if not overall or overall.within_7_days is None:
            return ""
        return (
            self.tr("Whole period: %1 % of %2 cases")
            .replace("%1", f"{overall.within_7_days * 100:.0f}")
            .replace("%2", str(overall.cases))
        )

    def file_stem(self) -> str:
        return self.tr("within-7-days")

    def has_data(self, figures: DashboardFigures) -> bool:
        return figures.hours_overall.cases > 0

    def chart(self, figures: DashboardFigures) -> Chart:
        shown = [(n, w.within_7_days) for n, w in enumerate(figures.hours_per_week)]
        drawn = [(n, share * 100) for n, share in shown if share is not None]
        return Chart(
            categories=weeks(figures),
            bars=(  # weeks without a finished case have no bar (not one of 0 %)
                Bars(
                    "within_7_days",
                    "",
                    "#009e73",
                    tuple(s for _, s in drawn),
                    slots=tuple(n for n, _ in drawn),
                ),
            ),
            value_title="%",
            category_title=self.tr("week starting (UTC)"),
            value_top=100,
            thin_labels=True,
            value_text=lambda share: f"{share:.0f} %",
        )

    def weeks_drawn(self) -> list[int]:
        """The weeks that have a bar (weeks without a finished case have none)."""
        chart = self.canvas.chart
        return list(chart.bars[0].slots or ()) if chart and chart.bars else []


class IndemnityByLine(ChartPanel):
    def chart_title(self) -> str:
        return self.tr("Indemnity by line")

    def chart_note(self) -> str:
        """The exact totals (Decimal, to the cent): a bar's height is only a picture of them."""
        if not self.figures:
            return ""
        return " · ".join(
            f"{line_name(line)} {total:,.2f} {currency}"
            for (line, currency), total in self.figures.indemnity_by_line.items()
        )

    def file_stem(self) -> str:
        return self.tr("indemnity-by-line")

    def chart(self, figures: DashboardFigures) -> Chart:
        keys = list(figures.indemnity_by_line)
        currencies = {currency for _, currency in keys}
        single = next(iter(currencies)) if len(currencies) == 1 else ""
        return Chart(
            categories=tuple(
                line_name(line) + ("" if single else f" ({currency})") for line, currency in keys
            ),
            bars=tuple(  # one series per bar: each line in its own colour
                Bars(
                    f"{line} {currency}",
                    "",
                    line_colour(line, n),
                    (figures.indemnity_by_line[line, currency],),  # Decimal: said to the cent
                    slots=(n,),
                )
                for n, (line, currency) in enumerate(keys)
            ),
            value_title=self.tr("indemnity") + (f" ({single})" if single else ""),
            value_text=lambda total: grouped_number(total, 2),
        )


class RejectedByReason(ChartPanel):
    def chart_title(self) -> str:
        return self.tr("Rejected imports by reason")

    def file_stem(self) -> str:
        return self.tr("rejected-by-reason")

    def has_data(self, figures: DashboardFigures) -> bool:
        return bool(figures.rejected_by_reason)

    def retranslate(self) -> None:
        super().retranslate()
        self.empty.setText(self.tr("No import was rejected in this period."))

    def chart(self, figures: DashboardFigures) -> Chart:
        codes = list(figures.rejected_by_reason)  # the most frequent first, on top
        return Chart(
            categories=tuple(rejection_reason_name(code) for code in codes),
            bars=tuple(
                Bars(code, "", TARGET_COLOUR, (figures.rejected_by_reason[code],), slots=(n,))
                for n, code in enumerate(codes)
            ),
            value_title=self.tr("imports"),  # each refusal: a file refused twice counts twice
            horizontal=True,
            whole_numbers=True,
        )


CHARTS: tuple[type[ChartPanel], ...] = (
    ReportsPerWeek,
    HoursToSurvey,
    WithinSevenDays,
    IndemnityByLine,
    RejectedByReason,
)
