"""What a survey needs before it can be finished and signed, said item by item."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fieldapp.core.checklist import ChecklistTemplate
from fieldapp.core.damage import DamageItem
from fieldapp.core.evidence import EvidencePhoto, ShotRequirement
from fieldapp.core.progress import SurveyFacts, missing_for_finishing, photo_categories_of
from fieldapp.core.survey import Survey
from fieldapp.errors import RuleViolation


@dataclass(frozen=True)
class Gap:
    code: str
    detail: str


def facts_of(
    survey: Survey, *, photos: Sequence[EvidencePhoto], damage_items: Sequence[DamageItem]
) -> SurveyFacts:
    return SurveyFacts(
        line_of_business=survey.line_of_business.value,
        status=survey.status.value,
        answered_safety_items=frozenset(a.item_id for a in survey.safety_answers),
        emergency_skip=survey.emergency_skip is not None,
        party_count=len(survey.parties),
        photo_categories=photo_categories_of([p.category for p in photos]),
        damage_item_count=len(damage_items),
        damage_items_without_photo=tuple(d.damage_id for d in damage_items if not d.photo_ids),
        exported=False,
    )


def completeness_gaps(
    survey: Survey,
    *,
    checklist: ChecklistTemplate,
    photos: Sequence[EvidencePhoto],
    shots: Sequence[ShotRequirement],
    damage_items: Sequence[DamageItem],
) -> list[Gap]:
    """What finishing refuses for, in words (English, for the command line and logs)."""
    facts = facts_of(survey, photos=photos, damage_items=damage_items)
    labels = {shot.category.value: shot.label["en"] for shot in shots}
    descriptions = {d.damage_id: d.description for d in damage_items}
    gaps = []
    for need in missing_for_finishing(facts, checklist, shots):
        if need.code == "safety_unanswered":
            detail = (
                f"safety item not answered: {need.subject} "
                f"({checklist.item(need.subject).text('en')})"
            )
        elif need.code == "shot_missing":
            detail = f"required shot missing: {labels[need.subject]} ({need.have} of {need.wanted})"
        elif need.code == "damage_without_evidence":
            detail = f"damage item without a photo: {need.subject[:8]} {descriptions[need.subject]}"
        else:
            detail = "no party recorded (at least the insured)"
        gaps.append(Gap(need.code, detail))
    return gaps


def ensure_complete(gaps: Sequence[Gap]) -> None:
    if gaps:
        raise RuleViolation(
            "survey_incomplete",
            detail="The survey cannot be finished yet:\n"
            + "\n".join(f"  - {g.detail}" for g in gaps),
            gaps=[g.code for g in gaps],
        )
