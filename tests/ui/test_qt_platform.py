"""Qt runs in the test environment: offscreen, with pytest-qt driving PySide6."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


def test_qt_runs_offscreen_and_pytest_qt_can_click(qtbot: QtBot) -> None:
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert QGuiApplication.platformName() == "offscreen"
    clicks: list[bool] = []
    button = QPushButton("开始查勘 Start survey")
    button.clicked.connect(lambda: clicks.append(True))
    qtbot.addWidget(button)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [True]
