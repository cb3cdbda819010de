"""Background operations: an outcome or a progress report that arrives after the widget that
asked for it was deleted is dropped, never delivered to a widget that no longer exists."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fieldapp.ui.operations import Cancelled, Progress, in_background


def test_progress_and_outcome_reach_their_owner_while_it_lives(qtbot: QtBot) -> None:
    owner = QLabel()
    qtbot.addWidget(owner)
    seen: list[str] = []

    def work(progress: Progress, cancelled: Cancelled) -> str:
        progress(1, 2, "first")
        return "done"

    operation = in_background(
        work,
        on_success=seen.append,
        on_failure=lambda error: seen.append(error.code),
        on_progress=lambda done, total, message: owner.setText(message),
        owner=owner,
    )
    qtbot.waitUntil(lambda: operation.done, timeout=10_000)
    assert owner.text() == "first" and seen == ["done"]


def test_progress_after_the_owner_was_deleted_is_dropped(qtbot: QtBot) -> None:
    owner = QLabel()
    owner_deleted = threading.Event()
    reported: list[str] = []

    def work(progress: Progress, cancelled: Cancelled) -> str:
        owner_deleted.wait(10)
        progress(1, 1, "after")  # e.g. an export's stage, reaching a page that was closed
        return "done"

    def on_progress(done: int, total: int, message: str) -> None:
        reported.append(message)
        owner.setText(message)  # a deleted label: RuntimeError, had it been called

    operation = in_background(
        work,
        on_success=reported.append,
        on_failure=lambda error: reported.append(error.code),
        on_progress=on_progress,
        owner=owner,
    )
    with qtbot.waitSignal(owner.destroyed, timeout=10_000):
        owner.deleteLater()
    owner_deleted.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: operation.done, timeout=10_000)
    assert reported == []
