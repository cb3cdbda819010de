"""The viewer's two rows of buttons: the marking tools and colours above the photo, the view's
zoom and turn below it. Each button is at least 44 px, named for a screen reader, and has a
key (shown in its tooltip)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from fieldapp.core.evidence import MARK_COLOURS
from fieldapp.ui.field.viewer.mark_items import contrast
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import Retranslating

CHOSEN_STYLE = """
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
    font-weight: bold; }
QToolButton:disabled { color: palette(placeholder-text); border-style: dashed; }
"""
TOOL_KEYS = {
    "select": "V",
    "arrow": "A",
    "rectangle": "R",
    "ellipse": "E",
    "freehand": "F",
    "text": "T",
}
COLOUR_KEYS = {name: str(number) for number, name in enumerate(MARK_COLOURS, start=1)}


def button(checkable: bool = False) -> QToolButton:
    made = QToolButton()
    made.setCheckable(checkable)
    made.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
    made.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return made


def explain(widget: QToolButton, name: str, keys: str) -> None:
    """The button's name for a screen reader, and its key in the tooltip."""
    shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    widget.setAccessibleName(name)
    widget.setToolTip(f"{name} ({shown})")


class MarkTools(Retranslating, QWidget):
    toolChosen = Signal(str)
    colourChosen = Signal(str)  # #rrggbb

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tool_buttons = {name: button(checkable=True) for name in TOOL_KEYS}
        self.colour_buttons = {name: button(checkable=True) for name in MARK_COLOURS}
        self.undo, self.redo, self.delete = button(), button(), button()
        self.tool_group, self.colour_group = QButtonGroup(self), QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for name, tool in self.tool_buttons.items():
            tool.clicked.connect(lambda _=False, n=name: self.choose(n))
            self.tool_group.addButton(tool)
            row.addWidget(tool)
        row.addSpacing(16)
        for name, swatch in self.colour_buttons.items():
            colour = MARK_COLOURS[name]
            swatch.setFixedSize(MIN_TARGET_PX, MIN_TARGET_PX)
            # The swatch is its colour; the chosen one wears a thick frame of the other lightness.
            swatch.setStyleSheet(
                f"QToolButton {{ background: {colour}; border: 2px solid #808080; "
                f"border-radius: 4px; color: {contrast_name(colour)}; }}"
                "QToolButton:checked { border: 4px solid palette(highlight); font-weight: bold;"
                " font-size: 20px; }"
                "QToolButton:focus { border: 3px dashed palette(highlight); }"
                "QToolButton:disabled { border: 2px dashed #808080; }"
            )
            # The chosen colour wears a tick in the other lightness: seen without colour vision.
            swatch.toggled.connect(lambda on, s=swatch: s.setText("✓" if on else ""))
            swatch.clicked.connect(lambda _=False, c=colour: self.colourChosen.emit(c))
            self.colour_group.addButton(swatch)
            row.addWidget(swatch)
        row.addSpacing(16)
        for action in (self.undo, self.redo, self.delete):
            row.addWidget(action)
        row.addStretch()
        # The chosen tool shows as pressed, and an unusable button as dashed, in either theme.
        self.setStyleSheet(CHOSEN_STYLE)
        self.tool_buttons["select"].setChecked(True)
        self.colour_buttons["red"].setChecked(True)
        self.retranslate()

    def keys(self) -> dict[str, Callable[[], None]]:
        """Each tool's and colour's key: the viewer makes them window shortcuts (a button's
        own shortcut clicks it only after a short animation)."""
        found: dict[str, Callable[[], None]] = {
            key: partial(self.choose, name) for name, key in TOOL_KEYS.items()
        }
        for name, key in COLOUR_KEYS.items():
            found[key] = self.colour_buttons[name].click
        return found

    def choose(self, tool: str) -> None:
        if not self.tool_buttons[tool].isEnabled():
            return
        self.tool_buttons[tool].setChecked(True)
        self.toolChosen.emit(tool)

    def set_editable(self, editable: bool) -> None:
        for name, tool in self.tool_buttons.items():
            tool.setEnabled(editable or name == "select")
        for swatch in self.colour_buttons.values():
            swatch.setEnabled(editable)
        if not editable:
            self.tool_buttons["select"].setChecked(True)

    def retranslate(self) -> None:
        tools = {
            "select": self.tr("Choose / move"),
            "arrow": self.tr("Arrow"),
            "rectangle": self.tr("Rectangle"),
            "ellipse": self.tr("Ellipse"),
            "freehand": self.tr("Free-hand"),
            "text": self.tr("Text"),
        }
        for name, text in tools.items():
            self.tool_buttons[name].setText(text)
            explain(self.tool_buttons[name], text, TOOL_KEYS[name])
        colours = {
            "red": self.tr("Red"),
            "yellow": self.tr("Yellow"),
            "cyan": self.tr("Cyan"),
            "white": self.tr("White"),
            "black": self.tr("Black"),
        }
        for name, text in colours.items():
            explain(self.colour_buttons[name], text, COLOUR_KEYS[name])
        self.undo.setText(self.tr("Undo"))
        explain(self.undo, self.tr("Undo"), "Ctrl+Z")
        self.redo.setText(self.tr("Redo"))
        explain(self.redo, self.tr("Redo"), "Ctrl+Shift+Z")
        self.delete.setText(self.tr("Delete mark"))
        explain(self.delete, self.tr("Delete the chosen marks"), "Del")


def contrast_name(colour: str) -> str:
    from PySide6.QtGui import QColor

    return contrast(QColor(colour)).name()


class ViewTools(Retranslating, QWidget):
    """Zoom and turn: only how the photo is shown, never the photo or its marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom_out, self.zoom_in = button(), button()
        self.fit, self.actual = button(), button()
        self.turn_left, self.turn_right = button(), button()
        self.zoom = QLabel()
        self.zoom.setMinimumWidth(64)
        self.zoom.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale = 1.0
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zoom_out, self.zoom, self.zoom_in, self.fit, self.actual):
            row.addWidget(widget)
        row.addSpacing(16)
        row.addWidget(self.turn_left)
        row.addWidget(self.turn_right)
        row.addStretch()
        self.retranslate()

    def show_zoom(self, scale: float) -> None:
        self.scale = scale
        self.zoom.setText(f"{scale * 100:.0f} %")
        self.zoom.setAccessibleName(self.tr("Zoom: %1 percent").replace("%1", f"{scale * 100:.0f}"))

    def retranslate(self) -> None:
        self.zoom_out.setText("−")
        explain(self.zoom_out, self.tr("Zoom out"), "-")
        self.zoom_in.setText("+")
        explain(self.zoom_in, self.tr("Zoom in"), "+")
        self.fit.setText(self.tr("Fit"))
        explain(self.fit, self.tr("Fit the photo to the window"), "Ctrl+0")
        self.actual.setText("100 %")
        explain(self.actual, self.tr("Actual size (100 %)"), "Ctrl+1")
        self.turn_left.setText(self.tr("Turn left"))
        explain(
            self.turn_left, self.tr("Turn the view left (the photo is not changed)"), "Ctrl+Shift+R"
        )
        self.turn_right.setText(self.tr("Turn right"))
        explain(
            self.turn_right, self.tr("Turn the view right (the photo is not changed)"), "Ctrl+R"
        )
        self.show_zoom(self.scale)
