"""Privacy verbs: the notice, device identity, passphrase, settings, purge, backup, restore."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from fieldapp.cli.common import (
    EXIT_OK,
    missing_verb,
    terminal_progress,
    workspace,
)
from fieldapp.core.checklist import LANGUAGES
from fieldapp.paths import data_dir

NEW_PASSPHRASE_ENV = "FIELDAPP_NEW_PASSPHRASE"


def cmd_notice(args: argparse.Namespace) -> int:
    from fieldapp.cli.text import terminal_language
    from fieldapp.resources import privacy_notice

    notice = privacy_notice()
    language = args.lang or terminal_language()
    print(f"{notice.title[language]}  ({notice.reference}, {language})\n")
    print(notice.body[language])
    return EXIT_OK


def cmd_identity_create(args: argparse.Namespace) -> int:
    from fieldapp.services.privacy import create_identity

    summary = create_identity(
        workspace(args),
        surveyor=args.surveyor,
        organisation=args.organisation,
        staff_number=args.staff_number,
    )
    print(summary.fingerprint)
    return EXIT_OK


def cmd_identity_show(args: argparse.Namespace) -> int:
    from fieldapp.services.privacy import identity_of

    summary = identity_of(workspace(args)).summary()
    print(f"Surveyor      {summary.surveyor}")
    print(f"Organisation  {summary.organisation}")
    print(f"Staff number  {summary.staff_number or 'not stated'}")
    print(f"Device        {summary.device_id}")
    print(f"Valid         {summary.not_before:%Y-%m-%d} to {summary.not_after:%Y-%m-%d}")
    print(f"SHA-256       {summary.fingerprint}")
    return EXIT_OK


def cmd_identity_export(args: argparse.Namespace) -> int:
    from fieldapp.services.privacy import identity_of

    print(identity_of(workspace(args)).export_certificate(Path(args.out)))
    return EXIT_OK


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    import getpass

    from fieldapp.passphrase import passphrase_from_env_or_prompt
    from fieldapp.services.privacy import change_passphrase
    from fieldapp.store.secrets import PassphraseRequired, check_new_passphrase

    ws = workspace(args)
    old = passphrase_from_env_or_prompt(False)
    new = os.environ.get(NEW_PASSPHRASE_ENV)
    if not new:
        if not sys.stdin.isatty():
            raise PassphraseRequired(detail=f"Set {NEW_PASSPHRASE_ENV} or run in a terminal.")
        new = getpass.getpass("New passphrase: ")
        check_new_passphrase(new)
        if getpass.getpass("Repeat it: ") != new:
            raise PassphraseRequired(detail="The two passphrases differ. Nothing was changed.")
    change_passphrase(ws, old=old, new=new)
    print("passphrase changed; the data key was re-wrapped, no data was re-encrypted")
    return EXIT_OK


def cmd_settings_list(args: argparse.Namespace) -> int:
    from fieldapp.settings import SETTINGS
    from fieldapp.store.settings import SettingsStore

    values = SettingsStore(workspace(args).db).all()
    for key, declared in SETTINGS.items():
        print(f"{key} = {values[key]}    # {declared.title} (default {declared.default})")
    return EXIT_OK


def cmd_settings_set(args: argparse.Namespace) -> int:
    from fieldapp.services.report_settings import change_setting

    print(f"{args.key} = {change_setting(workspace(args), args.key, args.value)}")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from fieldapp.services.privacy import purge_exported

    report = purge_exported(
        workspace(args),
        older_than_days=args.exported_older_than,
        photos=args.photos,
        dry_run=args.dry_run,
    )
    verb = "would erase" if report.dry_run else "erased"
    for survey in report.surveys:
        photos = f", {survey.photos} photo originals" if args.photos else ""
        print(
            f"{verb} {survey.survey_id[:8]} {survey.claim_number} (exported "
            f"{survey.exported_at_utc}): personal data of {survey.parties} parties{photos}"
        )
    print(
        f"{len(report.surveys)} surveys exported more than {report.retention_days} days ago"
        + (" (dry run: nothing changed)" if report.dry_run else "")
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from fieldapp.services.privacy import backup_data_folder

    count = backup_data_folder(workspace(args), Path(args.out), progress=terminal_progress)
    print(f"{args.out}: {count} files, encrypted under the device passphrase")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from fieldapp.passphrase import passphrase_from_env_or_prompt
    from fieldapp.services.privacy import restore_data_folder

    target = data_dir(args.data_dir)
    report = restore_data_folder(Path(args.backup), target, passphrase_from_env_or_prompt)
    print(
        f"restored {report.files} files into {target}; "
        f"{report.photos_checked} photo originals match their SHA-256"
    )
    return EXIT_OK


def register(verbs: Any) -> None:
    privacy = verbs.add_parser("privacy", help="the privacy notice shown before consent")
    privacy.set_defaults(handler=lambda a: missing_verb(privacy))
    pv = privacy.add_subparsers(title="privacy commands", metavar="VERB")
    notice = pv.add_parser("notice", help="print the privacy notice to read to a person")
    notice.add_argument("--lang", choices=LANGUAGES)
    notice.set_defaults(handler=cmd_notice)

    identity = verbs.add_parser("identity", help="this device's signing identity")
    identity.set_defaults(handler=lambda a: missing_verb(identity))
    iv = identity.add_subparsers(title="identity commands", metavar="VERB")
    create = iv.add_parser(
        "create", help="make the device key and certificate; print its SHA-256 fingerprint"
    )
    create.add_argument("--surveyor", required=True, help="surveyor's name on the certificate")
    create.add_argument("--organisation", required=True, help="insurer or adjusting firm")
    create.add_argument("--staff-number", default="", help="the surveyor's staff number")
    create.set_defaults(handler=cmd_identity_create)
    iv.add_parser("show", help="certificate details and SHA-256 fingerprint").set_defaults(
        handler=cmd_identity_show
    )
    export = iv.add_parser("export-cert", help="write the certificate (PEM) for the office")
    export.add_argument("out", metavar="OUT.pem")
    export.set_defaults(handler=cmd_identity_export)

    passphrase = verbs.add_parser("passphrase", help="the passphrase protecting this data")
    passphrase.set_defaults(handler=lambda a: missing_verb(passphrase))
    pp = passphrase.add_subparsers(title="passphrase commands", metavar="VERB")
    pp.add_parser(
        "change", help=f"choose a new passphrase (scripts: {NEW_PASSPHRASE_ENV})"
    ).set_defaults(handler=cmd_passphrase_change)

    settings = verbs.add_parser("settings", help="this data folder's settings")
    settings.set_defaults(handler=lambda a: missing_verb(settings))
    st = settings.add_subparsers(title="settings commands", metavar="VERB")
    st.add_parser("list", help="every setting, its value and meaning").set_defaults(
        handler=cmd_settings_list
    )
    set_ = st.add_parser("set", help="change a setting")
    set_.add_argument("key")
    set_.add_argument("value")
    set_.set_defaults(handler=cmd_settings_set)

    purge = verbs.add_parser("purge", help="erase personal data of surveys exported long ago")
    purge.add_argument(
        "--exported-older-than",
        type=int,
        metavar="DAYS",
        help="days since export (default: the retention_days setting)",
    )
    purge.add_argument("--photos", action="store_true", help="delete their photo originals too")
    purge.add_argument("--dry-run", action="store_true", help="list what would go; change nothing")
    purge.set_defaults(handler=cmd_purge)

    backup = verbs.add_parser("backup", help="write one encrypted file with everything")
    backup.add_argument("out", metavar="OUT")
    backup.set_defaults(handler=cmd_backup)

    restore = verbs.add_parser("restore", help="bring a backup back into an empty data folder")
    restore.add_argument("backup", metavar="IN")
    restore.set_defaults(handler=cmd_restore)
