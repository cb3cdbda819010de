from __future__ import annotations

import pytest

from fieldapp.services.demo import create_demo_survey
from fieldapp.services.field import FieldWorkspace, verify_log


@pytest.fixture
def survey_id(workspace: FieldWorkspace) -> str:
    return create_demo_survey(workspace, "property")


def test_every_change_appended_an_event_and_the_chain_holds(
    workspace: FieldWorkspace, survey_id: str
) -> None:
    kinds = [
        r["kind"]
        for r in workspace.db.query(
            "SELECT kind FROM survey_events WHERE survey_id = ? ORDER BY seq", [survey_id]
        )
    ]
    assert kinds[0] == "survey_created"
    assert {"party_saved", "safety_answered", "photo_added", "notes_changed"} <= set(kinds)
    verdict = verify_log(workspace, survey_id)
    assert verdict.intact and verdict.checked == len(kinds)


def test_no_event_summary_holds_a_party_name_or_phone(
    workspace: FieldWorkspace, survey_id: str
) -> None:
    summaries = " ".join(
        r[0]
        for r in workspace.db.execute(
            "SELECT summary FROM survey_events WHERE survey_id = ?", [survey_id]
        )
    )
    for party in workspace.surveys.get(survey_id).parties:
        assert party.name not in summaries and party.phone not in summaries


@pytest.mark.parametrize(
    ("tamper", "bad_seq"),
    [
        ("UPDATE survey_events SET summary = 'nothing happened' WHERE seq = 3", 3),
        ("UPDATE survey_events SET at_utc = '2020-01-01T00:00:00Z' WHERE seq = 5", 5),
        ("DELETE FROM survey_events WHERE seq = 4", 5),
        (
            "UPDATE survey_events SET seq = -2 WHERE seq = 2; "
            "UPDATE survey_events SET seq = 2 WHERE seq = 6; "
            "UPDATE survey_events SET seq = 6 WHERE seq = -2",
            6,
        ),
        ("DELETE FROM survey_events WHERE seq = (SELECT MAX(seq) FROM survey_events)", None),
    ],
    ids=["altered", "time-changed", "deleted", "reordered", "last-deleted"],
)
def test_a_hand_edit_of_the_stored_log_is_caught(
    workspace: FieldWorkspace, survey_id: str, tamper: str, bad_seq: int | None
) -> None:
    with workspace.db.atomic():
        for statement in tamper.split("; "):
            workspace.db.execute(statement)
    verdict = verify_log(workspace, survey_id)
    assert not verdict.intact
    if bad_seq is not None:
        assert verdict.first_bad_seq == bad_seq
