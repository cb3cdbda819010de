"""One photo as the viewer shows it: the picture to look at, what its file says about it, and
the marks over it. The marks themselves are stored with ``photos.annotate_photo``."""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.core.evidence import EvidencePhoto
from fieldapp.core.risk import distance_km
from fieldapp.errors import DiskFull, UsageError
from fieldapp.services.field import FieldWorkspace
from fieldapp.store.imaging import PhotoRefused, derive_copies


@dataclass(frozen=True)
class PhotoDetails:
    """What the viewer's side panel shows and whether the marks may change."""

    photo: EvidencePhoto
    distance_km: float | None  # from the incident's place, when both places are known
    frozen: bool  # the revision is signed: the marks are shown, not changed
    revision: int


def photo_details(workspace: FieldWorkspace, survey_id: str, ref: str) -> PhotoDetails:
    """One photo of the survey with its distance from the incident; ``ref`` is its id or
    SHA-256 (first characters)."""
    survey = workspace.surveys.get(survey_id)
    photo = _photo(workspace, survey_id, ref)
    incident = survey.incident
    distance = None
    if None not in (photo.latitude, photo.longitude, incident.latitude, incident.longitude):
        distance = distance_km(
            photo.latitude,  # type: ignore[arg-type]
            photo.longitude,  # type: ignore[arg-type]
            incident.latitude,  # type: ignore[arg-type]
            incident.longitude,  # type: ignore[arg-type]
        )
    return PhotoDetails(photo, distance, survey.is_frozen, survey.revision)


def photo_picture(workspace: FieldWorkspace, survey_id: str, ref: str) -> bytes:
    """The photo to look at full size: its display copy (JPEG, upright, long edge at most
    1600 px), made now from the original if it is not made yet. The original is only read.
    Decodes a picture: a window calls it off the UI thread."""
    photo = _photo(workspace, survey_id, ref)
    copies = workspace.display_copies
    cached = copies.get(photo.sha256)
    if cached is not None:
        return cached
    failure = copies.failure(photo.sha256)
    if failure is None:
        try:
            content = workspace.photo_store.read(photo.sha256)
        except OSError as error:  # an imported survey may name a photo it did not bring
            raise UsageError(
                "picture_missing",
                detail=f"The original of photo {photo.photo_id[:8]} is not in this data folder "
                f"({error.strerror or error}).",
            ) from None
        try:
            derived = derive_copies(content)
        except PhotoRefused as refused:
            copies.record_failure(photo.sha256, refused.message)
            failure = refused.message
        else:
            try:
                copies.put(photo.sha256, derived.display)
                workspace.thumbnails.put(photo.sha256, derived.thumbnail)
            except DiskFull:
                pass  # shown all the same; the next import or export makes the copy again
            return derived.display
    raise UsageError(
        "picture_damaged", detail=f"The picture of photo {photo.photo_id[:8]}: {failure}"
    )


def _photo(workspace: FieldWorkspace, survey_id: str, ref: str) -> EvidencePhoto:
    photo_id = workspace.photos.resolve(survey_id, ref)
    return next(p for p in workspace.photos.photos(survey_id) if p.photo_id == photo_id)
