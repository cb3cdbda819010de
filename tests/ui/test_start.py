"""Before the window: the first-run setup and the unlock dialog, driven through their widgets;
the slow parts run in the background and errors appear beside the field, in Chinese."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import identity_of
from fieldapp.services.session import FolderState, folder_state
from fieldapp.ui.field.start_dialogs import SetupDialog, UnlockDialog
from fieldapp.ui.i18n import Translations
from tests.conftest import TEST_PASSPHRASE


def test_first_run_setup_states_the_rule_refuses_beside_the_field_then_makes_the_identity(
    qtbot: QtBot, data_dir: Path, translations: Translations
) -> None:
    dialog = SetupDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "至少 8 个字符" in dialog.rule.text()
    dialog.surveyor.setText("李明")
    dialog.staff_number.setText("SH-0042")
    dialog.organisation.setText("平安财险上海分公司")
    dialog.passphrase.setText("short")
    assert dialog.strength.format() == "太短"
    dialog.passphrase_again.setText("short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = dialog.errors["passphrase"]
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == "请设定至少 8 个字符的口令。"
    assert folder_state(data_dir) is FolderState.NEW  # nothing written

    dialog.passphrase.setText("correct horse battery staple")
    assert dialog.strength.format() == "强"
    dialog.passphrase_again.setText("correct horse battery stapel")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors["passphrase_again"].isVisible())
    assert "不一致" in dialog.errors["passphrase_again"].text()

    dialog.passphrase_again.setText("correct horse battery staple")
    with qtbot.waitSignal(dialog.set_up, timeout=20_000) as made:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.busy.isVisible()  # the key is made in the background
    workspace: FieldWorkspace = made.args[0]
    summary = identity_of(workspace).summary()
    assert (summary.surveyor, summary.staff_number) == ("李明", "SH-0042")
    workspace.close()


def test_a_wrong_passphrase_says_so_and_the_next_try_unlocks(
    qtbot: QtBot, workspace: FieldWorkspace, translations: Translations
) -> None:
    workspace.cipher()  # the folder is set up with the test passphrase
    dialog = UnlockDialog(workspace.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == "口令不正确，请检查后重试。"
    assert dialog.unlock_button.isEnabled() and dialog.workspace is None
    dialog.passphrase.setText(TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.workspace is not None
    assert dialog.workspace.surveys.summaries() == []
    dialog.workspace.close()


def test_without_a_display_fieldapp_says_so_in_one_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "xvfb-run fieldapp" in done.stderr
