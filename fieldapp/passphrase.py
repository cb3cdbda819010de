"""Where the command line gets the passphrase: FIELDAPP_PASSPHRASE for scripts, else a prompt.

The GUI supplies its own source (a dialog); both are plain callables taking "is this a new
passphrase?" and returning the text.
"""

from __future__ import annotations

import getpass
import os
import sys

from fieldapp.store.secrets import PassphraseRequired, check_new_passphrase

PASSPHRASE_ENV = "FIELDAPP_PASSPHRASE"


def passphrase_from_env_or_prompt(new: bool) -> str:
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise PassphraseRequired(
            detail=f"A passphrase is needed: type it in a terminal, or set {PASSPHRASE_ENV} "
            "for scripts."
        )
    if not new:
        return getpass.getpass("Passphrase: ")
    print(
        "This data folder needs a passphrase to protect personal data (at least 8 "
        "characters). Keep it safe: without it the data cannot be read.",
        file=sys.stderr,
    )
    first = getpass.getpass("New passphrase: ")
    check_new_passphrase(first)
    if getpass.getpass("Repeat it: ") != first:
        raise PassphraseRequired(detail="The two passphrases differ. Nothing was changed.")
    return first
