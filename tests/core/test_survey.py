from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from fieldapp.core.consent import ConsentAnswer, ConsentRecord, LegalBasis
from fieldapp.core.survey import Incident, LineOfBusiness, Party, PartyRole, Survey
from fieldapp.errors import RuleViolation, UsageError

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 24, 21, 5, tzinfo=CST)


def survey_of(line: LineOfBusiness, *parties: Party) -> Survey:
    return Survey(
        claim_number=" BA1 ",
        policy_number="",
        line_of_business=line,
        incident=Incident(occurred_at=NOW, address="x"),
        surveyor="Li",
        created_at=NOW,
        parties=parties,
    )


def test_a_survey_starts_as_revision_one_draft_with_a_uuid() -> None:
    survey = survey_of(LineOfBusiness.PROPERTY)
    assert survey.revision == 1 and survey.status == "draft" and not survey.is_frozen
    assert len(survey.survey_id) == 36 and survey.claim_number == "BA1"


@pytest.mark.parametrize(
    ("line", "details", "allowed"),
    [
        (LineOfBusiness.MOTOR, {"plate": "沪A·D1234", "vehicle": "VW"}, True),
        (LineOfBusiness.MOTOR, {"id_number": "440305199203150618"}, False),
        (LineOfBusiness.PROPERTY, {"plate": "沪A·D1234"}, False),
        (LineOfBusiness.PERSONAL_ACCIDENT, {"id_number": "440305199203150618"}, True),
        (LineOfBusiness.PERSONAL_ACCIDENT, {"vehicle": "VW"}, False),
    ],
)
def test_a_party_carries_only_the_details_its_line_needs(
    line: LineOfBusiness, details: dict[str, str], allowed: bool
) -> None:
    consent = ConsentRecord(
        person_name="王芳",
        notice="privacy-notice/1",
        language="zh-Hans",
        answer=ConsentAnswer.GRANTED,
        given_at=NOW,
        covers_sensitive=True,
    )
    party = Party(
        role=PartyRole.INSURED,
        name="王芳",
        phone="13812345678",
        details=details,
        legal_basis=LegalBasis.CONSENT,
        consent_id=consent.consent_id,
    )
    if allowed:
        assert survey_of(line).with_consent(consent).with_party(party).parties == (party,)
    else:
        with pytest.raises(RuleViolation) as refused:
            survey_of(line).with_party(party)
        assert refused.value.code == "party_field_not_needed"
        with pytest.raises(RuleViolation):
            survey_of(line, party)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"occurred_at": datetime(2026, 11, 24, 21, 5)}, "UTC offset"),
        ({"latitude": 31.2}, "both latitude and longitude"),
        ({"latitude": 91.0, "longitude": 0.0}, "outside -90..90"),
        ({"latitude": 0.0, "longitude": 181.0}, "outside -180..180"),
    ],
)
def test_an_incident_refuses_impossible_values(kwargs: dict[str, object], message: str) -> None:
    values: dict[str, object] = {"occurred_at": NOW, "address": "x", **kwargs}
    with pytest.raises(UsageError, match=message):
        Incident(**values)  # type: ignore[arg-type]


def test_a_claim_number_and_surveyor_are_required() -> None:
    with pytest.raises(UsageError, match="claim number"):
        Survey(
            claim_number="  ",
            policy_number="",
            line_of_business=LineOfBusiness.MOTOR,
            incident=Incident(occurred_at=NOW, address=""),
            surveyor="Li",
            created_at=NOW,
        )
    with pytest.raises(UsageError, match="surveyor"):
        Survey(
            claim_number="BA1",
            policy_number="",
            line_of_business=LineOfBusiness.MOTOR,
            incident=Incident(occurred_at=NOW, address=""),
            surveyor="",
            created_at=NOW,
        )
