"""Changing a draft survey's start fields in place: checked as when it was started, logged,
refused once the survey is signed; and the same through `fieldapp survey edit`."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from fieldapp.core.timestamps import local_now
from fieldapp.errors import FieldappError, SurveyFrozen, UsageError
from fieldapp.services.field import (
    FieldWorkspace,
    edit_survey_start,
    safety_checklist,
    start_survey,
    survey_log,
    survey_of,
)
from tests.conftest import CliRun

TAIPEI = timezone(timedelta(hours=8))


def started(workspace: FieldWorkspace) -> str:
    return start_survey(
        workspace,
        claim_number="CLM-1",
        line_of_business="property",
        occurred_at=datetime(2026, 1, 5, 9, 30, tzinfo=TAIPEI),
        surveyor="赵静",
        address="台北市信义路 1 号",
    ).survey_id


def test_each_field_changes_in_place_with_an_event_naming_it(workspace: FieldWorkspace) -> None:
    survey_id = started(workspace)
    changed = edit_survey_start(
        workspace,
        survey_id,
        claim_number="CLM-2",
        policy_number="POL-9",
        occurred_at=datetime(2026, 1, 5, 8, 15, tzinfo=TAIPEI),
        address="台北市松山区南京东路 5 段",
        description="水管破裂，地板受潮",
        latitude=25.05,
        longitude=121.56,
    )
    assert changed == (
        "claim_number",
        "policy_number",
        "occurred_at",
        "address",
        "description",
        "location",
    )
    survey = survey_of(workspace, survey_id)
    assert (survey.claim_number, survey.policy_number) == ("CLM-2", "POL-9")
    assert survey.incident.occurred_at == datetime(2026, 1, 5, 8, 15, tzinfo=TAIPEI)
    assert survey.incident.occurred_at.utcoffset() == timedelta(hours=8)
    assert survey.incident.address == "台北市松山区南京东路 5 段"
    assert survey.incident.description == "水管破裂，地板受潮"
    assert (survey.incident.latitude, survey.incident.longitude) == (25.05, 121.56)
    assert survey.line_of_business == "property"
    last = survey_log(workspace, survey_id)[-1]
    assert last.kind == "start_edited"
    assert "address" in last.summary and "松山" not in last.summary  # no personal data in the log


def test_an_unchanged_value_writes_nothing(workspace: FieldWorkspace) -> None:
    survey_id = started(workspace)
    before = len(survey_log(workspace, survey_id))
    assert edit_survey_start(workspace, survey_id, address=" 台北市信义路 1 号 ") == ()
    assert len(survey_log(workspace, survey_id)) == before


def test_the_location_can_be_cleared_but_not_given_by_half(workspace: FieldWorkspace) -> None:
    survey_id = started(workspace)
    edit_survey_start(workspace, survey_id, latitude=25.0, longitude=121.5)
    with pytest.raises(UsageError):
        edit_survey_start(workspace, survey_id, latitude=24.0)
    with pytest.raises(UsageError):
        edit_survey_start(workspace, survey_id, latitude=24.0, longitude=None)
    assert edit_survey_start(workspace, survey_id, latitude=None, longitude=None) == ("location",)
    assert survey_of(workspace, survey_id).incident.latitude is None


@pytest.mark.parametrize(
    "change",
    [
        {"claim_number": "   "},
        {"occurred_at": datetime(2026, 1, 5, 9, 30)},  # no offset
        {"latitude": 91.0, "longitude": 0.0},
        {"address": "x" * 5000},
    ],
)
def test_values_the_start_refuses_are_refused_and_nothing_is_stored(
    workspace: FieldWorkspace, change: dict[str, object]
) -> None:
    survey_id = started(workspace)
    before = len(survey_log(workspace, survey_id))
    with pytest.raises(FieldappError):
        edit_survey_start(workspace, survey_id, **change)  # type: ignore[arg-type]
    survey = survey_of(workspace, survey_id)
    assert survey.claim_number == "CLM-1" and survey.incident.address == "台北市信义路 1 号"
    assert len(survey_log(workspace, survey_id)) == before


def test_a_signed_survey_is_refused_naming_survey_revise(workspace: FieldWorkspace) -> None:
    survey_id = started(workspace)
    workspace.surveys.finish(survey_id, actor="赵静", at=local_now())
    with pytest.raises(SurveyFrozen) as refused:
        edit_survey_start(workspace, survey_id, claim_number="CLM-3")
    assert f"fieldapp survey revise {survey_id}" in str(refused.value)
    assert survey_of(workspace, survey_id).claim_number == "CLM-1"


def test_the_checklist_comes_with_its_answers(workspace: FieldWorkspace) -> None:
    from fieldapp.services.field import answer_safety_item

    survey_id = started(workspace)
    rows = safety_checklist(workspace, survey_id)
    assert rows and all(row.answer is None for row in rows)
    answer_safety_item(workspace, survey_id, item_id=rows[0].item.item_id, answer="yes")
    assert safety_checklist(workspace, survey_id)[0].answer.answer == "yes"  # type: ignore[union-attr]


def test_survey_edit_on_the_command_line(cli: CliRun) -> None:
    survey_id = cli.new_survey(claim="CLM-7", line="motor")
    code, out, err = cli(
        "survey", "edit", survey_id[:8], "--claim", "CLM-8", "--lat", "31.2", "--lon", "121.4"
    )
    assert code == 0, err
    assert out.strip() == "changed: claim_number, location"
    code, out, err = cli("survey", "edit", survey_id[:8], "--claim", "CLM-8")
    assert (code, out.strip()) == (0, "nothing changed")
    code, out, err = cli("survey", "edit", survey_id[:8], "--lat", "31.2")
    assert code != 0 and "both latitude and longitude" in err
    code, out, err = cli("survey", "edit", survey_id[:8], "--occurred-at", "2026-11-24 07:30")
    assert code == 0 and out.strip() == "changed: occurred_at"
    document = cli.json("survey", "show", survey_id[:8], "--json", "--full")
    assert document["claim_number"] == "CLM-8"  # type: ignore[index]
    assert document["incident"]["occurred_at"].startswith("2026-11-24T07:30")  # type: ignore[index]
    code, out, err = cli("survey", "log", survey_id[:8])
    assert "start_edited: start changed: claim number, location" in out


def test_an_incident_moved_into_the_future_is_refused_as_when_started(
    workspace: FieldWorkspace,
) -> None:
    from datetime import timedelta

    from fieldapp.core.timestamps import local_now
    from fieldapp.errors import FieldappError
    from fieldapp.services.field import edit_survey_start, start_survey

    survey = start_survey(
        workspace,
        claim_number="CLM-EDIT-FUTURE",
        line_of_business="property",
        occurred_at=local_now() - timedelta(hours=2),
        surveyor="赵静",
    )
    with pytest.raises(FieldappError, match="future"):
        edit_survey_start(workspace, survey.survey_id, occurred_at=local_now() + timedelta(days=3))
    assert workspace.surveys.get(survey.survey_id).incident.occurred_at < local_now()
