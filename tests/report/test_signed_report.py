"""The signed report, checked by independent tools (qpdf, poppler) and by `fieldapp verify`."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from fieldapp.core.timestamps import local_now
from fieldapp.errors import RuleViolation, SurveyFrozen
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report, verify_report_file
from fieldapp.services.field import FieldWorkspace, set_notes, start_survey
from fieldapp.services.photos import Outcome, add_photos
from fieldapp.services.privacy import create_identity, identity_of
from tests.photo_fixtures import jpeg_bytes, with_broken_huffman_table


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=120)


@pytest.fixture
def exported(workspace: FieldWorkspace, tmp_path: Path) -> tuple[FieldWorkspace, str, Path]:
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    survey_id = create_demo_survey(workspace, "motor")
    result = export_report(workspace, survey_id, out=tmp_path / "report.pdf", language="zh-Hans")
    return workspace, survey_id, result.path


def test_independent_tools_accept_the_signed_report(
    exported: tuple[FieldWorkspace, str, Path], tmp_path: Path
) -> None:
    workspace, _, pdf = exported
    assert run("qpdf", "--check", str(pdf)).returncode == 0
    pdfsig = run("pdfsig", str(pdf))
    assert "Signature is Valid." in pdfsig.stdout
    assert "Total document signed" in pdfsig.stdout
    assert "ETSI.CAdES.detached" in pdfsig.stdout
    listing = run("pdfdetach", "-list", str(pdf)).stdout
    assert "1: survey.json" in listing
    saved = tmp_path / "survey.json"
    run("pdfdetach", "-save", "1", "-o", str(saved), str(pdf))
    document = json.loads(saved.read_bytes())
    assert document["schema"] == "fieldapp.survey/1" and document["redaction"] == "masked"
    assert len(document["photos"]) == 9 and document["status"] == "finished"
    for photo in document["photos"]:  # the manifest names the originals on this device
        assert workspace.photo_store.has(photo["sha256"])
    fonts = run("pdffonts", str(pdf)).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # all embedded
    words = run("pdftotext", str(pdf), "-").stdout
    assert "现场查勘定损报告" in words and document["claim_number"] in words
    assert "凹陷 约 12 cm" in words  # a text mark drawn over the bumper close-up
    assert "138****5678" in words and "13812345678" not in words  # masked by default


def test_verify_passes_with_the_device_certificate_and_names_each_failure(
    exported: tuple[FieldWorkspace, str, Path], tmp_path: Path
) -> None:
    workspace, _, pdf = exported
    certificate = identity_of(workspace).certificate()
    result = verify_report_file(pdf, trusted=[certificate])
    assert result.ok, result.failure
    assert [c.ok for c in result.checks] == [True] * len(result.checks)
    assert result.fingerprint == identity_of(workspace).summary().fingerprint

    flipped = bytearray(pdf.read_bytes())
    flipped[len(flipped) // 3] ^= 0x01  # inside the first signed range
    bad = tmp_path / "flipped.pdf"
    bad.write_bytes(bytes(flipped))
    assert verify_report_file(bad, trusted=[certificate]).failure_code == "signature_invalid"

    other = FieldWorkspace.open(tmp_path / "other-device")
    create_identity(other, surveyor="Someone", organisation="Elsewhere")
    stranger = identity_of(other).certificate()
    assert verify_report_file(pdf, trusted=[stranger]).failure_code == "untrusted_signer"
    other.close()

    text = tmp_path / "letter.pdf"
    text.write_text("not a pdf")
    assert verify_report_file(text).failure_code == "not_pdf"
    from reportlab.pdfgen.canvas import Canvas

    unsigned = io.BytesIO()
    canvas = Canvas(unsigned)
    canvas.drawString(72, 720, "unsigned")
    canvas.save()
    (tmp_path / "unsigned.pdf").write_bytes(unsigned.getvalue())
    assert verify_report_file(tmp_path / "unsigned.pdf").failure_code == "not_signed"


def test_swapping_survey_json_after_signing_is_caught(
    exported: tuple[FieldWorkspace, str, Path], tmp_path: Path
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    workspace, _, pdf = exported
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes()))
    spec = writer.root["/Names"]["/EmbeddedFiles"]["/Names"][1]
    forged = generic.StreamObject(
        dict_data={generic.pdf_name("/Type"): generic.pdf_name("/EmbeddedFile")},
        stream_data=b'{"claim_number": "forged", "assessment": {"indemnity": "999999.00"}}',
    )
    reference = writer.add_object(forged)
    spec["/EF"]["/F"] = reference
    spec["/EF"]["/UF"] = reference
    writer.update_container(spec)
    out = io.BytesIO()
    writer.write(out)
    forged_pdf = tmp_path / "forged.pdf"
    forged_pdf.write_bytes(out.getvalue())
    assert "Signature is Valid." in run("pdfsig", str(forged_pdf)).stdout  # poppler is fooled
    result = verify_report_file(forged_pdf, trusted=[identity_of(workspace).certificate()])
    assert result.failure_code == "modified_after_signing"
    checks = {c.name: c.ok for c in result.checks}
    assert checks["signature intact and valid"] is True
    assert result.survey is not None and result.survey["claim_number"] != "forged"


def test_an_incomplete_survey_is_refused_with_what_is_missing(workspace: FieldWorkspace) -> None:
    create_identity(workspace, surveyor="李明", organisation="Org")
    survey = start_survey(
        workspace,
        claim_number="BA-INC",
        line_of_business="motor",
        occurred_at=local_now(),
        surveyor="李明",
    )
    with pytest.raises(RuleViolation) as refused:
        export_report(workspace, survey.survey_id)
    message = refused.value.message
    assert "safety item not answered: hazard_lights" in message
    assert "required shot missing: Overview: the four corners of the vehicle (0 of 4)" in message
    assert "no party recorded" in message
    assert workspace.surveys.get(survey.survey_id).status == "draft"  # nothing frozen


def test_a_signed_revision_is_frozen_and_a_change_makes_the_next(
    exported: tuple[FieldWorkspace, str, Path], tmp_path: Path
) -> None:
    workspace, survey_id, _ = exported
    with pytest.raises(SurveyFrozen):
        set_notes(workspace, survey_id, "late change")
    assert workspace.surveys.revise(survey_id, actor="李明") == 2
    set_notes(workspace, survey_id, "R2: tailgate bracket found bent on strip-down")
    second = export_report(workspace, survey_id, out=tmp_path / "r2.pdf", language="en", full=True)
    assert second.revision == 2
    result = verify_report_file(second.path, trusted=[identity_of(workspace).certificate()])
    assert result.ok and result.survey is not None
    assert result.survey["revision"] == 2 and result.survey["redaction"] == "full"
    assert result.survey["parties"][0]["phone"] == "13812345678"
    kinds = [e["kind"] for e in result.survey["events"]]
    assert "survey_revised" in kinds and "personal_data_revealed" in kinds


def test_text_the_font_cannot_draw_is_refused_before_anything_is_frozen(
    workspace: FieldWorkspace,
) -> None:
    from fieldapp.report.fonts import ReportFontError

    create_identity(workspace, surveyor="李明", organisation="Org")
    survey_id = create_demo_survey(workspace, "motor")
    set_notes(workspace, survey_id, "Paid in ₩ at the roadside; see 𠀀 mark")
    with pytest.raises(ReportFontError) as refused:
        export_report(workspace, survey_id)
    assert "₩" in refused.value.message and "𠀀" in refused.value.message
    assert workspace.surveys.get(survey_id).status == "draft"


def test_a_photo_whose_picture_is_damaged_is_reported_not_dropped(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    create_identity(workspace, surveyor="Li Ming", organisation="Ping An Shanghai")
    survey_id = create_demo_survey(workspace, "motor")
    thumb = Image.new("RGB", (160, 120), "red")
    damaged = with_broken_huffman_table(jpeg_bytes((1600, 1200), embedded_thumbnail=thumb))
    (tmp_path / "damaged.jpg").write_bytes(damaged)
    [added] = add_photos(workspace, survey_id, [tmp_path / "damaged.jpg"]).outcomes
    assert added.outcome is Outcome.ADDED
    pdf = export_report(workspace, survey_id, out=tmp_path / "report.pdf", language="en").path
    assert "Signature is Valid." in run("pdfsig", str(pdf)).stdout
    words = " ".join(run("pdftotext", str(pdf), "-").stdout.split())
    assert "The picture cannot be shown: its image data is damaged." in words
    assert f"SHA-256 {added.sha256[:12]}" in words  # type: ignore[index]
    assert "the picture cannot be decoded" in words  # the risk note
