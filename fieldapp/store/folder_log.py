"""The data folder's own log: what happened to the folder as a whole (a survey's events go to
its hash-chained log). Today: that the photo files of an earlier version were sealed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from fieldapp.core.timestamps import utc_now, utc_text
from fieldapp.store.database import insert_row
from fieldapp.store.migrations import FOLDER_EVENTS

PHOTOS_PLAIN = "photos_plain"  # noted by the migration on a folder of an earlier version
PHOTOS_SEALED = "photos_sealed"  # noted once, when the upgrade has sealed every photo file


@dataclass(frozen=True)
class FolderEvent:
    seq: int
    at: str
    kind: str
    summary: str


def folder_events(db: Database) -> list[FolderEvent]:
    rows = db.execute(f"SELECT seq, at_utc, kind, summary FROM {FOLDER_EVENTS} ORDER BY seq")
    return [FolderEvent(*row) for row in rows]


def photos_plain(db: Database) -> bool:
    """Whether this folder still holds photo files of an earlier version (not sealed yet)."""
    kinds = {
        row[0]
        for row in db.execute(
            f"SELECT DISTINCT kind FROM {FOLDER_EVENTS} WHERE kind IN (?, ?)",
            [PHOTOS_PLAIN, PHOTOS_SEALED],
        )
    }
    return PHOTOS_PLAIN in kinds and PHOTOS_SEALED not in kinds


def note_photos_sealed(db: Database, summary: str) -> bool:
    """Log that the photo files are sealed, once per folder; False when it was logged already
    (another program finished the same upgrade first)."""
    with db.atomic():
        if db.execute(f"SELECT 1 FROM {FOLDER_EVENTS} WHERE kind = ?", [PHOTOS_SEALED]).fetchone():
            return False
        insert_row(
            db,
            FOLDER_EVENTS,
            {"at_utc": utc_text(utc_now()), "kind": PHOTOS_SEALED, "summary": summary},
        )
    return True
