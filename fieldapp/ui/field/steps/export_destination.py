"""Where the report goes: the data folder's exports/ or a chosen folder (a USB stick, a shared
folder), remembered. The free space is shown, and a folder that is gone or read-only is said
plainly: a stick is often pulled out between choosing it and exporting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.export import ExportFolder, default_export_folder, export_folder_status
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.messages import error_text
from fieldapp.ui.operations import with_workspace
from fieldapp.ui.preferences import EXPORT_FOLDER
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import Retranslating

# (parent, caption, start folder) -> the chosen folder or "" (a test gives its own chooser)
FolderChooser = Callable[[QWidget, str, str], str]


class ExportDestination(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.choose_folder: FolderChooser = QFileDialog.getExistingDirectory
        remembered = context.preferences.get(EXPORT_FOLDER)
        self.folder: Path | None = Path(remembered) if remembered else None  # None: exports/
        self.status: ExportFolder | None = None
        self.label = QLabel()
        self.path = QLineEdit()  # typing a path is the keyboard's way to a folder
        self.path.editingFinished.connect(self._typed)
        self.label.setBuddy(self.path)
        self.choose = QPushButton()
        self.choose.setMinimumHeight(MIN_TARGET_PX)
        self.choose.clicked.connect(self._choose)
        self.default = QPushButton()
        self.default.setMinimumHeight(MIN_TARGET_PX)
        self.default.clicked.connect(lambda: self.use(None))
        self.state = QLabel()
        self.state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        row.addWidget(self.default)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.state)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Save the report in"))
        self.path.setAccessibleName(self.tr("Folder the report is saved in"))
        self.path.setPlaceholderText(self.tr("The data folder's exports folder"))
        self.choose.setText(self.tr("Choose folder…"))
        self.choose.setAccessibleName(self.tr("Choose the folder for the report"))
        self.default.setText(self.tr("Default folder"))
        self.default.setAccessibleName(self.tr("Use the data folder's exports folder"))
        self._draw_state()

    def use(self, folder: Path | None) -> None:
        """Export into ``folder`` (None: the data folder's exports/) from now on; remembered."""
        self.folder = folder
        self.context.preferences.set(EXPORT_FOLDER, str(folder) if folder else "")
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        """Look at the folder again (in the background: a gone network share can be slow)."""
        folder = self.folder
        self.status = None
        self._draw_state()

        def look(ws, progress, cancelled):  # type: ignore[no-untyped-def]
            return export_folder_status(folder or default_export_folder(ws))

        with_workspace(
            self.context.workspace,
            look,
            on_success=lambda status: self._looked(folder, status),
            on_failure=self._failed,
            owner=self,
        )

    def _looked(self, folder: Path | None, status: ExportFolder) -> None:
        if folder != self.folder:
            return  # another folder was chosen meanwhile
        self.status = status
        self._draw_state()

    def _failed(self, error: FieldappError) -> None:
        self.state.setProperty("role", "field-error")
        self.state.setText(error_text(error))
        self.state.style().polish(self.state)

    def _draw_state(self) -> None:
        shown = str(self.status.path) if self.status else str(self.folder or "")
        if not self.path.hasFocus():
            self.path.setText(shown)
        status = self.status
        if status is None:
            text, problem = "", False
        elif not status.exists:
            text, problem = (
                self.tr(
                    "This folder is not there (a USB stick removed?). Plug it in or choose "
                    "another folder."
                ),
                True,
            )
        elif not status.writable:
            text, problem = (
                self.tr(
                    "This folder cannot be written to (a locked stick, no permission). Choose "
                    "another folder."
                ),
                True,
            )
        elif status.free_bytes is None:
            text, problem = "", False
        else:
            size = QLocale().formattedDataSize(status.free_bytes)
            text, problem = self.tr("Free space: %1").replace("%1", size), False
        self.state.setText(text)
        self.state.setProperty("role", "field-error" if problem else "hint")
        self.state.style().polish(self.state)
        self.path.setAccessibleDescription(text)

    def _typed(self) -> None:
        text = self.path.text().strip()
        current = str(self.status.path) if self.status else str(self.folder or "")
        if text == current:
            return
        self.use(Path(text).expanduser() if text else None)

    def _choose(self) -> None:
        start = str(self.status.path) if self.status else str(self.folder or Path.home())
        chosen = self.choose_folder(self, self.tr("Folder for the report"), start)
        if chosen:
            self.use(Path(chosen))
