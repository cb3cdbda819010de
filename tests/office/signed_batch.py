"""Many distinct signed reports, quickly: one real demo survey's document, given a new survey id
and claim number for each report, embedded in a one-page PDF and signed by a real device key
(benchmarks/bench_office_import.py uses it too). Real signatures, real verification; only the
pages are small."""

from __future__ import annotations

import copy
import io
import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from fieldapp.report.signing import sign_report
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import survey_document
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity, identity_of

CST = timezone(timedelta(hours=8))
FIELD_PASSPHRASE = "office test phrase"


def one_page_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "loss report")
    canvas.save()
    return out.getvalue()


@dataclass
class ReportSigner:
    """A field device that signs report documents derived from one demo survey."""

    template: dict[str, Any]
    key: Any
    certificate: Any
    certificate_file: Path
    page: bytes

    def sign(self, out: Path, *, claim: str, survey_id: str | None = None, note: str = "") -> Path:
        document = copy.deepcopy(self.template)
        document.update(survey_id=survey_id or str(uuid.uuid4()), claim_number=claim, events=[])
        if note:
            document["notes"] = note  # another file of the same survey revision
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(
            sign_report(
                self.page,
                json.dumps(document).encode(),
                key=self.key,
                certificate=self.certificate,
                signed_at=datetime.now(CST),
            )
        )
        return out


def report_signer(folder: Path) -> ReportSigner:
    field = FieldWorkspace.open(folder / "field", passphrase=lambda new: FIELD_PASSPHRASE)
    try:
        create_identity(field, surveyor="李明", organisation="平安财险上海分公司")
        identity = identity_of(field)
        return ReportSigner(
            template=survey_document(field, create_demo_survey(field, "property")),
            key=identity.signing_key(field.cipher()),
            certificate=identity.certificate(),
            certificate_file=identity.export_certificate(folder / "device.pem"),
            page=one_page_pdf(),
        )
    finally:
        field.close()
