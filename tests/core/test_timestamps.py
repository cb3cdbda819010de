from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.core.timestamps import (
    document_text,
    from_storage,
    parse_document_time,
    parse_user_time,
    to_storage,
)
from fieldapp.errors import UsageError

CST = timezone(timedelta(hours=8))


def test_storage_keeps_the_utc_instant_and_the_offset_the_user_saw() -> None:
    seen = datetime(2026, 11, 24, 21, 5, tzinfo=CST)
    utc, offset = to_storage(seen)
    assert (utc, offset) == ("2026-11-24T13:05:00Z", "+08:00")
    back = from_storage(utc, offset)
    assert back == seen and back.utcoffset() == timedelta(hours=8)
    assert document_text(back) == "2026-11-24T21:05:00+08:00"


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(min_value=-12 * 4, max_value=14 * 4),
)
def test_storage_round_trip_for_any_time_and_quarter_hour_offset(
    naive: datetime, quarters: int
) -> None:
    moment = naive.replace(tzinfo=timezone(timedelta(minutes=15 * quarters)))
    back = from_storage(*to_storage(moment))
    assert back == moment
    assert back.utcoffset() == moment.utcoffset()
    assert parse_document_time(document_text(moment)) == moment


def test_user_time_without_offset_takes_the_given_offset() -> None:
    moment = parse_user_time("2026-11-24 21:05", default_offset=CST)
    assert moment.astimezone(UTC) == datetime(2026, 11, 24, 13, 5, tzinfo=UTC)
    assert parse_user_time("2026-11-24T13:05Z") == moment


@pytest.mark.parametrize("text", ["yesterday", "2026-13-40 10:00", ""])
def test_unreadable_user_time_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError, match="Not a date and time"):
        parse_user_time(text)


def test_document_time_must_carry_an_offset() -> None:
    with pytest.raises(UsageError, match="offset"):
        parse_document_time("2026-11-24T21:05:00")


def test_a_shown_time_keeps_the_offset_it_was_read_with() -> None:
    from fieldapp.core.timestamps import shown_stored_time, shown_time

    shanghai = datetime(2026, 11, 24, 21, 5, 59, tzinfo=timezone(timedelta(hours=8)))
    assert shown_time(shanghai) == "2026-11-24 21:05 (UTC+08:00)"
    newfoundland = datetime(2026, 1, 2, 3, 4, tzinfo=timezone(-timedelta(hours=3, minutes=30)))
    assert shown_time(newfoundland) == "2026-01-02 03:04 (UTC-03:30)"
    assert shown_stored_time("2026-11-24T13:05:00Z", local=False) == "2026-11-24 13:05 (UTC+00:00)"
    assert shown_time(shanghai, compact=True) == "2026-11-24 21:05 +08:00"
    assert shown_stored_time("") == ""
