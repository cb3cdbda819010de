"""What an export wrote: the file, buttons to open it or its folder in the system's programs,
and the verdict of the written file, every check, as the office's `fieldapp verify` gives it
(with this device's own certificate trusted)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.core.timestamps import shown_time
from fieldapp.report.verification import ReportVerification
from fieldapp.services.export import ExportResult
from fieldapp.ui.messages import check_name, report_reason_text
from fieldapp.ui.preferences import Theme
from fieldapp.ui.theme import MIN_TARGET_PX, status_colour
from fieldapp.ui.widgets.retranslating import Retranslating
from fieldapp.ui.widgets.system_viewer import NotOpenedNote, UrlOpener


class ExportResultPanel(Retranslating, QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.open_url: UrlOpener = QDesktopServices.openUrl  # a test gives its own
        self.result: ExportResult | None = None
        self.verification: ReportVerification | None = None
        self.verification_error = ""
        self.written = QLabel()
        self.written.setWordWrap(True)
        self.written.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton()
        self.open_pdf = QPushButton()
        for button in (self.open_folder, self.open_pdf):
            button.setMinimumHeight(MIN_TARGET_PX)
        self.open_folder.clicked.connect(lambda: self._open(folder=True))
        self.open_pdf.clicked.connect(lambda: self._open(folder=False))
        self.not_opened = NotOpenedNote()  # the path when no program took it
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.signature = QLabel()  # the office checks the fingerprint, e.g. over the phone
        self.signature.setWordWrap(True)
        self.signature.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_pdf)
        buttons.addWidget(self.open_folder)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.written)
        layout.addLayout(buttons)
        layout.addWidget(self.not_opened)
        layout.addWidget(self.verdict)
        layout.addWidget(self.signature)
        layout.addWidget(self.checks)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.open_folder.setText(self.tr("Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open the folder of the report"))
        self.open_pdf.setText(self.tr("Open PDF"))
        self.open_pdf.setAccessibleName(self.tr("Open the report in the PDF viewer"))
        self._draw()

    def show_result(self, result: ExportResult) -> None:
        """A file was written; its verification follows (``show_verification``)."""
        self.result, self.verification, self.verification_error = result, None, ""
        self.not_opened.clear()
        self.show()
        self._draw()

    def show_verification(self, verification: ReportVerification) -> None:
        self.verification = verification
        self._draw()

    def verification_failed(self, text: str) -> None:
        self.verification_error = text
        self._draw()

    def path_of(self, *, folder: bool) -> Path:
        assert self.result is not None
        return self.result.path.parent if folder else self.result.path

    def url_of(self, *, folder: bool) -> QUrl:
        return QUrl.fromLocalFile(str(self.path_of(folder=folder)))

    def _open(self, *, folder: bool) -> None:
        if self.result is not None:
            self.not_opened.open_path(self.path_of(folder=folder), self.open_url)

    def _draw(self) -> None:
        result = self.result
        if result is None:
            return
        size = QLocale().formattedDataSize(result.size_bytes)
        self.written.setText(
            self.tr("Revision %1 written (%2):\n%3")
            .replace("%1", str(result.revision))
            .replace("%2", size)
            .replace("%3", str(result.path))
        )
        self.written.setAccessibleName(self.written.text())
        self._draw_verdict()

    def _draw_verdict(self) -> None:
        verification = self.verification
        if self.verification_error:
            self.verdict.setText(
                self.tr("The written file could not be checked: %1").replace(
                    "%1", self.verification_error
                )
            )
            self.checks.clear()
            self.signature.clear()
        elif verification is None:
            self.verdict.setText(self.tr("Checking the written file…"))
            self.checks.clear()
            self.signature.clear()
        else:
            if verification.complete:
                verdict = self.tr("The written file verifies: every check holds.")
            else:
                reason = report_reason_text(verification.failure_code or "")
                verdict = self.tr("The written file does NOT verify: %1. Export it again.").replace(
                    "%1", reason
                )
            self.verdict.setText(f"<b>{escape(verdict)}</b>")
            self.signature.setText(self._signature_text(verification))
            self.checks.setText("<br>".join(self._check_line(c) for c in verification.checks))
        self.verdict.setAccessibleName(self.verdict.text())
        self.signature.setAccessibleName(self.signature.text())
        self.checks.setAccessibleName(self.checks.text())

    def _signature_text(self, verification: ReportVerification) -> str:
        if verification.signing_time is None:
            return ""
        when = shown_time(verification.signing_time.astimezone())  # a clock read here
        return (
            self.tr("Signed at %1; the signing device's fingerprint:\n%2")
            .replace("%1", when)
            .replace("%2", verification.fingerprint)
        )

    def _check_line(self, check) -> str:  # type: ignore[no-untyped-def]
        name = escape(check_name(check.name))
        if check.ok is True:
            colour, mark, word = "done", "✓", self.tr("holds")
        elif check.ok is False:
            colour, mark, word = "blocked", "✗", self.tr("fails")
        else:
            colour, mark, word = "attention", "–", self.tr("not checked")
        said = self.tr("%1: %2").replace("%1", name).replace("%2", escape(word))
        colour_name = status_colour(colour, self.theme).name()
        return f'<span style="color:{colour_name}"><b>{mark}</b> {said}</span>'
