"""Before the office window: its database is opened in the background (a server can take up to
its connect timeout to answer), and when it cannot be, the desk says why in the user's words and
offers to try again, to use another database, or to quit. The same choice is in the window's
Office menu. A new choice is kept for the folder only once its database has opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError, OfficeDatabaseError
from fieldapp.office.database import (
    OFFICE_DATABASE,
    database_choice,
    store_database_setting,
)
from fieldapp.office.importer import OfficeWorkspace
from fieldapp.ui.i18n import Translations
from fieldapp.ui.messages import error_text
from fieldapp.ui.office.context import OfficeChanges, OfficeContext
from fieldapp.ui.office.database_choice import DatabaseChoiceDialog
from fieldapp.ui.office.main_window import OfficeWindow
from fieldapp.ui.operations import in_background
from fieldapp.ui.preferences import Preferences
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import Retranslating

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
        self.tried = ""
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
        # Asked only when the server refused the login: typed for this session, never stored.
        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.retry)
        self.password_label.setBuddy(self.password)
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
        layout.addWidget(self.password_label)
        layout.addWidget(self.password)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.show_opening("")

    def show_opening(self, database: str, *, cancel_only: bool = False) -> None:
        """Busy opening ``database``; ``cancel_only``: a window is open, so the way out is to
        stay in it (Cancel), not to quit."""
        self.database, self.failure, self.cancel_only = database, "", cancel_only
        self.busy.show()
        for widget in (self.problem, self.retry_button, self.choose_button):
            widget.hide()
        self._asking_password(False)
        self.retranslate()

    def show_failure(self, text: str, tried: str, *, ask_password: bool = False) -> None:
        """``tried``: the clock time of this attempt (a retry refused at once looks the same
        otherwise); ``ask_password``: the server refused the login, so offer to type one."""
        self.failure, self.tried = text, tried
        self.busy.hide()
        for widget in (self.problem, self.retry_button, self.choose_button):
            widget.show()
        self._asking_password(ask_password)
        self.retry_button.setDefault(True)
        (self.password if ask_password else self.retry_button).setFocus()
        self.retranslate()
        self.adjustSize()  # room for the reason's lines and the password row

    def _asking_password(self, asking: bool) -> None:
        self.password_label.setVisible(asking)
        self.password.setVisible(asking)
        self.password.clear()  # a refused one is not offered again

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("fieldapp — office"))
        if self.failure:
            self.heading.setText(self.tr("The office database cannot be opened."))
        else:
            self.heading.setText(
                self.tr("Opening the office database %1 …").replace("%1", self.database)
            )
        tried = self.tr("Last tried at %1.").replace("%1", self.tried)
        self.problem.setText(f"{self.failure}\n\n{tried}" if self.failure else "")
        self.busy.setAccessibleName(self.tr("Opening the office database"))
        self.password_label.setText(
            self.tr("&Password for this session (not stored; PGPASSWORD or ~/.pgpass also work):")
        )
        self.password.setAccessibleName(self.tr("Password of the database user"))
        for button, words in (
            (
                self.retry_button,
                self.tr("Sign in") if not self.password.isHidden() else self.tr("Try again"),
            ),
            (self.choose_button, self.tr("Use another database…")),
            (self.quit_button, self.tr("Cancel") if self.cancel_only else self.tr("Quit")),
        ):
            button.setText(words)
            button.setAccessibleName(words.rstrip("…"))


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
        self.opening.retry.connect(
            lambda: self.open(self.database, password=self.opening.password.text() or None)
        )
        self.opening.choose.connect(lambda: self.choose_database(self.opening))
        self.opening.rejected.connect(self._opening_refused)
        self._attempt = 0  # which open the answer is for: a cancelled one's is dropped
        self._show_opening = QTimer(self, singleShot=True, interval=SHOW_OPENING_AFTER_MS)
        self._show_opening.timeout.connect(self.opening.show)
        QApplication.instance().aboutToQuit.connect(self._close_office)  # type: ignore[union-attr]

    def begin(self) -> None:
        self.open(self.database)

    def open(
        self,
        database: str | None,
        *,
        keep: bool = False,
        setting: str | None = None,
        password: str | None = None,
    ) -> None:
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
            lambda _progress, _cancelled: OfficeWorkspace(
                self.data_dir, database, password=password
            ),
            on_success=lambda office: self._opened(attempt, office, database, keep, setting),
            on_failure=lambda error: (
                self._failed(error, setting if keep else None) if attempt == self._attempt else None
            ),
            owner=self,
        )

    def _opening_refused(self) -> None:
        """Quit before any window; with a window, stop waiting for the other database."""
        self._show_opening.stop()
        if self.window is None:
            QApplication.quit()
        else:
            self._attempt += 1

    def choose_database(self, parent: QWidget, proposed: str | None = None) -> None:
        try:
            current = database_choice(self.data_dir, self.database)
        except FieldappError:  # the setting or $FIELDAPP_OFFICE_DB is not an address
            current = database_choice(self.data_dir, self._folder_file())
        self.choice = DatabaseChoiceDialog(
            current, parent, opened=self.window is not None, proposed=proposed
        )
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

    def _failed(self, error: FieldappError, chosen: str | None = None) -> None:
        """``chosen``: the address the user chose, offered again once the refusal is read."""
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
            if chosen is not None:
                window = self.window
                self.refusal.finished.connect(lambda _r: self.choose_database(window, chosen))
            self.refusal.open()
            return
        tried = QTime.currentTime().toString("HH:mm:ss")
        refused_login = error.params.get("reason") == OfficeDatabaseError.LOGIN_REFUSED
        self.opening.show_failure(error_text(error), tried, ask_password=refused_login)
        self.opening.show()
        self.opening.raise_()

    def _close_office(self) -> None:
        if self.context is not None:
            self.context.office.close()
            self.context = None
