from __future__ import annotations

import io
from datetime import timedelta, timezone

import pytest
from PIL import Image

from fieldapp.store.imaging import (
    PhotoRefused,
    _draft_request,
    display_copy,
    open_checked,
    read_metadata,
    thumbnail,
)
from tests.photo_fixtures import jpeg_bytes, samples

CST = timezone(timedelta(hours=8))


def test_gps_samples_give_coordinates_and_capture_time() -> None:
    for path in sorted(samples("gps").glob("*.jpg")):
        metadata = read_metadata(open_checked(path.read_bytes()), default_offset=CST)
        assert metadata.latitude is not None and metadata.longitude is not None, path.name
        assert 43 < metadata.latitude < 44 and 11 < metadata.longitude < 12  # Tuscany
        assert metadata.captured_at is not None and metadata.captured_at.year == 2008
        assert "no UTC offset" in " ".join(metadata.notes)  # these Nikons record none


def test_a_phone_photo_keeps_its_own_offset() -> None:
    path = samples("mobile") / "HMD_Nokia_8.3_5G.jpg"
    metadata = read_metadata(open_checked(path.read_bytes()), default_offset=CST)
    assert metadata.captured_at is not None
    assert metadata.captured_at.utcoffset() == timedelta(hours=3)
    assert metadata.make and metadata.model


@pytest.mark.parametrize("n", range(1, 9))
def test_thumbnails_are_upright_for_every_exif_orientation(n: int) -> None:
    for shape in ("landscape", "portrait"):
        image = open_checked((samples("orientation") / f"{shape}_{n}.jpg").read_bytes())
        metadata = read_metadata(image, default_offset=CST)
        thumb = Image.open(io.BytesIO(thumbnail(image)))
        wide = thumb.width > thumb.height
        assert wide == (shape == "landscape"), (shape, n, thumb.size)
        assert (metadata.width > metadata.height) == (shape == "landscape")
        assert max(thumb.size) == 320


def test_a_12_megapixel_jpeg_is_decoded_at_an_eighth_for_its_thumbnail() -> None:
    image = open_checked(jpeg_bytes((4000, 3000)))
    thumb = Image.open(io.BytesIO(thumbnail(image)))
    assert thumb.size == (320, 240)
    assert image.size == (500, 375)  # what draft decoded, never the full 12 MP
    assert _draft_request((4608, 1976), 320) == (320, 138)  # both dimensions can shrink
    assert _draft_request((1976, 4608), 320) == (138, 320)


def test_a_display_copy_is_upright_and_at_most_1600_pixels() -> None:
    copy = Image.open(io.BytesIO(display_copy(jpeg_bytes((4000, 3000), orientation=6))))
    assert copy.format == "JPEG" and copy.size == (1200, 1600)


def test_heic_from_an_iphone_reads_with_its_metadata() -> None:
    content = (samples("mobile") / "iphone_13_pro_max.HEIC").read_bytes()
    image = open_checked(content)
    metadata = read_metadata(image, default_offset=CST)
    assert metadata.image_format == "HEIF" and metadata.make == "Apple"
    assert metadata.captured_at is not None and metadata.captured_at.year == 2022
    thumb = Image.open(io.BytesIO(thumbnail(image)))
    assert thumb.height > thumb.width  # a portrait shot


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


def test_a_truncated_jpeg_is_refused_when_decoded() -> None:
    whole = jpeg_bytes((2000, 1500), colour=(10, 200, 30))
    image = open_checked(whole[: len(whole) // 3])
    with pytest.raises(PhotoRefused, match="damaged or cut short"):
        thumbnail(image)


def test_broken_exif_samples_import_with_what_can_be_read_or_a_clear_refusal() -> None:
    for path in sorted(samples("invalid").glob("*.jpg")):
        try:
            image = open_checked(path.read_bytes())
            metadata = read_metadata(image, default_offset=CST)
            thumbnail(image)
        except PhotoRefused as refused:
            assert refused.message  # a reason a person can read
            continue
        assert metadata.width > 0 and metadata.height > 0
