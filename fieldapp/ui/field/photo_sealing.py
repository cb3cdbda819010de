"""On the first unlock of a data folder from an earlier version: its plain photo files are
sealed in the background (services/photo_sealing.py), with their progress shown. The window
stays usable meanwhile; "Later" stops the pass, and the next unlock resumes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photo_sealing import SealingReport, photos_to_seal, seal_plain_photos
from fieldapp.ui.messages import error_text
from fieldapp.ui.operations import Operation, with_workspace


class PhotoSealingDialog(QProgressDialog):
    def __init__(self, workspace: FieldWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.report: SealingReport | None = None
        self.setWindowTitle(self.tr("Encrypting the photos"))
        self.setLabelText(
            self.tr(
                "The photos kept by the previous version are being encrypted on this device. "
                "You can go on working meanwhile."
            )
        )
        self.setCancelButtonText(self.tr("Later"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, 0)  # busy until the first file is counted
        self.operation: Operation[SealingReport] = with_workspace(
            workspace,
            lambda ws, progress, cancelled: seal_plain_photos(
                ws, progress=progress, cancelled=cancelled
            ),
            on_success=self._sealed,
            on_failure=self._failed,
            on_progress=self._progressed,
            owner=self,
        )
        self.canceled.connect(self.operation.cancel)

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.setRange(0, total)
        self.setValue(done)

    def _sealed(self, report: SealingReport) -> None:
        self.report = report
        if report.finished:
            self.workspace.photo_seal.plain_readable = False
        self.hide()  # not close(): a progress dialog's close says "cancelled"

    def _failed(self, error: FieldappError) -> None:
        self.setLabelText(error_text(error))
        self.setCancelButtonText(self.tr("Close"))


def seal_photos_if_needed(workspace: FieldWorkspace, parent: QWidget) -> PhotoSealingDialog | None:
    """Start sealing the folder's plain photo files when it has any; the dialog shows how far."""
    if not photos_to_seal(workspace):
        return None
    dialog = PhotoSealingDialog(workspace, parent)
    dialog.show()
    return dialog
