"""Review & sign: what the survey still needs (each entry leads to its step and field), the
handwritten signatures of the surveyor and the insured, and a preview of the report built in the
background by the export's own layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from fieldapp.core.hand_signatures import SignerRole
from fieldapp.core.progress import Need, Step, StepState
from fieldapp.errors import FieldappError
from fieldapp.services.hand_signatures import sign_by_hand
from fieldapp.services.review import ReviewSheet, review_sheet
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.base import StepPage, reveal
from fieldapp.ui.field.steps.review_list import CompletenessList
from fieldapp.ui.field.steps.review_preview import ReportPreviewPane
from fieldapp.ui.field.steps.review_signature import SignaturePanel
from fieldapp.ui.messages import error_text
from fieldapp.ui.operations import with_workspace

NEED_ROLES = {
    "surveyor_signature_missing": SignerRole.SURVEYOR,
    "insured_signature_missing": SignerRole.INSURED,
}


class ReviewStepPage(StepPage):
    step = Step.REVIEW

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.sheet: ReviewSheet | None = None
        self.completeness = CompletenessList()
        self.completeness.chosen.connect(self.go_to_wanted.emit)
        self.frozen_note = QLabel()
        self.frozen_note.setProperty("role", "hint")
        self.frozen_note.setWordWrap(True)
        self.frozen_note.hide()
        self.message = QLabel()
        self.message.setProperty("role", "field-error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.panels = {role: SignaturePanel(role) for role in SignerRole}
        for panel in self.panels.values():
            panel.sign_wanted.connect(self.sign)
            panel.decline_wanted.connect(self.decline)
        self.preview = ReportPreviewPane(context)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.completeness)
        column.addWidget(self.frozen_note)
        column.addWidget(self.message)
        for panel in self.panels.values():
            column.addWidget(panel)
        column.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.scroll.setMinimumWidth(420)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.scroll)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([560, 520])  # at 1366 px: the pads and the list, and a readable page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.retranslate()

    def retranslate(self) -> None:
        self.frozen_note.setText(
            self.tr("This revision is finished: its signatures can no longer change.")
        )

    # --- reading ---------------------------------------------------------------------------

    def show_survey(self, survey_id: str, state: StepState) -> None:
        if survey_id != self.survey_id:
            self.sheet = None
            for panel in self.panels.values():
                panel.box.clear()
                panel.reason.clear()
                panel.clear_errors()
                panel.signing_again = False
        super().show_survey(survey_id, state)
        self.preview.show_survey(survey_id)
        with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: review_sheet(ws, survey_id),
            on_success=self._loaded,
            on_failure=self._failed,
            owner=self,
        )

    def _loaded(self, sheet: ReviewSheet) -> None:
        if sheet.survey_id != self.survey_id:
            return  # another survey was opened meanwhile
        self.sheet = sheet
        self.completeness.show_entries(sheet.entries)
        self.frozen_note.setVisible(not sheet.editable)
        for role, panel in self.panels.items():
            panel.show_signer(
                sheet.names.get(role, ""), sheet.signatures.get(role), editable=sheet.editable
            )
        self.focus_pending()

    def focus_field_for(self, need: Need) -> bool:
        """A missing signature: its pad (or, without an insured party, the note saying so)."""
        if self.sheet is None:
            return False  # still loading: _loaded comes back here
        role = NEED_ROLES.get(need.code)
        if role is not None:
            panel = self.panels[role]
            if panel.pad_shown and panel.box.pad.isEnabled():
                reveal(panel.box.pad)
            elif not panel.again_button.isHidden():
                reveal(panel.again_button)
        return True

    # --- storing ---------------------------------------------------------------------------

    def sign(self, panel: SignaturePanel) -> None:
        self._store(panel, signature=panel.box.signature())

    def decline(self, panel: SignaturePanel) -> None:
        self._store(panel, declined_reason=panel.reason.text())

    def _store(self, panel: SignaturePanel, **given: object) -> None:
        """A single small write, on the UI thread like the consent's: the person waits for it."""
        if not self.survey_id:
            return
        panel.clear_errors()
        self.message.hide()
        try:
            status = sign_by_hand(
                self.context.workspace,
                self.survey_id,
                panel.role,
                **given,  # type: ignore[arg-type]
            )
        except FieldappError as error:
            panel.refused(error)
            return
        panel.stored_now(status)
        if not status.signed:
            panel.reason.clear()
        self.context.changes.changed.emit(self.survey_id)

    def flush(self) -> None:
        """Nothing to store on leaving: a signature, or that the insured does not sign, is an
        act the person confirms with its button; a half-drawn pad or a reason typed and not
        confirmed stays on screen until then."""

    def _failed(self, error: FieldappError) -> None:
        self.message.setText(error_text(error))
        self.message.show()
