"""Damage items and policy terms as a form holds them: text as typed, field by field.

A face (the window, the CLI's ``--dry-run``) gives what was typed; the core's parsers and rules
turn it into a DamageItem or PolicyTerms, or say for each field what is wrong with it, so that
the error can stand beside that field. The assessment of a draft is computed here too, without
storing anything, so the arithmetic stays in the core while the user types.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fieldapp.core.damage import (
    ITEM_TEXT_DOMAINS,
    DamageItem,
    RepairLine,
    ValuationMethod,
    check_item_figures,
    item_fields,
)
from fieldapp.core.domains import check_amount, check_percent, check_quantity
from fieldapp.core.evidence import EvidencePhoto
from fieldapp.core.lines import POLICY_TERM_FIELDS
from fieldapp.core.money import ZERO, parse_decimal, parse_money
from fieldapp.core.survey import SurveyStatus
from fieldapp.core.valuation import Assessment, PolicyTerms, assess
from fieldapp.errors import FieldappError, UsageError
from fieldapp.services.field import FieldWorkspace

ITEM_MONEY = ("unit_cost", "assessed_value", "salvage")
# Terms that are zero when not given; the others are "not given" (None) when left empty.
TERMS_ZERO_WHEN_EMPTY = ("deductible", "medical_expenses")
# A rule about several fields is shown beside the field that settles it.
_RULE_FIELDS = {
    "unit_cost_missing": "unit_cost",
    "assessed_value_missing": "assessed_value",
    "depreciation_basis_missing": "depreciation_basis",
    "depreciation_not_applicable": "depreciation_percent",
    "figure_not_used": "method",
    "amount_too_large": "quantity",
}


class FormRefused(FieldappError):
    """Some fields of a form hold what the core refuses; ``errors`` says which and why."""

    code = "form_refused"
    template = "{summary}"

    def __init__(self, errors: Mapping[str, FieldappError]) -> None:
        summary = "; ".join(f"{name}: {error.message}" for name, error in errors.items())
        super().__init__(errors=dict(errors), summary=summary)

    @property
    def errors(self) -> dict[str, FieldappError]:
        return dict(self.params["errors"])


def item_form_fields(method: str, *, line_of_business: str) -> tuple[str, ...]:
    """The fields a form shows for an item valued by ``method`` (the core's rule)."""
    return item_fields(method, line_of_business=line_of_business)


def terms_form_fields(line_of_business: str) -> tuple[str, ...]:
    """The policy terms a survey of this line uses: currency and sum insured, then its own."""
    return ("currency", "sum_insured", *POLICY_TERM_FIELDS[line_of_business])


def item_from_form(
    values: Mapping[str, str],
    *,
    line_of_business: str,
    damage_id: str | None = None,
    photo_ids: Sequence[str] = (),
) -> DamageItem:
    """The item the typed values make, or FormRefused with an error for each field concerned.

    Only the fields the method uses are read; the others keep their neutral value, so an item
    switched from one method to another never carries a figure that no longer counts."""
    errors: dict[str, FieldappError] = {}
    try:
        method = ValuationMethod(values.get("method", ""))
    except ValueError:
        raise FormRefused(
            {"method": UsageError("method_unknown", detail="Choose a valuation method.")}
        ) from None
    shown = item_fields(method, line_of_business=line_of_business)
    given: dict[str, Any] = {"method": method, "severity": None, "action": None}
    for name in shown:
        text = values.get(name, "")
        try:
            if name in ITEM_TEXT_DOMAINS:
                given[name] = ITEM_TEXT_DOMAINS[name].check(text)
            elif name in ITEM_MONEY:
                given[name] = _amount(text, name) if text.strip() else ZERO
            elif name == "quantity":
                number = parse_decimal(text, what="The quantity") if text.strip() else Decimal(1)
                given[name] = check_quantity(number)
            elif name == "depreciation_percent":
                number = parse_decimal(text, what="The depreciation") if text.strip() else ZERO
                given[name] = check_percent(number, what="The depreciation")
            elif name in ("severity", "action"):
                given[name] = text or None
            elif name == "repair_line":
                given[name] = RepairLine(text or "item")
        except FieldappError as error:
            errors[name] = error
    if errors:
        raise FormRefused(errors)
    if damage_id:
        given["damage_id"] = damage_id
    try:
        item = DamageItem(**given, photo_ids=tuple(photo_ids))
        check_item_figures(item)
    except FieldappError as error:
        raise FormRefused({item_field_of(error, given): error}) from None
    return item


def _amount(text: str, name: str) -> Decimal:
    what = f"The {name.replace('_', ' ')}"
    return check_amount(parse_money(text, what=what), what=what)


def item_field_of(error: FieldappError, given: Mapping[str, Any]) -> str:
    """The field an error about a whole item is shown beside (saving can refuse an item whose
    figures make the survey's amounts too large: that is the quantity's or the value's)."""
    if error.code == "appraisal_incomplete":
        return "appraiser" if not given.get("appraiser") else "appraisal_basis"
    if error.code == "amount_too_large" and given.get("method") != "replacement_cost":
        return "assessed_value"
    return _RULE_FIELDS.get(error.code, "description")


def terms_from_form(values: Mapping[str, str], *, line_of_business: str) -> PolicyTerms:
    """The policy terms the typed values make, or FormRefused field by field."""
    errors: dict[str, FieldappError] = {}
    given: dict[str, Any] = {}
    for name in terms_form_fields(line_of_business):
        text = values.get(name, "").strip()
        try:
            if name == "currency":
                given[name] = text.upper() or "CNY"
            elif name == "disability_grade":
                given[name] = _grade(text)
            elif text:
                given[name] = _amount(text, name)
            elif name in TERMS_ZERO_WHEN_EMPTY:
                given[name] = ZERO
        except FieldappError as error:
            errors[name] = error
    if errors:
        raise FormRefused(errors)
    try:
        return PolicyTerms(**given)
    except FieldappError as error:
        raise FormRefused({"currency": error}) from None


def _grade(text: str) -> int | None:
    if not text:
        return None
    number = parse_decimal(text, what="The disability grade", low=Decimal(1), high=Decimal(10))
    if number != number.to_integral_value():
        raise UsageError("grade_invalid", detail="A disability grade is a whole number.")
    return int(number)


def assess_draft(
    items: Sequence[DamageItem],
    terms: PolicyTerms,
    *,
    line_of_business: str,
    draft: DamageItem | None = None,
) -> Assessment:
    """The assessment as it would be with ``draft`` in place of the item of its id (or added),
    nothing stored: what the window shows while an item or the terms are being typed."""
    drafted = list(items)
    if draft is not None:
        ids = [item.damage_id for item in drafted]
        if draft.damage_id in ids:
            drafted[ids.index(draft.damage_id)] = draft
        else:
            drafted.append(draft)
    return assess(drafted, terms, line_of_business=line_of_business)


@dataclass(frozen=True)
class DamageSheet:
    """What the damage step shows of one survey, read at once."""

    survey_id: str
    line_of_business: str
    editable: bool  # a finished (signed) survey is read only until revised
    items: tuple[DamageItem, ...]
    terms: PolicyTerms
    photos: tuple[EvidencePhoto, ...]

    def item(self, damage_id: str) -> DamageItem | None:
        return next((i for i in self.items if i.damage_id == damage_id), None)


def damage_sheet(workspace: FieldWorkspace, survey_id: str) -> DamageSheet:
    survey = workspace.surveys.get(survey_id)
    return DamageSheet(
        survey_id=survey_id,
        line_of_business=survey.line_of_business.value,
        editable=survey.status is SurveyStatus.DRAFT,
        items=tuple(workspace.damage.items(survey_id)),
        terms=workspace.damage.terms(survey_id),
        photos=tuple(workspace.photos.photos(survey_id)),
    )


__all__ = [
    "DamageSheet",
    "FormRefused",
    "assess_draft",
    "damage_sheet",
    "item_field_of",
    "item_form_fields",
    "item_from_form",
    "terms_form_fields",
    "terms_from_form",
]
