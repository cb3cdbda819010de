"""The archive page over a real office folder: reports signed on a device and imported through
the gate, and hundreds more rows for paging. What the table and the detail pane show is compared
with what the office services return for the same filter."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from pytestqt.qtbot import QtBot

from fieldapp.office.archive import ReportFilter, latest_reports
from fieldapp.office.archive_listing import PAGE_ROWS
from fieldapp.ui.i18n import Translations
from fieldapp.ui.office.archive_model import REPORT_ROLE, shown
from fieldapp.ui.office.archive_page import ArchivePage
from fieldapp.ui.office.context import OfficeContext
from tests.conftest import CliRun
from tests.ui.office_archive_fixtures import SignedReports, write_copies


def open_page(qtbot: QtBot, context: OfficeContext) -> ArchivePage:
    page = ArchivePage(context)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: ArchivePage) -> None:
    """Until the page's background reads (listing, filter choices) have come back."""
    qtbot.waitUntil(lambda: not page.model.fetching and not page.filters.pause.isActive())


def claims(page: ArchivePage) -> list[str]:
    return [row["claim_number"] for row in page.model.rows]


def test_the_latest_revisions_are_listed_and_a_report_shows_its_record_and_history(
    qtbot: QtBot, archived: OfficeContext
) -> None:
    page = open_page(qtbot, archived)
    expected = latest_reports(archived.office.db)
    assert claims(page) == [r["claim_number"] for r in expected]  # newest received first
    property_row = page.model.row_of(
        next(r["report_sha256"] for r in expected if r["line_of_business"] == "property")
    )
    model = page.model
    assert model.index(property_row, model.COLUMNS.index("revision")).data() == "r2"
    assert model.index(property_row, model.COLUMNS.index("indemnity")).data().endswith(" CNY")
    assert model.index(property_row, model.COLUMNS.index("device")).data() == "李明的平板"

    page.table.setFocus()
    page.table.selectRow(property_row)
    qtbot.waitUntil(lambda: page.detail.thumbnails is not None)
    text = page.detail.browser.toPlainText()
    claim = (
        expected[0]["claim_number"] if expected[0]["revision"] == 2 else expected[1]["claim_number"]
    )
    assert page.detail.heading.text() == f"{claim} · r2"
    # The verification record: signer from the trusted certificate, fingerprint, each check.
    assert "李明 · 平安财险上海分公司" in text and "李明的平板" in text
    fingerprint = archived.office.trust.devices()[0].fingerprint
    assert all(fingerprint[at : at + 23] in text for at in range(0, 96, 24))  # 4 lines of 8
    assert text.count("✓ holds") == 7
    # Parties masked even though the report was exported masked or in full; assessment steps.
    assert "137****2345" in text and "13712345" not in text
    assert "29,752.00 CNY" in text and "实际损失" in text
    assert "r2 (shown)" in text
    document = page.detail.browser.document()
    assert len(page.detail.thumbnails or []) >= 4
    first = document.resource(
        QTextDocument.ResourceType.ImageResource,
        QUrl(f"thumb-{page.shown_report[:12]}-0"),  # type: ignore[index]
    )
    assert first.width() <= 160 and first.height() > 0

    # The earlier revision opens from its link, with a note that it is superseded.
    earlier = next(r for r in page.detail.detail.revisions if r.revision == 1)  # type: ignore[union-attr]
    page.detail.browser.anchorClicked.emit(QUrl(f"revision:{earlier.report_sha256}"))
    qtbot.waitUntil(lambda: page.detail.heading.text() == f"{claim} · r1")
    assert "An earlier revision: r2 supersedes it." in page.detail.browser.toPlainText()

    viewer = SystemViewer()
    QDesktopServices.setUrlHandler("file", viewer, "open")  # stands where the PDF viewer is
    try:
        page.detail.pdf_button.click()
        qtbot.waitUntil(lambda: len(viewer.opened) == 1)  # once its SHA-256 was checked
        archived_pdf = Path(viewer.opened[0].toLocalFile())
        assert archived_pdf.read_bytes()[:5] == b"%PDF-"
        assert archived_pdf.name == f"{earlier.report_sha256}.pdf"
        # A share that changed the archived file: the viewer is not given it; the page says so.
        archived_pdf.write_bytes(archived_pdf.read_bytes().replace(b"%PDF-", b"%PDF_", 1))
        page.detail.pdf_button.click()
        qtbot.waitUntil(lambda: page.message.isVisible())
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(viewer.opened) == 1
    assert page.message.text().startswith(f"The archived report {archived_pdf.name} does not")
    assert "(its bytes changed)" in page.message.text()


class SystemViewer(QObject):
    """Qt hands it the file URLs the application opens, instead of the desktop's viewer."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_filters_and_sorting_are_the_databases_and_the_csv_is_the_clis(
    qtbot: QtBot, archived: OfficeContext, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write_copies(archived.office.db, 300)
    page = open_page(qtbot, archived)
    filters = page.filters
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert filters.search.hasFocus()
    qtbot.keyClicks(filters.search, "cpy-2026-00015")  # as typed, any case
    settle(qtbot, page)
    assert claims(page) == [f"CPY-2026-00015{n}" for n in range(9, -1, -1)]

    filters.search.setText("2026-00029")
    filters.line.setCurrentIndex(filters.line.findData("property"))
    filters.surveyor.setCurrentIndex(filters.surveyor.findText("王芳"))
    filters.received_from.setDate(QDate(2026, 2, 1))
    filters.received_to.setDate(QDate(2026, 2, 28))
    filters.incident_from.setDate(QDate(2026, 2, 3))
    settle(qtbot, page)
    where = ReportFilter(
        since="2026-02-01",
        until="2026-02-28",
        incident_since="2026-02-03",
        line="property",
        surveyor="王芳",
        number="2026-00029",
    )
    assert filters.report_filter() == where
    expected = [r["claim_number"] for r in latest_reports(archived.office.db, where)]
    assert claims(page) == expected and len(expected) == 3

    # The CSV of the current filter is what `office export-csv` writes for the same filters.
    out = tmp_path / "from-window.csv"
    page.export_csv(out)
    qtbot.waitUntil(lambda: page.export_button.isEnabled() and out.exists())
    cli = CliRun(archived.office.data_dir, capsys)
    code, _, err = cli(
        "office", "export-csv", str(tmp_path / "from-cli.csv"), "--since", "2026-02-01",
        "--until", "2026-02-28", "--incident-since", "2026-02-03", "--line", "property",
        "--surveyor", "王芳", "--number", "2026-00029",
    )  # fmt: skip
    assert code == 0, err
    assert out.read_bytes() == (tmp_path / "from-cli.csv").read_bytes()
    with out.open(encoding="utf-8-sig") as handle:
        assert [row["claim_number"] for row in csv.DictReader(handle)] == expected

    # Sorting by indemnity, highest first: the database orders every match, not one page.
    column = page.model.COLUMNS.index("indemnity")
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    settle(qtbot, page)
    amounts = [float(row["indemnity"]) for row in page.model.rows]
    assert amounts == sorted(amounts, reverse=True) and len(amounts) == 3
    assert page.table.horizontalHeader().sortIndicatorSection() == column

    # The device filter: the real device's reports and the copies share its fingerprint.
    filters.clear()
    device = archived.office.trust.devices()[0].fingerprint
    assert filters.device.findData(device) > 0
    filters.device.setCurrentIndex(filters.device.findData(device))
    settle(qtbot, page)
    assert len(page.model.keys) == 302
    filters.search.setText("没有这样的保单")
    settle(qtbot, page)
    assert page.model.rows == [] and page.count.text() == "No report matches the filters."


def test_scrolling_fetches_pages_until_every_report_is_listed(
    qtbot: QtBot, archived: OfficeContext
) -> None:
    write_copies(archived.office.db, 3 * PAGE_ROWS)
    page = open_page(qtbot, archived)
    total = 3 * PAGE_ROWS + 2
    assert len(page.model.keys) == total and page.model.rowCount() == PAGE_ROWS
    assert "Reports: 602" in page.count.text() and "200 read so far" in page.count.text()
    bar = page.table.verticalScrollBar()
    while page.model.rowCount() < total:
        before = page.model.rowCount()
        bar.setValue(bar.maximum())  # the view asks the model for more at the bottom
        qtbot.waitUntil(lambda: page.model.rowCount() > before)  # noqa: B023
    assert page.count.text() == "Reports: 602"
    keys = [page.model.index(n, 0).data(REPORT_ROLE) for n in range(total)]
    assert len(set(keys)) == total  # no page twice, none missing
    received = [row["received_at_utc"] for row in page.model.rows]
    assert received == sorted(received, reverse=True)
    last = page.model.rows[-1]
    assert shown(last, "claim") == "CPY-2026-000000"


def test_an_import_redraws_the_archive_and_the_page_speaks_chinese(
    qtbot: QtBot,
    office_context: OfficeContext,
    signed_reports: SignedReports,
    translations: Translations,
) -> None:
    from fieldapp.office.importer import import_reports

    page = open_page(qtbot, office_context)
    assert page.title() == "档案"
    assert page.count.text() == "档案为空。请在导入台导入报告。"
    office_context.office.trust.add(signed_reports.certificate)
    import_reports(office_context.office, [signed_reports.motor], settle_seconds=0)
    office_context.changes.imported.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "报案号"
    assert page.model.index(0, page.model.COLUMNS.index("line")).data() == "车险"
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.thumbnails is not None)
    assert "✓ 通过" in page.detail.browser.toPlainText()
