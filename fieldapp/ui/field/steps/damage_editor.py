"""The editor of one damage item: what is damaged and why it belongs to this incident, the
figures its valuation method needs and no others (the core's rule, asked of the services each
time the method changes), and the photos that show it, ticked on their thumbnails.

It holds what is typed and says when: ``typed`` on each keystroke (the page debounces), ``left``
when a field is left, a choice is made or a photo is ticked (the page stores at once).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.damage import DamageItem
from fieldapp.services.damage_forms import item_form_fields
from fieldapp.ui.field.steps.damage_names import (
    action_name,
    amount_typed,
    item_field_name,
    method_name,
    repair_line_name,
    severity_name,
)
from fieldapp.ui.widgets.form_rows import FormRows
from fieldapp.ui.widgets.photo_picker import PhotoPicker
from fieldapp.ui.widgets.retranslating import Retranslating

PARAGRAPHS = ("causal_link", "depreciation_basis", "appraisal_basis")
CHOICES = {
    "severity": (("", "minor", "moderate", "severe", "total"), severity_name),
    "action": (("", "repair", "replace"), action_name),
    "method": (
        ("replacement_cost", "market_value", "book_value", "expert_appraisal"),
        method_name,
    ),
    "repair_line": (("item", "part", "labour", "paint"), repair_line_name),
}
ORDER = (
    "description", "area", "kind", "severity", "action", "causal_link", "method", "repair_line",
    "quantity", "unit_cost", "depreciation_percent", "depreciation_basis", "assessed_value",
    "appraiser", "appraisal_basis", "salvage",
)  # fmt: skip


class DamageItemEditor(Retranslating, QWidget):
    typed = Signal()  # a keystroke in a text field
    left = Signal()  # a field was left
    chosen = Signal()  # a choice was made or a photo ticked: a change, stored at once

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_of_business = "property"
        self.damage_id = ""
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        fields = QWidget()  # the grid has its widget before fields join it (no stray windows)
        self.rows = FormRows(QGridLayout(fields))
        for name in ORDER:
            self.rows.add(name, self._make(name))
        self.photos = PhotoPicker()
        self.photos.toggled.connect(self.chosen.emit)
        self.photos_label = QLabel()
        self.photos_label.setBuddy(self.photos)
        self.no_photos = QLabel()
        self.no_photos.setProperty("role", "hint")
        self.no_photos.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(fields)
        layout.addWidget(self.photos_label)
        layout.addWidget(self.no_photos)
        layout.addWidget(self.photos)
        self.retranslate()
        self._show_method_fields()

    def _make(self, name: str) -> QWidget:
        if name in CHOICES:
            combo = QComboBox()
            for code in CHOICES[name][0]:
                combo.addItem("", code)
            combo.activated.connect(lambda _=0, name=name: self._chosen(name))
            return combo
        if name in PARAGRAPHS:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)  # Tab moves on, as in every other field
            text.setFixedHeight(64)
            text.textChanged.connect(self.typed.emit)
            text.installEventFilter(self)
            return text
        line = QLineEdit()
        line.textChanged.connect(lambda _text: self.typed.emit())  # typed or inserted
        line.editingFinished.connect(self.left.emit)
        return line

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.left.emit()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        for name in ORDER:
            self.rows.set_label(name, item_field_name(name))
            if name in CHOICES:
                combo = self.rows.widgets[name]
                assert isinstance(combo, QComboBox)
                namer = CHOICES[name][1]
                for index in range(combo.count()):
                    combo.setItemText(index, namer(combo.itemData(index)))
        self.rows.widgets["unit_cost"].setPlaceholderText(self.tr("e.g. 1,234.50"))  # type: ignore[attr-defined]
        self.rows.widgets["causal_link"].setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("What links this damage to the incident (marks, height of water, traces…)")
        )
        self.photos_label.setText(item_field_name("photos"))
        self.photos.setAccessibleName(self.tr("Photos of the survey: tick those showing this item"))
        self.no_photos.setText(
            self.tr("The survey has no photos yet; add them in the Photos step.")
        )

    # --- what the page asks ------------------------------------------------------------------

    def load(self, item: DamageItem | None, *, damage_id: str, line_of_business: str) -> None:
        """Show a stored item, or an empty new one (``item`` None) that will get ``damage_id``."""
        self.damage_id, self.line_of_business = damage_id, line_of_business
        values = _form_values(item) if item else {"method": "replacement_cost", "quantity": "1"}
        for name in ORDER:
            self._set(name, values.get(name, ""))
        self.photos.set_checked(item.photo_ids if item else ())
        self.rows.show_errors({})
        self._show_method_fields()

    def values(self) -> dict[str, str]:
        """Every field as typed (the services read those the method uses)."""
        found: dict[str, str] = {}
        for name in ORDER:
            widget = self.rows.widgets[name]
            if isinstance(widget, QComboBox):
                found[name] = str(widget.currentData() or "")
            elif isinstance(widget, QPlainTextEdit):
                found[name] = widget.toPlainText()
            else:
                assert isinstance(widget, QLineEdit)
                found[name] = widget.text()
        return found

    def photo_ids(self) -> list[str]:
        return self.photos.checked_ids()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.rows.show_errors(errors)

    def field(self, name: str) -> QWidget:
        return self.rows.widgets[name]

    def show_heading(self, damage_id: str, *, new: bool) -> None:
        if not damage_id:
            text = self.tr("No item chosen. Add one with Insert or “Add item”.")
        elif new:
            text = self.tr(
                "New item: stored as soon as its description, causal link and value are valid."
            )
        else:
            text = self.tr("Item %1: each change is stored as you type.").replace(
                "%1", damage_id[:8]
            )
        self.heading.setText(text)

    def set_editable(self, editable: bool) -> None:
        for widget in self.rows.widgets.values():
            widget.setEnabled(editable)
        self.photos.setEnabled(editable)

    def show_photo_count(self, count: int) -> None:
        self.no_photos.setVisible(count == 0)
        self.photos.setVisible(count > 0)

    # --- inside ------------------------------------------------------------------------------

    def _set(self, name: str, value: str) -> None:
        widget = self.rows.widgets[name]
        widget.blockSignals(True)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(value)
        widget.blockSignals(False)

    def _chosen(self, name: str) -> None:
        if name == "method":
            self._show_method_fields()
        self.chosen.emit()

    def _show_method_fields(self) -> None:
        method = self.values()["method"]
        self.rows.show_only(item_form_fields(method, line_of_business=self.line_of_business))


def _form_values(item: DamageItem) -> dict[str, str]:
    return {
        "description": item.description,
        "area": item.area,
        "kind": item.kind,
        "severity": item.severity.value if item.severity else "",
        "action": item.action.value if item.action else "",
        "causal_link": item.causal_link,
        "method": item.method.value,
        "repair_line": item.repair_line.value,
        "quantity": str(item.quantity),
        "unit_cost": amount_typed(item.unit_cost) if item.unit_cost else "",
        "depreciation_percent": str(item.depreciation_percent) if item.depreciation_percent else "",
        "depreciation_basis": item.depreciation_basis,
        "assessed_value": amount_typed(item.assessed_value) if item.assessed_value else "",
        "appraiser": item.appraiser,
        "appraisal_basis": item.appraisal_basis,
        "salvage": amount_typed(item.salvage) if item.salvage else "",
    }
