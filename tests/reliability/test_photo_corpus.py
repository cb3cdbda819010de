"""Hostile and unusual photo files given to `fieldapp photos add`: each file gets exactly one
result line saying what became of it (added, duplicate, or rejected with its reason), the exit
code says whether anything was refused, no traceback, and nothing else changes: the survey's
photo count and the data folder's photos/, thumbs/ and display/ change by exactly the one photo
added, or not at all.

Every file is made here (tests/photo_fixtures.py): no sample from outside the project.
"""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import piexif
import pytest
from PIL import Image, ImageStat

from fieldapp.core.evidence import EvidencePhoto
from fieldapp.services.field import FieldWorkspace
from tests.conftest import TEST_PASSPHRASE, CliRun
from tests.photo_fixtures import (
    encoded,
    gradient,
    heic_bytes,
    jpeg_bytes,
    ready_survey,
    with_broken_huffman_table,
    with_exif,
    with_primary_picture_blanked,
)
from tests.reliability.ledger import Ledger

NOT_A_PHOTO = "not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF)"
CUT_SHORT = "the file is cut short: it ends before the picture does"
HEADER_DAMAGED = "the file is cut short or its header is damaged"
BOMB = "too many pixels to be a photo (decompression bomb)"
EXIT_OK, EXIT_PARTIAL = 0, 3
DAMAGED_NOTE = ".damaged.txt"  # display/ keeps why a picture cannot be decoded beside the copies


@dataclass(frozen=True)
class Expect:
    outcome: str  # added, duplicate, rejected
    reason: str = ""
    display_copy: bool = True  # an added photo whose picture decodes gets its display copy
    camera: tuple[str, str] | None = None  # make and model as kept
    ramp: bool = False  # the picture is a ramp: its display copy must be mid-grey on average
    given: str = "the file"  # or "its folder", which is walked

    def summary(self) -> str:
        code = EXIT_PARTIAL if self.outcome == "rejected" else EXIT_OK
        kept = self.outcome == "added"
        stored = f"+{int(kept)} original, +{int(kept)} thumbnail, "
        stored += f"+{int(kept and self.display_copy)} display copy, "
        stored += f"+{int(kept and not self.display_copy)} damaged note"
        camera = f", camera {self.camera}" if self.camera else ""
        return describe(self.outcome, self.reason, code, 1, int(kept), stored) + camera


def describe(outcome: str, reason: str, code: int, lines: int, photos: int, stored: str) -> str:
    said = f"{outcome}: {reason}" if reason else outcome
    return f"{said} | exit {code}, {lines} line(s), photos +{photos}, {stored}"


def png_ihdr_cut(folder: Path) -> bytes:
    whole = encoded(gradient((64, 48)), "PNG")
    return whole[:8] + struct.pack(">I", 0) + whole[12:]  # IHDR says it holds no bytes


def png_cut_in_data(folder: Path) -> bytes:
    whole = encoded(gradient((640, 480)), "PNG")
    return whole[: whole.index(b"IDAT") + 400]


def png_bad_crc(chunk: bytes) -> bytes:
    """A PNG whose ``chunk``'s checksum no longer fits its data (one data byte changed)."""
    content = bytearray(encoded(gradient((640, 480), "L"), "PNG"))
    content[content.index(chunk) + 6] ^= 0x01
    return bytes(content)


def exif_with(ifd0: dict[int, bytes], exif: dict[int, bytes] | None = None) -> bytes:
    block = piexif.dump({"0th": ifd0, "Exif": exif or {}})
    return with_exif(jpeg_bytes((640, 480), colour=(len(block) % 256, 40, 90)), block)


def sixteen_bit(image_format: str) -> bytes:
    rows = [struct.pack("<H", y * 65535 // 479) * 640 for y in range(480)]
    return encoded(Image.frombytes("I;16", (640, 480), b"".join(rows)), image_format)


def palette_png(transparent: bool) -> bytes:
    picture = gradient((640, 480), "P") if not transparent else gradient((600, 400), "P")
    return encoded(picture, "PNG", **({"transparency": 0} if transparent else {}))


def a_folder_holding_a_photo(path: Path) -> None:
    path.mkdir()
    (path / "inside.jpg").write_bytes(jpeg_bytes((640, 480), colour=(7, 77, 177)))


def a_symlink_loop(path: Path) -> None:
    os.symlink(path.name, path)


HEIC = heic_bytes((640, 480))
FIRST = jpeg_bytes((640, 480), colour=(1, 2, 3))

# case -> (file name, how it is made: its bytes, or made in place at the path; expectation)
CASES: dict[str, tuple[str, Callable[[Path], object], Expect]] = {
    "zero-byte file": ("empty.jpg", lambda p: b"", Expect("rejected", "the file is empty")),
    "text file named .jpg": (
        "letter.jpg",
        lambda p: b"Dear surveyor,\n" * 40,
        Expect("rejected", NOT_A_PHOTO),
    ),
    "PNG with a truncated IHDR chunk": (
        "ihdr.png",
        png_ihdr_cut,
        Expect("rejected", HEADER_DAMAGED),
    ),
    "PNG cut inside its picture data": (
        "cut.png",
        png_cut_in_data,
        Expect("rejected", "the image data is damaged or cut short (image file is truncated)"),
    ),
    "PNG with a bad CRC in its header": (
        "crc-header.png",
        lambda p: png_bad_crc(b"IHDR"),
        Expect("rejected", NOT_A_PHOTO),
    ),
    # Pillow checks no CRC of picture data: a changed byte that still inflates is a picture.
    "PNG with a bad CRC in its picture data": (
        "crc-data.png",
        lambda p: png_bad_crc(b"IDAT"),
        Expect("added", ramp=True),
    ),
    "JPEG cut mid-scan": (
        "cut.jpg",
        lambda p: jpeg_bytes((800, 600), picture=gradient((800, 600)))[:3000],
        Expect("rejected", CUT_SHORT),
    ),
    "GIF": (
        "anim.gif",
        lambda p: encoded(Image.new("P", (10, 10)), "GIF"),
        Expect(
            "rejected",
            "GIF images are not accepted as evidence (JPEG, PNG, WebP, TIFF, HEIC/HEIF are)",
        ),
    ),
    "decompression bomb over Pillow's limit": (
        "bomb.png",
        lambda p: encoded(Image.new("1", (12_000, 8_000)), "PNG"),
        Expect("rejected", BOMB),
    ),
    "HEIC cut short": ("cut.heic", lambda p: HEIC[: len(HEIC) // 2], Expect("rejected", CUT_SHORT)),
    "HEIC cut in its last bytes": ("end.heic", lambda p: HEIC[:-10], Expect("rejected", CUT_SHORT)),
    "symlink loop in a folder": (
        "loop.jpg",
        a_symlink_loop,
        Expect(
            "rejected",
            "the file cannot be read (Too many levels of symbolic links)",
            given="its folder",
        ),
    ),
    "JPEG with garbage EXIF": (
        "garbage-exif.jpg",
        lambda p: with_exif(FIRST, b"Exif\x00\x00" + bytes(range(256)) * 3),
        Expect("added"),
    ),
    "EXIF make with NUL and trailing bytes": (
        "nul.jpg",
        lambda p: exif_with({271: b"Canon\x00\x01garbage", 272: b"EOS\x00\x7fmore"}),
        Expect("added", camera=("Canon", "EOS")),
    ),
    "EXIF with control characters and a 60,000-character description and time": (
        "long.jpg",
        lambda p: exif_with(
            {270: b"\x1b[2J" + b"x" * 60_000, 272: b"Cam\r\n\x07 9"},
            {36867: b"\x01" + b"9" * 3_000},
        ),
        Expect("added", camera=("", "Cam 9")),
    ),
    "JPEG whose picture cannot be decoded": (
        "huffman.jpg",
        # Its EXIF thumbnail gives the first paint: only the full decode finds the damage.
        lambda p: with_broken_huffman_table(
            jpeg_bytes(
                (640, 480), colour=(9, 9, 9), embedded_thumbnail=Image.new("RGB", (160, 120))
            )
        ),
        Expect("added", display_copy=False),
    ),
    "HEIC whose picture cannot be decoded": (
        "blank.heic",
        lambda p: with_primary_picture_blanked(heic_bytes((640, 480), camera=("x", "y"))),
        Expect("added", display_copy=False),
    ),
    "16-bit greyscale PNG": (
        "grey16.png",
        lambda p: sixteen_bit("PNG"),
        Expect("added", ramp=True),
    ),
    "16-bit greyscale TIFF": (
        "grey16.tif",
        lambda p: sixteen_bit("TIFF"),
        Expect("added", ramp=True),
    ),
    "32-bit greyscale TIFF": (
        "grey32.tif",
        lambda p: encoded(gradient((640, 480), "I"), "TIFF"),
        Expect("added", ramp=True),
    ),
    "CMYK JPEG": (
        "cmyk.jpg",
        lambda p: encoded(gradient((640, 480), "CMYK"), "JPEG"),
        Expect("added", ramp=True),
    ),
    "palette PNG": ("palette.png", lambda p: palette_png(False), Expect("added", ramp=True)),
    "palette PNG with transparency": (
        "palette-t.png",
        lambda p: palette_png(True),
        Expect("added"),
    ),
    "greyscale PNG with alpha (LA)": (
        "la.png",
        lambda p: encoded(gradient((640, 480), "LA"), "PNG"),
        Expect("added", ramp=True),
    ),
    "RGBA PNG": (
        "rgba.png",
        lambda p: encoded(gradient((480, 640), "RGBA"), "PNG"),
        Expect("added", ramp=True),
    ),
    "1-bit PNG": (
        "scan.png",
        lambda p: encoded(gradient((640, 480), "1"), "PNG"),
        Expect("added", ramp=True),
    ),
    "48-megapixel PNG under the bomb limit": (
        "big.png",
        lambda p: encoded(gradient((8000, 6000), "L"), "PNG", compress_level=1),
        Expect("added", ramp=True),
    ),
    "the same photo again under another name": (
        "again.jpg",
        lambda p: with_exif(FIRST, b"Exif\x00\x00" + bytes(range(256)) * 3),
        Expect("duplicate"),
    ),
    "a folder named x.jpg (walked as a folder)": (
        "x.jpg",
        a_folder_holding_a_photo,
        Expect("added"),
    ),
}


@dataclass(frozen=True)
class Field:
    data_dir: Path
    survey_id: str
    inbox: Path


@pytest.fixture(scope="module")
def field(tmp_path_factory: pytest.TempPathFactory) -> Field:
    """One data folder and one survey ready for photos, for the whole corpus."""
    root = tmp_path_factory.mktemp("photo-corpus")
    with pytest.MonkeyPatch.context() as patch:  # before the tests' own passphrase is set
        patch.setenv("FIELDAPP_PASSPHRASE", TEST_PASSPHRASE)
        workspace = FieldWorkspace.open(root / "field-data")
        try:
            survey_id = ready_survey(workspace)
        finally:
            workspace.close()
    return Field(root / "field-data", survey_id, root / "inbox")


def folder_state(field: Field) -> tuple[int, dict[str, set[str]]]:
    """The survey's photo count, and every file below photos/, thumbs/ and display/."""
    workspace = FieldWorkspace.open(field.data_dir)
    try:
        count = len(workspace.photos.photos(field.survey_id))
    finally:
        workspace.close()
    listing = {
        part: {
            str(p.relative_to(field.data_dir))
            for p in (field.data_dir / part).rglob("*")
            if p.is_file()
        }
        for part in ("photos", "thumbs", "display")
    }
    return count, listing


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 14


@pytest.mark.parametrize("case", list(CASES))
def test_a_photo_file_ends_as_the_corpus_says(
    case: str, field: Field, capsys: pytest.CaptureFixture[str], ledger: Ledger
) -> None:
    name, make, expect = CASES[case]
    folder = field.inbox / f"case-{list(CASES).index(case):02}"
    folder.mkdir(parents=True)
    path = folder / name
    made = make(path)
    if isinstance(made, bytes):
        path.write_bytes(made)
    cli = CliRun(field.data_dir, capsys)
    if expect.outcome == "duplicate":  # the same bytes are already evidence of this survey
        first = folder.with_name(f"{folder.name}-first.jpg")
        first.write_bytes(path.read_bytes())
        assert cli("photos", "add", field.survey_id, str(first))[0] == EXIT_OK
    photos_before, before = folder_state(field)

    given = path if expect.given == "the file" else folder
    code, out, err = cli("photos", "add", field.survey_id, str(given))

    photos_after, after = folder_state(field)
    lines = out.splitlines()
    outcome, _, rest = lines[0].partition(" ") if lines else ("(no line)", "", "")
    reason = rest.partition(": ")[2] if outcome == "rejected" else ""
    new = {part: after[part] - before[part] for part in after}
    damaged = {name for name in new["display"] if name.endswith(DAMAGED_NOTE)}
    stored = (
        f"+{len(new['photos'])} original, +{len(new['thumbs'])} thumbnail, "
        f"+{len(new['display'] - damaged)} display copy, +{len(damaged)} damaged note"
    )
    observed = describe(outcome, reason, code, len(lines), photos_after - photos_before, stored)
    kept = kept_photo(field, lines[0]) if outcome == "added" else None
    if expect.camera and kept is not None:
        observed += f", camera {(kept.make, kept.model)}"
    ledger.case("photos", case, expected=expect.summary(), observed=observed)
    assert observed == expect.summary(), (out, err)
    assert "Traceback" not in err
    assert all(before[part] <= after[part] for part in after)  # nothing removed
    if kept is not None:
        shown = [kept.make, kept.model, kept.metadata_note]
        assert all(text.isprintable() for text in shown) and len(kept.metadata_note) <= 200
        workspace = FieldWorkspace.open(field.data_dir)  # the files are sealed: read through it
        try:
            for _ in damaged:  # what the full decode found, quoted short
                assert len(workspace.display_copies.failure(kept.sha256) or "") <= 150
            if expect.ramp:
                display = workspace.display_copies.get(kept.sha256)
                assert display is not None
                with Image.open(io.BytesIO(display)) as copy:
                    assert 64 < ImageStat.Stat(copy.convert("L")).mean[0] < 192
        finally:
            workspace.close()


def kept_photo(field: Field, line: str) -> EvidencePhoto:
    short_hash = line.split()[1]
    workspace = FieldWorkspace.open(field.data_dir)
    try:
        [photo] = [
            p for p in workspace.photos.photos(field.survey_id) if p.sha256.startswith(short_hash)
        ]
    finally:
        workspace.close()
    return photo


def test_a_symlink_loop_given_by_name_is_refused(
    field: Field, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = field.inbox / "given-loop.jpg"
    loop.parent.mkdir(parents=True, exist_ok=True)
    a_symlink_loop(loop)
    code, out, _ = CliRun(field.data_dir, capsys)("photos", "add", field.survey_id, str(loop))
    assert (code, out) == (
        EXIT_PARTIAL,
        f"rejected {loop}: the file cannot be read (Too many levels of symbolic links)\n",
    )
