"""Verifying a signed report: each check with its verdict, the first failure named by a code.

The file is hostile until proven otherwise. Each check either holds, fails with a reason code,
or is "not checked, because …" when an earlier failure makes it meaningless; whatever pyHanko
raises on malformed bytes becomes the verdict of the check that was reading them. Nothing
embedded is read unless the signature is intact and valid, and then only from the revision the
signature covers: a later incremental update that swaps the data leaves the signature "intact
and valid", so only the modification check catches it.
"""

from __future__ import annotations

import io
import json
import logging
import struct
import zlib
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

READABLE = "readable PDF"
SIGNED = "signed"
INTACT = "signature intact and valid"
TRUSTED = "signer trusted"
UNMODIFIED = "no modification after signing"
COVERS_DATA = "signature covers survey.json"
DATA_CONSISTENT = "survey data matches its schema and manifest"
CHECKS = (READABLE, SIGNED, INTACT, TRUSTED, UNMODIFIED, COVERS_DATA, DATA_CONSISTENT)

HEADER_WINDOW = 1024  # PDF readers accept the %PDF- header anywhere in the first kilobyte
SHOWN_DEFECT_CHARS = 160


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool | None  # None: not checked; the detail says why
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

    @property
    def complete(self) -> bool:
        """Every check was made and holds (the rule for `verify`'s exit 0)."""
        return self.ok and all(check.ok for check in self.checks)

    @property
    def unchecked(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if check.ok is None)


class _Verdicts:
    def __init__(self) -> None:
        self.checks: list[Check] = []
        self.failure_code: str | None = None
        self.failure = ""

    def add(self, name: str, ok: bool | None, detail: str = "", *, code: str = "") -> bool:
        self.checks.append(Check(name, ok, detail))
        if ok is False and self.failure_code is None:
            self.failure_code, self.failure = code, f"{name}: {detail}" if detail else name
        return ok is True

    def rest_not_checked(self, because: str) -> None:
        made = {check.name for check in self.checks}
        for name in CHECKS:
            if name not in made:
                self.checks.append(Check(name, None, f"not checked, because {because}"))

    def result(self, **found: Any) -> ReportVerification:
        return ReportVerification(
            checks=tuple(self.checks),
            failure_code=self.failure_code,
            failure=self.failure,
            **found,
        )


def _pdf_defects() -> tuple[type[BaseException], ...]:
    """What pyHanko, asn1crypto and zlib raise on malformed bytes. Caught only around their
    calls on the file's content, where any of these means "this part of the file is broken"."""
    from pyhanko.pdf_utils.misc import PdfError

    return (
        PdfError,
        ValueError,  # asn1crypto, number parsing, Unicode decoding
        LookupError,  # a missing or out-of-range key or index in a damaged structure
        TypeError,  # an object of another type where the structure needs one kind
        AttributeError,  # the same, found by duck typing
        ArithmeticError,
        NotImplementedError,  # an unsupported filter or algorithm
        RecursionError,  # reference cycles
        EOFError,
        struct.error,
        zlib.error,
    )


def _defect(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if len(text) > SHOWN_DEFECT_CHARS:
        text = text[:SHOWN_DEFECT_CHARS] + "…"
    return text


def verify_report(
    pdf: bytes, *, trusted: Sequence[x509.Certificate] = (), check_data: bool = True
) -> ReportVerification:
    """Verify a report PDF: signature, trust, no change after signing, and (unless
    ``check_data`` is false, as when timing pyHanko alone) the embedded survey document."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # its tracebacks are our verdicts
    defects = _pdf_defects()
    verdicts = _Verdicts()
    if b"%PDF-" not in pdf[:HEADER_WINDOW]:
        verdicts.add(READABLE, False, "the file does not begin as a PDF does", code="not_pdf")
        verdicts.rest_not_checked("the file is not a PDF")
        return verdicts.result()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=True)
    except defects as exc:
        verdicts.add(READABLE, False, _defect(exc), code="pdf_damaged")
        verdicts.rest_not_checked("the PDF cannot be read")
        return verdicts.result()
    verdicts.add(READABLE, True)
    try:
        signatures = reader.embedded_signatures
    except defects as exc:
        verdicts.add(SIGNED, True)
        verdicts.add(
            INTACT,
            False,
            f"the signature cannot be read ({_defect(exc)})",
            code="signature_invalid",
        )
        verdicts.rest_not_checked("the signature is broken")
        return verdicts.result()
    if not verdicts.add(
        SIGNED,
        bool(signatures),
        "" if signatures else "the PDF carries no digital signature",
        code="not_signed",
    ):
        verdicts.rest_not_checked("there is no signature")
        return verdicts.result()
    return _verify_signature(reader, signatures[0], trusted, verdicts, defects, check_data)


def _verify_signature(
    reader: Any,
    signature: Any,
    trusted: Sequence[x509.Certificate],
    verdicts: _Verdicts,
    defects: tuple[type[BaseException], ...],
    check_data: bool,
) -> ReportVerification:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = [
        asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in trusted
    ]
    try:
        embedded_cert = signature.signer_cert
        context = ValidationContext(
            trust_roots=roots or [embedded_cert], allow_fetching=False, revocation_mode="soft-fail"
        )
        status = validate_pdf_signature(signature, signer_validation_context=context)
        signer = status.signing_cert.subject.human_friendly
        fingerprint = certificate_fingerprint(
            x509.load_der_x509_certificate(status.signing_cert.dump())
        )
    except defects as exc:
        verdicts.add(
            INTACT,
            False,
            f"the signature cannot be validated ({_defect(exc)})",
            code="signature_invalid",
        )
        verdicts.rest_not_checked("the signature is broken")
        return verdicts.result()
    found: dict[str, Any] = {
        "signer": signer,
        "fingerprint": fingerprint,
        "signing_time": status.signer_reported_dt,
    }
    if not verdicts.add(
        INTACT,
        status.intact and status.valid,
        "the signed bytes were changed"
        if not status.intact
        else ""
        if status.valid
        else "the signature does not match the signer's key",
        code="signature_invalid",
    ):
        verdicts.rest_not_checked("the signature is broken")
        return verdicts.result(**found)
    if roots:
        verdicts.add(
            TRUSTED,
            status.trusted,
            "" if status.trusted else "the signer's certificate is not among the trusted ones",
            code="untrusted_signer",
        )
    else:
        verdicts.add(TRUSTED, None, "not checked, because no trusted certificate was given")
    verdicts.add(UNMODIFIED, *_unmodified(signature, status), code="modified_after_signing")
    document = _signed_document(reader, signature, verdicts, defects)
    if document is not None:
        problem = document_consistency(document, schema=survey_schema()) if check_data else None
        verdicts.add(
            DATA_CONSISTENT,
            problem is None,
            problem[1] if problem else "",
            code=problem[0] if problem else "",
        )
    return verdicts.result(survey=document, **found)


def _unmodified(signature: Any, status: Any) -> tuple[bool, str]:
    """The file is exactly what was signed. Judged on its own, not through bottom_line, which
    also folds in trust; stricter than pyHanko's "allowed changes", because fieldapp never
    updates a report after signing: any later revision, even one pyHanko deems harmless
    (document information, validation data), or any byte after the signed end is a change."""
    from pyhanko.sign.validation import SignatureCoverageLevel

    level = status.modification_level
    if level is None:
        return False, "the changes after signing could not be analysed"
    whole = signature.coverage is SignatureCoverageLevel.ENTIRE_FILE and level.name == "NONE"
    if whole and status.docmdp_ok is not False:
        return True, ""
    changes = {
        "NONE": "bytes were added after the signed end of the file",
        "LTA_UPDATES": "a later revision changes only its document information or adds "
        "validation data; the signed content is unchanged",
        "FORM_FILLING": "a later revision fills in or signs form fields",
        "ANNOTATIONS": "a later revision adds or changes annotations",
        "OTHER": "a later revision changes its content",
    }
    forbidden = " (its signature forbids any change)" if status.docmdp_ok is False else ""
    return False, f"after signing, {changes.get(level.name, 'it was changed')}{forbidden}"


def _signed_document(
    reader: Any, signature: Any, verdicts: _Verdicts, defects: tuple[type[BaseException], ...]
) -> dict[str, Any] | None:
    """survey.json as the signed revision has it, or None with the verdicts saying why."""
    try:
        data = _embedded_file(
            reader.get_historical_resolver(signature.signed_revision), SURVEY_FILE
        )
    except defects as exc:
        verdicts.add(
            COVERS_DATA,
            False,
            f"survey.json cannot be read ({_defect(exc)})",
            code="no_survey_data",
        )
        verdicts.rest_not_checked("survey.json cannot be read")
        return None
    if not verdicts.add(
        COVERS_DATA,
        data is not None,
        "" if data is not None else "there is no survey.json in the signed revision",
        code="no_survey_data",
    ):
        verdicts.rest_not_checked("there is no survey data")
        return None
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON, nested past the limit
        verdicts.add(
            DATA_CONSISTENT,
            False,
            f"survey.json is not readable JSON ({_defect(exc)})",
            code="data_inconsistent",
        )
        return None
    if not isinstance(document, dict):
        verdicts.add(
            DATA_CONSISTENT, False, "survey.json is not a survey document", code="data_inconsistent"
        )
        return None
    return document


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
