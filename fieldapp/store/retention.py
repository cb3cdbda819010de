"""Erasing personal data once it is no longer needed (銷毀), leaving a tombstone and an event.

Personal values are deleted, not overwritten with other text; ``secure_delete`` zeroes the freed
pages, and a checkpoint plus VACUUM leave neither the WAL nor free pages holding the old bytes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from fieldapp.core.eventlog import EventKind
from fieldapp.core.timestamps import utc_text
from fieldapp.store.events import append_event
from fieldapp.store.migrations import CONSENTS, EVIDENCE_PHOTOS, HAND_SIGNATURES, PARTIES, SURVEYS
from fieldapp.store.photos import DerivedImages, PhotoStore
from fieldapp.store.sealing import ERASED


@dataclass(frozen=True)
class PurgeCandidate:
    survey_id: str
    claim_number: str
    exported_at_utc: str
    parties: int
    photos: int


def purge_candidates(db: Database, *, exported_before: datetime) -> list[PurgeCandidate]:
    rows = db.query(
        f"""SELECT s.survey_id, s.claim_number, s.exported_at_utc,
               (SELECT COUNT(*) FROM {PARTIES} p WHERE p.survey_id = s.survey_id) AS parties,
               (SELECT COUNT(*) FROM {EVIDENCE_PHOTOS} e
                 WHERE e.survey_id = s.survey_id AND e.purged = 0) AS photos
            FROM {SURVEYS} s
            WHERE s.exported_at_utc IS NOT NULL AND s.exported_at_utc < ?
              AND s.purged_at_utc IS NULL
            ORDER BY s.exported_at_utc""",
        [utc_text(exported_before)],
    )
    return [PurgeCandidate(**row) for row in rows]


def purge_survey(
    db: Database,
    photo_store: PhotoStore,
    candidate: PurgeCandidate,
    *,
    derived: Sequence[DerivedImages] = (),
    now: datetime,
    retention_days: int,
    photos: bool,
) -> None:
    """Erase one survey's personal values (and, if asked, its photo originals with the
    thumbnails, display copies and failure notes made from them)."""
    survey_id = candidate.survey_id
    erased = {"parties": candidate.parties, "photos": candidate.photos if photos else 0}
    doomed_files: list[str] = []
    with db.atomic():
        erased["consents"] = db.execute(
            f"DELETE FROM {CONSENTS} WHERE survey_id = ?", [survey_id]
        ).rowcount
        db.execute(f"DELETE FROM {PARTIES} WHERE survey_id = ?", [survey_id])
        # The signatures under the report go with the names: strokes, names and reasons.
        erased["hand_signatures"] = db.execute(
            f"DELETE FROM {HAND_SIGNATURES} WHERE survey_id = ?", [survey_id]
        ).rowcount
        db.execute(
            f"""UPDATE {SURVEYS} SET incident_address = NULL, incident_description = NULL,
                   incident_latitude = NULL, incident_longitude = NULL, notes = NULL,
                   purged_at_utc = ?, purged_what = ? WHERE survey_id = ?""",
            [utc_text(now), json.dumps(erased, sort_keys=True), survey_id],
        )
        db.execute(
            f"UPDATE {EVIDENCE_PHOTOS} SET caption = NULL, file_name = ? WHERE survey_id = ?",
            [ERASED, survey_id],
        )
        if photos:
            doomed_files = [
                r[0]
                for r in db.execute(
                    f"SELECT sha256 FROM {EVIDENCE_PHOTOS} WHERE survey_id = ? AND purged = 0",
                    [survey_id],
                )
            ]
            db.execute(f"UPDATE {EVIDENCE_PHOTOS} SET purged = 1 WHERE survey_id = ?", [survey_id])
        what = ", ".join(f"{n} {k}" for k, n in sorted(erased.items()) if n)
        append_event(
            db,
            survey_id,
            actor="retention",
            kind=EventKind.PERSONAL_DATA_PURGED,
            summary=f"personal data erased {retention_days} days after export "
            f"({what or 'address and notes'}); claim data kept as a tombstone",
        )
    for sha256 in doomed_files:
        still_used = db.execute(
            f"SELECT 1 FROM {EVIDENCE_PHOTOS} WHERE sha256 = ? AND purged = 0 LIMIT 1", [sha256]
        ).fetchone()
        if not still_used:
            photo_store.path_for(sha256).unlink(missing_ok=True)
            for images in derived:
                images.path_for(sha256).unlink(missing_ok=True)
                images.failure_path(sha256).unlink(missing_ok=True)


def compact(db: Database) -> None:
    """Leave no erased bytes behind in the WAL or in free pages."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
