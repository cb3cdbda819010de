"""Persisting the survey event log: append inside the caller's transaction, read, verify."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from fieldapp.core.eventlog import ChainVerdict, EventKind, SurveyEvent, next_event, verify_chain
from fieldapp.core.timestamps import utc_now, utc_text
from fieldapp.store.database import insert_row
from fieldapp.store.migrations import SURVEY_EVENTS, SURVEYS


def _row_to_event(row: dict) -> SurveyEvent:
    return SurveyEvent(
        survey_id=row["survey_id"],
        seq=row["seq"],
        at=row["at_utc"],
        actor=row["actor"],
        kind=row["kind"],
        summary=row["summary"],
        prev_hash=row["prev_hash"],
        hash=row["hash"],
    )


def survey_events(db: Database, survey_id: str) -> list[SurveyEvent]:
    """Events in stored order (by rowid, so a hand-edited seq shows up as out of place)."""
    rows = db.query(
        f"SELECT * FROM {SURVEY_EVENTS} WHERE survey_id = ? ORDER BY rowid", [survey_id]
    )
    return [_row_to_event(r) for r in rows]


def append_event(
    db: Database,
    survey_id: str,
    *,
    actor: str,
    kind: EventKind,
    summary: str,
    at: datetime | None = None,
) -> SurveyEvent:
    """Append one event and move the survey's recorded head. Call inside ``db.atomic()``."""
    last = list(
        db.query(
            f"SELECT * FROM {SURVEY_EVENTS} WHERE survey_id = ? ORDER BY seq DESC LIMIT 1",
            [survey_id],
        )
    )
    previous = _row_to_event(last[0]) if last else None
    event = next_event(
        previous,
        survey_id=survey_id,
        at=utc_text(at or utc_now()),
        actor=actor,
        kind=kind,
        summary=summary,
    )
    insert_row(
        db,
        SURVEY_EVENTS,
        {
            "survey_id": event.survey_id,
            "seq": event.seq,
            "at_utc": event.at,
            "actor": event.actor,
            "kind": event.kind,
            "summary": event.summary,
            "prev_hash": event.prev_hash,
            "hash": event.hash,
        },
    )
    db.execute(
        f"UPDATE {SURVEYS} SET event_count = ?, event_head = ? WHERE survey_id = ?",
        [event.seq, event.hash, survey_id],
    )
    return event


def verify_survey_log(db: Database, survey_id: str) -> ChainVerdict:
    head = db.execute(
        f"SELECT event_count, event_head FROM {SURVEYS} WHERE survey_id = ?", [survey_id]
    ).fetchone()
    count, head_hash = (head[0], head[1]) if head else (None, None)
    return verify_chain(survey_events(db, survey_id), expected_count=count, expected_head=head_hash)
