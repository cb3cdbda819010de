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
    """Calls ``store`` once typing pauses for TYPING_PAUSE_MS, or at once on ``now()``; and
    while typing goes on without a pause, every TYPING_PAUSE_MS all the same (so that a fast
    typist killed mid-sentence loses at most the last moment, not the whole sentence)."""

    def __init__(self, store: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._store = store
        self.timer = QTimer(self)  # the pause: restarted on each key
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.now)
        self.longest = QTimer(self)  # the longest wait: started by the first unstored key
        self.longest.setSingleShot(True)
        self.longest.setInterval(TYPING_PAUSE_MS)
        self.longest.timeout.connect(self.now)

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def typed(self) -> None:
        self.timer.start()
        if not self.longest.isActive():
            self.longest.start()

    def cancel(self) -> None:
        self.timer.stop()
        self.longest.stop()

    def now(self) -> None:
        self.cancel()
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
