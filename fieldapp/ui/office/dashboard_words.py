"""Short names for the import gate's reason codes, for a chart's axis (the desk shows each
reason in full, with what to do)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def rejection_reason_name(code: str) -> str:
    return {
        "not_pdf": translate("dashboard", "Not a PDF"),
        "pdf_damaged": translate("dashboard", "Damaged PDF"),
        "not_signed": translate("dashboard", "Not signed"),
        "signature_invalid": translate("dashboard", "Changed after signing"),
        "modified_after_signing": translate("dashboard", "Modified after signing"),
        "untrusted_signer": translate("dashboard", "Untrusted device"),
        "revoked_signer": translate("dashboard", "Revoked device"),
        "no_survey_data": translate("dashboard", "No survey data"),
        "schema_unsupported": translate("dashboard", "Unknown data version"),
        "data_inconsistent": translate("dashboard", "Inconsistent data"),
        "conflict": translate("dashboard", "Revision clash"),
        "unreadable": translate("dashboard", "Unreadable file"),
        "internal_error": translate("dashboard", "Internal error"),
    }.get(code, code)
