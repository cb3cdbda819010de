"""The core's errors in the user's language: each code with its parameters becomes a sentence.

A code without a sentence here yet shows the core's own English message, never the code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.core.passphrases import MIN_PASSPHRASE_CHARS
from fieldapp.errors import FieldappError

translate = QCoreApplication.translate


def error_text(error: FieldappError) -> str:
    code, params = error.code, error.params
    if code == "wrong_passphrase":
        return translate("messages", "The passphrase is not right. Check it and try again.")
    if code == "passphrase_too_short":
        return translate(
            "messages", "Choose a passphrase of at least %n characters.", "", MIN_PASSPHRASE_CHARS
        )
    if code == "passphrases_differ":
        return translate("messages", "The two passphrases differ. Type the same one twice.")
    if code == "identity_incomplete":
        return translate("messages", "The surveyor's name and the organisation are needed.")
    if code == "disk_full":
        return translate(
            "messages", "The disk is full: %1 could not be written. Free some space and try again."
        ).replace("%1", str(params.get("what", "")))
    if code == "database_busy":
        return translate(
            "messages", "Another program kept the survey database busy. Nothing was changed."
        )
    if code == "keyring_damaged":
        return translate(
            "messages", "The key file of this data folder is damaged; restore it from a backup."
        )
    texts = {
        "no_legal_basis": translate(
            "messages",
            "Choose the legal basis: record the person's consent first, or choose another basis.",
        ),
        "consent_missing": translate(
            "messages", "Choose a consent recorded in this survey as the legal basis."
        ),
        "consent_refused": translate(
            "messages",
            "This person refused consent: their data can be kept only on another legal basis.",
        ),
        "sensitive_needs_consent": translate(
            "messages",
            "An ID number is sensitive: choose a consent that also covers sensitive data.",
        ),
        "party_field_not_needed": translate(
            "messages", "This line of business does not collect that detail of a party."
        ),
        "signature_blank": translate(
            "messages", "The signature pad is blank: ask the person to sign."
        ),
        "signature_too_little_ink": translate(
            "messages", "That is only a dot or a short mark: ask the person to sign in full."
        ),
        "consent_answer_missing": translate(
            "messages", "Choose whether the person granted or refused consent."
        ),
        "text_missing": translate("messages", "This must be filled in."),
        "text_too_long": translate("messages", "This is too long."),
        "text_character": translate(
            "messages", "This holds a character that cannot be kept (a control character)."
        ),
        "survey_frozen": translate(
            "messages", "This revision is signed and frozen; open the next revision to change it."
        ),
    }
    return texts.get(code, error.message)
