"""A chart (chart_model.Chart) drawn with QPainter on a plain QWidget: no OpenGL, so it draws
the same under the offscreen platform of the tests and screenshots as on a desk, and is saved
as PNG by grabbing it.

Everything is laid out from the widget's font and size at each paint: the value axis from 0 in
"nice" steps (as many as the height holds), category labels thinned or elided to fit, the legend
in its own rows above the plot (never over a bar). Text, axes and grid take the palette's text
colour, the background its base; the series keep their own colours. A black-on-white palette
(the high-contrast theme) outlines each bar and draws heavier axes. Lines and rectangles are
placed on whole device pixels, so the chart stays crisp at any size and pixel ratio.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from fieldapp.ui.widgets.chart_model import (
    Bars,
    Chart,
    Line,
    Rule,
    label_stride,
    nice_ticks,
    on_axis,
    shown_labels,
)

BAR_WIDTH = 0.7  # of a slot; side-by-side bars share it
LINE_WIDTH = 3.0
SYMBOL_SIZE = 8.0
RULE_WIDTH = 2.0


@dataclass(frozen=True)
class ChartGeometry:
    """Where things go for one size: the plot area and what the axes show."""

    plot: QRectF
    ticks: list[float]  # the value axis' ticks, from 0 to its top
    labels: dict[int, str]  # slot -> its label as drawn (thinned, wrapped or elided)
    label_lines: int  # lines of text under each bar: 2 where names wrap
    legend: list[tuple[QPointF, Bars | Line | Rule]]  # each entry's top-left

    @property
    def top(self) -> float:
        return self.ticks[-1]


class ChartCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        # Reached from the keyboard, so a screen reader says its name and description.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def minimumSizeHint(self) -> QSize:
        """Room for the legend, the axes' words and a plot, in the font's size."""
        text = QFontMetricsF(self.font()).height()
        return QSize(max(200, round(text * 12)), max(180, round(text * 10)))

    def show_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.update()

    def series(self) -> dict[str, list[float | None]]:
        return self.chart.series() if self.chart else {}

    def strong(self) -> bool:
        """Black text on white: the high-contrast theme."""
        colours = self.palette()
        return (
            colours.color(QPalette.ColorRole.Window).lightness() == 255
            and colours.color(QPalette.ColorRole.Text).value() == 0
        )

    # --- layout --------------------------------------------------------------------------------
    def geometry_for(self, width: float, height: float, label_lines: int = 1) -> ChartGeometry:
        chart = self.chart or Chart(categories=())
        metrics = QFontMetricsF(self.font())
        text = metrics.height()
        pad, gap, tick = text * 0.6, text * 0.4, text * 0.3
        legend = self._legend(chart, metrics, pad, width - 2 * pad)  # rows above the plot
        rows = {round(point.y()) for point, _ in legend}
        top = pad + len(rows) * text * 1.3 + (gap if rows else 0)
        side_title = chart.category_title if chart.horizontal else chart.value_title
        under_title = chart.value_title if chart.horizontal else chart.category_title
        left = pad + (text + gap if side_title else 0)
        bottom = height - pad - tick - label_lines * text - (text + gap / 2 if under_title else 0)
        bottom = max(bottom, top + 1.5 * text)  # squeezed below its minimum size: still a plot
        count = max(1, chart.slot_count())
        if chart.horizontal:
            labels = {
                n: metrics.elidedText(label, Qt.TextElideMode.ElideRight, width * 0.4)
                for n, label in enumerate(chart.categories)
            }
            left += max((metrics.horizontalAdvance(t) for t in labels.values()), default=0)
            left += gap + tick
            widest = metrics.horizontalAdvance(chart.tick_text(chart.highest() * 2, 1)) + 2 * text
            ticks = self._ticks(chart, (width - left - pad) / widest)
            last = metrics.horizontalAdvance(chart.tick_text(ticks[-1], _step(ticks)))
            plot = QRectF(QPointF(left, top), QPointF(width - pad - last / 2, bottom))
            return ChartGeometry(plot, ticks, labels, 1, legend)
        top += text / 2  # the top tick's label is centred on it
        ticks = self._ticks(chart, (bottom - top) / (text * 3))
        step = _step(ticks)
        left += max(metrics.horizontalAdvance(chart.tick_text(t, step)) for t in ticks)
        left += gap + tick
        widths = [metrics.horizontalAdvance(label) for label in chart.categories]
        band = (width - left - pad) / count
        right = pad
        if chart.thin_labels:
            overhang = max(widths, default=0) / 2 - band / 2  # the last label, centred on its bar
            right += max(0.0, overhang)
            band = (width - left - right) / count
            stride = label_stride(count, band, max(widths, default=0) + text)
            labels = {n: chart.categories[n] for n in shown_labels(chart.categories, stride)}
        else:  # names: each one whole, on up to three lines, else cut short with "…"
            room = max(1.0, band - gap)
            fitted = [_fitted(metrics, label, room, label_lines) for label in chart.categories]
            if label_lines < 3 and fitted != list(chart.categories):  # one more line, maybe
                return self.geometry_for(width, height, label_lines + 1)
            labels = dict(enumerate(fitted))
        plot = QRectF(QPointF(left, top), QPointF(width - right, bottom))
        return ChartGeometry(plot, ticks, labels, label_lines, legend)

    def _ticks(self, chart: Chart, room: float) -> list[float]:
        highest = chart.value_top if chart.value_top is not None else chart.highest()
        return nice_ticks(highest, max(1, math.floor(room)), whole=chart.whole_numbers)

    def _legend(
        self, chart: Chart, metrics: QFontMetricsF, pad: float, width: float
    ) -> list[tuple[QPointF, Bars | Line | Rule]]:
        """Entries in rows from the top left corner, wrapped to the width."""
        text = metrics.height()
        placed: list[tuple[QPointF, Bars | Line | Rule]] = []
        x, y = 0.0, 0.0
        for entry in chart.legend():
            size = _sample_width(entry, text) + text * 0.4 + metrics.horizontalAdvance(entry.name)
            if x and x + size > width:
                x, y = 0.0, y + text * 1.3
            placed.append((QPointF(pad + x, pad + y), entry))
            x += size + text * 1.2
        return placed

    def plot_rect(self) -> QRectF:
        return self.geometry_for(self.width(), self.height()).plot

    # --- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        colours = self.palette()
        painter.fillRect(self.rect(), colours.color(QPalette.ColorRole.Base))
        if self.chart is not None and self.chart.categories:
            self._paint(painter, self.chart, self.geometry_for(self.width(), self.height()))
        if self.hasFocus():
            pen = QPen(colours.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint(self, painter: QPainter, chart: Chart, where: ChartGeometry) -> None:
        ink = self.palette().color(QPalette.ColorRole.Text)
        strong = self.strong()
        grid = QColor(ink)
        grid.setAlphaF(0.35 if strong else 0.18)
        count = chart.slot_count()
        for value in where.ticks[1:]:
            self._line(
                painter, QPen(grid, 1), self._at(where, 0, value), self._at(where, count, value)
            )
        self._bars(painter, chart, where, ink if strong else None)
        for rule in chart.rules:
            pen = QPen(QColor(rule.colour), RULE_WIDTH, Qt.PenStyle.DotLine, Qt.PenCapStyle.FlatCap)
            self._line(
                painter, pen, self._at(where, 0, rule.value), self._at(where, count, rule.value)
            )
        for line in chart.lines:
            self._polyline(painter, line, where)
        self._axes(painter, chart, where, ink, 2 if strong else 1)
        for point, entry in where.legend:
            self._legend_entry(painter, point, entry, ink if strong else None)

    def _at(self, where: ChartGeometry, slot: float, value: float) -> QPointF:
        """The point of a slot position (0 … count, a slot's centre at n + 0.5) and a value."""
        plot, count = where.plot, max(1, self.chart.slot_count() if self.chart else 1)
        along, up = slot / count, value / where.top
        if self.chart is not None and self.chart.horizontal:
            return QPointF(plot.left() + up * plot.width(), plot.top() + along * plot.height())
        return QPointF(plot.left() + along * plot.width(), plot.bottom() - up * plot.height())

    def _bars(
        self, painter: QPainter, chart: Chart, where: ChartGeometry, outline: QColor | None
    ) -> None:
        stacks: dict[int, float] = {}
        side_by_side = len(chart.bars) if not chart.stacked else 1
        for index, bars in enumerate(chart.bars):
            for slot, figure in bars.placed():
                value = on_axis(figure)
                if chart.stacked:
                    start = stacks.get(slot, 0.0)
                    stacks[slot] = start + value
                    low = slot + (1 - BAR_WIDTH) / 2
                else:
                    start = 0.0
                    low = slot + (1 - BAR_WIDTH) / 2 + index * BAR_WIDTH / side_by_side
                high = low + BAR_WIDTH / side_by_side
                corner, opposite = self._at(where, low, start), self._at(where, high, start + value)
                self._rect(
                    painter, QRectF(corner, opposite).normalized(), QColor(bars.colour), outline
                )

    def _rect(self, painter: QPainter, rect: QRectF, fill: QColor, outline: QColor | None) -> None:
        """A bar on whole device pixels; outlined inside its edges where asked."""
        rect = QRectF(QPointF(self._snap(rect.left()), self._snap(rect.top())),
                      QPointF(self._snap(rect.right()), self._snap(rect.bottom())))  # fmt: skip
        if rect.width() <= 0 or rect.height() <= 0:
            return
        if outline is not None:
            painter.fillRect(rect, outline)
            rect = rect.adjusted(1, 1, -1, -1)
        if rect.width() > 0 and rect.height() > 0:
            painter.fillRect(rect, fill)

    def _polyline(self, painter: QPainter, line: Line, where: ChartGeometry) -> None:
        colour = QColor(line.colour)
        style = Qt.PenStyle.DashLine if line.dashed else Qt.PenStyle.SolidLine
        painter.setPen(QPen(colour, LINE_WIDTH, style, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))  # fmt: skip
        points = [
            None if value is None else self._at(where, slot + 0.5, value)
            for slot, value in enumerate(line.values)
        ]
        for first, second in itertools.pairwise(points):
            if first is not None and second is not None:  # a gap stays a gap
                painter.drawLine(first, second)
        band = where.plot.width() / max(1, len(points))
        radius = max(2.5, min(SYMBOL_SIZE / 2, band / 3))  # many weeks: smaller symbols
        for point in points:
            if point is not None:  # a lone week shows as its symbol
                self._symbol(painter, point, line, radius)

    def _symbol(self, painter: QPainter, point: QPointF, line: Line, radius: float) -> None:
        colour = QColor(line.colour)
        if line.ring:
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(point, radius + 2, radius + 2)
        else:
            painter.setPen(QPen(colour, 1))
            painter.setBrush(colour)
            painter.drawEllipse(point, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _axes(
        self, painter: QPainter, chart: Chart, where: ChartGeometry, ink: QColor, width: int
    ) -> None:
        metrics = QFontMetricsF(self.font())
        text = metrics.height()
        tick, gap = text * 0.3, text * 0.4
        pen = QPen(ink, width)
        count = chart.slot_count()
        axis = count if chart.horizontal else 0  # the value axis: under the bars or left of them
        self._line(painter, pen, self._at(where, 0, 0), self._at(where, count, 0))
        self._line(painter, pen, self._at(where, axis, 0), self._at(where, axis, where.top))
        painter.setFont(self.font())
        step = _step(where.ticks)
        for value in where.ticks:
            point = self._at(where, axis, value)
            words = chart.tick_text(value, step)
            if chart.horizontal:
                self._line(painter, pen, point, point + QPointF(0, tick))
                box = QRectF(point.x() - 100, point.y() + tick, 200, text)
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, words
                )
            else:
                self._line(painter, pen, point, point - QPointF(tick, 0))
                box = QRectF(point.x() - tick - gap - 1000, point.y() - text / 2, 1000, text)
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, words
                )
        for slot, words in where.labels.items():
            point = self._at(where, slot + 0.5, 0)
            if chart.horizontal:
                self._line(painter, pen, point, point - QPointF(tick, 0))
                box = QRectF(0, point.y() - text / 2, point.x() - tick - gap, text)
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, words
                )
            else:
                self._line(painter, pen, point, point + QPointF(0, tick))
                room = where.plot.width() / count if where.label_lines > 1 else 2000
                box = QRectF(point.x() - room / 2, point.y() + tick, room, where.label_lines * text)
                flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                painter.drawText(box, flags | Qt.TextFlag.TextWordWrap, words)
        plot = where.plot
        side = chart.category_title if chart.horizontal else chart.value_title
        under = chart.value_title if chart.horizontal else chart.category_title
        if under:
            box = QRectF(plot.left(), self.height() - text * 0.6 - text, plot.width(), text)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, under
            )
        if side:
            painter.save()
            painter.translate(text * 0.6, plot.center().y())
            painter.rotate(-90)
            box = QRectF(-plot.height() / 2, 0, plot.height(), text)
            words = metrics.elidedText(side, Qt.TextElideMode.ElideRight, plot.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)
            painter.restore()

    def _legend_entry(
        self, painter: QPainter, point: QPointF, entry: Bars | Line | Rule, outline: QColor | None
    ) -> None:
        text = QFontMetricsF(self.font()).height()
        middle = point.y() + text / 2
        sample = _sample_width(entry, text)
        colour = QColor(entry.colour)
        if isinstance(entry, Bars):
            side = text * 0.8
            self._rect(painter, QRectF(point.x(), middle - side / 2, side, side), colour, outline)
        elif isinstance(entry, Line):
            style = Qt.PenStyle.DashLine if entry.dashed else Qt.PenStyle.SolidLine
            start, end = QPointF(point.x(), middle), QPointF(point.x() + sample, middle)
            self._line(painter, QPen(colour, LINE_WIDTH, style, Qt.PenCapStyle.FlatCap), start, end)
            self._symbol(painter, QPointF(point.x() + sample / 2, middle), entry, SYMBOL_SIZE / 2)
        else:
            pen = QPen(colour, RULE_WIDTH, Qt.PenStyle.DotLine, Qt.PenCapStyle.FlatCap)
            self._line(
                painter, pen, QPointF(point.x(), middle), QPointF(point.x() + sample, middle)
            )
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        box = QRectF(point.x() + sample + text * 0.4, point.y(), 10_000, text)
        painter.drawText(
            box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, entry.name
        )

    # --- whole pixels --------------------------------------------------------------------------
    def _snap(self, value: float) -> float:
        ratio = self.devicePixelRatioF()
        return round(value * ratio) / ratio

    def _centre(self, value: float, width: float) -> float:
        """A line's centre such that its edges fall on device pixel edges."""
        ratio = self.devicePixelRatioF()
        if round(width * ratio) % 2:
            return (math.floor(value * ratio) + 0.5) / ratio
        return round(value * ratio) / ratio

    def _line(self, painter: QPainter, pen: QPen, start: QPointF, end: QPointF) -> None:
        width = pen.widthF()
        if start.y() == end.y():
            y = self._centre(start.y(), width)
            start, end = QPointF(start.x(), y), QPointF(end.x(), y)
        elif start.x() == end.x():
            x = self._centre(start.x(), width)
            start, end = QPointF(x, start.y()), QPointF(x, end.y())
        painter.setPen(pen)
        painter.drawLine(start, end)


def _fitted(metrics: QFontMetricsF, label: str, room: float, lines: int) -> str:
    """The label whole if it fits the lines given, else on one line cut short."""
    if metrics.horizontalAdvance(label) <= room:
        return label
    wrapped = metrics.boundingRect(QRectF(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, label)
    one_line = metrics.boundingRect(label).height()  # a CJK fallback font's lines are taller
    if lines > 1 and wrapped.height() <= lines * one_line + 1 and wrapped.width() <= room:
        return label
    return metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)


def _sample_width(entry: Bars | Line | Rule, text: float) -> float:
    return text * 0.8 if isinstance(entry, Bars) else text * 2


def _step(ticks: list[float]) -> float:
    return ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
