"""One archived report as the archive's detail pane shows it: its data summary, parties masked,
assessment steps, risk notes, verification record and revision history; and the photos taken
back out of the archived PDF itself, which is what the office holds as evidence."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from fieldapp.core.privacy import redact_document
from fieldapp.errors import NotFound
from fieldapp.office.archive_files import read_archived
from fieldapp.office.database import OfficeDatabase
from fieldapp.office.schema import reports, trusted_devices

THUMBNAIL_PIXELS = 160
MOST_THUMBNAILS = 24


@dataclass(frozen=True)
class Signer:
    """Who signed, as the trusted device's certificate names them."""

    device_name: str
    surveyor: str
    organisation: str
    fingerprint: str
    signed_at: str
    revoked_at_utc: str | None


@dataclass(frozen=True)
class Revision:
    report_sha256: str
    revision: int
    received_at_utc: str
    file_name: str


@dataclass(frozen=True)
class ReportDetail:
    report: dict[str, Any]  # the archived row (listed columns and paths)
    survey: dict[str, Any]  # the survey document, personal data masked
    signer: Signer
    checks: list[dict[str, Any]]  # {"check", "ok", "detail"} as verified at import
    revisions: list[Revision]  # every archived revision of the survey, newest first
    pdf: Path

    @property
    def latest(self) -> bool:
        return self.report["revision"] == self.revisions[0].revision


def report_detail(db: OfficeDatabase, data_dir: Path, report_sha256: str) -> ReportDetail:
    found = db.rows(select(reports).where(reports.c.report_sha256 == report_sha256))
    if not found:
        raise NotFound(what="archived report", ident=report_sha256[:12])
    report = found[0]
    survey = json.loads(report.pop("survey_json"))
    if survey.get("redaction") != "masked":  # masking a masked value would star it all
        survey = redact_document(survey)
    revisions = [
        Revision(r["report_sha256"], r["revision"], r["received_at_utc"], r["file_name"] or "")
        for r in db.rows(
            select(
                reports.c.report_sha256,
                reports.c.revision,
                reports.c.received_at_utc,
                reports.c.file_name,
            )
            .where(reports.c.survey_id == report["survey_id"])
            .order_by(reports.c.revision.desc())
        )
    ]
    return ReportDetail(
        report=report,
        survey=survey,
        signer=_signer(db, report),
        checks=json.loads(report.pop("verification_json") or "[]"),
        revisions=revisions,
        pdf=data_dir / report["archive_path"],
    )


def _signer(db: OfficeDatabase, report: dict[str, Any]) -> Signer:
    with db.read() as conn:
        device = conn.execute(
            select(
                trusted_devices.c.name,
                trusted_devices.c.certificate_pem,
                trusted_devices.c.revoked_at_utc,
            ).where(trusted_devices.c.fingerprint == report["device_fingerprint"])
        ).first()
    surveyor = organisation = ""
    if device:
        subject = x509.load_pem_x509_certificate(device[1].encode()).subject

        def named(oid: x509.ObjectIdentifier) -> str:
            values = subject.get_attributes_for_oid(oid)
            return str(values[0].value) if values else ""

        surveyor, organisation = named(NameOID.COMMON_NAME), named(NameOID.ORGANIZATION_NAME)
    return Signer(
        device_name=device[0] if device else "",
        surveyor=surveyor,
        organisation=organisation,
        fingerprint=report["device_fingerprint"],
        signed_at=report["signed_at"] or "",
        revoked_at_utc=device[2] if device else None,
    )


def report_thumbnails(pdf: Path, *, pixels: int = THUMBNAIL_PIXELS) -> list[bytes]:
    """The photos drawn in an archived report, each as a small JPEG, in page order; the file is
    read only once its bytes match the SHA-256 it is archived under (its name).

    The report embeds the photos' JPEG bytes as they are (reportlab passes DCT streams through),
    so they are read back from the page resources; nothing is rendered. Only images are read:
    the file was verified when it was archived."""
    from PIL import Image
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(read_archived(pdf)), strict=False)
    seen: set[str] = set()
    thumbnails: list[bytes] = []
    for page in reader.root["/Pages"]["/Kids"]:
        resources = page.get_object().get("/Resources")
        images = resources.get("/XObject") if resources else None
        for name, ref in (images or {}).items():
            image = ref.get_object()
            if name in seen or image.get("/Subtype") != "/Image":
                continue
            seen.add(name)
            if "/DCTDecode" not in str(image.get("/Filter")):
                continue  # a drawn mark or mask, not a photo
            with Image.open(io.BytesIO(image.encoded_data)) as picture:
                picture.draft("RGB", (pixels, pixels))  # JPEG decodes at 1/8 scale directly
                small = picture.convert("RGB")
                small.thumbnail((pixels, pixels))
            out = io.BytesIO()
            small.save(out, "JPEG", quality=85)
            thumbnails.append(out.getvalue())
            if len(thumbnails) == MOST_THUMBNAILS:
                return thumbnails
    return thumbnails
