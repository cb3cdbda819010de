"""Every window's first size: the size it prefers where the screen holds it, otherwise the
screen's available area (the desktop less its task bars), so that no button, field or status bar
opens off-screen on a small laptop (1366×768 and its task bar)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The title bar and borders the window manager adds around a window; not known before the
# window is first shown, so a generous guess (a title bar of 32 px on Windows at 100 %, up to
# ~38 px on GNOME).
FRAME = QMargins(8, 40, 8, 8)


def available_geometry(window: QWidget) -> QRect:
    """The available area of the screen the window opens on (its parent's, else the primary)."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, preferred: QSize, *, available: QRect | None = None) -> None:
    """Give ``window`` its ``preferred`` size if it fits with its frame inside ``available``
    (the window's screen's available geometry by default); otherwise the largest size that does,
    placed at the area's top left, frame included. Call it before the window is first shown."""
    area = available if available is not None else available_geometry(window)
    room = area.marginsRemoved(FRAME).size()
    size = preferred.boundedTo(room)
    window.resize(size)
    if size != preferred:  # fills the screen: the window manager's placement could push it off
        window.move(area.topLeft())
