"""Office import: N small signed reports and N/10 photo-heavy ones, imported through the gate,
against pyHanko verification alone over the same files.

    python benchmarks/bench_office_import.py [--count N] [--quick]

Ends with one line of key=value figures.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fieldapp.office.importer import OfficeWorkspace, Status, import_reports
from fieldapp.report.signing import sign_report
from fieldapp.report.verification import verify_report
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import survey_document
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity, identity_of

CST = timezone(timedelta(hours=8))


def one_page_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "loss report")
    canvas.save()
    return out.getvalue()


def make_reports(folder: Path, count: int) -> tuple[list[Path], Path]:
    field = FieldWorkspace.open(folder / "field", passphrase=lambda new: "bench passphrase")
    create_identity(field, surveyor="Bench", organisation="Bench Mutual")
    identity = identity_of(field)
    key, certificate = identity.signing_key(field.cipher()), identity.certificate()
    outbox = folder / "outbox"
    outbox.mkdir()
    template = survey_document(field, create_demo_survey(field, "property"))
    page = one_page_pdf()
    paths = []
    for n in range(count):  # small reports: one page, their own survey data
        document = copy.deepcopy(template)
        document.update(survey_id=str(uuid.uuid4()), claim_number=f"BENCH{n:05d}", events=[])
        path = outbox / f"small_{n:05d}.pdf"
        path.write_bytes(
            sign_report(
                page,
                json.dumps(document).encode(),
                key=key,
                certificate=certificate,
                signed_at=datetime.now(CST),
            )
        )
        paths.append(path)
    for n in range(max(1, count // 10)):  # photo-heavy: real exports with their photos
        survey_id = create_demo_survey(field, "motor")
        paths.append(export_report(field, survey_id, out=outbox / f"photos_{n:03d}.pdf").path)
    cert_path = identity.export_certificate(folder / "device.pem")
    field.close()
    return paths, cert_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="small reports (default 200)")
    parser.add_argument("--quick", action="store_true", help="40 small reports")
    args = parser.parse_args()
    count = 40 if args.quick else args.count
    with tempfile.TemporaryDirectory(prefix="bench-office-") as tmp:
        folder = Path(tmp)
        paths, cert_path = make_reports(folder, count)
        office = OfficeWorkspace(folder / "office")
        office.trust.add(cert_path)
        trusted = [d.certificate for d in office.trust.devices()]
        start = time.perf_counter()
        for path in paths:
            assert verify_report(path.read_bytes(), trusted=trusted, check_data=False).ok
        verify_s = time.perf_counter() - start
        start = time.perf_counter()
        outcomes = import_reports(office, [folder / "outbox"], settle_seconds=0)
        import_s = time.perf_counter() - start
        accepted = sum(o.status is Status.ACCEPTED for o in outcomes)
        assert accepted == len(paths), [
            o.line for o in outcomes if o.status is not Status.ACCEPTED
        ][:3]
        office.close()
    rate = len(paths) / import_s
    print(
        f"{len(paths)} reports: import {import_s:.2f} s ({rate:.1f}/s), "
        f"verification alone {verify_s:.2f} s",
        file=sys.stderr,
    )
    print(
        f"reports_per_s={rate:.1f} ratio={import_s / verify_s:.2f} import_s={import_s:.2f} "
        f"verify_only_s={verify_s:.2f} reports={len(paths)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
