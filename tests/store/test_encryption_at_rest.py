from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldapp.services.documents import survey_document
from fieldapp.services.field import (
    FieldWorkspace,
    record_consent,
    save_party,
    set_notes,
    start_survey,
)
from fieldapp.store.secrets import Keyring, WrongPassphrase
from tests.conftest import TEST_PASSPHRASE

NAME, PHONE = "欧阳娜娜Zq", "13900112233"
ADDRESS, NOTE = "杭州市西湖区文三路Qx88号", "Witness Zorblatt saw it"


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def fill_survey(workspace: FieldWorkspace) -> str:
    from fieldapp.core.timestamps import local_now

    survey = start_survey(
        workspace,
        claim_number="BA-ENC-1",
        line_of_business="motor",
        occurred_at=local_now(),
        surveyor="李明",
        address=ADDRESS,
    )
    consent = record_consent(
        workspace, survey.survey_id, person_name=NAME, answer="granted", language="zh-Hans"
    )
    save_party(
        workspace,
        survey.survey_id,
        role="insured",
        name=NAME,
        phone=PHONE,
        details={"plate": "浙A·Q9Z88"},
        consent_id=consent.consent_id,
    )
    set_notes(workspace, survey.survey_id, NOTE)
    return survey.survey_id


def test_personal_values_never_reach_the_disk_in_clear(data_dir: Path) -> None:
    workspace = FieldWorkspace.open(data_dir)
    survey_id = fill_survey(workspace)
    # While the database is open its WAL holds the latest pages: look at it then, too.
    assert (data_dir / "fieldapp.db-wal").is_file()
    secrets = [NAME, PHONE, ADDRESS, NOTE, "浙A·Q9Z88", TEST_PASSPHRASE]
    for path in files_under(data_dir):
        content = path.read_bytes()
        for secret in secrets:
            for encoding in ("utf-8", "utf-16-le"):
                assert secret.encode(encoding) not in content, (secret, path.name)
    full = survey_document(workspace, survey_id, full=True)
    assert full["parties"][0]["name"] == NAME and full["parties"][0]["phone"] == PHONE
    workspace.close()


def test_a_wrong_passphrase_is_a_clear_error_and_changes_nothing(data_dir: Path) -> None:
    workspace = FieldWorkspace.open(data_dir)
    survey_id = fill_survey(workspace)
    workspace.close()
    before = {p: p.read_bytes() for p in files_under(data_dir) if "-wal" not in p.name}
    intruder = FieldWorkspace.open(data_dir, passphrase=lambda new: "not the passphrase")
    with pytest.raises(WrongPassphrase, match="passphrase is not right"):
        intruder.surveys.get(survey_id)
    assert intruder.surveys.summaries()[0].claim_number == "BA-ENC-1"  # no key needed to list
    intruder.close()
    assert (data_dir / "identity" / "keyring.json").read_bytes() == before[
        data_dir / "identity" / "keyring.json"
    ]


def test_changing_the_passphrase_rewraps_the_data_key_only(data_dir: Path) -> None:
    workspace = FieldWorkspace.open(data_dir)
    survey_id = fill_survey(workspace)
    sealed_before = [tuple(r) for r in workspace.db.execute("SELECT name, phone FROM parties")]
    keyring = Keyring(data_dir / "identity" / "keyring.json")
    wrapped_before = json.loads(keyring.path.read_text())["wrapped_data_key"]
    keyring.change_passphrase(TEST_PASSPHRASE, "a brand new passphrase")
    assert json.loads(keyring.path.read_text())["wrapped_data_key"] != wrapped_before
    assert [tuple(r) for r in workspace.db.execute("SELECT name, phone FROM parties")] == (
        sealed_before
    )
    with pytest.raises(WrongPassphrase):
        keyring.unlock(TEST_PASSPHRASE)
    reopened = FieldWorkspace.open(data_dir, passphrase=lambda new: "a brand new passphrase")
    assert reopened.surveys.get(survey_id).parties[0].name == NAME
    workspace.close()
    reopened.close()


def test_a_sealed_value_moved_to_another_row_does_not_open(data_dir: Path) -> None:
    workspace = FieldWorkspace.open(data_dir)
    first = fill_survey(workspace)
    second = fill_survey(workspace)
    with workspace.db.atomic():
        workspace.db.execute(
            "UPDATE surveys SET notes = (SELECT notes FROM surveys WHERE survey_id = ?) "
            "WHERE survey_id = ?",
            [first, second],
        )
    from fieldapp.store.secrets import KeyringDamaged

    with pytest.raises(KeyringDamaged, match="altered or moved"):
        workspace.surveys.get(second)
    workspace.close()
