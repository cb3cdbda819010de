"""How a person's hands reach the widgets in the UI tests: typing, picking in a list with the
keyboard, ticking a choice, signing on a pad with the mouse, the step shortcuts, dropping files
from a file manager, and tapping a photo in the grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from fieldapp.core.progress import Step
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.steps.photos_step import PhotosStepPage


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def choose(qtbot: QtBot, combo: QComboBox, data: str) -> None:
    """Pick an entry of a list with the keyboard: Home, then Down until it is shown."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data, f"{data} is not offered"


def tick(qtbot: QtBot, choice: QAbstractButton) -> None:
    """A click on a radio button's circle (a row as wide as the page is not all button)."""
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))
    assert choice.isChecked()


def sign_on(pad: QWidget, *, height: int = 40) -> None:
    """A signature's worth of ink: a mouse drag across the pad."""
    QTest.mousePress(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(30, height)
    )
    for x in range(30, 300, 10):
        QTest.mouseMove(pad, QPoint(x, height + (x % 60)))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, height + 30)
    )


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def go_to(qtbot: QtBot, window: FieldWindow, step: Step) -> QWidget:
    """Ctrl+1 … Ctrl+7, as the navigator's shortcuts say."""
    number = list(Step).index(step) + 1
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert window.survey.current_step is step
    return window.survey.step_pages[step]


def drop(page: QWidget, paths: list[Path]) -> None:
    """Files dragged from the file manager and dropped (QTest cannot start a real drag)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    copy, none = Qt.DropAction.CopyAction, Qt.KeyboardModifier(0)
    enter = QDragEnterEvent(QPoint(200, 200), copy, mime, Qt.MouseButton.LeftButton, none)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(200, 200), copy, mime, Qt.MouseButton.LeftButton, none)
    QApplication.sendEvent(page, dropped)
    assert dropped.isAccepted()


def click_tile(qtbot: QtBot, page: PhotosStepPage, row: int) -> str:
    spot = page.grid.visualRect(page.model.index(row)).center()
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert page.details.photo_id == page.model.tiles[row].photo.photo_id
    return page.details.photo_id
