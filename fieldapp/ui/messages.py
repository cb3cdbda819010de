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
    return error.message
