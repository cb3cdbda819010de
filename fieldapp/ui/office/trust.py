"""Trusted devices: whose reports the office accepts, since when, how many it received; a device
is added from its certificate (a PEM file, chosen or dropped) after comparing its fingerprint,
and revoked after a confirmation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.timestamps import shown_stored_time
from fieldapp.errors import FieldappError
from fieldapp.office.importer import OfficeWorkspace
from fieldapp.office.trust import CertificateDetails, TrustedDevice, certificate_details
from fieldapp.ui.messages import error_text
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.pages import OfficePage
from fieldapp.ui.office.trust_dialogs import TrustDialog
from fieldapp.ui.operations import Cancelled, Progress, with_office
from fieldapp.ui.preferences import Preferences
from fieldapp.ui.theme import status_colour
from fieldapp.ui.widgets.retranslating import Note, Words

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DeviceRow:
    device: TrustedDevice
    reports: int


def short_fingerprint(fingerprint: str) -> str:
    pairs = fingerprint.split(":")
    return ":".join(pairs[:6]) + " … " + ":".join(pairs[-4:])


class DevicesModel(QAbstractTableModel):
    COLUMNS = ("name", "fingerprint", "added", "state", "reports")

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.rows: list[DeviceRow] = []

    def replace(self, rows: list[DeviceRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Device"),
            self.tr("Fingerprint (SHA-256)"),
            self.tr("Trusted since"),
            self.tr("State"),
            self.tr("Reports received"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.shown(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "fingerprint":
            return row.device.fingerprint
        if role == Qt.ItemDataRole.FontRole and column == "fingerprint":  # 0/O, 8/B apart
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            tone = "blocked" if row.device.revoked else "done"
            return QBrush(status_colour(tone, self.preferences.theme))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "reports":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def shown(self, row: DeviceRow, column: str) -> str:
        device = row.device
        if column == "name":
            return device.name
        if column == "fingerprint":
            return short_fingerprint(device.fingerprint)
        if column == "added":
            return shown_stored_time(device.added_at_utc, compact=True)
        if column == "state":
            if device.revoked_at_utc:
                return self.tr("Revoked %1").replace(
                    "%1", shown_stored_time(device.revoked_at_utc, compact=True)
                )
            return self.tr("Trusted")
        return str(row.reports)


def _devices(office: OfficeWorkspace, _progress: Progress, _cancelled: Cancelled) -> Any:
    received = office.trust.reports_received()
    return [DeviceRow(d, received.get(d.fingerprint, 0)) for d in office.trust.devices()]


class TrustPage(OfficePage):
    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAcceptDrops(True)
        self.file_dialog: QFileDialog | None = None
        self.confirm_dialog: TrustDialog | None = None
        self.revoke_box: QMessageBox | None = None
        self.loads = 0  # device lists shown (tests wait for the one after a change)
        self.model = DevicesModel(context.preferences, self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.add = QPushButton()
        self.add.setProperty("primary", True)
        self.add.clicked.connect(self.choose_certificate)
        self.revoke = QPushButton()
        self.revoke.clicked.connect(self.ask_revoke)
        self.message = Note()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revoke)
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._enable()
        context.changes.trust_changed.connect(self.reload)
        context.changes.imported.connect(self.reload)  # the reports received
        self.reload()

    def title(self) -> str:
        return self.tr("Trusted devices")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The office accepts reports signed by these devices only. Add a device from the "
                "certificate its surveyor exported (or drop the .pem file here); revoking keeps "
                "its archived reports and refuses new ones."
            )
        )
        self.table.setAccessibleName(self.tr("Trusted devices"))
        self.add.setText(self.tr("Trust a device…"))
        self.add.setAccessibleName(self.tr("Trust a device from its certificate"))
        self.revoke.setText(self.tr("Revoke…"))
        self.revoke.setAccessibleName(self.tr("Revoke the chosen device"))
        last = len(DevicesModel.COLUMNS) - 1
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

    def reload(self) -> None:
        with_office(
            self.context.office,
            _devices,
            on_success=self._show,
            on_failure=self._failed,
            owner=self,
        )

    def _show(self, rows: list[DeviceRow]) -> None:
        chosen = self.current()
        self.model.replace(rows)
        for number, row in enumerate(rows):
            if chosen and row.device.fingerprint == chosen.device.fingerprint:
                self.table.selectRow(number)
        self.loads += 1
        self._enable()

    def _failed(self, error: FieldappError) -> None:
        self._say(lambda: error_text(error), error=True)

    def _say(self, words: Words, *, error: bool = False) -> None:
        self.message.say(words)
        self.message.setProperty("role", "field-error" if error else "hint")
        self.message.style().polish(self.message)

    def current(self) -> DeviceRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _enable(self) -> None:
        row = self.current()
        self.revoke.setEnabled(bool(row and not row.device.revoked))

    # --- adding -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        if files:
            self.read_certificate(files[0])

    def choose_certificate(self) -> None:
        dialog = QFileDialog(self, self.tr("The device's certificate"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilters([self.tr("Certificates (*.pem)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(lambda file: self.read_certificate(Path(file)))
        self.file_dialog = dialog
        dialog.open()

    def read_certificate(self, pem_file: Path) -> None:
        """Read the certificate (off the UI thread), then ask to confirm it."""

        def work(office: OfficeWorkspace, _progress: Progress, _cancelled: Cancelled) -> Any:
            details = certificate_details(pem_file)
            revoked = {d.fingerprint: d.revoked for d in office.trust.devices()}
            state = revoked.get(details.fingerprint)
            return details, "" if state is None else ("revoked" if state else "trusted")

        with_office(
            self.context.office,
            work,
            on_success=lambda found: self._confirm(pem_file, *found),
            on_failure=self._failed,
            owner=self,
        )

    def _confirm(self, pem_file: Path, details: CertificateDetails, known: str) -> None:
        self._say(str)
        dialog = TrustDialog(details, known=known, parent=self)
        dialog.accepted.connect(lambda: self._trust(pem_file, dialog.name.text().strip()))
        self.confirm_dialog = dialog
        dialog.open()

    def _trust(self, pem_file: Path, name: str) -> None:
        def work(office: OfficeWorkspace, _progress: Progress, _cancelled: Cancelled) -> Any:
            return office.trust.add(pem_file, name=name or None)

        with_office(
            self.context.office,
            work,
            on_success=self._trusted,
            on_failure=self._failed,
            owner=self,
        )

    def _trusted(self, device: TrustedDevice) -> None:
        self._say(lambda: self.tr("%1 is trusted.").replace("%1", device.name))
        self.context.changes.trust_changed.emit()

    # --- revoking -----------------------------------------------------------------------

    def ask_revoke(self) -> None:
        row = self.current()
        if row is None or row.device.revoked:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Revoke this device?"))
        box.setText(self.tr("Stop trusting %1?").replace("%1", row.device.name))
        box.setInformativeText(
            self.tr(
                "Reports it signs will be refused from now on; "
                "the archive keeps the %n report(s) it signed.",
                "",
                row.reports,
            )
        )
        revoke = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep trusting"), QMessageBox.ButtonRole.RejectRole)
        for button in (revoke, keep):
            button.setAccessibleName(button.text().replace("&", ""))
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)
        fingerprint = row.device.fingerprint
        box.buttonClicked.connect(
            lambda button: self._revoke(fingerprint) if button == revoke else None
        )
        self.revoke_box = box
        box.open()

    def _revoke(self, fingerprint: str) -> None:
        def work(office: OfficeWorkspace, _progress: Progress, _cancelled: Cancelled) -> Any:
            return office.trust.revoke(fingerprint)

        with_office(
            self.context.office,
            work,
            on_success=lambda device: self._revoked(device),
            on_failure=self._failed,
            owner=self,
        )

    def _revoked(self, device: TrustedDevice) -> None:
        self._say(lambda: self.tr("%1 is revoked.").replace("%1", device.name))
        self.context.changes.trust_changed.emit()
