"""Help › User guide: the guide in the window's language, read inside the app; no such item
where there is no guide to open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fieldapp.ui import about
from fieldapp.ui.about import HelpMenu
from fieldapp.ui.guide import GuideWindow, guide_file
from fieldapp.ui.i18n import Translations
from tests.conftest import REPO_ROOT
from tests.ui.test_fit_and_names import unnamed_controls


def test_the_guide_opens_in_the_window_language(qtbot: QtBot, translations: Translations) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    menu = HelpMenu(window)
    assert menu.guide_action.isVisible() and menu.actions()[0] is menu.guide_action
    menu.guide_action.trigger()
    shown = menu.guide_window
    assert isinstance(shown, GuideWindow)
    qtbot.addWidget(shown)
    assert shown.browser.toPlainText().startswith("fieldapp 使用指南")
    assert shown.windowTitle() == "fieldapp 用户指南" and unnamed_controls(shown) == []
    translations.use("en")
    qtbot.waitUntil(lambda: menu.guide_action.text() == "&User guide")
    menu.guide_action.trigger()
    assert menu.guide_window is not shown and menu.guide_window is not None
    qtbot.addWidget(menu.guide_window)
    assert menu.guide_window.browser.toPlainText().startswith("fieldapp user guide")


def test_traditional_chinese_reads_the_simplified_guide_and_english_is_the_last_resort(
    tmp_path: Path,
) -> None:
    docs = REPO_ROOT / "docs"
    assert guide_file("zh-Hant", [docs]) == docs / "user-guide.zh-Hans.md"
    (tmp_path / "user-guide.en.md").write_text("# guide\n", encoding="utf-8")
    assert guide_file("zh-Hans", [tmp_path]) == tmp_path / "user-guide.en.md"
    assert guide_file("en", [tmp_path / "nowhere"]) is None


def test_no_guide_and_no_address_means_no_item(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(about, "guide_file", lambda language: None)
    monkeypatch.setattr(about, "online_guide", lambda: None)
    menu = HelpMenu()
    qtbot.addWidget(menu)
    assert not menu.guide_action.isVisible()
