"""One signature under the report: the pad, the name and role under it, what is stored, and the
button that stores it. For the insured, also "does not sign" with the reason.

Signing is an act of the person, like the consent's: it has its own button and its own time,
and is not stored stroke by stroke (half a signature is no signature). The core refuses a blank
pad or a dot; the reason appears beside the pad.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fieldapp.core.hand_signatures import SignatureStatus, SignerRole
from fieldapp.core.timestamps import format_offset
from fieldapp.errors import FieldappError
from fieldapp.ui.messages import error_text
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating
from fieldapp.ui.widgets.signature_pad import SignatureBox

SIGNATURE_ERRORS = {"signature_blank", "signature_too_little_ink"}
REASON_ERRORS = {"decline_reason_missing", "text_too_long", "text_character", "usage"}


class SignaturePanel(Retranslating, QWidget):
    sign_wanted = Signal(object)  # this panel: store the pad's signature
    decline_wanted = Signal(object)  # this panel: the insured does not sign (the reason typed)

    def __init__(self, role: SignerRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.name = ""
        self.status: SignatureStatus | None = None
        self.editable = False
        self.signing_again = False  # a stored signature is replaced only when asked
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.box = SignatureBox()
        self.signer = QLabel()  # the name and role under the pad, as on paper
        self.signer.setWordWrap(True)
        self.stored = QLabel()
        self.stored.setProperty("role", "hint")
        self.stored.setWordWrap(True)
        self.sign_button = QPushButton()
        self.sign_button.setProperty("primary", True)
        self.sign_button.clicked.connect(lambda: self.sign_wanted.emit(self))
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.sign_again)
        self.error = QLabel()
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.signer)
        layout.addWidget(self.stored)
        layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.box)
        layout.addWidget(self.sign_button)
        layout.addWidget(self.error)
        self.reason = QLineEdit()
        self.reason_error = FieldError(self.reason)
        self.decline_button = QPushButton()
        self.decline_button.clicked.connect(lambda: self.decline_wanted.emit(self))
        self.reason.returnPressed.connect(lambda: self.decline_wanted.emit(self))
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.decline_row = QWidget()
        if role is SignerRole.INSURED:
            row = QHBoxLayout(self.decline_row)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.reason, 1)
            row.addWidget(self.decline_button)
            layout.addWidget(self.reason_label)
            layout.addWidget(self.decline_row)
            layout.addWidget(self.reason_error)
        else:
            self.reason_label.hide()
            self.decline_row.hide()
        self.retranslate()

    def retranslate(self) -> None:
        surveyor = self.role is SignerRole.SURVEYOR
        self.heading.setText(
            self.tr("Surveyor's signature") if surveyor else self.tr("Insured's signature")
        )
        self.box.pad.setAccessibleName(
            self.tr("Signature pad of the surveyor")
            if surveyor
            else self.tr("Signature pad of the insured")
        )
        self.sign_button.setText(
            self.tr("Store the surveyor's &signature")
            if surveyor
            else self.tr("Store the &insured's signature")
        )
        self.sign_button.setAccessibleName(self.sign_button.text().replace("&", ""))
        self.reason_label.setText(self.tr("If the insured does not sign, why:"))
        self.reason.setPlaceholderText(self.tr("e.g. not at the scene; refused to sign"))
        self.reason.setAccessibleName(self.tr("Why the insured does not sign"))
        self.decline_button.setText(self.tr("Record: &does not sign"))
        self.decline_button.setAccessibleName(self.tr("Record that the insured does not sign"))
        self._draw()

    def show_signer(self, name: str, status: SignatureStatus | None, *, editable: bool) -> None:
        self.name, self.status, self.editable = name, status, editable
        for part in (self.box, self.sign_button, self.reason, self.decline_button):
            part.setEnabled(editable and bool(name))
        self._draw()

    def sign_again(self) -> None:
        self.signing_again = True
        self._draw()
        self.box.pad.setFocus()

    @property
    def pad_shown(self) -> bool:
        """The pad is out while nothing is stored, or when the person signs again; a stored
        signature is not drawn back (reading strokes is an access to personal data)."""
        return self.status is None or self.signing_again

    def _draw(self) -> None:
        role = self.tr("Surveyor") if self.role is SignerRole.SURVEYOR else self.tr("Insured")
        if self.name:
            self.signer.setText(f"<b>{_html(self.name)}</b> · {role}")
        else:
            self.signer.setText(
                self.tr("No insured recorded yet: add the insured in Parties first.")
            )
        self.signer.setAccessibleName(self.signer.text())
        status = self.status
        if status is None:
            self.stored.setText(self.tr("Not signed yet."))
        else:
            at = f"{status.signed_at:%Y-%m-%d %H:%M} {format_offset(status.signed_at)}"
            self.stored.setText(
                self.tr("Signed at %1.").replace("%1", at)
                if status.signed
                else self.tr("Does not sign (recorded at %1): %2")
                .replace("%1", at)
                .replace("%2", _html(status.declined_reason))
            )
        self.stored.setAccessibleName(self.stored.text())
        shown = self.pad_shown and self.editable
        self.box.setVisible(shown)
        self.sign_button.setVisible(shown)
        insured = self.role is SignerRole.INSURED
        self.reason_label.setVisible(insured and shown)
        self.decline_row.setVisible(insured and shown)
        self.again_button.setVisible(not self.pad_shown and self.editable)
        if status is not None and not status.signed:  # recorded as not signing; signs after all
            self.again_button.setText(self.tr("Sign &now"))
            self.again_button.setAccessibleName(self.tr("The insured signs after all"))
        else:
            self.again_button.setText(self.tr("Sign a&gain"))
            self.again_button.setAccessibleName(self.tr("Replace the stored signature"))

    def clear_errors(self) -> None:
        self.error.hide()
        self.box.error.clear_error()
        self.reason_error.clear_error()

    def refused(self, error: FieldappError) -> None:
        """The core's reason beside the field it concerns."""
        text = error_text(error)
        if error.code in SIGNATURE_ERRORS:
            self.box.error.show_error(text)
            self.box.pad.setFocus()
        elif error.code in REASON_ERRORS and self.role is SignerRole.INSURED:
            self.reason_error.show_error(text)
            self.reason.setFocus()
        else:
            self.error.setText(text)
            self.error.show()

    def stored_now(self, status: SignatureStatus) -> None:
        self.status, self.signing_again = status, False
        self.clear_errors()
        self.box.clear()
        self._draw()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")
