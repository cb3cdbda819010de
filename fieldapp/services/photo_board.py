"""What the window's Photos step shows of one survey, read in one go: each photo with its risk
notes and the damage items that show it, the required shots still missing, and the damage items
a photo can be linked to."""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.core.evidence import EvidencePhoto, MissingShot
from fieldapp.core.risk import RiskNote, photo_notes
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photo_copies import damaged_pictures
from fieldapp.services.photos import plausibility_limits, shots_missing


@dataclass(frozen=True)
class DamageChoice:
    damage_id: str
    description: str


@dataclass(frozen=True)
class PhotoTile:
    photo: EvidencePhoto
    notes: tuple[RiskNote, ...]  # this photo's risk notes (their codes name the badges)
    damage_ids: tuple[str, ...]  # the damage items that show it, in the survey's order


@dataclass(frozen=True)
class PhotoBoard:
    tiles: tuple[PhotoTile, ...]
    missing: tuple[MissingShot, ...]
    damage_items: tuple[DamageChoice, ...]
    frozen: bool  # a finished revision: shown, not changed


def photo_board(workspace: FieldWorkspace, survey_id: str) -> PhotoBoard:
    survey = workspace.surveys.get(survey_id)
    photos = workspace.photos.photos(survey_id)
    items = workspace.damage.items(survey_id)
    used_elsewhere = workspace.photos.other_surveys_using(survey_id)
    damaged = damaged_pictures(workspace, {p.sha256 for p in photos})
    limits = plausibility_limits(workspace)
    tiles = tuple(
        PhotoTile(
            photo,
            tuple(
                photo_notes(
                    survey.incident,
                    [photo],
                    limits=limits,
                    used_elsewhere=used_elsewhere,
                    damaged=damaged,
                )
            ),
            tuple(i.damage_id for i in items if photo.photo_id in i.photo_ids),
        )
        for photo in photos
    )
    return PhotoBoard(
        tiles,
        tuple(shots_missing(workspace, survey_id)),
        tuple(DamageChoice(i.damage_id, i.description) for i in items),
        survey.is_frozen,
    )
