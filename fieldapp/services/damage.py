"""Damage and valuation use cases: record damage items and policy terms, compute the assessment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields, replace
from typing import Any

from fieldapp.core.damage import DamageItem, check_item_figures
from fieldapp.core.risk import RiskNote
from fieldapp.core.valuation import (
    Assessment,
    PolicyTerms,
    assess,
    check_assessment_fits,
    check_terms_fit_line,
)
from fieldapp.services.damage_forms import assess_draft
from fieldapp.services.field import FieldWorkspace


def save_damage_item(
    workspace: FieldWorkspace, survey_id: str, item: DamageItem, *, photo_refs: Sequence[str] = ()
) -> DamageItem:
    """Save an item, its photos given by id or SHA-256 prefix."""
    survey = workspace.surveys.get(survey_id)
    photo_ids = tuple(workspace.photos.resolve(survey_id, ref) for ref in photo_refs)
    saved = replace(item, photo_ids=photo_ids or item.photo_ids)
    workspace.damage.save(survey_id, saved, actor=survey.surveyor)
    return saved


EDITABLE = frozenset(f.name for f in fields(DamageItem)) - {"damage_id", "photo_ids"}


def edit_damage_item(
    workspace: FieldWorkspace,
    survey_id: str,
    ref: str,
    changes: Mapping[str, Any],
    *,
    photo_refs: Sequence[str] | None = None,
) -> DamageItem:
    """Change an item in place (same id, same place in the list), its photos too when
    ``photo_refs`` is given (an empty list unlinks them all). The change is one event; the
    changed item meets every rule a new one does."""
    survey = workspace.surveys.get(survey_id)
    edited = edited_damage_item(workspace, survey_id, ref, changes, photo_refs=photo_refs)
    workspace.damage.save(survey_id, edited, actor=survey.surveyor)
    return edited


def edited_damage_item(
    workspace: FieldWorkspace,
    survey_id: str,
    ref: str,
    changes: Mapping[str, Any],
    *,
    photo_refs: Sequence[str] | None = None,
) -> DamageItem:
    """The stored item with these changes, not stored (``damage edit`` and its dry run)."""
    unknown = sorted(set(changes) - EDITABLE)
    if unknown:
        raise ValueError(f"not fields of a damage item: {unknown}")  # a caller's mistake
    damage_id = workspace.damage.resolve(survey_id, ref)
    [item] = [i for i in workspace.damage.items(survey_id) if i.damage_id == damage_id]
    edited = replace(item, **changes)
    if photo_refs is not None:
        resolved = tuple(workspace.photos.resolve(survey_id, p) for p in photo_refs)
        edited = replace(edited, photo_ids=resolved)
    return edited


def preview_damage_item(workspace: FieldWorkspace, survey_id: str, item: DamageItem) -> Assessment:
    """The assessment as it would be with ``item`` saved (added, or in place of the item of its
    id); nothing is stored. The item is held to the rules a save applies."""
    check_item_figures(item)
    assessment = assess_draft(
        workspace.damage.items(survey_id),
        workspace.damage.terms(survey_id),
        line_of_business=workspace.surveys.line_of(survey_id).value,
        draft=item,
    )
    check_assessment_fits(assessment)
    return assessment


def preview_policy_terms(
    workspace: FieldWorkspace, survey_id: str, terms: PolicyTerms
) -> Assessment:
    """The assessment as it would be with these terms; nothing is stored."""
    line = workspace.surveys.line_of(survey_id).value
    check_terms_fit_line(terms, line)
    assessment = assess(workspace.damage.items(survey_id), terms, line_of_business=line)
    check_assessment_fits(assessment)
    return assessment


def remove_damage_item(workspace: FieldWorkspace, survey_id: str, ref: str) -> None:
    survey = workspace.surveys.get(survey_id)
    workspace.damage.remove(
        survey_id, workspace.damage.resolve(survey_id, ref), actor=survey.surveyor
    )


def set_policy_terms(workspace: FieldWorkspace, survey_id: str, terms: PolicyTerms) -> None:
    survey = workspace.surveys.get(survey_id)
    workspace.damage.save_terms(survey_id, terms, actor=survey.surveyor)


def current_assessment(workspace: FieldWorkspace, survey_id: str) -> Assessment:
    """Recomputed from the stored items and terms every time: never stored, never trusted."""
    return assess(
        workspace.damage.items(survey_id),
        workspace.damage.terms(survey_id),
        line_of_business=workspace.surveys.line_of(survey_id).value,
    )


def damage_risk_notes(
    items: Sequence[DamageItem], assessment: Assessment, terms: PolicyTerms
) -> list[RiskNote]:
    """Items with no photo as evidence; items whose loss alone exceeds the sum insured."""
    notes = []
    for item, valued in zip(items, assessment.items, strict=True):
        about = {"item": item.damage_id[:8], "description": item.description[:40]}
        if not item.photo_ids:
            notes.append(RiskNote("damage_without_photo", about))
        if terms.sum_insured is not None and valued.loss > terms.sum_insured:
            notes.append(
                RiskNote(
                    "item_exceeds_sum_insured",
                    {**about, "loss": valued.loss, "sum_insured": terms.sum_insured},
                )
            )
    return notes
