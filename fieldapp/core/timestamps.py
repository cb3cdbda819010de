"""Times as the product keeps them: a UTC instant plus the offset the user saw.

Storage holds ``("2026-11-24T13:05:00Z", "+08:00")``; documents carry one RFC 3339 string in the
user's offset (``2026-11-24T21:05:00+08:00``), which names the same instant and keeps the offset.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from fieldapp.core.domains import FIRST_YEAR, LAST_YEAR, check_moment
from fieldapp.errors import UsageError

_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_now() -> datetime:
    """Now, to the second, in the machine's current offset (what the surveyor's clock shows)."""
    return datetime.now().astimezone().replace(microsecond=0)


def require_aware(moment: datetime, *, what: str) -> datetime:
    """An aware moment within the survey's domain (real offset, sane year)."""
    return check_moment(moment, what=what)


def format_offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None, "format_offset needs an aware datetime"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def shown_time(moment: datetime, *, compact: bool = False) -> str:
    """A moment as every window shows it: to the minute, with the offset of the clock it was
    read on, so two times side by side always compare: ``2026-11-24 21:05 (UTC+08:00)`` as the
    report writes it, or ``2026-11-24 21:05 +08:00`` in a table's column (``compact``)."""
    if compact:
        return f"{moment:%Y-%m-%d %H:%M} {format_offset(moment)}"
    return f"{moment:%Y-%m-%d %H:%M} (UTC{format_offset(moment)})"


def shown_stored_time(
    stored: str | None, *, local: bool = True, compact: bool = False, none: str = ""
) -> str:
    """A stored ISO time (UTC ending in Z, or with the offset the user saw) shown as
    ``shown_time``: in this machine's zone when ``local`` (a time recorded here), else in its
    own offset; ``none`` for no time."""
    if not stored:
        return none
    moment = datetime.fromisoformat(stored.replace("Z", "+00:00"))
    return shown_time(moment.astimezone() if local else moment, compact=compact)


def parse_offset(text: str) -> tzinfo:
    """A stored offset. Read as stored, even one outside today's domain (earlier versions
    accepted up to ±23:59): a listing must not fail for every survey because of one."""
    match = _OFFSET.match(text)
    if not match:
        raise UsageError(detail=f"Not a UTC offset: {text!r} (expected e.g. +08:00).")
    sign, hours, mins = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(mins))
    if delta >= timedelta(hours=24):
        raise UsageError(detail=f"UTC offset out of range: {text}.")
    return timezone(-delta if sign == "-" else delta)


def utc_text(moment: datetime) -> str:
    """The UTC instant as ISO-8601 ending in Z, to the second (microseconds when present)."""
    as_utc = moment.astimezone(UTC)
    spec = "microseconds" if as_utc.microsecond else "seconds"
    return as_utc.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def to_storage(moment: datetime) -> tuple[str, str]:
    """Split an aware time into (UTC text, offset text) for the database."""
    return utc_text(moment), format_offset(moment)


def from_storage(utc: str, offset: str) -> datetime:
    """Rebuild the time as the user saw it from its stored UTC text and offset."""
    instant = datetime.fromisoformat(utc.replace("Z", "+00:00"))
    return instant.astimezone(parse_offset(offset))


def document_text(moment: datetime) -> str:
    """RFC 3339 in the user's own offset, as survey documents carry times."""
    spec = "microseconds" if moment.microsecond else "seconds"
    return moment.isoformat(timespec=spec)


def parse_document_time(text: str) -> datetime:
    """Parse an RFC 3339 time that must carry its offset (Z or ±HH:MM)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        raise UsageError(detail=f"Not a date and time: {text!r}.") from None
    return check_moment(moment, what=f"The time {text!r}")


def parse_user_time(text: str, *, default_offset: tzinfo | None = None) -> datetime:
    """Parse a time the user typed; without an offset, the given (or the machine's) offset applies.

    Accepts ``2026-11-24 21:05``, ``2026-11-24T21:05:00+08:00`` and ``...Z``.
    """
    cleaned = text.strip()
    try:
        moment = datetime.fromisoformat(
            cleaned[:-1] + "+00:00" if cleaned.endswith("Z") else cleaned
        )
    except ValueError:
        raise UsageError(
            detail=f"Not a date and time: {text!r} (expected e.g. 2026-11-24 21:05 or "
            "2026-11-24T21:05+08:00)."
        ) from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:  # before astimezone, which overflows at 1
        check_moment(moment.replace(tzinfo=UTC), what=f"The time {text.strip()!r}")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=default_offset) if default_offset else moment.astimezone()
    return check_moment(moment, what=f"The time {text.strip()!r}")


def parse_user_date(text: str) -> date:
    """A calendar date the user typed, YYYY-MM-DD, within the survey's years."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            detail=f"Not a date: {text!r} (expected YYYY-MM-DD, e.g. 2026-11-24)."
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError(
            detail=f"The date {text.strip()!r} is in the year {day.year}; a survey's dates "
            f"lie between {FIRST_YEAR} and {LAST_YEAR}."
        )
    return day
