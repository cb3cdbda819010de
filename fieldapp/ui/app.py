"""`fieldapp` with no verb: the field window. Preferences, language and theme first; then the
first-run setup or the unlock dialog (or FIELDAPP_PASSPHRASE for scripted runs); nothing else
opens until the data folder is unlocked."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from fieldapp.errors import FieldappError
from fieldapp.passphrase import PASSPHRASE_ENV
from fieldapp.paths import resources_dir
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.session import FolderState, folder_state, open_unlocked, unlock
from fieldapp.ui.field.context import FieldContext, SurveyChanges
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.photo_sealing import PhotoSealingDialog, seal_photos_if_needed
from fieldapp.ui.field.start_dialogs import SetupDialog, UnlockDialog
from fieldapp.ui.i18n import Translations
from fieldapp.ui.messages import error_text
from fieldapp.ui.operations import in_background
from fieldapp.ui.preferences import LANGUAGE, Preferences
from fieldapp.ui.theme import apply_theme


def no_display() -> bool:
    """On Linux and the BSDs a window needs X11 or Wayland (or a platform chosen by hand)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class FieldStart:
    """Unlocks (or sets up) the data folder, then shows the window."""

    def __init__(
        self, data_dir: Path, preferences: Preferences, translations: Translations
    ) -> None:
        self.data_dir = data_dir
        self.preferences = preferences
        self.translations = translations
        self.window: FieldWindow | None = None
        self.dialog: UnlockDialog | SetupDialog | None = None
        self.photo_sealing: PhotoSealingDialog | None = None

    def begin(self) -> None:
        scripted = os.environ.get(PASSPHRASE_ENV)
        if scripted and folder_state(self.data_dir) is FolderState.LOCKED:
            in_background(
                lambda progress, cancelled: unlock(self.data_dir, scripted),
                on_success=lambda key: self.show_window(open_unlocked(self.data_dir, key)),
                on_failure=self._scripted_refused,
            )
            return
        if folder_state(self.data_dir) is FolderState.NEW:
            self.dialog = SetupDialog(self.data_dir)
            self.dialog.set_up.connect(self.show_window)
        else:
            self.dialog = UnlockDialog(self.data_dir)
            self.dialog.unlocked.connect(self.show_window)
        self.dialog.rejected.connect(QApplication.quit)
        self.dialog.show()

    def show_window(self, workspace: FieldWorkspace) -> None:
        context = FieldContext(workspace, self.preferences, SurveyChanges())
        self.window = FieldWindow(context, self.translations)
        self.window.show()
        # A folder of an earlier version: its photo files are sealed now, in the background.
        self.photo_sealing = seal_photos_if_needed(workspace, self.window)

    def _scripted_refused(self, error: FieldappError) -> None:
        # The variable's passphrase is wrong: ask the person at the screen instead.
        QMessageBox.warning(None, "fieldapp", error_text(error))
        self.dialog = UnlockDialog(self.data_dir)
        self.dialog.unlocked.connect(self.show_window)
        self.dialog.rejected.connect(QApplication.quit)
        self.dialog.show()


QUIT_AFTER_FIRST_PAINT_ENV = "FIELDAPP_QUIT_AFTER_FIRST_PAINT"


class _QuitAfterFirstPaint(QObject):
    """For the bundle's smoke test: once a main window has painted, say which and in what
    language, and quit. Proves the bundle found Qt's platform, its fonts and its catalogues."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            print(f"first paint: {watched.windowTitle()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            self.deleteLater()
        return False


def _application() -> tuple[QApplication, Preferences, Translations] | None:
    """The application with the remembered language and look, or None without a display."""
    if no_display():
        print(
            "fieldapp: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
            "run it in a desktop session, or under a virtual one: xvfb-run fieldapp",
            file=sys.stderr,
        )
        return None
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("fieldapp")
    app.setOrganizationName("fieldapp")
    preferences = Preferences()
    translations = Translations(app)
    translations.use(preferences.get(LANGUAGE))
    apply_theme(app, preferences.theme, preferences.text_size)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "fieldapp.svg")))
    if os.environ.get(QUIT_AFTER_FIRST_PAINT_ENV):
        app.installEventFilter(_QuitAfterFirstPaint(app))
    return app, preferences, translations


def run(data_dir: Path) -> int:
    """The field window on a field data folder (unlocked first)."""
    started = _application()
    if started is None:
        return 1
    app, preferences, translations = started
    start = FieldStart(data_dir, preferences, translations)
    start.begin()
    return app.exec()


def run_office(data_dir: Path, database: str | None = None) -> int:
    """The office window on an office data folder (it keeps no secrets: nothing to unlock) and
    its database (``database``: a URL, else the folder's own choice), opened in the background."""
    from fieldapp.ui.office.opening import OfficeStart

    started = _application()
    if started is None:
        return 1
    app, preferences, translations = started
    start = OfficeStart(data_dir, database, preferences, translations)
    start.begin()
    return app.exec()
