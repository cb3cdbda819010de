"""The office gate on real signed reports, forged ones and junk."""

from __future__ import annotations

import csv
import json
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.office.archive import latest_reports, rejection_counts, survey_history, write_csv
from fieldapp.office.importer import OfficeWorkspace, Status, import_reports
from fieldapp.office.schema import rejections
from fieldapp.report.signing import sign_report
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import survey_document
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace, set_notes
from fieldapp.services.privacy import create_identity, identity_of


@dataclass
class Field:
    workspace: FieldWorkspace
    survey_id: str
    report: Path
    certificate: Path


@pytest.fixture
def field(workspace: FieldWorkspace, tmp_path: Path) -> Field:
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    survey_id = create_demo_survey(workspace, "property")
    report = export_report(workspace, survey_id, out=tmp_path / "outbox" / "r1.pdf").path
    certificate = identity_of(workspace).export_certificate(tmp_path / "device.pem")
    return Field(workspace, survey_id, report, certificate)


@pytest.fixture
def office(tmp_path: Path) -> OfficeWorkspace:
    opened = OfficeWorkspace(tmp_path / "office-data")
    yield opened  # type: ignore[misc]
    opened.close()


def resign(field: Field, document: dict, out: Path) -> Path:
    """A report signed by the genuine device key over data that is not what it claims."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    page = io.BytesIO()
    canvas = Canvas(page)
    canvas.drawString(72, 720, "report")
    canvas.save()
    identity = identity_of(field.workspace)
    out.write_bytes(
        sign_report(
            page.getvalue(),
            json.dumps(document, ensure_ascii=False).encode(),
            key=identity.signing_key(field.workspace.cipher()),
            certificate=identity.certificate(),
            signed_at=datetime.now(timezone(timedelta(hours=8))),
        )
    )
    return out


def test_trusted_reports_are_archived_and_the_rest_quarantined_with_codes(
    field: Field, office: OfficeWorkspace, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    before = field.report.read_bytes()
    (inbox / "a letter.pdf").write_text("Dear office")
    flipped = bytearray(before)
    flipped[len(flipped) // 3] ^= 1
    (inbox / "flipped.pdf").write_bytes(bytes(flipped))
    untrusted = [o for o in import_reports(office, [field.report])]
    assert untrusted[0].code == "untrusted_signer"

    office.trust.add(field.certificate, name="李明的平板")
    document = survey_document(field.workspace, field.survey_id)
    document["assessment"]["indemnity"] = "999999.00"
    resign(field, document, inbox / "inflated.pdf")
    future = dict(document, schema="fieldapp.survey/2")
    resign(field, future, inbox / "future.pdf")
    outcomes = import_reports(office, [field.report, inbox])
    by_file = {Path(o.file).name: o for o in outcomes}
    assert by_file["r1.pdf"].status is Status.ACCEPTED
    assert by_file["r1.pdf"].line.startswith(f"accepted {document['claim_number']} r1 ")
    assert by_file["a letter.pdf"].code == "not_pdf"
    assert by_file["flipped.pdf"].code == "signature_invalid"
    assert by_file["inflated.pdf"].code == "data_inconsistent"
    assert "999999.00" in by_file["inflated.pdf"].message
    assert by_file["future.pdf"].code == "schema_unsupported"
    assert field.report.read_bytes() == before  # the source is never touched
    again = import_reports(office, [field.report])
    assert again[0].status is Status.DUPLICATE
    archived = latest_reports(office.db)
    assert len(archived) == 1 and archived[0]["indemnity"] == "29752.00"
    assert (office.data_dir / archived[0]["archive_path"]).read_bytes() == before
    reasons = sorted(p.name for p in office.quarantine.rglob("*.reason.txt"))
    assert "flipped.pdf.reason.txt" in reasons and "a letter.pdf.reason.txt" in reasons
    assert rejection_counts(office.db)["untrusted_signer"] == 1


def test_a_revoked_device_and_a_conflicting_copy_are_refused(
    field: Field, office: OfficeWorkspace, tmp_path: Path
) -> None:
    device = office.trust.add(field.certificate)
    # The same frozen revision exported again: signed anew, so other bytes, same survey+revision.
    second = export_report(field.workspace, field.survey_id, out=tmp_path / "again.pdf").path
    assert import_reports(office, [field.report])[0].status is Status.ACCEPTED
    assert import_reports(office, [second])[0].code == "conflict"
    office.trust.revoke(device.fingerprint[:20])
    field.workspace.surveys.revise(field.survey_id, actor="李明")
    set_notes(field.workspace, field.survey_id, "R2 after strip-down")
    r2 = export_report(field.workspace, field.survey_id, out=tmp_path / "r2.pdf").path
    assert import_reports(office, [r2])[0].code == "revoked_signer"
    assert [d.revoked for d in office.trust.devices()] == [True]


def test_a_higher_revision_supersedes_and_history_stays(
    field: Field, office: OfficeWorkspace, tmp_path: Path
) -> None:
    office.trust.add(field.certificate)
    import_reports(office, [field.report])
    field.workspace.surveys.revise(field.survey_id, actor="李明")
    set_notes(field.workspace, field.survey_id, "R2: more stock found damaged")
    r2 = export_report(field.workspace, field.survey_id, out=tmp_path / "r2.pdf").path
    assert import_reports(office, [r2])[0].revision == 2
    [latest] = latest_reports(office.db)
    assert latest["revision"] == 2
    assert [r["revision"] for r in survey_history(office.db, field.survey_id[:8])] == [2, 1]
    out = tmp_path / "surveys.csv"
    assert write_csv(latest_reports(office.db), out) == 1
    with out.open(encoding="utf-8-sig") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["revision"] == "2" and row["indemnity"] == "29752.00"
    assert row["photo_count"] == "4" and row["device_fingerprint"].count(":") == 31


def test_a_folder_of_many_mixed_files_gives_one_outcome_each(
    field: Field, office: OfficeWorkspace, tmp_path: Path
) -> None:
    office.trust.add(field.certificate)
    mixed = tmp_path / "usb"
    mixed.mkdir()
    for n in range(500):
        kind = n % 5
        path = mixed / f"file{n:03d}.{['pdf', 'txt', 'jpg', 'pdf', 'pdf'][kind]}"
        if kind == 0:
            path.write_bytes(b"%PDF-1.4\n" + bytes(n % 256 for _ in range(200)))
        elif kind == 3:
            path.write_bytes(field.report.read_bytes()[: 1000 + n * 37])
        elif kind == 4 and n == 4:
            path.write_bytes(field.report.read_bytes())
        else:
            path.write_bytes(bytes([n % 256]) * (n % 7))
    outcomes = import_reports(office, [mixed])
    assert len(outcomes) == 500
    statuses = [o.status for o in outcomes]
    assert statuses.count(Status.ACCEPTED) == 1
    assert Status.SKIPPED not in statuses
    assert all(o.code for o in outcomes if o.status is Status.REJECTED)


def test_a_file_still_being_copied_is_skipped_not_rejected(
    field: Field, office: OfficeWorkspace, tmp_path: Path
) -> None:
    office.trust.add(field.certificate)
    content = field.report.read_bytes()
    target = tmp_path / "copying.pdf"
    target.write_bytes(content[:1000])

    def copy_slowly() -> None:
        for offset in range(1000, len(content), len(content) // 25 + 1):
            time.sleep(0.12)
            with target.open("ab") as out:
                out.write(content[offset : offset + len(content) // 25 + 1])

    writer = threading.Thread(target=copy_slowly)
    writer.start()
    [outcome] = import_reports(office, [target], settle_seconds=1.0)
    writer.join()
    assert outcome.status is Status.SKIPPED and "still being copied" in outcome.message
    assert target.read_bytes() == content
    time.sleep(1.1)
    assert import_reports(office, [target], settle_seconds=1.0)[0].status is Status.ACCEPTED


def test_a_refused_report_later_accepted_is_marked_resolved_in_the_quarantine(
    field: Field, office: OfficeWorkspace
) -> None:
    [refused] = import_reports(office, [field.report])
    assert refused.code == "untrusted_signer"
    assert "trust its certificate" in refused.message  # what to do, not only what is wrong
    [copy] = [p for p in office.quarantine.rglob("r1.pdf")]
    office.trust.add(field.certificate, name="李明的平板")
    [accepted] = import_reports(office, [field.report])
    assert accepted.status is Status.ACCEPTED
    marker = copy.with_name("r1.pdf.resolved.txt").read_text()
    assert f"accepted as {accepted.claim_number} r1" in marker
    assert copy.read_bytes() == field.report.read_bytes()  # kept as it was received
    [row] = office.db.rows(select(rejections))
    assert row["resolved_at_utc"] and row["resolved_as"].startswith("accepted as ")


def test_an_impossible_since_date_is_refused_not_compared_as_text(office: OfficeWorkspace) -> None:
    from fieldapp.errors import UsageError
    from fieldapp.office.archive import ReportFilter

    with pytest.raises(UsageError, match="Not a date: '2026-13-45'"):
        latest_reports(office.db, ReportFilter(since="2026-13-45"))
    assert latest_reports(office.db, ReportFilter(since="2026-01-01")) == []
