"""Going to evidence before the safety checklist in an emergency: the written reason is asked
for, stored through the services, and shown in the report."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.field import record_emergency_skip
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.messages import error_text
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating


class EmergencySkipDialog(Retranslating, QDialog):
    recorded = Signal(str)  # the survey id

    def __init__(
        self, context: FieldContext, survey_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.survey_id = survey_id
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.error = FieldError(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setProperty("primary", True)
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Emergency — skip the safety checklist"))
        self.explanation.setText(
            self.tr(
                "Go straight to evidence only when waiting would put people or the evidence at "
                "risk. Write why: the report shows the reason and the time."
            )
        )
        self.reason.setAccessibleName(self.tr("Reason for the emergency skip"))
        self.reason.setPlaceholderText(
            self.tr("e.g. fire spreading to the neighbouring house; fire brigade on site")
        )
        self.ok.setText(self.tr("Record emergency skip"))
        self.ok.setAccessibleName(self.ok.text())
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.cancel.text())

    def record(self) -> None:
        try:
            record_emergency_skip(
                self.context.workspace, self.survey_id, reason=self.reason.toPlainText()
            )
        except FieldappError as error:
            self.error.show_error(error_text(error))  # the reason stays as typed
            self.reason.setFocus()
            return
        self.context.changes.changed.emit(self.survey_id)
        self.recorded.emit(self.survey_id)
        self.accept()
