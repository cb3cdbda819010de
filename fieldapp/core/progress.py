"""How far a survey has come: the state of each step of the field flow, and what is missing.

One rule for the survey list, the step navigator and finishing: they all read `SurveyFacts`,
the few facts a survey's progress depends on, gathered by the store in one query for a whole
list or from the full survey for one. Each need is a code with its particulars; the faces turn
it into words in the user's language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from fieldapp.core.checklist import ChecklistTemplate
from fieldapp.core.evidence import PhotoCategory, ShotRequirement
from fieldapp.core.hand_signatures import signature_needs


class Step(StrEnum):
    START = "start"
    SAFETY = "safety"
    PARTIES = "parties"
    PHOTOS = "photos"
    DAMAGE = "damage"
    REVIEW = "review"
    EXPORT = "export"


class StepStatus(StrEnum):
    DONE = "done"
    ATTENTION = "attention"  # something to do here (it may still be filled in later)
    BLOCKED = "blocked"  # cannot be done until another step is


@dataclass(frozen=True)
class Need:
    """One thing a survey still needs: a stable code and what it concerns."""

    code: str
    subject: str = ""  # a checklist item id, a photo category, a damage item id
    have: int = 0
    wanted: int = 0
    label: tuple[tuple[str, str], ...] = ()  # the subject's name by language, where it has one

    def label_in(self, language: str) -> str:
        names = dict(self.label)
        return names.get(language) or names.get("en") or self.subject


@dataclass(frozen=True)
class SurveyFacts:
    line_of_business: str
    status: str
    answered_safety_items: frozenset[str]
    emergency_skip: bool
    party_count: int
    photo_categories: tuple[str, ...]  # one entry per photo
    damage_item_count: int
    damage_items_without_photo: tuple[str, ...]  # their ids
    exported: bool
    # Roles whose handwritten signature is stored, or (the insured) whose refusal is recorded.
    signatures_settled: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StepState:
    step: Step
    status: StepStatus
    needs: tuple[Need, ...] = ()
    remarks: tuple[Need, ...] = ()  # worth showing though nothing is missing (an emergency skip)


@dataclass(frozen=True)
class SurveyProgress:
    steps: tuple[StepState, ...]
    missing: tuple[Need, ...] = field(default=())  # what finishing would refuse for
    unsigned: tuple[Need, ...] = ()  # the handwritten signatures still to take, blocked or not

    def state(self, step: Step) -> StepState:
        return next(s for s in self.steps if s.step is step)

    @property
    def complete(self) -> bool:
        return not self.missing


def safety_needs(facts: SurveyFacts, checklist: ChecklistTemplate) -> tuple[Need, ...]:
    if facts.emergency_skip:
        return ()
    return tuple(
        Need("safety_unanswered", item.item_id, label=tuple(item.label.items()))
        for item in checklist.required_items
        if item.item_id not in facts.answered_safety_items
    )


def shot_needs(facts: SurveyFacts, shots: Sequence[ShotRequirement]) -> tuple[Need, ...]:
    counts = Counter(facts.photo_categories)
    return tuple(
        Need(
            "shot_missing",
            shot.category.value,
            counts[shot.category.value],
            shot.minimum,
            label=tuple(shot.label.items()),
        )
        for shot in shots
        if counts[shot.category.value] < shot.minimum
    )


def missing_for_finishing(
    facts: SurveyFacts, checklist: ChecklistTemplate, shots: Sequence[ShotRequirement]
) -> tuple[Need, ...]:
    """Everything finishing checks."""
    return (
        *safety_needs(facts, checklist),
        *shot_needs(facts, shots),
        *(Need("damage_without_evidence", d) for d in facts.damage_items_without_photo),
        *(() if facts.party_count else (Need("no_parties"),)),
    )


def survey_progress(
    facts: SurveyFacts, checklist: ChecklistTemplate, shots: Sequence[ShotRequirement]
) -> SurveyProgress:
    safety = safety_needs(facts, checklist)
    evidence_blocked = (Need("evidence_locked"),) if safety else ()
    missing = missing_for_finishing(facts, checklist, shots)
    finished = facts.status == "finished"

    def state(step: Step, needs: Sequence[Need], *, blocked: Sequence[Need] = ()) -> StepState:
        if blocked:
            return StepState(step, StepStatus.BLOCKED, tuple(blocked))
        return StepState(step, StepStatus.ATTENTION if needs else StepStatus.DONE, tuple(needs))

    parties = () if facts.party_count else (Need("no_parties"),)
    damage = (
        (Need("no_damage_items"),)
        if not facts.damage_item_count
        else tuple(Need("damage_without_evidence", d) for d in facts.damage_items_without_photo)
    )
    # The handwritten signatures are asked for at review but hold up neither finishing nor the
    # export: the report is bound by the surveyor's digital signature and says what is unsigned.
    review = (
        ()
        if finished or facts.exported
        else tuple(Need(code) for code in signature_needs(facts.signatures_settled))
    )
    export = () if facts.exported else (Need("not_exported"),)
    safety_state = state(Step.SAFETY, safety)
    if facts.emergency_skip:  # the report shows it; so does the navigator
        safety_state = replace(safety_state, remarks=(Need("emergency_skip_recorded"),))
    return SurveyProgress(
        steps=(
            state(Step.START, ()),
            safety_state,
            state(Step.PARTIES, parties),
            state(Step.PHOTOS, shot_needs(facts, shots), blocked=evidence_blocked),
            state(Step.DAMAGE, damage, blocked=evidence_blocked),
            state(Step.REVIEW, review, blocked=missing),
            state(Step.EXPORT, export, blocked=missing),
        ),
        missing=missing,
        unsigned=review,
    )


def photo_categories_of(categories: Sequence[PhotoCategory | str]) -> tuple[str, ...]:
    return tuple(c.value if isinstance(c, PhotoCategory) else c for c in categories)


# Where each need is met: the step a review entry leads to.
NEED_STEPS: dict[str, Step] = {
    "safety_unanswered": Step.SAFETY,
    "no_parties": Step.PARTIES,
    "shot_missing": Step.PHOTOS,
    "damage_without_evidence": Step.DAMAGE,
    "no_damage_items": Step.DAMAGE,
    "surveyor_signature_missing": Step.REVIEW,
    "insured_signature_missing": Step.REVIEW,
}


@dataclass(frozen=True)
class ReviewEntry:
    """One line of the review's completeness list: what is missing, where it is done, and
    whether the export refuses without it."""

    step: Step
    need: Need
    blocks_export: bool


def review_entries(progress: SurveyProgress) -> tuple[ReviewEntry, ...]:
    """Everything still to do, in the flow's order: what finishing refuses for, and the steps'
    other needs (no damage item yet, the handwritten signatures). Markers that only say a step
    waits for another (evidence locked) are left out: their cause is listed itself."""
    missing = set(progress.missing)
    found = dict.fromkeys(progress.missing)  # ordered and without repeats
    for state in progress.steps:
        if state.status is not StepStatus.BLOCKED:
            found.update(dict.fromkeys(n for n in state.needs if n.code in NEED_STEPS))
    found.update(dict.fromkeys(progress.unsigned))
    order = list(Step)
    entries = [ReviewEntry(NEED_STEPS[n.code], n, n in missing) for n in found]
    # Stable: within a step, the checklist's order, the surveyor before the insured.
    return tuple(sorted(entries, key=lambda e: (order.index(e.step), not e.blocks_export)))
