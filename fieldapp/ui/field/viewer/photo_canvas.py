"""The picture full size with its marks: zoom (wheel, pinch, keys), pan (drag, arrow keys), fit,
a view turned in quarter turns, and drawing a new mark with the chosen tool.

Turning changes only how the view shows the picture: the marks' points stay fractions of the
upright picture, because the scene is never turned, only the view's transform.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QPinchGesture

from fieldapp.core.evidence import MAX_FREEHAND_POINTS, Annotation, AnnotationKind
from fieldapp.ui.field.viewer.mark_items import MarkItem

TOOLS = ("select", "arrow", "rectangle", "ellipse", "freehand", "text")
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 8.0
MIN_DRAG = 0.01  # a shape smaller than this share of the picture is a slip, not a mark
FREEHAND_STEP = 0.003  # a free-hand point closer than this to the last one adds nothing
NUDGE, BIG_NUDGE = 0.01, 0.05  # a selected mark moved by the arrow keys


class PhotoCanvas(QGraphicsView):
    markDrawn = Signal(object, bool)  # a new Annotation; chosen (placed by key, to be moved)
    textPlaced = Signal(float, float, bool)  # where a text mark goes (words from the viewer)
    marksMoved = Signal(object)  # {index: the moved Annotation}
    zoomChanged = Signal(float)  # the picture's scale (1.0 is 100 %)

    def __init__(self) -> None:
        super().__init__()
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#202124"))  # neutral dark: the picture's colours read
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.picture: QGraphicsPixmapItem | None = None
        self.size_px = (1.0, 1.0)
        self.marks: list[Annotation] = []
        self.items_by_index: dict[int, MarkItem] = {}
        self.tool = "select"
        self.colour = "#ff2d2d"
        self.editable = False
        self.turns = 0  # quarter turns clockwise of the view
        self.fitting = True  # the picture follows the window's size until zoomed by hand
        self._start: QPointF | None = None
        self._stroke: list[tuple[float, float]] = []
        self._preview: MarkItem | None = None
        self.set_tool("select")

    # -- the picture and its marks --------------------------------------------------------
    def show_picture(self, image: QImage) -> None:
        self.scene().clear()
        self.items_by_index.clear()
        self._preview = None
        self.picture = self.scene().addPixmap(QPixmap.fromImage(image))
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.size_px = (float(image.width()), float(image.height()))
        self.scene().setSceneRect(QRectF(0, 0, *self.size_px))
        self.show_marks(self.marks)
        self.fit()

    def show_marks(self, marks: list[Annotation], selected: set[int] | None = None) -> None:
        self.marks = list(marks)
        for item in self.items_by_index.values():
            self.scene().removeItem(item)
        self.items_by_index.clear()
        if self.picture is None:
            return
        for index, mark in enumerate(self.marks):
            item = MarkItem(mark, index, self.size_px)
            item.set_editable(self.editable and self.tool == "select")
            self.scene().addItem(item)
            item.setSelected(index in (selected or set()))
            self.items_by_index[index] = item

    def selected_indexes(self) -> set[int]:
        return {i for i, item in self.items_by_index.items() if item.isSelected()}

    def select_next(self, step: int = 1) -> None:
        """Keyboard path to a mark: the next (or previous) one becomes the only one chosen."""
        if not self.marks:
            return
        chosen, count = sorted(self.selected_indexes()), len(self.marks)
        if chosen:
            index = (chosen[-1] + 1 if step > 0 else chosen[0] - 1) % count
        else:
            index = 0 if step > 0 else count - 1
        self.scene().clearSelection()
        item = self.items_by_index[index]
        item.setSelected(True)
        self.ensureVisible(item)

    def set_tool(self, tool: str) -> None:
        self.tool = tool
        drawing = tool != "select" and self.editable
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if drawing else QGraphicsView.DragMode.ScrollHandDrag
        )
        self.viewport().setCursor(
            Qt.CursorShape.CrossCursor if drawing else Qt.CursorShape.OpenHandCursor
        )
        for item in self.items_by_index.values():
            item.set_editable(self.editable and tool == "select")

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.set_tool(self.tool)

    # -- zoom, fit, turn ------------------------------------------------------------------
    @property
    def scale_now(self) -> float:
        t = self.transform()
        return float((t.m11() ** 2 + t.m12() ** 2) ** 0.5)

    def zoom_by(self, factor: float) -> None:
        target = min(max(self.scale_now * factor, MIN_SCALE), MAX_SCALE)
        factor = target / self.scale_now
        self.fitting = False
        self.scale(factor, factor)
        self.zoomChanged.emit(self.scale_now)

    def actual_size(self) -> None:
        self.fitting = False
        self.resetTransform()
        self.rotate(90 * self.turns)
        self.zoomChanged.emit(self.scale_now)

    def fit(self) -> None:
        self.fitting = True
        self.resetTransform()
        self.rotate(90 * self.turns)
        if self.picture is not None:
            bounds = self.transform().mapRect(self.sceneRect())
            room = self.viewport().rect().adjusted(8, 8, -8, -8)
            factor = min(room.width() / bounds.width(), room.height() / bounds.height())
            self.scale(factor, factor)
            self.centerOn(self.sceneRect().center())
        self.zoomChanged.emit(self.scale_now)

    def turn(self, quarter_turns: int) -> None:
        """Turn the view only: neither the photo nor the marks' points change."""
        self.turns = (self.turns + quarter_turns) % 4
        if self.fitting:
            self.fit()
        else:
            self.rotate(90 * quarter_turns)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fitting:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(pinch, QPinchGesture):
                changed = pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged
                if changed:
                    self.zoom_by(pinch.scaleFactor())
                event.accept()
                return True
        return super().viewportEvent(event)

    # -- drawing --------------------------------------------------------------------------
    def _fraction(self, event: QMouseEvent) -> tuple[float, float]:
        point = self.mapToScene(event.position().toPoint())
        width, height = self.size_px
        return (min(max(point.x() / width, 0.0), 1.0), min(max(point.y() / height, 0.0), 1.0))

    def _drawing(self) -> bool:
        return self.editable and self.picture is not None and self.tool != "select"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._drawing() or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        x, y = self._fraction(event)
        if self.tool == "text":
            self.textPlaced.emit(x, y, False)
            return
        self._start = QPointF(x, y)
        self._stroke = [(x, y)]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is None:
            super().mouseMoveEvent(event)
            return
        x, y = self._fraction(event)
        last = self._stroke[-1]
        if abs(x - last[0]) + abs(y - last[1]) >= FREEHAND_STEP:
            self._stroke.append((x, y))
        self._show_preview(self._shape_to(x, y))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None:
            super().mouseReleaseEvent(event)
            self._report_moves()
            return
        x, y = self._fraction(event)
        if self._stroke[-1] != (x, y):
            self._stroke.append((x, y))
        mark = self._shape_to(x, y)
        self._start, self._stroke = None, []
        self._show_preview(None)
        if mark is not None:
            self.markDrawn.emit(mark, False)

    def _shape_to(self, x: float, y: float) -> Annotation | None:
        """The mark the drag so far would make; None for a slip (a tap, a tiny drag)."""
        assert self._start is not None
        x0, y0 = self._start.x(), self._start.y()
        if self.tool == "freehand":
            # A long stroke is thinned evenly to what the core keeps; its last point stays.
            points = self._stroke[:: len(self._stroke) // MAX_FREEHAND_POINTS + 1]
            points = [*points[: MAX_FREEHAND_POINTS - 1], self._stroke[-1]]
            if points[-2:-1] == points[-1:]:
                points.pop()
            if len(points) < 2 or max(abs(px - x0) + abs(py - y0) for px, py in points) < MIN_DRAG:
                return None
            flat = tuple(v for point in points for v in point)
            return Annotation(AnnotationKind.FREEHAND, flat, colour=self.colour)
        if abs(x - x0) < MIN_DRAG and abs(y - y0) < MIN_DRAG:
            return None
        return Annotation(AnnotationKind(self.tool), (x0, y0, x, y), colour=self.colour)

    def _show_preview(self, mark: Annotation | None) -> None:
        if self._preview is not None:
            self.scene().removeItem(self._preview)
            self._preview = None
        if mark is not None:
            self._preview = MarkItem(mark, -1, self.size_px)
            self._preview.setFlag(MarkItem.GraphicsItemFlag.ItemIsSelectable, False)
            self.scene().addItem(self._preview)

    def _report_moves(self) -> None:
        """After a drag of marks: their new places, as fractions, for one undoable edit."""
        width, height = self.size_px
        moved = {
            index: item.mark.moved(item.pos().x() / width, item.pos().y() / height)
            for index, item in self.items_by_index.items()
            if not item.pos().isNull()
        }
        if moved:
            self.marksMoved.emit(moved)

    def nudge(self, dx: float, dy: float) -> None:
        chosen = self.selected_indexes()
        if chosen and self.editable:
            self.marksMoved.emit({i: self.marks[i].moved(dx, dy) for i in chosen})

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = Qt.Key(event.key()), event.modifiers()
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows:
            dx, dy = arrows[key]
            if self.selected_indexes() and self.editable:
                step = BIG_NUDGE if mods & Qt.KeyboardModifier.ShiftModifier else NUDGE
                self.nudge(dx * step, dy * step)
            else:  # pan by a tenth of the view
                h, v = self.horizontalScrollBar(), self.verticalScrollBar()
                h.setValue(h.value() + dx * self.viewport().width() // 10)
                v.setValue(v.value() + dy * self.viewport().height() // 10)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._drawing():
            self.place_at_centre()
            return
        if key == Qt.Key.Key_Escape and self.selected_indexes():
            self.scene().clearSelection()
            return
        super().keyPressEvent(event)

    def place_at_centre(self) -> None:
        """Keyboard path to drawing: the chosen tool's mark in the middle of the view, to be
        moved with the arrow keys."""
        centre = self.mapToScene(self.viewport().rect().center())
        width, height = self.size_px
        x = min(max(centre.x() / width, 0.15), 0.85)
        y = min(max(centre.y() / height, 0.15), 0.85)
        if self.tool == "text":
            self.textPlaced.emit(x, y, True)
            return
        corners = (x - 0.1, y - 0.1, x + 0.1, y + 0.1)
        if self.tool == "freehand":
            points = (x - 0.1, y, x - 0.05, y - 0.05, x, y, x + 0.05, y + 0.05, x + 0.1, y)
            self.markDrawn.emit(
                Annotation(AnnotationKind.FREEHAND, points, colour=self.colour), True
            )
        else:
            kind = AnnotationKind(self.tool)
            self.markDrawn.emit(Annotation(kind, corners, colour=self.colour), True)
