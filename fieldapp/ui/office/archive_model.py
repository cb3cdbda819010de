"""The archive table: holds the keys of every matching survey (read in the background, in the
order asked) and the rows of the pages fetched so far. The view asks for more as it scrolls
(canFetchMore/fetchMore); each page is read by a background operation, never on the UI thread,
and there is no widget per row."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from fieldapp.core.timestamps import shown_stored_time
from fieldapp.errors import FieldappError
from fieldapp.office.archive import ReportFilter
from fieldapp.office.archive_listing import PAGE_ROWS, Listing, archive_listing, archive_rows
from fieldapp.ui.names import line_name
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.operations import Operation, with_office

Index = QModelIndex | QPersistentModelIndex
REPORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's report_sha256
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CELLS = "_cells"  # a fetched row's texts as shown, kept with it
_ROLES_ANSWERED = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole,
    REPORT_ROLE,
}


class ArchiveModel(QAbstractTableModel):
    COLUMNS = (
        "claim",
        "policy",
        "line",
        "incident",
        "received",
        "surveyor",
        "device",
        "indemnity",
        "photos",
        "revision",
    )
    listed = Signal()  # a new listing (filter or sort) is shown
    failed = Signal(object)  # a FieldappError from a background read

    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.keys: list[str] = []  # each report's SHA-256
        self.rows: list[dict[str, Any]] = []
        self.where = ReportFilter()
        self.sort_column, self.descending = "received", True
        self.loading = False  # a listing is being read: the table shows the last one meanwhile
        self._generation = 0  # answers to an older filter or sort are dropped
        self._page: Operation[list[dict[str, Any]]] | None = None

    # The listing --------------------------------------------------------------------------

    def reload(self, where: ReportFilter | None = None) -> None:
        """Read the keys and first page for ``where`` (or the current filter) in the
        background; the table shows the previous listing until it arrives."""
        if where is not None:
            self.where = where
        self._generation += 1
        generation, chosen = self._generation, self.where
        sort, descending = self.sort_column, self.descending
        self.loading = True
        with_office(
            self.context.office,
            lambda office, progress, cancelled: archive_listing(
                office.db, chosen, sort=sort, descending=descending
            ),
            on_success=lambda listing: self._show(generation, listing),
            on_failure=lambda error: self._fail(generation, error),
            owner=self,
        )

    def _show(self, generation: int, listing: Listing) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.keys, self.rows = listing.keys, listing.first_page
        self._page = None
        self.endResetModel()
        self.loading = False
        self.listed.emit()

    def _fail(self, generation: int, error: FieldappError) -> None:
        if generation == self._generation:
            self.loading = False
            self._page = None
            self.failed.emit(error)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database over every matching survey, not only the pages fetched."""
        self.sort_column = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # Paging -------------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._page is None and len(self.rows) < len(self.keys)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        generation = self._generation
        wanted = self.keys[len(self.rows) : len(self.rows) + PAGE_ROWS]
        self._page = with_office(
            self.context.office,
            lambda office, progress, cancelled: archive_rows(office.db, wanted),
            on_success=lambda rows: self._append(generation, rows),
            on_failure=lambda error: self._fail(generation, error),
            owner=self,
        )

    def _append(self, generation: int, rows: list[dict[str, Any]]) -> None:
        if generation != self._generation:
            return
        self._page = None
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    @property
    def fetching(self) -> bool:
        return self.loading or self._page is not None

    # What the view shows ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Claim"),
            self.tr("Policy"),
            self.tr("Line"),
            self.tr("Incident"),
            self.tr("Received"),
            self.tr("Surveyor"),
            self.tr("Device"),
            self.tr("Indemnity"),
            self.tr("Photos"),
            self.tr("Revision"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for about ten roles per visible cell on every paint: unasked roles leave first.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = row.get(_CELLS)
            if cells is None:  # worked out once per row, not on every paint
                cells = row[_CELLS] = [shown(row, column) for column in self.COLUMNS]
            return cells[index.column()]
        column = self.COLUMNS[index.column()]
        if role == REPORT_ROLE:
            return row["report_sha256"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in ("indemnity", "photos") else None
        if column == "device":  # its tooltip
            return row["device_fingerprint"]
        if column in ("policy", "incident"):  # cut in a narrow table: shown whole on hover
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def retranslate(self) -> None:
        """The line names in the cells kept with each row are in the old language."""
        for row in self.rows:
            row.pop(_CELLS, None)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def report_at(self, row: int) -> dict[str, Any] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, report_sha256: str) -> int:
        for number, row in enumerate(self.rows):
            if row["report_sha256"] == report_sha256:
                return number
        return -1


def shown(row: dict[str, Any], column: str) -> str:
    """A cell as the table shows it (also what the tests compare)."""
    if column == "claim":
        return str(row["claim_number"])
    if column == "policy":
        return str(row["policy_number"] or "")
    if column == "line":
        return line_name(row["line_of_business"])
    if column == "incident":
        return moment_text(row["incident_at"], compact=True)  # in the offset where it happened
    if column == "received":
        return moment_text(row["received_at_utc"], local=True, compact=True)
    if column == "surveyor":
        return str(row["surveyor"] or "")
    if column == "device":
        return str(row["device_name"] or row["device_fingerprint"][:11])
    if column == "indemnity":
        return f"{Decimal(row['indemnity']):,.2f} {row['currency']}"
    if column == "photos":
        return str(row["photo_count"])
    return f"r{row['revision']}"


def moment_text(iso: str | None, *, local: bool = False, compact: bool = False) -> str:
    """A time with its offset, as everywhere in the app; ``local`` turns UTC into the desk's,
    ``compact`` is a table column's form."""
    return shown_stored_time(iso, local=local, compact=compact, none="—")
