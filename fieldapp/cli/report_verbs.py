"""`fieldapp export`, `fieldapp verify`, `fieldapp survey revise`: the signed report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldapp.cli.common import EXIT_FAILURE, EXIT_OK, terminal_progress, workspace
from fieldapp.core.checklist import LANGUAGES
from fieldapp.report.reasons import REASONS


def cmd_export(args: argparse.Namespace) -> int:
    from fieldapp.services.export import export_report

    ws = workspace(args)
    result = export_report(
        ws,
        ws.surveys.resolve_id(args.survey),
        out=Path(args.out) if args.out else None,
        folder=Path(args.folder) if args.folder else None,
        language=args.lang,
        full=args.full,
        progress=terminal_progress,
    )
    print(result.path)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from fieldapp.services.export import load_trusted_certificates, verify_report_file

    trusted = load_trusted_certificates(Path(args.trust)) if args.trust else []
    if args.trust_this_device:
        from fieldapp.services.privacy import identity_of

        trusted.append(identity_of(workspace(args)).certificate())
    result = verify_report_file(Path(args.file), trusted=trusted)
    if result.signer:
        print(f"signer        {result.signer}")
        print(f"fingerprint   {result.fingerprint}")
        print(f"signed at     {result.signing_time.isoformat() if result.signing_time else '—'}")
    for check in result.checks:
        mark = {True: "ok  ", False: "FAIL", None: "--  "}[check.ok]
        print(f"{mark}  {check.name}" + (f": {check.detail}" if check.detail else ""))
    if result.failure_code:
        reason = REASONS[result.failure_code]
        print(
            f"fieldapp: not verified: {reason.meaning} ({result.failure}); {reason.advice}",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    if not result.complete:
        unchecked = ", ".join(check.name for check in result.unchecked)
        print(
            f"fieldapp: not verified: not checked: {unchecked}; "
            "give the trusted devices' certificates with --trust CERT.pem|DIR",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    return EXIT_OK


def cmd_revise(args: argparse.Namespace) -> int:
    from fieldapp.services.field import revise_survey

    ws = workspace(args)
    print(f"revision {revise_survey(ws, ws.surveys.resolve_id(args.survey))} opened")
    return EXIT_OK


def register(verbs: Any, survey_verbs: Any) -> None:
    export = verbs.add_parser("export", help="finish the survey and write its signed PDF report")
    export.add_argument("survey", metavar="ID")
    export.add_argument(
        "--out", metavar="FILE.pdf", help="where to write it (default: the data folder's exports/)"
    )
    export.add_argument(
        "--folder",
        metavar="DIR",
        help="write it into this folder under its usual name (a USB stick, a shared folder)",
    )
    export.add_argument("--lang", choices=LANGUAGES, default="zh-Hans")
    export.add_argument(
        "--full", action="store_true", help="personal data unmasked (recorded in the survey's log)"
    )
    export.set_defaults(handler=cmd_export)

    verify = verbs.add_parser(
        "verify",
        help="check a report's signature, integrity and data",
        description="Check a report: signature intact and valid, signer trusted, no modification "
        "after signing, the signature covers survey.json, the data matches its schema and "
        "manifest. Exit 0 only when every check was made and holds (so --trust is needed), "
        "1 otherwise.",
    )
    verify.add_argument("file", metavar="FILE.pdf")
    verify.add_argument("--trust", metavar="CERT.pem|DIR", help="certificates of trusted devices")
    verify.add_argument(
        "--trust-this-device",
        action="store_true",
        help="trust this data folder's own device certificate (a report just exported here)",
    )
    verify.set_defaults(handler=cmd_verify)

    revise = survey_verbs.add_parser("revise", help="open the next revision of a finished survey")
    revise.add_argument("survey", metavar="ID")
    revise.set_defaults(handler=cmd_revise)
