"""Which database an office folder uses: its own file (one desk) or a shared PostgreSQL
database (several desks). The address is checked by the same rule the command line's
`office database` applies; opening it is the caller's (ui/office/opening.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.office.database import (
    OFFICE_DATABASE,
    ChosenBy,
    DatabaseChoice,
    storable_database_url,
)
from fieldapp.ui.messages import error_text
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating


class DatabaseChoiceDialog(Retranslating, QDialog):
    """Which database this office folder uses: its own file (one desk) or a shared PostgreSQL
    database (several desks). ``chosen`` is the URL to open, None for the folder's own file."""

    def __init__(
        self,
        current: DatabaseChoice,
        parent: QWidget | None = None,
        *,
        opened: bool = True,
        proposed: str | None = None,
    ) -> None:
        """``opened``: whether ``current`` is open now (not when it failed at start-up);
        ``proposed``: an address to offer again (one that just failed to open)."""
        super().__init__(parent)
        self.current = current
        self.opened = opened
        self.chosen: str | None = None
        self.now = QLabel()
        self.now.setWordWrap(True)
        self.now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_file = QRadioButton()
        self.shared = QRadioButton()
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.folder_file)
        self.kinds.addButton(self.shared)
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://desk1@office-server/fieldapp")
        self.error = FieldError(self.address)
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        self.move_note = QLabel()  # switching to an empty database looked like a lost archive
        self.move_note.setWordWrap(True)
        self.move_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.environment_note = QLabel()
        self.environment_note.setWordWrap(True)
        self.environment_note.setVisible(current.chosen_by is ChosenBy.ENVIRONMENT)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setMinimumHeight(MIN_TARGET_PX)
        layout = QVBoxLayout(self)
        for widget in (
            self.now,
            self.folder_file,
            self.shared,
            self.address,
            self.error,
            self.password_note,
            self.move_note,
            self.environment_note,
            self.buttons,
        ):
            layout.addWidget(widget)
        if proposed or not current.is_folder_file:
            self.shared.setChecked(True)
            self.address.setText(proposed or current.written)
            self.address.setFocus()
        else:
            self.folder_file.setChecked(True)
            self.folder_file.setFocus()
        self.folder_file.toggled.connect(self._kind_changed)
        self.address.textEdited.connect(lambda _text: self.shared.setChecked(True))
        self._kind_changed()
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Office database"))
        now = (
            self.tr("This desk now uses: %1")
            if self.opened
            else self.tr("This desk is set to use %1, which did not open.")
        )
        self.now.setText(now.replace("%1", self.current.shown))
        self.folder_file.setText(
            self.tr("This office folder's own database file (%1): one desk").replace(
                "%1", OFFICE_DATABASE
            )
        )
        self.shared.setText(self.tr("A shared PostgreSQL database: several desks"))
        self.address.setAccessibleName(self.tr("Address of the PostgreSQL database"))
        self.password_note.setText(
            self.tr(
                "The password is not part of the address and is never stored by fieldapp: "
                "give it in PGPASSWORD, the password file (~/.pgpass) or a service file."
            )
        )
        self.move_note.setText(
            self.tr(
                "Choosing another database does not move this desk's archive or its trusted "
                "devices. To take them along, run %1 before switching (user guide, section 2.5)."
            ).replace("%1", "fieldapp office move-archive --to ADDRESS")
        )
        self.environment_note.setText(
            self.tr(
                "FIELDAPP_OFFICE_DB is set on this computer: when fieldapp starts, it chooses "
                "the database before this folder's setting does."
            )
        )
        for button, words in (
            (self.buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("Use this database")),
            (self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel")),
        ):
            button.setText(words)
            button.setAccessibleName(words)
        for radio in (self.folder_file, self.shared):
            radio.setAccessibleName(radio.text())

    def _kind_changed(self) -> None:
        self.error.clear_error()  # the address stays editable: typing in it chooses it

    def accept(self) -> None:
        if self.folder_file.isChecked():
            self.chosen = None
            super().accept()
            return
        typed = self.address.text().strip()
        try:
            storable_database_url(typed)
        except FieldappError as error:
            self.error.show_error(error_text(error))
            self.address.setFocus()
            self.adjustSize()  # room for the error's lines, the buttons stay whole
            return
        self.chosen = typed
        super().accept()
