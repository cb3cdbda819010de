"""Home: every survey on the device as a model/view table (no widget per row), searched as you
type by claim or policy number and filtered by status and line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.progress import SurveyProgress
from fieldapp.core.survey import LineOfBusiness, SurveyStatus
from fieldapp.core.timestamps import shown_stored_time, shown_time
from fieldapp.services.progress import progress_of
from fieldapp.store.surveys import SurveyOverview
from fieldapp.ui.names import line_name, needs_summary, status_name
from fieldapp.ui.widgets.retranslating import Retranslating

Index = QModelIndex | QPersistentModelIndex
SURVEY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class SurveyRow:
    """One survey of the list; its progress is worked out when its row is first shown."""

    overview: SurveyOverview
    _progress: SurveyProgress | None = None

    @property
    def survey_id(self) -> str:
        return self.overview.summary.survey_id

    @property
    def progress(self) -> SurveyProgress:
        if self._progress is None:
            self._progress = progress_of(self.overview)
        return self._progress


class SurveyTableModel(QAbstractTableModel):
    COLUMNS = ("claim", "line", "status", "incident", "changed", "photos", "missing")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SurveyRow] = []
        self.sort_column, self.sort_order = 4, Qt.SortOrder.DescendingOrder  # last change

    def replace_rows(self, rows: list[SurveyRow]) -> None:
        self._sort_rows(rows, self.sort_column, self.sort_order)  # before: one filter pass
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

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
            self.tr("Line"),
            self.tr("Status"),
            self.tr("Incident"),
            self.tr("Last change"),
            self.tr("Photos"),
            self.tr("Still missing"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, column)
        if role == SURVEY_ID_ROLE:
            return row.survey_id
        if role == Qt.ItemDataRole.ToolTipRole and column == "missing":
            return needs_summary(row.progress.missing + row.progress.unsigned, shown=50)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "photos":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _shown(self, row: SurveyRow, column: str) -> str:
        summary = row.overview.summary
        if column == "claim":
            return summary.claim_number
        if column == "line":
            return line_name(summary.line_of_business)
        if column == "status":
            revision = f" · r{summary.revision}" if summary.revision > 1 else ""
            return status_name(summary.status) + revision
        if column == "incident":
            return shown_time(summary.incident_at, compact=True)
        if column == "changed":
            return shown_stored_time(summary.updated_at_utc, compact=True)
        if column == "photos":
            return str(len(row.overview.facts.photo_categories))
        missing = needs_summary(row.progress.missing)
        if missing:
            return missing
        unsigned = needs_summary(row.progress.unsigned)  # asked at review, holds up nothing
        if unsigned:
            return self.tr("nothing required; still to sign: %1").replace("%1", unsigned)
        return self.tr("nothing")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, once, in Python: a proxy would ask for each key n·log n times."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(self.rows, column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, rows: list[SurveyRow], column: int, order: Qt.SortOrder) -> None:
        rows.sort(
            key=SORT_KEYS[self.COLUMNS[column]], reverse=order == Qt.SortOrder.DescendingOrder
        )


SORT_KEYS: dict[str, Any] = {
    "claim": lambda r: r.overview.summary.claim_number,
    "line": lambda r: r.overview.summary.line_of_business,
    "status": lambda r: (r.overview.summary.status, r.overview.summary.revision),
    "incident": lambda r: r.overview.summary.incident_at.timestamp(),
    "changed": lambda r: r.overview.summary.updated_at_utc,
    "photos": lambda r: len(r.overview.facts.photo_categories),
    "missing": lambda r: len(r.progress.missing),  # works out every row's progress
}


class SurveyFilter(QSortFilterProxyModel):
    """Claim or policy number as typed (case-insensitive, anywhere), status and line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.status = ""
        self.line = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # the proxy keeps the source's order

    def set_filter(self, *, text: str, status: str, line: str) -> None:
        self.beginFilterChange()
        self.text, self.status, self.line = text.strip().casefold(), status, line
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # type: ignore[override]
        assert isinstance(model, SurveyTableModel)
        self.table_model = model  # read directly: sourceModel() costs a call per row
        super().setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not (self.text or self.status or self.line):
            return True
        overview = self.table_model.rows[source_row].overview
        summary = overview.summary
        if self.status and summary.status != self.status:
            return False
        if self.line and summary.line_of_business != self.line:
            return False
        return not self.text or any(
            self.text in number.casefold()
            for number in (summary.claim_number, overview.policy_number)
        )


class SurveyListPage(Retranslating, QWidget):
    open_survey = Signal(str)
    new_survey = Signal()
    revise_survey = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SurveyTableModel(self)
        self.filtered = SurveyFilter(self)
        self.filtered.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.line = QComboBox()
        self.new_button = QPushButton()
        self.new_button.setProperty("primary", True)
        self.open_button = QPushButton()
        self.revise_button = QPushButton()
        self.table = QTableView()
        self.table.setModel(self.filtered)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        # Sized to the first rows once, then left to the user: measuring every row on each
        # reload is what made a list of thousands slow to fill.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(30)
        self.columns_sized = False
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel()
        self.empty.setProperty("role", "hint")
        self.empty.hide()
        bar = QHBoxLayout()
        for widget in (self.search, self.status, self.line):
            bar.addWidget(widget)
        bar.addStretch()
        for widget in (self.revise_button, self.open_button, self.new_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.search.textChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self.line.currentIndexChanged.connect(self._filter)
        self.new_button.clicked.connect(self.new_survey.emit)
        self.open_button.clicked.connect(self._open_current)
        self.revise_button.clicked.connect(self._revise_current)
        self.table.doubleClicked.connect(lambda index: self._open(index))
        self.table.activated.connect(lambda index: self._open(index))  # Enter
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search claim or policy number"))
        self.search.setAccessibleName(self.tr("Search claim or policy number"))
        statuses = [(s.value, status_name(s.value)) for s in SurveyStatus]
        lines = [(line.value, line_name(line.value)) for line in LineOfBusiness]
        for combo, name, every, choices in (
            (self.status, self.tr("Status"), self.tr("Every status"), statuses),
            (self.line, self.tr("Line of business"), self.tr("Every line"), lines),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, "")
            for value, text in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.setAccessibleName(name)
            combo.blockSignals(False)
        self.new_button.setText(self.tr("New survey"))
        self.new_button.setAccessibleName(self.tr("New survey"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected survey"))
        self.revise_button.setText(self.tr("Revise"))
        self.revise_button.setAccessibleName(self.tr("Revise the selected signed survey"))
        self.table.setAccessibleName(self.tr("Surveys"))
        self.retranslate_empty()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.COLUMNS) - 1)

    def show_rows(self, rows: list[SurveyRow]) -> None:
        current = self.current_survey_id()
        self.model.replace_rows(rows)
        if rows and not self.columns_sized:
            self.table.resizeColumnsToContents()
            self.columns_sized = True
        if current:
            self.select(current)
        self._filtered()  # the proxy filtered the new rows already, with the same filter

    def select(self, survey_id: str) -> None:
        for source_row, row in enumerate(self.model.rows):
            if row.survey_id == survey_id:
                index = self.filtered.mapFromSource(self.model.index(source_row, 0))
                if index.isValid():
                    self.table.selectRow(index.row())
                    self.table.setCurrentIndex(index)
                return

    def current_survey_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(SURVEY_ID_ROLE) if index.isValid() else None

    def current_row(self) -> SurveyRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.filtered.mapToSource(index).row()]

    def _filter(self) -> None:
        self.filtered.set_filter(
            text=self.search.text(),
            status=self.status.currentData() or "",
            line=self.line.currentData() or "",
        )
        self._filtered()

    def _filtered(self) -> None:
        self.empty.setVisible(self.filtered.rowCount() == 0)
        self.retranslate_empty()
        self._enable()

    def retranslate_empty(self) -> None:
        self.empty.setText(
            self.tr("No surveys yet. Start one with “New survey”.")
            if not self.model.rows
            else self.tr("No survey matches the search.")
        )

    def _enable(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.revise_button.setEnabled(
            row is not None and row.overview.summary.status == SurveyStatus.FINISHED.value
        )

    def _open(self, index: QModelIndex) -> None:
        survey_id = index.data(SURVEY_ID_ROLE)
        if survey_id:
            self.open_survey.emit(survey_id)

    def _open_current(self) -> None:
        survey_id = self.current_survey_id()
        if survey_id:
            self.open_survey.emit(survey_id)

    def _revise_current(self) -> None:
        survey_id = self.current_survey_id()
        if survey_id:
            self.revise_survey.emit(survey_id)
