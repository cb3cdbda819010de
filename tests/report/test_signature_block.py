"""The report's signature block on a real data folder: the handwritten signatures of the
surveyor, the insured and under the consents drawn as vector paths (not pictures) before the
digital signature, with the name and role under each; a masked report draws only the
surveyor's; a refusal is printed with its reason."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PIL import Image

from fieldapp.report.verification import verify_report
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace, record_consent
from fieldapp.services.hand_signatures import sign_by_hand
from fieldapp.services.privacy import create_identity, identity_of
from tests.signature_fixtures import written_signature

CURVE = re.compile(rb"(?:-?[\d.]+ ){6}c\b")


def _pages(pdf: Path) -> list[bytes]:
    """Each page's content streams, inflated."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    with pdf.open("rb") as handle:
        reader = PdfFileReader(handle)
        contents = []
        for n in range(reader.root["/Pages"]["/Count"]):
            page = reader.find_page_for_modification(n)[0].get_object()
            stream = page["/Contents"]
            streams = stream if isinstance(stream, list) else [stream]
            contents.append(b"".join(s.get_object().data for s in streams))
        return contents


def _render_last_page(pdf: Path, out: Path, pages: int) -> Image.Image:
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-f", str(pages), "-l", str(pages), "-singlefile",
         str(pdf), str(out)],
        check=True, timeout=120,
    )  # fmt: skip
    return Image.open(out.with_suffix(".png")).convert("L")


def _signed_survey(workspace: FieldWorkspace) -> str:
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    survey_id = create_demo_survey(workspace, "motor")
    record_consent(
        workspace,
        survey_id,
        person_name="陈伟",
        answer="granted",
        language="zh-Hans",
        signature=written_signature(1.0),
    )
    sign_by_hand(workspace, survey_id, "surveyor", signature=written_signature())
    sign_by_hand(workspace, survey_id, "insured", signature=written_signature(2.0))
    return survey_id


def test_a_full_report_draws_every_handwritten_signature_as_paths_under_the_digital_one(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = _signed_survey(workspace)
    result = export_report(
        workspace, survey_id, out=tmp_path / "full.pdf", language="zh-Hans", full=True
    )
    pages = _pages(result.path)
    last = pages[-1]
    # Three signatures of three strokes, each stroke one path of Bézier pieces; no image.
    assert len(CURVE.findall(last)) > 3 * 3 * 10
    assert b" S" in last or b"\nS" in last
    assert b"Do" not in last  # no picture on the signature page
    verdict = verify_report(
        result.path.read_bytes(), trusted=[identity_of(workspace).certificate()]
    )
    assert verdict.complete, verdict.failure  # drawn before signing: covered by it
    assert verdict.survey is not None and verdict.survey["hand_signatures"][0]["signed"]
    page = _render_last_page(result.path, tmp_path / "sign", len(pages))
    # The handwriting's ink colour, dark blue, appears on the page as drawn lines.
    rgb = Image.open(tmp_path / "sign.png").convert("RGB")
    ink = sum(
        1
        for r, g, b in rgb.get_flattened_data()
        if b > 60 and r < 60 and g < 80 and b - r > 30  # the pen's blue, not black text
    )
    assert ink > 300
    assert page.size[0] > 0


def test_a_masked_report_draws_only_the_surveyor_and_says_where_the_others_are(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = _signed_survey(workspace)
    result = export_report(workspace, survey_id, out=tmp_path / "masked.pdf", language="en")
    full = export_report(workspace, survey_id, out=tmp_path / "full.pdf", language="en", full=True)
    masked_curves = len(CURVE.findall(_pages(result.path)[-1]))
    full_curves = len(CURVE.findall(_pages(full.path)[-1]))
    assert 0 < masked_curves < full_curves / 2


def test_a_refusal_is_printed_with_its_reason(workspace: FieldWorkspace, tmp_path: Path) -> None:
    create_identity(workspace, surveyor="Li Ming", organisation="Ping An")
    survey_id = create_demo_survey(workspace, "motor")
    sign_by_hand(workspace, survey_id, "surveyor", signature=written_signature())
    sign_by_hand(workspace, survey_id, "insured", declined_reason="not at the scene")
    result = export_report(workspace, survey_id, out=tmp_path / "r.pdf", language="en", full=True)
    text = subprocess.run(
        ["pdftotext", "-layout", str(result.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Did not sign. Reason: not at the scene" in text
    assert "Surveyor" in text and "Insured" in text
    groups = identity_of(workspace).summary().fingerprint.split(":")
    assert ":".join(groups[:16]) in text and ":".join(groups[16:]) in text  # whole groups
