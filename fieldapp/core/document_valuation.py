"""The valuation part of the survey document: damage items, policy terms and the assessment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from fieldapp.core.damage import DamageItem
from fieldapp.core.money import money_text, parse_decimal, parse_money
from fieldapp.core.valuation import Assessment, PolicyTerms


def _money(value: Decimal | None) -> str | None:
    return money_text(value) if value is not None else None


def _ratio(value: Fraction | None) -> str | None:
    return (
        f"{Decimal(value.numerator) / Decimal(value.denominator):.4f}"
        if value is not None
        else None
    )


def valuation_sections(
    items: Sequence[DamageItem], terms: PolicyTerms, assessment: Assessment, *, language: str
) -> dict[str, Any]:
    return {
        "damage_items": [
            {
                "damage_id": item.damage_id,
                "description": item.description,
                "area": item.area,
                "kind": item.kind,
                "severity": item.severity.value if item.severity else None,
                "action": item.action.value if item.action else None,
                "causal_link": item.causal_link,
                "photo_ids": list(item.photo_ids),
                "valuation_method": item.method.value,
                "repair_line": item.repair_line.value,
                "quantity": str(item.quantity),
                "unit_cost": money_text(item.unit_cost),
                "depreciation_percent": str(item.depreciation_percent),
                "depreciation_basis": item.depreciation_basis,
                "assessed_value": money_text(item.assessed_value),
                "salvage": money_text(item.salvage),
                "appraiser": item.appraiser,
                "appraisal_basis": item.appraisal_basis,
                "value": money_text(valued.value),
                "depreciation": money_text(valued.depreciation),
                "loss": money_text(valued.loss),
            }
            for item, valued in zip(items, assessment.items, strict=True)
        ],
        "policy_terms": {
            "currency": terms.currency,
            "sum_insured": _money(terms.sum_insured),
            "value_at_risk": _money(terms.value_at_risk),
            "deductible": money_text(terms.deductible),
            "limit": _money(terms.limit),
            "vehicle_actual_value": _money(terms.vehicle_actual_value),
            "disability_grade": terms.disability_grade,
            "medical_expenses": money_text(terms.medical_expenses),
            "medical_limit": _money(terms.medical_limit),
        },
        "assessment": {
            "gross_loss": money_text(assessment.gross_loss),
            "depreciation": money_text(assessment.depreciation),
            "salvage": money_text(assessment.salvage),
            "net_loss": money_text(assessment.net_loss),
            "apportionment_ratio": _ratio(assessment.apportionment_ratio),
            "apportioned_loss": money_text(assessment.apportioned_loss),
            "after_deductible": money_text(assessment.after_deductible),
            "indemnity": money_text(assessment.indemnity),
            "constructive_total_loss": assessment.constructive_total_loss,
            "disability_ratio": _ratio(assessment.disability_ratio),
            "disability_benefit": money_text(assessment.disability_benefit),
            "medical_covered": money_text(assessment.medical_covered),
            "steps": [
                {
                    "name": step.name,
                    "amount": _money(step.amount),
                    "explanation": step.explain(language),
                }
                for step in assessment.steps
            ],
        },
    }


def read_policy_terms(raw: Mapping[str, Any]) -> PolicyTerms:
    def amount(name: str) -> Decimal | None:
        return parse_money(raw[name], what=name) if raw[name] is not None else None

    return PolicyTerms(
        currency=raw["currency"],
        sum_insured=amount("sum_insured"),
        value_at_risk=amount("value_at_risk"),
        deductible=amount("deductible") or Decimal(0),
        limit=amount("limit"),
        vehicle_actual_value=amount("vehicle_actual_value"),
        disability_grade=raw["disability_grade"],
        medical_expenses=amount("medical_expenses") or Decimal(0),
        medical_limit=amount("medical_limit"),
    )


def read_damage_item(raw: Mapping[str, Any], photo_ids: Mapping[str, str]) -> DamageItem:
    """One item of a document; photo references are mapped to the new survey's photo ids and
    those whose photo did not come along are dropped."""
    return DamageItem(
        description=raw["description"],
        area=raw["area"],
        kind=raw["kind"],
        severity=raw["severity"],
        action=raw["action"],
        causal_link=raw["causal_link"],
        method=raw["valuation_method"],
        repair_line=raw["repair_line"],
        quantity=parse_decimal(raw["quantity"], what="quantity", low=Decimal(0)),
        unit_cost=parse_money(raw["unit_cost"], what="unit_cost"),
        depreciation_percent=parse_decimal(
            raw["depreciation_percent"],
            what="depreciation_percent",
            low=Decimal(0),
            high=Decimal(100),
        ),
        depreciation_basis=raw["depreciation_basis"],
        assessed_value=parse_money(raw["assessed_value"], what="assessed_value"),
        salvage=parse_money(raw["salvage"], what="salvage"),
        appraiser=raw["appraiser"],
        appraisal_basis=raw["appraisal_basis"],
        photo_ids=tuple(photo_ids[p] for p in raw["photo_ids"] if p in photo_ids),
    )
