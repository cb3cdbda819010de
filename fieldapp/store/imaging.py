"""Reading photos with Pillow (and pillow-heif): checks, metadata, thumbnails, display copies.

Nothing here modifies an original. Import decodes as little as it can: a JPEG's embedded EXIF
thumbnail or a HEIC's embedded thumbnail gives the first paint, otherwise a JPEG is decoded at
a reduced scale (``draft``) requested with the image's own aspect ratio, because Pillow only
reduces when both requested dimensions still fit. The one full-size decode of each photo
happens afterwards, in the background, and makes both the display copy and the thumbnail.
"""

from __future__ import annotations

import io
import math
import struct
import warnings
from dataclasses import dataclass
from datetime import datetime, tzinfo
from fractions import Fraction
from typing import Any

from PIL import ExifTags, Image, UnidentifiedImageError
from pillow_heif import register_heif_opener

from fieldapp.core.evidence import PhotoMetadata
from fieldapp.errors import FieldappError
from fieldapp.store.containers import isobmff_is_whole, jpeg_is_whole

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
THUMBNAIL_QUALITY = 80
DISPLAY_EDGE = 1600
DISPLAY_QUALITY = 80
# An embedded thumbnail smaller than this is too coarse even for a first paint.
FIRST_PAINT_MIN_EDGE = 160
# How far (relative) an embedded thumbnail's shape may differ from the photo's: rounding only.
ASPECT_TOLERANCE = 0.02
EXIF_PREFIX = b"Exif\x00\x00"
JPEG_THUMBNAIL_OFFSET, JPEG_THUMBNAIL_LENGTH = 0x0201, 0x0202  # IFD1 tags
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

# What decoders raise on damaged picture data: Pillow's own (OSError), pillow-heif's (ValueError,
# EOFError, RuntimeError), and EXIF defects met while turning the picture upright.
DECODE_DEFECTS = (*EXIF_DEFECTS, EOFError, RuntimeError)


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
        except OSError:  # e.g. a JPEG header that ends early: Pillow's reader runs out of bytes
            raise PhotoRefused(
                "cut_short", detail="the file is cut short or its header is damaged"
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
    image: Image.Image,
    edge: int,
    resample: Image.Resampling = Image.Resampling.LANCZOS,
    *,
    embedded_allowed: bool,
) -> Image.Image:
    """Decode at the smallest scale that still gives ``edge`` pixels, upright, in RGB.

    For a JPEG, ``draft`` picks libjpeg's reduced decode of the picture itself. For a HEIF it
    makes pillow-heif pick an embedded thumbnail (at least that big, a true scaled copy) instead
    of the picture: fine for a first paint, not for the copy the report shows.
    """
    if image.format in ("JPEG", "MPO") or (embedded_allowed and image.format == "HEIF"):
        image.draft("RGB", _draft_request(image.size, edge))
    try:
        image.load()
        upright = _turned_upright(image, _orientation(image))
        upright.thumbnail((edge, edge), resample)
        return upright.convert("RGB")
    except DECODE_DEFECTS as exc:
        raise PhotoRefused(
            "damaged", detail=f"the image data is damaged or cut short ({exc})"
        ) from None


# EXIF orientation -> the turn that makes the picture upright.
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _orientation(image: Image.Image) -> Any:
    try:
        return image.getexif().get(ExifTags.Base.Orientation)
    except EXIF_DEFECTS:
        return None


def _turned_upright(image: Image.Image, orientation: Any) -> Image.Image:
    """The picture turned as its EXIF orientation says.

    Not ``ImageOps.exif_transpose``: that also rewrites the EXIF block, which fails on a tag of
    an unexpected type, and the copies made here carry no EXIF anyway. pillow-heif has already
    turned a HEIF picture and reports orientation 1.
    """
    turn = _UPRIGHT.get(orientation) if isinstance(orientation, int) else None
    return image.transpose(turn) if turn is not None else image


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def _refuse_if_cut_short(image: Image.Image, content: bytes) -> None:
    whole = True
    if image.format in ("JPEG", "MPO"):
        whole = jpeg_is_whole(content)
    elif image.format == "HEIF":
        whole = isobmff_is_whole(content)
    if not whole:
        raise PhotoRefused(
            "cut_short", detail="the file is cut short: it ends before the picture does"
        )


def _exif_thumbnail(image: Image.Image) -> Image.Image | None:
    """A JPEG's embedded EXIF thumbnail, upright, when it is a faithful small copy of the photo.

    Cameras and iPhones store a 160×120 copy in IFD1; some pad a 16:9 photo into a 4:3
    thumbnail with black bars, so a thumbnail whose shape differs from the photo's is not used.
    """
    try:
        exif = image.getexif()
        where = exif.get_ifd(ExifTags.IFD.IFD1)
        offset, length = where.get(JPEG_THUMBNAIL_OFFSET), where.get(JPEG_THUMBNAIL_LENGTH)
        block = image.info.get("exif", b"")
        if not (offset and length and block.startswith(EXIF_PREFIX)):
            return None
        # IFD1 offsets count from the TIFF header, which follows the "Exif" prefix.
        start = len(EXIF_PREFIX) + int(offset)
        small = Image.open(io.BytesIO(block[start : start + int(length)]))
        width, height = image.size
        small_width, small_height = small.size
        if (
            small.format != "JPEG"
            or max(small.size) < FIRST_PAINT_MIN_EDGE
            or small_width >= width
            or abs(small_width * height - small_height * width)
            > ASPECT_TOLERANCE * small_height * width
        ):
            return None
        small.load()
        orientation = exif.get(ExifTags.Base.Orientation)
    except (*EXIF_DEFECTS, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    return _turned_upright(small, orientation).convert("RGB")


def first_paint(image: Image.Image, content: bytes) -> bytes:
    """A small upright JPEG to show the photo at once, made without decoding the photo itself
    where the file carries a good thumbnail; and a refusal if the file is cut short.

    A JPEG or HEIC is checked whole by its container; other formats are decoded (small where
    they allow), which proves their data reads. The definitive 320 px thumbnail comes with the
    display copy, from one full decode in the background (``derive_copies``).

    ``image`` is used up: it may be decoded at a reduced scale in place. Read metadata first.
    """
    _refuse_if_cut_short(image, content)
    if image.format in ("JPEG", "MPO") and (embedded := _exif_thumbnail(image)) is not None:
        return _jpeg(embedded, THUMBNAIL_QUALITY)
    return _jpeg(_reduced_upright(image, THUMBNAIL_EDGE, embedded_allowed=True), THUMBNAIL_QUALITY)


@dataclass(frozen=True)
class DerivedCopies:
    display: bytes  # for the report: long edge at most 1600 px, orientation applied, JPEG ~80
    thumbnail: bytes  # for lists: long edge at most 320 px


def derive_copies(content: bytes) -> DerivedCopies:
    """The report's display copy and the list thumbnail, from one decode of the original.

    This decode reads every byte of the picture, so it is also where damage that the container
    check cannot see shows up: it raises ``PhotoRefused`` with the reason.
    """
    image = open_checked(content)
    _refuse_if_cut_short(image, content)
    # After the draft decode the step left is small (2000 -> 1600 px for 12 MP): Hamming keeps
    # it sharp at half Lanczos's cost, which matters a hundred photos at a time.
    display = _reduced_upright(
        image, DISPLAY_EDGE, Image.Resampling.HAMMING, embedded_allowed=False
    )
    small = display.copy()
    small.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE), Image.Resampling.LANCZOS)
    return DerivedCopies(
        display=_jpeg(display, DISPLAY_QUALITY), thumbnail=_jpeg(small, THUMBNAIL_QUALITY)
    )
