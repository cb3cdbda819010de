"""Damage items (規範化記錄): what is damaged, how, why it belongs to this incident, and its value.

The valuation method follows the property type (DOMAIN.md "Value the loss"); each item carries
the figures its method needs and nothing else. Money is Decimal throughout. Severity and action
are observations: when the surveyor gave none, they stay None ("not stated"), never a default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from fieldapp.core import text_fields as texts
from fieldapp.core.domains import check_amount, check_percent, check_quantity
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
    severity: Severity | None  # None: not stated
    action: RepairAction | None  # None: not stated
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
            value = getattr(self, name)
            if value is None and name in ("severity", "action"):
                continue
            try:
                object.__setattr__(self, name, enum(value))
            except ValueError:
                allowed = ", ".join(v.value for v in enum)
                raise UsageError(detail=f"The {name} {value!r} is not one of {allowed}.") from None
        for name, domain in _TEXTS.items():
            object.__setattr__(self, name, domain.check(getattr(self, name)))
        for name in ("unit_cost", "assessed_value", "salvage"):
            value = check_amount(getattr(self, name), what=f"The {name.replace('_', ' ')}")
            object.__setattr__(self, name, cents(value))
        object.__setattr__(self, "quantity", check_quantity(self.quantity))
        object.__setattr__(
            self,
            "depreciation_percent",
            check_percent(self.depreciation_percent, what="The depreciation"),
        )
        if self.method is ValuationMethod.REPLACEMENT_COST:
            if self.depreciation_percent and not self.depreciation_basis:
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
            self.appraiser and self.appraisal_basis
        ):
            raise RuleViolation(
                "appraisal_incomplete",
                detail="An expert appraisal names the appraiser and the basis.",
            )


_TEXTS = {
    "description": texts.DAMAGE_DESCRIPTION,
    "area": texts.DAMAGE_AREA,
    "kind": texts.DAMAGE_KIND,
    "causal_link": texts.CAUSAL_LINK,
    "depreciation_basis": texts.DEPRECIATION_BASIS,
    "appraiser": texts.APPRAISER,
    "appraisal_basis": texts.APPRAISAL_BASIS,
}
ITEM_TEXT_DOMAINS = _TEXTS  # for a face that checks each field as it is typed
# The figures each method values with; the others must stay at their neutral value (quantity 1,
# amounts 0.00), so an item never shows a figure that did not count.
METHOD_FIGURES: dict[ValuationMethod, tuple[str, ...]] = {
    ValuationMethod.REPLACEMENT_COST: ("quantity", "unit_cost"),
    ValuationMethod.MARKET_VALUE: ("assessed_value",),
    ValuationMethod.BOOK_VALUE: ("assessed_value",),
    ValuationMethod.EXPERT_APPRAISAL: ("assessed_value",),
}
_NEUTRAL = {"quantity": Decimal(1), "unit_cost": ZERO, "assessed_value": ZERO}
_FIGURE_NAMES = {"quantity": "quantity", "unit_cost": "unit cost", "assessed_value": "value"}


def check_item_figures(item: DamageItem) -> None:
    """An item is saved only with the figures its method values with, and no others: a
    replacement-cost item with no unit cost is refused, not worth 0.00.

    Checked when an item is saved (every way in goes through the store's save), not on every
    load: items recorded before this rule must still open.
    """
    needed = METHOD_FIGURES[item.method]
    method = item.method.value.replace("_", " ")
    if "unit_cost" in needed and not item.unit_cost:
        raise RuleViolation(
            "unit_cost_missing",
            detail="A replacement-cost item needs its unit cost (the cost of one unit new) "
            "and its quantity.",
        )
    if "assessed_value" in needed and not item.assessed_value:
        raise RuleViolation(
            "assessed_value_missing",
            detail=f"A {method} item needs its assessed value.",
        )
    for name, neutral in _NEUTRAL.items():
        if name not in needed and getattr(item, name) != neutral:
            raise RuleViolation(
                "figure_not_used",
                detail=f"A {method} item is not valued by its {_FIGURE_NAMES[name]}; "
                f"leave it out (the {method} method uses the "
                + " and ".join(_FIGURE_NAMES[n] for n in needed)
                + ").",
            )


# What every item records whatever its method: what, where, how bad, what to do, and why it
# belongs to this incident. Salvage lowers the loss under every method.
COMMON_FIELDS = ("description", "area", "kind", "severity", "action", "causal_link")


def item_fields(method: ValuationMethod | str, *, line_of_business: str) -> tuple[str, ...]:
    """The fields an item valued by ``method`` is entered with, in the order a form asks them:
    the figures the method values with (METHOD_FIGURES), depreciation and its basis only for
    replacement cost (the other methods' assessed value already reflects it), the appraiser and
    the basis only for an expert appraisal, the repair line only for a motor estimate (parts,
    labour, paint), and salvage always. A field not listed keeps its neutral value."""
    method = ValuationMethod(method)
    fields: list[str] = [*COMMON_FIELDS, "method"]
    if line_of_business == "motor":
        fields.append("repair_line")
    fields += METHOD_FIGURES[method]
    if method is ValuationMethod.REPLACEMENT_COST:
        fields += ["depreciation_percent", "depreciation_basis"]
    if method is ValuationMethod.EXPERT_APPRAISAL:
        fields += ["appraiser", "appraisal_basis"]
    fields.append("salvage")
    return tuple(fields)


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
