"""Parties and consents as a screen shows them, and handwritten signatures under consents, on a
real data folder: the line's fields, masking and the logged reveal, edits that change only what
was touched, the ink rule, the sealed stroke data, the PNG, and the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from fieldapp.core.eventlog import EventKind
from fieldapp.core.signature import Signature
from fieldapp.core.timestamps import local_now
from fieldapp.errors import RuleViolation, UsageError
from fieldapp.paths import DATABASE_NAME
from fieldapp.services.field import (
    FieldWorkspace,
    record_consent,
    save_party,
    start_survey,
    survey_log,
)
from fieldapp.services.parties import edit_party, parties_view, party_form, privacy_notice_text
from fieldapp.services.signatures import consent_signature_of, signature_png
from tests.conftest import CliRun

# A small "Li": a down stroke and a bar, some 200 px of line on a 400 × 160 pad.
SIGNED = Signature(
    width=400,
    height=160,
    strokes=(((40, 30), (42, 80), (45, 130)), ((40, 130), (90, 128), (140, 126))),
)


def survey(workspace: FieldWorkspace, line: str) -> str:
    return start_survey(
        workspace,
        claim_number=f"BA-{line}",
        line_of_business=line,
        occurred_at=local_now(),
        surveyor="黄晓雯",
    ).survey_id


def test_each_line_offers_only_the_party_fields_it_collects(workspace: FieldWorkspace) -> None:
    motor = party_form(workspace, survey(workspace, "motor"))
    accident = party_form(workspace, survey(workspace, "personal_accident"))
    assert motor.fields == ("role", "name", "phone", "plate", "vehicle")
    assert "id_number" not in motor.fields and not motor.sensitive
    assert accident.details == ("id_number",) and accident.sensitive == {"id_number"}


def test_phones_and_id_numbers_are_masked_until_revealed_and_the_reveal_is_logged(
    workspace: FieldWorkspace,
) -> None:
    survey_id = survey(workspace, "personal_accident")
    consent = record_consent(
        workspace,
        survey_id,
        person_name="刘洋",
        answer="granted",
        language="zh-Hans",
        covers_sensitive=True,
        signature=SIGNED,
    )
    save_party(
        workspace,
        survey_id,
        role="injured_person",
        name="刘洋",
        phone="13812345678",
        details={"id_number": "440305199203150618"},
        consent_id=consent.consent_id,
    )
    masked = parties_view(workspace, survey_id)
    assert masked.parties[0].values["phone"] == "138****5678"
    assert masked.parties[0].values["id_number"] == "440***********0618"
    assert masked.consents[0].signed and masked.bases[0].consent_id == consent.consent_id
    kinds = [e.kind for e in survey_log(workspace, survey_id)]
    assert EventKind.PERSONAL_DATA_REVEALED not in kinds
    shown = parties_view(workspace, survey_id, reveal=True)
    assert shown.parties[0].values["phone"] == "13812345678"
    last = survey_log(workspace, survey_id)[-1]
    assert last.kind == EventKind.PERSONAL_DATA_REVEALED and "13812345678" not in last.summary


def test_an_edit_changes_only_what_was_touched(workspace: FieldWorkspace) -> None:
    survey_id = survey(workspace, "motor")
    party = edit_party(
        workspace,
        survey_id,
        changes={"role": "driver", "name": "王芳", "phone": "13912345678",
                 "plate": "沪A·D1234", "legal_basis": "contract"},
    )  # fmt: skip
    edit_party(workspace, survey_id, party_id=party.party_id, changes={"vehicle": "大众 朗逸"})
    stored = workspace.surveys.get(survey_id).parties[0]
    assert stored.phone == "13912345678"  # not the masked text the screen showed
    assert dict(stored.details) == {"plate": "沪A·D1234", "vehicle": "大众 朗逸"}
    with pytest.raises(RuleViolation) as refused:
        edit_party(
            workspace,
            survey_id,
            party_id=party.party_id,
            changes={"id_number": "440305199203150618"},
        )
    assert refused.value.code == "party_field_not_needed"
    assert "id_number" not in workspace.surveys.get(survey_id).parties[0].details


def test_a_signature_must_have_ink(workspace: FieldWorkspace) -> None:
    survey_id = survey(workspace, "property")
    for blank in (
        Signature(width=400, height=160),
        Signature(width=400, height=160, strokes=(((100, 100),),)),  # a tap
        Signature(width=400, height=160, strokes=(((100, 100), (104, 102)),)),  # a dot
    ):
        with pytest.raises(RuleViolation) as refused:
            record_consent(
                workspace,
                survey_id,
                person_name="陈伟",
                answer="granted",
                language="zh-Hans",
                signature=blank,
            )
        assert refused.value.code in {"signature_blank", "signature_too_little_ink"}
    assert workspace.surveys.get(survey_id).consents == ()


def test_the_signature_is_sealed_at_rest_and_drawn_as_a_png(
    workspace: FieldWorkspace, data_dir: Path
) -> None:
    survey_id = survey(workspace, "property")
    consent = record_consent(
        workspace, survey_id, person_name="陈伟", answer="granted", language="en", signature=SIGNED
    )
    raw = (
        sqlite3.connect(data_dir / DATABASE_NAME)
        .execute("SELECT signature_json FROM consents")
        .fetchone()[0]
    )
    assert "strokes" not in raw and "130" not in raw  # ciphertext, not the points
    back = consent_signature_of(workspace, survey_id, consent.consent_id[:8], purpose="test")
    assert back == SIGNED
    assert survey_log(workspace, survey_id)[-1].kind == EventKind.PERSONAL_DATA_REVEALED
    png = Path(data_dir.parent / "sig.png")
    png.write_bytes(signature_png(back, width=400))
    image = Image.open(png)
    assert image.size == (400, 160)
    alpha = image.getchannel("A")
    assert alpha.getpixel((42, 80)) > 128 and alpha.getpixel((300, 40)) == 0


def test_the_privacy_notice_in_each_language() -> None:
    chinese = privacy_notice_text("zh-Hans")
    assert chinese.reference.startswith("privacy-notice/") and "个人信息" in chinese.body
    assert privacy_notice_text("en").language == "en"
    with pytest.raises(UsageError):
        privacy_notice_text("fr")


def test_the_command_line_records_a_signed_consent_lists_and_edits_parties(
    cli: CliRun, tmp_path: Path
) -> None:
    survey_id = cli.new_survey(claim="BA-CLI-SIG", line="motor")
    stroke_file = tmp_path / "signature.json"
    strokes = [[[40, 30], [45, 130]], [[40, 130], [140, 126]]]
    stroke_file.write_text(json.dumps({"width": 400, "height": 160, "strokes": strokes}))
    code, out, err = cli("survey", "consent", survey_id, "--person", "王芳",
                         "--answer", "granted", "--signature", str(stroke_file))  # fmt: skip
    assert code == 0, err
    consent_id = out.strip()
    blank = tmp_path / "blank.json"
    blank.write_text('{"width": 400, "height": 160, "strokes": []}')
    code, _, err = cli("survey", "consent", survey_id, "--person", "王芳",
                       "--answer", "granted", "--signature", str(blank))  # fmt: skip
    assert code != 0 and "blank" in err
    code, out, err = cli("survey", "party", survey_id, "--role", "driver", "--name", "王芳",
                         "--phone", "13912345678", "--consent", consent_id[:8])  # fmt: skip
    assert code == 0, err
    party_id = out.strip()
    code, _, err = cli("survey", "party-edit", survey_id, party_id[:8], "--plate", "沪A·D1234")
    assert code == 0, err
    code, out, _ = cli("survey", "parties", survey_id)
    assert "139****5678" in out and "plate=沪A·D1234" in out and "signed" in out
    code, out, _ = cli("survey", "parties", survey_id, "--full")
    assert "13912345678" in out
    png = tmp_path / "signature.png"
    code, out, err = cli("survey", "signature", survey_id, consent_id[:8], "--out", str(png))
    assert code == 0, err
    assert Image.open(png).size == (600, 240)
