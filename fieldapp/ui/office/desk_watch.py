"""When to look at the watched folder again: at once when Qt says its entries changed (a local
folder), and every few seconds regardless, since a network share sends no notifications."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.timestamps import shown_stored_time, utc_now, utc_text
from fieldapp.errors import FieldappError
from fieldapp.office.watch import FolderWatch
from fieldapp.ui.messages import error_text
from fieldapp.ui.preferences import WATCH_FOLDER, WATCH_ON, Preferences
from fieldapp.ui.widgets.retranslating import Retranslating


class WatchedFolder(QObject):
    look_due = Signal()

    RESCAN_MS = 10_000  # a network share: no notifications, so look anyway
    SOON_MS = 1_000  # a burst of notifications (a folder copied in) becomes one look

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watch: FolderWatch | None = None
        self._notifier = QFileSystemWatcher(self)
        self._notifier.directoryChanged.connect(lambda _path: self._soon.start())
        self._soon = QTimer(self, singleShot=True, interval=self.SOON_MS)
        self._soon.timeout.connect(self.look_due)
        self._rescan = QTimer(self, interval=self.RESCAN_MS)
        self._rescan.timeout.connect(self.look_due)

    @property
    def active(self) -> bool:
        return self.watch is not None

    def start(self, folder: Path) -> None:
        self.stop()
        self.watch = FolderWatch(folder)
        if folder.is_dir():
            self._notifier.addPath(str(folder))
        self._rescan.start()
        self._soon.start()  # the first look: what arrived while the desk was closed

    def stop(self) -> None:
        self.watch = None
        for path in self._notifier.directories():
            self._notifier.removePath(path)
        self._rescan.stop()
        self._soon.stop()


class WatchBar(Retranslating, QWidget):
    """The desk's watched folder: which one, on or off (both kept across a restart), and what
    the last look found. The desk runs each look when ``look_due`` fires and reports back."""

    look_due = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.file_dialog: QFileDialog | None = None
        self.looks = 0  # looks finished (tests wait for one)
        self.looked_utc = ""
        self.arriving = 0  # files still being copied at the last look
        self.error: FieldappError | None = None
        self.watched = WatchedFolder(self)
        self.watched.look_due.connect(self.look_due)
        self.title = QLabel()
        self.path = QLineEdit(preferences.get(WATCH_FOLDER))
        self.path.setReadOnly(True)
        self.title.setBuddy(self.path)
        self.choose = QPushButton()
        self.choose.clicked.connect(self.choose_folder)
        self.on = QCheckBox()
        self.on.setMinimumHeight(44)
        self.on.toggled.connect(self.set_watching)
        self.state = QLabel()
        self.state.setProperty("role", "hint")
        self.state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        row.addWidget(self.on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.state)
        self.retranslate()
        if preferences.get(WATCH_ON) == "true" and self.path.text():
            self.on.setChecked(True)  # as left at the last close

    @property
    def watch(self) -> FolderWatch | None:
        return self.watched.watch

    def retranslate(self) -> None:
        self.title.setText(self.tr("&Watched folder:"))
        self.path.setAccessibleName(self.tr("Watched folder"))
        self.path.setPlaceholderText(self.tr("a shared folder or a USB inbox"))
        self.choose.setText(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose the watched folder"))
        self.on.setText(self.tr("Import new reports from it"))
        self.on.setAccessibleName(self.tr("Watch the folder"))
        self.show_state()

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the watched folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the window's language
        dialog.fileSelected.connect(self.watch_folder)
        self.file_dialog = dialog
        dialog.open()

    def watch_folder(self, folder: str) -> None:
        """Watch that folder from now on (and after a restart)."""
        self.path.setText(folder)
        self.preferences.set(WATCH_FOLDER, folder)
        if self.on.isChecked():
            self.set_watching(True)
        else:
            self.on.setChecked(True)

    def set_watching(self, on: bool) -> None:
        folder = self.path.text()
        if on and not folder:
            self.on.setChecked(False)
            self.choose_folder()
            return
        self.preferences.set(WATCH_ON, "true" if on else "false")
        if on:
            self.watched.start(Path(folder))
        else:
            self.watched.stop()
        self.looked_utc, self.arriving, self.error = "", 0, None
        self.show_state()

    def looked(self, *, arriving: int = 0, error: FieldappError | None = None) -> None:
        self.looks += 1
        self.looked_utc, self.arriving, self.error = utc_text(utc_now()), arriving, error
        self.show_state()

    def show_state(self) -> None:
        active = self.watched.active
        if not active:
            texts = [self.tr("Not watching.")]
        elif not self.looked_utc:
            texts = [self.tr("Watching.")]
        else:
            texts = [
                self.tr("Watching; looked %1.").replace("%1", shown_stored_time(self.looked_utc))
            ]
        if active and self.error is not None:  # a share may be back at the next look
            texts.append(error_text(self.error))
        elif active and self.arriving:
            texts.append(self.tr("%n file(s) still arriving.", "", self.arriving))
        self.state.setText(" ".join(texts))
        self.state.setProperty("role", "field-error" if active and self.error else "hint")
        self.state.style().polish(self.state)
