"""Reading photos with Pillow (and pillow-heif): checks, metadata, thumbnails, display copies.

Nothing here modifies an original. Import decodes as little as it can: a JPEG's embedded EXIF
thumbnail or a HEIC's embedded thumbnail gives the first paint, otherwise a JPEG is decoded at
a reduced scale (``draft``) requested with the image's own aspect ratio, because Pillow only
reduces when both requested dimensions still fit. The one full-size decode of each photo
happens afterwards, in the background, and makes both the display copy and the thumbnail.

Every file is untrusted. Whatever Pillow or libheif raises on one file's bytes ends here, as
that file's ``PhotoRefused`` (or, for metadata, as a note): one hostile file never stops a
batch. What metadata says is read by the rules of ``fieldapp.core.photo_metadata``.
"""

from __future__ import annotations

import io
import math
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from PIL import Image, UnidentifiedImageError
from PIL.ExifTags import GPS, IFD, Base
from pillow_heif import register_heif_opener

from fieldapp.core.evidence import PhotoMetadata
from fieldapp.core.photo_metadata import capture_time, excerpt, gps_position, metadata_text
from fieldapp.errors import FieldappError
from fieldapp.store.containers import is_heif, isobmff_is_whole, jpeg_is_whole

register_heif_opener()
# Pillow reports EXIF damage it steps over (a tag past the end, a block cut short) as a
# UserWarning, which would print among the CLI's result lines; the tags it skips are just absent.
warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.TiffImagePlugin")

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
# A pixel limit of our own, above which no phone or camera shot lies; Pillow's own
# decompression-bomb limit (Image.MAX_IMAGE_PIXELS, about 89 Mpx) is checked too.
MAX_PIXELS = 120_000_000
# How much of a decoder's message a refusal quotes.
REASON_EXCERPT = 60
# What the base IFD, the Exif IFD and the GPS IFD are read for; nothing else is decoded.
_BASE_TAGS = (Base.Orientation, Base.Make, Base.Model, Base.DateTime)
_DETAIL_TAGS = (Base.DateTimeOriginal, Base.OffsetTimeOriginal, Base.OffsetTime)
# In the order gps_position takes them.
_GPS_TAGS = (
    *(GPS.GPSLatitude, GPS.GPSLatitudeRef, GPS.GPSLongitude, GPS.GPSLongitudeRef),
    *(GPS.GPSAltitude, GPS.GPSAltitudeRef),
)


class PhotoRefused(FieldappError):
    code = "photo_refused"
    template = "{detail}"


# Why some handlers below catch ``Exception``: Pillow's plugins and libheif are not written
# against hostile input. On damaged or crafted files they raise struct.error, SyntaxError,
# ValueError ("Truncated IHDR chunk" from Image.open), OSError, EOFError, IndexError, TypeError,
# KeyError, ZeroDivisionError, RuntimeError, MemoryError, DecompressionBombError…, and no list of
# ours would be complete. Those handlers hold only the library's call on the untrusted file,
# never our own logic, so a programming error of ours still surfaces.


@contextmanager
def _decoder_refusal(code: str, detail: str) -> Iterator[None]:
    """Inside: a decoder's work on one untrusted file. Whatever it raises refuses that file."""
    try:
        yield
    except MemoryError:
        raise PhotoRefused(
            "out_of_memory", detail="not enough memory to decode this picture"
        ) from None
    except Exception as exc:  # the decoder's failure on hostile bytes: see above
        raise PhotoRefused(code, detail=f"{detail} ({_why(exc)})") from exc


def _why(exc: BaseException) -> str:
    return excerpt(str(exc) or type(exc).__name__, limit=REASON_EXCERPT)


def _bomb() -> PhotoRefused:
    return PhotoRefused(
        "too_many_pixels", detail="too many pixels to be a photo (decompression bomb)"
    )


def open_checked(content: bytes) -> Image.Image:
    """Open an image from bytes, refusing what is empty, unknown, or a decompression bomb."""
    if not content:
        raise PhotoRefused("empty", detail="the file is empty")
    # The warning made an error spares the CLI Pillow's warning text; it is not what refuses
    # a bomb (the filter is process-wide and import runs on threads): the size check below is.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(content))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _bomb() from None
        except UnidentifiedImageError:
            if is_heif(content) and not isobmff_is_whole(content):
                raise _cut_short() from None
            raise PhotoRefused(
                "not_an_image",
                detail="not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF)",
            ) from None
        except MemoryError:
            raise PhotoRefused(
                "out_of_memory", detail="not enough memory to read this picture"
            ) from None
        except Exception as exc:  # a header the decoder chokes on: see _decoder_refusal
            raise PhotoRefused(
                "cut_short", detail="the file is cut short or its header is damaged"
            ) from exc
    if image.format not in ACCEPTED_FORMATS:
        raise PhotoRefused(
            "format",
            detail=f"{excerpt(image.format)} images are not accepted as evidence "
            "(JPEG, PNG, WebP, TIFF, HEIC/HEIF are)",
        )
    width, height = image.size
    if Image.MAX_IMAGE_PIXELS and width * height > Image.MAX_IMAGE_PIXELS:
        raise _bomb()
    if width * height > MAX_PIXELS:
        raise PhotoRefused(
            "too_many_pixels", detail=f"{width}×{height} pixels is too many to be a photo"
        )
    return image


def _read_tags(
    read_ifd: Callable[[], Mapping[int, Any]], wanted: Iterable[int], lost: list[str]
) -> dict[int, Any]:
    """The wanted tags of one IFD, as Pillow decodes them (lazily, tag by tag). A tag or an IFD
    it cannot decode is left out, and the kind of failure added to ``lost``."""
    try:
        ifd = read_ifd()
    except Exception as exc:  # Pillow's EXIF parser on hostile bytes: see _decoder_refusal
        lost.append(type(exc).__name__)
        return {}
    found: dict[int, Any] = {}
    for tag in wanted:
        try:
            value = ifd.get(tag)
        except Exception as exc:  # decoding one tag's value: see _decoder_refusal
            lost.append(type(exc).__name__)
            continue
        if value is not None:
            found[tag] = value
    return found


def _exif_tags(image: Image.Image, notes: list[str]) -> tuple[dict[int, Any], ...]:
    """The base, Exif and GPS tags the survey uses; what could not be read becomes a note."""
    lost: list[str] = []
    try:
        exif = image.getexif()  # for a PNG this decodes the picture, to find a late eXIf chunk
    except Exception as exc:  # Pillow's EXIF reader on hostile bytes: see _decoder_refusal
        lost.append(type(exc).__name__)
        exif = Image.Exif()
    base = _read_tags(lambda: exif, _BASE_TAGS, lost)
    details = _read_tags(lambda: exif.get_ifd(IFD.Exif), _DETAIL_TAGS, lost)
    gps = _read_tags(lambda: exif.get_ifd(IFD.GPSInfo), _GPS_TAGS, lost)
    if lost:
        notes.append(f"EXIF block unreadable ({', '.join(sorted(set(lost)))})")
    return base, details, gps


def read_metadata(image: Image.Image, *, default_offset: tzinfo) -> PhotoMetadata:
    """Metadata through Pillow's EXIF reader; whatever is broken becomes a note, not a failure.

    Make and model are cleaned as metadata text; notes quote at most a short excerpt.
    """
    notes: list[str] = []
    base, details, gps = _exif_tags(image, notes)
    orientation = base.get(Base.Orientation)
    if not (type(orientation) is int and 1 <= orientation <= 8):
        if orientation is not None:
            notes.append(f"ignored invalid orientation {excerpt(repr(orientation))}")
        orientation = None
    captured = capture_time(
        details.get(Base.DateTimeOriginal) or base.get(Base.DateTime),
        details.get(Base.OffsetTimeOriginal) or details.get(Base.OffsetTime),
        default_offset=default_offset,
        notes=notes,
    )
    latitude, longitude, altitude = gps_position(*(gps.get(tag) for tag in _GPS_TAGS), notes=notes)
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
        make=metadata_text(base.get(Base.Make)),
        model=metadata_text(base.get(Base.Model)),
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
    """Decode at the smallest scale that still gives ``edge`` pixels, upright, in 8-bit RGB.

    For a JPEG, ``draft`` picks libjpeg's reduced decode of the picture itself. For a HEIF it
    makes pillow-heif pick an embedded thumbnail (at least that big, a true scaled copy) instead
    of the picture: fine for a first paint, not for the copy the report shows.
    """
    orientation = _orientation(image)
    with _decoder_refusal("damaged", "the image data is damaged or cut short"):
        if image.format in ("JPEG", "MPO") or (embedded_allowed and image.format == "HEIF"):
            image.draft("RGB", _draft_request(image.size, edge))
        image.load()
    mode = image.mode
    with _decoder_refusal("colour_mode", f"its colour mode ({excerpt(mode)}) cannot be shown"):
        small = _small_rgb(image, edge, resample)
    # Turned after the reduction, which fits a square: the same pixels, a smaller turn.
    return _turned_upright(small, orientation)


def _small_rgb(image: Image.Image, edge: int, resample: Image.Resampling) -> Image.Image:
    """The decoded picture reduced to fit ``edge`` and made 8-bit RGB, whatever its mode.

    Pillow resamples only some modes, and its plain conversions clip instead of scale: a 16-bit
    greyscale picture would come out white. So 16-bit greyscale is reduced as 32-bit integers
    and scaled by its depth; 32-bit and float greyscale by their own range. Transparency is
    laid on white, as a viewer shows it; palette, 1-bit and other colour modes (CMYK, YCbCr,
    LAB) are converted before the reduction, so it smooths instead of picking pixels.
    """
    sixteen_bit = image.mode.startswith("I;16")
    if sixteen_bit:
        image = image.convert("I")
    elif image.mode not in ("I", "F"):
        if image.has_transparency_data:
            image = image.convert("RGBA")
        elif image.mode not in ("L", "RGB"):
            image = image.convert("L" if image.mode == "1" else "RGB")
    image.thumbnail((edge, edge), resample)
    if image.mode in ("I", "F"):
        low, high = (0, 0xFFFF) if sixteen_bit else image.getextrema()
        if not (math.isfinite(low) and math.isfinite(high) and high > low):
            low, high = 0, 255
        scale = 255 / (high - low)
        image = image.point(lambda value: value * scale - low * scale).convert("L")
    elif image.mode == "RGBA":
        on_white = Image.new("RGB", image.size, "white")
        on_white.paste(image, mask=image.getchannel("A"))
        image = on_white
    return image.convert("RGB")


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
        return image.getexif().get(Base.Orientation)
    except Exception:  # Pillow's EXIF reader on hostile bytes (see _decoder_refusal): unturned
        return None


def _turned_upright(image: Image.Image, orientation: Any) -> Image.Image:
    """The picture turned as its EXIF orientation says.

    Not ``ImageOps.exif_transpose``: that also rewrites the EXIF block, which fails on a tag of
    an unexpected type, and the copies made here carry no EXIF anyway. pillow-heif has already
    turned a HEIF picture and reports orientation 1.
    """
    turn = _UPRIGHT.get(orientation) if type(orientation) is int else None
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
        raise _cut_short()


def _cut_short() -> PhotoRefused:
    return PhotoRefused(
        "cut_short", detail="the file is cut short: it ends before the picture does"
    )


def _exif_thumbnail(image: Image.Image) -> Image.Image | None:
    """A JPEG's embedded EXIF thumbnail, upright, when it is a faithful small copy of the photo.

    Cameras and iPhones store a 160×120 copy in IFD1; some pad a 16:9 photo into a 4:3
    thumbnail with black bars, so a thumbnail whose shape differs from the photo's is not used.
    Any thumbnail the decoders cannot read is simply not used: the photo itself is decoded.
    """
    try:
        where = image.getexif().get_ifd(IFD.IFD1)
        offset, length = where.get(JPEG_THUMBNAIL_OFFSET), where.get(JPEG_THUMBNAIL_LENGTH)
    except Exception:  # Pillow's EXIF reader on hostile bytes: see _decoder_refusal
        return None
    block = image.info.get("exif", b"")
    if not (
        type(offset) is int
        and type(length) is int
        and isinstance(block, bytes)
        and block.startswith(EXIF_PREFIX)
    ):
        return None
    # IFD1 offsets count from the TIFF header, which follows the "Exif" prefix.
    start = len(EXIF_PREFIX) + offset
    try:
        small = Image.open(io.BytesIO(block[start : start + length]))
    except Exception:  # the decoder on an embedded file as untrusted as its photo: see above
        return None
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
    try:
        small.load()
        small_rgb = small.convert("RGB")
    except Exception:  # the decoder on the embedded file: see _decoder_refusal
        return None
    return _turned_upright(small_rgb, _orientation(image))


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
