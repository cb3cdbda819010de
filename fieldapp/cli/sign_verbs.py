"""`fieldapp survey sign`: the surveyor's and the insured's handwritten signatures under the
report, from stroke files (what a pad records), or that the insured did not sign and why."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldapp.cli.common import EXIT_OK, workspace
from fieldapp.errors import UsageError


def cmd_sign(args: argparse.Namespace) -> int:
    from fieldapp.services.hand_signatures import sign_by_hand
    from fieldapp.services.signatures import read_signature_file

    given = [a for a in (args.surveyor, args.insured, args.insured_declined) if a is not None]
    if len(given) != 1:
        raise UsageError(
            detail="Give one of --surveyor FILE.json, --insured FILE.json or "
            "--insured-declined REASON."
        )
    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    if args.insured_declined is not None:
        status = sign_by_hand(ws, survey_id, "insured", declined_reason=args.insured_declined)
    else:
        role = "surveyor" if args.surveyor else "insured"
        signature = read_signature_file(Path(args.surveyor or args.insured))
        status = sign_by_hand(ws, survey_id, role, signature=signature)
    what = "signed" if status.signed else "did not sign (reason recorded)"
    print(f"{status.role.value}: {what} at {status.signed_at.isoformat()}")
    return EXIT_OK


def register(survey_verbs: Any) -> None:
    sign = survey_verbs.add_parser(
        "sign",
        help="store the surveyor's or the insured's handwritten signature under the report "
        "(or why the insured did not sign)",
    )
    sign.add_argument("survey", metavar="ID")
    sign.add_argument("--surveyor", metavar="FILE.json", help="the surveyor's signature as strokes")
    sign.add_argument("--insured", metavar="FILE.json", help="the insured's signature as strokes")
    sign.add_argument(
        "--insured-declined",
        metavar="REASON",
        help="the insured did not sign: absent, refused, … (recorded instead of a signature)",
    )
    sign.set_defaults(handler=cmd_sign)
