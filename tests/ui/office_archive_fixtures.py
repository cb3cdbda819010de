"""An office archive for the archive page's tests: real reports signed on a field device and
imported through the gate (two revisions of one survey, and a motor claim), and, for paging,
many more rows written through the office database as copies of a real one."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fieldapp.office.database import OfficeDatabase
from fieldapp.office.importer import Status, import_reports
from fieldapp.office.schema import reports
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace, set_notes
from fieldapp.services.privacy import create_identity, identity_of
from fieldapp.ui.office.context import OfficeContext
from tests.conftest import TEST_PASSPHRASE


@dataclass(frozen=True)
class SignedReports:
    property_r1: Path
    property_r2: Path
    motor: Path
    certificate: Path


@pytest.fixture(scope="module")
def signed_reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SignedReports]:
    folder = tmp_path_factory.mktemp("field-device")
    field = FieldWorkspace.open(folder / "field", passphrase=lambda new: TEST_PASSPHRASE)
    create_identity(field, surveyor="李明", organisation="平安财险上海分公司")
    survey_id = create_demo_survey(field, "property")
    r1 = export_report(field, survey_id, out=folder / "out" / "property-r1.pdf").path
    field.surveys.revise(survey_id, actor="李明")
    set_notes(field, survey_id, "R2: more stock found damaged")
    r2 = export_report(field, survey_id, out=folder / "out" / "property-r2.pdf").path
    motor = export_report(
        field, create_demo_survey(field, "motor"), out=folder / "out" / "motor.pdf"
    ).path
    certificate = identity_of(field).export_certificate(folder / "device.pem")
    field.close()
    yield SignedReports(r1, r2, motor, certificate)


@pytest.fixture
def archived(office_context: OfficeContext, signed_reports: SignedReports) -> OfficeContext:
    """The office context after its desk imported the three real reports."""
    office = office_context.office
    office.trust.add(signed_reports.certificate, name="李明的平板")
    outcomes = import_reports(
        office,
        [signed_reports.property_r1, signed_reports.property_r2, signed_reports.motor],
        settle_seconds=0,
    )
    assert [o.status for o in outcomes] == [Status.ACCEPTED] * 3, [o.line for o in outcomes]
    return office_context


def write_copies(db: OfficeDatabase, count: int, *, surveyor: str = "王芳") -> list[dict[str, Any]]:
    """``count`` archived surveys copied from the newest real one, with their own claim
    numbers, lines and dates (received in the first half of 2026, one every 4 hours)."""
    template = db.rows(select(reports).order_by(reports.c.received_at_utc.desc()).limit(1))[0]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    lines = ("motor", "property", "personal_accident")
    cst = timezone(timedelta(hours=8))
    rows = []
    for n in range(count):
        received = start + timedelta(hours=4 * n)
        incident = (received - timedelta(days=2)).astimezone(cst)
        rows.append(
            template
            | {
                "report_sha256": uuid.uuid4().hex * 2,
                "survey_id": str(uuid.uuid4()),
                "revision": 1,
                "claim_number": f"CPY-2026-{n:06d}",
                "policy_number": f"POL-{n % 97:03d}-{n:06d}",
                "line_of_business": lines[n % 3],
                "surveyor": surveyor,
                "incident_at": incident.isoformat(),
                "received_at_utc": received.isoformat().replace("+00:00", "Z"),
                "indemnity": f"{(n * 37) % 90000}.00",
            }
        )
    db.insert(reports, rows)
    return rows
