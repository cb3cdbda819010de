from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from fieldapp.core.document import document_to_survey
from fieldapp.core.document_checks import SCHEMA_NAME, check_against_schema
from fieldapp.errors import InvalidSurveyDocument
from fieldapp.resources import checklist_for, survey_schema
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import survey_document
from fieldapp.services.field import FieldWorkspace


def test_the_schema_is_a_valid_json_schema_with_the_fixed_top_level_names() -> None:
    schema = survey_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"]["const"] == SCHEMA_NAME
    fixed = {
        "schema",
        "survey_id",
        "revision",
        "claim_number",
        "policy_number",
        "line_of_business",
        "incident",
        "parties",
        "safety",
        "photos",
        "damage_items",
        "policy_terms",
        "assessment",
        "events",
    }
    assert fixed <= set(schema["required"])
    assert set(schema["properties"]["incident"]["required"]) == {
        "occurred_at",
        "address",
        "latitude",
        "longitude",
        "description",
    }


def _walk(node: Any, path: str) -> list[str]:
    """Every property of the schema that lacks a description."""
    missing = []
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            if "description" not in sub:
                missing.append(f"{path}.{name}")
            missing += _walk(sub, f"{path}.{name}")
        for key in ("items", "anyOf", "$defs"):
            child = node.get(key)
            if isinstance(child, dict):
                missing += _walk(child, f"{path}[{key}]")
            elif isinstance(child, list):
                for n, sub in enumerate(child):
                    missing += _walk(sub, f"{path}[{key}{n}]")
    return missing


def test_every_field_of_the_schema_is_documented() -> None:
    assert _walk(survey_schema(), "$") == []


@pytest.fixture
def demo_document(workspace: FieldWorkspace) -> dict[str, Any]:
    return survey_document(workspace, create_demo_survey(workspace, "motor"), full=True)


def test_a_demo_document_matches_the_schema(demo_document: dict[str, Any]) -> None:
    check_against_schema(demo_document, survey_schema())
    assert demo_document["incident"]["occurred_at"].endswith("+08:00")


def _broken(document: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    broken = copy.deepcopy(document)
    node = broken
    for key in path[:-1]:
        node = node[key]
    if value == "SAME_AS_0":
        node[path[-1]] = broken["photos"][0]["sha256"]
    elif value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return broken


@pytest.mark.parametrize(
    ("path", "value", "where", "what"),
    [
        (["schema"], "fieldapp.survey/9", "$.schema", "unsupported data version"),
        (["redaction"], "masked", "$.redaction", "personal fields masked"),
        (["parties", 0, "legal_basis"], None, "$.parties[0]", "needs a recorded basis"),
        (
            ["parties", 1, "consent_id"],
            "0" * 8 + "-0000-4000-8000-" + "0" * 12,
            "$.parties[1].consent_id",
            "refers to no consent record",
        ),
        (["claim_number"], KeyError, "$", "'claim_number' is a required property"),
        (
            ["incident", "occurred_at"],
            "2026-11-24 21:05",
            "$.incident.occurred_at",
            "does not fit: RFC 3339",
        ),
        (["incident", "latitude"], 123.0, "$.incident.latitude", "maximum"),
        (["parties", 1, "role"], "boss", "$.parties[1].role", "is not one of"),
        (
            ["parties", 0, "id_number"],
            "440305199203150618",
            "$.parties[0].id_number",
            "does not collect id_number",
        ),
        (
            ["safety", "answers", 0, "item_id"],
            "gas_isolated",
            "$.safety.answers[0]",
            "not on the motor-safety/1 checklist",
        ),
        (["safety", "answers", 1, "answer"], "maybe", "$.safety.answers[1].answer", "not one of"),
        (["photos", 0, "sha256"], "abc", "$.photos[0].sha256", "does not fit"),
        (["line_of_business"], "property", "$.safety.checklist", "motor-safety/1"),
        (
            ["photos", 2, "sha256"],
            "SAME_AS_0",
            "$.photos[2].sha256",
            "same original as $.photos[0]",
        ),
    ],
)
def test_bad_documents_are_refused_naming_the_json_path(
    demo_document: dict[str, Any], path: list[Any], value: Any, where: str, what: str
) -> None:
    with pytest.raises(InvalidSurveyDocument) as refused:
        document_to_survey(
            _broken(demo_document, path, value), schema=survey_schema(), checklist_for=checklist_for
        )
    assert refused.value.params["path"] == where
    assert what in refused.value.params["detail"]


def test_a_document_becomes_a_new_draft_survey_with_fresh_ids(
    demo_document: dict[str, Any],
) -> None:
    parsed = document_to_survey(demo_document, schema=survey_schema(), checklist_for=checklist_for)
    assert parsed.survey.survey_id != demo_document["survey_id"]
    assert parsed.source_survey_id == demo_document["survey_id"]
    assert parsed.survey.revision == 1
    assert {p.party_id for p in parsed.survey.parties}.isdisjoint(
        {p["party_id"] for p in demo_document["parties"]}
    )
    assert [p.sha256 for p in parsed.photos] == [p["sha256"] for p in demo_document["photos"]]
