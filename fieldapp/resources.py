"""Reading the shipped resource files: checklist templates and the survey JSON Schema."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from fieldapp.core.checklist import ChecklistTemplate
from fieldapp.core.consent import PrivacyNotice
from fieldapp.core.evidence import ShotRequirement
from fieldapp.core.survey import LineOfBusiness
from fieldapp.paths import resources_dir

SURVEY_SCHEMA_FILE = "survey-1.schema.json"


def _read_json(*parts: str) -> Any:
    path = resources_dir().joinpath(*parts)
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def checklist_for(line: LineOfBusiness) -> ChecklistTemplate:
    return ChecklistTemplate.from_mapping(_read_json("checklists", f"{LineOfBusiness(line)}.json"))


@cache
def shot_requirements(line: LineOfBusiness) -> tuple[ShotRequirement, ...]:
    """The shots a survey of this line must have before it can be finished."""
    raw = _read_json("shots", f"{LineOfBusiness(line)}.json")
    return tuple(ShotRequirement.from_data(r) for r in raw["required"])


@cache
def survey_schema() -> dict[str, Any]:
    schema: dict[str, Any] = _read_json("schema", SURVEY_SCHEMA_FILE)
    return schema


@cache
def privacy_notice() -> PrivacyNotice:
    """The privacy notice the surveyor shows before collecting personal data."""
    raw = _read_json("notices", "privacy-notice.json")
    return PrivacyNotice(
        notice_id=raw["notice_id"],
        version=int(raw["version"]),
        title=dict(raw["title"]),
        body=dict(raw["body"]),
    )
