"""The container checks that refuse a photo cut short, without decoding it."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from fieldapp.store.containers import is_heif, isobmff_is_whole, jpeg_is_whole
from tests.photo_fixtures import SAMPLE_SOURCES, heic_bytes, jpeg_bytes, sample


def test_a_jpeg_may_carry_data_after_its_end_and_stray_bytes_between_segments() -> None:
    whole = jpeg_bytes((64, 48))
    assert jpeg_is_whole(whole) and jpeg_is_whole(whole + b"maker trailer")
    # Stray bytes before the quantisation table: libjpeg warns and decodes; so do we.
    table = whole.index(b"\xff\xdb")
    stray = whole[:table] + b"\x00\x07" + whole[table:]
    Image.open(io.BytesIO(stray)).load()
    assert jpeg_is_whole(stray)
    assert not jpeg_is_whole(whole[:-2]) and not jpeg_is_whole(whole[:-1] + b"\x00")


def test_a_progressive_jpeg_is_whole_until_cut() -> None:
    out = io.BytesIO()
    Image.linear_gradient("L").convert("RGB").save(out, format="JPEG", progressive=True)
    whole = out.getvalue()
    assert jpeg_is_whole(whole)
    assert not any(jpeg_is_whole(whole[:cut]) for cut in range(0, len(whole), 97))


@pytest.mark.parametrize("source", SAMPLE_SOURCES)
def test_heic_boxes_must_fit_in_the_file_and_zero_padding_may_follow(source: str) -> None:
    whole = sample("heic", source).read_bytes()
    assert isobmff_is_whole(whole)
    assert isobmff_is_whole(whole + b"\x00" * 3) and isobmff_is_whole(whole + b"\x00" * 512)
    assert not isobmff_is_whole(whole + b"abc")  # the start of a box that was cut off
    assert not any(
        isobmff_is_whole(whole[:cut]) for cut in range(1, len(whole), min(9973, len(whole) // 40))
    )


def test_box_sizes_of_64_bits_and_to_the_end_of_the_file_are_read() -> None:
    ftyp = (16).to_bytes(4, "big") + b"ftypheic" + b"\x00\x00\x00\x00"
    large = (1).to_bytes(4, "big") + b"mdat" + (24).to_bytes(8, "big") + b"\x01" * 8
    assert isobmff_is_whole(ftyp + large)
    assert not isobmff_is_whole(ftyp + large[:-1])
    # Size 0 runs to the end of the file: nothing to check against (see the docstring).
    assert isobmff_is_whole(ftyp + (0).to_bytes(4, "big") + b"mdat" + b"\x01" * 5)


def test_a_heif_is_told_by_its_first_box() -> None:
    assert is_heif(heic_bytes((64, 48))) and is_heif(heic_bytes((64, 48))[:12])
    assert not is_heif(jpeg_bytes((64, 48))) and not is_heif(b"") and not is_heif(b"\0" * 12)
