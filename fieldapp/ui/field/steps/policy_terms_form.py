"""The policy terms the valuation applies: the currency, the sum insured, and only the terms
the survey's line of business uses (the core's rule, asked of the services)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLineEdit, QSizePolicy, QWidget

from fieldapp.core.valuation import PolicyTerms
from fieldapp.errors import FieldappError
from fieldapp.services.damage import set_policy_terms
from fieldapp.services.damage_forms import (
    DamageSheet,
    FormRefused,
    terms_form_fields,
    terms_from_form,
)
from fieldapp.services.field import FieldWorkspace
from fieldapp.ui.field.steps.damage_names import amount_typed, term_name
from fieldapp.ui.messages import error_text
from fieldapp.ui.widgets.form_rows import FormRows
from fieldapp.ui.widgets.retranslating import Retranslating

TERMS = (
    "currency", "sum_insured", "value_at_risk", "deductible", "limit", "vehicle_actual_value",
    "disability_grade", "medical_expenses", "medical_limit",
)  # fmt: skip


class PolicyTermsForm(Retranslating, QGroupBox):
    typed = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dirty = False  # typed and not stored yet
        form = QGridLayout(self)
        self.rows = FormRows(form, columns=2)  # a short form: two pairs a row leave room below
        for name in TERMS:
            field = QLineEdit()
            field.textChanged.connect(self._typed)  # typed or inserted
            field.editingFinished.connect(self.left.emit)
            self.rows.add(name, field)
        # As tall as its fields, no taller: the assessment below gets the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.rows.widgets["currency"].setMaxLength(3)  # type: ignore[attr-defined]
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Policy terms"))
        for name in TERMS:
            self.rows.set_label(name, term_name(name))
        self.field("sum_insured").setPlaceholderText(self.tr("not given"))  # type: ignore[attr-defined]

    def load(self, terms: PolicyTerms, *, line_of_business: str) -> None:
        self.rows.show_only(terms_form_fields(line_of_business))
        for name in TERMS:
            value = getattr(terms, name)
            if name == "currency":
                text = str(value)
            elif name == "disability_grade":
                text = "" if value is None else str(value)
            else:
                text = amount_typed(value)
            field = self.field(name)
            assert isinstance(field, QLineEdit)
            field.blockSignals(True)  # shown, not typed
            field.setText(text)
            field.blockSignals(False)
        self.rows.show_errors({})
        self.dirty = False

    def _typed(self) -> None:
        self.dirty = True
        self.typed.emit()

    def draft(self, line_of_business: str) -> PolicyTerms | None:
        """The terms being typed, for the live assessment; None when none or refused."""
        if not self.dirty:
            return None
        try:
            return terms_from_form(self.values(), line_of_business=line_of_business)
        except FormRefused:
            return None

    def store(
        self, workspace: FieldWorkspace, survey_id: str, sheet: DamageSheet
    ) -> PolicyTerms | None:
        """Store what is typed when it is valid and changed; the terms stored, or None. A
        refused value is not stored: its error stands beside its field, the text stays."""
        if not self.dirty:
            return None
        try:
            terms = terms_from_form(self.values(), line_of_business=sheet.line_of_business)
        except FormRefused as refused:
            self.show_errors({n: error_text(e) for n, e in refused.errors.items()})
            return None
        stored = None
        if terms != sheet.terms:
            try:
                set_policy_terms(workspace, survey_id, terms)
            except FieldappError as error:
                self.show_errors({"sum_insured": error_text(error)})
                return None
            stored = terms
        self.dirty = False
        self.show_errors({})
        return stored

    def values(self) -> dict[str, str]:
        return {name: self.field(name).text() for name in TERMS}  # type: ignore[attr-defined]

    def field(self, name: str) -> QWidget:
        return self.rows.widgets[name]

    def show_errors(self, errors: dict[str, str]) -> None:
        self.rows.show_errors(errors)

    def set_editable(self, editable: bool) -> None:
        for widget in self.rows.widgets.values():
            widget.setEnabled(editable)
