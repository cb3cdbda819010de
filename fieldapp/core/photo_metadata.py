"""What a photo file says about itself, read as the survey needs it: camera text fit to keep and
show, the capture time, the GPS position. The store reads the raw values with Pillow; the rules
for what they mean, and for what of them may be kept, are here.

Metadata is written by whatever made the file, and a hostile or broken file writes anything: a
make of ``"Canon\\0<garbage>"`` (EXIF strings end at their NUL; the bytes after it are not
text), line breaks and escape sequences that would break a listing or a report line, 60,000
characters where a dozen were meant, a number where a text belongs. Whatever reaches the survey
from metadata passes here.
"""

from __future__ import annotations

import math
from datetime import datetime, tzinfo
from fractions import Fraction

from fieldapp.core.domains import FIRST_YEAR, LAST_YEAR, OFFSET_EAST, OFFSET_STEP, OFFSET_WEST
from fieldapp.core.visible_text import excerpt, metadata_text

__all__ = ["MAKE_MODEL_LIMIT", "capture_time", "excerpt", "gps_position", "metadata_text"]

# Camera make and model: the longest real ones are under 40 characters.
MAKE_MODEL_LIMIT = 100
EXIF_TIME_FORMAT = "%Y:%m:%d %H:%M:%S"


def capture_time(
    recorded: object, offset: object, *, default_offset: tzinfo, notes: list[str]
) -> datetime | None:
    """When the photo was taken, from EXIF's "YYYY:MM:DD HH:MM:SS" and its "+HH:MM" offset.

    Without an offset the time is read in ``default_offset`` (the incident's), and a note says
    so; what cannot be read is None with a note quoting an excerpt of it.
    """
    text = metadata_text(recorded)
    if not text:
        return None
    try:
        moment = datetime.strptime(text[:19], EXIF_TIME_FORMAT)
    except ValueError:
        notes.append(f"unreadable capture time {excerpt(text)!r}")
        return None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:  # a camera whose clock was never set
        notes.append(f"capture time {excerpt(text)!r} is not a real date")
        return None
    offset_text = metadata_text(offset)
    if offset_text:
        try:
            captured = datetime.fromisoformat(moment.isoformat() + offset_text)
        except ValueError:
            notes.append(f"unreadable time offset {excerpt(offset_text)!r}")
        else:
            if _real_offset(captured):
                return captured
            notes.append(f"time offset {excerpt(offset_text)!r} is not a real UTC offset")
    notes.append("capture time has no UTC offset; read in the incident's offset")
    return moment.replace(tzinfo=default_offset)


def _real_offset(moment: datetime) -> bool:
    offset = moment.utcoffset()
    return offset is not None and OFFSET_WEST <= offset <= OFFSET_EAST and not offset % OFFSET_STEP


def _degrees(dms: object, ref: object) -> float:
    if not isinstance(dms, tuple | list) or len(dms) != 3:
        raise ValueError("not degrees, minutes and seconds")
    degrees, minutes, seconds = (Fraction(float(part)).limit_denominator(10**6) for part in dms)
    value = float(degrees + minutes / 60 + seconds / 3600)
    if not math.isfinite(value):
        raise ValueError("not a finite angle")
    return -value if metadata_text(ref).upper() in ("S", "W") else value


# What reading values of the wrong shape or type raises (a text where numbers belong, a zero
# denominator, an infinite rational).
_UNREADABLE = (ValueError, TypeError, ZeroDivisionError, IndexError, OverflowError)


def gps_position(
    latitude: object,
    latitude_ref: object,
    longitude: object,
    longitude_ref: object,
    altitude: object = None,
    altitude_ref: object = None,
    *,
    notes: list[str],
) -> tuple[float | None, float | None, float | None]:
    """Latitude and longitude in degrees (south and west negative), altitude in metres
    (negative below sea level), from EXIF's GPS values; all None, with a note, when they do
    not make a position on Earth."""
    if not (latitude and longitude):
        return None, None, None
    try:
        north = _degrees(latitude, latitude_ref)
        east = _degrees(longitude, longitude_ref)
        if not (-90 <= north <= 90 and -180 <= east <= 180):
            raise ValueError("out of range")
        height = None
        if altitude is not None:
            height = float(altitude)  # type: ignore[arg-type]  # a TypeError is a bad value
            if not math.isfinite(height):
                raise ValueError("not a finite altitude")
            if altitude_ref in (1, b"\x01"):
                height = -height
    except _UNREADABLE:  # values of the wrong shape or type, from a file we do not trust
        notes.append("unreadable GPS position")
        return None, None, None
    return north, east, height
