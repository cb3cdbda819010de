"""Photo import: the real pipeline against a naive baseline, on generated 12 MP camera JPEGs.

Baseline: per photo, one thread: read, SHA-256, full decode, orientation, 320 px thumbnail.
Real: `fieldapp.services.photos.add_photos` into a fresh data folder, on its pool: read,
SHA-256, check the file is whole, a first-paint thumbnail, the original stored (fsync), and the
database row with its event.

The photos carry a 160×120 EXIF thumbnail, as Canon, Nikon and iPhone files do. The same
photos without one (as the Nokia and Jolla samples come) are imported too, in a second fresh
folder: they get their first paint from a 1/8-scale decode instead. Last, the background pass
that makes the report's display copies and the definitive thumbnails is timed on the first set.

Encryption at rest: the camera set is imported again, into fresh folders, with the photo files
sealed (as the app does) and with the photo cipher replaced by one that seals nothing, in turn,
twelve rounds (two with ``--quick``) of one import each way. The sealing costs a few percent of an
import that lasts a quarter of a second, while the machine's speed changes more than that from
one second to the next when it is shared; so each round's two imports run back to back, plain
first in even rounds and sealed first in odd ones, each run's folder is removed after it (neither
way runs on a machine the other has filled), and ``encryption_overhead`` is the median over the
rounds of the sealed import's wall time over the plain one's. ``encryption_overhead_best`` is the
best sealed time over the best plain time. ``thumb_open_ms`` is the time to open one thumbnail
for display as the photo grid does: read the file, open the seal in memory, decode the JPEG.

    python benchmarks/bench_photos.py [--count N] [--quick]

Ends with one line of key=value figures.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import BinaryIO

import piexif
from PIL import Image, ImageDraw, ImageOps

from fieldapp.services.field import FieldWorkspace, record_emergency_skip, start_survey
from fieldapp.services.photos import Outcome, add_photos, make_display_copies, thumbnails_of
from fieldapp.store.photo_cipher import NONCE_BYTES, PHOTO_FORMAT, PhotoPart

CST = timezone(timedelta(hours=8))
SEALING_ROUNDS = 12


def camera_jpeg(n: int, rng: random.Random, *, exif_thumbnail: bool = True) -> bytes:
    """A 4000×3000 JPEG with camera-like EXIF and enough detail to weigh what a photo weighs."""
    image = Image.linear_gradient("L").resize((4000, 3000)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rng.randrange(3800), rng.randrange(2800)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle((x, y, x + rng.randrange(40, 400), y + rng.randrange(40, 300)), fill=colour)
    noise = Image.effect_noise((4000, 3000), 40).convert("RGB")
    # Calibrated to the phone samples in shared/samples/photos/mobile (about 0.24 bytes per
    # pixel for the Nokia and iPhone JPEGs): ~2.8 MB for 12 MP.
    image = Image.blend(image, noise, 0.12)
    taken = datetime(2026, 11, 24, 9, 0) + timedelta(seconds=n)
    # piexif writes the thumbnail's IFD1, which Pillow's EXIF writer does not.
    exif = {
        "0th": {
            piexif.ImageIFD.Make: b"BenchCam",
            piexif.ImageIFD.Model: b"B-12",
            piexif.ImageIFD.Orientation: 1 + n % 8,
        },
        "Exif": {
            piexif.ExifIFD.DateTimeOriginal: taken.strftime("%Y:%m:%d %H:%M:%S").encode(),
            0x9011: b"+08:00",  # OffsetTimeOriginal, newer than piexif's tag table
        },
        "1st": {},
        "thumbnail": None,
    }
    if exif_thumbnail:
        small = io.BytesIO()
        image.resize((160, 120)).save(small, format="JPEG", quality=75)
        exif["thumbnail"] = small.getvalue()
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90, exif=piexif.dump(exif))
    return out.getvalue()


def baseline(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        content = path.read_bytes()
        hashlib.sha256(content).hexdigest()
        with Image.open(io.BytesIO(content)) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((320, 320))
            upright.convert("RGB").save(io.BytesIO(), format="JPEG", quality=80)
    return time.perf_counter() - start


class _NoSeal:
    """The photo cipher's place taken by one that seals nothing: the baseline of the sealing's
    cost, everything else the same — files of the same layout (a header as long as the seal's,
    written first, then the content), since the kernel's cost of writing a file depends on it:
    one page-aligned write of a whole photo cost about 4 ms more system time here than a short
    header followed by the rest."""

    HEADER = PHOTO_FORMAT + bytes(NONCE_BYTES)

    def write_sealed(self, out: BinaryIO, content: bytes, *, sha256: str, part: PhotoPart) -> None:
        out.write(self.HEADER)
        out.write(content)

    def open(self, sealed: bytes, *, sha256: str, part: PhotoPart) -> bytes:
        return sealed[len(self.HEADER) :]


def survey_workspace(folder: Path, *, sealed: bool = True) -> tuple[FieldWorkspace, str]:
    """A fresh data folder, unlocked, with a survey ready for photos."""
    workspace = FieldWorkspace.open(folder, passphrase=lambda new: "benchmark passphrase")
    if not sealed:
        workspace.photo_seal._cipher = _NoSeal  # type: ignore[assignment]  # called for a cipher
    survey = start_survey(
        workspace,
        claim_number="BENCH-1",
        line_of_business="property",
        occurred_at=datetime(2026, 11, 24, 8, 0, tzinfo=CST),
        surveyor="bench",
    )
    record_emergency_skip(workspace, survey.survey_id, reason="benchmark: no scene to secure")
    return workspace, survey.survey_id


def timed_import(
    workspace: FieldWorkspace, survey_id: str, paths: list[Path], workers: int | None
) -> tuple[float, float]:
    """Wall and CPU seconds (all threads) of the import; every photo is added."""
    start, cpu_start = time.perf_counter(), time.process_time()
    report = add_photos(workspace, survey_id, paths, workers=workers)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    added = sum(o.outcome is Outcome.ADDED for o in report.outcomes)
    assert added == len(paths), [o.line for o in report.outcomes if o.outcome is not Outcome.ADDED]
    return elapsed, cpu


def real(paths: list[Path], folder: Path, workers: int | None = None) -> dict[str, float]:
    """Wall and CPU seconds of the real import, then of the background pass, and the mean
    milliseconds to open one thumbnail for display (read, unseal, decode)."""
    workspace, survey_id = survey_workspace(folder)
    elapsed, cpu = timed_import(workspace, survey_id, paths, workers)
    start = time.perf_counter()
    copies = make_display_copies(workspace, survey_id)
    background = time.perf_counter() - start
    assert copies.made == len(paths) and not copies.damaged
    digests = sorted(workspace.photos.hashes(survey_id))
    start = time.perf_counter()
    for digest in digests:  # one at a time, as a tile asks for its picture
        [jpeg] = thumbnails_of(workspace, [digest]).values()
        assert jpeg is not None
        with Image.open(io.BytesIO(jpeg)) as thumbnail:
            thumbnail.load()
    thumb_open = (time.perf_counter() - start) * 1000 / len(digests)
    workspace.close()
    return {"wall": elapsed, "cpu": cpu, "background": background, "thumb_open_ms": thumb_open}


def sealing_overhead(
    paths: list[Path], folder: Path, workers: int | None, rounds: int
) -> tuple[float, dict[bool, list[float]]]:
    """The median over the rounds of the sealed import's wall time over the plain one's, and
    every run's seconds by whether it sealed. Plain first in even rounds, sealed first in odd
    ones."""
    walls: dict[bool, list[float]] = {True: [], False: []}
    for round_ in range(rounds):
        for sealed in (False, True) if round_ % 2 == 0 else (True, False):
            data = folder / f"data-{'sealed' if sealed else 'plain'}-{round_}"
            workspace, survey_id = survey_workspace(data, sealed=sealed)
            walls[sealed].append(timed_import(workspace, survey_id, paths, workers)[0])
            workspace.close()
            shutil.rmtree(data)
    ratios = [sealed / plain for sealed, plain in zip(walls[True], walls[False], strict=True)]
    return statistics.median(ratios), walls


def write_photos(folder: Path, count: int, template: list[bytes]) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        # Distinct originals (no duplicates), cheap to make: vary bytes after the end marker,
        # where cameras put trailers of their own.
        path = folder / f"IMG_{n:04d}.JPG"
        path.write_bytes(template[n % len(template)] + n.to_bytes(4, "big"))
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50, help="photos to generate (default 50)")
    parser.add_argument("--quick", action="store_true", help="10 photos: done in under a minute")
    parser.add_argument("--workers", type=int, help="import threads (default: the app's choice)")
    args = parser.parse_args()
    count = 10 if args.quick else args.count
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    with tempfile.TemporaryDirectory(prefix="bench-photos-") as tmp:
        folder = Path(tmp)
        made = time.perf_counter()
        kinds = min(count, 8)
        camera = [camera_jpeg(n, random.Random(n)) for n in range(kinds)]
        bare = [camera_jpeg(n, random.Random(n), exif_thumbnail=False) for n in range(kinds)]
        paths = write_photos(folder / "camera", count, camera)
        bare_paths = write_photos(folder / "phone", count, bare)
        size_mb = sum(p.stat().st_size for p in paths) / count / 1e6
        print(
            f"generated {count} photos of 4000×3000 ({size_mb:.1f} MB each), twice, in "
            f"{time.perf_counter() - made:.1f} s",
            file=sys.stderr,
        )
        base_s = baseline(paths)
        with_thumb = real(paths, folder / "data-camera", args.workers)
        without = real(bare_paths, folder / "data-phone", args.workers)
        rounds = 2 if args.quick else SEALING_ROUNDS
        overhead, walls = sealing_overhead(paths, folder, args.workers, rounds)
    per_photo = {
        "base": base_s * 1000 / count,
        "real": with_thumb["wall"] * 1000 / count,
        "cpu": with_thumb["cpu"] * 1000 / count,
        "bare": without["wall"] * 1000 / count,
        "background": with_thumb["background"] * 1000 / count,
    }
    print(
        f"baseline: {per_photo['base']:.1f} ms/photo; import: {per_photo['real']:.1f} ms/photo "
        f"wall on {cores} cores ({per_photo['cpu']:.1f} ms CPU/photo; the rest waits on the "
        f"disk); without EXIF thumbnails: {per_photo['bare']:.1f} ms/photo; background display "
        f"copies: {per_photo['background']:.1f} ms/photo",
        file=sys.stderr,
    )
    for sealed in (True, False):
        print(
            f"{'sealed' if sealed else 'plain'} imports: "
            + ", ".join(f"{count / s:.1f}" for s in walls[sealed])
            + " photos/s",
            file=sys.stderr,
        )
    print(
        f"ratio={per_photo['base'] / per_photo['real']:.2f} "
        f"ms_per_photo={per_photo['real']:.1f} "
        f"ms_per_photo_per_core={per_photo['real'] * cores:.1f} "
        f"cpu_ms_per_photo={per_photo['cpu']:.1f} baseline_ms={per_photo['base']:.1f} "
        f"total_s={with_thumb['wall']:.2f} "
        f"no_exif_thumb_ms_per_photo_per_core={per_photo['bare'] * cores:.1f} "
        f"background_ms_per_photo={per_photo['background']:.1f} photos={count} cores={cores} "
        f"sealed_photos_per_s={count / min(walls[True]):.1f} "
        f"plain_photos_per_s={count / min(walls[False]):.1f} "
        f"encryption_overhead={overhead:.3f} "
        f"encryption_overhead_best={min(walls[True]) / min(walls[False]):.3f} "
        f"thumb_open_ms={with_thumb['thumb_open_ms']:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
