"""The surveyor's and the insured's handwritten signatures under the report, on a real data
folder: the ink rule, the insured's recorded refusal, sealing at rest, the log, the review step's
needs, the survey document's record of presence, the purge, and the command line."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from fieldapp.core.document_checks import check_against_schema
from fieldapp.core.eventlog import EventKind
from fieldapp.core.progress import Step, StepStatus
from fieldapp.core.signature import Signature
from fieldapp.core.timestamps import local_now
from fieldapp.errors import InvalidSurveyDocument, RuleViolation
from fieldapp.paths import DATABASE_NAME
from fieldapp.resources import survey_schema
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import survey_document
from fieldapp.services.field import FieldWorkspace, start_survey, survey_log
from fieldapp.services.hand_signatures import sign_by_hand, signatures_of, strokes_for_report
from fieldapp.services.privacy import create_identity, purge_exported
from fieldapp.services.progress import survey_progress_of
from tests.conftest import CliRun

# A small "Li": a down stroke and a bar, some 200 px of line on a 400 × 160 pad.
SIGNED = Signature(
    width=400,
    height=160,
    strokes=(((40, 30), (42, 80), (45, 130)), ((40, 130), (90, 128), (140, 126))),
)


def review_needs(workspace: FieldWorkspace, survey_id: str) -> list[str]:
    return [n.code for n in survey_progress_of(workspace, survey_id).state(Step.REVIEW).needs]


def test_both_signatures_are_asked_for_and_the_insured_may_decline_with_a_reason(
    workspace: FieldWorkspace,
) -> None:
    survey_id = create_demo_survey(workspace, "motor")
    progress = survey_progress_of(workspace, survey_id)
    assert progress.complete  # the signatures do not hold up finishing
    assert review_needs(workspace, survey_id) == [
        "surveyor_signature_missing",
        "insured_signature_missing",
    ]
    with pytest.raises(RuleViolation) as blank:
        sign_by_hand(workspace, survey_id, "surveyor", signature=Signature(400, 160))
    assert blank.value.code == "signature_blank"
    with pytest.raises(RuleViolation) as dot:
        sign_by_hand(
            workspace, survey_id, "surveyor", signature=Signature(400, 160, (((5, 5), (6, 6)),))
        )
    assert dot.value.code == "signature_too_little_ink"
    with pytest.raises(RuleViolation) as surveyor_declines:
        sign_by_hand(workspace, survey_id, "surveyor", declined_reason="busy")
    assert surveyor_declines.value.code == "surveyor_must_sign"
    with pytest.raises(RuleViolation) as no_reason:
        sign_by_hand(workspace, survey_id, "insured", declined_reason="  ")
    assert no_reason.value.code == "decline_reason_missing"
    assert signatures_of(workspace, survey_id) == []

    sign_by_hand(workspace, survey_id, "surveyor", signature=SIGNED)
    assert review_needs(workspace, survey_id) == ["insured_signature_missing"]
    sign_by_hand(workspace, survey_id, "insured", declined_reason="被保险人不在现场")
    state = survey_progress_of(workspace, survey_id).state(Step.REVIEW)
    assert state.status is StepStatus.DONE and state.needs == ()
    surveyor, insured = signatures_of(workspace, survey_id)
    survey = workspace.surveys.get(survey_id)
    assert (surveyor.role, surveyor.name, surveyor.signed) == ("surveyor", survey.surveyor, True)
    insured_party = next(p for p in survey.parties if p.role == "insured")
    assert (insured.name, insured.signed) == (insured_party.name, False)
    assert insured.declined_reason == "被保险人不在现场"
    kinds = [e.kind for e in survey_log(workspace, survey_id)[-2:]]
    assert kinds == [EventKind.HAND_SIGNATURE_RECORDED] * 2


def test_the_insured_must_be_recorded_before_signing(workspace: FieldWorkspace) -> None:
    survey_id = start_survey(
        workspace,
        claim_number="BA-1",
        line_of_business="property",
        occurred_at=local_now(),
        surveyor="黄晓雯",
    ).survey_id
    with pytest.raises(RuleViolation) as refused:
        sign_by_hand(workspace, survey_id, "insured", signature=SIGNED)
    assert refused.value.code == "insured_not_recorded"


def test_strokes_and_names_are_sealed_at_rest_and_reading_them_is_logged(
    workspace: FieldWorkspace, data_dir: Path
) -> None:
    survey_id = create_demo_survey(workspace, "motor")
    sign_by_hand(workspace, survey_id, "surveyor", signature=SIGNED)
    sign_by_hand(workspace, survey_id, "insured", signature=SIGNED)
    rows = (
        sqlite3.connect(data_dir / DATABASE_NAME)
        .execute("SELECT name, signature_json FROM hand_signatures")
        .fetchall()
    )
    survey = workspace.surveys.get(survey_id)
    for name, strokes in rows:
        assert "strokes" not in strokes and "130" not in strokes  # ciphertext, not points
        assert survey.surveyor not in name
    assert not list(data_dir.rglob("*.png"))  # a signature is never kept as a picture
    drawn = strokes_for_report(workspace, survey_id, full=True, purpose="in a test")
    assert drawn["surveyor"] == SIGNED and drawn["insured"] == SIGNED
    assert survey_log(workspace, survey_id)[-1].kind == EventKind.PERSONAL_DATA_REVEALED
    masked = strokes_for_report(workspace, survey_id, full=False, purpose="in a test")
    assert set(masked) == {"surveyor"}  # the insured's handwriting is personal


def test_the_document_records_who_signed_and_when_not_the_strokes(
    workspace: FieldWorkspace,
) -> None:
    survey_id = create_demo_survey(workspace, "motor")
    sign_by_hand(workspace, survey_id, "surveyor", signature=SIGNED)
    sign_by_hand(workspace, survey_id, "insured", declined_reason="拒绝签名")
    full = survey_document(workspace, survey_id, full=True)
    surveyor, insured = full["hand_signatures"]
    assert surveyor["role"] == "surveyor" and surveyor["signed"] is True
    assert surveyor["declined_reason"] == "" and surveyor["signed_at"]
    assert insured["signed"] is False and insured["declined_reason"] == "拒绝签名"
    assert "strokes" not in json.dumps(full)
    assert all("signed" in c for c in full["consents"])
    masked = survey_document(workspace, survey_id)
    for document in (full, masked):  # the schema and the builder agree, masked or not
        check_against_schema(document, survey_schema())
    carrying_strokes = json.loads(json.dumps(full))
    carrying_strokes["hand_signatures"][0]["strokes"] = [[[1, 2], [3, 4]]]
    with pytest.raises(InvalidSurveyDocument):  # the document never carries handwriting
        check_against_schema(carrying_strokes, survey_schema())
    assert masked["hand_signatures"][1]["declined_reason"] == "[redacted]"
    assert masked["hand_signatures"][0]["declined_reason"] == ""
    assert masked["hand_signatures"][1]["name"] != insured["name"]


def test_a_finished_survey_cannot_be_signed_again(workspace: FieldWorkspace) -> None:
    from fieldapp.errors import SurveyFrozen
    from fieldapp.services.export import export_report

    create_identity(workspace, surveyor="李明", organisation="Org")
    survey_id = create_demo_survey(workspace, "motor")
    export_report(workspace, survey_id, language="en")
    with pytest.raises(SurveyFrozen):
        sign_by_hand(workspace, survey_id, "surveyor", signature=SIGNED)


def test_purge_erases_the_signatures_with_the_other_personal_data(
    workspace: FieldWorkspace, data_dir: Path
) -> None:
    from fieldapp.services.export import export_report

    create_identity(workspace, surveyor="李明", organisation="Org")
    survey_id = create_demo_survey(workspace, "motor")
    sign_by_hand(workspace, survey_id, "surveyor", signature=SIGNED)
    sign_by_hand(workspace, survey_id, "insured", signature=SIGNED)
    export_report(workspace, survey_id, language="en")
    purge_exported(workspace, older_than_days=30, now=local_now() + timedelta(days=31))
    assert signatures_of(workspace, survey_id) == []
    left = sqlite3.connect(data_dir / DATABASE_NAME).execute("SELECT count(*) FROM hand_signatures")
    assert left.fetchone()[0] == 0
    purged = survey_log(workspace, survey_id)[-1]
    assert purged.kind == EventKind.PERSONAL_DATA_PURGED and "2 hand_signatures" in purged.summary


def test_the_command_line_signs_from_stroke_files(
    cli: CliRun, workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = create_demo_survey(workspace, "motor")
    strokes = tmp_path / "li.json"
    strokes.write_text(
        json.dumps({"width": 400, "height": 160, "strokes": [list(s) for s in SIGNED.strokes]}),
        encoding="utf-8",
    )
    code, out, _ = cli("survey", "sign", survey_id[:8], "--surveyor", str(strokes))
    assert code == 0 and out.startswith("surveyor: signed at ")
    code, out, _ = cli("survey", "sign", survey_id[:8], "--insured-declined", "absent")
    assert code == 0 and out.startswith("insured: did not sign")
    blank = tmp_path / "blank.json"
    blank.write_text('{"width": 400, "height": 160, "strokes": []}', encoding="utf-8")
    code, _, err = cli("survey", "sign", survey_id[:8], "--insured", str(blank))
    assert code != 0 and "blank" in err and "Traceback" not in err
    code, _, err = cli("survey", "sign", survey_id[:8])
    assert code == 2 and "--surveyor" in err
    assert [s.signed for s in signatures_of(workspace, survey_id)] == [True, False]


def test_the_review_list_leads_each_need_to_its_step(workspace: FieldWorkspace) -> None:
    from fieldapp.services.review import review_sheet

    survey_id = start_survey(
        workspace,
        claim_number="BA-2",
        line_of_business="motor",
        occurred_at=local_now(),
        surveyor="黄晓雯",
    ).survey_id
    sheet = review_sheet(workspace, survey_id)
    steps = [e.step for e in sheet.entries]
    assert steps == sorted(steps, key=list(Step).index)
    by_code = {e.need.code: e for e in sheet.entries}
    assert by_code["safety_unanswered"].step is Step.SAFETY
    assert by_code["safety_unanswered"].blocks_export
    assert by_code["no_parties"].step is Step.PARTIES
    assert by_code["surveyor_signature_missing"].step is Step.REVIEW
    assert not by_code["surveyor_signature_missing"].blocks_export
    assert "evidence_locked" not in by_code and not sheet.complete
    assert sheet.names == {"surveyor": "黄晓雯"} and sheet.signatures == {}
    codes = [e.need.code for e in sheet.entries if e.step is Step.REVIEW]
    assert codes == ["surveyor_signature_missing", "insured_signature_missing"]
