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


def cmd_edit(args: argparse.Namespace) -> int:
    from fieldapp.core.timestamps import parse_user_time
    from fieldapp.services.field import StartChanges, edit_survey_start

    changes: StartChanges = {}
    for option, name in (
        ("claim", "claim_number"),
        ("policy", "policy_number"),
        ("address", "address"),
        ("description", "description"),
    ):
        if getattr(args, option) is not None:
            changes[name] = getattr(args, option)  # type: ignore[literal-required]
    if args.occurred_at is not None:
        changes["occurred_at"] = parse_user_time(args.occurred_at)
    if args.lat is not None or args.lon is not None:
        changes["latitude"], changes["longitude"] = args.lat, args.lon
    ws = workspace(args)
    changed = edit_survey_start(ws, ws.surveys.resolve_id(args.survey), **changes)
    print(f"changed: {', '.join(changed)}" if changed else "nothing changed")
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
    from fieldapp.services.signatures import read_signature_file

    ws = workspace(args)
    signature = read_signature_file(Path(args.signature)) if args.signature else None
    record = record_consent(
        ws,
        ws.surveys.resolve_id(args.survey),
        person_name=args.person,
        answer=args.answer,
        language=args.lang,
        covers_sensitive=args.sensitive,
        signature=signature,
    )
    print(record.consent_id)
    return EXIT_OK


def _party_details(args: argparse.Namespace) -> dict[str, str]:
    """The details given on the command line (an empty string clears one in `party-edit`)."""
    given = (("plate", args.plate), ("vehicle", args.vehicle), ("id_number", args.id_number))
    return {k: v for k, v in given if v is not None}


def cmd_party(args: argparse.Namespace) -> int:
    from fieldapp.services.field import save_party

    ws = workspace(args)
    details = {k: v for k, v in _party_details(args).items() if v}
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


def cmd_party_edit(args: argparse.Namespace) -> int:
    from fieldapp.services.parties import edit_party

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    changes = {
        k: v
        for k, v in (("role", args.role), ("name", args.name), ("phone", args.phone))
        if v is not None
    }
    changes.update(_party_details(args))
    if args.consent is not None:
        changes.update(legal_basis="consent", consent_id=args.consent)
    elif args.basis is not None:
        changes.update(legal_basis=args.basis, consent_id="")
    party = edit_party(
        ws, survey_id, party_id=_party_id(ws, survey_id, args.party), changes=changes
    )
    print(party.party_id)
    return EXIT_OK


def _party_id(ws: Any, survey_id: str, given: str) -> str:
    from fieldapp.errors import UsageError

    matches = [
        p.party_id for p in ws.surveys.get(survey_id).parties if p.party_id.startswith(given)
    ]
    if len(matches) != 1:
        raise UsageError(detail=f"No single party of this survey has an id starting {given!r}.")
    return matches[0]


def cmd_parties(args: argparse.Namespace) -> int:
    from fieldapp.services.parties import parties_view

    ws = workspace(args)
    view = parties_view(ws, ws.surveys.resolve_id(args.survey), reveal=args.full)
    signed = {c.consent_id for c in view.consents if c.signed}
    for c in view.consents:
        scope = " incl. sensitive" if c.covers_sensitive else ""
        hand = ", signed" if c.consent_id in signed else ""
        print(f"consent {c.consent_id[:8]}  {c.answer}{scope}{hand}  {c.person_name}  "
              f"({c.language}, {c.given_at.isoformat()})")  # fmt: skip
    for p in view.parties:
        details = "  ".join(f"{k}={v}" for k, v in p.values.items() if k not in PARTY_HEAD and v)
        basis = p.legal_basis + (f" {p.consent_id[:8]}" if p.consent_id else "")
        print(f"party {p.party_id[:8]}  {p.values['role']}  {p.values['name']}  "
              f"{p.values['phone']}  {details}  basis: {basis or 'none'}")  # fmt: skip
    if not view.revealed:
        print("(phones and ID numbers masked; `--full` reveals them and is recorded in the log)")
    return EXIT_OK


PARTY_HEAD = ("role", "name", "phone")


def cmd_signature(args: argparse.Namespace) -> int:
    from fieldapp.services.signatures import consent_signature_of, signature_png

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    signature = consent_signature_of(ws, survey_id, args.consent, purpose=f"drawn to {args.out}")
    if signature is None:
        print("The person did not sign this consent (recorded without a pad).", file=sys.stderr)
        return EXIT_FAILURE
    Path(args.out).write_bytes(signature_png(signature))
    print(args.out)
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

    edit = sv.add_parser(
        "edit",
        help="change the start fields of a draft survey (its line of business stays)",
    )
    edit.add_argument("survey", metavar="ID", help="survey id (or its first characters)")
    edit.add_argument("--claim", help="claim number")
    edit.add_argument("--policy", help="policy number")
    edit.add_argument("--occurred-at", metavar="TIME", help="incident time, as for `survey new`")
    edit.add_argument("--address", help="where the incident happened")
    edit.add_argument("--description", help="how the loss happened")
    edit.add_argument("--lat", type=float, help="latitude in degrees (WGS-84), with --lon")
    edit.add_argument("--lon", type=float, help="longitude in degrees (WGS-84), with --lat")
    edit.set_defaults(handler=cmd_edit)

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
    consent.add_argument(
        "--signature",
        metavar="FILE.json",
        help='the person\'s handwritten signature as strokes: {"width": W, "height": H, '
        '"strokes": [[[x, y], ...], ...]}; a blank or dot-sized one is refused',
    )
    consent.set_defaults(handler=cmd_consent)

    signature = sv.add_parser(
        "signature", help="draw the signature under a consent to a PNG (recorded in the log)"
    )
    signature.add_argument("survey", metavar="ID")
    signature.add_argument("consent", metavar="CONSENT_ID")
    signature.add_argument("--out", required=True, metavar="FILE.png")
    signature.set_defaults(handler=cmd_signature)

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

    edit = sv.add_parser("party-edit", help="change the given fields of a party; the rest stay")
    edit.add_argument("survey", metavar="ID")
    edit.add_argument("party", metavar="PARTY_ID", help="party id (or its first characters)")
    edit.add_argument("--role", choices=ROLES)
    edit.add_argument("--name")
    edit.add_argument("--phone", help="'' clears it")
    edit.add_argument("--plate", help="motor: registration plate")
    edit.add_argument("--vehicle", help="motor: make, model, colour")
    edit.add_argument("--id-number", help="personal accident: identity document number")
    edit_basis = edit.add_mutually_exclusive_group()
    edit_basis.add_argument("--consent", metavar="CONSENT_ID")
    edit_basis.add_argument("--basis", choices=("contract", "legal_obligation", "emergency"))
    edit.set_defaults(handler=cmd_party_edit)

    parties = sv.add_parser(
        "parties", help="the consents and parties; phones and ID numbers masked unless --full"
    )
    parties.add_argument("survey", metavar="ID")
    parties.add_argument(
        "--full", action="store_true", help="reveal them (recorded in the survey's log)"
    )
    parties.set_defaults(handler=cmd_parties)

    notes = sv.add_parser("notes", help="replace the survey's free notes")
    notes.add_argument("survey", metavar="ID")
    notes.add_argument("text")
    notes.set_defaults(handler=cmd_notes)
    return sv
