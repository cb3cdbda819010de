"""`fieldapp photos ...`: add evidence photos, list them and what is missing, describe, link,
annotate, remove, write a thumbnail or the original back out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldapp.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_PARTIAL,
    missing_verb,
    plural,
    print_json,
    terminal_progress,
    workspace,
)

CATEGORIES = ("overview", "damage_closeup", "plate_vin", "odometer", "document", "other")


def cmd_add(args: argparse.Namespace) -> int:
    from fieldapp.services.photos import add_photos, make_display_copies

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    # Ctrl-C stops the workers; every photo recorded until then stays recorded.
    report = add_photos(
        ws,
        survey_id,
        [Path(p) for p in args.paths],
        category=args.category,
        progress=terminal_progress,
    )
    for outcome in report.outcomes:
        print(outcome.line)
    if report.stopped_by is not None:
        print(
            f"fieldapp: {report.stopped_by.message} "
            f"{plural(report.added, 'photo was', 'photos were')} added before the import "
            f"stopped; {plural(report.not_processed, 'file was', 'files were')} not added.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    # The report's display copies, made now so that exporting never waits for them. This is
    # each photo's one full decode, so damage the import's checks could not see shows up here.
    copies = make_display_copies(ws, survey_id, progress=terminal_progress)
    added_now = {o.sha256: o.name for o in report.outcomes if o.sha256}
    for digest, why in copies.damaged.items():
        if digest in added_now:
            print(
                f"warning: {added_now[digest]} ({digest[:12]}): the picture cannot be decoded: "
                f"{why}. The original stays attached, and a risk note says so.",
                file=sys.stderr,
            )
    return EXIT_PARTIAL if report.refused else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.cli.text import terminal_language
    from fieldapp.services.photos import photo_sheet

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    photos, notes, missing = photo_sheet(ws, survey_id)
    if args.json:
        print_json(
            {
                "photos": [
                    {
                        "photo_id": p.photo_id,
                        "sha256": p.sha256,
                        "category": p.category.value,
                        "caption": p.caption,
                        "captured_at": p.captured_at.isoformat() if p.captured_at else None,
                        "width": p.width,
                        "height": p.height,
                        "annotations": len(p.annotations),
                        "metadata_note": p.metadata_note,
                    }
                    for p in photos
                ],
                "risk_notes": [n.as_data() for n in notes],
                "missing_shots": [
                    {
                        "category": m.requirement.category.value,
                        "required": m.requirement.minimum,
                        "have": m.have,
                    }
                    for m in missing
                ],
            }
        )
        return EXIT_OK
    language = terminal_language()
    if photos:
        print(f"{'PHOTO':<10}{'SHA-256':<14}{'CATEGORY':<16}{'SIZE':<11}{'TAKEN':<18}CAPTION")
    else:
        print("No photos yet. Add them with `fieldapp photos add ID PATH...`.")
    for p in photos:
        taken = f"{p.captured_at:%Y-%m-%d %H:%M}" if p.captured_at else "not recorded"
        marks = f"  [{plural(len(p.annotations), 'mark', 'marks')}]" if p.annotations else ""
        print(
            f"{p.photo_id[:8]:<10}{p.short_hash:<14}{p.category.value:<16}"
            f"{f'{p.width}×{p.height}':<11}{taken:<18}{p.caption}{marks}"
        )
        if p.metadata_note:
            print(f"          note: {p.metadata_note}")
    for note in notes:
        print(f"risk note: {note.subject}: {note.detail}")
    for shot in missing:
        print(
            f"missing shot: {shot.requirement.label.get(language, shot.requirement.label['en'])}"
            f" ({shot.have} of {shot.requirement.minimum})"
        )
    return EXIT_OK


def cmd_describe(args: argparse.Namespace) -> int:
    from fieldapp.services.photos import describe_photo

    ws = workspace(args)
    describe_photo(
        ws,
        ws.surveys.resolve_id(args.survey),
        args.photo,
        caption=args.caption,
        category=args.category,
    )
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from fieldapp.services.photos import remove_photo

    ws = workspace(args)
    removed = remove_photo(ws, ws.surveys.resolve_id(args.survey), args.photo)
    unlinked = len(removed.unlinked_damage_ids)
    print(
        f"removed {removed.photo_id[:8]} ({removed.sha256[:12]})"
        + (f"; unlinked from {plural(unlinked, 'damage item', 'damage items')}" if unlinked else "")
        + f"; original kept, used by {plural(removed.surveys_still_using, 'survey', 'surveys')}"
    )
    return EXIT_OK


def cmd_link(args: argparse.Namespace) -> int:
    from fieldapp.services.photos import link_photo

    ws = workspace(args)
    linked = link_photo(ws, ws.surveys.resolve_id(args.survey), args.photo, args.items)
    print(f"linked to {plural(len(linked), 'damage item', 'damage items')}")
    return EXIT_OK


def cmd_thumbnail(args: argparse.Namespace) -> int:
    from pathlib import Path

    from fieldapp.services.photos import photo_thumbnail

    ws = workspace(args)
    thumbnail = photo_thumbnail(ws, ws.surveys.resolve_id(args.survey), args.photo)
    Path(args.out).write_bytes(thumbnail)
    print(args.out)
    return EXIT_OK


def cmd_original(args: argparse.Namespace) -> int:
    from fieldapp.errors import UsageError
    from fieldapp.services.photos import photo_original
    from fieldapp.store.files import write_file_atomically

    ws = workspace(args)
    photo, content = photo_original(ws, ws.surveys.resolve_id(args.survey), args.photo)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(
            "folder_missing", detail=f"The folder {out.parent} does not exist; it is never made."
        )
    write_file_atomically(out, content, what=out.name)
    print(f"{photo.sha256[:12]} {out}")
    return EXIT_OK


def parse_mark(text: str) -> Any:
    """arrow:x1,y1,x2,y2 · rectangle:... · ellipse:... · freehand:x1,y1,x2,y2,... ·
    text:x,y:words — fractions 0..1; ``kind/colour:`` picks a colour (a name or #rrggbb)."""
    from fieldapp.core.evidence import DEFAULT_MARK_COLOUR, MARK_COLOURS, Annotation
    from fieldapp.core.visible_text import excerpt
    from fieldapp.errors import UsageError

    head, _, rest = text.partition(":")
    kind, _, colour = head.partition("/")
    coords, _, words = rest.partition(":")
    try:
        points = tuple(float(v) for v in coords.split(","))
    except ValueError:
        raise UsageError(
            detail=f"Cannot read the mark {excerpt(text)!r}: coordinates are numbers."
        ) from None
    if colour and colour.lower() not in MARK_COLOURS and not colour.startswith("#"):
        names = ", ".join(MARK_COLOURS)
        raise UsageError(
            detail=f"Cannot read the mark {excerpt(text)!r}: colours are {names} or #rrggbb."
        )
    chosen = MARK_COLOURS.get(colour.lower(), colour) if colour else DEFAULT_MARK_COLOUR
    return Annotation(kind=kind, points=points, text=words, colour=chosen)  # type: ignore[arg-type]


def cmd_annotate(args: argparse.Namespace) -> int:
    from fieldapp.services.photos import annotate_photo

    ws = workspace(args)
    marks = [parse_mark(m) for m in args.marks]
    annotate_photo(ws, ws.surveys.resolve_id(args.survey), args.photo, marks)
    return EXIT_OK


def register(verbs: Any) -> None:
    photos = verbs.add_parser("photos", help="evidence photos of a survey")
    photos.set_defaults(handler=lambda a: missing_verb(photos))
    pv = photos.add_subparsers(title="photos commands", metavar="VERB")

    add = pv.add_parser("add", help="add photo files and folders; one result line per file")
    add.add_argument("survey", metavar="ID")
    add.add_argument("paths", metavar="PATH", nargs="+", help="files or folders (recursive)")
    add.add_argument(
        "--category",
        choices=CATEGORIES,
        default="other",
        help="kind of shot for all of them (change one with `photos describe`)",
    )
    add.set_defaults(handler=cmd_add)

    listing = pv.add_parser("list", help="photos, risk notes and required shots still missing")
    listing.add_argument("survey", metavar="ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    describe = pv.add_parser("describe", help="set a photo's caption or category")
    describe.add_argument("survey", metavar="ID")
    describe.add_argument("photo", metavar="PHOTO", help="photo id or SHA-256 (first characters)")
    describe.add_argument("--caption")
    describe.add_argument("--category", choices=CATEGORIES)
    describe.set_defaults(handler=cmd_describe)

    remove = pv.add_parser("remove", help="remove a photo added by mistake (logged)")
    remove.add_argument("survey", metavar="ID")
    remove.add_argument("photo", metavar="PHOTO", help="photo id or SHA-256 (first characters)")
    remove.set_defaults(handler=cmd_remove)

    link = pv.add_parser("link", help="set the damage items a photo shows")
    link.add_argument("survey", metavar="ID")
    link.add_argument("photo", metavar="PHOTO", help="photo id or SHA-256 (first characters)")
    link.add_argument("items", metavar="ITEM", nargs="*", help="damage item ids; none unlinks all")
    link.set_defaults(handler=cmd_link)

    thumbnail = pv.add_parser("thumbnail", help="write a photo's thumbnail (JPEG) to a file")
    thumbnail.add_argument("survey", metavar="ID")
    thumbnail.add_argument("photo", metavar="PHOTO", help="photo id or SHA-256 (first characters)")
    thumbnail.add_argument("--out", required=True, metavar="FILE.jpg")
    thumbnail.set_defaults(handler=cmd_thumbnail)

    original = pv.add_parser(
        "original", help="write a photo's original back to a file, byte for byte"
    )
    original.add_argument("survey", metavar="ID")
    original.add_argument("photo", metavar="PHOTO", help="photo id or SHA-256 (first characters)")
    original.add_argument("--out", required=True, metavar="FILE")
    original.set_defaults(handler=cmd_original)

    annotate = pv.add_parser("annotate", help="replace the marks drawn over a photo")
    annotate.add_argument("survey", metavar="ID")
    annotate.add_argument("photo", metavar="PHOTO")
    annotate.add_argument(
        "marks",
        metavar="MARK",
        nargs="*",
        help="arrow:x1,y1,x2,y2 | rectangle:x1,y1,x2,y2 | ellipse:x1,y1,x2,y2 "
        "| freehand:x1,y1,x2,y2,... | text:x,y:words (fractions of width and height); "
        "kind/colour: picks red, yellow, cyan, white, black or #rrggbb; none clears",
    )
    annotate.set_defaults(handler=cmd_annotate)
