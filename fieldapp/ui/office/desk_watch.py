"""When to look at the watched folder again: at once when Qt says its entries changed (a local
folder), and every few seconds regardless, since a network share sends no notifications."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from fieldapp.office.watch import FolderWatch


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
