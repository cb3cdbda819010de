"""Evidence photos as the survey document knows them: an original by SHA-256, what the camera
recorded about it, what it shows, and the annotations drawn over it (never into it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from fieldapp.core import text_fields as texts
from fieldapp.core.domains import check_moment
from fieldapp.core.ids import new_id
from fieldapp.errors import UsageError

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


class PhotoCategory(StrEnum):
    OVERVIEW = "overview"
    DAMAGE_CLOSEUP = "damage_closeup"
    PLATE_VIN = "plate_vin"
    ODOMETER = "odometer"
    DOCUMENT = "document"
    OTHER = "other"


class AnnotationKind(StrEnum):
    ARROW = "arrow"
    ELLIPSE = "ellipse"
    FREEHAND = "freehand"
    RECTANGLE = "rectangle"
    TEXT = "text"


# The colours a mark may take: few, and each visible on a photo of a car or a wall (a mark is
# drawn with a thin outline of the opposite lightness, so white and black read too).
MARK_COLOURS = {
    "red": "#ff2d2d",
    "yellow": "#ffd400",
    "cyan": "#00e5ff",
    "white": "#ffffff",
    "black": "#000000",
}
DEFAULT_MARK_COLOUR = MARK_COLOURS["red"]
# A free-hand line keeps at most this many points (the window thins a stroke before storing).
MAX_FREEHAND_POINTS = 500
MAX_MARKS = 200  # on one photo; more would hide the photo, and the report draws every one
_CORNERS = {AnnotationKind.ARROW, AnnotationKind.ELLIPSE, AnnotationKind.RECTANGLE}


@dataclass(frozen=True)
class Annotation:
    """A mark over the photo. Coordinates are fractions (0..1) of the upright image's width and
    height, so they hold for the thumbnail, the display copy and the report alike."""

    kind: AnnotationKind
    # arrow: tail x,y then head x,y; ellipse/rectangle: two corners; text: its anchor (the
    # left end of its baseline); freehand: the line's points in drawing order
    points: tuple[float, ...]
    text: str = ""
    colour: str = DEFAULT_MARK_COLOUR

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "kind", AnnotationKind(self.kind))
        except ValueError:
            kinds = ", ".join(k.value for k in AnnotationKind)
            raise UsageError(
                "mark_kind_unknown", detail=f"A mark is one of {kinds}, not {self.kind!r}."
            ) from None
        try:
            points = tuple(float(p) for p in self.points)
        except (TypeError, ValueError):
            raise UsageError("mark_points", detail="A mark's coordinates are numbers.") from None
        self._check_count(points)
        if any(not 0.0 <= p <= 1.0 for p in points):  # also refuses NaN
            raise UsageError(
                "mark_outside", detail="Annotation coordinates are fractions between 0 and 1."
            )
        object.__setattr__(self, "points", points)
        object.__setattr__(self, "text", texts.ANNOTATION_TEXT.check(self.text))
        if self.kind is AnnotationKind.TEXT and not self.text.strip():
            raise UsageError("mark_text_missing", detail="A text annotation needs its text.")
        if not isinstance(self.colour, str) or not re.match(r"^#[0-9a-fA-F]{6}$", self.colour):
            raise UsageError("mark_colour", detail=f"Colour {self.colour!r} is not #rrggbb.")

    def _check_count(self, points: tuple[float, ...]) -> None:
        if self.kind is AnnotationKind.FREEHAND:
            if len(points) % 2 or not 4 <= len(points) <= 2 * MAX_FREEHAND_POINTS:
                raise UsageError(
                    "mark_points",
                    detail=f"A freehand mark needs 2 to {MAX_FREEHAND_POINTS} points (x,y pairs).",
                )
            return
        expected = 4 if self.kind in _CORNERS else 2
        if len(points) != expected:
            article = "An" if self.kind is AnnotationKind.ELLIPSE else "A"
            raise UsageError(
                "mark_points",
                detail=f"{article} {self.kind.value} mark needs {expected} coordinates.",
            )

    def moved(self, dx: float, dy: float) -> Annotation:
        """The same mark shifted by a fraction of the width and height, kept on the photo."""
        xs, ys = self.points[0::2], self.points[1::2]
        dx = min(max(dx, -min(xs)), 1.0 - max(xs))
        dy = min(max(dy, -min(ys)), 1.0 - max(ys))
        shifted = [p + (dx if i % 2 == 0 else dy) for i, p in enumerate(self.points)]
        return replace(self, points=tuple(min(max(p, 0.0), 1.0) for p in shifted))

    def as_data(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "points": list(self.points),
            "text": self.text,
            "colour": self.colour,
        }

    @classmethod
    def from_data(cls, raw: dict[str, Any]) -> Annotation:
        return cls(
            kind=raw["kind"],
            points=tuple(raw["points"]),
            text=raw.get("text", ""),
            colour=raw.get("colour", DEFAULT_MARK_COLOUR),
        )


def check_marks(marks: Sequence[Annotation]) -> tuple[Annotation, ...]:
    """A photo's whole mark layer, refused when it holds more marks than a photo can show."""
    if len(marks) > MAX_MARKS:
        raise UsageError(
            "too_many_marks", detail=f"A photo holds at most {MAX_MARKS} marks, not {len(marks)}."
        )
    return tuple(marks)


@dataclass(frozen=True)
class PhotoMetadata:
    """What the file says about itself, read by a library; ``notes`` says what could not be."""

    width: int
    height: int  # as displayed, after the orientation is applied
    image_format: str
    orientation: int | None = None
    captured_at: datetime | None = None
    latitude: float | None = None
    longitude: float | None = None
    altitude: float | None = None
    make: str = ""
    model: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvidencePhoto:
    sha256: str
    file_name: str
    added_at: datetime
    caption: str = ""
    category: PhotoCategory = PhotoCategory.OTHER
    captured_at: datetime | None = None
    width: int | None = None
    height: int | None = None
    orientation: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    altitude: float | None = None
    make: str = ""
    model: str = ""
    metadata_note: str = ""
    annotations: tuple[Annotation, ...] = ()
    photo_id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if not SHA256_HEX.match(self.sha256):
            raise UsageError(detail=f"Not a SHA-256 digest: {self.sha256!r}.")
        object.__setattr__(self, "category", PhotoCategory(self.category))
        for name, domain in _TEXTS.items():
            object.__setattr__(self, name, domain.check(getattr(self, name)))
        check_moment(self.added_at, what="The time the photo was added")
        if self.captured_at is not None:
            check_moment(self.captured_at, what="The photo's capture time")

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]

    @classmethod
    def from_metadata(
        cls,
        *,
        sha256: str,
        file_name: str,
        added_at: datetime,
        metadata: PhotoMetadata,
        caption: str = "",
        category: PhotoCategory | str = PhotoCategory.OTHER,
    ) -> EvidencePhoto:
        return cls(
            sha256=sha256,
            file_name=file_name,
            added_at=added_at,
            caption=caption,
            category=PhotoCategory(category),
            captured_at=metadata.captured_at,
            width=metadata.width,
            height=metadata.height,
            orientation=metadata.orientation,
            latitude=metadata.latitude,
            longitude=metadata.longitude,
            altitude=metadata.altitude,
            make=metadata.make,
            model=metadata.model,
            metadata_note="; ".join(metadata.notes),
        )


_TEXTS = {
    "file_name": texts.FILE_NAME,
    "caption": texts.CAPTION,
    "make": texts.CAMERA_MAKE,
    "model": texts.CAMERA_MODEL,
    "metadata_note": texts.METADATA_NOTE,
}


@dataclass(frozen=True)
class ShotRequirement:
    """A kind of shot the line of business requires, at least ``minimum`` of them."""

    category: PhotoCategory
    minimum: int
    label: dict[str, str]

    @classmethod
    def from_data(cls, raw: dict[str, Any]) -> ShotRequirement:
        return cls(
            category=PhotoCategory(raw["category"]),
            minimum=int(raw["minimum"]),
            label=dict(raw["label"]),
        )


@dataclass(frozen=True)
class MissingShot:
    requirement: ShotRequirement
    have: int


def missing_shots(
    requirements: Sequence[ShotRequirement], photos: Sequence[EvidencePhoto]
) -> list[MissingShot]:
    """The required shots the survey does not have enough of yet."""
    counts: dict[PhotoCategory, int] = {}
    for photo in photos:
        counts[photo.category] = counts.get(photo.category, 0) + 1
    return [
        MissingShot(r, counts.get(r.category, 0))
        for r in requirements
        if counts.get(r.category, 0) < r.minimum
    ]
