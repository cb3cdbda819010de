"""Damage items (規範化記錄): what is damaged, how, why it belongs to this incident, and its value.

The valuation method follows the property type (DOMAIN.md "Value the loss"); each item carries
the figures its method needs and nothing else. Money is Decimal throughout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from fieldapp.core.ids import new_id
from fieldapp.core.money import ZERO, cents
from fieldapp.errors import RuleViolation, UsageError


class Severity(StrEnum):
    MINOR = "minor"
    MODERATE = "moderate"
    SEVERE = "severe"
    TOTAL = "total"


class RepairAction(StrEnum):
    REPAIR = "repair"
    REPLACE = "replace"


class ValuationMethod(StrEnum):
    REPLACEMENT_COST = "replacement_cost"  # buildings; motor parts, labour and paint
    MARKET_VALUE = "market_value"  # machinery and equipment
    BOOK_VALUE = "book_value"  # inventory
    EXPERT_APPRAISAL = "expert_appraisal"  # jewellery and art


class RepairLine(StrEnum):
    """Motor estimates itemise parts, labour and paint; other lines use ``item``."""

    ITEM = "item"
    PART = "part"
    LABOUR = "labour"
    PAINT = "paint"


@dataclass(frozen=True)
class DamageItem:
    description: str
    area: str
    kind: str  # kind of damage: dent, water, fire, theft, fracture ...
    severity: Severity
    action: RepairAction
    causal_link: str  # why this damage belongs to this incident (損傷與事故的因果關係)
    method: ValuationMethod
    quantity: Decimal = Decimal(1)
    unit_cost: Decimal = ZERO
    depreciation_percent: Decimal = Decimal(0)
    depreciation_basis: str = ""
    assessed_value: Decimal = ZERO
    salvage: Decimal = ZERO
    appraiser: str = ""
    appraisal_basis: str = ""
    repair_line: RepairLine = RepairLine.ITEM
    photo_ids: tuple[str, ...] = ()
    damage_id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        for name, enum in (
            ("severity", Severity),
            ("action", RepairAction),
            ("method", ValuationMethod),
            ("repair_line", RepairLine),
        ):
            try:
                object.__setattr__(self, name, enum(getattr(self, name)))
            except ValueError:
                allowed = ", ".join(v.value for v in enum)
                raise UsageError(
                    detail=f"{name} {getattr(self, name)!r} is not one of {allowed}."
                ) from None
        for name in ("description", "causal_link"):
            text = getattr(self, name).strip()
            if not text:
                raise RuleViolation(
                    f"damage_{name}_missing",
                    detail="A damage item needs its description and the causal link to the "
                    "incident (why this damage belongs to this event).",
                )
            object.__setattr__(self, name, text)
        for name in ("unit_cost", "assessed_value", "salvage"):
            value = getattr(self, name)
            if not isinstance(value, Decimal):
                raise TypeError(f"{name} must be a Decimal, not {type(value).__name__}")
            if value < 0:
                raise UsageError(detail=f"{name} cannot be negative.")
            object.__setattr__(self, name, cents(value))
        if self.quantity <= 0:
            raise UsageError(detail="The quantity must be above zero.")
        if not Decimal(0) <= self.depreciation_percent <= Decimal(100):
            raise UsageError(detail="Depreciation is a percentage from 0 to 100.")
        if self.method is ValuationMethod.REPLACEMENT_COST:
            if self.depreciation_percent and not self.depreciation_basis.strip():
                raise RuleViolation(
                    "depreciation_basis_missing",
                    detail="Depreciation needs its basis (age, wear, rule).",
                )
        elif self.depreciation_percent:
            raise RuleViolation(
                "depreciation_not_applicable",
                detail=f"Depreciation does not apply to {self.method.value}; "
                "the assessed value already reflects it.",
            )
        if self.method is ValuationMethod.EXPERT_APPRAISAL and not (
            self.appraiser.strip() and self.appraisal_basis.strip()
        ):
            raise RuleViolation(
                "appraisal_incomplete",
                detail="An expert appraisal names the appraiser and the basis.",
            )


@dataclass(frozen=True)
class ItemValuation:
    """The figures of one item, each rounded to cents where it is made."""

    value: Decimal
    depreciation: Decimal
    salvage: Decimal
    loss: Decimal


def value_item(item: DamageItem) -> ItemValuation:
    """Replacement cost: quantity × unit cost less depreciation; other methods: the assessed
    value. Less salvage; never below zero."""
    if item.method is ValuationMethod.REPLACEMENT_COST:
        value = cents(item.quantity * item.unit_cost)
        depreciation = cents(value * item.depreciation_percent / Decimal(100))
    else:
        value = item.assessed_value
        depreciation = ZERO
    loss = max(ZERO, cents(value - depreciation - item.salvage))
    return ItemValuation(value=value, depreciation=depreciation, salvage=item.salvage, loss=loss)
