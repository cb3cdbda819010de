"""The office window's frame: `fieldapp office` opens it, its View menu is the field window's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldapp.ui.i18n import Translations
from fieldapp.ui.office.context import OfficeContext
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
