"""`fieldapp damage ...`, `fieldapp terms set`, `fieldapp assessment`: the loss and its value."""

from __future__ import annotations

import argparse
from dataclasses import replace
from decimal import Decimal
from typing import Any

from fieldapp.cli.common import EXIT_OK, missing_verb, workspace
from fieldapp.core.checklist import LANGUAGES

METHODS = ("replacement_cost", "market_value", "book_value", "expert_appraisal")


def _money(text: str | None, what: str) -> Decimal | None:
    from fieldapp.core.money import parse_money

    return parse_money(text, what=what) if text is not None else None


def cmd_add(args: argparse.Namespace) -> int:
    from fieldapp.core.damage import DamageItem
    from fieldapp.core.money import ZERO, parse_decimal
    from fieldapp.services.damage import save_damage_item

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    item = DamageItem(
        description=args.description,
        area=args.area or "",
        kind=args.kind or "",
        severity=args.severity,
        action=args.action,
        causal_link=args.cause,
        method=args.method,
        repair_line=args.line,
        quantity=parse_decimal(args.quantity, what="quantity", low=Decimal("0.0001")),
        unit_cost=_money(args.unit_cost, "unit cost") or ZERO,
        depreciation_percent=parse_decimal(
            args.depreciation, what="depreciation", low=Decimal(0), high=Decimal(100)
        ),
        depreciation_basis=args.depreciation_basis or "",
        assessed_value=_money(args.assessed_value, "assessed value") or ZERO,
        salvage=_money(args.salvage, "salvage") or ZERO,
        appraiser=args.appraiser or "",
        appraisal_basis=args.appraisal_basis or "",
    )
    saved = save_damage_item(ws, survey_id, item, photo_refs=args.photo or ())
    print(saved.damage_id)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.services.damage import current_assessment

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    items = ws.damage.items(survey_id)
    assessment = current_assessment(ws, survey_id)
    if not items:
        print("No damage items yet: `fieldapp damage add` records one.")
    for item, valued in zip(items, assessment.items, strict=True):
        print(
            f"{item.damage_id[:8]}  {item.method.value:<17} {item.severity.value:<9} "
            f"value {valued.value:>12,.2f}  loss {valued.loss:>12,.2f}  "
            f"{len(item.photo_ids)} photo(s)  {item.description}"
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
    set_policy_terms(ws, survey_id, replace(ws.damage.terms(survey_id), **changes))
    return EXIT_OK


def cmd_assessment(args: argparse.Namespace) -> int:
    from fieldapp.cli.text import terminal_language
    from fieldapp.services.damage import current_assessment

    ws = workspace(args)
    survey_id = ws.surveys.resolve_id(args.survey)
    assessment = current_assessment(ws, survey_id)
    language = args.lang or terminal_language()
    currency = ws.damage.terms(survey_id).currency
    for step in assessment.steps:
        print(step.explain(language))
    print(f"indemnity {assessment.indemnity:.2f} {currency}")
    return EXIT_OK


def register(verbs: Any) -> None:
    damage = verbs.add_parser("damage", help="damage items and their valuation basis")
    damage.set_defaults(handler=lambda a: missing_verb(damage))
    dv = damage.add_subparsers(title="damage commands", metavar="VERB")
    add = dv.add_parser("add", help="record a damage item; print its id")
    add.add_argument("survey", metavar="ID")
    add.add_argument("--description", required=True, help="what is damaged")
    add.add_argument(
        "--cause", required=True, help="why this damage belongs to this incident (causal link)"
    )
    add.add_argument(
        "--method",
        required=True,
        choices=METHODS,
        help="buildings and motor repairs: replacement_cost; machinery: "
        "market_value; inventory: book_value; jewellery, art: expert_appraisal",
    )
    add.add_argument("--area", help="area, room or vehicle part")
    add.add_argument("--kind", help="kind of damage (dent, water, fire, theft ...)")
    add.add_argument(
        "--severity", choices=("minor", "moderate", "severe", "total"), default="moderate"
    )
    add.add_argument("--action", choices=("repair", "replace"), default="repair")
    add.add_argument(
        "--line",
        choices=("item", "part", "labour", "paint"),
        default="item",
        help="motor estimates: part, labour or paint",
    )
    add.add_argument("--quantity", default="1")
    add.add_argument("--unit-cost", help="replacement cost of one unit")
    add.add_argument("--depreciation", default="0", help="percent, with --depreciation-basis")
    add.add_argument("--depreciation-basis")
    add.add_argument("--assessed-value", help="market, book or appraised value")
    add.add_argument("--salvage")
    add.add_argument("--appraiser")
    add.add_argument("--appraisal-basis")
    add.add_argument(
        "--photo",
        action="append",
        metavar="PHOTO",
        help="a photo showing it (id or SHA-256 start); repeat for more",
    )
    add.set_defaults(handler=cmd_add)
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
    set_.set_defaults(handler=cmd_terms)

    assessment = verbs.add_parser(
        "assessment", help="the calculation to the indemnity, step by step"
    )
    assessment.add_argument("survey", metavar="ID")
    assessment.add_argument("--lang", choices=LANGUAGES)
    assessment.set_defaults(handler=cmd_assessment)
