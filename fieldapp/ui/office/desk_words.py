"""The import desk's words: each outcome and each reason code in the user's language, with what
to do about it (the same meaning and advice as report/reasons.py, which the CLI prints)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.office.importer import Status

translate = QCoreApplication.translate


def status_word(status: Status) -> str:
    return {
        Status.ACCEPTED: translate("desk", "Accepted"),
        Status.DUPLICATE: translate("desk", "Already archived"),
        Status.REJECTED: translate("desk", "Refused"),
        Status.SKIPPED: translate("desk", "Still arriving"),
        Status.NOT_IMPORTED: translate("desk", "Not imported"),
    }[status]


def reason_words(code: str) -> tuple[str, str]:
    """(what happened, what to do) for a refusal or a wait; an unknown code says so plainly."""
    words = {
        "not_pdf": (
            translate("desk", "Not a PDF file"),
            translate("desk", "Import the report PDF the surveyor exported."),
        ),
        "pdf_damaged": (
            translate("desk", "The PDF is damaged or cut short"),
            translate("desk", "Ask the surveyor to send the report again."),
        ),
        "not_signed": (
            translate("desk", "The PDF carries no digital signature"),
            translate("desk", "Only reports exported by fieldapp can be imported."),
        ),
        "signature_invalid": (
            translate("desk", "Changed after signing"),
            translate("desk", "Ask the surveyor to export the report again."),
        ),
        "modified_after_signing": (
            translate("desk", "The document was changed after it was signed"),
            translate("desk", "Ask the surveyor to export again and send that file unchanged."),
        ),
        "untrusted_signer": (
            translate("desk", "Signed by a device this office does not trust"),
            translate(
                "desk",
                "Check the device's fingerprint with the surveyor, then trust its certificate "
                "on the Trusted devices page.",
            ),
        ),
        "revoked_signer": (
            translate("desk", "Signed by a device whose trust was revoked"),
            translate(
                "desk", "Ask the team lead whether reports from this device may be accepted."
            ),
        ),
        "no_survey_data": (
            translate("desk", "No survey data covered by the signature"),
            translate("desk", "Ask the surveyor to export again with this version of fieldapp."),
        ),
        "schema_unsupported": (
            translate("desk", "Survey data of a version this office cannot read"),
            translate("desk", "Update fieldapp at the office."),
        ),
        "data_inconsistent": (
            translate("desk", "The survey data disagrees with itself"),
            translate("desk", "Ask the surveyor to export the report again."),
        ),
        "conflict": (
            translate("desk", "Another file of the same survey and revision is archived"),
            translate(
                "desk", "Ask the surveyor which file they sent; a new revision replaces both."
            ),
        ),
        "unreadable": (
            translate("desk", "The file cannot be read"),
            translate("desk", "Check the file's permissions and copy it again."),
        ),
        "internal_error": (
            translate("desk", "fieldapp could not process the file"),
            translate("desk", "Keep the quarantined copy and its reason file; report the problem."),
        ),
        "still_copying": (
            translate("desk", "Still being copied"),
            translate("desk", "Import it again once it has finished arriving."),
        ),
        "cancelled": (
            translate("desk", "The batch was cancelled before this file"),
            translate("desk", "Import it again."),
        ),
        "disk_full": (
            translate("desk", "The office's disk is full"),
            translate("desk", "Free some space, then import it again."),
        ),
        "database_busy": (
            translate("desk", "The office database stayed busy"),
            translate("desk", "Import it again in a moment."),
        ),
        "office_not_permitted": (
            translate("desk", "The office database does not allow this user to import"),
            translate("desk", "Ask the office's database administrator for the importer role."),
        ),
        "office_database": (
            translate("desk", "The office database cannot be reached"),
            translate("desk", "Check the server and the network, then import it again."),
        ),
    }
    return words.get(code, (code, translate("desk", "Report this to the fieldapp team.")))
