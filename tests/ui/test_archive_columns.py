"""The archive table's columns fit the office window at the widths of office screens: the key
columns whole, the long ones cut, nothing scrolled out of sight sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldapp.ui.i18n import Translations
from fieldapp.ui.office.archive_page import ArchivePage
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.main_window import OfficeWindow
from fieldapp.ui.widgets.fitted_columns import fitted_widths
from tests.ui.test_office_archive import settle

KEY_COLUMNS = ("claim", "line", "received", "surveyor", "indemnity", "photos", "revision")


def test_widths_fit_by_cutting_the_elastic_columns_only() -> None:
    wanted = [100, 200, 80, 150]
    assert fitted_widths(wanted, 530, {1, 3}, 50) == wanted  # exactly fits
    # 100 px too many: taken 150:100, as the elastic columns stand above the minimum
    assert fitted_widths(wanted, 430, {1, 3}, 50) == [100, 140, 80, 110]
    assert fitted_widths(wanted, 100, {1, 3}, 50) == [100, 50, 80, 50]  # never below it
    assert fitted_widths(wanted, 880, {1, 3}, 50) == [100, 400, 80, 300]  # room shared 200:150
    assert sum(fitted_widths(wanted, 431, {1, 3}, 50)) == 431  # no pixel lost to rounding
    assert fitted_widths(wanted, 300, set(), 50) == wanted


@pytest.mark.parametrize("size", [(1366, 768), (1600, 900)])
def test_the_key_columns_are_whole_and_nothing_scrolls_sideways(
    qtbot: QtBot, qapp: QApplication, archived: OfficeContext, size: tuple[int, int]
) -> None:
    window = OfficeWindow(archived, Translations(qapp))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    page = window.show_page(ArchivePage)
    assert isinstance(page, ArchivePage)
    qtbot.waitExposed(window)
    settle(qtbot, page)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None)

    table, header = page.table, page.table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    for name in KEY_COLUMNS:
        column = page.model.COLUMNS.index(name)
        whole = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= whole, name  # not cut to "Inden…"
    # The detail pane leaves the table most of the window, whether a report is shown or not.
    assert page.detail.width() < page.width() * 0.3
    assert page.detail.width() >= 300

    # Wider still (the pane dragged narrower): the columns take the room, still one screen.
    page.split.setSizes([page.split.width() - 320, 320])
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()
