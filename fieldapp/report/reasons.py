"""Why a report is not accepted: each reason code with what it means and what to do about it.

`fieldapp verify`, the office import and (later) the office window say the same thing for the
same code; the code itself stays in machine-readable places (import lines, the archive).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    meaning: str
    advice: str

    @property
    def sentence(self) -> str:
        return f"{self.meaning}; {self.advice}"


REASONS: dict[str, Reason] = {
    "not_pdf": Reason("not a PDF file", "import the report PDF the surveyor exported"),
    "pdf_damaged": Reason(
        "the PDF is damaged or cut short",
        "ask the surveyor to send the report again (a copy may have been interrupted)",
    ),
    "not_signed": Reason(
        "the PDF carries no digital signature",
        "only reports exported by fieldapp can be imported",
    ),
    "signature_invalid": Reason(
        "changed after signing: the signature does not match the content",
        "ask the surveyor to export the report again",
    ),
    "modified_after_signing": Reason(
        "the document was changed after it was signed",
        "ask the surveyor to export the report again and send that file unchanged",
    ),
    "untrusted_signer": Reason(
        "signed by a device this office does not trust",
        "check the device's fingerprint with the surveyor, then trust its certificate",
    ),
    "revoked_signer": Reason(
        "signed by a device whose trust was revoked",
        "ask the team lead whether reports from this device may be accepted",
    ),
    "no_survey_data": Reason(
        "no survey data covered by the signature",
        "ask the surveyor to export the report again with this version of fieldapp",
    ),
    "schema_unsupported": Reason(
        "survey data of a version this office cannot read",
        "update fieldapp at the office",
    ),
    "data_inconsistent": Reason(
        "the survey data disagrees with itself",
        "ask the surveyor to export the report again; report it if it happens again",
    ),
    "conflict": Reason(
        "an archived report has the same survey and revision but other content",
        "ask the surveyor which file is the one they sent; a new revision replaces both",
    ),
    "unreadable": Reason(
        "the file cannot be read", "check the file's permissions and copy it again"
    ),
    "internal_error": Reason(
        "fieldapp could not process the file",
        "keep the quarantined copy and its reason file and report the problem",
    ),
}


def reason(code: str) -> Reason:
    return REASONS[code]
