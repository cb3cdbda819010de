"""What metadata may put into a survey: text up to its NUL, visible, short; times and positions
read or noted, whatever the value's type."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from fieldapp.core.photo_metadata import capture_time, excerpt, gps_position, metadata_text

CST = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("Canon\x00\x7f\x01garbage after the NUL", "Canon"),
        (b"NIKON CORPORATION\x00\x00\x00", "NIKON CORPORATION"),
        ("EOS\r\n5D\tMark\x1b[31m IV", "EOS 5D Mark[31m IV"),
        ("Pixel\u202e 7\u200b", "Pixel 7"),  # a bidi override would reorder the line
        ("  华为  Mate\u00a0 60 ", "华为 Mate 60"),
        (b"\xff\xfeSony", "\ufffd\ufffdSony"),
        ((1, 2, 3), "(1, 2, 3)"),
        (None, ""),
    ],
)
def test_metadata_text_stops_at_the_nul_and_keeps_only_visible_text(
    value: object, text: str
) -> None:
    assert metadata_text(value) == text


def test_metadata_text_is_capped_and_says_it_was_cut() -> None:
    long = "A" * 60_000
    assert metadata_text(long) == "A" * 99 + "…"
    assert len(metadata_text(long, limit=10)) == 10
    assert excerpt("word " * 100) == "word " * 7 + "word…"
    assert len(excerpt("x" * 60_000)) == 40
    with pytest.raises(ValueError):
        metadata_text("x", limit=0)


def test_a_capture_time_is_read_in_its_own_offset_or_the_incidents() -> None:
    notes: list[str] = []
    assert capture_time(
        "2026:11:24 08:15:00", "+03:00", default_offset=CST, notes=notes
    ) == datetime(2026, 11, 24, 8, 15, tzinfo=timezone(timedelta(hours=3)))
    assert notes == []
    taken = capture_time("2026:11:24 08:15:00\x00junk", None, default_offset=CST, notes=notes)
    assert taken == datetime(2026, 11, 24, 8, 15, tzinfo=CST)
    assert notes == ["capture time has no UTC offset; read in the incident's offset"]


def test_an_unreadable_time_is_noted_with_a_short_excerpt() -> None:
    notes: list[str] = []
    assert capture_time("\x01" + "9" * 60_000, None, default_offset=CST, notes=notes) is None
    assert notes == [f"unreadable capture time {'9' * 39 + '…'!r}"]
    notes.clear()
    capture_time("2026:11:24 08:15:00", "+99:99" * 1000, default_offset=CST, notes=notes)
    assert notes[0].startswith("unreadable time offset '+99:99") and len(notes[0]) < 80


def test_a_gps_position_is_read_and_nonsense_is_a_note() -> None:
    notes: list[str] = []
    dms = (31.0, 13.0, 43.0)
    north, east, height = gps_position(dms, "N", (121.0, 31.0, 12.0), "E", 12.5, 1, notes=notes)
    assert north == pytest.approx(31.2286, abs=1e-4) and east == pytest.approx(121.52, abs=1e-3)
    assert height == -12.5 and notes == []
    assert gps_position(dms, "S", dms, "W\x00x", notes=notes)[:2] == (-north, -north)
    assert gps_position(None, None, None, None, notes=notes) == (None, None, None)
    for latitude, altitude in [
        ("31 deg", None),
        ((1.0, 2.0), None),
        ((95.0, 0.0, 0.0), None),
        ((float("nan"), 0.0, 0.0), None),
        ((float("inf"), 0.0, 0.0), None),
        (dms, float("inf")),
        (dms, (1, 2)),
    ]:
        assert gps_position(latitude, "N", dms, "E", altitude, notes=notes) == (None, None, None)
    assert notes == ["unreadable GPS position"] * 7
