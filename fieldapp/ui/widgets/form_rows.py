"""A form's fields by name, each with its label and the error beside it, laid out in one or
more columns of label-and-field pairs; only the fields the record's kind asks for (a valuation
method, a line of business) are laid out, in their order, with no gaps."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from fieldapp.ui.widgets.retranslating import FieldError


class FormRows:
    def __init__(self, layout: QGridLayout, *, columns: int = 1) -> None:
        self.layout = layout
        self.columns = columns
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}
        self._boxes: dict[str, QWidget] = {}
        self._shown: list[str] = []
        for column in range(columns):
            layout.setColumnStretch(2 * column + 1, 1)

    def add(self, name: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 8, 0, 0)  # level with the field's text, above its error
        error = FieldError(widget)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.widgets[name], self.labels[name], self.errors[name] = widget, label, error
        self._boxes[name] = box
        self.show_only([*self._shown, name])

    def set_label(self, name: str, text: str) -> None:
        self.labels[name].setText(text)
        self.widgets[name].setAccessibleName(text)

    def show_only(self, names: Iterable[str]) -> None:
        """Lay out these fields (in the order they were added); hide the others."""
        wanted = set(names)
        self._shown = [name for name in self._boxes if name in wanted]
        for name in self._boxes:
            self.layout.removeWidget(self.labels[name])
            self.layout.removeWidget(self._boxes[name])
        for place, name in enumerate(self._shown):
            row, column = divmod(place, self.columns)
            self.layout.addWidget(self.labels[name], row, 2 * column)
            self.layout.addWidget(self._boxes[name], row, 2 * column + 1)
        # Rows keep their height; any room left goes below the last one.
        rows = -(-len(self._shown) // self.columns)
        for row in range(len(self._boxes) + 1):
            self.layout.setRowStretch(row, 1 if row == rows else 0)
        # Shown only once in the layout (parented): a parentless widget shown is a window.
        for name in self._boxes:
            self.labels[name].setHidden(name not in wanted)
            self._boxes[name].setHidden(name not in wanted)

    def is_shown(self, name: str) -> bool:
        return name in self._shown

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """The errors given, each beside its field; every other field's error cleared."""
        for name, error in self.errors.items():
            error.show_error(errors.get(name, ""))

    def error_of(self, name: str) -> str:
        error = self.errors[name]
        return "" if error.isHidden() else error.text()
