"""Photo evidence use cases: what a survey's photos are and what is missing, describe, link to
damage items, annotate and remove them. Importing lives in ``photo_import`` (files and camera
cards in ``photo_sources``, the display copies in ``photo_copies``); its names are offered here
too, where callers have always found them.

Removing a photo detaches it from one survey and never deletes its original file: the original
stays in the data folder's photo store while any survey uses it, and also when none does any
more, because evidence is never silently lost. The removal's event names the original's SHA-256;
adding the same file again attaches it again without a second copy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from fieldapp.core.evidence import (
    Annotation,
    EvidencePhoto,
    MissingShot,
    PhotoCategory,
    check_marks,
    missing_shots,
)
from fieldapp.core.risk import PlausibilityLimits, RiskNote, photo_notes
from fieldapp.errors import UsageError
from fieldapp.resources import shot_requirements
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photo_copies import CopiesReport, damaged_pictures, make_display_copies
from fieldapp.services.photo_import import MAX_BATCH, MAX_FILE_BYTES, add_photos
from fieldapp.services.photo_sources import (
    REASON_CODES,
    AddReport,
    Outcome,
    PhotoOutcome,
    camera_folders,
    collect_files,
)
from fieldapp.store.photo_cipher import PhotoSealBroken
from fieldapp.store.settings import SettingsStore

__all__ = [
    "MAX_BATCH",
    "MAX_FILE_BYTES",
    "REASON_CODES",
    "AddReport",
    "CopiesReport",
    "Outcome",
    "PhotoOutcome",
    "PhotoSheet",
    "RemovedPhoto",
    "add_photos",
    "annotate_photo",
    "camera_folders",
    "collect_files",
    "damaged_pictures",
    "describe_photo",
    "link_photo",
    "make_display_copies",
    "photo_original",
    "photo_risk_notes",
    "photo_sheet",
    "photo_thumbnail",
    "photo_thumbnails",
    "plausibility_limits",
    "remove_photo",
    "shots_missing",
    "thumbnails_of",
]


def plausibility_limits(workspace: FieldWorkspace) -> PlausibilityLimits:
    settings = SettingsStore(workspace.db)
    return PlausibilityLimits(
        max_days_after=settings.get("photo_max_days_after"),
        max_distance_km=settings.get("photo_max_distance_km"),
    )


def photo_risk_notes(workspace: FieldWorkspace, survey_id: str) -> list[RiskNote]:
    survey = workspace.surveys.get(survey_id)
    return photo_notes(
        survey.incident,
        workspace.photos.photos(survey_id),
        limits=plausibility_limits(workspace),
        used_elsewhere=workspace.photos.other_surveys_using(survey_id),
        damaged=damaged_pictures(workspace, workspace.photos.hashes(survey_id)),
    )


def shots_missing(workspace: FieldWorkspace, survey_id: str) -> list[MissingShot]:
    line = workspace.surveys.line_of(survey_id)
    return missing_shots(shot_requirements(line), workspace.photos.photos(survey_id))


@dataclass(frozen=True)
class PhotoSheet:
    """What the photos list (CLI) and the Photos step (window) show of one survey."""

    photos: list[EvidencePhoto]
    notes: list[RiskNote]
    missing: list[MissingShot]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter((self.photos, self.notes, self.missing))


def photo_sheet(workspace: FieldWorkspace, survey_id: str) -> PhotoSheet:
    """The survey's photos in its order, their risk notes and the required shots missing."""
    return PhotoSheet(
        workspace.photos.photos(survey_id),
        photo_risk_notes(workspace, survey_id),
        shots_missing(workspace, survey_id),
    )


def describe_photo(
    workspace: FieldWorkspace,
    survey_id: str,
    photo_ref: str,
    *,
    caption: str | None = None,
    category: str | None = None,
) -> str:
    survey = workspace.surveys.get(survey_id)
    photo_id = workspace.photos.resolve(survey_id, photo_ref)
    try:
        chosen = PhotoCategory(category) if category else None
    except ValueError:
        kinds = ", ".join(c.value for c in PhotoCategory)
        raise UsageError(detail=f"Category {category!r} is not one of {kinds}.") from None
    workspace.photos.describe(
        survey_id, photo_id, actor=survey.surveyor, caption=caption, category=chosen
    )
    return photo_id


def annotate_photo(
    workspace: FieldWorkspace, survey_id: str, photo_ref: str, annotations: Sequence[Annotation]
) -> str:
    """Replace the photo's annotation layer; the original is never touched."""
    survey = workspace.surveys.get(survey_id)
    photo_id = workspace.photos.resolve(survey_id, photo_ref)
    marks = check_marks(annotations)
    workspace.photos.set_annotations(survey_id, photo_id, marks, actor=survey.surveyor)
    return photo_id


def photo_thumbnails(
    workspace: FieldWorkspace, survey_id: str, *, cancelled: Callable[[], bool] = lambda: False
) -> list[tuple[EvidencePhoto, bytes | None]]:
    """Each photo of the survey with its thumbnail (JPEG bytes, at most 320 px), in the
    survey's order; None for a picture that could not be decoded or whose thumbnail is not made.
    Reads files: a window calls it off the UI thread."""
    found = []
    for photo in workspace.photos.photos(survey_id):
        if cancelled():
            break
        found.append((photo, workspace.thumbnails.get(photo.sha256)))
    return found


def photo_thumbnail(workspace: FieldWorkspace, survey_id: str, ref: str) -> bytes:
    """One photo's thumbnail (JPEG bytes); ``ref`` is its id or SHA-256 (first characters)."""
    photo_id = workspace.photos.resolve(survey_id, ref)
    [photo] = [p for p in workspace.photos.photos(survey_id) if p.photo_id == photo_id]
    thumbnail = workspace.thumbnails.get(photo.sha256)
    if thumbnail is None:
        reason = workspace.thumbnails.failure(photo.sha256)
        raise UsageError(
            "thumbnail_missing",
            detail=f"Photo {photo_id[:8]} has no thumbnail"
            + (f": {reason}" if reason else " yet; it is made when the photo is imported."),
        )
    return thumbnail


def photo_original(
    workspace: FieldWorkspace, survey_id: str, ref: str
) -> tuple[EvidencePhoto, bytes]:
    """One photo with its original's bytes, exactly as imported (opened in memory from the
    sealed store; its SHA-256 is the one recorded); ``ref`` is its id or SHA-256 (first
    characters)."""
    photo_id = workspace.photos.resolve(survey_id, ref)
    [photo] = [p for p in workspace.photos.photos(survey_id) if p.photo_id == photo_id]
    try:
        content = workspace.photo_store.read(photo.sha256)
    except FileNotFoundError:  # an imported survey may name a photo it did not bring
        raise UsageError(
            "picture_missing",
            detail=f"The original of photo {photo_id[:8]} is not in this data folder.",
        ) from None
    if hashlib.sha256(content).hexdigest() != photo.sha256:  # a plain file of an earlier version
        raise PhotoSealBroken(
            part="original", sha256=photo.sha256, detail="it does not match its SHA-256"
        )
    return photo, content


def thumbnails_of(workspace: FieldWorkspace, sha256s: Sequence[str]) -> dict[str, bytes | None]:
    """The thumbnails (JPEG bytes) of these originals, None for one not made. Reads files: a
    window calls it off the UI thread, for the tiles it is painting."""
    return {digest: workspace.thumbnails.get(digest) for digest in sha256s}


@dataclass(frozen=True)
class RemovedPhoto:
    photo_id: str
    sha256: str
    unlinked_damage_ids: tuple[str, ...]
    surveys_still_using: int  # the original stays in the photo store even at 0


def remove_photo(workspace: FieldWorkspace, survey_id: str, photo_ref: str) -> RemovedPhoto:
    """Detach a photo added by mistake (logged); damage items showing it are unlinked in the
    same transaction; refused on a finished revision. The original file is kept."""
    survey = workspace.surveys.get(survey_id)
    photo_id = workspace.photos.resolve(survey_id, photo_ref)
    sha256, unlinked = workspace.photos.remove(survey_id, photo_id, actor=survey.surveyor)
    return RemovedPhoto(photo_id, sha256, tuple(unlinked), workspace.photos.surveys_using(sha256))


def link_photo(
    workspace: FieldWorkspace, survey_id: str, photo_ref: str, damage_refs: Sequence[str]
) -> list[str]:
    """Make exactly these damage items show the photo (the others stop showing it); each
    item changed is saved with its event. Returns the ids of the items linked."""
    survey = workspace.surveys.get(survey_id)
    photo_id = workspace.photos.resolve(survey_id, photo_ref)
    wanted = {workspace.damage.resolve(survey_id, ref) for ref in damage_refs}
    linked = []
    for item in workspace.damage.items(survey_id):
        shows = photo_id in item.photo_ids
        if item.damage_id in wanted:
            linked.append(item.damage_id)
        if shows == (item.damage_id in wanted):
            continue
        photos = (
            (*item.photo_ids, photo_id)
            if not shows
            else tuple(p for p in item.photo_ids if p != photo_id)
        )
        workspace.damage.save(survey_id, replace(item, photo_ids=photos), actor=survey.surveyor)
    return linked
