"""Reading photos with Pillow (and pillow-heif): checks, metadata, thumbnails, display copies.

Nothing here modifies an original. Decoding is as small as it can be: JPEGs are decoded at a
reduced scale (``draft``) requested with the image's own aspect ratio, because Pillow only
reduces when both requested dimensions still fit.
"""

from __future__ import annotations

import io
import math
import struct
import warnings
from datetime import datetime, tzinfo
from fractions import Fraction
from typing import Any

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from fieldapp.core.evidence import PhotoMetadata
from fieldapp.errors import FieldappError

register_heif_opener()

# Pillow's names for the formats evidence may come in; MPO is a JPEG with extra frames.
ACCEPTED_FORMATS = {
    "JPEG": "JPEG",
    "MPO": "JPEG",
    "PNG": "PNG",
    "WEBP": "WebP",
    "TIFF": "TIFF",
    "HEIF": "HEIF",
}
THUMBNAIL_EDGE = 320
DISPLAY_EDGE = 1600
DISPLAY_QUALITY = 80
# A pixel limit of our own, below Pillow's default: no phone or camera shot is near it.
MAX_PIXELS = 120_000_000


# What Pillow raises on malformed EXIF from the wild (struct errors, bad offsets, bad types).
EXIF_DEFECTS = (
    struct.error,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OSError,
    SyntaxError,
    ZeroDivisionError,
    UnicodeDecodeError,
)


class PhotoRefused(FieldappError):
    code = "photo_refused"
    template = "{detail}"


def open_checked(content: bytes) -> Image.Image:
    """Open an image from bytes, refusing what is empty, unknown, or a decompression bomb."""
    if not content:
        raise PhotoRefused("empty", detail="the file is empty")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(content))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise PhotoRefused(
                "too_many_pixels", detail="too many pixels to be a photo (decompression bomb)"
            ) from None
        except UnidentifiedImageError:
            raise PhotoRefused(
                "not_an_image",
                detail="not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF)",
            ) from None
    if image.format not in ACCEPTED_FORMATS:
        raise PhotoRefused(
            "format",
            detail=f"{image.format} images are not accepted as evidence "
            "(JPEG, PNG, WebP, TIFF, HEIC/HEIF are)",
        )
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PhotoRefused(
            "too_many_pixels", detail=f"{width}×{height} pixels is too many to be a photo"
        )
    return image


def _exif_text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).replace("\x00", "").strip() if value is not None else ""


def _degrees(dms: Any, ref: Any) -> float:
    degrees, minutes, seconds = (Fraction(float(part)).limit_denominator(10**6) for part in dms)
    value = float(degrees + minutes / 60 + seconds / 3600)
    if not math.isfinite(value):
        raise ValueError("not a finite angle")
    return -value if _exif_text(ref).upper() in ("S", "W") else value


def _capture_time(exif: Image.Exif, default_offset: tzinfo, notes: list[str]) -> datetime | None:
    details = exif.get_ifd(ExifTags.IFD.Exif)
    raw = details.get(ExifTags.Base.DateTimeOriginal) or exif.get(ExifTags.Base.DateTime)
    if not raw:
        return None
    text = _exif_text(raw)
    try:
        moment = datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        notes.append(f"unreadable capture time {text!r}")
        return None
    offset_text = _exif_text(
        details.get(ExifTags.Base.OffsetTimeOriginal) or details.get(ExifTags.Base.OffsetTime)
    )
    if offset_text:
        try:
            return datetime.fromisoformat(moment.isoformat() + offset_text)
        except ValueError:
            notes.append(f"unreadable time offset {offset_text!r}")
    notes.append("capture time has no UTC offset; read in the incident's offset")
    return moment.replace(tzinfo=default_offset)


def read_metadata(image: Image.Image, *, default_offset: tzinfo) -> PhotoMetadata:
    """Metadata through Pillow's EXIF reader; whatever is broken becomes a note, not a failure."""
    notes: list[str] = []
    orientation = captured = latitude = longitude = altitude = None
    make = model = ""
    try:
        exif = image.getexif()
        orientation = exif.get(ExifTags.Base.Orientation)
        if orientation not in range(1, 9):
            if orientation is not None:
                notes.append(f"ignored invalid orientation {orientation!r}")
            orientation = None
        make = _exif_text(exif.get(ExifTags.Base.Make))[:100]
        model = _exif_text(exif.get(ExifTags.Base.Model))[:100]
        captured = _capture_time(exif, default_offset, notes)
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        if gps.get(ExifTags.GPS.GPSLatitude) and gps.get(ExifTags.GPS.GPSLongitude):
            try:
                latitude = _degrees(
                    gps[ExifTags.GPS.GPSLatitude], gps.get(ExifTags.GPS.GPSLatitudeRef)
                )
                longitude = _degrees(
                    gps[ExifTags.GPS.GPSLongitude], gps.get(ExifTags.GPS.GPSLongitudeRef)
                )
                if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
                    raise ValueError("out of range")
                if gps.get(ExifTags.GPS.GPSAltitude) is not None:
                    altitude = float(gps[ExifTags.GPS.GPSAltitude])
                    if gps.get(ExifTags.GPS.GPSAltitudeRef) in (1, b"\x01"):
                        altitude = -altitude
            except (ValueError, TypeError, ZeroDivisionError, IndexError):
                notes.append("unreadable GPS position")
                latitude = longitude = altitude = None
    except EXIF_DEFECTS as exc:  # a broken EXIF block: keep the photo, say what was lost
        notes.append(f"EXIF block unreadable ({type(exc).__name__})")
    width, height = image.size
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return PhotoMetadata(
        width=width,
        height=height,
        image_format=ACCEPTED_FORMATS[str(image.format)],
        orientation=orientation,
        captured_at=captured,
        latitude=latitude,
        longitude=longitude,
        altitude=altitude,
        make=make,
        model=model,
        notes=tuple(notes),
    )


def _draft_request(size: tuple[int, int], edge: int) -> tuple[int, int]:
    width, height = size
    if width >= height:
        return edge, max(1, math.ceil(edge * height / width))
    return max(1, math.ceil(edge * width / height)), edge


def _reduced_upright(
    image: Image.Image, edge: int, resample: Image.Resampling = Image.Resampling.LANCZOS
) -> Image.Image:
    """Decode at the smallest scale that still gives ``edge`` pixels, upright, in RGB."""
    if image.format in ("JPEG", "MPO"):
        image.draft("RGB", _draft_request(image.size, edge))
    try:
        image.load()
    except OSError as exc:
        raise PhotoRefused(
            "damaged", detail=f"the image data is damaged or cut short ({exc})"
        ) from None
    upright = ImageOps.exif_transpose(image) or image
    upright.thumbnail((edge, edge), resample)
    return upright.convert("RGB")


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def thumbnail(image: Image.Image, edge: int = THUMBNAIL_EDGE) -> bytes:
    """A small upright JPEG for lists and first paint; decoding it also proves the data reads."""
    return _jpeg(_reduced_upright(image, edge), 80)


def display_copy(content: bytes) -> bytes:
    """The copy reports embed: long edge at most 1600 px, orientation applied, JPEG ~80."""
    # After the draft decode the step left is small (2000 -> 1600 px for 12 MP): Hamming keeps
    # it sharp at half Lanczos's cost, which matters a hundred photos at a time.
    image = _reduced_upright(open_checked(content), DISPLAY_EDGE, Image.Resampling.HAMMING)
    return _jpeg(image, DISPLAY_QUALITY)
