"""The JSON Schema and the core's domains say the same: the limits are compared, and values at
and beyond each boundary, made from the core's own numbers, get the same verdict from both."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from fieldapp.core.currencies import ISO_4217_CURRENCIES
from fieldapp.core.domains import (
    FIRST_YEAR,
    LAST_YEAR,
    MONEY_LIMIT,
    QUANTITY_LIMIT,
    QUANTITY_MIN,
    TextDomain,
    check_amount,
    check_percent,
    check_quantity,
)
from fieldapp.core.money import parse_money
from fieldapp.core.survey import MAX_REVISION
from fieldapp.core.text_fields import DOCUMENT_TEXTS
from fieldapp.core.timestamps import parse_document_time
from fieldapp.errors import FieldappError
from fieldapp.resources import survey_schema

SCHEMA = survey_schema()


def node(path: str) -> dict[str, Any]:
    """The schema of one document path ("[]" for every element of an array)."""
    here: dict[str, Any] = SCHEMA
    for part in path[2:].replace("[]", ".[]").split("."):
        if part == "[]":
            here = here["items"]
            continue
        if "properties" not in here:  # an object or null
            here = next(a for a in here["anyOf"] if a.get("type") == "object")
        here = here["properties"][part]
    return here


def schema_accepts(subschema: dict[str, Any], value: object) -> bool:
    return Draft202012Validator({**subschema, "$defs": SCHEMA["$defs"]}).is_valid(value)


def core_accepts(check: Any, value: Any) -> bool:
    try:
        check(value)
    except FieldappError:
        return False
    return True


def boundary_texts(domain: TextDomain) -> list[str]:
    """Longest and one too long, in Latin and in wide Chinese; each character class."""
    texts = [
        "a" * domain.max_chars,
        "a" * (domain.max_chars + 1),
        "字" * domain.max_chars,
        "字" * (domain.max_chars + 1),
        "a",
    ]
    for char in ("\x00", "\t", "\n", "\r", "\x1b", "\x7f", "\x85", "\x9b", "\u202e", "\u2067",
                 "\u200d", "\u3000", "é", "😀"):  # fmt: skip
        texts.append(f"a{char}b")
    return texts


@pytest.mark.parametrize("path", sorted(DOCUMENT_TEXTS))
def test_every_text_field_has_the_same_limits_and_characters(path: str) -> None:
    domain = DOCUMENT_TEXTS[path]
    schema = node(path)
    assert schema["maxLength"] == domain.max_chars
    assert schema["$ref"] == ("#/$defs/text" if domain.lines else "#/$defs/line")
    assert schema.get("minLength", 0) == (max(1, domain.min_chars) if domain.required else 0)
    for value in boundary_texts(domain):
        assert schema_accepts(schema, value) == core_accepts(domain.check, value), (path, value)


def test_a_written_minimum_the_schema_cannot_count_is_never_stricter_there() -> None:
    """JSON Schema counts characters only: its minimum is the fewest that can meet the core's
    (all wide); what the core accepts the schema accepts, and the description says the rule."""
    for path, domain in DOCUMENT_TEXTS.items():
        if not domain.min_written:
            continue
        schema = node(path)
        assert str(domain.min_written) in schema["description"]
        for size in range(1, domain.min_written + 2):
            for value in ("a" * size, "字" * size, "字a" * size):
                if core_accepts(domain.check, value):
                    assert schema_accepts(schema, value), value


def test_every_string_of_the_document_the_user_writes_has_a_domain() -> None:
    """A new free-text field in the schema must get its domain in core/text_fields.py."""
    found = []

    def walk(here: dict[str, Any], path: str) -> None:
        if here.get("$ref") in ("#/$defs/line", "#/$defs/text"):
            found.append(path)
        for name, child in here.get("properties", {}).items():
            walk(child, f"{path}.{name}")
        if "items" in here:
            walk(here["items"], f"{path}[]")
        for option in here.get("anyOf", []):
            walk(option, path)

    walk(SCHEMA, "$")
    assert sorted(found) == sorted(DOCUMENT_TEXTS)


OFFSETS = ["Z", "+14:00", "+14:15", "-12:00", "-12:15", "+05:45", "+05:40", "+20:00", "-00:00"]
YEARS = [FIRST_YEAR - 1, FIRST_YEAR, 2026, LAST_YEAR, LAST_YEAR + 1, 1, 9999]


@pytest.mark.parametrize("offset", OFFSETS)
@pytest.mark.parametrize("year", YEARS)
def test_times_agree_on_years_and_offsets(year: int, offset: str) -> None:
    value = f"{year:04d}-06-30T12:00:00{offset}"
    assert schema_accepts(SCHEMA["$defs"]["time"], value) == core_accepts(
        parse_document_time, value
    )


def test_currencies_are_the_same_list() -> None:
    assert node("$.policy_terms.currency")["enum"] == sorted(ISO_4217_CURRENCIES)


def money(text: str) -> Decimal:
    return check_amount(parse_money(text, what="amount"), what="amount")


@pytest.mark.parametrize(
    ("check", "subschema", "values"),
    [
        (
            money,
            SCHEMA["$defs"]["money"],
            ["0.00", "0.01", f"{MONEY_LIMIT - Decimal('0.01')}", f"{MONEY_LIMIT}.00", "1e5"],
        ),
        (
            lambda t: check_quantity(Decimal(t)),
            node("$.damage_items[].quantity"),
            [
                "0",
                "0.0000",
                str(QUANTITY_MIN),
                "0.00009",
                "1",
                "1.5",
                "999999.9999",
                str(QUANTITY_LIMIT),
                "1.00001",
                "1" * 41,
            ],
        ),
        (
            lambda t: check_percent(Decimal(t), what="depreciation"),
            node("$.damage_items[].depreciation_percent"),
            ["0", "12.5", "12.34", "12.345", "100", "100.00", "100.01", "101"],
        ),
    ],
)
def test_numbers_written_as_text_agree(check: Any, subschema: dict, values: list[str]) -> None:
    for value in values:
        assert schema_accepts(subschema, value) == core_accepts(check, value), value


def test_revision_and_disability_grade_have_the_same_bounds() -> None:
    assert (node("$.revision")["minimum"], node("$.revision")["maximum"]) == (1, MAX_REVISION)
    grade = node("$.policy_terms.disability_grade")
    assert (grade["minimum"], grade["maximum"]) == (1, 10)
