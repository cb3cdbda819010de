"""Surveys in the database: rows in, values out, and an event for every change.

Every write runs in one transaction together with its event, and refuses to touch a finished
(frozen) survey. The rules themselves live in ``fieldapp.core``; callers check them first.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from fieldapp.core.eventlog import EventKind
from fieldapp.core.evidence import EvidencePhoto
from fieldapp.core.survey import (
    EmergencySkip,
    Incident,
    Party,
    SafetyAnswer,
    Survey,
)
from fieldapp.core.timestamps import from_storage, to_storage, utc_now, utc_text
from fieldapp.errors import NotFound, SurveyFrozen, UsageError
from fieldapp.store.events import append_event
from fieldapp.store.migrations import EVIDENCE_PHOTOS, PARTIES, SAFETY_ANSWERS, SURVEYS


@dataclass(frozen=True)
class SurveySummary:
    survey_id: str
    revision: int
    status: str
    claim_number: str
    line_of_business: str
    incident_at: datetime
    surveyor: str
    updated_at_utc: str


def _time_columns(prefix: str, moment: datetime | None) -> dict[str, str | None]:
    utc, offset = to_storage(moment) if moment else (None, None)
    return {f"{prefix}_utc": utc, f"{prefix}_offset": offset}


def _time_from(row: dict[str, Any], prefix: str) -> datetime | None:
    utc = row.get(f"{prefix}_utc")
    return from_storage(utc, row[f"{prefix}_offset"]) if utc else None


class SurveyRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading -------------------------------------------------------------------------

    def resolve_id(self, id_or_prefix: str) -> str:
        """Accept a full survey id or an unambiguous prefix of at least 4 characters."""
        text = id_or_prefix.strip().lower()
        if len(text) < 4:
            raise UsageError(detail="Give at least the first 4 characters of the survey id.")
        rows = [
            r[0]
            for r in self.db.execute(
                f"SELECT survey_id FROM {SURVEYS} WHERE survey_id LIKE ? ESCAPE '\\' LIMIT 2",
                [text.replace("%", "\\%").replace("_", "\\_") + "%"],
            ).fetchall()
        ]
        if not rows:
            raise NotFound(what="survey", ident=id_or_prefix)
        if len(rows) > 1:
            raise UsageError(
                detail=f"{id_or_prefix!r} matches several surveys; give more of the id."
            )
        return str(rows[0])

    def get(self, survey_id: str) -> Survey:
        rows = list(self.db.query(f"SELECT * FROM {SURVEYS} WHERE survey_id = ?", [survey_id]))
        if not rows:
            raise NotFound(what="survey", ident=survey_id)
        row = rows[0]
        parties = tuple(
            Party(
                party_id=p["party_id"],
                role=p["role"],
                name=p["name"],
                phone=p["phone"] or "",
                details=json.loads(p["details_json"] or "{}"),
            )
            for p in self.db.query(
                f"SELECT * FROM {PARTIES} WHERE survey_id = ? ORDER BY position", [survey_id]
            )
        )
        answers = tuple(
            SafetyAnswer(
                item_id=a["item_id"],
                answer=a["answer"],
                note=a["note"] or "",
                answered_at=from_storage(a["answered_at_utc"], a["answered_at_offset"]),
            )
            for a in self.db.query(
                f"SELECT * FROM {SAFETY_ANSWERS} WHERE survey_id = ? ORDER BY rowid", [survey_id]
            )
        )
        skip_at = _time_from(row, "emergency_skip_at")
        return Survey(
            survey_id=row["survey_id"],
            revision=row["revision"],
            status=row["status"],
            claim_number=row["claim_number"],
            policy_number=row["policy_number"] or "",
            line_of_business=row["line_of_business"],
            surveyor=row["surveyor"],
            incident=Incident(
                occurred_at=from_storage(row["incident_at_utc"], row["incident_at_offset"]),
                address=row["incident_address"] or "",
                description=row["incident_description"] or "",
                latitude=row["incident_latitude"],
                longitude=row["incident_longitude"],
            ),
            created_at=from_storage(row["created_at_utc"], row["created_at_offset"]),
            finished_at=_time_from(row, "finished_at"),
            parties=parties,
            safety_answers=answers,
            emergency_skip=(
                EmergencySkip(reason=row["emergency_skip_reason"], recorded_at=skip_at)
                if skip_at
                else None
            ),
            notes=row["notes"] or "",
        )

    def summaries(self) -> list[SurveySummary]:
        rows = self.db.query(
            f"SELECT survey_id, revision, status, claim_number, line_of_business, surveyor, "
            f"incident_at_utc, incident_at_offset, updated_at_utc FROM {SURVEYS} "
            f"ORDER BY updated_at_utc DESC, created_at_utc DESC"
        )
        return [
            SurveySummary(
                survey_id=r["survey_id"],
                revision=r["revision"],
                status=r["status"],
                claim_number=r["claim_number"],
                line_of_business=r["line_of_business"],
                surveyor=r["surveyor"],
                incident_at=from_storage(r["incident_at_utc"], r["incident_at_offset"]),
                updated_at_utc=r["updated_at_utc"] or "",
            )
            for r in rows
        ]

    def photos(self, survey_id: str) -> list[EvidencePhoto]:
        return [
            EvidencePhoto(
                photo_id=r["photo_id"],
                sha256=r["sha256"],
                file_name=r["file_name"],
                caption=r["caption"] or "",
                category=r["category"],
                added_at=from_storage(r["added_at_utc"], r["added_at_offset"]),
                captured_at=_time_from(r, "captured_at"),
            )
            for r in self.db.query(
                f"SELECT * FROM {EVIDENCE_PHOTOS} WHERE survey_id = ? ORDER BY position",
                [survey_id],
            )
        ]

    def surveys_using_photo(self, sha256: str) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                f"SELECT DISTINCT survey_id FROM {EVIDENCE_PHOTOS} WHERE sha256 = ?", [sha256]
            )
        ]

    # --- writing -------------------------------------------------------------------------

    def create(
        self,
        survey: Survey,
        *,
        checklist_reference: str,
        actor: str,
        kind: EventKind = EventKind.SURVEY_CREATED,
        summary: str = "survey created",
    ) -> None:
        """Insert a new survey with its parties and answers, and its first event."""
        incident = survey.incident
        with self.db.atomic():
            self.db[SURVEYS].insert(
                {  # type: ignore[union-attr]
                    "survey_id": survey.survey_id,
                    "revision": survey.revision,
                    "status": survey.status.value,
                    "claim_number": survey.claim_number,
                    "policy_number": survey.policy_number,
                    "line_of_business": survey.line_of_business.value,
                    "surveyor": survey.surveyor,
                    **_time_columns("incident_at", incident.occurred_at),
                    "incident_address": incident.address,
                    "incident_latitude": incident.latitude,
                    "incident_longitude": incident.longitude,
                    "incident_description": incident.description,
                    "safety_checklist": checklist_reference,
                    "notes": survey.notes,
                    **_time_columns("created_at", survey.created_at),
                    "updated_at_utc": utc_text(utc_now()),
                    "event_count": 0,
                }
            )
            for position, party in enumerate(survey.parties):
                self._write_party(survey.survey_id, party, position)
            for answer in survey.safety_answers:
                self._write_answer(survey.survey_id, answer)
            if survey.emergency_skip:
                self._write_skip(survey.survey_id, survey.emergency_skip)
            append_event(self.db, survey.survey_id, actor=actor, kind=kind, summary=summary)

    def save_answer(self, survey_id: str, answer: SafetyAnswer, *, actor: str) -> None:
        with self.db.atomic():
            self._writable(survey_id)
            self._write_answer(survey_id, answer)
            note = " with a note" if answer.note else ""
            self._changed(
                survey_id,
                actor,
                EventKind.SAFETY_ANSWERED,
                f"safety item {answer.item_id} answered {answer.answer.value}{note}",
            )

    def record_emergency_skip(self, survey_id: str, skip: EmergencySkip, *, actor: str) -> None:
        with self.db.atomic():
            self._writable(survey_id)
            self._write_skip(survey_id, skip)
            self._changed(
                survey_id,
                actor,
                EventKind.EMERGENCY_SKIP,
                "safety checklist skipped for an emergency (reason recorded)",
            )

    def save_party(self, survey_id: str, party: Party, *, actor: str) -> None:
        with self.db.atomic():
            self._writable(survey_id)
            existing = self.db.execute(
                f"SELECT position FROM {PARTIES} WHERE party_id = ?", [party.party_id]
            ).fetchone()
            if existing is None:
                position = self.db.execute(
                    f"SELECT COALESCE(MAX(position) + 1, 0) FROM {PARTIES} WHERE survey_id = ?",
                    [survey_id],
                ).fetchone()[0]
            else:
                position = existing[0]
            self._write_party(survey_id, party, position)
            # The summary names the role only: the log must never hold personal data.
            verb = "added" if existing is None else "changed"
            self._changed(
                survey_id,
                actor,
                EventKind.PARTY_SAVED,
                f"party {verb}: {party.role.value} {party.party_id[:8]}",
            )

    def set_notes(self, survey_id: str, notes: str, *, actor: str) -> None:
        with self.db.atomic():
            self._writable(survey_id)
            self.db[SURVEYS].update(survey_id, {"notes": notes})  # type: ignore[union-attr]
            self._changed(
                survey_id,
                actor,
                EventKind.NOTES_CHANGED,
                f"notes changed ({len(notes)} characters)",
            )

    def add_photos(self, survey_id: str, photos: Sequence[EvidencePhoto], *, actor: str) -> None:
        with self.db.atomic():
            self._writable(survey_id)
            start = self.db.execute(
                f"SELECT COALESCE(MAX(position) + 1, 0) FROM {EVIDENCE_PHOTOS} WHERE survey_id = ?",
                [survey_id],
            ).fetchone()[0]
            for offset, photo in enumerate(photos):
                self.db[EVIDENCE_PHOTOS].insert(
                    {  # type: ignore[union-attr]
                        "photo_id": photo.photo_id,
                        "survey_id": survey_id,
                        "position": start + offset,
                        "sha256": photo.sha256,
                        "file_name": photo.file_name,
                        "caption": photo.caption,
                        "category": photo.category.value,
                        **_time_columns("added_at", photo.added_at),
                        **_time_columns("captured_at", photo.captured_at),
                    }
                )
                self._changed(
                    survey_id,
                    actor,
                    EventKind.PHOTO_ADDED,
                    f"photo {photo.short_hash} added ({photo.category.value})",
                )

    # --- internals -----------------------------------------------------------------------

    def _writable(self, survey_id: str) -> None:
        row = self.db.execute(
            f"SELECT status, revision FROM {SURVEYS} WHERE survey_id = ?", [survey_id]
        ).fetchone()
        if row is None:
            raise NotFound(what="survey", ident=survey_id)
        if row[0] == "finished":
            raise SurveyFrozen(survey_id=survey_id, revision=row[1])

    def _changed(self, survey_id: str, actor: str, kind: EventKind, summary: str) -> None:
        self.db[SURVEYS].update(survey_id, {"updated_at_utc": utc_text(utc_now())})  # type: ignore[union-attr]
        append_event(self.db, survey_id, actor=actor, kind=kind, summary=summary)

    def _write_party(self, survey_id: str, party: Party, position: int) -> None:
        self.db[PARTIES].upsert(
            {  # type: ignore[union-attr]
                "party_id": party.party_id,
                "survey_id": survey_id,
                "position": position,
                "role": party.role.value,
                "name": party.name,
                "phone": party.phone,
                "details_json": json.dumps(dict(party.details), ensure_ascii=False, sort_keys=True),
            },
            pk="party_id",
        )

    def _write_answer(self, survey_id: str, answer: SafetyAnswer) -> None:
        self.db[SAFETY_ANSWERS].upsert(
            {  # type: ignore[union-attr]
                "survey_id": survey_id,
                "item_id": answer.item_id,
                "answer": answer.answer.value,
                "note": answer.note,
                **_time_columns("answered_at", answer.answered_at),
            },
            pk=("survey_id", "item_id"),
        )

    def _write_skip(self, survey_id: str, skip: EmergencySkip) -> None:
        self.db[SURVEYS].update(
            survey_id,
            {  # type: ignore[union-attr]
                "emergency_skip_reason": skip.reason,
                **_time_columns("emergency_skip_at", skip.recorded_at),
            },
        )
