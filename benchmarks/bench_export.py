"""Export and sign a report with N generated 12 MP photos: cold, with cached display copies, and
against a naive baseline (the originals embedded with reportlab's defaults, then signed).

    python benchmarks/bench_export.py [--count N] [--quick]

Ends with one line of key=value figures.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from bench_photos import camera_jpeg

from fieldapp.core.damage import DamageItem
from fieldapp.services.damage import save_damage_item
from fieldapp.services.export import export_report
from fieldapp.services.field import (
    FieldWorkspace,
    record_emergency_skip,
    save_party,
    start_survey,
)
from fieldapp.services.photos import add_photos, describe_photo
from fieldapp.services.privacy import create_identity, identity_of

CST = timezone(timedelta(hours=8))


def prepare(folder: Path, count: int) -> tuple[FieldWorkspace, str]:
    rng = random.Random(7)
    templates = [camera_jpeg(n, rng) for n in range(min(count, 8))]
    source = folder / "camera"
    source.mkdir()
    for n in range(count):
        (source / f"IMG_{n:04d}.JPG").write_bytes(
            templates[n % len(templates)] + n.to_bytes(4, "big")
        )
    workspace = FieldWorkspace.open(folder / "data", passphrase=lambda new: "bench passphrase")
    create_identity(workspace, surveyor="Bench Surveyor", organisation="Bench Mutual")
    survey = start_survey(
        workspace,
        claim_number="BENCH-EXPORT",
        line_of_business="property",
        occurred_at=datetime(2026, 11, 24, 8, 0, tzinfo=CST),
        surveyor="Bench Surveyor",
        address="Warehouse 3",
    )
    sid = survey.survey_id
    record_emergency_skip(workspace, sid, reason="benchmark: no scene to secure")
    save_party(workspace, sid, role="insured", name="Bench Insured Ltd", legal_basis="contract")
    report = add_photos(workspace, sid, sorted(source.iterdir()))
    photo_ids = [o.photo.photo_id for o in report.outcomes if o.photo]
    categories = ["overview", "damage_closeup", "document"]
    for n, photo_id in enumerate(photo_ids):
        describe_photo(
            workspace, sid, photo_id, caption=f"Shelf {n}: water damage", category=categories[n % 3]
        )
    for n in range(0, len(photo_ids), 10):
        save_damage_item(
            workspace,
            sid,
            DamageItem(
                description=f"Stock on shelf {n}",
                area="ground floor",
                kind="water",
                severity="severe",
                action="replace",
                causal_link="Sprinkler burst flooded the floor",
                method="book_value",
                assessed_value=Decimal("1200.00"),
                photo_ids=tuple(photo_ids[n : n + 10]),
            ),
        )
    return workspace, sid


def baseline(workspace: FieldWorkspace, sid: str, out: Path) -> float:
    """Originals (opened in memory), reportlab defaults (ASCII85), two per page, then the same
    signature."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from fieldapp.report.signing import sign_report

    identity = identity_of(workspace)
    start = time.perf_counter()
    rl_config.useA85 = 1
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for n, photo in enumerate(workspace.photos.photos(sid)):
        canvas.drawImage(
            ImageReader(io.BytesIO(workspace.photo_store.read(photo.sha256))),
            50,
            430 if n % 2 == 0 else 60,
            495,
            370,
            preserveAspectRatio=True,
        )
        if n % 2:
            canvas.showPage()
    canvas.save()
    signed = sign_report(
        buffer.getvalue(),
        b"{}",
        key=identity.signing_key(workspace.cipher()),
        certificate=identity.certificate(),
        signed_at=datetime.now(CST),
    )
    out.write_bytes(signed)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100, help="photos (default 100)")
    parser.add_argument("--quick", action="store_true", help="12 photos: under a minute")
    args = parser.parse_args()
    count = 12 if args.quick else args.count
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        folder = Path(tmp)
        workspace, sid = prepare(folder, count)
        shutil.rmtree(workspace.data_dir / "display", ignore_errors=True)
        start = time.perf_counter()
        cold = export_report(workspace, sid, out=folder / "cold.pdf", language="en")
        cold_s = time.perf_counter() - start
        start = time.perf_counter()
        export_report(workspace, sid, out=folder / "cached.pdf", language="en")
        cached_s = time.perf_counter() - start
        base_s = baseline(workspace, sid, folder / "baseline.pdf")
        size_mb = cold.path.stat().st_size / 1e6
        base_mb = (folder / "baseline.pdf").stat().st_size / 1e6
        workspace.close()
    print(
        f"{count} photos: cold {cold_s:.2f} s, cached {cached_s:.2f} s, {size_mb:.1f} MB; "
        f"baseline {base_s:.2f} s, {base_mb:.1f} MB",
        file=sys.stderr,
    )
    print(
        f"ratio_time={base_s / cold_s:.1f} ratio_time_cached={base_s / cached_s:.1f} "
        f"ratio_size={base_mb / size_mb:.1f} "
        f"cold_s={cold_s:.2f} cached_s={cached_s:.2f} pdf_mb={size_mb:.1f} "
        f"baseline_s={base_s:.2f} baseline_mb={base_mb:.1f} photos={count}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
