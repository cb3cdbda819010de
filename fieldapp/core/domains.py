"""Every value's domain, defined once: what a text may hold and how long it may be, which
moments and UTC offsets are real, how large an amount or a quantity may be.

The survey values check themselves against these on the way in, so the command line, survey
import and the services the GUI calls all meet the same rule with the same message. The JSON
Schema of the survey document states the same limits; a test compares the two.

Counting characters: a limit on how much is kept (at most N) counts Unicode characters, as JSON
Schema's ``maxLength`` does and as storage and the report pay for them. A rule that asks for
enough written words (at least N) counts a character of Chinese, Japanese or Korean script (an
East Asian wide or full-width character) as two: eight Chinese characters say at least as much
as ten Latin letters.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from fieldapp.core.visible_text import excerpt
from fieldapp.errors import RuleViolation, UsageError

# Characters no text of a survey carries: control characters (C0, DEL, C1), lone surrogates
# (not encodable; a report cannot be written with one), and the bidirectional embedding,
# override and isolate controls, which reorder what a reader sees. Newline and tab are allowed in
# texts of several lines only.
_BIDI_CONTROLS = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_CONTROL_NAMES = {
    0x00: "a NUL",
    0x07: "a bell",
    0x08: "a backspace",
    0x09: "a tab",
    0x0A: "a line break",
    0x0D: "a carriage return",
    0x1B: "an escape",
    0x7F: "a delete",
}
WIDE = frozenset({"W", "F"})  # East Asian Width: wide and full-width characters


def written_length(text: str) -> int:
    """How much ``text`` says: a Chinese, Japanese or Korean (wide) character counts two."""
    return sum(2 if unicodedata.east_asian_width(c) in WIDE else 1 for c in text)


def forbidden_character(text: str, *, lines: bool) -> tuple[int, str] | None:
    """The first character no text of this kind may hold, as (index, description), or None."""
    for index, char in enumerate(text):
        code = ord(char)
        if lines and char in "\n\t":
            continue
        category = unicodedata.category(char)
        if category == "Cc":
            name = _CONTROL_NAMES.get(code, "a control character")
            return index, f"{name} (U+{code:04X})"
        if category == "Cs":
            # What a byte that is not UTF-8 becomes when Python reads a command line or a name.
            return index, f"a lone surrogate (U+{code:04X}: no character; invalid UTF-8 gives one)"
        if code in _BIDI_CONTROLS:
            return index, f"a text-direction control (U+{code:04X})"
    return None


@dataclass(frozen=True)
class TextDomain:
    """What one text field may hold. ``what`` names it as a sentence's subject."""

    what: str
    max_chars: int
    min_written: int = 0  # written length (see written_length); 0: no minimum
    lines: bool = False  # may hold line breaks and tabs
    required: bool = False
    plural: bool = False  # "The notes hold", not "holds"

    @property
    def min_chars(self) -> int:
        """The fewest characters that can meet the minimum (all of them wide)."""
        return math.ceil(self.min_written / 2)

    def check(self, value: str) -> str:
        """The value without surrounding white space, or a UsageError saying what is wrong."""
        if not isinstance(value, str):
            raise TypeError(f"{self.what} must be a str, not {type(value).__name__}")
        text = value.replace("\r\n", "\n")  # a Windows line end is a line end
        found = forbidden_character(text, lines=True)
        if found is None:
            text = text.strip()
            found = None if self.lines else forbidden_character(text, lines=False)
        if found is not None:
            index, name = found
            before = text[max(0, index - 20) : index]
            where = f"after {excerpt(before)!r}" if before.strip() else "at its start"
            kind = "text" if self.lines else "line"
            raise UsageError(
                "text_character",
                detail=f"{self.what} {'hold' if self.plural else 'holds'} {name} "
                f"at character {index + 1} ({where}); "
                f"this {kind} may hold only printable characters"
                + (", line breaks and tabs." if self.lines else "."),
            )
        if self.required and not text:
            raise UsageError("text_missing", detail=f"{self.what} must not be empty.")
        if len(text) > self.max_chars:
            raise UsageError(
                "text_too_long",
                max_chars=self.max_chars,
                detail=f"{self.what} may hold at most {self.max_chars:,} characters; "
                f"this one has {len(text):,} (it starts {excerpt(text)!r}).",
            )
        if text and written_length(text) < self.min_written:
            raise RuleViolation(
                "text_too_short",
                min_written=self.min_written,
                detail=f"{self.what} needs at least {self.min_written} characters, a Chinese, "
                f"Japanese or Korean character counting as two; this one has "
                f"{written_length(text)}.",
            )
        return text


# --- moments -------------------------------------------------------------------------------

# UTC offsets in use run from -12:00 (Baker Island) to +14:00 (Line Islands), in whole quarter
# hours (+05:45 Nepal, +08:45 Eucla, +12:45 Chatham).
OFFSET_WEST = timedelta(hours=-12)
OFFSET_EAST = timedelta(hours=14)
OFFSET_STEP = timedelta(minutes=15)
# Years a survey's moments may be in, as written in the offset the user saw. No surveyor
# records a moment before 1900 or after 2199; years 1 and 9999 only break arithmetic.
FIRST_YEAR, LAST_YEAR = 1900, 2199
# An incident is not in the future: the device clock may be a little behind the one the
# incident time was read from.
CLOCK_TOLERANCE = timedelta(minutes=15)
# A survey follows its incident within the claim's life; older is a typing mistake.
INCIDENT_MAX_AGE = timedelta(days=3653)  # ten years


def offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    hours, mins = divmod(abs(minutes), 60)
    return f"{'-' if minutes < 0 else '+'}{hours:02d}:{mins:02d}"


def check_offset(offset: timedelta, *, what: str) -> timedelta:
    if not OFFSET_WEST <= offset <= OFFSET_EAST or offset % OFFSET_STEP:
        raise UsageError(
            "offset_out_of_range",
            detail=f"{what} has the UTC offset {offset_text(offset)}; offsets in use run from "
            "-12:00 to +14:00 in whole quarter hours.",
        )
    return offset


def check_moment(moment: datetime, *, what: str) -> datetime:
    """An aware moment with a real UTC offset, in a year a survey can be in."""
    offset = moment.utcoffset() if moment.tzinfo is not None else None
    if offset is None:
        raise UsageError(
            "offset_missing",
            detail=f"{what} needs a UTC offset, e.g. 2026-11-24T21:05+08:00.",
        )
    check_offset(offset, what=what)
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise UsageError(
            "year_out_of_range",
            detail=f"{what} is in the year {moment.year}; a survey's dates lie between "
            f"{FIRST_YEAR} and {LAST_YEAR}.",
        )
    return moment


def check_incident_moment(occurred_at: datetime, *, now: datetime) -> datetime:
    """An incident is in the past (within the clock tolerance) and not absurdly old."""
    check_moment(occurred_at, what="The incident time")
    if occurred_at > now + CLOCK_TOLERANCE:
        raise UsageError(
            "incident_in_future",
            detail=f"The incident time {occurred_at.isoformat(timespec='minutes')} is in the "
            "future; give the time it happened.",
        )
    if occurred_at < now - INCIDENT_MAX_AGE:
        raise UsageError(
            "incident_too_old",
            detail=f"The incident time {occurred_at.isoformat(timespec='minutes')} is more "
            "than ten years ago; check the year.",
        )
    return occurred_at


# --- amounts and quantities ----------------------------------------------------------------

# What the report and the office accept: at most 15 digits before the point and two after it
# (below a thousand trillion), so every amount stays exact in the document and in a spreadsheet.
MONEY_DIGITS = 15
MONEY_LIMIT = Decimal(10) ** MONEY_DIGITS
# A quantity is a count or a measure (m², hours, litres): above zero, below a million, to four
# decimal places.
QUANTITY_PLACES = 4
QUANTITY_MIN = Decimal("0.0001")
QUANTITY_LIMIT = Decimal(1_000_000)
PERCENT_PLACES = 2


def check_amount(value: Decimal, *, what: str) -> Decimal:
    """A money amount of the survey: finite, not negative, below the money limit."""
    if not isinstance(value, Decimal):
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise UsageError("amount_invalid", detail=f"{what} is not an amount.")
    if value < 0:
        raise UsageError("amount_negative", detail=f"{what} cannot be negative.")
    if value >= MONEY_LIMIT:
        raise UsageError(
            "amount_too_large",
            detail=f"{what} of {value:,.2f} is too large: amounts stay below "
            f"{MONEY_LIMIT:,} (at most {MONEY_DIGITS} digits before the decimal point).",
        )
    return value


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _fixed(value: Decimal) -> Decimal:
    """``1E+2`` as ``100``: the document writes quantities in plain digits."""
    return value if value.as_tuple().exponent <= 0 else value.quantize(Decimal(1))  # type: ignore[operator]


def check_quantity(value: Decimal, *, what: str = "The quantity") -> Decimal:
    if not isinstance(value, Decimal):
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise UsageError("quantity_invalid", detail=f"{what} is not a number.")
    if not QUANTITY_MIN <= value < QUANTITY_LIMIT:
        raise UsageError(
            "quantity_out_of_range",
            detail=f"{what} must be at least {QUANTITY_MIN} and below {QUANTITY_LIMIT:,}.",
        )
    if _places(value) > QUANTITY_PLACES:
        raise UsageError(
            "quantity_places",
            detail=f"{what} has more than {QUANTITY_PLACES} decimal places.",
        )
    return _fixed(value)


def check_percent(value: Decimal, *, what: str) -> Decimal:
    if not isinstance(value, Decimal):
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise UsageError("percent_out_of_range", detail=f"{what} is a percentage from 0 to 100.")
    if _places(value) > PERCENT_PLACES:
        raise UsageError(
            "percent_places", detail=f"{what} has more than {PERCENT_PLACES} decimal places."
        )
    return _fixed(value)
