"""Checking a survey document: against its JSON Schema, and against itself.

The schema check names the JSON path of the first problem; the consistency check is what the
office import runs on an embedded document after the signature has been verified.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from fieldapp.core.document_json import check_document_values
from fieldapp.core.document_valuation import read_damage_item, read_policy_terms
from fieldapp.core.eventlog import SurveyEvent, verify_chain
from fieldapp.core.valuation import assess
from fieldapp.core.visible_text import excerpt
from fieldapp.errors import FieldappError, InvalidSurveyDocument

SCHEMA_NAME = "fieldapp.survey/1"


@dataclass(frozen=True)
class _Validators:
    schema: Mapping[str, Any]
    fast: Any  # jsonschema-rs: answers "valid?" in microseconds
    explaining: Draft202012Validator  # jsonschema: says where and why, when it is not


_VALIDATORS: dict[int, _Validators] = {}


def _validators(schema: Mapping[str, Any]) -> _Validators:
    """Built once per schema object: building costs more than validating a document."""
    cached = _VALIDATORS.get(id(schema))
    if cached is None or cached.schema is not schema:
        import jsonschema_rs

        cached = _Validators(
            schema, jsonschema_rs.Draft202012Validator(dict(schema)), Draft202012Validator(schema)
        )
        _VALIDATORS[id(schema)] = cached
    return cached


def check_against_schema(document: Any, schema: Mapping[str, Any]) -> None:
    # The version first: a document of another version fails everywhere else for that reason.
    if isinstance(document, dict) and document.get("schema", SCHEMA_NAME) != SCHEMA_NAME:
        raise InvalidSurveyDocument(
            "schema_unsupported",
            path="$.schema",
            detail=f"unsupported data version {document['schema']!r}; "
            f"this version reads {SCHEMA_NAME!r}",
        )
    check_document_values(document)  # before the schema: its fast validator takes no surrogate
    validators = _validators(schema)
    if validators.fast.is_valid(document):
        return
    error = best_match(validators.explaining.iter_errors(document))
    if error is not None:
        raise InvalidSurveyDocument(path=error.json_path, detail=_fit_to_show(error))


SHOWN_VALUE_CHARS = 80
ENUM_SHOWN = 8  # a longer list of allowed values is named by its description


def _fit_to_show(error: Any) -> str:
    """jsonschema quotes the offending value whole, a pattern as a regular expression and an
    enumeration in full: a long value is cut to its beginning, a pattern or a long list is said
    in the words of the schema's description, so the message stays one readable line."""
    description = error.schema.get("description", "") if isinstance(error.schema, dict) else ""
    if error.validator == "pattern" and description:
        return f"{excerpt(error.instance)!r} does not fit: {description}"
    if error.validator == "enum" and len(error.validator_value) > ENUM_SHOWN and description:
        return f"{excerpt(error.instance)!r} is not allowed here: {description}"
    message = str(error.message)
    quoted = repr(error.instance)
    if len(quoted) <= SHOWN_VALUE_CHARS or quoted not in message:
        return message
    return message.replace(quoted, quoted[:SHOWN_VALUE_CHARS] + "…", 1)


def document_consistency(document: Any, *, schema: Mapping[str, Any]) -> tuple[str, str] | None:
    """Whether an embedded survey document agrees with its schema and with itself.

    Returns (code, message) for the first problem, or None. Codes follow the office import's:
    ``schema_unsupported`` and ``data_inconsistent``.
    """
    try:
        check_against_schema(document, schema)
    except InvalidSurveyDocument as problem:
        code = "schema_unsupported" if problem.code == "schema_unsupported" else "data_inconsistent"
        return code, problem.message
    hashes = [p["sha256"] for p in document["photos"]]
    if len(set(hashes)) != len(hashes):
        return "data_inconsistent", "the photo manifest lists an original twice"
    photo_ids = {p["photo_id"] for p in document["photos"]}
    for item in document["damage_items"]:
        if not set(item["photo_ids"]) <= photo_ids:
            return (
                "data_inconsistent",
                f"damage item {item['damage_id'][:8]} shows a photo that is not in the manifest",
            )
    events = [SurveyEvent(survey_id=document["survey_id"], **e) for e in document["events"]]
    verdict = verify_chain(events, expected_count=len(events))
    if not verdict.intact:
        return "data_inconsistent", f"event log: {verdict.reason}"
    try:  # values the schema lets through but the valuation rules refuse
        items = [
            read_damage_item(raw, {p: p for p in photo_ids}) for raw in document["damage_items"]
        ]
        recomputed = assess(
            items,
            read_policy_terms(document["policy_terms"]),
            line_of_business=document["line_of_business"],
        )
    except FieldappError as problem:
        return "data_inconsistent", problem.message
    if f"{recomputed.indemnity:.2f}" != document["assessment"]["indemnity"]:
        return "data_inconsistent", (
            f"the stated indemnity {document['assessment']['indemnity']} is not what its items "
            f"and terms give ({recomputed.indemnity:.2f})"
        )
    return None
