"""Verifying a signed report: each check with its verdict, the first failure named by a code.

Verification reads the embedded survey.json only from the revision the signature covers, and
uses pyHanko's difference analysis: a later incremental update that swaps the data leaves the
signature "intact and valid", so only the modification check catches it.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from fieldapp.core.document_checks import document_consistency
from fieldapp.report.signing import SURVEY_FILE
from fieldapp.resources import survey_schema
from fieldapp.store.identity import fingerprint as certificate_fingerprint


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool | None  # None: not checked (e.g. trust, when no trusted certificate was given)
    detail: str = ""


@dataclass(frozen=True)
class ReportVerification:
    checks: tuple[Check, ...]
    failure_code: str | None = None
    failure: str = ""
    signer: str = ""
    fingerprint: str = ""
    signing_time: datetime | None = None
    survey: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.failure_code is None


class _Verdicts:
    def __init__(self) -> None:
        self.checks: list[Check] = []
        self.failure_code: str | None = None
        self.failure = ""

    def add(self, name: str, ok: bool | None, detail: str = "", *, code: str = "") -> bool:
        self.checks.append(Check(name, ok, detail))
        if ok is False and self.failure_code is None:
            self.failure_code, self.failure = code, f"{name}: {detail}" if detail else name
        return ok is not False


def verify_report(
    pdf: bytes, *, trusted: Sequence[x509.Certificate] = (), check_data: bool = True
) -> ReportVerification:
    """Verify a report PDF: signature, trust, no change after signing, and (unless
    ``check_data`` is false, as when timing pyHanko alone) the embedded survey document."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    # What malformed signature data makes pyHanko and asn1crypto raise: a verdict, not a crash.
    signature_defects = (PdfError, ValueError, KeyError, TypeError, NotImplementedError)
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # its tracebacks are our verdicts
    verdicts = _Verdicts()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=True)
        signatures = reader.embedded_signatures
    except PdfError as exc:
        verdicts.add("readable PDF", False, str(exc), code="not_pdf")
        return _result(verdicts)
    except ValueError as exc:  # a /Contents that is not CMS
        verdicts.add(
            "signature intact and valid",
            False,
            f"unreadable signature ({exc})",
            code="signature_invalid",
        )
        return _result(verdicts)
    verdicts.add("readable PDF", True)
    if not signatures:
        verdicts.add("signed", False, "the PDF carries no digital signature", code="not_signed")
        return _result(verdicts)
    signature = signatures[0]
    roots = [
        asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in trusted
    ]
    try:
        embedded_cert = signature.signer_cert
        context = ValidationContext(
            trust_roots=roots or [embedded_cert], allow_fetching=False, revocation_mode="soft-fail"
        )
        status = validate_pdf_signature(signature, signer_validation_context=context)
    except signature_defects as exc:
        verdicts.add(
            "signature intact and valid",
            False,
            f"the signature cannot be validated ({type(exc).__name__}: {exc})",
            code="signature_invalid",
        )
        return _result(verdicts)
    signer = status.signing_cert.subject.human_friendly
    fingerprint = certificate_fingerprint(
        x509.load_der_x509_certificate(status.signing_cert.dump())
    )
    verdicts.add(
        "signature intact and valid",
        status.intact and status.valid,
        ""
        if status.intact and status.valid
        else (
            "the signed bytes were changed"
            if not status.intact
            else "the signature does not match the signer's key"
        ),
        code="signature_invalid",
    )
    if roots:
        verdicts.add(
            "signer trusted",
            status.trusted,
            "" if status.trusted else "the signer's certificate is not in the trust store",
            code="untrusted_signer",
        )
    else:
        verdicts.add("signer trusted", None, "not checked: no trusted certificate given")
    level = status.modification_level.name if status.modification_level else "UNKNOWN"
    # Judged on its own, not through bottom_line, which also folds in trust.
    unmodified = bool(
        status.intact
        and status.valid
        and status.docmdp_ok is not False
        and level in ("NONE", "LTA_UPDATES")
    )
    verdicts.add(
        "no modification after signing",
        unmodified,
        "" if unmodified else f"the document was changed after signing ({level})",
        code="modified_after_signing",
    )

    signed_revision = reader.get_historical_resolver(signature.signed_revision)
    data = _embedded_file(signed_revision, SURVEY_FILE)
    verdicts.add(
        "signature covers survey.json",
        data is not None,
        "" if data is not None else "no survey.json in the signed revision",
        code="no_survey_data",
    )
    document = None
    if data is not None:
        try:
            document = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            verdicts.add(
                "survey data matches its schema and manifest",
                False,
                f"survey.json is not JSON ({exc})",
                code="data_inconsistent",
            )
        else:
            problem = document_consistency(document, schema=survey_schema()) if check_data else None
            verdicts.add(
                "survey data matches its schema and manifest",
                problem is None,
                problem[1] if problem else "",
                code=problem[0] if problem else "",
            )
    return _result(
        verdicts,
        signer=signer,
        fingerprint=fingerprint,
        signing_time=status.signer_reported_dt,
        survey=document,
    )


def _result(verdicts: _Verdicts, **found: Any) -> ReportVerification:
    return ReportVerification(
        checks=tuple(verdicts.checks),
        failure_code=verdicts.failure_code,
        failure=verdicts.failure,
        **found,
    )


def _embedded_file(handler: Any, name: str) -> bytes | None:
    """The bytes of an embedded file as a given revision has them (flat name tree)."""
    names = handler.root.get("/Names")
    if names is None:
        return None
    tree = names.get_object().get("/EmbeddedFiles")
    if tree is None:
        return None
    entries = tree.get_object().get("/Names")
    if entries is None:
        return None
    entries = entries.get_object()
    for index in range(0, len(entries) - 1, 2):
        spec = entries[index + 1].get_object()
        if str(spec.get("/UF", spec.get("/F"))) == name:
            stream = spec["/EF"].get_object()["/F"].get_object()
            return bytes(stream.data)
    return None
