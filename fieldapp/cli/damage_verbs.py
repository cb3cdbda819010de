"""`fieldapp damage ...`, `fieldapp terms set`, `fieldapp assessment`: the loss and its value."""

from __future__ import annotations

import argparse
from dataclasses import replace
from decimal import Decimal
from typing import Any

from fieldapp.cli.common import EXIT_OK, missing_verb, workspace
from fieldapp.core.checklist import LANGUAGES
from fieldapp.errors import UsageError

METHODS = ("replacement_cost", "market_value", "book_value", "expert_appraisal")


def _money(text: str | None, what: str) -> Decimal | None:
    from fieldapp.core.money import parse_money

    return parse_money(text, what=what) if text is not None else None


# Option name -> DamageItem field, for the figures and texts `damage add` and `damage edit` take.
TEXT_OPTIONS = {
    "description": "description",
    "cause": "causal_link",
    "area": "area",
    "kind": "kind",
    "depreciation_basis": "depreciation_basis",
    "appraiser": "appraiser",
    "appraisal_basis": "appraisal_basis",
    "severity": "severity",
    "action": "action",
    "method": "method",
    "line": "repair_line",
}
MONEY_OPTIONS = {"unit_cost": "unit cost", "assessed_value": "assessed value", "salvage": "salvage"}


def _given(args: argparse.Namespace) -> dict[str, Any]:
    """The item's fields the user gave, parsed; what was not given is left out."""
    from fieldapp.core.money import parse_decimal

    changes: dict[str, Any] = {
        field: getattr(args, option)
        for option, field in TEXT_OPTIONS.items()
        if getattr(args, option) is not None
    }
    for option, what in MONEY_OPTIONS.items():
        if getattr(args, option) is not None:
            changes[option] = _money(getattr(args, option), what)
    if args.quantity is not None:
        changes["quantity"] = parse_decimal(args.quantity, what="quantity")
    if args.depreciation is not None:
        changes["depreciation_percent"] = parse_decimal(args.depreciation, what="depreciation")
    return changes


def cmd_add(args: argparse.Namespace) -> int:
    from fieldapp.core.damage import DamageItem
    from fieldapp.services.damage import save_damage_item

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    # Severity and action stay "not stated" unless given: never a default that looks observed.
    given = {"severity": None, "action": None, "area": "", "kind": "", **_given(args)}
    item = DamageItem(**given)
    if args.dry_run:
        from fieldapp.services.damage import preview_damage_item

        photos = tuple(ws.photos.resolve(survey_id, ref) for ref in args.photo or ())
        preview = preview_damage_item(ws, survey_id, replace(item, photo_ids=photos))
        return _print_assessment(preview, ws.damage.terms(survey_id).currency, args.lang)
    saved = save_damage_item(ws, survey_id, item, photo_refs=args.photo or ())
    print(saved.damage_id)
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    from fieldapp.services.damage import edit_damage_item

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    changes = _given(args)
    photos = [] if args.no_photo else args.photo
    if not changes and photos is None:
        raise UsageError(detail="Give at least one thing to change (see `damage edit --help`).")
    if args.dry_run:
        from fieldapp.services.damage import edited_damage_item, preview_damage_item

        draft = edited_damage_item(ws, survey_id, args.item, changes, photo_refs=photos)
        preview = preview_damage_item(ws, survey_id, draft)
        return _print_assessment(preview, ws.damage.terms(survey_id).currency, args.lang)
    edited = edit_damage_item(ws, survey_id, args.item, changes, photo_refs=photos)
    print(edited.damage_id)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.services.damage import current_assessment

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    items = ws.damage.items(survey_id)
    assessment = current_assessment(ws, survey_id)
    if not items:
        print("No damage items yet: `fieldapp damage add` records one.")
        return EXIT_OK
    print(
        f"{'ITEM':<10}{'METHOD':<18}{'SEVERITY':<12}{'VALUE':>22}  {'LOSS':>22}  "
        f"{'PHOTOS':<8}DESCRIPTION"
    )
    for item, valued in zip(items, assessment.items, strict=True):
        severity = item.severity.value if item.severity else "not stated"
        print(
            f"{item.damage_id[:8]:<10}{item.method.value:<18}{severity:<12}"
            f"{valued.value:>22,.2f}  {valued.loss:>22,.2f}  {len(item.photo_ids):<8}"
            f"{item.description}"
        )
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from fieldapp.services.damage import remove_damage_item

    ws = workspace(args)
    remove_damage_item(ws, ws.surveys.resolve_id(args.survey), args.item)
    return EXIT_OK


def cmd_terms(args: argparse.Namespace) -> int:
    from fieldapp.core.valuation import MONEY_TERMS
    from fieldapp.services.damage import set_policy_terms

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    changes: dict[str, Any] = {}
    for name in MONEY_TERMS:
        text = getattr(args, name)
        if text is not None:
            changes[name] = _money(text, name.replace("_", " "))
    if args.currency:
        changes["currency"] = args.currency.upper()
    if args.disability_grade is not None:
        changes["disability_grade"] = args.disability_grade or None
    terms = replace(ws.damage.terms(survey_id), **changes)
    if args.dry_run:
        from fieldapp.services.damage import preview_policy_terms

        return _print_assessment(
            preview_policy_terms(ws, survey_id, terms), terms.currency, args.lang
        )
    set_policy_terms(ws, survey_id, terms)
    return EXIT_OK


def cmd_assessment(args: argparse.Namespace) -> int:
    from fieldapp.services.damage import current_assessment

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    assessment = current_assessment(ws, survey_id)
    return _print_assessment(assessment, ws.damage.terms(survey_id).currency, args.lang)


def _print_assessment(assessment: Any, currency: str, language: str | None) -> int:
    """Every step in the chosen language, then the indemnity (also for a dry run)."""
    from fieldapp.cli.text import terminal_language

    language = language or terminal_language()
    for step in assessment.steps:
        print(step.explain(language))
    print(f"indemnity {assessment.indemnity:.2f} {currency}")
    return EXIT_OK


def _item_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    """The options of an item: required to add one, each optional to edit one."""
    needed = not editing
    parser.add_argument("--description", required=needed, help="what is damaged")
    parser.add_argument(
        "--cause", required=needed, help="why this damage belongs to this incident (causal link)"
    )
    parser.add_argument(
        "--method",
        required=needed,
        choices=METHODS,
        help="buildings and motor repairs: replacement_cost (with --unit-cost and --quantity); "
        "machinery: market_value; inventory: book_value; jewellery, art: expert_appraisal "
        "(each with --assessed-value)",
    )
    parser.add_argument("--area", help="area, room or vehicle part")
    parser.add_argument("--kind", help="kind of damage (dent, water, fire, theft ...)")
    parser.add_argument(
        "--severity",
        choices=("minor", "moderate", "severe", "total"),
        help="as observed; not stated unless given",
    )
    parser.add_argument(
        "--action", choices=("repair", "replace"), help="as decided; not stated unless given"
    )
    parser.add_argument(
        "--line",
        choices=("item", "part", "labour", "paint"),
        help="motor estimates: part, labour or paint (default item)",
    )
    parser.add_argument("--quantity", help="replacement cost: how many units (default 1)")
    parser.add_argument("--unit-cost", help="replacement cost of one unit")
    parser.add_argument("--depreciation", help="percent, with --depreciation-basis")
    parser.add_argument("--depreciation-basis")
    parser.add_argument("--assessed-value", help="market, book or appraised value")
    parser.add_argument("--salvage")
    parser.add_argument("--appraiser")
    parser.add_argument("--appraisal-basis")
    parser.add_argument(
        "--photo",
        action="append",
        metavar="PHOTO",
        help="a photo showing it (id or SHA-256 start); repeat for more"
        + ("; replaces the item's photo links" if editing else ""),
    )
    _dry_run_options(parser)


def _dry_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="store nothing; print the assessment as it would be with this change",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="the language of --dry-run's steps")


def register(verbs: Any) -> None:
    damage = verbs.add_parser("damage", help="damage items and their valuation basis")
    damage.set_defaults(handler=lambda a: missing_verb(damage))
    dv = damage.add_subparsers(title="damage commands", metavar="VERB")
    add = dv.add_parser("add", help="record a damage item; print its id")
    add.add_argument("survey", metavar="ID")
    _item_options(add, editing=False)
    add.set_defaults(handler=cmd_add)
    edit = dv.add_parser(
        "edit", help="change a damage item in place (what is not given stays); print its id"
    )
    edit.add_argument("survey", metavar="ID")
    edit.add_argument("item", metavar="ITEM", help="damage item id or its first characters")
    _item_options(edit, editing=True)
    edit.add_argument("--no-photo", action="store_true", help="unlink every photo from the item")
    edit.set_defaults(handler=cmd_edit)
    listing = dv.add_parser("list", help="items with value and loss")
    listing.add_argument("survey", metavar="ID")
    listing.set_defaults(handler=cmd_list)
    remove = dv.add_parser("remove", help="remove a damage item")
    remove.add_argument("survey", metavar="ID")
    remove.add_argument("item", metavar="ITEM")
    remove.set_defaults(handler=cmd_remove)

    terms = verbs.add_parser("terms", help="the policy terms the valuation applies")
    terms.set_defaults(handler=lambda a: missing_verb(terms))
    tv = terms.add_subparsers(title="terms commands", metavar="VERB")
    set_ = tv.add_parser("set", help="set some policy terms; the others stay")
    set_.add_argument("survey", metavar="ID")
    set_.add_argument("--currency", help="ISO 4217 code (default CNY)")
    for name in (
        "sum-insured",
        "value-at-risk",
        "deductible",
        "limit",
        "vehicle-actual-value",
        "medical-expenses",
        "medical-limit",
    ):
        set_.add_argument(f"--{name}", metavar="AMOUNT")
    set_.add_argument(
        "--disability-grade",
        type=int,
        choices=range(0, 11),
        metavar="1-10",
        help="personal accident; 0 clears it",
    )
    _dry_run_options(set_)
    set_.set_defaults(handler=cmd_terms)

    assessment = verbs.add_parser(
        "assessment", help="the calculation to the indemnity, step by step"
    )
    assessment.add_argument("survey", metavar="ID")
    assessment.add_argument("--lang", choices=LANGUAGES)
    assessment.set_defaults(handler=cmd_assessment)
