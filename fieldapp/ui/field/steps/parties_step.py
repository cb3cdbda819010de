"""Parties & consent: the people involved, each with only the fields the line of business
collects (the services say which), their legal basis, and beside them the privacy notice, the
person's answer and signature.

Every edit is stored as it is made (400 ms after the last keystroke, at once on leaving a field,
choosing in a list, or leaving the step). Phones and ID numbers are masked as in the report until
"Reveal" (logged as an access); a masked field left untouched is never written back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.progress import Need, Step, StepState
from fieldapp.errors import FieldappError
from fieldapp.services.parties import BasisChoice, PartiesView, PartyRow, edit_party, parties_view
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.base import StepNeeds, StepPage, reveal
from fieldapp.ui.field.steps.consent_panel import ConsentPanel
from fieldapp.ui.messages import error_text
from fieldapp.ui.names import legal_basis_name, party_field_name, party_role_name
from fieldapp.ui.operations import with_workspace
from fieldapp.ui.widgets.retranslating import FieldError

DEBOUNCE_MS = 400
BASIS_ERRORS = {"no_legal_basis", "consent_missing", "consent_refused", "sensitive_needs_consent"}
COLUMNS = ("role", "name", "phone", "details", "basis")


class PartiesStep(StepPage):
    step = Step.PARTIES

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view: PartiesView | None = None
        self.revealed = False
        self.editing_id: str | None = None  # None: a new party not stored yet
        self.dirty: dict[str, str] = {}  # fields touched and not stored yet
        self.last_edited = "name"
        self.needs = StepNeeds()
        self.heading = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(100)
        self.table.setMaximumHeight(140)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.new_party)
        self.reveal_button = QPushButton()
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._reveal)
        self.editor_heading = QLabel()
        self.role = QComboBox()
        self.role.activated.connect(lambda _: self._choice_made("role"))
        self.basis = QComboBox()
        self.basis.activated.connect(lambda _: self._choice_made("basis"))
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {"role": QLabel(), "basis": QLabel()}
        self.errors: dict[str, FieldError] = {
            "role": FieldError(self.role),
            "basis": FieldError(self.basis),
        }
        self.form = QFormLayout()
        self.form.addRow(self.labels["role"], self.role)
        self.form.addRow(self.labels["basis"], self.basis)
        self.form.addRow("", self.errors["basis"])
        self.frozen_note = QLabel()
        self.frozen_note.setProperty("role", "hint")
        self.frozen_note.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.store)
        self.consent = ConsentPanel(context)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch()
        parties = QVBoxLayout()
        parties.addWidget(self.heading)
        parties.addWidget(self.table)
        parties.addLayout(buttons)
        parties.addWidget(self.editor_heading)
        parties.addLayout(self.form)
        parties.addWidget(self.hint)
        parties.addWidget(self.frozen_note)
        parties.addStretch()
        columns = QHBoxLayout()
        columns.addLayout(parties, 1)
        columns.addSpacing(16)
        columns.addWidget(self.consent, 1)
        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.needs)
        body.addLayout(columns, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.labels["role"].setBuddy(self.role)
        self.labels["basis"].setBuddy(self.basis)
        self.consent.recorded.connect(lambda _: self.hint.setText(self.tr("Consent recorded.")))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("<b>Parties</b>"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Name"), self.tr("Phone"), self.tr("Details"),
             self.tr("Legal basis")]
        )  # fmt: skip
        self.table.setAccessibleName(self.tr("Parties of this survey"))
        self.add_button.setText(self.tr("&Add party"))
        self.add_button.setAccessibleName(self.tr("Add a party"))
        self.reveal_button.setText(
            self.tr("&Mask phone and ID numbers") if self.revealed
            else self.tr("&Reveal phone and ID numbers")
        )  # fmt: skip
        self.reveal_button.setAccessibleName(self.reveal_button.text().replace("&", ""))
        self.reveal_button.setToolTip(self.tr("Showing them unmasked is recorded in the log."))
        self.labels["role"].setText(self.tr("R&ole"))
        self.labels["basis"].setText(self.tr("Legal &basis"))
        self.role.setAccessibleName(self.tr("Role of the party"))
        self.basis.setAccessibleName(self.tr("Legal basis of the party's data"))
        self.frozen_note.setText(
            self.tr("This revision is signed; open the next revision to change it.")
        )
        self.hint.setText(self.tr("Each change is stored as you type; there is nothing to save."))
        for index in range(self.role.count()):
            self.role.setItemText(index, party_role_name(str(self.role.itemData(index))))
        for name, label in self.labels.items():
            if name in self.fields:
                label.setText(party_field_name(name))
                self.fields[name].setAccessibleName(party_field_name(name))
        if self.view is not None:
            self._draw(self.view)
        self._draw_heading()

    # --- showing the survey ---------------------------------------------------------------

    def show_survey(self, survey_id: str, state: StepState) -> None:
        if survey_id != self.survey_id:
            self.flush()
            self.view, self.editing_id, self.dirty = None, None, {}
            self.reveal_button.blockSignals(True)
            self.reveal_button.setChecked(False)
            self.reveal_button.blockSignals(False)
            self.revealed = False
            self.retranslate()
        super().show_survey(survey_id, state)
        self.needs.show_state(state)
        self._load(reveal=self.revealed, log=False)

    def _load(self, *, reveal: bool, log: bool, then_fill: bool = False) -> None:
        survey_id = self.survey_id
        with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: parties_view(
                ws, survey_id, reveal=reveal, log_reveal=log
            ),
            on_success=lambda view: self._loaded(survey_id, view, then_fill),
            on_failure=lambda error: self.hint.setText(error_text(error)),
            owner=self,
        )

    def _loaded(self, survey_id: str, view: PartiesView, then_fill: bool) -> None:
        if survey_id != self.survey_id:
            return  # another survey was opened meanwhile
        first = self.view is None
        self.view = view
        self._draw(view)
        self.consent.show_view(survey_id, view)
        if first and view.parties and self.editing_id is None:
            self.table.selectRow(0)
        elif then_fill or first:
            self._fill_editor()
        self.focus_pending()

    def focus_field_for(self, need: Need) -> bool:
        """No party yet: a new party's name. Otherwise the chosen party's name."""
        if self.view is None or "name" not in self.fields:
            return False  # still loading: _loaded comes back here
        if need.code == "no_parties" and not self.view.parties:
            self.new_party()
        reveal(self.fields["name"])
        return True

    def _draw(self, view: PartiesView) -> None:
        self._build_fields(view.form.fields)
        self._fill_roles(view.form.roles)
        self._fill_bases(view.bases)
        self.table.blockSignals(True)
        self.table.setRowCount(len(view.parties))
        for row, party in enumerate(view.parties):
            details = " · ".join(
                party.values[name] for name in view.form.details if party.values.get(name)
            )
            cells = (party_role_name(party.values["role"]), party.values["name"],
                     party.values.get("phone", ""), details, self._basis_text(party))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, party.party_id)
                self.table.setItem(row, column, item)
            if party.party_id == self.editing_id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        for widget in (self.add_button, self.role, self.basis, *self.fields.values()):
            widget.setEnabled(not view.frozen)
        self.frozen_note.setVisible(view.frozen)
        self._draw_heading()

    def _build_fields(self, names: tuple[str, ...]) -> None:
        """One line edit a text field the line of business collects (role is the list)."""
        wanted = [n for n in names if n != "role"]
        if list(self.fields) == wanted:
            return
        for name in list(self.fields):
            # The row found by its label: the field sits in a box with its error, not in the form.
            self.form.removeRow(self.labels.pop(name))
            self.fields.pop(name)
            self.errors.pop(name)
        for position, name in enumerate(wanted, start=1):
            field = QLineEdit()
            field.setAccessibleName(party_field_name(name))
            field.textEdited.connect(lambda text, n=name: self._typed(n, text))
            field.editingFinished.connect(self.store)
            label = QLabel(party_field_name(name))
            label.setBuddy(field)
            error = FieldError(field)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            box.addWidget(error)
            self.form.insertRow(position, label, box)
            self.fields[name], self.labels[name], self.errors[name] = field, label, error
        QWidget.setTabOrder(self.role, self.fields[wanted[0]])
        QWidget.setTabOrder(self.fields[wanted[-1]], self.basis)

    def _fill_roles(self, roles: tuple[str, ...]) -> None:
        if [self.role.itemData(i) for i in range(self.role.count())] != list(roles):
            self.role.clear()
            for role in roles:
                self.role.addItem(party_role_name(role), role)

    def _fill_bases(self, bases: tuple[BasisChoice, ...]) -> None:
        chosen = self.basis.currentData()
        self.basis.clear()
        self.basis.addItem(self.tr("— choose the legal basis —"), "")
        for basis in bases:
            self.basis.addItem(self._choice_text(basis), _key(basis.legal_basis, basis.consent_id))
        found = self.basis.findData(chosen) if chosen else 0
        self.basis.setCurrentIndex(max(found, 0))

    def _choice_text(self, basis: BasisChoice) -> str:
        if basis.legal_basis != "consent":
            return legal_basis_name(basis.legal_basis)
        text = self.tr("Consent of %1").replace("%1", basis.person_name)
        return text + (self.tr(" (incl. sensitive data)") if basis.covers_sensitive else "")

    def _basis_text(self, party: PartyRow) -> str:
        if self.view is not None and party.consent_id:
            for basis in self.view.bases:
                if basis.consent_id == party.consent_id:
                    return self._choice_text(basis)
        return legal_basis_name(party.legal_basis)

    def _draw_heading(self) -> None:
        if self.editing_id is None:
            self.editor_heading.setText(self.tr("<b>New party</b>"))
        else:
            self.editor_heading.setText(self.tr("<b>Party</b>"))

    # --- choosing and filling -------------------------------------------------------------

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        party_id = rows[0].data(Qt.ItemDataRole.UserRole)
        if party_id == self.editing_id and not self.dirty:
            return
        self.flush()
        self.editing_id, self.dirty = party_id, {}
        self._fill_editor()

    def new_party(self) -> None:
        """Start writing a new party: stored once the core accepts it (a name and a basis)."""
        self.flush()
        self.editing_id, self.dirty = None, {}
        self.table.clearSelection()
        self._fill_editor()
        if "name" in self.fields:
            self.fields["name"].setFocus()

    def _fill_editor(self) -> None:
        """Show the chosen party (or an empty form); fields typed and not stored stay."""
        party = self._party(self.editing_id)
        values = dict(party.values) if party else {}
        masked = self.view.masked_fields if self.view else ()
        for name, field in self.fields.items():
            if name in self.dirty:
                continue
            value = values.get(name, "")
            hidden = name in masked and bool(value)
            field.setText("" if hidden else value)
            field.setPlaceholderText(
                self.tr("%1 (masked; type to replace)").replace("%1", value) if hidden else ""
            )
        if "role" not in self.dirty:
            self.role.setCurrentIndex(max(self.role.findData(values.get("role", "")), 0))
        if "legal_basis" not in self.dirty:
            key = _key(party.legal_basis, party.consent_id) if party else ""
            self.basis.setCurrentIndex(max(self.basis.findData(key) if key else 0, 0))
        for error in self.errors.values():
            error.clear_error()
        self._draw_heading()

    def _party(self, party_id: str | None) -> PartyRow | None:
        if self.view is None or party_id is None:
            return None
        return next((p for p in self.view.parties if p.party_id == party_id), None)

    # --- storing --------------------------------------------------------------------------

    def _typed(self, name: str, text: str) -> None:
        masked = self.view.masked_fields if self.view else ()
        if name in masked and not text and self.editing_id is not None:
            self.dirty.pop(name, None)  # an emptied masked field means "unchanged", not "erase"
        else:
            self.dirty[name] = text
        self.last_edited = name
        self.timer.start()

    def _choice_made(self, which: str) -> None:
        if which == "role":
            self.dirty["role"] = str(self.role.currentData())
        else:
            basis, _, consent_id = str(self.basis.currentData() or "").partition(":")
            self.dirty.update(legal_basis=basis, consent_id=consent_id)
        self.last_edited = which
        self.store()

    def flush(self) -> None:
        self.store()

    def store(self) -> None:
        """Store what was touched; a refusal shows beside its field and what was typed stays."""
        self.timer.stop()
        if not self.dirty or not self.survey_id or (self.view and self.view.frozen):
            return
        changes = dict(self.dirty)
        if self.editing_id is None:  # a new party: the whole form, as it stands
            changes = {**self._form_values(), **changes}
        try:
            party = edit_party(
                self.context.workspace, self.survey_id, changes=changes, party_id=self.editing_id
            )
        except FieldappError as error:
            self._refused(error)
            return
        self.editing_id, self.dirty = party.party_id, {}
        for error in self.errors.values():
            error.clear_error()
        self._draw_heading()
        self.context.changes.changed.emit(self.survey_id)

    def _form_values(self) -> dict[str, str]:
        values = {name: field.text() for name, field in self.fields.items() if field.text()}
        values["role"] = str(self.role.currentData())
        basis, _, consent_id = str(self.basis.currentData() or "").partition(":")
        if basis:
            values.update(legal_basis=basis, consent_id=consent_id)
        return values

    def _refused(self, error: FieldappError) -> None:
        field = "basis" if error.code in BASIS_ERRORS else self.last_edited
        if field not in self.errors:
            field = "name" if "name" in self.errors else "basis"
        for name, shown in self.errors.items():
            if name != field:
                shown.clear_error()
        self.errors[field].show_error(error_text(error))

    # --- reveal ---------------------------------------------------------------------------

    def _reveal(self, on: bool) -> None:
        self.flush()
        self.revealed = on
        self.retranslate()
        self._load(reveal=on, log=on, then_fill=True)


def _key(legal_basis: str, consent_id: str) -> str:
    """A basis as the list keeps it: "consent:<id>", "emergency:"."""
    return f"{legal_basis}:{consent_id}"
