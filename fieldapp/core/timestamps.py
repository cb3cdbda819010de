"""Times as the product keeps them: a UTC instant plus the offset the user saw.

Storage holds ``("2026-11-24T13:05:00Z", "+08:00")``; documents carry one RFC 3339 string in the
user's offset (``2026-11-24T21:05:00+08:00``), which names the same instant and keeps the offset.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from fieldapp.errors import UsageError

_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_now() -> datetime:
    """Now, to the second, in the machine's current offset (what the surveyor's clock shows)."""
    return datetime.now().astimezone().replace(microsecond=0)


def require_aware(moment: datetime, *, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise UsageError(detail=f"{what} needs a UTC offset, e.g. 2026-11-24T21:05+08:00.")
    return moment


def format_offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None, "format_offset needs an aware datetime"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def parse_offset(text: str) -> tzinfo:
    match = _OFFSET.match(text)
    if not match:
        raise UsageError(detail=f"Not a UTC offset: {text!r} (expected e.g. +08:00).")
    sign, hours, mins = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(mins))
    if delta > timedelta(hours=14):
        raise UsageError(detail=f"UTC offset out of range: {text}.")
    return timezone(-delta if sign == "-" else delta)


def utc_text(moment: datetime) -> str:
    """The UTC instant as ISO-8601 ending in Z, to the second (microseconds when present)."""
    as_utc = require_aware(moment, what="time").astimezone(UTC)
    spec = "microseconds" if as_utc.microsecond else "seconds"
    return as_utc.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def to_storage(moment: datetime) -> tuple[str, str]:
    """Split an aware time into (UTC text, offset text) for the database."""
    require_aware(moment, what="time")
    return utc_text(moment), format_offset(moment)


def from_storage(utc: str, offset: str) -> datetime:
    """Rebuild the time as the user saw it from its stored UTC text and offset."""
    instant = datetime.fromisoformat(utc.replace("Z", "+00:00"))
    return instant.astimezone(parse_offset(offset))


def document_text(moment: datetime) -> str:
    """RFC 3339 in the user's own offset, as survey documents carry times."""
    require_aware(moment, what="time")
    spec = "microseconds" if moment.microsecond else "seconds"
    return moment.isoformat(timespec=spec)


def parse_document_time(text: str) -> datetime:
    """Parse an RFC 3339 time that must carry its offset (Z or ±HH:MM)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        raise UsageError(detail=f"Not a date and time: {text!r}.") from None
    return require_aware(moment, what=repr(text))


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
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=default_offset) if default_offset else moment.astimezone()
    return moment
