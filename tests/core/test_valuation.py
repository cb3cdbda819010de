from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.core.damage import DamageItem, ValuationMethod, value_item
from fieldapp.core.money import cents
from fieldapp.core.valuation import PolicyTerms, assess
from fieldapp.errors import RuleViolation, UsageError


def item(method: str = "replacement_cost", **figures: object) -> DamageItem:
    base: dict[str, object] = {
        "description": "Rear bumper",
        "area": "rear",
        "kind": "dent",
        "severity": "moderate",
        "action": "replace",
        "causal_link": "Rear-end impact at the crossing",
        "method": method,
    }
    if method == "expert_appraisal":
        base |= {"appraiser": "Shanghai Jewellery Appraisal Co.", "appraisal_basis": "certificate"}
    return DamageItem(**(base | figures))  # type: ignore[arg-type]


def test_replacement_cost_item_quantity_depreciation_salvage() -> None:
    valued = value_item(
        item(
            quantity=D("3"),
            unit_cost=D("1200.00"),
            depreciation_percent=D("25"),
            depreciation_basis="6 years of 15",
            salvage=D("150.00"),
        )
    )
    assert (valued.value, valued.depreciation, valued.salvage, valued.loss) == (
        D("3600.00"),
        D("900.00"),
        D("150.00"),
        D("2550.00"),
    )


@pytest.mark.parametrize("method", ["market_value", "book_value", "expert_appraisal"])
def test_other_methods_take_the_assessed_value_without_depreciation(method: str) -> None:
    valued = value_item(item(method, assessed_value=D("48000.00"), salvage=D("3000.00")))
    assert (valued.value, valued.depreciation, valued.loss) == (
        D("48000.00"),
        D("0.00"),
        D("45000.00"),
    )
    with pytest.raises(RuleViolation, match="does not apply"):
        item(method, assessed_value=D("1"), depreciation_percent=D("10"), depreciation_basis="age")


def test_an_item_loss_is_never_below_zero_and_appraisals_name_their_expert() -> None:
    assert value_item(item("book_value", assessed_value=D("100"), salvage=D("250"))).loss == D(
        "0.00"
    )
    with pytest.raises(RuleViolation, match="appraiser and the basis"):
        DamageItem(
            description="Ring",
            area="safe",
            kind="theft",
            severity="total",
            action="replace",
            causal_link="Burglary",
            method="expert_appraisal",
            assessed_value=D("9000"),
        )
    with pytest.raises(UsageError, match="causal link to the incident must not be empty"):
        item(causal_link="  ")
    with pytest.raises(TypeError):
        item(unit_cost=12.5)  # float money is a programming error
    with pytest.raises(UsageError):
        item(severity="catastrophic")


def test_rounding_is_half_up_at_the_step_that_makes_the_amount() -> None:
    # 1.5 × 0.67 = 1.005 -> 1.01 (half-up), then 50 % of 1.01 = 0.505 -> 0.51
    valued = value_item(
        item(
            quantity=D("1.5"),
            unit_cost=D("0.67"),
            depreciation_percent=D("50"),
            depreciation_basis="half worn",
        )
    )
    assert valued.value == D("1.01")
    assert valued.depreciation == D("0.51")
    assert valued.loss == D("0.50")
    assert cents(Fraction(1, 200)) == D("0.01") and cents(D("2.665")) == D("2.67")


def test_underinsurance_apportions_the_loss() -> None:
    # Building: loss 200,000; insured 600,000 of a value at risk of 800,000 -> ratio 0.75.
    result = assess(
        [item(unit_cost=D("200000"))],
        PolicyTerms(sum_insured=D("600000"), value_at_risk=D("800000"), deductible=D("1000")),
        line_of_business="property",
    )
    assert result.apportionment_ratio == Fraction(3, 4)
    assert result.apportioned_loss == D("150000.00")
    assert result.after_deductible == D("149000.00")
    assert result.indemnity == D("149000.00")
    texts = [s.explain("en") for s in result.steps]
    assert "sum insured 600,000.00 ÷ value at risk 800,000.00 = ratio 0.7500" in texts[4]
    assert "150,000.00 − 1,000.00 = 149,000.00" in texts[6]
    assert "不足额投保" in result.steps[4].explain("zh-Hans")


def test_an_exact_ratio_rounds_once() -> None:
    # ratio 1/3 kept exact: 1000.00 × 1/3 = 333.333… -> 333.33; with 0.3333 it would be 333.30
    result = assess(
        [item(unit_cost=D("1000"))],
        PolicyTerms(sum_insured=D("100"), value_at_risk=D("300")),
        line_of_business="property",
    )
    assert result.apportionment_ratio == Fraction(1, 3)
    assert result.apportioned_loss == D("333.33")


def test_a_deductible_larger_than_the_loss_leaves_nothing() -> None:
    result = assess(
        [item(unit_cost=D("800"))],
        PolicyTerms(sum_insured=D("50000"), deductible=D("2000")),
        line_of_business="property",
    )
    assert result.after_deductible == D("0.00") and result.indemnity == D("0.00")


def test_a_limit_below_the_loss_caps_the_indemnity_and_says_so() -> None:
    result = assess(
        [item("market_value", assessed_value=D("90000"))],
        PolicyTerms(sum_insured=D("500000"), limit=D("50000"), deductible=D("500")),
        line_of_business="property",
    )
    assert result.indemnity == D("50000.00")
    assert result.steps[-1].name == "indemnity_capped"
    assert "capped by the limit of 50,000.00" in result.steps[-1].explain("en")
    assert "赔偿限额" in result.steps[-1].explain("zh-Hans")


def test_motor_repairs_reaching_the_vehicle_value_are_a_constructive_total_loss() -> None:
    lines = [
        item(unit_cost=D("38000"), repair_line="part"),
        item(quantity=D("12"), unit_cost=D("300"), repair_line="labour"),
        item(unit_cost=D("4000"), repair_line="paint"),
    ]
    total = assess(
        lines,
        PolicyTerms(sum_insured=D("120000"), vehicle_actual_value=D("45000")),
        line_of_business="motor",
    )
    assert total.constructive_total_loss is True
    assert "Constructive total loss: repairs of 45,600.00" in total.steps[-1].explain("en")
    fine = assess(
        lines,
        PolicyTerms(sum_insured=D("120000"), vehicle_actual_value=D("90000")),
        line_of_business="motor",
    )
    assert fine.constructive_total_loss is False and fine.indemnity == D("45600.00")


@pytest.mark.parametrize(
    ("grade", "expenses", "limit", "indemnity"),
    [
        (1, "0", "20000", "200000.00"),
        (10, "0", "20000", "20000.00"),
        (7, "35000", "20000", "100000.00"),
        (None, "12000.50", "20000", "12000.50"),
    ],
)
def test_personal_accident_grade_ratio_plus_covered_medical(
    grade: int | None, expenses: str, limit: str, indemnity: str
) -> None:
    result = assess(
        [],
        PolicyTerms(
            sum_insured=D("200000"),
            disability_grade=grade,
            medical_expenses=D(expenses),
            medical_limit=D(limit),
        ),
        line_of_business="personal_accident",
    )
    assert result.indemnity == D(indemnity)
    if grade:
        assert result.disability_ratio == Fraction(11 - grade, 10)


money = st.decimals(
    min_value=0, max_value=10_000_000, places=2, allow_nan=False, allow_infinity=False
)


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[DamageItem], PolicyTerms]:
    items = [
        item(unit_cost=draw(money), salvage=draw(money))
        if draw(st.booleans())
        else item("market_value", assessed_value=draw(money), salvage=draw(money))
        for _ in range(draw(st.integers(0, 4)))
    ]
    terms = PolicyTerms(
        sum_insured=draw(st.none() | money),
        value_at_risk=draw(st.none() | money),
        deductible=draw(money),
        limit=draw(st.none() | money),
    )
    return items, terms


@given(cases())
def test_indemnity_is_never_negative_or_above_limit_or_sum_insured(
    case: tuple[list[DamageItem], PolicyTerms],
) -> None:
    items, terms = case
    result = assess(items, terms, line_of_business="property")
    assert result.indemnity >= 0
    assert result.apportionment_ratio <= 1
    if terms.limit is not None:
        assert result.indemnity <= terms.limit
    if terms.sum_insured is not None:
        assert result.indemnity <= terms.sum_insured
    assert all(isinstance(v, D) for v in (result.gross_loss, result.net_loss, result.indemnity))


@given(cases(), money)
def test_indemnity_never_decreases_when_a_loss_grows(
    case: tuple[list[DamageItem], PolicyTerms], more: D
) -> None:
    items, terms = case
    before = assess(items, terms, line_of_business="property").indemnity
    grown = [*items, item("book_value", assessed_value=more)]
    assert assess(grown, terms, line_of_business="property").indemnity >= before


def test_valuation_methods_are_the_four_of_the_domain() -> None:
    assert {m.value for m in ValuationMethod} == {
        "replacement_cost",
        "market_value",
        "book_value",
        "expert_appraisal",
    }
