"""Scene-safety checklists and the rule that safety comes before evidence.

Templates are data (``resources/checklists/*.json``); this module turns a parsed template into
values and holds the rules: which answers are acceptable, and when evidence may start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.core.survey import LineOfBusiness, SafetyAnswer, SafetyAnswerValue, Survey
from fieldapp.errors import RuleViolation

LANGUAGES = ("zh-Hans", "zh-Hant", "en")


@dataclass(frozen=True)
class ChecklistItem:
    item_id: str
    required: bool
    label: Mapping[str, str]
    note_label: Mapping[str, str] | None = None

    def text(self, language: str) -> str:
        return self.label.get(language) or self.label["en"]


@dataclass(frozen=True)
class ChecklistTemplate:
    checklist_id: str
    version: int
    line_of_business: LineOfBusiness
    title: Mapping[str, str]
    items: tuple[ChecklistItem, ...]

    @property
    def reference(self) -> str:
        """Stable name of this template version, recorded with the answers."""
        return f"{self.checklist_id}/{self.version}"

    def item(self, item_id: str) -> ChecklistItem:
        for item in self.items:
            if item.item_id == item_id:
                return item
        known = ", ".join(i.item_id for i in self.items)
        raise RuleViolation(
            "unknown_safety_item",
            detail=f"{item_id!r} is not on the {self.reference} checklist (items: {known}).",
        )

    @property
    def required_items(self) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.items if i.required)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> ChecklistTemplate:
        """Build a template from its JSON form, refusing one with missing labels or duplicates."""
        items = []
        seen: set[str] = set()
        for entry in raw["items"]:
            item_id = entry["id"]
            if item_id in seen:
                raise ValueError(f"checklist {raw['checklist_id']}: duplicate item {item_id}")
            seen.add(item_id)
            for labels in (entry["label"], entry.get("note_label") or {}):
                missing = [lang for lang in LANGUAGES if labels and not labels.get(lang)]
                if missing:
                    raise ValueError(f"checklist item {item_id}: no label in {missing}")
            items.append(
                ChecklistItem(
                    item_id=item_id,
                    required=bool(entry["required"]),
                    label=dict(entry["label"]),
                    note_label=dict(entry["note_label"]) if entry.get("note_label") else None,
                )
            )
        return cls(
            checklist_id=raw["checklist_id"],
            version=int(raw["version"]),
            line_of_business=LineOfBusiness(raw["line_of_business"]),
            title=dict(raw["title"]),
            items=tuple(items),
        )


def check_answer(template: ChecklistTemplate, answer: SafetyAnswer) -> None:
    """A required safety item answered "no" must say why in its note (the report shows it)."""
    item = template.item(answer.item_id)
    if item.required and answer.answer is SafetyAnswerValue.NO and not answer.note:
        raise RuleViolation(
            "safety_no_needs_note",
            detail=f"Answering 'no' to the required item {item.item_id!r} needs a note "
            "saying why and what was done instead.",
        )


def unanswered_required(template: ChecklistTemplate, survey: Survey) -> list[ChecklistItem]:
    return [i for i in template.required_items if survey.answer_for(i.item_id) is None]


def evidence_may_start(template: ChecklistTemplate, survey: Survey) -> bool:
    """Evidence starts once every required safety item is answered, or an emergency skip exists."""
    return survey.emergency_skip is not None or not unanswered_required(template, survey)


def ensure_evidence_may_start(template: ChecklistTemplate, survey: Survey) -> None:
    if evidence_may_start(template, survey):
        return
    missing = unanswered_required(template, survey)
    raise RuleViolation(
        "safety_incomplete",
        detail="Scene safety comes first: answer "
        + ", ".join(i.item_id for i in missing)
        + " (or record an emergency skip with its reason) before collecting evidence.",
        missing=[i.item_id for i in missing],
    )
