"""The Start step: claim and policy number, incident time and place, description.

Each field is stored through ``edit_survey_start`` as it is typed (after a short pause), at once
on leaving it and when the step is left. A value the core refuses is not stored: the field keeps
what was typed and says why beside it. The line of business is shown, not edited: the safety
checklist and the required photos depend on it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.progress import Need, Step, StepState
from fieldapp.core.survey import Survey
from fieldapp.errors import FieldappError
from fieldapp.services.field import edit_survey_start, survey_of
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.base import StepPage, reveal
from fieldapp.ui.field.steps.start_fields import (
    NotANumber,
    StartField,
    degrees,
    degrees_or_none,
    offset_text,
)
from fieldapp.ui.messages import error_text
from fieldapp.ui.names import line_name
from fieldapp.ui.operations import with_workspace
from fieldapp.ui.widgets.autosave import Debounced, on_focus_out
from fieldapp.ui.widgets.retranslating import FieldError

TIME_FORMAT = "yyyy-MM-dd HH:mm"


class StartStepPage(StepPage):
    step = Step.START

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.survey: Survey | None = None
        self._writes = 0  # a reading started before a write is stale when it arrives
        self.claim = QLineEdit()
        self.policy = QLineEdit()
        self.line = QLabel()
        self.line_hint = QLabel()
        self.occurred_at = QDateTimeEdit()
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setDisplayFormat(TIME_FORMAT)
        self.offset = QLabel()
        self.recorded_offset = QLabel()
        self.address = QPlainTextEdit()
        self.latitude = QLineEdit()
        self.longitude = QLineEdit()
        self.location_hint = QLabel()
        self.description = QPlainTextEdit()
        for hint in (self.line_hint, self.offset, self.recorded_offset, self.location_hint):
            hint.setProperty("role", "hint")
            hint.setWordWrap(True)
        for box, lines in ((self.address, 3), (self.description, 5)):
            box.setTabChangesFocus(True)  # Tab moves on, as in every other field
            box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
        self.saved = QLabel()
        self.saved.setProperty("role", "hint")
        self.autosave = Debounced(self.store, self)
        self.fields = self._fields()
        self._connect()
        self._build()
        self._set_enabled(False)
        self.retranslate()

    # --- fields ----------------------------------------------------------------------------

    def _fields(self) -> dict[str, StartField]:
        def text_field(name: str, widget: QLineEdit, value: Callable[[Survey], str]) -> StartField:
            return StartField(
                name,
                shown=widget.text,
                show=lambda s: widget.text() != value(s) and widget.setText(value(s)),
                change=lambda: {name: widget.text()},
                error=FieldError(widget),
            )

        def box_field(name: str, box: QPlainTextEdit, value: Callable[[Survey], str]) -> StartField:
            return StartField(
                name,
                shown=box.toPlainText,
                show=lambda s: box.toPlainText() != value(s) and box.setPlainText(value(s)),
                change=lambda: {name: box.toPlainText()},
                error=FieldError(box),
            )

        fields = [
            text_field("claim_number", self.claim, lambda s: s.claim_number),
            text_field("policy_number", self.policy, lambda s: s.policy_number),
            StartField(
                "occurred_at",
                shown=lambda: self.occurred_at.dateTime().toString(TIME_FORMAT),
                show=self._show_time,
                change=lambda: {"occurred_at": self.occurred_at.dateTime().toPython().astimezone()},
                error=FieldError(self.occurred_at),
            ),
            box_field("address", self.address, lambda s: s.incident.address),
            StartField(
                "location",
                shown=lambda: f"{self.latitude.text()} {self.longitude.text()}",
                show=self._show_location,
                change=self._location_change,
                error=FieldError(self.latitude),
            ),
            box_field("description", self.description, lambda s: s.incident.description),
        ]
        return {f.name: f for f in fields}

    def _show_time(self, survey: Survey) -> None:
        local = survey.incident.occurred_at.astimezone()  # shown in this device's time zone
        shown = QDateTime(local.replace(tzinfo=None))
        if shown != self.occurred_at.dateTime():  # the cursor stays where the user left it
            self.occurred_at.setDateTime(shown)

    def _draw_offsets(self) -> None:
        """The offset of the time shown, and the one it was recorded with if that differs."""
        shown = self.occurred_at.dateTime().toPython().astimezone()
        self.offset.setText(
            self.tr("Time in this device's time zone (%1)").replace("%1", offset_text(shown))
        )
        recorded = self.survey.incident.occurred_at if self.survey else None
        elsewhere = recorded is not None and recorded.utcoffset() != shown.utcoffset()
        self.recorded_offset.setVisible(elsewhere)
        if recorded is not None and elsewhere:
            self.recorded_offset.setText(
                self.tr("Recorded as %1 (%2)")
                .replace("%1", recorded.strftime("%Y-%m-%d %H:%M"))
                .replace("%2", offset_text(recorded))
            )

    def _show_location(self, survey: Survey) -> None:
        incident = survey.incident
        for edit, value in (
            (self.latitude, incident.latitude),
            (self.longitude, incident.longitude),
        ):
            text = "" if value is None else f"{value:g}"
            if degrees_or_none(edit.text()) != value:  # "25.0" stays as typed when it is 25
                edit.setText(text)

    def _location_change(self) -> dict[str, Any]:
        return {
            "latitude": degrees(self.latitude.text()),
            "longitude": degrees(self.longitude.text()),
        }

    def _connect(self) -> None:
        for line in (self.claim, self.policy, self.latitude, self.longitude):
            line.textEdited.connect(self.autosave.typed)
            line.editingFinished.connect(self.autosave.now)
        for box in (self.address, self.description):
            box.textChanged.connect(self._box_typed)
            on_focus_out(box, self.autosave.now)
        self.occurred_at.dateTimeChanged.connect(self._time_changed)
        self.occurred_at.editingFinished.connect(self.autosave.now)

    def _box_typed(self) -> None:
        if self.survey is not None and not self._showing:
            self.autosave.typed()

    def _time_changed(self) -> None:
        self._draw_offsets()
        if self.survey is not None and not self._showing:
            self.autosave.typed()

    _showing = False  # set while the page fills its widgets from storage

    # --- layout and words ------------------------------------------------------------------

    def _build(self) -> None:
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()

        def row(key: str, field: QWidget, *below: QWidget) -> None:
            label = QLabel()
            label.setBuddy(field)
            self.labels[key] = label
            column = QVBoxLayout()
            column.addWidget(field)
            for widget in below:
                column.addWidget(widget)
            form.addRow(label, column)

        fields = self.fields
        row("claim_number", self.claim, fields["claim_number"].error)
        row("policy_number", self.policy, fields["policy_number"].error)
        row("line", self.line, self.line_hint)
        row(
            "occurred_at",
            self.occurred_at,
            self.offset,
            self.recorded_offset,
            fields["occurred_at"].error,
        )
        row("address", self.address, fields["address"].error)
        place = QWidget()
        pair = QHBoxLayout(place)
        pair.setContentsMargins(0, 0, 0, 0)
        self.longitude_label = QLabel()
        self.longitude_label.setBuddy(self.longitude)
        pair.addWidget(self.latitude, 1)
        pair.addWidget(self.longitude_label)
        pair.addWidget(self.longitude, 1)
        row("latitude", place, self.location_hint, fields["location"].error)
        self.labels["latitude"].setBuddy(self.latitude)
        row("description", self.description, fields["description"].error)
        content = QWidget()
        inner = QVBoxLayout(content)
        self.heading = QLabel()
        self.heading.setProperty("role", "survey-title")
        self.heading.setWordWrap(True)
        inner.addWidget(self.heading)
        inner.addLayout(form)
        inner.addWidget(self.saved)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("The claim and the incident. Each change is stored as you type.")
        )
        names = {
            "claim_number": self.tr("Claim number"),
            "policy_number": self.tr("Policy number"),
            "line": self.tr("Line of business"),
            "occurred_at": self.tr("Incident time"),
            "address": self.tr("Address"),
            "latitude": self.tr("Latitude"),
            "description": self.tr("Description"),
        }
        for key, name in names.items():
            self.labels[key].setText(name)
        self.longitude_label.setText(self.tr("Longitude"))
        widgets = {
            "claim_number": self.claim,
            "policy_number": self.policy,
            "line": self.line,
            "occurred_at": self.occurred_at,
            "address": self.address,
            "latitude": self.latitude,
            "description": self.description,
        }
        for key, widget in widgets.items():
            widget.setAccessibleName(names[key])
        self.longitude.setAccessibleName(self.tr("Longitude"))
        self.latitude.setPlaceholderText(self.tr("e.g. 25.0330"))
        self.longitude.setPlaceholderText(self.tr("e.g. 121.5654"))
        self.location_hint.setText(
            self.tr("Optional: degrees (WGS-84), both or neither; south and west are negative.")
        )
        self.address.setPlaceholderText(self.tr("Where it happened"))
        self.description.setPlaceholderText(self.tr("How the loss happened, in your words"))
        self.line_hint.setText(
            self.tr(
                "Fixed once the survey is started: the safety checklist and the required "
                "photos depend on it. For another line, start a new survey."
            )
        )
        if self.survey is not None:
            self._show_words(self.survey)

    def _show_words(self, survey: Survey) -> None:
        self.line.setText(line_name(survey.line_of_business))
        self.line.setAccessibleName(f"{self.tr('Line of business')}: {self.line.text()}")
        self._draw_offsets()
        if survey.is_frozen:
            self.saved.setText(
                self.tr(
                    "This revision is signed and cannot change. To correct it, choose "
                    "“Revise” in the survey list."
                )
            )

    # --- reading and storing ---------------------------------------------------------------

    def show_survey(self, survey_id: str, state: StepState) -> None:
        if survey_id != self.survey_id:
            self.autosave.cancel()
            self.survey = None
            self._set_enabled(False)
            for field in self.fields.values():
                field.stored = None
                field.error.clear_error()
            self.saved.setText("")
        super().show_survey(survey_id, state)
        writes = self._writes
        with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: survey_of(ws, survey_id),
            on_success=lambda survey: self._loaded(survey, writes),
            on_failure=lambda error: self.saved.setText(error_text(error)),
            owner=self,
        )

    def _loaded(self, survey: Survey, writes: int) -> None:
        if survey.survey_id != self.survey_id or writes != self._writes:
            return  # another survey is shown, or this reading is older than a write
        self.survey = survey
        self._showing = True
        try:
            for field in self.fields.values():
                if field.dirty or field.error.text():
                    continue  # typed and not stored yet: what the user typed stays
                field.show(survey)
                field.stored = field.shown()
        finally:
            self._showing = False
        self._show_words(survey)
        self._set_enabled(not survey.is_frozen)

    def focus_field_for(self, need: Need) -> bool:
        """The start's fields by the name a need gives (the claim number when it names none)."""
        fields: dict[str, QWidget] = {
            "claim_number": self.claim,
            "policy_number": self.policy,
            "occurred_at": self.occurred_at,
            "address": self.address,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "description": self.description,
        }
        reveal(fields.get(need.subject, self.claim))
        return True

    def flush(self) -> None:
        self.autosave.now()

    def store(self) -> None:
        """Store every field whose text differs from what was stored, each on its own, so that
        one refused value does not hold back the others."""
        if self.survey is None or self.survey.is_frozen:
            return
        written = False
        for field in self.fields.values():
            if not field.dirty:
                field.error.clear_error()  # back to what is stored: nothing is refused
                continue
            shown = field.shown()
            try:
                change = field.change()
                edit_survey_start(self.context.workspace, self.survey_id, **change)
            except NotANumber:
                field.error.show_error(
                    self.tr("Latitude and longitude are numbers of degrees, e.g. 25.0330.")
                )
                continue
            except FieldappError as error:
                field.error.show_error(error_text(error))
                continue
            field.stored = shown
            field.error.clear_error()
            written = True
        if written:
            self._writes += 1
            self.saved.setText(
                self.tr("Stored at %1.").replace("%1", datetime.now().strftime("%H:%M:%S"))
            )
            self.context.changes.changed.emit(self.survey_id)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.claim,
            self.policy,
            self.occurred_at,
            self.address,
            self.latitude,
            self.longitude,
            self.description,
        ):
            widget.setEnabled(enabled)
