"""Before the office window: its database is opened in the background (a server can take up to
its connect timeout to answer), and when it cannot be, the desk says why in the user's words and
offers to try again, to use another database, or to quit. The same choice is in the window's
Office menu. A new choice is kept for the folder only once its database has opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.office.database import (
    OFFICE_DATABASE,
    ChosenBy,
    DatabaseChoice,
    database_choice,
    storable_database_url,
    store_database_setting,
)
from fieldapp.office.importer import OfficeWorkspace
from fieldapp.ui.i18n import Translations
from fieldapp.ui.messages import error_text
from fieldapp.ui.office.context import OfficeChanges, OfficeContext
from fieldapp.ui.office.main_window import OfficeWindow
from fieldapp.ui.operations import in_background
from fieldapp.ui.preferences import Preferences
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating

# A local file opens faster than this: the opening dialog would only flash.
SHOW_OPENING_AFTER_MS = 400


class OfficeOpeningDialog(Retranslating, QDialog):
    """ "Opening the office database …", then, if it cannot be opened, why and what to do."""

    retry = Signal()
    choose = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = ""
        self.failure = ""
        self.cancel_only = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: an indicator that it is working
        self.busy.setTextVisible(False)
        self.retry_button = QPushButton()
        self.retry_button.setProperty("primary", True)
        self.retry_button.clicked.connect(self.retry)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose)
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.choose_button, self.quit_button):
            button.setMinimumHeight(MIN_TARGET_PX)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.show_opening("")

    def show_opening(self, database: str, *, cancel_only: bool = False) -> None:
        """Busy opening ``database``; ``cancel_only``: a window is open, so the way out is to
        stay in it (Cancel), not to quit."""
        self.database, self.failure, self.cancel_only = database, "", cancel_only
        self.busy.show()
        self.problem.hide()
        self.retry_button.hide()
        self.choose_button.hide()
        self.retranslate()

    def show_failure(self, text: str) -> None:
        self.failure = text
        self.busy.hide()
        self.problem.show()
        self.retry_button.show()
        self.choose_button.show()
        self.retry_button.setDefault(True)
        self.retry_button.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("fieldapp — office"))
        if self.failure:
            self.heading.setText(self.tr("The office database cannot be opened."))
        else:
            self.heading.setText(
                self.tr("Opening the office database %1 …").replace("%1", self.database)
            )
        self.problem.setText(self.failure)
        self.busy.setAccessibleName(self.tr("Opening the office database"))
        for button, words in (
            (self.retry_button, self.tr("Try again")),
            (self.choose_button, self.tr("Use another database…")),
            (self.quit_button, self.tr("Cancel") if self.cancel_only else self.tr("Quit")),
        ):
            button.setText(words)
            button.setAccessibleName(words.rstrip("…"))


class DatabaseChoiceDialog(Retranslating, QDialog):
    """Which database this office folder uses: its own file (one desk) or a shared PostgreSQL
    database (several desks). ``chosen`` is the URL to open, None for the folder's own file."""

    def __init__(self, current: DatabaseChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
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
            self.environment_note,
            self.buttons,
        ):
            layout.addWidget(widget)
        if current.is_folder_file:
            self.folder_file.setChecked(True)
        else:
            self.shared.setChecked(True)
            self.address.setText(current.written)
        self.folder_file.toggled.connect(self._kind_changed)
        self.address.textEdited.connect(lambda _text: self.shared.setChecked(True))
        self._kind_changed()
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Office database"))
        self.now.setText(self.tr("This desk now uses: %1").replace("%1", self.current.shown))
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
            return
        self.chosen = typed
        super().accept()


class OfficeStart(QObject):
    """Opens the office folder's database off the UI thread, then shows the window; and opens
    another database when the user chooses one (the window stays on the old one until the new
    one has opened)."""

    def __init__(
        self,
        data_dir: Path,
        database: str | None,
        preferences: Preferences,
        translations: Translations,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.database = database  # --database, or the user's choice once it has opened
        self.preferences = preferences
        self.translations = translations
        self.window: OfficeWindow | None = None
        self.context: OfficeContext | None = None
        self.choice: DatabaseChoiceDialog | None = None
        self.refusal: QMessageBox | None = None
        self.opening = OfficeOpeningDialog()
        self.opening.retry.connect(lambda: self.open(self.database))
        self.opening.choose.connect(lambda: self.choose_database(self.opening))
        self.opening.rejected.connect(self._opening_refused)
        self._attempt = 0  # which open the answer is for: a cancelled one's is dropped
        self._show_opening = QTimer(self, singleShot=True, interval=SHOW_OPENING_AFTER_MS)
        self._show_opening.timeout.connect(self.opening.show)
        QApplication.instance().aboutToQuit.connect(self._close_office)  # type: ignore[union-attr]

    def begin(self) -> None:
        self.open(self.database)

    def open(self, database: str | None, *, keep: bool = False, setting: str | None = None) -> None:
        """Open ``database`` (None: the folder's choice); ``keep``: once it has opened, store
        ``setting`` as the folder's choice (None: its own file)."""
        try:
            shown = database_choice(self.data_dir, database).shown
        except FieldappError as error:
            self._failed(error)
            return
        self.opening.show_opening(shown, cancel_only=self.window is not None)
        if not self.opening.isVisible():
            self._show_opening.start()
        self._attempt += 1
        attempt = self._attempt
        in_background(
            lambda _progress, _cancelled: OfficeWorkspace(self.data_dir, database),
            on_success=lambda office: self._opened(attempt, office, database, keep, setting),
            on_failure=lambda error: self._failed(error) if attempt == self._attempt else None,
            owner=self,
        )

    def _opening_refused(self) -> None:
        """Quit before any window; with a window, stop waiting for the other database."""
        self._show_opening.stop()
        if self.window is None:
            QApplication.quit()
        else:
            self._attempt += 1

    def choose_database(self, parent: QWidget) -> None:
        try:
            current = database_choice(self.data_dir, self.database)
        except FieldappError:  # the setting or $FIELDAPP_OFFICE_DB is not an address
            current = database_choice(self.data_dir, self._folder_file())
        self.choice = DatabaseChoiceDialog(current, parent)
        self.choice.accepted.connect(lambda: self._chosen(self.choice))
        self.choice.open()

    def _chosen(self, dialog: DatabaseChoiceDialog | None) -> None:
        if dialog is not None:
            self.open(dialog.chosen or self._folder_file(), keep=True, setting=dialog.chosen)

    def _folder_file(self) -> str:
        return f"sqlite:///{self.data_dir / OFFICE_DATABASE}"

    def _opened(
        self,
        attempt: int,
        office: OfficeWorkspace,
        database: str | None,
        keep: bool,
        setting: str | None,
    ) -> None:
        if attempt != self._attempt:  # cancelled meanwhile: the window stays where it was
            office.close()
            return
        self._show_opening.stop()
        self.opening.hide()
        not_kept: FieldappError | None = None
        if keep:
            try:
                store_database_setting(self.data_dir, setting)
            except FieldappError as error:  # a full disk: used now, not remembered
                not_kept = error
        self.database = database
        previous, self.window = self.window, None
        if previous is not None:
            previous.close()
            previous.deleteLater()
        self._close_office()
        self.context = OfficeContext(office, self.preferences, OfficeChanges())
        self.window = OfficeWindow(self.context, self.translations)
        self.window.database_change_asked.connect(lambda: self.choose_database(self.window))
        self.window.show()
        if not_kept is not None:
            self.window.show_error(not_kept)

    def _failed(self, error: FieldappError) -> None:
        self._show_opening.stop()
        if self.window is not None:  # the window stays on the database it has
            self.opening.hide()
            self.refusal = QMessageBox(
                QMessageBox.Icon.Warning,
                self.window.windowTitle(),
                error_text(error),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            self.refusal.open()
            return
        self.opening.show_failure(error_text(error))
        self.opening.show()
        self.opening.raise_()

    def _close_office(self) -> None:
        if self.context is not None:
            self.context.office.close()
            self.context = None
