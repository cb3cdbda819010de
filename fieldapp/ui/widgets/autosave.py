"""Storing edits as they are made: after a short pause in typing, and at once on leaving a field.

There is no Save button (issue 13, "Nothing is lost"): a page calls ``typed()`` on every change
and ``now()`` when the user leaves a field or the step; the store function it was given decides
what changed and writes it through the services.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Long enough not to write on every key, short enough that a kill loses at most half a second.
TYPING_PAUSE_MS = 400


class Debounced(QObject):
    """Calls ``store`` once typing pauses for TYPING_PAUSE_MS, or at once on ``now()``."""

    def __init__(self, store: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._store = store
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(store)

    def typed(self) -> None:
        self.timer.start()  # restarts: one write after the last key of a burst

    def now(self) -> None:
        self.timer.stop()
        self._store()


class _FocusOut(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


def on_focus_out(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` when ``widget`` loses the keyboard focus (a text box has no
    editingFinished)."""
    widget.installEventFilter(_FocusOut(callback, widget))
