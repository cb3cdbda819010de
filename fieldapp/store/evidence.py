"""Evidence photo rows: what is known of each original, its caption, category and annotations."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlite_utils import Database

from fieldapp.core.eventlog import EventKind
from fieldapp.core.evidence import Annotation, EvidencePhoto, PhotoCategory
from fieldapp.core.text_fields import CAPTION
from fieldapp.core.timestamps import from_storage
from fieldapp.errors import NotFound
from fieldapp.store.changes import (
    ensure_writable,
    next_position,
    record_change,
    time_columns,
    time_from,
)
from fieldapp.store.database import insert_row
from fieldapp.store.id_prefixes import (
    CANDIDATES_SHOWN,
    LIKE_ESCAPE,
    required_prefix,
    starting_with,
    the_one,
)
from fieldapp.store.migrations import DAMAGE_PHOTOS, EVIDENCE_PHOTOS
from fieldapp.store.sealing import RowSealer
from fieldapp.store.secrets import ValueCipher


def _float(text: str | None) -> float | None:
    return float(text) if text not in (None, "") else None


def _photo(row: dict[str, Any]) -> EvidencePhoto:
    return EvidencePhoto(
        photo_id=row["photo_id"],
        sha256=row["sha256"],
        file_name=row["file_name"],
        caption=row["caption"] or "",
        category=row["category"],
        added_at=from_storage(row["added_at_utc"], row["added_at_offset"]),
        captured_at=time_from(row, "captured_at"),
        width=row["width"],
        height=row["height"],
        orientation=row["orientation"],
        latitude=_float(row["latitude"]),
        longitude=_float(row["longitude"]),
        altitude=_float(row["altitude"]),
        make=row["make"] or "",
        model=row["model"] or "",
        metadata_note=row["metadata_note"] or "",
        annotations=tuple(
            Annotation.from_data(a) for a in json.loads(row["annotations_json"] or "[]")
        ),
    )


class PhotoRepository:
    def __init__(self, db: Database, cipher: Callable[[], ValueCipher]) -> None:
        self.db = db
        self.sealer = RowSealer(cipher)

    def photos(self, survey_id: str) -> list[EvidencePhoto]:
        rows = self.db.query(
            f"SELECT * FROM {EVIDENCE_PHOTOS} WHERE survey_id = ? AND purged = 0 ORDER BY position",
            [survey_id],
        )
        return [_photo(self.sealer.open(EVIDENCE_PHOTOS, r)) for r in rows]

    def hashes(self, survey_id: str) -> set[str]:
        """SHA-256 of every original attached to the survey (needs no passphrase)."""
        return {
            r[0]
            for r in self.db.execute(
                f"SELECT sha256 FROM {EVIDENCE_PHOTOS} WHERE survey_id = ? AND purged = 0",
                [survey_id],
            )
        }

    def other_surveys_using(self, survey_id: str) -> dict[str, int]:
        """For each original of this survey, how many other surveys attach it too."""
        rows = self.db.execute(
            f"""SELECT mine.sha256, COUNT(DISTINCT other.survey_id)
                FROM {EVIDENCE_PHOTOS} mine JOIN {EVIDENCE_PHOTOS} other
                  ON other.sha256 = mine.sha256 AND other.survey_id != mine.survey_id
                 AND other.purged = 0
                WHERE mine.survey_id = ? AND mine.purged = 0 GROUP BY mine.sha256""",
            [survey_id],
        )
        return {sha: count for sha, count in rows}

    def resolve(self, survey_id: str, photo_ref: str) -> str:
        """A photo id, or the first characters (at least 4) of its id or of its SHA-256."""
        prefix = starting_with(required_prefix(photo_ref, what="photo"))
        matches = self.db.execute(
            f"SELECT photo_id, category FROM {EVIDENCE_PHOTOS} "
            f"WHERE survey_id = ? AND purged = 0 "
            f"AND (photo_id LIKE ? {LIKE_ESCAPE} OR sha256 LIKE ? {LIKE_ESCAPE}) "
            "ORDER BY position LIMIT ?",
            [survey_id, prefix, prefix, CANDIDATES_SHOWN + 1],
        ).fetchall()
        return the_one(matches, given=photo_ref, what="photo of this survey", many="photos")

    def add(
        self,
        survey_id: str,
        photos: Sequence[EvidencePhoto],
        *,
        actor: str,
        byte_sizes: Sequence[int] | None = None,
        image_formats: Sequence[str] | None = None,
    ) -> None:
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            start = next_position(self.db, EVIDENCE_PHOTOS, survey_id)
            for n, photo in enumerate(photos):
                insert_row(
                    self.db,
                    EVIDENCE_PHOTOS,
                    self.sealer.seal(
                        EVIDENCE_PHOTOS,
                        {
                            "photo_id": photo.photo_id,
                            "survey_id": survey_id,
                            "position": start + n,
                            "sha256": photo.sha256,
                            "file_name": photo.file_name,
                            "caption": photo.caption,
                            "category": photo.category.value,
                            **time_columns("added_at", photo.added_at),
                            **time_columns("captured_at", photo.captured_at),
                            "width": photo.width,
                            "height": photo.height,
                            "orientation": photo.orientation,
                            "make": photo.make,
                            "model": photo.model,
                            "metadata_note": photo.metadata_note,
                            "latitude": photo.latitude,
                            "longitude": photo.longitude,
                            "altitude": photo.altitude,
                            "annotations_json": json.dumps(
                                [a.as_data() for a in photo.annotations]
                            ),
                            "byte_size": byte_sizes[n] if byte_sizes else None,
                            "image_format": image_formats[n] if image_formats else None,
                        },
                    ),
                )
                record_change(
                    self.db,
                    survey_id,
                    actor,
                    EventKind.PHOTO_ADDED,
                    f"photo {photo.short_hash} added ({photo.category.value})",
                )

    def describe(
        self,
        survey_id: str,
        photo_id: str,
        *,
        actor: str,
        caption: str | None = None,
        category: PhotoCategory | None = None,
    ) -> None:
        values: dict[str, Any] = {}
        if caption is not None:
            values["caption"] = CAPTION.check(caption)  # whoever the caller is
        if category is not None:
            values["category"] = PhotoCategory(category).value
        if not values:
            return
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            sealed = self.sealer.seal(EVIDENCE_PHOTOS, {"photo_id": photo_id, **values})
            del sealed["photo_id"]
            self.db[EVIDENCE_PHOTOS].update(photo_id, sealed)  # type: ignore[union-attr]
            changed = " and ".join(sorted(values))
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.PHOTO_DESCRIBED,
                f"photo {photo_id[:8]}: {changed} changed",
            )

    def set_annotations(
        self, survey_id: str, photo_id: str, annotations: Sequence[Annotation], *, actor: str
    ) -> None:
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            self.db[EVIDENCE_PHOTOS].update(
                photo_id,
                {  # type: ignore[union-attr]
                    "annotations_json": json.dumps([a.as_data() for a in annotations])
                },
            )
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.PHOTO_ANNOTATED,
                f"photo {photo_id[:8]}: {len(annotations)} annotation(s) drawn",
            )

    def remove(self, survey_id: str, photo_id: str, *, actor: str) -> tuple[str, list[str]]:
        """Detach a photo from the survey, unlinking the damage items that show it, in one
        transaction with its event; the original file is not touched. Returns the photo's
        SHA-256 and the damage items unlinked."""
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            row = self.db.execute(
                f"SELECT sha256 FROM {EVIDENCE_PHOTOS} "
                "WHERE photo_id = ? AND survey_id = ? AND purged = 0",
                [photo_id, survey_id],
            ).fetchone()
            if row is None:
                raise NotFound(what="photo of this survey", ident=photo_id[:8])
            unlinked = [
                r[0]
                for r in self.db.execute(
                    f"SELECT damage_id FROM {DAMAGE_PHOTOS} WHERE photo_id = ? ORDER BY damage_id",
                    [photo_id],
                )
            ]
            self.db.execute(f"DELETE FROM {DAMAGE_PHOTOS} WHERE photo_id = ?", [photo_id])
            self.db.execute(f"DELETE FROM {EVIDENCE_PHOTOS} WHERE photo_id = ?", [photo_id])
            links = f"; unlinked from {len(unlinked)} damage item(s)" if unlinked else ""
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.PHOTO_REMOVED,
                f"photo {photo_id[:8]} (original {row[0][:12]}) removed{links}; "
                "the original file is kept",
            )
        return row[0], unlinked

    def surveys_using(self, sha256: str) -> int:
        """How many surveys attach this original (needs no passphrase)."""
        row = self.db.execute(
            f"SELECT COUNT(DISTINCT survey_id) FROM {EVIDENCE_PHOTOS} "
            "WHERE sha256 = ? AND purged = 0",
            [sha256],
        ).fetchone()
        return int(row[0])
