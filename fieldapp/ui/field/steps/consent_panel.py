"""The privacy notice in plain words in the language the person reads, their answer, and their
handwritten signature: recorded together as one consent record through the services.

Recording consent is an act of the person, with its own time, not an edit of a field: it has its
own button, like signing a form. The services refuse a blank pad; the reason appears beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.timestamps import format_offset
from fieldapp.errors import FieldappError
from fieldapp.services.field import record_consent
from fieldapp.services.parties import ConsentRow, NoticeText, PartiesView, privacy_notice_text
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.i18n import CATALOGUES, LANGUAGE_NAMES
from fieldapp.ui.messages import error_text
from fieldapp.ui.names import consent_answer_name, ui_language
from fieldapp.ui.operations import in_background
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating
from fieldapp.ui.widgets.signature_pad import SignatureBox

SIGNATURE_ERRORS = {"signature_blank", "signature_too_little_ink"}


class ConsentPanel(Retranslating, QWidget):
    recorded = Signal(str)  # the new consent's id

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.survey_id = ""
        self.notice: NoticeText | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.language = QComboBox()
        for language in CATALOGUES:
            self.language.addItem(LANGUAGE_NAMES[language], language)
        self.language.activated.connect(self._language_chosen)
        self._language_picked = False  # until picked, the notice follows the window's language
        self.notice_text = QTextBrowser()
        self.notice_text.setMinimumHeight(100)
        self.notice_text.setMaximumHeight(130)
        self.person = QLineEdit()
        self.person_error = FieldError(self.person)
        self.granted = QRadioButton()
        self.refused = QRadioButton()
        self.answer = QButtonGroup(self)
        self.answer.addButton(self.granted)
        self.answer.addButton(self.refused)
        self.answer_error = FieldError(self.granted)
        self.answer.buttonClicked.connect(lambda _: self.answer_error.clear_error())
        self.sensitive = QCheckBox()
        self._sensitive_offered = False
        self.signature = SignatureBox()
        self.record_button = QPushButton()
        self.record_button.setProperty("primary", True)
        self.record_button.clicked.connect(self.record)
        self.record_error = QLabel()
        self.record_error.setProperty("role", "field-error")
        self.record_error.setWordWrap(True)
        self.record_error.hide()
        self.consents = QListWidget()
        self.consents.setMaximumHeight(90)
        self.labels = {name: QLabel() for name in ("language", "person", "answer", "consents")}
        self._build()
        self.retranslate()

    def _build(self) -> None:
        answers = QHBoxLayout()
        answers.addWidget(self.granted)
        answers.addWidget(self.refused)
        answers.addStretch()
        form = QFormLayout()
        form.addRow(self.labels["language"], self.language)
        form.addRow(self.notice_text)
        form.addRow(self.labels["person"], self.person)
        form.addRow("", self.person_error)
        form.addRow(self.labels["answer"], answers)
        form.addRow("", self.answer_error)
        form.addRow("", self.sensitive)
        self.labels["language"].setBuddy(self.language)
        self.labels["person"].setBuddy(self.person)
        self.labels["answer"].setBuddy(self.granted)
        self.labels["consents"].setBuddy(self.consents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.signature)
        layout.addWidget(self.record_button)
        layout.addWidget(self.record_error)
        layout.addWidget(self.labels["consents"])
        layout.addWidget(self.consents)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("<b>Privacy notice and consent</b>"))
        self.labels["language"].setText(self.tr("Notice &language"))
        self.labels["person"].setText(self.tr("&Person informed"))
        self.labels["answer"].setText(self.tr("Their answer"))
        self.labels["consents"].setText(self.tr("Consents recorded"))
        self.language.setAccessibleName(self.tr("Language of the privacy notice"))
        self.notice_text.setAccessibleName(self.tr("Privacy notice"))
        self.person.setAccessibleName(self.tr("Name of the person informed"))
        self.granted.setText(self.tr("&Granted"))
        self.granted.setAccessibleName(self.tr("Consent granted"))
        self.refused.setText(self.tr("Re&fused"))
        self.refused.setAccessibleName(self.tr("Consent refused"))
        self.sensitive.setText(self.tr("Also covers &sensitive data (ID number)"))
        self.sensitive.setAccessibleName(self.tr("Consent also covers sensitive data"))
        self.record_button.setText(self.tr("Record &consent with signature"))
        self.record_button.setAccessibleName(self.tr("Record the consent with the signature"))
        self.consents.setAccessibleName(self.tr("Consents recorded in this survey"))
        if not self._language_picked:
            self.language.setCurrentIndex(self.language.findData(ui_language()))
            self._load_notice()
        self._draw_consents(getattr(self, "_rows", ()))

    # --- the survey -----------------------------------------------------------------------

    def show_view(self, survey_id: str, view: PartiesView) -> None:
        if survey_id != self.survey_id:
            self.survey_id = survey_id
            self._reset_form()
        self._sensitive_offered = bool(view.form.sensitive)  # only where a line collects one
        self.sensitive.setVisible(self._sensitive_offered)
        for widget in (self.person, self.granted, self.refused, self.sensitive, self.signature,
                       self.record_button):  # fmt: skip
            widget.setEnabled(not view.frozen)
        self._draw_consents(view.consents)

    def _draw_consents(self, rows: tuple[ConsentRow, ...]) -> None:
        self._rows = rows
        self.consents.clear()
        for row in rows:
            parts = [row.person_name, consent_answer_name(row.answer)]
            if row.covers_sensitive:
                parts.append(self.tr("incl. sensitive data"))
            parts.append(self.tr("signed") if row.signed else self.tr("not signed by hand"))
            at = row.given_at
            parts.append(f"{at:%Y-%m-%d %H:%M} {format_offset(at)}")
            self.consents.addItem(" · ".join(parts))

    def _reset_form(self) -> None:
        self.person.clear()
        self.answer.setExclusive(False)
        for button in (self.granted, self.refused):
            button.setChecked(False)
        self.answer.setExclusive(True)
        self.sensitive.setChecked(False)
        self.signature.clear()
        for error in (self.person_error, self.answer_error, self.signature.error):
            error.clear_error()
        self.record_error.hide()

    # --- the notice -----------------------------------------------------------------------

    def _language_chosen(self) -> None:
        self._language_picked = True
        self._load_notice()

    def _load_notice(self) -> None:
        language = str(self.language.currentData())
        in_background(
            lambda progress, cancelled: privacy_notice_text(language),
            on_success=self._show_notice,
            on_failure=lambda error: self.notice_text.setPlainText(error_text(error)),
            owner=self,
        )

    def _show_notice(self, notice: NoticeText) -> None:
        if notice.language != self.language.currentData():
            return  # another language was chosen meanwhile
        self.notice = notice
        self.notice_text.setPlainText(f"{notice.title}\n\n{notice.body}")

    # --- recording ------------------------------------------------------------------------

    def record(self) -> None:
        """Record the person's answer with their signature; a refusal shows beside its field."""
        if not self.survey_id:
            return
        answer = (
            "granted" if self.granted.isChecked() else "refused" if self.refused.isChecked() else ""
        )
        for error in (self.person_error, self.answer_error, self.signature.error):
            error.clear_error()
        self.record_error.hide()
        try:
            consent = record_consent(
                self.context.workspace,
                self.survey_id,
                person_name=self.person.text(),
                answer=answer,
                language=str(self.language.currentData()),
                covers_sensitive=self._sensitive_offered and self.sensitive.isChecked(),
                signature=self.signature.signature(),
            )
        except FieldappError as error:
            self._refused(error)
            return
        self._reset_form()
        self.context.changes.changed.emit(self.survey_id)
        self.recorded.emit(consent.consent_id)

    def _refused(self, error: FieldappError) -> None:
        text = error_text(error)
        if error.code in SIGNATURE_ERRORS:
            self.signature.error.show_error(text)
            self.signature.pad.setFocus()
        elif error.code == "consent_answer_missing":
            self.answer_error.show_error(text)
            self.granted.setFocus()
        elif error.code in ("usage", "text_missing", "text_too_long", "text_character"):
            self.person_error.show_error(text)  # the one text this form holds
            self.person.setFocus()
        else:
            self.record_error.setText(text)
            self.record_error.show()
