"""A pad a person signs on with a finger, a pen or the mouse, and the box that holds it with its
"Clear" button and the error beside it.

The pad only collects strokes and draws them; whether they make a signature (enough ink) is the
core's rule (core/signature.py), asked when the consent is recorded. Points are kept as fractions
of the pad's size, so a window resized between two strokes keeps them in place.

Input: a pen arrives as QTabletEvent and is accepted, so Qt does not also synthesise mouse
events from it; touch needs WA_AcceptTouchEvents and is accepted too (no synthesised mouse);
mouse events Qt synthesised from either are ignored, so nothing is drawn twice.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from fieldapp.core.signature import Signature
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating

PAPER = QColor("#ffffff")  # white in every theme: a signature is ink on paper
INK = QColor("#102060")
GUIDE = QColor("#8a94a3")
INK_WIDTH = 3.0

Fraction = tuple[float, float]


class SignaturePad(Retranslating, QWidget):
    """The surface: strokes drawn by mouse, touch or pen; ``signature()`` gives them as data."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Delete clears it from the keyboard
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[list[Fraction]] = []
        self._drawing = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr("The person signs here with a finger, a pen or the mouse.")
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 150)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 130)

    # --- what was drawn -------------------------------------------------------------------

    def signature(self) -> Signature:
        """The strokes in the pad's pixels, with its size (blank when nothing was drawn)."""
        width, height = max(1, self.width()), max(1, self.height())
        strokes = tuple(tuple((x * width, y * height) for x, y in s) for s in self._strokes)
        return Signature(width=width, height=height, strokes=strokes)

    @property
    def stroke_count(self) -> int:
        return len(self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    # --- input ----------------------------------------------------------------------------

    def _begin(self, at: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._fraction(at)])
        self.update()

    def _extend(self, at: QPointF) -> None:
        if self._drawing:
            self._strokes[-1].append(self._fraction(at))
            self.update()

    def _end(self, at: QPointF | None = None) -> None:
        if self._drawing:
            if at is not None:
                self._extend(at)
            self._drawing = False
            self.changed.emit()

    def _fraction(self, at: QPointF) -> Fraction:
        width, height = max(1, self.width()), max(1, self.height())
        return (min(max(at.x() / width, 0.0), 1.0), min(max(at.y() / height, 0.0), 1.0))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if _synthesised(event) or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if _synthesised(event):
            event.ignore()
            return
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if _synthesised(event) or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._end(event.position())
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()  # or Qt synthesises a mouse event from the pen as well

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:  # the first finger writes; a resting palm or second finger does not
                at = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(at)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(at)
                else:
                    self._end(at)
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._end()
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- drawing --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        frame = QPen(INK if self.hasFocus() else GUIDE, 2 if self.hasFocus() else 1)
        painter.setPen(frame)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -1, -1))
        baseline = self.height() * 0.75
        painter.setPen(QPen(GUIDE, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        painter.drawText(QPointF(16, baseline - 8), "×")
        if not self._strokes:
            painter.drawText(
                self.rect().adjusted(0, 0, 0, -int(self.height() * 0.3)),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Sign here"),
            )
        pen = QPen(INK, INK_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            points = [QPointF(x * self.width(), y * self.height()) for x, y in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])
            else:
                painter.drawPath(smooth_path(points))
        painter.end()


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """A curve through the midpoints, with each sampled point as its control point: no corners
    where a fast stroke was sampled sparsely."""
    path = QPainterPath(points[0])
    for here, after in itertools.pairwise(points[1:]):
        path.quadTo(here, (here + after) / 2)
    path.lineTo(points[-1])
    return path


def _synthesised(event: QMouseEvent) -> bool:
    return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized


class SignatureBox(Retranslating, QWidget):
    """The pad with its "Clear" button and, beside it, why a signature was refused."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = SignaturePad()
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.pad.clear)
        self.error = FieldError(self.pad)
        self.pad.changed.connect(self._changed)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("C&lear signature"))
        self.clear_button.setAccessibleName(self.tr("Clear the signature"))

    def signature(self) -> Signature:
        return self.pad.signature()

    def clear(self) -> None:
        self.pad.clear()

    def _changed(self) -> None:
        if self.pad.stroke_count:
            self.error.clear_error()  # the person is signing: the old complaint is stale
        self.changed.emit()
