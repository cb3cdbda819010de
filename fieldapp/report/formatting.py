"""How the report writes times, amounts and joining punctuation in each of its languages.

One function per kind of value, used everywhere in the report, so a time or an amount reads the
same on every page: a time as a person writes it with its UTC offset, never an ISO string; an
amount always grouped with two decimals.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import Decimal, InvalidOperation

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def is_chinese(language: str) -> bool:
    return language.startswith("zh")


def moment(value: str | datetime | None, language: str, *, offset: tzinfo | None = None) -> str:
    """``2026年11月25日 14:05（UTC+08:00）`` or ``25 Nov 2026, 14:05 (UTC+08:00)``; "—" for none.

    A time is shown in the offset it carries (the surveyor's), or in ``offset`` when given
    (the log's UTC times in the survey's offset).
    """
    if value is None or value == "":
        return "—"
    when = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if offset is not None:
        when = when.astimezone(offset)
    zone = "UTC" + _offset_text(when)
    if is_chinese(language):
        return f"{when.year}年{when.month}月{when.day}日 {when:%H:%M}（{zone}）"
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}, {when:%H:%M} ({zone})"


def offset_of(value: str | None) -> tzinfo | None:
    """The offset a document time was written in (None for none)."""
    return datetime.fromisoformat(value).tzinfo if value else None


def _offset_text(when: datetime) -> str:
    offset = when.utcoffset()
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def amount(value: str | Decimal | None) -> str:
    """An amount grouped in thousands with two decimals (``3,420.00``); "—" for none."""
    if value is None or value == "":
        return "—"
    try:
        number = Decimal(value)
    except InvalidOperation:
        return str(value)
    return f"{number:,.2f}"


def money(value: str | Decimal | None, currency: str) -> str:
    """An amount with its currency code after it (``3,420.00 CNY``), the same in every language."""
    return f"{amount(value)} {currency}" if value not in (None, "") else "—"


def labelled(label: str, value: str, language: str) -> str:
    """``label：value`` in Chinese, ``label: value`` otherwise."""
    return f"{label}：{value}" if is_chinese(language) else f"{label}: {value}"


def in_brackets(value: str, language: str) -> str:
    """An aside: ``（value）`` in Chinese, `` (value)`` otherwise."""
    return f"（{value}）" if is_chinese(language) else f" ({value})"


def listed(values: list[str], language: str) -> str:
    """Items of a list: joined by ``；`` in Chinese, ``; `` otherwise."""
    return ("；" if is_chinese(language) else "; ").join(values)


def sentence_end(language: str) -> str:
    return "。" if is_chinese(language) else "."
