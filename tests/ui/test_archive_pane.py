"""The archive's detail pane keeps in step with the table: it shows the selected row's report
(or a revision of it), its empty state when nothing is selected, and another report from its
top."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from fieldapp.office.archive import latest_reports
from fieldapp.ui.office.archive_page import ArchivePage
from fieldapp.ui.office.context import OfficeContext
from tests.ui.test_office_archive import open_page, settle


def choose(qtbot: QtBot, page: ArchivePage, line: str) -> str:
    """Select the row of the line's report, as a click does; its details and photos shown."""
    sha = next(r["report_sha256"] for r in page.model.rows if r["line_of_business"] == line)
    page.table.setFocus()
    page.table.selectRow(page.model.row_of(sha))
    shown(qtbot, page, sha)
    return sha


def shown(qtbot: QtBot, page: ArchivePage, sha: str) -> None:
    def loaded() -> bool:
        detail = page.detail.detail
        return detail is not None and detail.report["report_sha256"] == sha

    qtbot.waitUntil(lambda: loaded() and page.detail.thumbnails is not None)


def selected(page: ArchivePage) -> list[str]:
    rows = page.table.selectionModel().selectedRows()
    return [page.model.rows[index.row()]["report_sha256"] for index in rows]


def test_filtering_away_the_shown_report_empties_the_pane(
    qtbot: QtBot, archived: OfficeContext
) -> None:
    page = open_page(qtbot, archived)
    motor = choose(qtbot, page, "motor")
    page.filters.search.setText("没有这样的保单")
    settle(qtbot, page)
    assert page.model.rows == []
    assert page.detail.detail is None and page.detail.heading.text() == "No report chosen"
    assert not page.detail.pdf_button.isEnabled()

    # Back to every report: nothing is selected, and choosing one shows it again.
    page.filters.clear()
    settle(qtbot, page)
    assert selected(page) == [] and page.detail.detail is None
    assert choose(qtbot, page, "motor") == motor


def test_the_pane_follows_the_selection_through_csv_export_and_filters(
    qtbot: QtBot, archived: OfficeContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, archived)
    motor = choose(qtbot, page, "motor")
    out = tmp_path / "archive.csv"
    page.export_csv(out)
    qtbot.waitUntil(lambda: page.export_button.isEnabled() and out.exists())
    assert selected(page) == [motor] and page.shown_report == motor

    # A filter that leaves the shown report out: no row is highlighted, so no report shown.
    page.filters.line.setCurrentIndex(page.filters.line.findData("property"))
    settle(qtbot, page)
    assert motor not in [r["report_sha256"] for r in page.model.rows]
    assert selected(page) == [] and page.detail.detail is None
    page.export_csv(tmp_path / "property.csv")
    qtbot.waitUntil(lambda: page.export_button.isEnabled())
    assert page.detail.detail is None

    # A filter that keeps it: it stays selected and shown.
    property_r2 = choose(qtbot, page, "property")
    page.filters.clear()
    settle(qtbot, page)
    assert len(page.model.rows) == len(latest_reports(archived.office.db))
    assert selected(page) == [property_r2] and page.shown_report == property_r2
    assert page.table.currentIndex().row() == page.model.row_of(property_r2)


def test_an_earlier_revision_opens_at_its_top_where_its_note_is(
    qtbot: QtBot, archived: OfficeContext
) -> None:
    page = open_page(qtbot, archived)
    choose(qtbot, page, "property")
    bar = page.detail.browser.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # read down to the revisions
    earlier = next(r for r in page.detail.detail.revisions if r.revision == 1)  # type: ignore[union-attr]
    page.detail.browser.anchorClicked.emit(QUrl(f"revision:{earlier.report_sha256}"))
    shown(qtbot, page, earlier.report_sha256)
    assert bar.value() == 0
    browser = page.detail.browser
    note = browser.document().find("An earlier revision: r2 supersedes it.")
    assert not note.isNull()
    assert browser.viewport().rect().contains(browser.cursorRect(note).center())
    # The table keeps the survey's row selected: the pane shows a revision of it.
    assert selected(page) == [page.detail.detail.revisions[0].report_sha256]  # type: ignore[union-attr]

    # Its thumbnails arriving, or scrolling within it, keep the place.
    bar.setValue(bar.maximum() // 2)
    page.detail.show_thumbnails(page.detail.thumbnails or [])
    assert bar.value() == bar.maximum() // 2
