"""The archive's detail pane: one report's summary, verification record, parties (masked),
assessment steps, photos taken from the archived PDF, risk notes and revision history. It is
one rich-text document, so it wraps, scrolls and reads aloud as text; each earlier revision is a
link (Tab, Enter) that opens it in the pane."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from fieldapp.office.archive_detail import ReportDetail
from fieldapp.report.verification import (
    COVERS_DATA,
    DATA_CONSISTENT,
    INTACT,
    READABLE,
    SIGNED,
    TRUSTED,
    UNMODIFIED,
)
from fieldapp.ui.names import legal_basis_name, line_name, party_field_name, party_role_name
from fieldapp.ui.office.archive_model import moment_text
from fieldapp.ui.preferences import Preferences
from fieldapp.ui.theme import status_colour
from fieldapp.ui.widgets.retranslating import Retranslating

REVISION_LINK = "revision:"
PANE_CHARS = 56


class ArchiveDetailPane(Retranslating, QWidget):
    open_revision = Signal(str)  # report_sha256 of an earlier (or later) revision
    open_pdf = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.detail: ReportDetail | None = None
        self.thumbnails: list[bytes] | None = None  # None: still being taken from the PDF
        self.rendered: str | None = None  # the report_sha256 the document shows
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.open_pdf.emit)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.retranslate()

    def sizeHint(self) -> QSize:
        """About 56 characters wide, whatever the window's width: wide enough for its two
        columns of labels and values, and the archive table takes the rest."""
        return QSize(
            self.fontMetrics().averageCharWidth() * PANE_CHARS, super().sizeHint().height()
        )

    def retranslate(self) -> None:
        self.pdf_button.setText(self.tr("Open PDF"))
        self.pdf_button.setAccessibleName(self.tr("Open the report's PDF in the system viewer"))
        self.browser.setAccessibleName(self.tr("Report details"))
        self._render()

    def show_detail(self, detail: ReportDetail | None) -> None:
        self.detail, self.thumbnails = detail, None
        self._render()

    def show_thumbnails(self, thumbnails: list[bytes]) -> None:
        self.thumbnails = thumbnails
        self._render()

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(REVISION_LINK):
            self.open_revision.emit(target.removeprefix(REVISION_LINK))

    # The document -------------------------------------------------------------------------

    def _render(self) -> None:
        detail = self.detail
        self.pdf_button.setEnabled(detail is not None)
        if detail is None:
            self.rendered = None
            self.heading.setText(self.tr("No report chosen"))
            self.browser.setHtml(
                _paragraph(self.tr("Choose a report in the table to see its details."))
            )
            return
        report = detail.report
        self.heading.setText(f"{report['claim_number']} · r{report['revision']}")
        sections = [
            self._older(detail),
            self._section(self.tr("Summary"), self._summary(detail)),
            self._section(self.tr("Verification"), self._verification(detail)),
            self._section(self.tr("Parties (masked)"), self._parties(detail.survey)),
            self._section(self.tr("Assessment"), self._assessment(detail.survey)),
            self._section(self.tr("Photos"), self._photos(detail)),
            self._section(self.tr("Risk notes"), self._risk_notes(detail.survey)),
            self._section(self.tr("Revisions"), self._revisions(detail)),
        ]
        same = detail.report["report_sha256"] == self.rendered
        scroll = self.browser.verticalScrollBar().value() if same else 0
        self.browser.setHtml("".join(sections))
        # Thumbnails arriving keep the place; another report (a revision link) starts at its
        # top, where its "earlier revision" note is.
        self.browser.verticalScrollBar().setValue(scroll)
        self.rendered = detail.report["report_sha256"]

    @staticmethod
    def _section(title: str, body: str) -> str:
        return f"<h3>{escape(title)}</h3>{body}"

    @staticmethod
    def _table(rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td width='36%' style='padding-right:12px'><b>{escape(k)}</b></td>"
            f"<td>{v}</td></tr>"
            for k, v in rows
        )
        return f"<table width='100%' cellspacing='0' cellpadding='2'>{cells}</table>"

    def _older(self, detail: ReportDetail) -> str:
        if detail.latest:
            return ""
        newest = detail.revisions[0]
        note = self.tr("An earlier revision: r%1 supersedes it.").replace(
            "%1", str(newest.revision)
        )
        show = escape(self.tr("Show it"))
        link = f"<a href='{REVISION_LINK}{newest.report_sha256}'>{show}</a>"
        colour = status_colour("attention", self.preferences.theme).name()
        return f"<p style='color:{colour}'><b>{escape(note)}</b> {link}</p>"

    def _summary(self, detail: ReportDetail) -> str:
        report, survey = detail.report, detail.survey
        incident = survey["incident"]
        currency = report["currency"]
        return self._table(
            [
                (self.tr("Claim"), escape(report["claim_number"])),
                (self.tr("Policy"), escape(report["policy_number"] or "—")),
                (self.tr("Line"), escape(line_name(report["line_of_business"]))),
                (self.tr("Incident"), escape(moment_text(report["incident_at"]))),
                (self.tr("Place"), escape(incident.get("address") or "—")),
                (self.tr("What happened"), escape(incident.get("description") or "—")),
                (self.tr("Surveyor"), escape(report["surveyor"] or "—")),
                (self.tr("Survey finished"), escape(moment_text(report["finished_at"]))),
                (self.tr("Received"), escape(moment_text(report["received_at_utc"], local=True))),
                (self.tr("Net loss"), escape(_money(report["net_loss"], currency))),
                (self.tr("Indemnity"), f"<b>{escape(_money(report['indemnity'], currency))}</b>"),
                (self.tr("Photos"), str(report["photo_count"])),
                (self.tr("File"), escape(report["file_name"] or "—")),
            ]
        )

    def _verification(self, detail: ReportDetail) -> str:
        signer = detail.signer
        who = " · ".join(p for p in (signer.surveyor, signer.organisation) if p) or "—"
        device = escape(signer.device_name or self.tr("no longer in the trust list"))
        if signer.revoked_at_utc:
            device += " — " + escape(
                self.tr("revoked %1; this report was accepted before").replace(
                    "%1", moment_text(signer.revoked_at_utc, local=True)
                )
            )
        rows = [
            (self.tr("Signer"), escape(who)),
            (self.tr("Device"), device),
            (self.tr("Certificate fingerprint"), _fingerprint(signer.fingerprint)),
            (self.tr("Signed at"), escape(moment_text(signer.signed_at or None))),
        ]
        theme = self.preferences.theme
        for check in detail.checks:
            state = {True: "done", False: "blocked", None: "attention"}[check["ok"]]
            verdict = {
                True: self.tr("✓ holds"),
                False: self.tr("✗ fails"),
                None: self.tr("– not checked"),
            }[check["ok"]]
            shown = f"<span style='color:{status_colour(state, theme).name()}'>"
            shown += f"<b>{escape(verdict)}</b></span>"
            if check.get("detail"):
                shown += f" {escape(check['detail'])}"
            rows.append((self._check_name(check["check"]), shown))
        return self._table(rows)

    def _check_name(self, check: str) -> str:
        return {
            READABLE: self.tr("Readable PDF"),
            SIGNED: self.tr("Signed"),
            INTACT: self.tr("Signature intact and valid"),
            TRUSTED: self.tr("Signer trusted"),
            UNMODIFIED: self.tr("No change after signing"),
            COVERS_DATA: self.tr("Signature covers the survey data"),
            DATA_CONSISTENT: self.tr("Data matches its schema and manifest"),
        }.get(check, check)

    def _parties(self, survey: dict[str, Any]) -> str:
        if not survey["parties"]:
            return _paragraph(self.tr("None recorded."))
        fields = ("name", "phone", "plate", "vehicle", "id_number")
        rows = []
        for party in survey["parties"]:
            shown = [
                escape(self.tr("%1: %2").replace("%1", party_field_name(f))).replace(
                    "%2", escape(str(party[f]))
                )
                for f in fields
                if party.get(f)
            ]
            shown.append(escape(legal_basis_name(party.get("legal_basis") or "")))
            rows.append((party_role_name(party["role"]), " · ".join(shown)))
        return self._table(rows)

    def _assessment(self, survey: dict[str, Any]) -> str:
        assessment = survey["assessment"]
        steps = "".join(f"<li>{escape(step['explanation'])}</li>" for step in assessment["steps"])
        currency = survey["policy_terms"]["currency"]
        total = escape(
            self.tr("Indemnity: %1").replace("%1", _money(assessment["indemnity"], currency))
        )
        return f"<ol>{steps}</ol><p><b>{total}</b></p>"

    def _photos(self, detail: ReportDetail) -> str:
        if self.thumbnails is None:
            return _paragraph(self.tr("Taking the photos from the archived PDF…"))
        if not self.thumbnails:
            return _paragraph(self.tr("The report holds no photos."))
        document: QTextDocument = self.browser.document()
        images = []
        for number, data in enumerate(self.thumbnails):
            name = f"thumb-{detail.report['report_sha256'][:12]}-{number}"
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(data)
            )
            images.append(f"<img src='{name}' style='margin:2px'/> ")
        return f"<p>{''.join(images)}</p>"

    def _risk_notes(self, survey: dict[str, Any]) -> str:
        notes = survey.get("risk_notes") or []
        if not notes:
            return _paragraph(self.tr("None."))
        items = "".join(
            f"<li><b>{escape(n['subject'])}</b>: {escape(n['detail'])}</li>" for n in notes
        )
        return f"<ul>{items}</ul>"

    def _revisions(self, detail: ReportDetail) -> str:
        rows = []
        shown_now = escape(self.tr("shown"))
        for revision in detail.revisions:
            received = escape(moment_text(revision.received_at_utc, local=True))
            label = f"r{revision.revision}"
            if revision.report_sha256 == detail.report["report_sha256"]:
                shown = f"<b>{label}</b> ({shown_now})"
            else:
                shown = f"<a href='{REVISION_LINK}{revision.report_sha256}'>{label}</a>"
            arrived = escape(self.tr("received %1").replace("%1", received))
            rows.append(f"<li>{shown} · {arrived} · {escape(revision.file_name)}</li>")
        return f"<ul>{''.join(rows)}</ul>"


def _fingerprint(fingerprint: str) -> str:
    """32 pairs in four lines of 8: it fits a narrow pane and never breaks inside a pair, and
    is read out and compared line by line."""
    pairs = fingerprint.split(":")
    lines = [":".join(pairs[at : at + 8]) for at in range(0, len(pairs), 8)]
    return f"<tt>{'<br/>'.join(escape(line) for line in lines)}</tt>"


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _money(amount: str | None, currency: str) -> str:
    return "—" if amount is None else f"{Decimal(amount):,.2f} {currency}"
