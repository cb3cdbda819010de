"""Real material for photo tests: the shared camera samples and JPEGs made with Pillow."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import piexif
import pytest
from PIL import Image

from fieldapp.core.timestamps import local_now
from fieldapp.resources import checklist_for
from fieldapp.services.field import FieldWorkspace, answer_safety_item, start_survey
from tests.conftest import SAMPLES

PHOTOS = SAMPLES / "photos"


def samples(folder: str) -> Path:
    path = PHOTOS / folder
    if not path.is_dir():
        pytest.skip(f"shared sample photos ({folder}) are not beside this checkout")
    return path


def jpeg_bytes(
    size: tuple[int, int] = (1200, 900),
    *,
    taken: datetime | None = None,
    colour: tuple[int, int, int] = (120, 140, 160),
    orientation: int | None = None,
    gps: tuple[float, float] | None = None,
    embedded_thumbnail: Image.Image | None = None,
) -> bytes:
    """A JPEG with the EXIF a camera writes; ``embedded_thumbnail`` goes in IFD1 as cameras do."""
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    if taken:
        details = exif.get_ifd(0x8769)
        details[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
        offset = taken.strftime("%z")
        details[0x9011] = f"{offset[:3]}:{offset[3:]}"
    if gps:
        info = exif.get_ifd(0x8825)
        info[1], info[2] = ("N" if gps[0] >= 0 else "S"), _dms(abs(gps[0]))
        info[3], info[4] = ("E" if gps[1] >= 0 else "W"), _dms(abs(gps[1]))
    exif_bytes = exif.tobytes()
    if embedded_thumbnail is not None:
        blocks = piexif.load(exif_bytes)  # Pillow writes no IFD1; piexif does
        small = io.BytesIO()
        embedded_thumbnail.save(small, format="JPEG", quality=75)
        blocks["thumbnail"] = small.getvalue()
        exif_bytes = piexif.dump(blocks)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85, exif=exif_bytes)
    return out.getvalue()


def _dms(value: float) -> tuple[float, float, float]:
    whole = int(value)
    minutes = (value - whole) * 60
    return float(whole), float(int(minutes)), round((minutes - int(minutes)) * 60, 3)


def ready_survey(
    workspace: FieldWorkspace,
    *,
    line: str = "motor",
    occurred_at: datetime | None = None,
    place: tuple[float, float] | None = (31.2286, 121.5199),
) -> str:
    """A survey whose required safety items are answered, so evidence may start."""
    survey = start_survey(
        workspace,
        claim_number="BA-PHOTO-1",
        line_of_business=line,
        occurred_at=occurred_at or local_now(),
        surveyor="李明",
        address="上海",
        latitude=place[0] if place else None,
        longitude=place[1] if place else None,
    )
    for item in checklist_for(survey.line_of_business).required_items:
        answer_safety_item(workspace, survey.survey_id, item_id=item.item_id, answer="yes")
    return survey.survey_id


def with_broken_huffman_table(jpeg: bytes) -> bytes:
    """The same JPEG, whole in its structure, whose picture libjpeg refuses to decode.

    The last Huffman table's code counts are made impossible; the segment keeps its length, so
    only a decode can tell. (An EXIF thumbnail's own tables come earlier and stay intact.)
    """
    content = bytearray(jpeg)
    table = content.rfind(b"\xff\xc4")
    content[table + 5 : table + 21] = b"\xff" * 16
    return bytes(content)
