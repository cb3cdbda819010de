"""The Export step: where the report goes, its language and whether personal data is masked;
the export runs in the background with its stages in words and a Cancel; then the written file,
buttons to open it, and the verdict of every check on the file as written.

Export is the services' all-or-nothing `export_report`: a failure or a Cancel leaves the survey
as it was (not frozen) and no file. A signed revision can be exported again (a new file with the
same data) or revised into the next revision.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.progress import Step, StepState
from fieldapp.errors import FieldappError
from fieldapp.report.verification import ReportVerification
from fieldapp.services.export import ExportResult, export_report, verify_own_report
from fieldapp.services.field import revise_survey
from fieldapp.services.progress import survey_overview_of
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.base import StepNeeds, StepPage
from fieldapp.ui.field.steps.export_destination import ExportDestination
from fieldapp.ui.field.steps.export_result import ExportResultPanel
from fieldapp.ui.messages import error_text
from fieldapp.ui.names import need_text
from fieldapp.ui.operations import Operation, with_workspace
from fieldapp.ui.preferences import REPORT_LANGUAGE
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import FieldError

# Each report language named in itself: whoever reads the report chooses it, not the window.
REPORT_LANGUAGES = (("zh-Hans", "简体中文"), ("zh-Hant", "繁體中文"), ("en", "English"))
STAGES = 5  # export_report's progress: display copies, survey data, layout, signature, done


class ExportStepPage(StepPage):
    step = Step.EXPORT

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.finished_revision: int | None = None  # the survey is signed (frozen) at this one
        self.operation: Operation[ExportResult] | None = None
        self.stage = ""
        self.needs = StepNeeds()
        self.signed = QLabel()
        self.signed.setWordWrap(True)
        self.revise = QPushButton()
        self.revise.setMinimumHeight(MIN_TARGET_PX)
        self.revise.clicked.connect(self.ask_revise)
        self.destination = ExportDestination(context)
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language_label.setBuddy(self.language)
        for code, name in REPORT_LANGUAGES:
            self.language.addItem(name, code)
        remembered = self.language.findData(context.preferences.get(REPORT_LANGUAGE))
        self.language.setCurrentIndex(max(remembered, 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.masked = QRadioButton()
        self.full = QRadioButton()
        self.masked.setChecked(True)  # each export starts masked: full is a choice made each time
        self.redaction = QButtonGroup(self)
        self.redaction.addButton(self.masked)
        self.redaction.addButton(self.full)
        self.export = QPushButton()
        self.export.setProperty("primary", True)
        self.export.setMinimumWidth(260)  # a big target, not a bar across the page
        self.export.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.export.clicked.connect(self.start_export)
        self.cancel = QPushButton()
        self.cancel.setMinimumHeight(MIN_TARGET_PX)
        self.cancel.clicked.connect(self.cancel_export)
        self.cancel.hide()
        # Esc stops a running export from anywhere on the page (its only use here).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel_export)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.progress = QProgressBar()
        self.progress.setRange(0, STAGES)
        self.progress.hide()
        self.error = FieldError(self.export)
        self.result = ExportResultPanel(context.preferences.theme)
        self.full_confirmation = QMessageBox(self)
        self.full_confirmation.setIcon(QMessageBox.Icon.Warning)
        self.confirm_full = self.full_confirmation.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.keep_masked = self.full_confirmation.addButton("", QMessageBox.ButtonRole.RejectRole)
        self.full_confirmation.setDefaultButton(self.keep_masked)  # Enter does not reveal
        self.full_confirmation.finished.connect(self._full_answered)
        self.revise_confirmation = QMessageBox(self)
        self.revise_confirmation.setIcon(QMessageBox.Icon.Question)
        self.confirm_revise = self.revise_confirmation.addButton(
            "", QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_signed = self.revise_confirmation.addButton("", QMessageBox.ButtonRole.RejectRole)
        self.revise_confirmation.finished.connect(self._revise_answered)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        revise_row = QHBoxLayout()
        revise_row.addWidget(self.signed, 1)
        revise_row.addWidget(self.revise, 0, Qt.AlignmentFlag.AlignTop)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        language_row.addStretch()
        actions = QHBoxLayout()
        actions.addWidget(self.export)
        actions.addWidget(self.cancel)
        actions.addWidget(self.progress, 1)
        actions.addStretch()  # takes the room only while the progress bar is hidden
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.needs)
        inner.addLayout(revise_row)
        inner.addWidget(self.destination)
        inner.addLayout(language_row)
        inner.addWidget(self.masked)
        inner.addWidget(self.full)
        inner.addLayout(actions)
        inner.addWidget(self.error)
        inner.addWidget(self.result)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def retranslate(self) -> None:
        self.needs.retranslate()
        self.language_label.setText(self.tr("Report &language"))
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.masked.setText(
            self.tr("&Masked: personal data shortened (for the office and insurer)")
        )
        self.full.setText(self.tr("&Full: personal data as recorded (asks first; logged)"))
        self.export.setText(self.tr("&Export report"))
        self.export.setAccessibleName(self.tr("Export the signed report"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the export"))
        self.revise.setText(self.tr("&Revise…"))
        self.revise.setAccessibleName(self.tr("Open the next revision of this survey"))
        self.full_confirmation.setWindowTitle(self.tr("Export the full report?"))
        self.full_confirmation.setText(
            self.tr(
                "A full report shows the personal data unmasked: names, phone numbers, ID "
                "numbers, registration plates, the full address and the map position of the "
                "incident. Anyone who gets the file can read them. The survey's log records "
                "this export."
            )
        )
        self.confirm_full.setText(self.tr("Export full report"))
        self.keep_masked.setText(self.tr("Cancel"))
        self.revise_confirmation.setWindowTitle(self.tr("Open the next revision?"))
        self.revise_confirmation.setText(
            self.tr(
                "Revision %1 stays as it was signed and sent. Revision %2 opens for changes; it "
                "must be signed and exported again."
            )
            .replace("%1", str(self.finished_revision or ""))
            .replace("%2", str((self.finished_revision or 0) + 1))
        )
        self.confirm_revise.setText(
            self.tr("Open revision %1").replace("%1", str((self.finished_revision or 0) + 1))
        )
        self.keep_signed.setText(self.tr("Cancel"))
        for button in (
            self.masked,
            self.full,
            self.confirm_full,
            self.keep_masked,
            self.confirm_revise,
            self.keep_signed,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
        self._draw_signed()
        self._draw_stage()

    # --- showing the survey ----------------------------------------------------------------

    def show_survey(self, survey_id: str, state: StepState) -> None:
        if survey_id != self.survey_id:
            self.finished_revision = None
            self.error.clear_error()
            self.result.hide()
            self.destination.refresh()
        super().show_survey(survey_id, state)
        self.needs.show_state(state)
        with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: survey_overview_of(ws, survey_id)[0].summary,
            on_success=lambda summary: self._summary_read(survey_id, summary),
            on_failure=lambda error: self.error.show_error(error_text(error)),
            owner=self,
        )

    def _summary_read(self, survey_id: str, summary) -> None:  # type: ignore[no-untyped-def]
        if survey_id != self.survey_id:
            return
        self.finished_revision = summary.revision if summary.status == "finished" else None
        self._draw_signed()

    def _draw_signed(self) -> None:
        signed = self.finished_revision is not None
        self.signed.setVisible(signed)
        self.revise.setVisible(signed)
        if signed:
            self.signed.setText(
                self.tr(
                    "Revision %1 is signed. Exporting it again writes a new file with the same "
                    "data. To change something, revise it: the signed revision stays as sent."
                ).replace("%1", str(self.finished_revision))
            )
            self.signed.setAccessibleName(self.signed.text())

    def flush(self) -> None:
        self.destination.path.editingFinished.emit()  # a typed folder is taken at once

    # --- exporting -------------------------------------------------------------------------

    def start_export(self) -> None:
        """Export as chosen; a full report is confirmed first."""
        if self.operation is not None or not self.survey_id:
            return
        self.flush()
        if self.full.isChecked():
            self.full_confirmation.open()  # not exec(): the window keeps running meanwhile
            return
        self._run_export(full=False)

    def _full_answered(self) -> None:
        if self.full_confirmation.clickedButton() is self.confirm_full:
            self._run_export(full=True)

    def _run_export(self, *, full: bool) -> None:
        survey_id, folder = self.survey_id, self.destination.folder
        language = str(self.language.currentData())
        self.error.clear_error()
        self.result.hide()
        self._running(True)
        self._progressed(0, STAGES, "")
        self.operation = with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: export_report(
                ws,
                survey_id,
                folder=folder,
                language=language,
                full=full,
                progress=progress,
                cancelled=cancelled,
            ),
            on_success=lambda result: self._exported(survey_id, result),
            on_failure=self._export_failed,
            on_progress=self._progressed,
            owner=self,
        )

    def cancel_export(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.cancel.setEnabled(False)
            self.stage = "cancelling"
            self._draw_stage()

    def _running(self, running: bool) -> None:
        for control in (self.destination, self.language, self.masked, self.full, self.revise):
            control.setEnabled(not running)
        self.export.setVisible(not running)
        self.cancel.setVisible(running)
        self.cancel.setEnabled(running)
        self.progress.setVisible(running)
        (self.cancel if running else self.export).setFocus()  # the keyboard follows the action
        if not running:
            self.operation = None

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setValue(done)
        if self.stage != "cancelling":
            self.stage = message
        self._draw_stage()

    def _draw_stage(self) -> None:
        words = {
            "": self.tr("Checking the survey"),
            "display copies": self.tr("Preparing the photos"),
            "survey data": self.tr("Gathering the survey data"),
            "layout": self.tr("Laying out the report"),
            "signature": self.tr("Signing and writing the file"),
            "done": self.tr("Done"),
            "cancelling": self.tr("Cancelling after this stage…"),
        }
        text = words.get(self.stage, self.stage)
        self.progress.setFormat(f"{text} (%v/%m)")
        self.progress.setAccessibleName(text)

    def _exported(self, survey_id: str, result: ExportResult) -> None:
        self._running(False)
        self.stage = ""
        self.result.show_result(result)
        self.context.changes.changed.emit(survey_id)  # signed and exported now
        self.destination.refresh()  # less free space
        with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: verify_own_report(ws, result.path),
            on_success=self._verified,
            on_failure=lambda error: self.result.verification_failed(error_text(error)),
            owner=self,
        )

    def _verified(self, verification: ReportVerification) -> None:
        self.result.show_verification(verification)

    def _export_failed(self, error: FieldappError) -> None:
        self._running(False)
        self.stage = ""
        text = error_text(error)
        if error.code == "survey_incomplete" and self.state is not None:
            text += "\n" + "\n".join(f"• {need_text(n)}" for n in self.state.needs)
            self.needs.needs.hide()  # listed once, in the error, not twice
        self.error.show_error(text)
        if error.code == "export_folder_missing":
            self.destination.refresh()  # the folder's line says it is gone too

    def ask_revise(self) -> None:
        self.retranslate()  # the revision numbers in the question
        self.revise_confirmation.open()

    def _revise_answered(self) -> None:
        if self.revise_confirmation.clickedButton() is self.confirm_revise:
            self._revise()

    def _revise(self) -> None:
        try:
            revise_survey(self.context.workspace, self.survey_id)
        except FieldappError as error:
            self.error.show_error(error_text(error))
            return
        self.result.hide()
        self.context.changes.changed.emit(self.survey_id)

    def _language_chosen(self) -> None:
        self.context.preferences.set(REPORT_LANGUAGE, str(self.language.currentData()))
