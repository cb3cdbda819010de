"""One chart of the dashboard: a title, the whole period's figure, the chart drawn by
`ChartCanvas` (QPainter on a plain widget: it draws under the offscreen platform, so tests and
screenshots see what the user sees) and "Save as PNG…". Each chart only draws the figures
`core/service_figures.py` computed; it adds nothing up itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
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
from fieldapp.ui.widgets.chart_canvas import ChartCanvas
from fieldapp.ui.widgets.chart_model import Chart
from fieldapp.ui.widgets.retranslating import Retranslating

# Okabe–Ito colours: told apart with the common colour-vision deficiencies, dark enough for
# black-on-white high contrast. One per line of business, the same in every chart.
LINE_COLOURS = {"motor": "#0072b2", "property": "#d55e00", "personal_accident": "#009e73"}
OTHER_COLOURS = ("#cc79a7", "#e69f00", "#56b4e9")
TARGET_COLOUR = "#b3261e"


def line_colour(line: str, index: int = 0) -> str:
    return LINE_COLOURS.get(line, OTHER_COLOURS[index % len(OTHER_COLOURS)])


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
        self.canvas = ChartCanvas()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.canvas)
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

    def chart(self, figures: DashboardFigures) -> Chart:
        """What to draw, in the language shown now."""
        raise NotImplementedError

    # --- shared -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save as PNG…"))
        self.save_button.setAccessibleName(
            self.tr("Save the chart %1 as a PNG image").replace("%1", self.chart_title())
        )
        self.canvas.setAccessibleName(self.chart_title())
        self.empty.setText(self.tr("Nothing was received in this period."))
        if self.figures is not None:
            self.draw(self.figures)  # axis words and legends are in the language too
        else:
            self._show_titles()

    def _show_titles(self) -> None:
        self.title.setText(self.chart_title())
        self.note.setText(self.chart_note())
        self.note.setVisible(bool(self.note.text()))

    def draw(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self._show_titles()
        self.save_button.setEnabled(self.has_data(figures))  # nothing drawn, nothing to save
        if not self.has_data(figures):
            self.canvas.show_chart(None)
            self.canvas.setAccessibleDescription("")
            self.stack.setCurrentWidget(self.empty)
            return
        chart = self.chart(figures)
        self.canvas.show_chart(chart)
        # The numbers for a screen reader: the whole period's figure, then each one drawn.
        said = [self.chart_note(), chart.description()]
        self.canvas.setAccessibleDescription("\n".join(words for words in said if words))
        self.stack.setCurrentWidget(self.canvas)

    def series(self) -> dict[str, list[float | None]]:
        """What the chart draws, by series code (line of business, "mean", "p90", reason code…)
        read back from the chart the canvas paints — the test compares it with `office stats
        --json`."""
        return self.canvas.series()

    def picture(self) -> QPixmap:
        """The chart as the user sees it with its title and note, without the button, at the
        screen's pixel ratio."""
        parts = [self.title.grab()]
        if self.note.isVisible():
            parts.append(self.note.grab())
        parts.append(self.stack.currentWidget().grab())
        margin = 8
        sizes = [part.deviceIndependentSize() for part in parts]
        width = max(size.width() for size in sizes) + 2 * margin
        height = sum(size.height() for size in sizes) + 2 * margin
        ratio = self.devicePixelRatioF()
        picture = QPixmap(round(width * ratio), round(height * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(self.palette().color(QPalette.ColorRole.Window))  # as the panel shows
        painter = QPainter(picture)
        top = float(margin)
        for part, size in zip(parts, sizes, strict=True):
            painter.drawPixmap(QPointF(margin, top), part)
            top += size.height()
        painter.end()
        return picture

    def save_png(self, path: Path) -> bool:
        return self.picture().save(str(path), "PNG")
