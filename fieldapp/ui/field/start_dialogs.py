"""Before the window: first-run setup (who the surveyor is, the passphrase, the device's signing
identity) or unlocking. The slow parts (scrypt, key generation) run in the background with a
busy indicator; a wrong passphrase says so and lets the user try again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.passphrases import MIN_PASSPHRASE_CHARS, Strength, rate_passphrase
from fieldapp.errors import FieldappError
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.session import DeviceSetup, open_unlocked, set_up_device, unlock
from fieldapp.store.secrets import ValueCipher
from fieldapp.ui.messages import error_text
from fieldapp.ui.operations import in_background
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # no end known: an indicator that it is working
    bar.setTextVisible(False)
    bar.hide()
    return bar


class UnlockDialog(Retranslating, QDialog):
    """Asks for the passphrase until it is the right one; ``unlocked`` carries the workspace."""

    unlocked = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: FieldWorkspace | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = FieldError(self.passphrase)
        self.busy = _busy_bar()
        self.unlock_button = QPushButton()
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.setMinimumWidth(460)
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.passphrase, self.error, self.busy, self.unlock_button):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock fieldapp"))
        self.heading.setText(self.tr("Type the passphrase that protects this device's surveys."))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))

    def try_unlock(self) -> None:
        if not self.passphrase.text() or self.busy.isVisible():
            return
        self._working(True)
        passphrase = self.passphrase.text()
        in_background(
            lambda progress, cancelled: unlock(self.data_dir, passphrase),
            on_success=self._done,
            on_failure=self._refused,
            owner=self,
        )

    def _working(self, working: bool) -> None:
        self.busy.setVisible(working)
        self.unlock_button.setEnabled(not working)
        self.passphrase.setEnabled(not working)

    def _done(self, key: ValueCipher) -> None:
        self.workspace = open_unlocked(self.data_dir, key)  # this thread's own connection
        self.unlocked.emit(self.workspace)
        self.accept()

    def _refused(self, error: FieldappError) -> None:
        self._working(False)
        self.error.show_error(error_text(error))
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class SetupDialog(Retranslating, QDialog):
    """First run: the surveyor, the passphrase (typed twice, its strength shown and its rule
    stated) and the device identity, made in the background."""

    set_up = Signal(object)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.workspace: FieldWorkspace | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.surveyor = QLineEdit()
        self.staff_number = QLineEdit()
        self.organisation = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase_again = QLineEdit()
        for field in (self.passphrase, self.passphrase_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar()
        self.strength.setRange(0, int(Strength.STRONG))
        self.strength.setTextVisible(True)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setProperty("role", "hint")
        self.errors = {
            "surveyor": FieldError(self.surveyor),
            "passphrase": FieldError(self.passphrase),
            "passphrase_again": FieldError(self.passphrase_again),
        }
        self.busy = _busy_bar()
        self.create_button = QPushButton()
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.try_set_up)
        self.setMinimumWidth(560)
        self.passphrase.textChanged.connect(self._show_strength)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        rows = [
            (self.surveyor, self.errors["surveyor"]),
            (self.staff_number, None),
            (self.organisation, None),
            (self.passphrase, self.errors["passphrase"]),
            (self.strength, None),
            (self.passphrase_again, self.errors["passphrase_again"]),
        ]
        for label, (field, error) in zip(self.labels, rows, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
            if error is not None:
                self.form.addRow("", error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.rule)
        layout.addWidget(self.busy)
        layout.addWidget(self.create_button)
        self.retranslate()
        self._show_strength("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up fieldapp"))
        self.heading.setText(
            self.tr(
                "This device has not been set up yet. Say who surveys with it and choose the "
                "passphrase that protects the personal data of every survey on it."
            )
        )
        names = [
            self.tr("Surveyor's name"),
            self.tr("Staff number"),
            self.tr("Organisation"),
            self.tr("Passphrase"),
            self.tr("Passphrase strength"),
            self.tr("Passphrase again"),
        ]
        fields = [
            self.surveyor,
            self.staff_number,
            self.organisation,
            self.passphrase,
            self.strength,
            self.passphrase_again,
        ]
        for label, name, field in zip(self.labels, names, fields, strict=True):
            label.setText(name)
            field.setAccessibleName(name)
        self.rule.setText(
            self.tr(
                "At least %n characters. Longer is stronger: 12 characters are fair; 16, or 12 "
                "mixing letters, digits and signs, are strong. Without the passphrase the data "
                "cannot be read: keep it safe.",
                "",
                MIN_PASSPHRASE_CHARS,
            )
        )
        self.create_button.setText(self.tr("Set up this device"))
        self.create_button.setAccessibleName(self.tr("Set up this device"))
        self._show_strength(self.passphrase.text())

    def _show_strength(self, text: str) -> None:
        rating = rate_passphrase(text)
        words = {
            Strength.TOO_SHORT: self.tr("too short"),
            Strength.WEAK: self.tr("weak"),
            Strength.FAIR: self.tr("fair"),
            Strength.STRONG: self.tr("strong"),
        }
        self.strength.setValue(int(rating.strength))
        self.strength.setFormat(words[rating.strength])

    def try_set_up(self) -> None:
        if self.busy.isVisible():
            return
        for error in self.errors.values():
            error.clear_error()
        setup = DeviceSetup(
            surveyor=self.surveyor.text(),
            staff_number=self.staff_number.text(),
            organisation=self.organisation.text(),
            passphrase=self.passphrase.text(),
            passphrase_again=self.passphrase_again.text(),
        )
        self._working(True)
        in_background(
            lambda progress, cancelled: set_up_device(self.data_dir, setup),
            on_success=self._done,
            on_failure=self._refused,
            owner=self,
        )

    def _working(self, working: bool) -> None:
        self.busy.setVisible(working)
        self.create_button.setEnabled(not working)

    def _done(self, made: tuple[ValueCipher, object]) -> None:
        self.workspace = open_unlocked(self.data_dir, made[0])
        self.set_up.emit(self.workspace)
        self.accept()

    def _refused(self, error: FieldappError) -> None:
        self._working(False)
        beside = {"passphrase_too_short": "passphrase", "passphrases_differ": "passphrase_again"}
        self.errors[beside.get(error.code, "surveyor")].show_error(error_text(error))
