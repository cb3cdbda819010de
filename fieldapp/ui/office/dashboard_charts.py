"""The dashboard's charts, drawn with pyqtgraph (QPainter on a QGraphicsView: it draws under the
offscreen platform, so tests and screenshots see what the user sees). Each chart only draws the
figures `core/service_figures.py` computed; it adds nothing up itself. Each can be saved as PNG.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.service_figures import DashboardFigures
from fieldapp.ui.names import line_name
from fieldapp.ui.office.dashboard_words import rejection_reason_name
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import Retranslating

translate = QCoreApplication.translate

# Okabe–Ito colours: told apart with the common colour-vision deficiencies, dark enough for
# black-on-white high contrast. One per line of business, the same in every chart.
LINE_COLOURS = {"motor": "#0072b2", "property": "#d55e00", "personal_accident": "#009e73"}
OTHER_COLOURS = ("#cc79a7", "#e69f00", "#56b4e9")
TARGET_COLOUR = "#b3261e"
BAR_WIDTH = 0.7
HEADROOM = 1.3  # above the highest value: the legend's row


def line_colour(line: str, index: int = 0) -> QColor:
    return QColor(LINE_COLOURS.get(line, OTHER_COLOURS[index % len(OTHER_COLOURS)]))


def week_label(week: Any) -> str:
    return f"{week.month:02d}-{week.day:02d}"


class ChartPanel(Retranslating, QFrame):
    """A titled chart with "Save as PNG…"; ``series()`` reads back what is drawn."""

    save_asked = Signal(object)  # the panel whose PNG the user asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.figures: DashboardFigures | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.note = QLabel()  # the whole period's figure, beside the weeks drawn
        self.note.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setMinimumHeight(MIN_TARGET_PX)
        self.save_button.clicked.connect(lambda: self.save_asked.emit(self))
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)  # pyqtgraph's own menu is English and not needed
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)  # a report, not an instrument to pan
        self.plot.setMinimumHeight(180)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.title)
        words.addWidget(self.note)
        header = QHBoxLayout()
        header.addLayout(words, 1)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self.items: list[tuple[str, Any]] = []  # (series code, plotted item)
        self.uses_weeks = True  # the x axis is the period's weeks
        self.bar_values = "height"  # vertical bars; horizontal ones grow along "width"
        self.retranslate()

    # --- what each chart says and draws --------------------------------------------------
    def chart_title(self) -> str:
        raise NotImplementedError

    def chart_note(self) -> str:
        """A line under the title: the whole period's figure, where the chart has one."""
        return ""

    def file_stem(self) -> str:
        """The suggested file name (without .png), in the chart's words."""
        raise NotImplementedError

    def has_data(self, figures: DashboardFigures) -> bool:
        return figures.report_count > 0

    def plot_figures(self, figures: DashboardFigures) -> None:
        raise NotImplementedError

    # --- shared -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save as PNG…"))
        self.save_button.setAccessibleName(
            self.tr("Save the chart %1 as a PNG image").replace("%1", self.chart_title())
        )
        self.plot.setAccessibleName(self.chart_title())
        self.empty.setText(self.tr("Nothing was received in this period."))
        if self.figures is not None:
            self.draw(self.figures)  # axis words and legends are in the language too
        else:
            self._show_titles()

    def _show_titles(self) -> None:
        self.title.setText(self.chart_title())
        self.note.setText(self.chart_note())
        self.note.setVisible(bool(self.note.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.figures is not None:
            self.draw(self.figures)  # the theme changed: axes and text follow it
        super().changeEvent(event)

    def draw(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self._show_titles()
        self.plot.clear()
        self.items = []
        legend = self.plot.getPlotItem().legend
        if legend is not None:
            legend.clear()
        self._style()
        if not self.has_data(figures):
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.plot)
        self.plot_figures(figures)

    def add(self, code: str, item: Any) -> Any:
        self.plot.addItem(item)
        self.items.append((code, item))
        return item

    def series(self) -> dict[str, list[float | None]]:
        """What the chart draws, by series code (line of business, "mean", "p90", reason code…)
        read back from the plotted items — the test compares it with `office stats --json`."""
        drawn: dict[str, list[float | None]] = {}
        for code, item in self.items:
            if isinstance(item, pg.BarGraphItem):
                drawn[code] = [float(v) for v in item.opts[self.bar_values]]
            elif isinstance(item, pg.PlotDataItem):
                drawn[code] = [None if math.isnan(v) else float(v) for v in item.getData()[1]]
        return drawn

    def save_png(self, path: Path) -> bool:
        """The chart as the user sees it, title included."""
        return self.grab().save(str(path), "PNG")

    def legend(self, columns: int) -> pg.LegendItem:
        """One row above the data (the y range leaves room for it): never over a bar."""
        legend = self.plot.getPlotItem().legend or self.plot.addLegend(offset=(8, 4))
        legend.setColumnCount(columns)
        legend.setLabelTextColor(self.palette().color(QPalette.ColorRole.Text))
        legend.setLabelTextSize(f"{QApplication.font().pointSizeF():.0f}pt")
        legend.setBrush(pg.mkBrush(self.palette().color(QPalette.ColorRole.Base)))
        return legend

    def _style(self) -> None:
        colours = self.palette()
        text = colours.color(QPalette.ColorRole.Text)
        strong = colours.color(QPalette.ColorRole.Window).lightness() == 255 and text.value() == 0
        self.plot.setBackground(colours.color(QPalette.ColorRole.Base))
        font = QFont(QApplication.font())
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(text, width=2 if strong else 1))
            axis.setTextPen(pg.mkPen(text))
            axis.setStyle(tickFont=font, maxTickLevel=0)  # minor ticks made the grid a hatch
            axis.enableAutoSIPrefix(False)  # "×1e3" beside an axis is not an office's word
        self.plot.showGrid(x=False, y=True, alpha=0.35 if strong else 0.2)

    def week_axis(self, figures: DashboardFigures) -> None:
        count = len(figures.weeks)
        room = max(2, self.plot.width() // (4 * self.fontMetrics().averageCharWidth() * 2))
        step = max(1, math.ceil(count / room))  # labels never overlap, whatever the width
        # Counted from the latest week, which always has its label.
        ticks = [
            (n, week_label(w)) for n, w in enumerate(figures.weeks) if (count - 1 - n) % step == 0
        ]
        self.plot.getAxis("bottom").setTicks([ticks, []])
        self.plot.setXRange(-1, count, padding=0)  # room for the outer labels' halves

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.uses_weeks and self.figures is not None and self.items:
            self.week_axis(self.figures)  # as many week labels as the new width holds

    def category_axis(self, axis: str, labels: list[str]) -> None:
        self.plot.getAxis(axis).setTicks([list(enumerate(labels)), []])

    def text_pen(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)


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
                x=xs, height=counts, y0=bottom, width=BAR_WIDTH, brush=colour, pen=pg.mkPen(None)
            )
            self.add(line, bars)
            legend.addItem(bars, line_name(line))
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        self.week_axis(figures)
        self.plot.setYRange(0, max([*bottom, 1]) * HEADROOM, padding=0)
        self.plot.getAxis("left").setLabel(self.tr("reports"))
        self.plot.getAxis("bottom").setLabel(self.tr("week starting (UTC)"))


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
        self.plot.getAxis("left").setLabel(self.tr("hours"))
        self.plot.getAxis("bottom").setLabel(self.tr("week starting (UTC)"))


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
            pen=pg.mkPen(None),
        )
        self.add("within_7_days", bars)
        self.week_axis(figures)
        self.plot.setYRange(0, 105, padding=0)
        self.plot.getAxis("left").setLabel("%")
        self.plot.getAxis("bottom").setLabel(self.tr("week starting (UTC)"))

    def weeks_drawn(self) -> list[int]:
        """The weeks that have a bar (weeks without a finished case have none)."""
        return [int(x) for x in self.items[0][1].opts["x"]] if self.items else []


class IndemnityByLine(ChartPanel):
    def chart_title(self) -> str:
        return self.tr("Indemnity by line")

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
                x=[n], height=[float(total)], width=BAR_WIDTH, brush=line_colour(line, n)
            )
            self.add(f"{line} {currency}", bar)
            amount = pg.TextItem(f"{total:,.2f}", color=self.text_pen(), anchor=(0.5, 1))
            amount.setPos(n, float(total))
            self.plot.addItem(amount)
        self.category_axis("bottom", labels)
        self.plot.setXRange(-0.6, len(keys) - 0.4, padding=0)
        self.plot.setYRange(0, float(max(totals)) * 1.2 or 1, padding=0)
        axis = self.plot.getAxis("left")
        axis.tickStrings = lambda values, scale, spacing: [f"{v:,.0f}" for v in values]
        axis.setLabel(
            self.tr("indemnity") + (f" ({next(iter(currencies))})" if len(currencies) == 1 else "")
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
                x0=0, y=[n], width=[count], height=BAR_WIDTH, brush=QColor(TARGET_COLOUR)
            )
            self.add(code, bar)
        self.category_axis("left", [rejection_reason_name(c) for c in codes])
        self.plot.setYRange(-0.6, len(codes) - 0.4, padding=0)
        self.plot.setXRange(0, max(counts) * 1.1, padding=0)
        self.bar_values = "width"
        self.plot.getAxis("bottom").setLabel(self.tr("files"))
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
