"""Risk notes (風險評估): facts that do not fit, stated neutrally. Never an accusation, never a
refusal: the surveyor and the office decide what they mean."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from fieldapp.core.evidence import EvidencePhoto
from fieldapp.core.survey import Incident

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class RiskNote:
    code: str
    subject: str  # what it is about, e.g. "photo 3fa1c2d4e5f6"
    detail: str  # one neutral sentence with the figures
    params: Mapping[str, Any] = field(default_factory=dict)

    def as_data(self) -> dict[str, Any]:
        return {"code": self.code, "subject": self.subject, "detail": self.detail}


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
        subject = f"photo {photo.short_hash}"
        if photo.captured_at is not None:
            delta = photo.captured_at - incident.occurred_at
            if delta < timedelta(0):
                notes.append(
                    RiskNote(
                        "photo_before_incident",
                        subject,
                        f"The capture time {photo.captured_at.isoformat()} is "
                        f"{_span(-delta)} before the stated incident time.",
                        {"seconds": -delta.total_seconds()},
                    )
                )
            elif delta > timedelta(days=limits.max_days_after):
                notes.append(
                    RiskNote(
                        "photo_long_after_incident",
                        subject,
                        f"The capture time is {_span(delta)} after the incident "
                        f"(more than {limits.max_days_after:g} days).",
                        {"seconds": delta.total_seconds()},
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
                        subject,
                        f"The photo's GPS position is {km:.1f} km from the incident place "
                        f"(more than {limits.max_distance_km:g} km).",
                        {"km": km},
                    )
                )
        others = (used_elsewhere or {}).get(photo.sha256, 0)
        if others:
            notes.append(
                RiskNote(
                    "photo_in_other_survey",
                    subject,
                    f"The same original is also attached to {others} other survey(s) "
                    "on this device.",
                    {"surveys": others},
                )
            )
        why = (damaged or {}).get(photo.sha256)
        if why:
            notes.append(
                RiskNote(
                    "photo_damaged",
                    subject,
                    f"The picture cannot be decoded: {why}. The original is kept exactly "
                    "as it was received.",
                    {"reason": why},
                )
            )
    return notes


def _span(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours:.1f} hours" if hours < 48 else f"{hours / 24:.1f} days"
