from __future__ import annotations

import copy
from typing import Any

import pytest

from fieldapp.errors import InvalidSurveyDocument
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import import_survey_document, survey_document
from fieldapp.services.field import FieldWorkspace, verify_log

# Renewed by import: ids, revision, the log. Risk notes are computed, and an imported copy
# rightly notes that its photos are now attached to two surveys.
VOLATILE = {"survey_id", "revision", "events", "risk_notes"}


def comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The document less what import renews: ids, revision and events."""
    kept = {k: v for k, v in document.items() if k not in VOLATILE}
    kept = copy.deepcopy(kept)
    for party in kept["parties"]:
        party.pop("party_id")
        party.pop("consent_id")
    for consent in kept["consents"]:
        consent.pop("consent_id")
    photo_index = {photo.pop("photo_id"): n for n, photo in enumerate(kept["photos"])}
    for item in kept["damage_items"]:
        item.pop("damage_id")
        item["photo_ids"] = [photo_index[p] for p in item["photo_ids"]]
    return kept


def table_counts(workspace: FieldWorkspace) -> dict[str, int]:
    return {t: workspace.db[t].count for t in workspace.db.table_names()}


@pytest.mark.parametrize("line", ["motor", "property", "personal_accident"])
def test_show_import_show_round_trips_apart_from_ids_revision_and_events(
    workspace: FieldWorkspace, line: str
) -> None:
    original = survey_document(workspace, create_demo_survey(workspace, line), full=True)
    outcome = import_survey_document(workspace, original)
    assert outcome.missing_photos == ()
    assert len(outcome.kept_photos) == len(original["photos"])
    again = survey_document(workspace, outcome.survey_id, full=True)
    assert again["survey_id"] != original["survey_id"] and again["revision"] == 1
    assert comparable(again) == comparable(original)
    assert again["assessment"]["indemnity"] == original["assessment"]["indemnity"]
    assert all(item["photo_ids"] for item in again["damage_items"])  # links survived
    assert next(e["kind"] for e in again["events"]) == "survey_imported"
    assert original["survey_id"] in again["events"][0]["summary"]
    assert verify_log(workspace, outcome.survey_id).intact


def test_photos_whose_originals_are_elsewhere_are_reported_missing(
    workspace: FieldWorkspace, tmp_path: Any
) -> None:
    document = survey_document(workspace, create_demo_survey(workspace, "motor"), full=True)
    other = FieldWorkspace.open(tmp_path / "other-device")
    try:
        outcome = import_survey_document(other, document)
        assert [p.sha256 for p in outcome.missing_photos] == [
            p["sha256"] for p in document["photos"]
        ]
        assert survey_document(other, outcome.survey_id)["photos"] == []
    finally:
        other.close()


def test_a_bad_document_writes_nothing(workspace: FieldWorkspace) -> None:
    document = survey_document(workspace, create_demo_survey(workspace, "motor"), full=True)
    before = table_counts(workspace)
    # Late in the document, after everything before it has been read: a required "no" unexplained.
    document["safety"]["answers"][2] = {
        **document["safety"]["answers"][2],
        "answer": "no",
        "note": "",
    }
    with pytest.raises(InvalidSurveyDocument) as refused:
        import_survey_document(workspace, document)
    assert refused.value.params["path"] == "$.safety.answers[2]"
    assert table_counts(workspace) == before


def test_a_supplied_assessment_is_never_trusted(workspace: FieldWorkspace) -> None:
    document = survey_document(workspace, create_demo_survey(workspace, "property"), full=True)
    genuine = document["assessment"]["indemnity"]
    document["assessment"]["indemnity"] = "9999999.00"
    document["damage_items"][0]["loss"] = "9999999.00"
    outcome = import_survey_document(workspace, document)
    again = survey_document(workspace, outcome.survey_id, full=True)
    assert again["assessment"]["indemnity"] == genuine
    assert again["damage_items"][0]["loss"] != "9999999.00"
