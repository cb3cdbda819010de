"""The survey's damage items as a model/view table: what, where, how, how bad, what to do, the
valuation method, value and loss (from the core's assessment) and the photos linked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from fieldapp.core.damage import DamageItem, ItemValuation
from fieldapp.ui.field.steps.damage_names import (
    action_name,
    item_field_name,
    method_name,
    money_shown,
    severity_name,
)

Index = QModelIndex | QPersistentModelIndex
DAMAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# What and how much first: at 1366 px the table scrolls, and value and loss must stay in view.
COLUMNS = (
    "description", "value", "loss", "photos", "method", "severity", "action", "area", "kind",
)  # fmt: skip
RIGHT = {"value", "loss", "photos"}


class DamageItemsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[DamageItem] = []
        self.valued: list[ItemValuation] = []
        self.currency = ""

    def show_items(
        self, items: Sequence[DamageItem], valued: Sequence[ItemValuation], currency: str
    ) -> None:
        self.beginResetModel()
        self.items, self.valued, self.currency = list(items), list(valued), currency
        self.endResetModel()

    def row_of(self, damage_id: str) -> int:
        ids = [item.damage_id for item in self.items]
        return ids.index(damage_id) if damage_id in ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "description": self.tr("Item"),
            "area": item_field_name("area"),
            "kind": item_field_name("kind"),
            "severity": item_field_name("severity"),
            "action": self.tr("Action"),
            "method": self.tr("Method"),
            "value": self.tr("Value"),
            "loss": self.tr("Loss"),
            "photos": self.tr("Photos"),
        }[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.items[index.row()], COLUMNS[index.column()]
        if role == DAMAGE_ID_ROLE:
            return item.damage_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        valued = self.valued[index.row()] if index.row() < len(self.valued) else None
        return {
            "description": item.description,
            "area": item.area,
            "kind": item.kind,
            "severity": severity_name(item.severity.value if item.severity else ""),
            "action": action_name(item.action.value if item.action else ""),
            "method": method_name(item.method.value),
            "value": money_shown(valued.value, self.currency) if valued else "",
            "loss": money_shown(valued.loss, self.currency) if valued else "",
            "photos": str(len(item.photo_ids)),
        }[column]


class DamageItemsTable(QTableView):
    """Rows chosen whole, one at a time; read only (the editor beside it edits)."""

    def __init__(self, model: DamageItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(36)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setMinimumHeight(140)


def ask_to_remove(parent: QWidget, description: str, then: Callable[[], None]) -> QMessageBox:
    """Ask before removing an item (No is the default); ``then`` runs on Yes. Window-modal and
    not blocking: the question is answered by click, Enter or Escape."""
    translate = QCoreApplication.translate
    question = QMessageBox(
        QMessageBox.Icon.Question,
        translate("DamageStepPage", "Remove damage item"),
        translate(
            "DamageStepPage", "Remove “%1” from this survey? Its photos stay in the survey."
        ).replace("%1", description),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    question.setDefaultButton(QMessageBox.StandardButton.No)
    question.finished.connect(
        lambda answer: then() if answer == QMessageBox.StandardButton.Yes else None
    )
    question.open()
    return question
