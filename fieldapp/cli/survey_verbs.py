"""`fieldapp demo` and `fieldapp survey ...`: start, fill in, show, import and check surveys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldapp.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_PARTIAL,
    LINES,
    missing_verb,
    print_json,
    workspace,
)
from fieldapp.core.checklist import LANGUAGES

ROLES = ("insured", "driver", "third_party", "injured_person", "witness", "claimant", "other")


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldapp.services.demo import create_demo_survey

    print(create_demo_survey(workspace(args), args.line))
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from fieldapp.core.timestamps import parse_user_time
    from fieldapp.services.field import start_survey

    survey = start_survey(
        workspace(args),
        claim_number=args.claim,
        policy_number=args.policy or "",
        line_of_business=args.line,
        occurred_at=parse_user_time(args.occurred_at),
        surveyor=args.surveyor,
        address=args.address or "",
        description=args.description or "",
        latitude=args.lat,
        longitude=args.lon,
    )
    print(survey.survey_id)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.services.field import list_surveys

    summaries = list_surveys(workspace(args))
    if args.json:
        print_json(
            [
                {
                    "survey_id": s.survey_id,
                    "revision": s.revision,
                    "status": s.status,
                    "claim_number": s.claim_number,
                    "line_of_business": s.line_of_business,
                    "incident_at": s.incident_at.isoformat(),
                    "surveyor": s.surveyor,
                    "exported_at": s.exported_at_utc,
                    "purged_at": s.purged_at_utc,
                }
                for s in summaries
            ]
        )
        return EXIT_OK
    if not summaries:
        print("No surveys yet. Start one with `fieldapp survey new` or try `fieldapp demo`.")
        return EXIT_OK
    print(f"{'SURVEY':<10}{'REV':<5}{'STATUS':<10}{'LINE':<19}{'INCIDENT':<18}CLAIM / SURVEYOR")
    for s in summaries:
        purged = "  (personal data erased)" if s.purged_at_utc else ""
        print(
            f"{s.survey_id[:8]:<10}{s.revision:<5}{s.status:<10}{s.line_of_business:<19}"
            f"{s.incident_at:%Y-%m-%d %H:%M}  {s.claim_number} / {s.surveyor}{purged}"
        )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from fieldapp.cli.text import survey_as_text, terminal_language
    from fieldapp.services.documents import survey_document

    ws = workspace(args)
    purpose = "printed as JSON" if args.json else "shown on screen"
    document = survey_document(
        ws,
        ws.surveys.resolve_id(args.survey),
        full=args.full,
        purpose=f"{purpose} (--full)",
        language=args.lang or terminal_language(),
    )
    if args.json:
        print_json(document)
    else:
        print(survey_as_text(document))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from fieldapp.services.documents import import_survey_document, read_document_file

    document = read_document_file(Path(args.file))
    outcome = import_survey_document(workspace(args), document)
    print(outcome.survey_id)
    for photo in outcome.missing_photos:
        print(
            f"missing {photo.short_hash} {photo.file_name}: original not in this data folder",
            file=sys.stderr,
        )
    return EXIT_PARTIAL if outcome.missing_photos else EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    from fieldapp.services.field import survey_log, verify_log

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    if args.verify:
        verdict = verify_log(ws, survey_id)
        if verdict.intact:
            print(f"log intact: {verdict.checked} events chain to the recorded head")
            return EXIT_OK
        print(f"log broken at event {verdict.first_bad_seq}: {verdict.reason}", file=sys.stderr)
        return EXIT_FAILURE
    for event in survey_log(ws, survey_id):
        print(
            f"{event.seq:>4}  {event.at}  {event.hash[:12]}  {event.actor}  {event.kind}: "
            f"{event.summary}"
        )
    return EXIT_OK


def cmd_answer(args: argparse.Namespace) -> int:
    from fieldapp.services.field import answer_safety_item

    ws = workspace(args)
    answer_safety_item(
        ws,
        ws.surveys.resolve_id(args.survey),
        item_id=args.item,
        answer=args.answer,
        note=args.note or "",
    )
    return EXIT_OK


def cmd_checklist(args: argparse.Namespace) -> int:
    from fieldapp.cli.text import terminal_language
    from fieldapp.services.field import safety_checklist

    ws = workspace(args)
    language = args.lang or terminal_language()
    rows = safety_checklist(ws, ws.surveys.resolve_id(args.survey))
    width = max(len("ITEM"), *(len(row.item.item_id) for row in rows))
    print(f"{'ITEM':<{width}}  {'REQUIRED':<9}{'ANSWER':<16}QUESTION")
    for row in rows:
        answer = row.answer.answer.value if row.answer else "not answered"
        note = f"  — {row.answer.note}" if row.answer and row.answer.note else ""
        print(
            f"{row.item.item_id:<{width}}  {'yes' if row.item.required else 'no':<9}"
            f"{answer:<16}{row.item.text(language)}{note}"
        )
    return EXIT_OK


def cmd_emergency_skip(args: argparse.Namespace) -> int:
    from fieldapp.services.field import record_emergency_skip

    ws = workspace(args)
    record_emergency_skip(ws, ws.surveys.resolve_id(args.survey), reason=args.reason)
    return EXIT_OK


def cmd_consent(args: argparse.Namespace) -> int:
    from fieldapp.services.field import record_consent

    ws = workspace(args)
    record = record_consent(
        ws,
        ws.surveys.resolve_id(args.survey),
        person_name=args.person,
        answer=args.answer,
        language=args.lang,
        covers_sensitive=args.sensitive,
    )
    print(record.consent_id)
    return EXIT_OK


def cmd_party(args: argparse.Namespace) -> int:
    from fieldapp.services.field import save_party

    ws = workspace(args)
    details = {
        k: v
        for k, v in (
            ("plate", args.plate),
            ("vehicle", args.vehicle),
            ("id_number", args.id_number),
        )
        if v
    }
    party = save_party(
        ws,
        ws.surveys.resolve_id(args.survey),
        role=args.role,
        name=args.name,
        phone=args.phone or "",
        details=details,
        consent_id=args.consent,
        legal_basis=args.basis,
    )
    print(party.party_id)
    return EXIT_OK


def cmd_notes(args: argparse.Namespace) -> int:
    from fieldapp.services.field import set_notes

    ws = workspace(args)
    set_notes(ws, ws.surveys.resolve_id(args.survey), args.text)
    return EXIT_OK


def register(verbs: Any) -> Any:
    """Add the verbs; return the `survey` sub-verbs for other modules to extend."""
    demo = verbs.add_parser("demo", help="create a complete demo survey; print its id")
    demo.add_argument("--line", choices=LINES, default="motor")
    demo.set_defaults(handler=cmd_demo)

    survey = verbs.add_parser("survey", help="start, fill in, show, import surveys; their log")
    survey.set_defaults(handler=lambda a: missing_verb(survey))
    sv = survey.add_subparsers(title="survey commands", metavar="VERB")

    new = sv.add_parser("new", help="start a survey; print its id")
    new.add_argument("--claim", required=True, help="claim number (報案號)")
    new.add_argument("--line", required=True, choices=LINES, help="line of business")
    new.add_argument(
        "--occurred-at",
        required=True,
        metavar="TIME",
        help="incident time, e.g. '2026-11-24 21:05' (this machine's offset) "
        "or 2026-11-24T21:05+08:00",
    )
    new.add_argument("--surveyor", required=True, help="surveyor's name")
    new.add_argument("--policy", help="policy number")
    new.add_argument("--address", help="where the incident happened")
    new.add_argument("--description", help="how the loss happened")
    new.add_argument("--lat", type=float, help="latitude in degrees (WGS-84)")
    new.add_argument("--lon", type=float, help="longitude in degrees (WGS-84)")
    new.set_defaults(handler=cmd_new)

    listing = sv.add_parser("list", help="list surveys, most recently changed first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_list)

    show = sv.add_parser("show", help="show a survey, personal data masked unless --full")
    show.add_argument("survey", metavar="ID", help="survey id (or its first characters)")
    show.add_argument("--json", action="store_true", help="print the survey document (JSON)")
    show.add_argument(
        "--lang", choices=LANGUAGES, help="language of the explanations (default: the terminal's)"
    )
    show.add_argument(
        "--full",
        action="store_true",
        help="reveal personal data unmasked (recorded in the survey's log)",
    )
    show.set_defaults(handler=cmd_show)

    imp = sv.add_parser("import", help="create a new survey from a full survey document (JSON)")
    imp.add_argument("file", metavar="FILE.json")
    imp.set_defaults(handler=cmd_import)

    log = sv.add_parser("log", help="print the survey's hash-chained event log")
    log.add_argument("survey", metavar="ID")
    log.add_argument(
        "--verify",
        action="store_true",
        help="check the hash chain; exit 1 naming the first bad event",
    )
    log.set_defaults(handler=cmd_log)

    answer = sv.add_parser("answer", help="answer a scene-safety checklist item")
    answer.add_argument("survey", metavar="ID")
    answer.add_argument(
        "item", metavar="ITEM", help="checklist item id (`fieldapp survey checklist ID` lists them)"
    )
    answer.add_argument("answer", choices=("yes", "no", "not_applicable"))
    answer.add_argument("--note", help="what was done or found ('no' on a required item needs it)")
    answer.set_defaults(handler=cmd_answer)

    checklist = sv.add_parser(
        "checklist", help="list the scene-safety checklist: item ids, questions and answers"
    )
    checklist.add_argument("survey", metavar="ID")
    checklist.add_argument(
        "--lang", choices=LANGUAGES, help="language of the questions (default: the terminal's)"
    )
    checklist.set_defaults(handler=cmd_checklist)

    skip = sv.add_parser(
        "emergency-skip", help="start evidence before the safety checklist, with a written reason"
    )
    skip.add_argument("survey", metavar="ID")
    skip.add_argument(
        "--reason",
        required=True,
        help="why evidence comes first: at least 10 characters, a Chinese character counting two",
    )
    skip.set_defaults(handler=cmd_emergency_skip)

    consent = sv.add_parser(
        "consent",
        help="record that a person was shown the privacy notice "
        "and their answer; print the consent id",
    )
    consent.add_argument("survey", metavar="ID")
    consent.add_argument("--person", required=True, help="who was informed")
    consent.add_argument("--answer", required=True, choices=("granted", "refused"))
    consent.add_argument(
        "--lang", choices=LANGUAGES, default="zh-Hans", help="language the notice was shown in"
    )
    consent.add_argument(
        "--sensitive",
        action="store_true",
        help="the person separately consented to sensitive data (ID number)",
    )
    consent.set_defaults(handler=cmd_consent)

    party = sv.add_parser("party", help="add a party (only the details the line needs)")
    party.add_argument("survey", metavar="ID")
    party.add_argument("--role", required=True, choices=ROLES)
    party.add_argument("--name", required=True)
    party.add_argument("--phone")
    party.add_argument("--plate", help="motor: registration plate")
    party.add_argument("--vehicle", help="motor: make, model, colour")
    party.add_argument("--id-number", help="personal accident: identity document number")
    basis = party.add_mutually_exclusive_group(required=True)
    basis.add_argument(
        "--consent",
        metavar="CONSENT_ID",
        help="the person's consent record (from `survey consent`)",
    )
    basis.add_argument(
        "--basis",
        choices=("contract", "legal_obligation", "emergency"),
        help="another legal basis for processing their data",
    )
    party.set_defaults(handler=cmd_party)

    notes = sv.add_parser("notes", help="replace the survey's free notes")
    notes.add_argument("survey", metavar="ID")
    notes.add_argument("text")
    notes.set_defaults(handler=cmd_notes)
    return sv
