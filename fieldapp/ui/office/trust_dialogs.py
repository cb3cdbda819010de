"""Trusting a device is a decision: the certificate's surveyor, organisation and full fingerprint
are shown to be compared with the surveyor's tablet before the office confirms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.timestamps import shown_stored_time
from fieldapp.office.trust import CertificateDetails
from fieldapp.ui.widgets.retranslating import Retranslating


def fingerprint_lines(fingerprint: str) -> str:
    """32 bytes as two lines of 16 pairs: easier to read out and compare pair by pair."""
    pairs = fingerprint.split(":")
    return "\n".join(" ".join(pairs[i : i + 16]) for i in range(0, len(pairs), 16))


class TrustDialog(Retranslating, QDialog):
    def __init__(
        self, details: CertificateDetails, *, known: str, parent: QWidget | None = None
    ) -> None:
        """``known``: "" (new), "trusted" (already) or "revoked" (trusting it again)."""
        super().__init__(parent)
        self.details = details
        self.known = known
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.surveyor = QLabel(details.surveyor)
        self.organisation = QLabel(details.organisation)
        self.staff_number = QLabel(details.staff_number or "—")
        valid_from, valid_until = details.valid_from_utc, details.valid_until_utc
        self.valid = QLabel(f"{shown_stored_time(valid_from)} – {shown_stored_time(valid_until)}")
        self.fingerprint = QLabel(fingerprint_lines(details.fingerprint))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setBold(True)
        mono.setPointSizeF(self.font().pointSizeF() * 1.15)  # read out pair by pair
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name = QLineEdit(
            f"{details.surveyor} ({details.organisation})" if details.organisation else ""
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "field-error")
        self.form = QFormLayout()
        for field in (
            self.surveyor,
            self.organisation,
            self.staff_number,
            self.valid,
            self.fingerprint,
            self.name,
        ):
            self.form.addRow(QLabel(), field)
        self.buttons = QDialogButtonBox()
        self.confirm = QPushButton()
        self.confirm.setProperty("primary", True)
        self.confirm.setDefault(True)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trust this device?"))
        self.intro.setText(
            self.tr(
                "Compare the fingerprint with the one the surveyor's tablet shows (Device "
                "identity), pair by pair, before trusting. Reports this device signs will then "
                "be accepted."
            )
        )
        labels = (
            self.tr("Surveyor:"),
            self.tr("Organisation:"),
            self.tr("Staff number:"),
            self.tr("Valid:"),
            self.tr("Fingerprint (SHA-256):"),
            self.tr("&Name at the office:"),
        )
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            assert isinstance(label, QLabel)
            label.setText(text)
            label.setBuddy(self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.name.setAccessibleName(self.tr("Name of the device at the office"))
        self.confirm.setText(self.tr("Trust this device"))
        self.confirm.setAccessibleName(self.tr("Trust this device"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.note.setText(
            {
                "trusted": self.tr("This device is trusted already; its name will be updated."),
                "revoked": self.tr(
                    "This device was revoked. Trusting it again accepts its reports from now on."
                ),
            }.get(self.known, "")
        )
        self.note.setVisible(bool(self.known))
