"""The conventions every survey table follows: times as UTC text plus the offset the user saw,
rows kept in input order, and every change logged as an event, never on a frozen revision."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from fieldapp.core.eventlog import EventKind
from fieldapp.core.timestamps import from_storage, to_storage, utc_now, utc_text
from fieldapp.errors import NotFound, SurveyFrozen
from fieldapp.store.events import append_event
from fieldapp.store.migrations import SURVEYS


def time_columns(prefix: str, moment: datetime | None) -> dict[str, str | None]:
    utc, offset = to_storage(moment) if moment else (None, None)
    return {f"{prefix}_utc": utc, f"{prefix}_offset": offset}


def time_from(row: dict[str, Any], prefix: str) -> datetime | None:
    utc = row.get(f"{prefix}_utc")
    return from_storage(utc, row[f"{prefix}_offset"]) if utc else None


def ensure_writable(db: Database, survey_id: str) -> None:
    """Refuse a change to a survey that does not exist or is finished (frozen)."""
    row = db.execute(
        f"SELECT status, revision FROM {SURVEYS} WHERE survey_id = ?", [survey_id]
    ).fetchone()
    if row is None:
        raise NotFound(what="survey", ident=survey_id)
    if row[0] == "finished":
        raise SurveyFrozen(survey_id=survey_id, revision=row[1])


def next_position(db: Database, table: str, survey_id: str) -> int:
    """The position after the survey's last row in ``table`` (rows keep their input order)."""
    row = db.execute(
        f"SELECT COALESCE(MAX(position) + 1, 0) FROM {table} WHERE survey_id = ?", [survey_id]
    ).fetchone()
    return int(row[0])


def record_change(db: Database, survey_id: str, actor: str, kind: EventKind, summary: str) -> None:
    """Mark the survey changed and append the change's event (inside the caller's transaction)."""
    db.execute(
        f"UPDATE {SURVEYS} SET updated_at_utc = ? WHERE survey_id = ?",
        [utc_text(utc_now()), survey_id],
    )
    append_event(db, survey_id, actor=actor, kind=kind, summary=summary)
