from __future__ import annotations

import io
import struct
from datetime import timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageOps, ImageStat

from fieldapp.store.imaging import (
    PhotoRefused,
    _draft_request,
    _reduced_upright,
    derive_copies,
    first_paint,
    open_checked,
    read_metadata,
)
from tests.photo_fixtures import (
    BLUE,
    RED,
    SAMPLE_SOURCES,
    encoded,
    gradient,
    heic_bytes,
    jpeg_bytes,
    sample,
    samples,
    with_primary_picture_blanked,
)

CST = timezone(timedelta(hours=8))


@pytest.mark.parametrize("source", SAMPLE_SOURCES)
def test_gps_samples_give_coordinates_and_capture_time(source: str) -> None:
    paths = sorted(samples("gps", source).glob("*.jpg"))
    assert paths
    for path in paths:
        metadata = read_metadata(open_checked(path.read_bytes()), default_offset=CST)
        assert metadata.latitude is not None and metadata.longitude is not None, path.name
        assert 43 < metadata.latitude < 44 and 11 < metadata.longitude < 12  # Tuscany
        assert metadata.captured_at is not None and metadata.captured_at.year == 2008
        assert "no UTC offset" in " ".join(metadata.notes)  # these Nikons record none


@pytest.mark.parametrize("source", SAMPLE_SOURCES)
def test_a_phone_photo_keeps_its_own_offset(source: str) -> None:
    path = sample("phone", source)
    metadata = read_metadata(open_checked(path.read_bytes()), default_offset=CST)
    assert metadata.captured_at is not None
    assert metadata.captured_at.utcoffset() == timedelta(hours=3)
    assert metadata.make and metadata.model


def _size(jpeg: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(jpeg)) as image:
        return image.size


@pytest.mark.parametrize("source", SAMPLE_SOURCES)
@pytest.mark.parametrize("n", range(1, 9))
def test_thumbnails_are_upright_for_every_exif_orientation(n: int, source: str) -> None:
    for shape in ("landscape", "portrait"):
        content = (samples("orientation", source) / f"{shape}_{n}.jpg").read_bytes()
        image = open_checked(content)
        metadata = read_metadata(image, default_offset=CST)
        assert (metadata.width > metadata.height) == (shape == "landscape")
        derived = derive_copies(content)
        for made in (first_paint(image, content), derived.thumbnail, derived.display):
            width, height = _size(made)
            assert (width > height) == (shape == "landscape"), (shape, n, width, height)
        assert max(_size(derived.thumbnail)) == 320


def test_a_12_megapixel_jpeg_without_exif_thumbnail_is_decoded_at_an_eighth() -> None:
    content = jpeg_bytes((4000, 3000))
    image = open_checked(content)
    assert _size(first_paint(image, content)) == (320, 240)
    assert max(image.size) <= 500  # decoded at an eighth (500×375), never the full 12 MP
    assert _draft_request((4608, 1976), 320) == (320, 138)  # both dimensions can shrink
    assert _draft_request((1976, 4608), 320) == (138, 320)


@pytest.mark.parametrize("n", range(1, 9))
def test_the_turned_copies_put_the_top_left_corner_back_at_the_top_left(n: int) -> None:
    # The made samples are blue with a red top-left corner once upright.
    content = (samples("orientation") / f"portrait_{n}.jpg").read_bytes()
    copies = derive_copies(content)
    for made in (copies.display, copies.thumbnail):
        with Image.open(io.BytesIO(made)) as copy:
            corner = copy.convert("RGB").getpixel((copy.width // 10, copy.height // 10))
            other = copy.convert("RGB").getpixel((copy.width * 9 // 10, copy.height * 9 // 10))
        assert corner[0] > 150 > corner[2] and other[2] > 150 > other[0], n


@pytest.mark.parametrize("orientation", range(1, 9))
def test_the_first_paint_comes_from_the_exif_thumbnail_upright(orientation: int) -> None:
    # The photo is blue, its embedded thumbnail red: the colour tells which one was used.
    content = jpeg_bytes(
        (4000, 3000),
        colour=BLUE,
        orientation=orientation,
        embedded_thumbnail=Image.new("RGB", (160, 120), RED),
    )
    image = open_checked(content)
    with Image.open(io.BytesIO(first_paint(image, content))) as paint:
        red, _, blue = paint.convert("RGB").getpixel((paint.width // 2, paint.height // 2))
        assert red > 150 > blue
        assert paint.size == ((120, 160) if orientation >= 5 else (160, 120))
    assert image.size == (4000, 3000)  # the photo itself was not decoded, not even in draft
    derived = derive_copies(content)
    upright = (1200, 1600) if orientation >= 5 else (1600, 1200)
    assert _size(derived.display) == upright
    assert _size(derived.thumbnail) == (upright[0] // 5, upright[1] // 5)


def test_an_exif_thumbnail_of_another_shape_is_not_used() -> None:
    # 16:9 photo, 4:3 thumbnail (some cameras pad it with black bars): decode instead.
    content = jpeg_bytes(
        (3840, 2160), colour=BLUE, embedded_thumbnail=Image.new("RGB", (160, 120), RED)
    )
    with Image.open(io.BytesIO(first_paint(open_checked(content), content))) as paint:
        assert paint.size == (320, 180)
        red, _, blue = paint.convert("RGB").getpixel((160, 90))
        assert blue > 150 > red


def test_a_display_copy_is_upright_and_at_most_1600_pixels() -> None:
    derived = derive_copies(jpeg_bytes((4000, 3000), orientation=6))
    with Image.open(io.BytesIO(derived.display)) as copy:
        assert copy.format == "JPEG" and copy.size == (1200, 1600)


@pytest.mark.parametrize("source", SAMPLE_SOURCES)
def test_heic_from_a_phone_reads_with_its_metadata_and_paints_from_its_thumbnail(
    source: str,
) -> None:
    content = sample("heic", source).read_bytes()
    image = open_checked(content)
    metadata = read_metadata(image, default_offset=CST)
    assert metadata.image_format == "HEIF"
    assert metadata.make == ("Apple" if source == "shared" else "fieldapp")
    assert metadata.captured_at is not None and metadata.captured_at.year == 2022
    assert metadata.height > metadata.width  # a portrait shot
    assert _size(first_paint(image, content)) == (240, 320)
    assert image.size == (240, 320)  # the embedded thumbnail, not the 12 MP picture
    assert _size(derive_copies(content).display) == (1200, 1600)


@pytest.mark.parametrize("source", SAMPLE_SOURCES)
def test_a_heic_cut_short_is_refused_though_libheif_would_paint_it_green(source: str) -> None:
    content = sample("heic", source).read_bytes()
    for fraction in (0.2, 0.5, 0.99):
        cut = content[: int(len(content) * fraction)]
        with pytest.raises(PhotoRefused, match="cut short"):
            first_paint(open_checked(cut), cut)


def _png(size: tuple[int, int], mode: str = "1") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"Dear surveyor, this is a letter, not a photo.\n" * 20, "not a photo in a known format"),
        (None, "decompression bomb"),
        (b"GIF89a" + _png((2, 2))[8:], "not a photo"),
    ],
    ids=["empty", "text", "bomb", "garbage-gif"],
)
def test_bad_input_is_refused_with_its_reason(content: bytes | None, reason: str) -> None:
    if content is None:
        content = _png((12_000, 8_000))  # 96 Mpx of zeros: a few kB on disk
    with pytest.raises(PhotoRefused, match=reason):
        open_checked(content)


def test_a_gif_is_refused_as_a_format_not_accepted() -> None:
    out = io.BytesIO()
    Image.new("P", (10, 10)).save(out, format="GIF")
    with pytest.raises(PhotoRefused, match="GIF images are not accepted"):
        open_checked(out.getvalue())


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_jpeg_cut_anywhere_is_refused(data: st.DataObject) -> None:
    whole = _CUT_SOURCE
    cut = whole[: data.draw(st.integers(min_value=0, max_value=len(whole) - 1))]
    with pytest.raises(PhotoRefused):
        first_paint(open_checked(cut), cut)


_CUT_SOURCE = jpeg_bytes(
    (800, 600), orientation=6, embedded_thumbnail=Image.new("RGB", (160, 120), RED)
)


@pytest.mark.parametrize("source", SAMPLE_SOURCES)
def test_broken_exif_samples_import_with_what_can_be_read_or_a_clear_refusal(source: str) -> None:
    paths = sorted(samples("invalid", source).glob("*.jpg"))
    assert paths
    for path in paths:
        try:
            image = open_checked(path.read_bytes())
            metadata = read_metadata(image, default_offset=CST)
            first_paint(image, path.read_bytes())
        except PhotoRefused as refused:
            assert refused.message  # a reason a person can read
            continue
        assert metadata.width > 0 and metadata.height > 0


def test_an_exif_tag_of_the_wrong_type_does_not_stop_the_picture_turning_upright() -> None:
    exif = Image.Exif()
    exif[0x0110], exif[0x0112] = "B-12", 6  # Model, Orientation
    out = io.BytesIO()
    Image.new("RGB", (1600, 1200), BLUE).save(out, format="JPEG", exif=exif)
    # Renumber Model (ASCII) as 0x0150, a tag Pillow expects to be numeric.
    content = out.getvalue().replace(b"\x01\x10\x00\x02", b"\x01\x50\x00\x02", 1)
    with pytest.raises(struct.error):  # what ImageOps.exif_transpose makes of it
        ImageOps.exif_transpose(Image.open(io.BytesIO(content)))
    assert _size(derive_copies(content).display) == (1200, 1600)


@pytest.mark.parametrize("source", SAMPLE_SOURCES)
def test_a_heic_whose_picture_fails_to_decode_is_refused_by_the_full_decode(source: str) -> None:
    content = bytearray(sample("heic", source).read_bytes())
    if source == "shared":
        content[272] = 0  # inside the grid description: libheif finds a tile missing
    damaged = bytes(content) if source == "shared" else with_primary_picture_blanked(bytes(content))
    assert _size(first_paint(open_checked(damaged), damaged)) == (240, 320)  # its thumbnail
    with pytest.raises(PhotoRefused, match="damaged"):
        derive_copies(damaged)


def _swaps_in_a_thumbnail(content: bytes, *, embedded_allowed: bool) -> bool:
    image = open_checked(content)
    swaps: list[object] = []
    draft = image.draft
    image.draft = lambda mode, size: swaps.append(draft(mode, size))  # type: ignore[method-assign]
    _reduced_upright(image, 1600, embedded_allowed=embedded_allowed)
    return any(swaps)


def test_the_report_copy_of_a_heic_is_made_from_its_picture_not_its_thumbnail() -> None:
    out = io.BytesIO()
    Image.new("RGB", (2400, 1800), BLUE).save(out, format="HEIF", thumbnails=[1600])
    assert open_checked(out.getvalue()).info["thumbnails"] == [1600]
    # A thumbnail and the picture look alike here, so watch what pillow-heif's ``draft`` does:
    # it swaps in a thumbnail at least as big as requested.
    assert _swaps_in_a_thumbnail(out.getvalue(), embedded_allowed=True)  # fine for a first paint
    assert not _swaps_in_a_thumbnail(out.getvalue(), embedded_allowed=False)  # the report's


def _modes() -> dict[str, bytes]:
    """Valid pictures in every mode the accepted formats decode to."""
    ramp = gradient((640, 480))
    levels = [y * 65535 // 479 for y in range(480)]
    grey16 = Image.frombytes(
        "I;16", (640, 480), b"".join(struct.pack("<H", v) * 640 for v in levels)
    )
    big_endian = b"".join(struct.pack(">H", v) * 640 for v in levels)
    made = {f"{mode} TIFF": encoded(ramp.convert(mode), "TIFF") for mode in _TIFF_MODES}
    made |= {f"{mode} PNG": encoded(ramp.convert(mode), "PNG") for mode in ("1", "L", "LA", "P")}
    made |= {
        "I;16 PNG": encoded(grey16, "PNG"),
        "I;16 TIFF": encoded(grey16, "TIFF"),
        "I;16B TIFF": encoded(Image.frombytes("I;16B", (640, 480), big_endian), "TIFF"),
        "P PNG with transparency": encoded(ramp.convert("P"), "PNG", transparency=0),
        "RGBA PNG": encoded(ramp.convert("RGBA"), "PNG"),
        "CMYK JPEG": encoded(ramp.convert("CMYK"), "JPEG"),
        "L JPEG": encoded(ramp.convert("L"), "JPEG"),
        "RGBA WebP": encoded(ramp.convert("RGBA"), "WEBP"),
    }
    return made


_TIFF_MODES = ("1", "L", "LA", "P", "I", "F", "RGB", "RGBA", "CMYK", "YCbCr", "LAB")


@pytest.mark.parametrize(("mode", "content"), list(_modes().items()), ids=list(_modes()))
def test_a_picture_in_any_mode_is_kept_and_its_copies_show_it(mode: str, content: bytes) -> None:
    image = open_checked(content)
    metadata = read_metadata(image, default_offset=CST)
    assert (metadata.width, metadata.height) == (640, 480) and not metadata.notes
    assert _size(first_paint(image, content)) == (320, 240)
    copies = derive_copies(content)
    with Image.open(io.BytesIO(copies.display)) as display:
        assert display.size == (640, 480)
        # A ramp from black to white: scaled, not clipped to white or black.
        assert 64 < ImageStat.Stat(display.convert("L")).mean[0] < 192, mode


_FUZZ_SOURCES = {
    "PNG": encoded(gradient((96, 64)), "PNG", exif=Image.Exif().tobytes()),
    "JPEG": jpeg_bytes((96, 64), orientation=6, camera=("Canon", "EOS")),
    "TIFF": encoded(gradient((96, 64), "I;16"), "TIFF"),
    "WebP": encoded(gradient((96, 64)), "WEBP"),
    "HEIC": heic_bytes((96, 64)),
}


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(list(_FUZZ_SOURCES)), st.data())
def test_whatever_the_bytes_a_file_is_read_or_refused_never_a_crash(
    kind: str, data: st.DataObject
) -> None:
    """The rule behind every case of the corpus: any failure of the decoders on one file's
    bytes is that file's ``PhotoRefused`` (or, for metadata, a note)."""
    content = bytearray(_FUZZ_SOURCES[kind])
    for _ in range(data.draw(st.integers(0, 4))):
        content[data.draw(st.integers(0, len(content) - 1))] = data.draw(st.integers(0, 255))
    cut = bytes(content[: data.draw(st.integers(0, len(content)))])
    try:
        image = open_checked(cut)
        metadata = read_metadata(image, default_offset=CST)
        first_paint(image, cut)
        derive_copies(cut)
    except PhotoRefused as refused:
        assert refused.message and len(refused.message) < 200
        return
    assert all(text.isprintable() for text in (metadata.make, metadata.model, *metadata.notes))
