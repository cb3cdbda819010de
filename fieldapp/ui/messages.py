"""The core's errors in the user's language: each code with its parameters becomes a sentence.

A code without a sentence here yet shows the core's own English message, never the code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from fieldapp.core.passphrases import MIN_PASSPHRASE_CHARS
from fieldapp.errors import FieldappError, OfficeDatabaseError
from fieldapp.office.database import OfficeAction

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
    if code == "disk_full" and "report_folder" not in params:
        return translate(
            "messages", "The disk is full: %1 could not be written. Free some space and try again."
        ).replace("%1", str(params.get("what", "")))
    if code == "database_busy":
        return translate(
            "messages", "Another program kept the survey database busy. Nothing was changed."
        )
    if code == "archived_file_damaged":
        problem = str(params.get("problem", ""))
        problem = {
            "the file is missing": translate("messages", "the file is missing"),
            "its bytes changed": translate("messages", "its bytes changed"),
        }.get(problem, problem)  # else the system's own words for why it could not be read
        return (
            translate(
                "messages",
                "The archived report %1 does not match its fingerprint (%2). Import the "
                "surveyor's copy again, or restore the archive folder from a backup.",
            )
            .replace("%1", str(params.get("name", "")))
            .replace("%2", problem)
        )
    if code == "office_not_permitted":
        return (
            translate(
                "messages",
                "The office database does not allow %1 to %2; nothing was changed. Ask the "
                "office's database administrator for the importer role.",
            )
            .replace("%1", str(params.get("user", "")))
            .replace("%2", _office_action_text(str(params.get("action", ""))))
        )
    if code == "office_database":
        return _office_database_text(params)
    if code == "database_url_invalid":
        return translate(
            "messages", "This is not a database address: give postgresql://SERVER/DATABASE."
        )
    if code == "database_url_kind":
        return translate(
            "messages",
            "The office database is PostgreSQL (postgresql://SERVER/DATABASE) or this folder's "
            "own file.",
        )
    if code == "database_url_password":
        return translate(
            "messages",
            "Leave the password out of the address: fieldapp never stores it. Give it in "
            "PGPASSWORD, the password file (~/.pgpass) or a service file.",
        )
    if code == "keyring_damaged":
        return translate(
            "messages", "The key file of this data folder is damaged; restore it from a backup."
        )
    if code == "photo_seal_broken":
        return translate(
            "messages",
            "A stored photo file does not open: it was altered or belongs to another photo. "
            "Restore the data folder from a backup.",
        )
    value = value_error_text(code, params)
    if value is not None:
        return value
    return _survey_error_text(error) or _export_error_text(error) or error.message


def value_error_text(code: str, params: dict) -> str | None:  # type: ignore[type-arg]
    """A value the core refused, said beside its field (the label names the field)."""
    # "%1", not a plural form: lupdate does not see plurals in a module-level translate().
    if code == "text_too_long":
        return translate("messages", "This is too long: at most %1 characters.").replace(
            "%1", f"{int(params.get('max_chars', 0)):,}"
        )
    if code == "text_too_short":
        return translate(
            "messages", "Write at least %1 characters (a Chinese character counts as two)."
        ).replace("%1", str(params.get("min_written", 0)))
    texts = {
        "text_missing": translate("messages", "This must be filled in."),
        "text_character": translate(
            "messages", "This holds a character that cannot be shown or printed; remove it."
        ),
        "amount_invalid": translate(
            "messages", "Enter an amount with at most two decimals, e.g. 1,234.50."
        ),
        "amount_negative": translate("messages", "An amount cannot be negative."),
        "amount_too_large": translate(
            "messages", "This amount is too large: amounts stay below 10^15. Check the figures."
        ),
        "number_invalid": translate("messages", "Enter a number, e.g. 2 or 2.5."),
        "number_out_of_range": translate("messages", "This number is out of range."),
        "quantity_invalid": translate("messages", "Enter a number, e.g. 2 or 2.5."),
        "quantity_out_of_range": translate(
            "messages", "A quantity is above 0 and below 1,000,000."
        ),
        "quantity_places": translate("messages", "A quantity has at most 4 decimals."),
        "percent_out_of_range": translate("messages", "Enter a percentage from 0 to 100."),
        "percent_places": translate("messages", "A percentage has at most 2 decimals."),
        "unit_cost_missing": translate(
            "messages", "Replacement cost needs the unit cost (the cost of one unit new)."
        ),
        "assessed_value_missing": translate("messages", "This method needs the assessed value."),
        "depreciation_basis_missing": translate(
            "messages", "Depreciation needs its basis (age, wear, a rule)."
        ),
        "appraisal_incomplete": translate(
            "messages", "An expert appraisal names the appraiser and the basis."
        ),
        "method_unknown": translate("messages", "Choose a valuation method."),
        "currency_unknown": translate(
            "messages", "Not an ISO 4217 currency code (e.g. CNY, HKD, USD, EUR)."
        ),
        "grade_invalid": translate(
            "messages", "A disability grade is a whole number from 1 to 10."
        ),
        "survey_frozen": translate(
            "messages", "This survey is signed; revise it from the survey list to change it."
        ),
        "picture_damaged": translate(
            "messages", "the picture is damaged and cannot be decoded; the original is kept."
        ),
        "picture_missing": translate(
            "messages", "the original is not in this data folder; add the photo file again."
        ),
        "too_many_marks": translate(
            "messages", "A photo holds at most 200 marks; delete some before drawing more."
        ),
    }
    return texts.get(code)


def _survey_error_text(error: FieldappError) -> str:
    """Refusals of a survey's values, said beside the field they concern (so they need not
    name it)."""
    texts = {
        "incident_in_future": translate(
            "messages", "The incident time is in the future; give the time it happened."
        ),
        "incident_too_old": translate(
            "messages", "The incident time is more than ten years ago; check the year."
        ),
        "year_out_of_range": translate("messages", "Check the year."),
        "offset_out_of_range": translate("messages", "This time zone offset does not exist."),
        "location_incomplete": translate(
            "messages", "Give both latitude and longitude, or neither."
        ),
        "latitude_out_of_range": translate(
            "messages", "Latitude is a number of degrees from -90 to 90."
        ),
        "longitude_out_of_range": translate(
            "messages", "Longitude is a number of degrees from -180 to 180."
        ),
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
        "safety_no_needs_note": translate(
            "messages",
            "A “no” to a required item needs a note: say why, and what was done instead.",
        ),
        "emergency_reason_too_short": translate(
            "messages",
            "Write the reason in a sentence (at least 10 characters); the report shows it.",
        ),
        "decline_reason_missing": translate(
            "messages", "Say why the insured does not sign (not at the scene, refused, …)."
        ),
        "surveyor_must_sign": translate(
            "messages", "The surveyor signs the report; only the insured may decline."
        ),
        "insured_not_recorded": translate(
            "messages",
            "Record the insured in Parties first: the name under the signature is theirs.",
        ),
        "signature_and_reason": translate(
            "messages", "A signature needs no reason for not signing: give one or the other."
        ),
    }
    return texts.get(error.code, "")


def _export_error_text(error: FieldappError) -> str:
    """Why an export did not happen; each says the survey was left as it was."""
    if error.code == "disk_full":  # the report did not fit in its folder (a full stick)
        return (
            translate(
                "messages",
                "The disk is full: the report (%1) does not fit in %2. Free some space there or "
                "choose another folder; the survey was left as it was.",
            )
            .replace("%1", QLocale().formattedDataSize(int(error.params.get("needed_bytes") or 0)))
            .replace("%2", str(error.params.get("report_folder", "")))
        )
    if error.code == "export_folder_missing":
        return translate(
            "messages",
            "The folder %1 is not there (a USB stick removed, a shared folder disconnected?). "
            "Choose the folder again; the survey was left as it was.",
        ).replace("%1", str(error.params.get("folder", "")))
    if error.code in ("report_font", "report_font_missing"):
        return _report_font_text(error.params)
    texts = {
        "export_cancelled": translate(
            "messages", "The export was cancelled; the survey was left as it was, no file written."
        ),
        "export_write": translate(
            "messages",
            "The report could not be written into that folder: check that it is there and "
            "writable, then export again. The survey was left as it was.",
        ),
        "no_identity": translate(
            "messages",
            "This device has no signing identity yet, so no report can be signed. Create it "
            "(your name and organisation) with “fieldapp identity create”.",
        ),
        "survey_incomplete": translate(
            "messages", "The survey is not complete yet; nothing was exported. It still needs:"
        ),
    }
    return texts.get(error.code, "")


def check_name(name: str) -> str:
    """A verification check of a report (report/verification.py CHECKS), in words."""
    return {
        "readable PDF": translate("messages", "The file is a readable PDF"),
        "signed": translate("messages", "It carries a digital signature"),
        "signature intact and valid": translate("messages", "The signature is intact and valid"),
        "signer trusted": translate("messages", "The signer is this device (trusted)"),
        "no modification after signing": translate("messages", "Nothing was changed after signing"),
        "signature covers survey.json": translate(
            "messages", "The signature covers the embedded survey data"
        ),
        "survey data matches its schema and manifest": translate(
            "messages", "The survey data matches its schema and photo list"
        ),
    }.get(name, name)


def report_reason_text(code: str) -> str:
    """Why a report is not accepted (report/reasons.py meanings), in words."""
    return {
        "not_pdf": translate("messages", "not a PDF file"),
        "pdf_damaged": translate("messages", "the PDF is damaged or cut short"),
        "not_signed": translate("messages", "the PDF carries no digital signature"),
        "signature_invalid": translate(
            "messages", "changed after signing: the signature does not match the content"
        ),
        "modified_after_signing": translate(
            "messages", "the document was changed after it was signed"
        ),
        "untrusted_signer": translate("messages", "signed by a device this office does not trust"),
        "revoked_signer": translate("messages", "signed by a device whose trust was revoked"),
        "no_survey_data": translate("messages", "no survey data covered by the signature"),
        "schema_unsupported": translate(
            "messages", "survey data of a version this office cannot read"
        ),
        "data_inconsistent": translate("messages", "the survey data disagrees with itself"),
        "unreadable": translate("messages", "the file cannot be read"),
        "internal_error": translate("messages", "fieldapp could not process the file"),
    }.get(code, code)


def photo_outcome_text(code: str, params: dict) -> str:  # type: ignore[type-arg]
    """Why a file given to the photo import was not added, in a sentence."""
    if code == "too_large":
        return translate("messages", "Larger than %1 MB: too large to be a photo.").replace(
            "%1", str(params.get("max_mb", 256))
        )
    if code.startswith("name_"):
        return translate(
            "messages", "Its file name cannot go into the report: rename the file and add it again."
        )
    texts = {
        "duplicate": translate("messages", "Already in this survey: not added a second time."),
        "inside_data_folder": translate(
            "messages", "Inside fieldapp's own data folder: those photos are already kept."
        ),
        "no_such_file": translate("messages", "No such file or folder."),
        "vanished": translate(
            "messages", "The file disappeared before it could be read (was the card removed?)."
        ),
        "permission_denied": translate("messages", "This file cannot be read: permission denied."),
        "is_folder": translate("messages", "A folder, not a file."),
        "unreadable": translate("messages", "This file cannot be read."),
        "empty": translate("messages", "The file is empty."),
        "not_an_image": translate(
            "messages", "Not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF)."
        ),
        "format": translate(
            "messages",
            "Pictures in this format are not accepted as evidence (JPEG, PNG, WebP, TIFF and "
            "HEIC/HEIF are).",
        ),
        "too_many_pixels": translate("messages", "Too many pixels to be a photo."),
        "cut_short": translate("messages", "The file is cut short or its header is damaged."),
        "damaged": translate("messages", "The picture's data is damaged."),
        "colour_mode": translate("messages", "Its colour mode cannot be shown."),
        "out_of_memory": translate("messages", "Not enough memory to read this picture."),
        "cancelled": translate("messages", "Not added: the import was cancelled before it."),
        "disk_full": translate("messages", "Not added: the disk is full."),
        "database_busy": translate("messages", "Not added: the data folder was busy."),
    }
    return texts.get(code, translate("messages", "This file was not added."))


def _report_font_text(params: dict) -> str:  # type: ignore[type-arg]
    """Why no report font could be used, and exactly what to do on this platform."""
    choose = translate(
        "messages",
        "Or choose a TrueType font (.ttf/.ttc) that covers Chinese: "
        "fieldapp settings set report_font PATH",
    )
    if params.get("gaps"):
        return translate(
            "messages",
            "The report font cannot draw %1, used in this survey; nothing was exported. "
            "Change that text, or choose a font that has it: "
            "fieldapp settings set report_font PATH",
        ).replace("%1", str(params["gaps"]))
    if params.get("path"):
        return (
            translate(
                "messages",
                "The report font %1 is missing or is not a TrueType font; nothing was exported.",
            ).replace("%1", str(params["path"]))
            + " "
            + choose
        )
    platform = params.get("platform")
    if platform == "windows":
        fix = translate(
            "messages",
            "Add the Chinese Supplemental Fonts of Windows (Settings > Apps > Optional features > "
            "Add a feature).",
        )
    elif platform == "macos":
        fix = translate(
            "messages", "Restore the standard fonts in Font Book (File > Restore Standard Fonts)."
        )
    else:
        fix = translate(
            "messages",
            "Install WenQuanYi Micro Hei (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; "
            "Fedora: sudo dnf install wqy-microhei-fonts).",
        )
    found = translate(
        "messages",
        "No Chinese font for the report was found on this computer; nothing was exported.",
    )
    return f"{found} {fix} {choose}"


def _office_action_text(action: str) -> str:
    """What an office user was refused, in the window's language (office/roles, importer)."""
    actions = {
        OfficeAction.READ: translate("messages", "read the office archive"),
        OfficeAction.IMPORT: translate("messages", "import reports"),
        OfficeAction.TRUST: translate("messages", "change the trusted devices"),
        OfficeAction.UPGRADE: translate("messages", "upgrade the office database to this version"),
        OfficeAction.ROLES: translate("messages", "set up the office roles"),
        OfficeAction.MOVE: translate("messages", "copy the archive into this database"),
        OfficeAction.WRITE: translate("messages", "write to the office archive"),
    }
    return actions[OfficeAction(action)]  # every action is said in the window's language


def _office_database_text(params: dict) -> str:  # type: ignore[type-arg]
    """Why the office database cannot be used, in the window's language; what the server said
    stays as it said it (the administrator searches for those words)."""
    reason = params["reason"]
    if reason == OfficeDatabaseError.UNREACHABLE:
        text = translate(
            "messages",
            "The office database %1 cannot be reached (%2). Check the server and the network; "
            "nothing was changed.",
        )
    elif reason == OfficeDatabaseError.LOGIN_REFUSED:
        text = translate(
            "messages",
            "The office database %1 refused the login (%2). Check the user name and the password "
            "(PGPASSWORD, ~/.pgpass or the service file).",
        )
    else:
        text = translate(
            "messages",
            "The office database %1 was written by a newer version of fieldapp (schema %2); "
            "update fieldapp on this desk. Nothing was changed.",
        )
    detail = params.get("server_said") or params.get("schema") or ""
    return text.replace("%1", str(params["database"])).replace("%2", str(detail))
