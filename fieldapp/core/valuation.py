"""From damage items and policy terms to the proposed indemnity, every step shown (依據).

Order and rounding are fixed: each amount is rounded to cents half-up by the step that produces
it; the apportionment ratio stays an exact fraction until it is applied.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from fieldapp.core.currencies import ISO_4217_CURRENCIES
from fieldapp.core.damage import DamageItem, ItemValuation, ValuationMethod, value_item
from fieldapp.core.domains import MONEY_LIMIT, check_amount
from fieldapp.core.lines import refuse_fields_not_collected
from fieldapp.core.money import ZERO, cents
from fieldapp.core.visible_text import excerpt
from fieldapp.errors import RuleViolation, UsageError

DEFAULT_CURRENCY = "CNY"
MONEY_TERMS = (
    "sum_insured",
    "value_at_risk",
    "deductible",
    "limit",
    "vehicle_actual_value",
    "medical_expenses",
    "medical_limit",
)


@dataclass(frozen=True)
class PolicyTerms:
    currency: str = DEFAULT_CURRENCY
    sum_insured: Decimal | None = None
    value_at_risk: Decimal | None = None  # insurable value at the time of loss
    deductible: Decimal = ZERO
    limit: Decimal | None = None
    vehicle_actual_value: Decimal | None = None  # motor
    disability_grade: int | None = None  # personal accident, 1 (worst) to 10
    medical_expenses: Decimal = ZERO  # personal accident, from receipts
    medical_limit: Decimal | None = None  # personal accident

    def __post_init__(self) -> None:
        if self.currency not in ISO_4217_CURRENCIES:
            raise UsageError(
                "currency_unknown",
                detail=f"Currency {excerpt(self.currency)!r} is not an ISO 4217 code "
                "(e.g. CNY, HKD, USD, EUR).",
            )
        for name in MONEY_TERMS:
            value = getattr(self, name)
            if value is None:
                continue
            check_amount(value, what=f"The {name.replace('_', ' ')}")
            object.__setattr__(self, name, cents(value))
        grade = self.disability_grade
        if grade is not None and (
            isinstance(grade, bool) or not isinstance(grade, int) or not 1 <= grade <= 10
        ):
            raise UsageError(detail="A disability grade is from 1 (most severe) to 10.")

    def given(self) -> list[str]:
        """The terms that were given a value (beyond the currency and the sum insured)."""
        return [
            name
            for name, neutral in TERM_DEFAULTS.items()
            if name != "sum_insured" and getattr(self, name) != neutral
        ]


TERM_DEFAULTS: Mapping[str, object] = {
    name: getattr(PolicyTerms(), name) for name in (*MONEY_TERMS, "disability_grade")
}


def check_terms_fit_line(terms: PolicyTerms, line_of_business: str) -> None:
    """Refuse terms the line of business does not use (a disability grade on a motor survey).

    Checked when terms are saved, not on every load: terms recorded earlier must still open."""
    refuse_fields_not_collected(line_of_business, "policy terms", terms.given())


def check_assessment_fits(assessment: Assessment) -> None:
    """Every amount of the assessment stays within what the report and the office accept.

    Each figure given is below the money limit, but a product or a sum of them may not be."""
    amounts = [
        ("the gross loss", assessment.gross_loss),
        ("the indemnity", assessment.indemnity),
        *(("an item's value", item.value) for item in assessment.items),
    ]
    for what, amount in amounts:
        if amount >= MONEY_LIMIT:
            raise RuleViolation(
                "amount_too_large",
                detail=f"With this change {what} would be {amount:,.2f}; amounts stay below "
                f"{MONEY_LIMIT:,}. Check the quantities and costs.",
            )


@dataclass(frozen=True)
class AssessmentStep:
    """One line of the calculation: its name, its amount, and what it was made from."""

    name: str
    amount: Decimal | None
    params: Mapping[str, Any] = field(default_factory=dict)

    def explain(self, language: str = "en") -> str:
        templates = STEP_TEXT[self.name]
        template = templates.get(language) or templates["en"]
        shown = {k: _shown(v) for k, v in self.params.items()}
        if self.params.get("cap"):
            shown["cap"] = CAP_NAMES[self.params["cap"]].get(language, self.params["cap"])
        return template.format(**shown, amount=_shown(self.amount))


def _shown(value: Any) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, Fraction):
        return f"{float(value):.4f}"
    return str(value)


@dataclass(frozen=True)
class Assessment:
    gross_loss: Decimal
    depreciation: Decimal
    salvage: Decimal
    net_loss: Decimal
    apportionment_ratio: Fraction
    apportioned_loss: Decimal
    after_deductible: Decimal
    indemnity: Decimal
    constructive_total_loss: bool
    disability_ratio: Fraction | None
    disability_benefit: Decimal
    medical_covered: Decimal
    items: tuple[ItemValuation, ...]
    steps: tuple[AssessmentStep, ...]


def assess(items: Sequence[DamageItem], terms: PolicyTerms, *, line_of_business: str) -> Assessment:
    """Compute the assessment in the order the product fixes (issue 5, DOMAIN.md)."""
    valued = tuple(value_item(item) for item in items)
    steps: list[AssessmentStep] = []
    gross = cents(sum((v.value for v in valued), ZERO))
    depreciation = cents(sum((v.depreciation for v in valued), ZERO))
    salvage = cents(sum((v.salvage for v in valued), ZERO))
    net = cents(sum((v.loss for v in valued), ZERO))
    steps += [
        AssessmentStep("gross_loss", gross, {"count": len(valued)}),
        AssessmentStep("depreciation", depreciation),
        AssessmentStep("salvage", salvage),
        AssessmentStep(
            "net_loss", net, {"gross": gross, "depreciation": depreciation, "salvage": salvage}
        ),
    ]

    ratio = Fraction(1)
    if terms.value_at_risk and terms.value_at_risk > 0 and terms.sum_insured is not None:
        ratio = min(Fraction(1), Fraction(terms.sum_insured) / Fraction(terms.value_at_risk))
        steps.append(
            AssessmentStep(
                "apportionment_ratio",
                None,
                {
                    "ratio": ratio,
                    "sum_insured": terms.sum_insured,
                    "value_at_risk": terms.value_at_risk,
                },
            )
        )
    else:
        steps.append(AssessmentStep("apportionment_none", None, {"ratio": ratio}))
    apportioned = cents(Fraction(net) * ratio)
    steps.append(AssessmentStep("apportioned_loss", apportioned, {"net": net, "ratio": ratio}))
    after_deductible = max(ZERO, cents(apportioned - terms.deductible))
    steps.append(
        AssessmentStep(
            "after_deductible",
            after_deductible,
            {"apportioned": apportioned, "deductible": terms.deductible},
        )
    )

    caps = [
        (name, cap)
        for name, cap in (("limit", terms.limit), ("sum_insured", terms.sum_insured))
        if cap is not None
    ]
    indemnity = min([after_deductible, *(cap for _, cap in caps)])
    binding = next((name for name, cap in caps if cap == indemnity < after_deductible), None)
    steps.append(
        AssessmentStep(
            "indemnity_capped" if binding else "indemnity",
            indemnity,
            {
                "after_deductible": after_deductible,
                "cap": binding or "",
                "cap_amount": dict(caps).get(binding, ZERO) if binding else ZERO,
            },
        )
    )

    constructive_total_loss = False
    if line_of_business == "motor" and terms.vehicle_actual_value:
        repair_total = cents(
            sum(
                (
                    v.value
                    for item, v in zip(items, valued, strict=True)
                    if item.method is ValuationMethod.REPLACEMENT_COST
                ),
                ZERO,
            )
        )
        constructive_total_loss = repair_total >= terms.vehicle_actual_value
        steps.append(
            AssessmentStep(
                "constructive_total_loss" if constructive_total_loss else "repairable",
                None,
                {"repair_total": repair_total, "vehicle_value": terms.vehicle_actual_value},
            )
        )

    disability_ratio = None
    disability_benefit = medical_covered = ZERO
    if line_of_business == "personal_accident":
        if terms.disability_grade is not None and terms.sum_insured is not None:
            disability_ratio = Fraction(11 - terms.disability_grade, 10)
            disability_benefit = cents(Fraction(terms.sum_insured) * disability_ratio)
            steps.append(
                AssessmentStep(
                    "disability_benefit",
                    disability_benefit,
                    {
                        "grade": terms.disability_grade,
                        "ratio": disability_ratio,
                        "sum_insured": terms.sum_insured,
                    },
                )
            )
        else:
            steps.append(AssessmentStep("no_disability_grade", ZERO))
        medical_covered = (
            min(terms.medical_expenses, terms.medical_limit)
            if terms.medical_limit is not None
            else terms.medical_expenses
        )
        steps.append(
            AssessmentStep(
                "medical_covered",
                medical_covered,
                {
                    "expenses": terms.medical_expenses,
                    "medical_limit": terms.medical_limit
                    if terms.medical_limit is not None
                    else "—",
                },
            )
        )
        indemnity = cents(disability_benefit + medical_covered)
        if not items:  # a personal accident claim without property damage: only its own steps
            steps = [s for s in steps if s.name in PA_STEPS]
        steps.append(
            AssessmentStep(
                "pa_indemnity",
                indemnity,
                {"benefit": disability_benefit, "medical": medical_covered},
            )
        )

    return Assessment(
        gross_loss=gross,
        depreciation=depreciation,
        salvage=salvage,
        net_loss=net,
        apportionment_ratio=ratio,
        apportioned_loss=apportioned,
        after_deductible=after_deductible,
        indemnity=indemnity,
        constructive_total_loss=constructive_total_loss,
        disability_ratio=disability_ratio,
        disability_benefit=disability_benefit,
        medical_covered=medical_covered,
        items=valued,
        steps=tuple(steps),
    )


PA_STEPS = frozenset({"disability_benefit", "no_disability_grade", "medical_covered"})

CAP_NAMES: Mapping[str, Mapping[str, str]] = {
    "limit": {"en": "limit", "zh-Hans": "赔偿限额", "zh-Hant": "賠償限額"},
    "sum_insured": {"en": "sum insured", "zh-Hans": "保险金额", "zh-Hant": "保險金額"},
}

STEP_TEXT: Mapping[str, Mapping[str, str]] = {
    "gross_loss": {
        "en": "Gross loss: the value of the {count} damage items adds up to {amount}.",
        "zh-Hans": "损失总额：{count} 项受损标的价值合计 {amount}。",
        "zh-Hant": "損失總額：{count} 項受損標的價值合計 {amount}。",
    },
    "depreciation": {
        "en": "Depreciation for age and wear: {amount}.",
        "zh-Hans": "折旧（使用年限与磨损）：{amount}。",
        "zh-Hant": "折舊（使用年限與磨損）：{amount}。",
    },
    "salvage": {
        "en": "Salvage value kept by the insured: {amount}.",
        "zh-Hans": "残值（归被保险人）：{amount}。",
        "zh-Hant": "殘值（歸被保險人）：{amount}。",
    },
    "net_loss": {
        "en": "Net loss: {gross} − {depreciation} − {salvage} = {amount}.",
        "zh-Hans": "实际损失：{gross} − {depreciation} − {salvage} = {amount}。",
        "zh-Hant": "實際損失：{gross} − {depreciation} − {salvage} = {amount}。",
    },
    "apportionment_ratio": {
        "en": "Underinsurance: sum insured {sum_insured} ÷ value at risk {value_at_risk} "
        "= ratio {ratio} (at most 1).",
        "zh-Hans": "不足额投保比例分摊：保险金额 {sum_insured} ÷ 出险时保险价值 {value_at_risk} "
        "= 比例 {ratio}（不超过 1）。",
        "zh-Hant": "不足額投保比例分攤：保險金額 {sum_insured} ÷ 出險時保險價值 {value_at_risk} "
        "= 比例 {ratio}（不超過 1）。",
    },
    "apportionment_none": {
        "en": "No apportionment: ratio {ratio} (no value at risk given).",
        "zh-Hans": "不作比例分摊：比例 {ratio}（未提供出险时保险价值）。",
        "zh-Hant": "不作比例分攤：比例 {ratio}（未提供出險時保險價值）。",
    },
    "apportioned_loss": {
        "en": "Apportioned loss: {net} × {ratio} = {amount}.",
        "zh-Hans": "分摊后损失：{net} × {ratio} = {amount}。",
        "zh-Hant": "分攤後損失：{net} × {ratio} = {amount}。",
    },
    "after_deductible": {
        "en": "After the deductible: {apportioned} − {deductible} = {amount} (not below 0).",
        "zh-Hans": "扣除免赔额：{apportioned} − {deductible} = {amount}（不低于 0）。",
        "zh-Hant": "扣除免賠額：{apportioned} − {deductible} = {amount}（不低於 0）。",
    },
    "indemnity": {
        "en": "Proposed indemnity: {amount}, within the limit and the sum insured.",
        "zh-Hans": "建议赔款：{amount}，未超过赔偿限额及保险金额。",
        "zh-Hant": "建議賠款：{amount}，未超過賠償限額及保險金額。",
    },
    "indemnity_capped": {
        "en": "Proposed indemnity: {amount}, capped by the {cap} of {cap_amount} "
        "(the loss after deductible is {after_deductible}).",
        "zh-Hans": "建议赔款：{amount}，受 {cap}（{cap_amount}）限制"
        "（扣除免赔额后损失为 {after_deductible}）。",
        "zh-Hant": "建議賠款：{amount}，受 {cap}（{cap_amount}）限制"
        "（扣除免賠額後損失為 {after_deductible}）。",
    },
    "constructive_total_loss": {
        "en": "Constructive total loss: repairs of {repair_total} reach the vehicle's actual "
        "value of {vehicle_value}.",
        "zh-Hans": "推定全损：修理费用 {repair_total} 已达到车辆实际价值 {vehicle_value}。",
        "zh-Hant": "推定全損：修理費用 {repair_total} 已達到車輛實際價值 {vehicle_value}。",
    },
    "repairable": {
        "en": "Repairable: repairs of {repair_total} stay below the vehicle's actual value of "
        "{vehicle_value}.",
        "zh-Hans": "可修复：修理费用 {repair_total} 低于车辆实际价值 {vehicle_value}。",
        "zh-Hant": "可修復：修理費用 {repair_total} 低於車輛實際價值 {vehicle_value}。",
    },
    "disability_benefit": {
        "en": "Disability grade {grade}: ratio {ratio} × sum insured {sum_insured} = {amount}.",
        "zh-Hans": "伤残等级 {grade} 级：比例 {ratio} × 保险金额 {sum_insured} = {amount}。",
        "zh-Hant": "傷殘等級 {grade} 級：比例 {ratio} × 保險金額 {sum_insured} = {amount}。",
    },
    "no_disability_grade": {
        "en": "No disability grade assessed: no disability benefit.",
        "zh-Hans": "未评定伤残等级：无伤残保险金。",
        "zh-Hant": "未評定傷殘等級：無傷殘保險金。",
    },
    "medical_covered": {
        "en": "Medical expenses {expenses}, covered up to {medical_limit}: {amount}.",
        "zh-Hans": "医疗费用 {expenses}，限额 {medical_limit}，可赔 {amount}。",
        "zh-Hant": "醫療費用 {expenses}，限額 {medical_limit}，可賠 {amount}。",
    },
    "pa_indemnity": {
        "en": "Proposed indemnity: disability {benefit} + medical {medical} = {amount}.",
        "zh-Hans": "建议赔款：伤残保险金 {benefit} + 医疗费用 {medical} = {amount}。",
        "zh-Hant": "建議賠款：傷殘保險金 {benefit} + 醫療費用 {medical} = {amount}。",
    },
}
