from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from fieldapp.core.checklist import (
    LANGUAGES,
    ChecklistTemplate,
    check_answer,
    ensure_evidence_may_start,
    evidence_may_start,
    unanswered_required,
)
from fieldapp.core.survey import (
    EmergencySkip,
    Incident,
    LineOfBusiness,
    SafetyAnswer,
    SafetyAnswerValue,
    Survey,
)
from fieldapp.errors import RuleViolation
from fieldapp.resources import checklist_for

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 24, 21, 5, tzinfo=CST)

# DOMAIN.md "Scene safety first": the items each line must ask about.
DOMAIN_SAFETY_ITEMS = {
    LineOfBusiness.MOTOR: {
        "injured_cared_for",
        "warning_triangle",
        "hazard_lights",
        "people_off_carriageway",
        "police_called",
    },
    LineOfBusiness.PROPERTY: {
        "injured_cared_for",
        "fire_extinguished",
        "electricity_isolated",
        "gas_isolated",
        "structure_safe",
        "protective_equipment",
    },
    LineOfBusiness.PERSONAL_ACCIDENT: {"injured_cared_for"},
}


def make_survey(line: LineOfBusiness) -> Survey:
    return Survey(
        claim_number="BA1",
        policy_number="P1",
        line_of_business=line,
        incident=Incident(occurred_at=NOW, address="somewhere"),
        surveyor="Li Ming",
        created_at=NOW,
    )


@pytest.mark.parametrize("line", list(LineOfBusiness))
def test_each_line_has_a_checklist_with_the_domain_safety_items_required(
    line: LineOfBusiness,
) -> None:
    template = checklist_for(line)
    assert template.line_of_business is line
    required = {item.item_id for item in template.required_items}
    assert DOMAIN_SAFETY_ITEMS[line] <= required
    for item in template.items:
        for language in LANGUAGES:
            assert item.label[language].strip(), (item.item_id, language)
    # Injured people before property: the first question on every line.
    assert template.items[0].item_id == "injured_cared_for"


def test_a_template_missing_a_language_is_refused() -> None:
    raw = {
        "checklist_id": "x-safety",
        "version": 1,
        "line_of_business": "motor",
        "title": {"en": "x"},
        "items": [{"id": "a", "required": True, "label": {"en": "A", "zh-Hans": "甲"}}],
    }
    with pytest.raises(ValueError, match="zh-Hant"):
        ChecklistTemplate.from_mapping(raw)


@pytest.mark.parametrize("line", list(LineOfBusiness))
def test_evidence_waits_until_every_required_item_is_answered(line: LineOfBusiness) -> None:
    template = checklist_for(line)
    survey = make_survey(line)
    with pytest.raises(RuleViolation) as blocked:
        ensure_evidence_may_start(template, survey)
    assert blocked.value.code == "safety_incomplete"
    assert blocked.value.params["missing"] == [i.item_id for i in template.required_items]

    for item in template.required_items[:-1]:
        survey = survey.with_answer(SafetyAnswer(item.item_id, SafetyAnswerValue.YES, NOW))
    assert not evidence_may_start(template, survey)
    assert [i.item_id for i in unanswered_required(template, survey)] == [
        template.required_items[-1].item_id
    ]
    last = template.required_items[-1].item_id
    survey = survey.with_answer(SafetyAnswer(last, SafetyAnswerValue.NOT_APPLICABLE, NOW))
    ensure_evidence_may_start(template, survey)  # no longer raises


def test_optional_items_do_not_block_evidence() -> None:
    template = checklist_for(LineOfBusiness.MOTOR)
    survey = make_survey(LineOfBusiness.MOTOR)
    for item in template.required_items:
        survey = survey.with_answer(SafetyAnswer(item.item_id, SafetyAnswerValue.YES, NOW))
    assert any(not i.required for i in template.items)
    assert evidence_may_start(template, survey)


def test_an_emergency_skip_with_a_written_reason_lets_evidence_start() -> None:
    template = checklist_for(LineOfBusiness.MOTOR)
    survey = replace(
        make_survey(LineOfBusiness.MOTOR),
        emergency_skip=EmergencySkip(
            reason="Vehicle on fire, evidence before it burns out", recorded_at=NOW
        ),
    )
    assert evidence_may_start(template, survey)


def test_an_emergency_skip_needs_a_real_reason() -> None:
    with pytest.raises(RuleViolation, match="at least 10 characters, a Chinese, Japanese"):
        EmergencySkip(reason="   urgent ", recorded_at=NOW)
    with pytest.raises(RuleViolation, match="this one has 8"):
        EmergencySkip(reason="現場起火", recorded_at=NOW)  # four characters say too little
    # Eight Chinese characters say as much as sixteen Latin letters: a reason.
    assert EmergencySkip(reason="  现场起火需先救人 ", recorded_at=NOW).reason == "现场起火需先救人"


def test_no_to_a_required_item_needs_a_note_and_unknown_items_are_refused() -> None:
    template = checklist_for(LineOfBusiness.MOTOR)
    with pytest.raises(RuleViolation, match="needs a note"):
        check_answer(template, SafetyAnswer("hazard_lights", SafetyAnswerValue.NO, NOW))
    check_answer(
        template,
        SafetyAnswer(
            "hazard_lights",
            SafetyAnswerValue.NO,
            NOW,
            note="Electrics dead after impact; triangle doubled",
        ),
    )
    with pytest.raises(RuleViolation, match="not on the motor-safety/1 checklist"):
        check_answer(template, SafetyAnswer("gas_isolated", SafetyAnswerValue.YES, NOW))
