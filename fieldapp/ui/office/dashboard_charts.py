"""The dashboard's five charts. Each draws the figures `core/service_figures.py` computed and
adds nothing up itself; the x axis of the weekly ones is the period's weeks, empty ones too."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from fieldapp.core.service_figures import DashboardFigures
from fieldapp.ui.names import line_name
from fieldapp.ui.office.dashboard_chart import (
    BAR_WIDTH,
    HEADROOM,
    TARGET_COLOUR,
    ChartPanel,
    line_colour,
)
from fieldapp.ui.office.dashboard_words import rejection_reason_name


class ReportsPerWeek(ChartPanel):
    def chart_title(self) -> str:
        return self.tr("Reports received per week, by line")

    def file_stem(self) -> str:
        return self.tr("reports-per-week")

    def plot_figures(self, figures: DashboardFigures) -> None:
        xs = list(range(len(figures.weeks)))
        bottom = [0] * len(xs)
        legend = self.legend(len(figures.lines))
        for index, line in enumerate(figures.lines):
            counts = figures.reports_per_week[line]
            colour = line_colour(line, index)
            bars = pg.BarGraphItem(
                x=xs, height=counts, y0=bottom, width=BAR_WIDTH, brush=colour, pen=self.bar_pen()
            )
            self.add(line, bars)
            legend.addItem(bars, line_name(line))
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        self.week_axis(figures)
        self.plot.setYRange(0, max([*bottom, 1]) * HEADROOM, padding=0)
        self.axis_label("left", self.tr("reports"))
        self.axis_label("bottom", self.tr("week starting (UTC)"))


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

    def plot_figures(self, figures: DashboardFigures) -> None:
        xs = list(range(len(figures.weeks)))
        legend = self.legend(3)
        drawn: list[float] = [float(figures.target_hours)]
        for code, name, colour, style in (
            ("mean", self.tr("mean"), "#0072b2", Qt.PenStyle.SolidLine),
            ("p90", self.tr("90th percentile"), "#cc79a7", Qt.PenStyle.DashLine),
        ):
            values = [getattr(w, code) for w in figures.hours_per_week]
            ys = [math.nan if v is None else v for v in values]
            drawn += [v for v in values if v is not None]
            curve = pg.PlotDataItem(
                xs,
                ys,
                connect="finite",  # a week without cases is a gap, not a zero
                pen=pg.mkPen(colour, width=3, style=style),
                symbol="o",
                symbolSize=8,
                symbolBrush=colour,
                symbolPen=pg.mkPen(colour),
            )
            self.add(code, curve)
            legend.addItem(curve, name)
        target_pen = pg.mkPen(TARGET_COLOUR, width=2, style=Qt.PenStyle.DotLine)
        self.plot.addItem(pg.InfiniteLine(pos=figures.target_hours, angle=0, pen=target_pen))
        legend.addItem(  # the sample only: the line itself spans the plot
            pg.PlotDataItem(pen=target_pen),
            self.tr("target %1 h").replace("%1", str(figures.target_hours)),
        )
        self.week_axis(figures)
        self.plot.setYRange(0, max(drawn) * HEADROOM, padding=0)
        self.axis_label("left", self.tr("hours"))
        self.axis_label("bottom", self.tr("week starting (UTC)"))


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

    def plot_figures(self, figures: DashboardFigures) -> None:
        weeks = [(n, w.within_7_days) for n, w in enumerate(figures.hours_per_week)]
        shown = [(n, share * 100) for n, share in weeks if share is not None]
        bars = pg.BarGraphItem(
            x=[n for n, _ in shown],
            height=[s for _, s in shown],
            width=BAR_WIDTH,
            brush=QColor("#009e73"),
            pen=self.bar_pen(),
        )
        self.add("within_7_days", bars)
        self.week_axis(figures)
        self.plot.setYRange(0, 105, padding=0)
        self.axis_label("left", "%")
        self.axis_label("bottom", self.tr("week starting (UTC)"))

    def weeks_drawn(self) -> list[int]:
        """The weeks that have a bar (weeks without a finished case have none)."""
        return [int(x) for x in self.items[0][1].opts["x"]] if self.items else []


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

    def plot_figures(self, figures: DashboardFigures) -> None:
        self.uses_weeks = False
        keys = list(figures.indemnity_by_line)
        currencies = {currency for _, currency in keys}
        labels = [
            line_name(line) + (f" ({currency})" if len(currencies) > 1 else "")
            for line, currency in keys
        ]
        totals = [figures.indemnity_by_line[k] for k in keys]
        for n, ((line, currency), total) in enumerate(zip(keys, totals, strict=True)):
            bar = pg.BarGraphItem(
                x=[n],
                height=[float(total)],
                width=BAR_WIDTH,
                brush=line_colour(line, n),
                pen=self.bar_pen(),
            )
            self.add(f"{line} {currency}", bar)
        self.category_axis("bottom", labels)
        self.plot.setXRange(-0.6, len(keys) - 0.4, padding=0)
        self.plot.setYRange(0, float(max(totals)) * 1.1 or 1, padding=0)
        axis = self.plot.getAxis("left")
        axis.tickStrings = lambda values, scale, spacing: [f"{v:,.0f}" for v in values]
        self.axis_label(
            "left",
            self.tr("indemnity") + (f" ({next(iter(currencies))})" if len(currencies) == 1 else ""),
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

    def plot_figures(self, figures: DashboardFigures) -> None:
        self.uses_weeks = False
        codes = list(reversed(figures.rejected_by_reason))  # the most frequent on top
        counts = [figures.rejected_by_reason[c] for c in codes]
        for n, (code, count) in enumerate(zip(codes, counts, strict=True)):
            bar = pg.BarGraphItem(
                x0=0,
                y=[n],
                width=[count],
                height=BAR_WIDTH,
                brush=QColor(TARGET_COLOUR),
                pen=self.bar_pen(),
            )
            self.add(code, bar)
        self.category_axis("left", [rejection_reason_name(c) for c in codes])
        self.plot.setYRange(-0.6, len(codes) - 0.4, padding=0)
        self.plot.setXRange(0, max(counts) * 1.1, padding=0)
        self.bar_values = "width"
        self.axis_label("bottom", self.tr("files"))
        step = max(1, math.ceil(max(counts) / 5))
        self.plot.getAxis("bottom").setTickSpacing(step, step)  # whole files
        self.plot.showGrid(x=True, y=False, alpha=0.2)


CHARTS: tuple[type[ChartPanel], ...] = (
    ReportsPerWeek,
    HoursToSurvey,
    WithinSevenDays,
    IndemnityByLine,
    RejectedByReason,
)
