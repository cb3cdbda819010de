"""What each line of business collects, beyond what every survey has: the details of a party
and the policy terms its valuation uses. Minimum necessary: anything else is refused, not kept
"just in case" (a party's ID number on a motor survey, a disability grade on a property one).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from fieldapp.core.privacy import PARTY_DETAIL_FIELDS
from fieldapp.errors import RuleViolation

# Every line: the currency and the sum insured. Motor and property value damaged things:
# underinsurance (value at risk), deductible and limit apply; motor also weighs repairs against
# the vehicle's value. Personal accident pays by disability grade and medical receipts.
POLICY_TERM_FIELDS: Mapping[str, tuple[str, ...]] = {
    "motor": ("value_at_risk", "deductible", "limit", "vehicle_actual_value"),
    "property": ("value_at_risk", "deductible", "limit"),
    "personal_accident": ("disability_grade", "medical_expenses", "medical_limit"),
}
COLLECTED: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "party": PARTY_DETAIL_FIELDS,
    "policy terms": POLICY_TERM_FIELDS,
}
_LINE_NAMES = {"motor": "motor", "property": "property", "personal_accident": "personal-accident"}


def line_name(line: str) -> str:
    """ "a motor survey", "a personal-accident survey", "a property survey"."""
    return _LINE_NAMES.get(line, line)


def refuse_fields_not_collected(line: str, what: str, given: Iterable[str]) -> None:
    """Refuse fields of a party or of the policy terms that this line does not collect."""
    allowed = COLLECTED[what][line]
    extra = sorted(set(given) - set(allowed))
    if not extra:
        return
    named = ", ".join(name.replace("_", " ") for name in extra)
    may = ", ".join(name.replace("_", " ") for name in allowed)
    raise RuleViolation(
        f"{what.replace(' ', '_')}_field_not_needed",
        detail=f"A {line_name(line)} survey does not collect {named} for {_the(what)}"
        + (f" (it may hold: {may})." if allowed else "."),
    )


def _the(what: str) -> str:
    return "a party" if what == "party" else "the policy terms"
