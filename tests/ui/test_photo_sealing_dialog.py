"""The window's first unlock of a previous version's folder: the photos are sealed in the
background, the dialog shows how far, the window stays usable; a folder already sealed shows
nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photo_sealing import photos_to_seal
from fieldapp.services.session import open_unlocked, unlock
from fieldapp.store.photo_upgrade import is_plain, photo_files
from fieldapp.ui.field.photo_sealing import seal_photos_if_needed
from tests.conftest import TEST_PASSPHRASE
from tests.services.test_photo_sealing_upgrade import previous_version_folder


def test_the_photos_are_sealed_in_the_background_with_progress(
    qtbot: QtBot, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    previous_version_folder(data_dir)
    workspace = open_unlocked(data_dir, unlock(data_dir, TEST_PASSPHRASE))
    window = QWidget()
    qtbot.addWidget(window)
    dialog = seal_photos_if_needed(workspace, window)
    assert dialog is not None and dialog.isVisible()
    assert threading.current_thread() is threading.main_thread()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.report is not None and dialog.report.finished
    assert dialog.value() == dialog.maximum() == dialog.report.sealed > 10  # progress shown
    assert not dialog.isVisible() and not workspace.photo_seal.plain_readable
    assert not any(is_plain(f) for f in photo_files(data_dir))
    assert not photos_to_seal(workspace)
    assert seal_photos_if_needed(workspace, window) is None  # once per folder
    workspace.close()


def test_a_new_folder_has_nothing_to_seal(qtbot: QtBot, workspace: FieldWorkspace) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    assert seal_photos_if_needed(workspace, window) is None
