"""The office window's frame: `fieldapp office` opens it, its View menu is the field window's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldapp.ui.i18n import Translations
from fieldapp.ui.office.archive_page import ArchivePage
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.dashboard import DashboardPage
from fieldapp.ui.office.desk import DeskPage
from fieldapp.ui.office.main_window import OfficeWindow
from fieldapp.ui.preferences import LANGUAGE


def test_the_office_window_speaks_the_chosen_language_and_remembers_it(
    qtbot: QtBot, office_context: OfficeContext, translations: Translations
) -> None:
    window = OfficeWindow(office_context, translations)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().endswith("— 理赔办公室")
    window.view_menu.use_language("en")
    qtbot.waitUntil(lambda: window.windowTitle().endswith("— office"))  # LanguageChange is posted
    assert office_context.preferences.get(LANGUAGE) == "en"
    assert window.tabs.count() == len(window.pages)


def test_fieldapp_office_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(tmp_path / "office"), "office"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "xvfb-run" in done.stderr
    assert not (tmp_path / "office" / "office.db").exists()  # nothing made without a window


def test_the_about_box_and_title_name_the_version_and_build(
    qtbot: QtBot, office_context: OfficeContext, translations: Translations
) -> None:
    from fieldapp import __version__
    from fieldapp.build_info import build_info

    window = OfficeWindow(office_context, translations)
    qtbot.addWidget(window)
    about = window.help_menu.about_text()
    assert f"版本 {__version__}" in about
    info = build_info()
    if info.commit:  # a source checkout: its commit, said to be from source
        assert info.commit in about and "源代码" in about and info.commit in window.windowTitle()


def test_the_tabs_answer_ctrl_and_a_number_and_ctrl_tab_from_a_table_row(
    qtbot: QtBot, office_context: OfficeContext, translations: Translations
) -> None:
    window = OfficeWindow(office_context, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    desk = window.show_page(DeskPage)
    assert isinstance(desk, DeskPage)
    desk.table.setFocus()
    qtbot.waitUntil(desk.table.hasFocus)
    qtbot.keyClick(desk.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.tabs.currentWidget(), ArchivePage)
    archive = window.tabs.currentWidget()
    assert isinstance(archive, ArchivePage)
    archive.table.setFocus()
    qtbot.waitUntil(archive.table.hasFocus)
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(archive.table, Qt.Key.Key_Backtab, shift_control)
    assert window.tabs.currentWidget() is desk
    qtbot.keyClick(desk.table, Qt.Key.Key_Backtab, shift_control)  # round: the last tab
    assert isinstance(window.tabs.currentWidget(), DashboardPage)
    for number, page in enumerate(window.pages, start=1):
        qtbot.keyClick(
            window.focusWidget() or window,
            Qt.Key(Qt.Key.Key_0 + number),
            Qt.KeyboardModifier.ControlModifier,
        )
        assert window.tabs.currentWidget() is page
    # …and the menu shows them: Go lists each tab with its shortcut, checked where it is
    shown = {a.text(): a.shortcut().toString() for a in window.go_menu.actions() if a.text()}
    assert shown[desk.title()] == "Ctrl+1" and shown[archive.title()] == "Ctrl+2"
    assert window.next_action in window.go_menu.actions()
    assert window.next_action.shortcut().toString() == "Ctrl+Tab"
    assert window.page_actions[len(window.pages) - 1].isChecked()
