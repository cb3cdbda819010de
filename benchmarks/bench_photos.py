"""Photo import: the real pipeline against a naive baseline, on generated 12 MP camera JPEGs.

Baseline: per photo, one thread: read, SHA-256, full decode, orientation, 320 px thumbnail.
Real: `fieldapp.services.photos.add_photos` into a fresh data folder — the same work plus
storing the original (fsync), the thumbnail and the database row with its event — on its pool.

    python benchmarks/bench_photos.py [--count N] [--quick]

Ends with one line of key=value figures.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from fieldapp.services.field import FieldWorkspace, record_emergency_skip, start_survey
from fieldapp.services.photos import Outcome, add_photos

CST = timezone(timedelta(hours=8))


def camera_jpeg(n: int, rng: random.Random) -> bytes:
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
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "BenchCam", "B-12", 1 + n % 8
    details = exif.get_ifd(0x8769)
    details[0x9003] = (datetime(2026, 11, 24, 9, 0) + timedelta(seconds=n)).strftime(
        "%Y:%m:%d %H:%M:%S"
    )
    details[0x9011] = "+08:00"
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90, exif=exif)
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


def real(paths: list[Path], folder: Path, workers: int | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (all threads) of the real import."""
    workspace = FieldWorkspace.open(folder / "data", passphrase=lambda new: "benchmark passphrase")
    survey = start_survey(
        workspace,
        claim_number="BENCH-1",
        line_of_business="property",
        occurred_at=datetime(2026, 11, 24, 8, 0, tzinfo=CST),
        surveyor="bench",
    )
    record_emergency_skip(workspace, survey.survey_id, reason="benchmark: no scene to secure")
    start, cpu_start = time.perf_counter(), time.process_time()
    report = add_photos(workspace, survey.survey_id, paths, workers=workers)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    added = sum(o.outcome is Outcome.ADDED for o in report.outcomes)
    assert added == len(paths), [o.line for o in report.outcomes if o.outcome is not Outcome.ADDED]
    workspace.close()
    return elapsed, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50, help="photos to generate (default 50)")
    parser.add_argument("--quick", action="store_true", help="10 photos: done in under a minute")
    parser.add_argument("--workers", type=int, help="import threads (default: the app's choice)")
    args = parser.parse_args()
    count = 10 if args.quick else args.count
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    rng = random.Random(20261124)
    with tempfile.TemporaryDirectory(prefix="bench-photos-") as tmp:
        folder = Path(tmp)
        source = folder / "camera"
        source.mkdir()
        made = time.perf_counter()
        template = [camera_jpeg(n, rng) for n in range(min(count, 8))]
        paths = []
        for n in range(count):
            # Distinct originals (no duplicates), cheap to make: vary the trailing bytes.
            content = template[n % len(template)] + n.to_bytes(4, "big")
            path = source / f"IMG_{n:04d}.JPG"
            path.write_bytes(content)
            paths.append(path)
        size_mb = sum(p.stat().st_size for p in paths) / count / 1e6
        print(
            f"generated {count} photos of 4000×3000 ({size_mb:.1f} MB each) in "
            f"{time.perf_counter() - made:.1f} s",
            file=sys.stderr,
        )
        base_s = baseline(paths)
        real_s, real_cpu_s = real(paths, folder, args.workers)
    base_ms, real_ms, cpu_ms = (x * 1000 / count for x in (base_s, real_s, real_cpu_s))
    print(
        f"baseline: {base_ms:.1f} ms/photo  real: {real_ms:.1f} ms/photo wall on {cores} "
        f"cores, {cpu_ms:.1f} ms CPU/photo (the rest of each core's time waits on the disk)",
        file=sys.stderr,
    )
    print(
        f"ratio={base_ms / real_ms:.2f} ms_per_photo={real_ms:.1f} "
        f"ms_per_photo_per_core={real_ms * cores:.1f} cpu_ms_per_photo={cpu_ms:.1f} "
        f"baseline_ms={base_ms:.1f} photos={count} cores={cores} total_s={real_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
