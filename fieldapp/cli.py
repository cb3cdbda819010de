"""The command line: one function a verb, each a thin call into ``fieldapp.services``.

Exit codes: 0 success; 1 failure; 2 usage error; 3 done but some inputs were refused.
A user's mistake prints one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from fieldapp import __version__
from fieldapp.errors import FieldappError, UsageError
from fieldapp.paths import data_dir

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
LINES = ("motor", "property", "personal_accident")


def _workspace(args: argparse.Namespace) -> Any:
    from fieldapp.services.field import FieldWorkspace

    return FieldWorkspace.open(data_dir(args.data_dir))


def _print_json(document: Any) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


# --- verbs ----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldapp.services.demo import create_demo_survey

    print(create_demo_survey(_workspace(args), args.line))
    return EXIT_OK


def cmd_survey_new(args: argparse.Namespace) -> int:
    from fieldapp.core.timestamps import parse_user_time
    from fieldapp.services.field import start_survey

    survey = start_survey(
        _workspace(args),
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


def cmd_survey_list(args: argparse.Namespace) -> int:
    from fieldapp.services.field import list_surveys

    summaries = list_surveys(_workspace(args))
    if args.json:
        _print_json(
            [
                {
                    "survey_id": s.survey_id,
                    "revision": s.revision,
                    "status": s.status,
                    "claim_number": s.claim_number,
                    "line_of_business": s.line_of_business,
                    "incident_at": s.incident_at.isoformat(),
                    "surveyor": s.surveyor,
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
        print(
            f"{s.survey_id[:8]:<10}{s.revision:<5}{s.status:<10}{s.line_of_business:<19}"
            f"{s.incident_at:%Y-%m-%d %H:%M}  {s.claim_number} / {s.surveyor}"
        )
    return EXIT_OK


def cmd_survey_show(args: argparse.Namespace) -> int:
    from fieldapp.cli_text import survey_as_text
    from fieldapp.services.field import survey_document

    workspace = _workspace(args)
    document = survey_document(workspace, workspace.surveys.resolve_id(args.survey))
    if args.json:
        _print_json(document)
    else:
        print(survey_as_text(document))
    return EXIT_OK


def cmd_survey_import(args: argparse.Namespace) -> int:
    from fieldapp.services.field import import_survey_document, read_document_file

    document = read_document_file(Path(args.file))
    outcome = import_survey_document(_workspace(args), document)
    print(outcome.survey_id)
    for photo in outcome.missing_photos:
        print(
            f"missing {photo.short_hash} {photo.file_name}: original not in this data folder",
            file=sys.stderr,
        )
    return EXIT_PARTIAL if outcome.missing_photos else EXIT_OK


def cmd_survey_log(args: argparse.Namespace) -> int:
    from fieldapp.services.field import survey_log, verify_log

    workspace = _workspace(args)
    survey_id = workspace.surveys.resolve_id(args.survey)
    if args.verify:
        verdict = verify_log(workspace, survey_id)
        if verdict.intact:
            print(f"log intact: {verdict.checked} events chain to the recorded head")
            return EXIT_OK
        print(f"log broken at event {verdict.first_bad_seq}: {verdict.reason}", file=sys.stderr)
        return EXIT_FAILURE
    for event in survey_log(workspace, survey_id):
        print(
            f"{event.seq:>4}  {event.at}  {event.hash[:12]}  {event.actor}  {event.kind}: "
            f"{event.summary}"
        )
    return EXIT_OK


def cmd_survey_answer(args: argparse.Namespace) -> int:
    from fieldapp.services.field import answer_safety_item

    workspace = _workspace(args)
    answer_safety_item(
        workspace,
        workspace.surveys.resolve_id(args.survey),
        item_id=args.item,
        answer=args.answer,
        note=args.note or "",
    )
    return EXIT_OK


def cmd_survey_emergency(args: argparse.Namespace) -> int:
    from fieldapp.services.field import record_emergency_skip

    workspace = _workspace(args)
    record_emergency_skip(workspace, workspace.surveys.resolve_id(args.survey), reason=args.reason)
    return EXIT_OK


def cmd_survey_party(args: argparse.Namespace) -> int:
    from fieldapp.services.field import save_party

    workspace = _workspace(args)
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
        workspace,
        workspace.surveys.resolve_id(args.survey),
        role=args.role,
        name=args.name,
        phone=args.phone or "",
        details=details,
    )
    print(party.party_id)
    return EXIT_OK


def cmd_survey_notes(args: argparse.Namespace) -> int:
    from fieldapp.services.field import set_notes

    workspace = _workspace(args)
    set_notes(workspace, workspace.surveys.resolve_id(args.survey), args.text)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    print(
        "fieldapp: the desktop window is not part of this version yet; "
        "see `fieldapp --help` for the command line.",
        file=sys.stderr,
    )
    return EXIT_USAGE


# --- parser ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldapp",
        description="Offline on-site loss survey: safety, parties, evidence, valuation, "
        "signed PDF report.",
    )
    parser.add_argument("--version", action="version", version=f"fieldapp {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: $FIELDAPP_DATA_DIR or the platform's)",
    )
    parser.set_defaults(handler=cmd_gui)
    verbs = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = verbs.add_parser("demo", help="create a complete demo survey; print its id")
    demo.add_argument("--line", choices=LINES, default="motor")
    demo.set_defaults(handler=cmd_demo)

    survey = verbs.add_parser("survey", help="start, list, show, import surveys; read their log")
    survey.set_defaults(handler=lambda a: _missing_verb(survey))
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
    new.set_defaults(handler=cmd_survey_new)

    listing = sv.add_parser("list", help="list surveys, most recently changed first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_survey_list)

    show = sv.add_parser("show", help="show a survey; --json prints the survey document")
    show.add_argument("survey", metavar="ID", help="survey id (or its first characters)")
    show.add_argument("--json", action="store_true", help="print the survey document (JSON)")
    show.set_defaults(handler=cmd_survey_show)

    imp = sv.add_parser("import", help="create a new survey from a survey document (JSON)")
    imp.add_argument("file", metavar="FILE.json")
    imp.set_defaults(handler=cmd_survey_import)

    log = sv.add_parser("log", help="print the survey's hash-chained event log")
    log.add_argument("survey", metavar="ID")
    log.add_argument(
        "--verify",
        action="store_true",
        help="check the hash chain; exit 1 naming the first bad event",
    )
    log.set_defaults(handler=cmd_survey_log)

    answer = sv.add_parser("answer", help="answer a scene-safety checklist item")
    answer.add_argument("survey", metavar="ID")
    answer.add_argument("item", metavar="ITEM", help="checklist item id (see `survey show`)")
    answer.add_argument("answer", choices=("yes", "no", "not_applicable"))
    answer.add_argument(
        "--note", help="what was done or found (needed for 'no' on a required item)"
    )
    answer.set_defaults(handler=cmd_survey_answer)

    skip = sv.add_parser(
        "emergency-skip", help="start evidence before the safety checklist, with a written reason"
    )
    skip.add_argument("survey", metavar="ID")
    skip.add_argument("--reason", required=True)
    skip.set_defaults(handler=cmd_survey_emergency)

    party = sv.add_parser("party", help="add a party (only the details the line needs)")
    party.add_argument("survey", metavar="ID")
    party.add_argument(
        "--role",
        required=True,
        choices=(
            "insured",
            "driver",
            "third_party",
            "injured_person",
            "witness",
            "claimant",
            "other",
        ),
    )
    party.add_argument("--name", required=True)
    party.add_argument("--phone")
    party.add_argument("--plate", help="motor: registration plate")
    party.add_argument("--vehicle", help="motor: make, model, colour")
    party.add_argument("--id-number", help="personal accident: identity document number")
    party.set_defaults(handler=cmd_survey_party)

    notes = sv.add_parser("notes", help="replace the survey's free notes")
    notes.add_argument("survey", metavar="ID")
    notes.add_argument("text")
    notes.set_defaults(handler=cmd_survey_notes)
    return parser


def _missing_verb(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print(f"{parser.prog}: a verb is needed (see --help)", file=sys.stderr)
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UsageError as error:
        print(f"fieldapp: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    except FieldappError as error:
        print(f"fieldapp: {error.message}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("fieldapp: interrupted; every change made so far is saved.", file=sys.stderr)
        return 130
