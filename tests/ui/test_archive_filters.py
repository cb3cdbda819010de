"""The archive's date bounds: "any date" is a stand-in minimum (1900-01-01) that the calendar
pop-up must not open on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from fieldapp.office.archive import ReportFilter
from fieldapp.ui.office.archive_filters import NO_DATE, ArchiveFilters, DateBound


def open_calendar(qtbot: QtBot, bound: DateBound) -> None:
    """A click on the bound's arrow, as the user opens its calendar."""
    arrow = QPoint(bound.width() - 6, bound.height() // 2)
    qtbot.mouseClick(bound, Qt.MouseButton.LeftButton, pos=arrow)
    qtbot.waitUntil(lambda: bound.calendarWidget().isVisible())


def click_day(qtbot: QtBot, bound: DateBound, day: int) -> None:
    """A click on that day of the month the calendar shows (a day from 15 on is only in it)."""
    view = bound.calendarWidget().findChild(QTableView)
    model = view.model()
    [cell] = [
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if str(model.index(row, column).data()) == str(day)
    ]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())


BOUNDS = ("received_from", "received_to", "incident_from", "incident_to")


@pytest.mark.parametrize("which", BOUNDS)
def test_an_open_bound_opens_its_calendar_on_today_and_a_picked_day_sets_it(
    qtbot: QtBot, which: str
) -> None:
    filters = ArchiveFilters()
    qtbot.addWidget(filters)
    filters.show()
    qtbot.waitExposed(filters)
    bound: DateBound = getattr(filters, which)
    assert bound.date() == NO_DATE and bound.text() == "any date"

    open_calendar(qtbot, bound)
    calendar = bound.calendarWidget()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert bound.iso() is None  # opening it chose nothing
    calendar.window().close()
    assert bound.iso() is None and bound.text() == "any date"  # nor did closing it

    open_calendar(qtbot, bound)
    with qtbot.waitSignal(filters.changed):
        click_day(qtbot, bound, 15)
    assert bound.date() == QDate(today.year(), today.month(), 15)
    assert not calendar.isVisible()
    assert filters.report_filter() != ReportFilter()

    # A chosen date opens its own month, as before.
    bound.set_iso("2026-02-03")
    open_calendar(qtbot, bound)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 2)
    calendar.window().close()
    assert bound.iso() == "2026-02-03"
