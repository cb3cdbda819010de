"""A stored mark drawn over the picture: the scene's units are the display copy's pixels, the
mark's points are fractions of the upright picture, so the same numbers draw the report.

Each mark is drawn as the report draws it: its colour over an outline of the opposite
lightness, strokes and type sized to the picture (not to the screen), so what the surveyor
sees is what the printed page shows.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from fieldapp.core.evidence import Annotation, AnnotationKind

# As the report: a 1.6 pt line and 8 pt type on a picture 86 mm (244 pt) wide.
LINE_SHARE = 1.6 / 244
TYPE_SHARE = 8 / 244
HEAD_SHARE = 7 / 244  # the arrow head's strokes
GRAB_PX = 22  # half the width around a line that takes a finger's tap, in screen pixels


def contrast(colour: QColor) -> QColor:
    """Black behind a light colour (yellow, cyan, white), white behind a dark one."""
    light = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue() > 140
    return QColor("#000000" if light else "#ffffff")


class MarkItem(QGraphicsItem):
    """One mark; ``index`` is its place in the photo's mark list."""

    def __init__(self, mark: Annotation, index: int, size: tuple[float, float]) -> None:
        super().__init__()
        self.mark, self.index = mark, index
        self.width, self.height = size
        self.edge = max(self.width, self.height)
        self.line_width = max(2.0, LINE_SHARE * self.width)
        self.colour = QColor(mark.colour)
        self.font = QFont()
        self.font.setPixelSize(max(10, round(TYPE_SHARE * self.width)))
        self.path = self._path()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)

    def set_editable(self, editable: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable)
        self.setCursor(Qt.CursorShape.SizeAllCursor if editable else Qt.CursorShape.ArrowCursor)

    def at(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.width, y * self.height)

    def _points(self) -> list[QPointF]:
        p = self.mark.points
        return [self.at(p[i], p[i + 1]) for i in range(0, len(p), 2)]

    def _path(self) -> QPainterPath:
        path = QPainterPath()
        points = self._points()
        kind = self.mark.kind
        if kind is AnnotationKind.TEXT:
            path.addRect(self._label())
        elif kind is AnnotationKind.FREEHAND:
            path.moveTo(points[0])
            for point in points[1:]:
                path.lineTo(point)
        elif kind is AnnotationKind.RECTANGLE:
            path.addRect(QRectF(points[0], points[1]).normalized())
        elif kind is AnnotationKind.ELLIPSE:
            path.addEllipse(QRectF(points[0], points[1]).normalized())
        else:
            tail, head = points
            path.moveTo(tail)
            path.lineTo(head)
            angle = math.atan2(head.y() - tail.y(), head.x() - tail.x())
            length = HEAD_SHARE * self.width
            for side in (-0.45, 0.45):
                path.moveTo(head)
                path.lineTo(
                    head.x() - length * math.cos(angle + side),
                    head.y() - length * math.sin(angle + side),
                )
        return path

    def _label(self) -> QRectF:
        """The text's label: its left baseline end at the anchor, as the report places it."""
        metrics = QFontMetricsF(self.font)
        anchor = self._points()[0]
        pad = self.font.pixelSize() * 0.2
        return QRectF(
            anchor.x() - pad,
            anchor.y() - metrics.ascent() - pad,
            metrics.horizontalAdvance(self.mark.text) + 2 * pad,
            metrics.height() + 2 * pad,
        )

    def boundingRect(self) -> QRectF:
        margin = self.line_width * 2 + 4
        return self.path.boundingRect().adjusted(-margin, -margin, margin, margin)

    def shape(self) -> QPainterPath:
        """Where a tap or click takes the mark: a band around its line, wide enough for a
        finger at any zoom; a text mark by its whole label."""
        if self.mark.kind is AnnotationKind.TEXT:
            return self.path
        stroker = QPainterPathStroker()
        scale = self.scene_scale()
        stroker.setWidth(max(self.line_width * 3, 2 * GRAB_PX / scale))
        return stroker.createStroke(self.path)

    def scene_scale(self) -> float:
        views = self.scene().views() if self.scene() else []
        if not views:
            return 1.0
        transform = views[0].transform()
        return math.hypot(transform.m11(), transform.m12()) or 1.0

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = contrast(self.colour)
        if self.mark.kind is AnnotationKind.TEXT:
            painter.fillRect(self._label(), outline)
            painter.setFont(self.font)
            painter.setPen(self.colour)
            painter.drawText(self._points()[0], self.mark.text)
        else:
            for colour, width in (
                (outline, self.line_width * 1.75),
                (self.colour, self.line_width),
            ):
                pen = QPen(colour, width)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(self.path)
        if self.isSelected():
            # Dashed in both lightnesses: the selection shows on any picture, at any zoom.
            frame = self.path.boundingRect().adjusted(
                -self.line_width * 2, -self.line_width * 2, self.line_width * 2, self.line_width * 2
            )
            for shade, style in ((Qt.GlobalColor.white, Qt.PenStyle.SolidLine),
                                 (Qt.GlobalColor.black, Qt.PenStyle.DashLine)):  # fmt: skip
                pen = QPen(QBrush(shade), 2, style)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.drawRect(frame)
