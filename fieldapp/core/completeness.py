"""What a survey needs before it can be finished and signed, said item by item."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fieldapp.core.checklist import ChecklistTemplate, unanswered_required
from fieldapp.core.damage import DamageItem
from fieldapp.core.evidence import EvidencePhoto, ShotRequirement, missing_shots
from fieldapp.core.survey import Survey
from fieldapp.errors import RuleViolation


@dataclass(frozen=True)
class Gap:
    code: str
    detail: str


def completeness_gaps(
    survey: Survey,
    *,
    checklist: ChecklistTemplate,
    photos: Sequence[EvidencePhoto],
    shots: Sequence[ShotRequirement],
    damage_items: Sequence[DamageItem],
) -> list[Gap]:
    gaps: list[Gap] = []
    if survey.emergency_skip is None:
        for item in unanswered_required(checklist, survey):
            gaps.append(
                Gap(
                    "safety_unanswered",
                    f"safety item not answered: {item.item_id} ({item.text('en')})",
                )
            )
    for shot in missing_shots(shots, photos):
        gaps.append(
            Gap(
                "shot_missing",
                f"required shot missing: {shot.requirement.label['en']} "
                f"({shot.have} of {shot.requirement.minimum})",
            )
        )
    for damage in damage_items:
        if not damage.photo_ids:
            gaps.append(
                Gap(
                    "damage_without_evidence",
                    f"damage item without a photo: {damage.damage_id[:8]} {damage.description}",
                )
            )
    if not survey.parties:
        gaps.append(Gap("no_parties", "no party recorded (at least the insured)"))
    return gaps


def ensure_complete(gaps: Sequence[Gap]) -> None:
    if gaps:
        raise RuleViolation(
            "survey_incomplete",
            detail="The survey cannot be finished yet:\n"
            + "\n".join(f"  - {g.detail}" for g in gaps),
            gaps=[g.code for g in gaps],
        )
