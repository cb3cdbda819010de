"""The Safety step: the line's scene-safety checklist, answered item by item, or an emergency
skip with its written reason.

A toggle is stored at once, a note after a pause in typing (and on leaving it or the step),
through ``answer_safety_item``; the core decides what an acceptable answer is (a required item
answered "no" needs its note) and the refusal is shown beside the note.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from fieldapp.core.progress import Need, Step, StepState
from fieldapp.core.survey import Survey
from fieldapp.core.timestamps import shown_time
from fieldapp.errors import FieldappError
from fieldapp.services.field import (
    ChecklistRow,
    answer_safety_item,
    safety_checklist,
    survey_of,
)
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.base import StepNeeds, StepPage, reveal
from fieldapp.ui.field.steps.emergency_skip import EmergencySkipDialog
from fieldapp.ui.field.steps.safety_item import SafetyItemRow
from fieldapp.ui.messages import error_text
from fieldapp.ui.operations import with_workspace
from fieldapp.ui.theme import MIN_TARGET_PX


def offset_time(survey: Survey) -> str:
    skip = survey.emergency_skip
    assert skip is not None
    return shown_time(skip.recorded_at)


class SafetyStepPage(StepPage):
    step = Step.SAFETY

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.survey: Survey | None = None
        self.rows: list[SafetyItemRow] = []
        self.needs = StepNeeds()
        self.skip_banner = QLabel()
        self.skip_banner.setWordWrap(True)
        self.skip_banner.setProperty("role", "emergency")
        self.skip_banner.hide()
        self.skip_button = QPushButton()
        self.skip_button.setMinimumHeight(MIN_TARGET_PX)
        self.skip_button.clicked.connect(self.ask_emergency_skip)
        self.message = QLabel()
        self.message.setProperty("role", "hint")
        self.message.setWordWrap(True)
        self.items = QVBoxLayout()
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.needs)
        inner.addWidget(self.skip_banner)
        inner.addLayout(self.items)
        inner.addWidget(self.message)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.skip_button.setText(self.tr("Emergency — skip the checklist…"))
        self.skip_button.setAccessibleName(self.tr("Emergency: skip the safety checklist"))
        self.needs.retranslate()
        self._draw_skip()

    def _draw_skip(self) -> None:
        survey = self.survey
        skipped = survey is not None and survey.emergency_skip is not None
        self.skip_banner.setVisible(skipped)
        self.skip_button.setVisible(not skipped)
        if survey is not None and survey.emergency_skip is not None:
            self.skip_banner.setText(
                self.tr("<b>Emergency skip recorded</b> at %1. Reason: %2")
                .replace("%1", offset_time(survey))
                .replace("%2", survey.emergency_skip.reason.replace("<", "&lt;"))
            )
            self.skip_banner.setAccessibleName(self.skip_banner.text())

    # --- reading ---------------------------------------------------------------------------

    def show_survey(self, survey_id: str, state: StepState) -> None:
        if survey_id != self.survey_id:
            self.survey = None
            self._set_rows([])
        super().show_survey(survey_id, state)
        self.needs.show_state(state)
        with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: (
                safety_checklist(ws, survey_id),
                survey_of(ws, survey_id),
            ),
            on_success=lambda found: self._loaded(survey_id, *found),
            on_failure=lambda error: self.message.setText(error_text(error)),
            owner=self,
        )

    def _loaded(self, survey_id: str, checklist: list[ChecklistRow], survey: Survey) -> None:
        if survey_id != self.survey_id:
            return  # another survey was opened meanwhile
        self.survey = survey
        if [r.item.item_id for r in self.rows] != [c.item.item_id for c in checklist]:
            self._set_rows([SafetyItemRow(c) for c in checklist])
        else:
            for row, found in zip(self.rows, checklist, strict=True):
                row.show_answer(found.answer)  # a row typed in and not stored keeps its text
        for row in self.rows:
            row.set_editable(not survey.is_frozen)
        self.skip_button.setEnabled(not survey.is_frozen)
        self._draw_skip()
        self.focus_pending()

    def focus_field_for(self, need: Need) -> bool:
        """The checklist item a need names (its row is the keyboard stop for its answers)."""
        if not self.rows or self.survey is None:
            return False  # still loading: _loaded comes back here
        row = next((r for r in self.rows if r.item.item_id == need.subject), None)
        if row is None:
            row = next((r for r in self.rows if r.stored is None), self.rows[0])
        reveal(row)
        return True

    def _set_rows(self, rows: list[SafetyItemRow]) -> None:
        for old in self.rows:
            self.items.removeWidget(old)
            old.deleteLater()
        self.rows = rows
        for row in rows:
            row.store_wanted.connect(self.store)
            self.items.addWidget(row)

    # --- storing ---------------------------------------------------------------------------

    def store(self, row: SafetyItemRow) -> None:
        row.typing.cancel()
        if self.survey is None or self.survey.is_frozen or not row.dirty:
            return
        chosen = row.chosen
        if chosen is None:
            row.note_error.show_error(
                self.tr("Choose yes, no or not applicable: the note is stored with the answer.")
            )
            return
        try:
            answer = answer_safety_item(
                self.context.workspace,
                self.survey_id,
                item_id=row.item.item_id,
                answer=chosen,
                note=row.note.text(),
            )
        except FieldappError as error:
            row.note_error.show_error(error_text(error))  # shown, not stored; the toggle stays
            if not row.note.hasFocus():
                row.note.setFocus()
            return
        row.stored_now(answer)
        self.context.changes.changed.emit(self.survey_id)

    def flush(self) -> None:
        for row in self.rows:
            if row.typing.pending or row.dirty:
                self.store(row)

    def ask_emergency_skip(self) -> None:
        if not self.survey_id:
            return
        dialog = EmergencySkipDialog(self.context, self.survey_id, self)
        dialog.open()
        self.dialog = dialog  # kept for the tests and until it closes
