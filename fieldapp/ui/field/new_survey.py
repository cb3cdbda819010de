"""Starting a survey: claim number, line of business and incident time (now, in this device's
time zone, by default; the offset shown). The rest is filled in on the Start step."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.survey import LineOfBusiness
from fieldapp.core.timestamps import local_now
from fieldapp.errors import FieldappError
from fieldapp.services.field import start_survey
from fieldapp.services.privacy import identity_of
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.messages import error_text
from fieldapp.ui.names import line_name
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating


class NewSurveyDialog(Retranslating, QDialog):
    started = Signal(str)  # the new survey's id

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.claim = QLineEdit()
        self.line = QComboBox()
        for line in LineOfBusiness:
            self.line.addItem("", line.value)
        self.occurred_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.offset = QLabel()
        self.offset.setProperty("role", "hint")
        self.error = FieldError(self.claim)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setProperty("primary", True)
        self.buttons.accepted.connect(self.start)
        self.setMinimumWidth(480)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(
            self.labels, (self.claim, self.line, self.occurred_at), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.offset)
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New survey"))
        names = [self.tr("Claim number"), self.tr("Line of business"), self.tr("Incident time")]
        for label, name, field in zip(
            self.labels, names, (self.claim, self.line, self.occurred_at), strict=True
        ):
            label.setText(name)
            field.setAccessibleName(name)
        for index in range(self.line.count()):
            self.line.setItemText(index, line_name(self.line.itemData(index)))
        offset = local_now().strftime("%z")
        self.offset.setText(
            self.tr("Time in this device's time zone (UTC%1)").replace(
                "%1", f"{offset[:3]}:{offset[3:]}"
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start survey"))
        ok.setAccessibleName(self.tr("Start survey"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))

    def start(self) -> None:
        workspace = self.context.workspace
        identity = identity_of(workspace)
        surveyor = identity.summary().surveyor if identity.exists() else ""
        occurred = self.occurred_at.dateTime().toPython().astimezone()
        try:
            survey = start_survey(
                workspace,
                claim_number=self.claim.text().strip(),
                line_of_business=self.line.currentData(),
                occurred_at=occurred,
                surveyor=surveyor or self.tr("surveyor"),
            )
        except FieldappError as error:
            self.error.show_error(error_text(error))
            return
        self.context.changes.listed.emit()
        self.started.emit(survey.survey_id)
        self.accept()
