"""One chart of the dashboard, drawn with pyqtgraph (QPainter on a QGraphicsView: it draws under the
offscreen platform, so tests and screenshots see what the user sees). Each chart only draws the
figures `core/service_figures.py` computed; it adds nothing up itself. Each can be saved as PNG.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap
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
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import Retranslating

translate = QCoreApplication.translate

# Okabe–Ito colours: told apart with the common colour-vision deficiencies, dark enough for
# black-on-white high contrast. One per line of business, the same in every chart.
LINE_COLOURS = {"motor": "#0072b2", "property": "#d55e00", "personal_accident": "#009e73"}
OTHER_COLOURS = ("#cc79a7", "#e69f00", "#56b4e9")
TARGET_COLOUR = "#b3261e"
BAR_WIDTH = 0.7
HEADROOM = 1.35  # above the highest value: the legend's row


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
        self.save_button.setEnabled(self.has_data(figures))  # nothing drawn, nothing to save
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

    def picture(self) -> QPixmap:
        """The chart as the user sees it with its title and note, without the button."""
        parts = [self.title.grab()]
        if self.note.isVisible():
            parts.append(self.note.grab())
        parts.append(self.stack.currentWidget().grab())
        margin = 8
        width = max(p.width() for p in parts) + 2 * margin
        height = sum(p.height() for p in parts) + 2 * margin
        picture = QPixmap(width, height)
        picture.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(picture)
        top = margin
        for part in parts:
            painter.drawPixmap(margin, top, part)
            top += part.height()
        painter.end()
        return picture

    def save_png(self, path: Path) -> bool:
        return self.picture().save(str(path), "PNG")

    def bar_pen(self) -> QPen:
        """High contrast: each bar outlined in the text colour (stacked parts stay apart)."""
        if self.strong():
            return pg.mkPen(self.text_pen(), width=1)
        return pg.mkPen(None)

    def strong(self) -> bool:
        colours = self.palette()
        return (
            colours.color(QPalette.ColorRole.Window).lightness() == 255
            and colours.color(QPalette.ColorRole.Text).value() == 0
        )

    def legend(self, columns: int) -> pg.LegendItem:
        """One row above the data (the y range leaves room for it): never over a bar."""
        legend = self.plot.getPlotItem().legend or self.plot.addLegend(offset=(8, 4))
        legend.setColumnCount(columns)
        legend.setLabelTextColor(self.palette().color(QPalette.ColorRole.Text))
        legend.setLabelTextSize(f"{QApplication.font().pointSizeF():.0f}pt")
        legend.setBrush(pg.mkBrush(None))  # a point under the legend's row stays visible
        return legend

    def _style(self) -> None:
        colours = self.palette()
        text = colours.color(QPalette.ColorRole.Text)
        strong = self.strong()
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

    def axis_label(self, axis: str, text: str) -> None:
        """In the window's text size (pyqtgraph's own default is a fixed 9 pt)."""
        size = f"{QApplication.font().pointSizeF():.0f}pt"
        self.plot.getAxis(axis).setLabel(text, **{"font-size": size})

    def category_axis(self, axis: str, labels: list[str]) -> None:
        self.plot.getAxis(axis).setTicks([list(enumerate(labels)), []])

    def text_pen(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)
