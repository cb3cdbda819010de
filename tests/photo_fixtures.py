"""Real material for photo tests, made here: JPEGs, PNGs, TIFFs and HEICs written by Pillow and
pillow-heif, EXIF (GPS, IFD1 thumbnails, maker notes, broken blocks) written by Pillow and piexif.

Everything is generated when the tests run, from code in this file: no binary fixture is
committed, and the material is the project's own (no third-party pictures, no licence to keep).
``made_samples()`` lays the generated files out as the shared camera samples are laid out
(gps/, orientation/, mobile/, cameras/, invalid/, README.md), so a test runs on both: always on
the made set, and also on the real camera files of ``../shared/samples/photos`` when that folder
is beside the checkout. Those are CC BY-SA images from a public corpus and are never copied into
the project (see their README).
"""

from __future__ import annotations

import atexit
import functools
import io
import random
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

import piexif
from PIL import Image
from pillow_heif import register_heif_opener

from fieldapp.core.timestamps import local_now
from fieldapp.resources import checklist_for
from fieldapp.services.field import FieldWorkspace, answer_safety_item, start_survey
from tests.conftest import SAMPLES

register_heif_opener()  # Pillow writes HEIF only through pillow-heif, as the app reads it

PHOTOS = SAMPLES / "photos"
# Where the sample photos come from: the made set always, the real files when they are here.
SAMPLE_SOURCES = ("made", "shared") if PHOTOS.is_dir() else ("made",)
# One picture of each kind a test needs, by its name in each set.
ROLES = {
    "gps": ("gps/gps_1.jpg", "gps/DSCN0010.jpg"),
    "camera": ("cameras/camera.jpg", "cameras/Canon_40D.jpg"),
    "phone": ("mobile/phone.jpg", "mobile/HMD_Nokia_8.3_5G.jpg"),
    "heic": ("mobile/phone.heic", "mobile/iphone_13_pro_max.HEIC"),
}
RED, BLUE = (220, 20, 20), (20, 20, 220)


def samples(folder: str, source: str = "made") -> Path:
    """A folder of the sample set (``""`` for the whole set)."""
    return (made_samples() if source == "made" else PHOTOS) / folder


def sample(role: str, source: str = "made") -> Path:
    made, shared = ROLES[role]
    return samples(made if source == "made" else shared, source)


def jpeg_bytes(
    size: tuple[int, int] = (1200, 900),
    *,
    taken: datetime | None = None,
    colour: tuple[int, int, int] = (120, 140, 160),
    orientation: int | None = None,
    gps: tuple[float, float] | None = None,
    embedded_thumbnail: Image.Image | None = None,
    camera: tuple[str, str] | None = None,
    picture: Image.Image | None = None,
) -> bytes:
    """A JPEG with the EXIF a camera writes; ``embedded_thumbnail`` goes in IFD1 as cameras do.

    A ``taken`` without a time zone is written without an offset, as many cameras do.
    """
    image = picture or Image.new("RGB", size, colour)
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    if camera:
        exif[0x010F], exif[0x0110] = camera
    if taken:
        details = exif.get_ifd(0x8769)
        details[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
        if offset := taken.strftime("%z"):
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


def encoded(image: Image.Image, image_format: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=image_format, **options)
    return out.getvalue()


def gradient(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """A picture with content (a diagonal ramp), so a decode that loses it shows."""
    return Image.linear_gradient("L").rotate(45).resize(size).convert(mode)


# EXIF orientation -> the turn that stores an upright picture so that orientation undoes it.
_STORED_AS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def oriented_jpeg(shape: str, orientation: int) -> bytes:
    """A camera's JPEG of a blue picture with a red top-left corner, stored turned as
    ``orientation`` says: upright it is ``shape`` (landscape or portrait), red at top left."""
    upright = Image.new("RGB", (800, 600) if shape == "landscape" else (600, 800), BLUE)
    upright.paste(RED, (0, 0, upright.width // 4, upright.height // 4))
    turn = _STORED_AS.get(orientation)
    stored = upright.transpose(turn) if turn is not None else upright
    return jpeg_bytes(orientation=orientation, picture=stored)


def heic_bytes(
    size: tuple[int, int] = (1536, 2048), *, camera: tuple[str, str] = ("fieldapp", "test")
) -> bytes:
    """A phone's HEIC: a portrait picture, its capture time and offset, a 320 px thumbnail."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = camera
    exif.get_ifd(0x8769).update({0x9003: "2022:05:01 10:00:00", 0x9011: "+08:00"})
    return encoded(gradient(size), "HEIF", exif=exif.tobytes(), thumbnails=[320], quality=60)


def with_primary_picture_blanked(heic: bytes) -> bytes:
    """The same HEIC, whole in its boxes, whose primary picture's coded data is zeros: its
    thumbnail still decodes, the picture does not (read from ``iloc``, version 0)."""
    meta = heic.index(b"meta") - 4
    iloc = heic.index(b"iloc", meta) - 4
    assert heic[iloc + 8] == 0, "iloc version 0 expected"
    sizes = heic[iloc + 12]
    offset_size, length_size, base_size = sizes >> 4, sizes & 15, heic[iloc + 13] >> 4
    pitm = heic.index(b"pitm", meta) + 8  # after the box's type, version and flags
    primary = int.from_bytes(heic[pitm : pitm + 2])
    position, count = iloc + 16, int.from_bytes(heic[iloc + 14 : iloc + 16])
    for _ in range(count):
        item = int.from_bytes(heic[position : position + 2])
        base = int.from_bytes(heic[position + 4 : position + 4 + base_size])
        position += 4 + base_size
        extents = int.from_bytes(heic[position : position + 2])
        position += 2
        for _ in range(extents):
            start = base + int.from_bytes(heic[position : position + offset_size])
            length = int.from_bytes(
                heic[position + offset_size : position + offset_size + length_size]
            )
            position += offset_size + length_size
            if item == primary:
                return heic[:start] + bytes(length) + heic[start + length :]
    raise AssertionError("no primary item in iloc")


def with_broken_huffman_table(jpeg: bytes) -> bytes:
    """The same JPEG, whole in its structure, whose picture libjpeg refuses to decode.

    The last Huffman table's code counts are made impossible; the segment keeps its length, so
    only a decode can tell. (An EXIF thumbnail's own tables come earlier and stay intact.)
    """
    content = bytearray(jpeg)
    table = content.rfind(b"\xff\xc4")
    content[table + 5 : table + 21] = b"\xff" * 16
    return bytes(content)


def with_exif(jpeg_source: bytes, exif_block: bytes) -> bytes:
    """A JPEG's picture with ``exif_block`` (which starts with b"Exif\\0\\0") as its APP1."""
    image = Image.open(io.BytesIO(jpeg_source))
    return encoded(image, "JPEG", quality=85, exif=exif_block)


def broken_exif_jpegs(seed: int = 11) -> dict[str, bytes]:
    """JPEGs whose pictures are fine and whose EXIF blocks are broken as files from the wild
    are: offsets past the end, impossible counts, tags of the wrong type, a block cut short,
    garbage, GPS values that are not numbers; and one whose scan data is scrambled."""
    rng = random.Random(seed)
    plain = jpeg_bytes((640, 480), colour=(90, 120, 60))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "Broken", "EXIF", 6
    exif.get_ifd(0x8769)[0x9003] = "2019:07:01 12:00:00"
    good = exif.tobytes()  # b"Exif\0\0", then a big-endian TIFF header and IFD0 at offset 8
    tiff = good[6:]
    gps = Image.Exif()
    gps.get_ifd(0x8825).update({1: "N", 2: (43.0, 1.0, 2.0), 3: "E", 4: (11.0, 1.0, 2.0)})
    # The latitude's type made ASCII (tag 2, type 5 -> 2): text where numbers belong.
    text_latitude = gps.tobytes().replace(b"\x00\x02\x00\x05", b"\x00\x02\x00\x02", 1)
    scrambled = bytearray(jpeg_bytes((640, 480), picture=gradient((640, 480))))
    scan = scrambled.rindex(b"\xff\xda") + 20
    for at in range(scan, scan + 600):
        scrambled[at] = rng.randrange(0xFF)  # never 0xFF: the file stays whole in its markers
    return {
        "ifd_offset_past_end.jpg": with_exif(plain, good[:10] + b"\xff\xff\xff\x00" + tiff[8:]),
        "impossible_count.jpg": with_exif(plain, good[:20] + b"\x7f\xff\xff\xff" + good[24:]),
        "orientation_as_text.jpg": with_exif(
            plain, good.replace(b"\x01\x12\x00\x03", b"\x01\x12\x00\x02", 1)
        ),
        "exif_cut_short.jpg": with_exif(plain, good[: len(good) // 2]),
        "exif_garbage.jpg": with_exif(plain, b"Exif\x00\x00" + rng.randbytes(400)),
        "gps_not_numbers.jpg": with_exif(plain, text_latitude),
        "corrupted.jpg": bytes(scrambled),
    }


def camera_quirk_jpegs() -> dict[str, bytes]:
    """JPEGs with the odd but valid EXIF of real cameras: a plain one, a long description, a
    binary maker note, a make with bytes after its NUL, control characters in the model."""
    picture = jpeg_bytes((640, 480), colour=(200, 180, 60))

    def quirk(ifd: dict[int, object], exif_ifd: dict[int, object] | None = None) -> bytes:
        return with_exif(picture, piexif.dump({"0th": ifd, "Exif": exif_ifd or {}}))

    return {
        "camera.jpg": jpeg_bytes((640, 480), camera=("Canon", "EOS 40D"), colour=(10, 90, 30)),
        "long_description.jpg": quirk({270: b"Scratches on the left door. " * 2100}),
        "maker_note.jpg": quirk(
            {271: b"Nikon", 272: b"D70"}, {37500: bytes(range(256)) * 8 + b"\x00" * 64}
        ),
        "nul_in_make.jpg": quirk({271: b"Canon\x00\x01\x02garbage after the NUL"}),
        "control_chars.jpg": quirk({271: b"ACME\r\n", 272: b"Cam\x1b[2J\x07 9000\t"}),
    }


@functools.cache
def made_samples() -> Path:
    """The made sample set, written once per test run into a temporary folder."""
    root = Path(tempfile.mkdtemp(prefix="fieldapp-made-samples-"))
    _remove_at_exit(root)
    folders: dict[str, dict[str, bytes]] = {
        "gps": {
            f"gps_{n}.jpg": jpeg_bytes(
                (800, 600),
                taken=datetime(2008, 10, 22, 16, 28 + n),  # no offset, as these Nikons write
                gps=(43.4 + n / 100, 11.88 + n / 100),  # Tuscany, as the shared samples
                camera=("NIKON", "COOLPIX P6000"),
                colour=(40 * n, 120, 80),
            )
            for n in range(1, 4)
        },
        "orientation": {
            f"{shape}_{n}.jpg": oriented_jpeg(shape, n)
            for shape in ("landscape", "portrait")
            for n in range(1, 9)
        },
        "mobile": {
            "phone.jpg": jpeg_bytes(
                (2000, 1500),
                taken=datetime.fromisoformat("2021-03-05T09:30:00+03:00"),
                camera=("HMD Global", "Nokia 8.3 5G"),
                picture=gradient((2000, 1500)),
            ),
            "phone.heic": heic_bytes(),
        },
        "cameras": camera_quirk_jpegs(),
        "invalid": broken_exif_jpegs(),
    }
    for folder, files in folders.items():
        (root / folder).mkdir()
        for name, content in files.items():
            (root / folder / name).write_bytes(content)
    (root / "README.md").write_text("Sample photos made by tests/photo_fixtures.py.\n")
    return root


def _remove_at_exit(folder: Path) -> None:
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


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
