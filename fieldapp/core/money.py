"""Money: ``decimal.Decimal`` only, two decimals, rounded half-up at the step that makes it."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from fieldapp.core.domains import MONEY_DIGITS
from fieldapp.core.visible_text import excerpt
from fieldapp.errors import UsageError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
_MONEY_TEXT = re.compile(rf"^-?\d{{1,{MONEY_DIGITS}}}(\.\d{{1,2}})?$")
_DIGITS = re.compile(r"^-?\d+(\.\d+)?$")


def cents(value: Decimal | Fraction | int) -> Decimal:
    """Round to cents, half-up (0.005 -> 0.01), exactly, whatever the input's precision."""
    if isinstance(value, Fraction):
        scaled = abs(value) * 100
        whole = (2 * scaled.numerator + scaled.denominator) // (2 * scaled.denominator)
        return (Decimal(whole if value >= 0 else -whole) / 100).quantize(CENT)
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def parse_money(text: str | Decimal | int, *, what: str) -> Decimal:
    """An amount the user typed or a document carried: digits with at most two decimals."""
    if isinstance(text, Decimal | int):
        text = str(text)
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not _MONEY_TEXT.match(cleaned):
        if _DIGITS.match(cleaned) and len(cleaned.lstrip("-").split(".")[0]) > MONEY_DIGITS:
            raise UsageError(
                "amount_too_large",
                detail=f"{what}: {excerpt(text)!r} is too large; amounts have at most "
                f"{MONEY_DIGITS} digits before the decimal point.",
            )
        raise UsageError(
            "amount_invalid", detail=f"{what}: {excerpt(text)!r} is not an amount (e.g. 1234.50)."
        )
    value = Decimal(cleaned).quantize(CENT)
    if value < 0:
        raise UsageError("amount_negative", detail=f"{what} cannot be negative.")
    return value


def parse_decimal(
    text: str | Decimal | int, *, what: str, low: Decimal | None = None, high: Decimal | None = None
) -> Decimal:
    """A non-money decimal (quantity, percentage) within bounds."""
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise UsageError(
            "number_invalid", detail=f"{what}: {excerpt(text)!r} is not a number."
        ) from None
    if not value.is_finite():
        raise UsageError("number_invalid", detail=f"{what}: {excerpt(text)!r} is not a number.")
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            bounds = f"from {low} to {high}"
        else:
            bounds = f"at least {low}" if low is not None else f"at most {high}"
        raise UsageError(
            "number_out_of_range", detail=f"{what} must be {bounds}.", low=low, high=high
        )
    return value


def money_text(value: Decimal) -> str:
    """The document form: a string with exactly two decimals."""
    return str(value.quantize(CENT))
