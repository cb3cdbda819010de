from __future__ import annotations

import pytest

from fieldapp.core.timestamps import local_now
from fieldapp.errors import RuleViolation
from fieldapp.services.documents import survey_document
from fieldapp.services.field import FieldWorkspace, record_consent, save_party, start_survey


@pytest.fixture
def pa_survey(workspace: FieldWorkspace) -> str:
    return start_survey(
        workspace,
        claim_number="BA-PA-1",
        line_of_business="personal_accident",
        occurred_at=local_now(),
        surveyor="黄晓雯",
    ).survey_id


def test_a_party_needs_a_consent_or_another_basis(
    workspace: FieldWorkspace, pa_survey: str
) -> None:
    with pytest.raises(RuleViolation) as refused:
        save_party(workspace, pa_survey, role="injured_person", name="刘洋")
    assert refused.value.code == "no_legal_basis"
    refusal = record_consent(
        workspace, pa_survey, person_name="刘洋", answer="refused", language="zh-Hans"
    )
    with pytest.raises(RuleViolation) as refused:
        save_party(
            workspace, pa_survey, role="injured_person", name="刘洋", consent_id=refusal.consent_id
        )
    assert refused.value.code == "consent_refused"
    save_party(workspace, pa_survey, role="witness", name="吴敏", legal_basis="emergency")
    assert [p.name for p in workspace.surveys.get(pa_survey).parties] == ["吴敏"]


def test_an_id_number_needs_a_separate_consent_for_sensitive_data(
    workspace: FieldWorkspace, pa_survey: str
) -> None:
    plain = record_consent(
        workspace, pa_survey, person_name="刘洋", answer="granted", language="zh-Hans"
    )
    with pytest.raises(RuleViolation) as refused:
        save_party(
            workspace,
            pa_survey,
            role="injured_person",
            name="刘洋",
            details={"id_number": "440305199203150618"},
            consent_id=plain.consent_id,
        )
    assert refused.value.code == "sensitive_needs_consent"
    with pytest.raises(RuleViolation):
        save_party(
            workspace,
            pa_survey,
            role="injured_person",
            name="刘洋",
            details={"id_number": "440305199203150618"},
            legal_basis="emergency",
        )
    separate = record_consent(
        workspace,
        pa_survey,
        person_name="刘洋",
        answer="granted",
        language="zh-Hans",
        covers_sensitive=True,
    )
    save_party(
        workspace,
        pa_survey,
        role="injured_person",
        name="刘洋",
        details={"id_number": "440305199203150618"},
        consent_id=separate.consent_id,
    )
    consent = survey_document(workspace, pa_survey)["consents"][-1]
    assert consent["notice"] == "privacy-notice/2" and consent["covers_sensitive"] is True


def test_documents_are_masked_by_default_and_a_full_copy_is_logged(
    workspace: FieldWorkspace, pa_survey: str
) -> None:
    consent = record_consent(
        workspace,
        pa_survey,
        person_name="刘洋",
        answer="granted",
        language="en",
        covers_sensitive=True,
    )
    save_party(
        workspace,
        pa_survey,
        role="injured_person",
        name="刘洋",
        phone="13501234567",
        details={"id_number": "440305199203150618"},
        consent_id=consent.consent_id,
    )
    masked = survey_document(workspace, pa_survey)
    assert masked["redaction"] == "masked"
    assert masked["parties"][0]["phone"] == "135****4567"
    assert masked["parties"][0]["id_number"] == "440***********0618"
    assert masked["events"][-1]["kind"] != "personal_data_revealed"
    full = survey_document(workspace, pa_survey, full=True, purpose="exported")
    assert full["parties"][0]["id_number"] == "440305199203150618"
    assert full["events"][-1]["kind"] == "personal_data_revealed"
    assert "exported" in full["events"][-1]["summary"]
    assert "440305" not in full["events"][-1]["summary"]
