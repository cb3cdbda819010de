"""Archive: every archived survey (latest revision) in a paged table with filters and sortable
columns, one report's details beside it, and the current filter exported as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.office.archive import latest_reports, write_csv
from fieldapp.office.archive_detail import ReportDetail, report_detail, report_thumbnails
from fieldapp.office.archive_files import read_archived
from fieldapp.office.archive_listing import archive_choices
from fieldapp.ui.messages import error_text
from fieldapp.ui.office.archive_detail import ArchiveDetailPane
from fieldapp.ui.office.archive_filters import ArchiveFilters
from fieldapp.ui.office.archive_model import REPORT_ROLE, ArchiveModel
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.pages import OfficePage
from fieldapp.ui.operations import with_office
from fieldapp.ui.widgets.fitted_columns import FittedColumns
from fieldapp.ui.widgets.system_viewer import NotOpenedNote, UrlOpener

RECEIVED_COLUMN = ArchiveModel.COLUMNS.index("received")
ELASTIC_COLUMNS = ("policy", "incident", "device")


class ArchivePage(OfficePage):
    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ArchiveModel(context, self)
        self.filters = ArchiveFilters()
        self.count = QLabel()
        self.message = QLabel()
        self.message.setProperty("role", "field-error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.not_opened = NotOpenedNote()  # the PDF's path when no viewer took it
        self.open_url: UrlOpener = QDesktopServices.openUrl  # a test gives its own
        self.export_button = QPushButton()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: nothing is measured per row as pages arrive.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(20)  # the widths from the rows in sight, not all 200
        # Every column fitted to its texts; when the table is too narrow for them all, the
        # policy number, incident time and device name are cut first (their tooltips hold
        # them), so claim, line, received, surveyor, indemnity, photos and revision stay in
        # sight at 1366 px without scrolling sideways.
        self.columns = FittedColumns(
            self.table, elastic=[ArchiveModel.COLUMNS.index(c) for c in ELASTIC_COLUMNS]
        )
        self.detail = ArchiveDetailPane(context.preferences)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.table)
        self.split.addWidget(self.detail)
        # The pane keeps its own width (its labels and values wrap); the table takes the rest
        # of a wider window. The user can drag the handle for more of either.
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)
        self.split.setChildrenCollapsible(False)
        self.filters.actions_row.addWidget(self.count)
        self.filters.actions_row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.message)
        layout.addWidget(self.not_opened)
        layout.addWidget(self.split, 1)
        self.shown_report: str | None = None  # what the detail pane shows (or is loading)
        # The listed report whose row is selected: the pane shows it or one of its revisions.
        self.chosen_row: str | None = None
        self.filters.changed.connect(self.apply_filters)
        self.model.listed.connect(self._listed)
        self.model.failed.connect(self._failed)
        self.model.rowsInserted.connect(lambda *_: self._count())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.open_revision.connect(self.show_report)
        self.detail.open_pdf.connect(self.open_pdf)
        self.export_button.clicked.connect(self._ask_csv)
        # Ctrl+F finds a claim from anywhere on the page; Tab walks filters, table and pane.
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._find)
        context.changes.imported.connect(self.refresh)
        context.changes.trust_changed.connect(self.refresh)
        header.setSortIndicator(RECEIVED_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: reads the listing once
        self._read_choices()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Archive")

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the filtered surveys as CSV"))
        self.table.setAccessibleName(self.tr("Archived surveys"))
        self.split.setAccessibleName(self.tr("Archived surveys and the chosen report"))
        self.model.retranslate()
        if self.model.rows:  # the headers and line names have other widths in other words
            self.columns.measure()
        self._count()

    # Listing ------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.model.reload(self.filters.report_filter())

    def refresh(self) -> None:
        """Reports landed or trust changed: the same filter and sort read again."""
        self.model.reload()
        self._read_choices()
        if self.shown_report:
            self.show_report(self.shown_report)

    def _find(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _read_choices(self) -> None:
        with_office(
            self.context.office,
            lambda office, progress, cancelled: archive_choices(office.db),
            on_success=self.filters.set_choices,
            on_failure=self._failed,
            owner=self,
        )

    def _listed(self) -> None:
        self.message.hide()
        if self.model.rows and not self.columns.wanted:  # measured on the first page, once
            self.columns.measure()
        self._count()
        row = self.model.row_of(self.chosen_row) if self.chosen_row else -1
        if row >= 0:  # the chosen report stays selected (and shown) while it is listed
            self.table.selectRow(row)
        elif self.shown_report is not None:  # the pane never shows a report not selected
            self.table.clearSelection()
            self.chosen_row = self.shown_report = None
            self.detail.show_detail(None)

    def _count(self) -> None:
        total = len(self.model.keys)
        if total == 0 and not self.model.loading:
            self.count.setText(
                self.tr("No report matches the filters.")
                if self.filters.active()
                else self.tr("The archive is empty. Import reports on the import desk.")
            )
            return
        text = self.tr("Reports: %1").replace("%1", f"{total:,}")
        if len(self.model.rows) < total:
            text += " · " + self.tr("%1 read so far; scroll for more").replace(
                "%1", f"{len(self.model.rows):,}"
            )
        self.count.setText(text)

    def _failed(self, error: FieldappError) -> None:
        self.message.setText(error_text(error))
        self.message.show()

    # Detail -------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        report = current.data(REPORT_ROLE) if current.isValid() else None
        if report and report != self.chosen_row:
            self.chosen_row = report
            self.show_report(report)

    def show_report(self, report_sha256: str) -> None:
        """Read one report's details, then take its photos out of its PDF, both off the UI
        thread; an answer for a report no longer chosen is dropped."""
        self.shown_report = report_sha256
        self.not_opened.clear()
        data_dir = self.context.office.data_dir
        with_office(
            self.context.office,
            lambda office, progress, cancelled: report_detail(office.db, data_dir, report_sha256),
            on_success=self._detail_read,
            on_failure=self._failed,
            owner=self,
        )

    def _detail_read(self, detail: ReportDetail) -> None:
        sha = detail.report["report_sha256"]
        if sha != self.shown_report:
            return
        self.detail.show_detail(detail)
        with_office(
            self.context.office,
            lambda office, progress, cancelled: report_thumbnails(detail.pdf),
            on_success=lambda thumbnails: self._thumbnails_read(sha, thumbnails),
            on_failure=self._failed,
            owner=self,
        )

    def _thumbnails_read(self, report_sha256: str, thumbnails: list[bytes]) -> None:
        if report_sha256 == self.shown_report:
            self.detail.show_thumbnails(thumbnails)

    def open_pdf(self) -> None:
        """The archived file goes to the system viewer only once its bytes match the SHA-256 it
        is archived under (a share may lose or change it); checked off the UI thread."""
        if self.detail.detail is None:
            return
        pdf = self.detail.detail.pdf
        self.not_opened.clear()
        with_office(
            self.context.office,
            lambda office, progress, cancelled: read_archived(pdf) and pdf,
            on_success=lambda checked: self.not_opened.open_path(checked, self.open_url),
            on_failure=self._failed,
            owner=self,
        )

    # CSV ----------------------------------------------------------------------------------

    def _ask_csv(self) -> None:
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), str(Path.home() / "archive.csv"), "CSV (*.csv)"
        )
        if out:
            self.export_csv(Path(out))

    def export_csv(self, out: Path) -> None:
        """The surveys of the current filter, as `fieldapp office export-csv` writes them."""
        where = self.filters.report_filter()
        self.export_button.setEnabled(False)
        with_office(
            self.context.office,
            lambda office, progress, cancelled: write_csv(latest_reports(office.db, where), out),
            on_success=lambda count: self._exported(out, count),
            on_failure=self._export_failed,
            owner=self,
        )

    def _exported(self, out: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self.count.setText(
            self.tr("CSV written to %1; surveys in it: %2")
            .replace("%1", str(out))
            .replace("%2", f"{count:,}")
        )

    def _export_failed(self, error: FieldappError) -> None:
        self.export_button.setEnabled(True)
        self._failed(error)
