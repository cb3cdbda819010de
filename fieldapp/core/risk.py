"""Risk notes (風險評估): facts that do not fit, stated neutrally. Never an accusation, never a
refusal: the surveyor and the office decide what they mean."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from fieldapp.core.evidence import EvidencePhoto
from fieldapp.core.risk_words import note_detail, note_subject
from fieldapp.core.survey import Incident

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class RiskNote:
    """One fact that does not fit: its kind (``code``) and the figures that state it.

    The words are made from the figures in the language asked for, so that a Chinese report
    says it in Chinese; ``subject`` and ``detail`` are the English words (CLI, logs).
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def subject(self) -> str:
        """What it is about, e.g. "photo 3fa1c2d4e5f6"."""
        return note_subject(self.params, "en")

    @property
    def detail(self) -> str:
        """One neutral phrase with the figures."""
        return note_detail(self.code, self.params, "en")

    def as_data(self, language: str = "en") -> dict[str, Any]:
        return {
            "code": self.code,
            "subject": note_subject(self.params, language),
            "detail": note_detail(self.code, self.params, language),
        }


@dataclass(frozen=True)
class PlausibilityLimits:
    max_days_after: float = 7.0
    max_distance_km: float = 2.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) between two WGS-84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def photo_notes(
    incident: Incident,
    photos: Sequence[EvidencePhoto],
    *,
    limits: PlausibilityLimits,
    used_elsewhere: Mapping[str, int] | None = None,
    damaged: Mapping[str, str] | None = None,
) -> list[RiskNote]:
    """Photos whose time or place does not fit the incident, that another survey also uses,
    or whose picture cannot be decoded (``damaged``: why, by the original's SHA-256)."""
    notes: list[RiskNote] = []
    for photo in photos:
        about = {"photo": photo.short_hash}
        if photo.captured_at is not None:
            delta = photo.captured_at - incident.occurred_at
            if delta < timedelta(0):
                notes.append(
                    RiskNote("photo_before_incident", {**about, "seconds": -delta.total_seconds()})
                )
            elif delta > timedelta(days=limits.max_days_after):
                notes.append(
                    RiskNote(
                        "photo_long_after_incident",
                        {
                            **about,
                            "seconds": delta.total_seconds(),
                            "limit_days": limits.max_days_after,
                        },
                    )
                )
        if (
            photo.latitude is not None
            and photo.longitude is not None
            and incident.latitude is not None
            and incident.longitude is not None
        ):
            km = distance_km(photo.latitude, photo.longitude, incident.latitude, incident.longitude)
            if km > limits.max_distance_km:
                notes.append(
                    RiskNote(
                        "photo_far_from_scene",
                        {**about, "km": km, "limit_km": limits.max_distance_km},
                    )
                )
        others = (used_elsewhere or {}).get(photo.sha256, 0)
        if others:
            notes.append(RiskNote("photo_in_other_survey", {**about, "surveys": others}))
        why = (damaged or {}).get(photo.sha256)
        if why:
            notes.append(RiskNote("photo_damaged", {**about, "reason": why}))
    return notes
