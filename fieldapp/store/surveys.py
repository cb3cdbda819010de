"""Surveys in the database: rows in, values out, and an event for every change.

Every write runs in one transaction together with its event, and refuses to touch a finished
(frozen) survey. Personal columns pass through the sealer, so they reach the file only encrypted.
The rules themselves live in ``fieldapp.core``; callers check them first.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from fieldapp.core.consent import ConsentRecord
from fieldapp.core.eventlog import EventKind
from fieldapp.core.progress import SurveyFacts
from fieldapp.core.survey import (
    EmergencySkip,
    Incident,
    LineOfBusiness,
    Party,
    SafetyAnswer,
    Survey,
    check_party_fits_line,
)
from fieldapp.core.text_fields import NOTES
from fieldapp.core.timestamps import from_storage, utc_now, utc_text
from fieldapp.errors import NotFound
from fieldapp.store.changes import (
    ensure_writable,
    next_position,
    record_change,
    time_columns,
    time_from,
)
from fieldapp.store.events import append_event
from fieldapp.store.id_prefixes import (
    CANDIDATES_SHOWN,
    LIKE_ESCAPE,
    required_prefix,
    starting_with,
    the_one,
)
from fieldapp.store.migrations import (
    CONSENTS,
    DAMAGE_ITEMS,
    DAMAGE_PHOTOS,
    EVIDENCE_PHOTOS,
    HAND_SIGNATURES,
    PARTIES,
    SAFETY_ANSWERS,
    SURVEYS,
)
from fieldapp.store.revisions import SurveyRevisions
from fieldapp.store.sealing import RowSealer
from fieldapp.store.secrets import ValueCipher


@dataclass(frozen=True)
class SurveySummary:
    """What a listing shows; holds no personal data, so listing needs no passphrase."""

    survey_id: str
    revision: int
    status: str
    claim_number: str
    line_of_business: str
    incident_at: datetime
    surveyor: str
    updated_at_utc: str
    exported_at_utc: str | None
    purged_at_utc: str | None


@dataclass(frozen=True)
class SurveyOverview:
    summary: SurveySummary
    policy_number: str
    facts: SurveyFacts


def _overview(row: tuple[Any, ...]) -> SurveyOverview:
    (survey_id, revision, status, claim, line, surveyor, incident_utc, incident_offset,
     updated, exported, purged, policy, skipped, answered, parties, categories, damage_count,
     unevidenced, settled) = row  # fmt: skip
    return SurveyOverview(
        summary=SurveySummary(
            survey_id=survey_id,
            revision=revision,
            status=status,
            claim_number=claim,
            line_of_business=line,
            surveyor=surveyor,
            incident_at=from_storage(incident_utc, incident_offset),
            updated_at_utc=updated or "",
            exported_at_utc=exported,
            purged_at_utc=purged,
        ),
        policy_number=policy or "",
        facts=SurveyFacts(
            line_of_business=line,
            status=status,
            answered_safety_items=frozenset((answered or "").split()),
            emergency_skip=bool(skipped),
            party_count=parties,
            photo_categories=tuple((categories or "").split()),
            damage_item_count=damage_count,
            damage_items_without_photo=tuple((unevidenced or "").split()),
            exported=exported is not None,
            signatures_settled=frozenset((settled or "").split()),
        ),
    )


def _float_or_none(text: str | None) -> float | None:
    return float(text) if text not in (None, "") else None


class SurveyRepository(SurveyRevisions):
    def __init__(self, db: Database, cipher: Callable[[], ValueCipher]) -> None:
        self.db = db
        self.sealer = RowSealer(cipher)

    # --- reading -------------------------------------------------------------------------

    def resolve_id(self, id_or_prefix: str) -> str:
        """Accept a full survey id or an unambiguous prefix of at least 4 characters."""
        prefix = required_prefix(id_or_prefix, what="survey")
        matches = self.db.execute(
            f"SELECT survey_id, claim_number FROM {SURVEYS} "
            f"WHERE survey_id LIKE ? {LIKE_ESCAPE} ORDER BY survey_id LIMIT ?",
            [starting_with(prefix), CANDIDATES_SHOWN + 1],
        ).fetchall()
        return the_one(matches, given=id_or_prefix, what="survey", many="surveys")

    def _rows(self, table: str, survey_id: str, order: str = "position") -> list[dict[str, Any]]:
        return [
            self.sealer.open(table, r)
            for r in self.db.query(
                f"SELECT * FROM {table} WHERE survey_id = ? ORDER BY {order}", [survey_id]
            )
        ]

    def line_of(self, survey_id: str) -> LineOfBusiness:
        row = self.db.execute(
            f"SELECT line_of_business FROM {SURVEYS} WHERE survey_id = ?", [survey_id]
        ).fetchone()
        if row is None:
            raise NotFound(what="survey", ident=survey_id)
        return LineOfBusiness(row[0])

    def get(self, survey_id: str) -> Survey:
        found = list(self.db.query(f"SELECT * FROM {SURVEYS} WHERE survey_id = ?", [survey_id]))
        if not found:
            raise NotFound(what="survey", ident=survey_id)
        row = self.sealer.open(SURVEYS, found[0])
        parties = tuple(
            Party(
                party_id=p["party_id"],
                role=p["role"],
                name=p["name"],
                phone=p["phone"] or "",
                details=json.loads(p["details_json"] or "{}"),
                legal_basis=p["legal_basis"],
                consent_id=p["consent_id"],
            )
            for p in self._rows(PARTIES, survey_id)
        )
        consents = tuple(
            ConsentRecord(
                consent_id=c["consent_id"],
                person_name=c["person_name"],
                notice=c["notice"],
                language=c["language"],
                answer=c["answer"],
                covers_sensitive=bool(c["covers_sensitive"]),
                given_at=from_storage(c["given_at_utc"], c["given_at_offset"]),
            )
            for c in self._rows(CONSENTS, survey_id)
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
        skip_at = time_from(row, "emergency_skip_at")
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
                latitude=_float_or_none(row["incident_latitude"]),
                longitude=_float_or_none(row["incident_longitude"]),
            ),
            created_at=from_storage(row["created_at_utc"], row["created_at_offset"]),
            finished_at=time_from(row, "finished_at"),
            parties=parties,
            consents=consents,
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
            f"incident_at_utc, incident_at_offset, updated_at_utc, exported_at_utc, "
            f"purged_at_utc FROM {SURVEYS} ORDER BY updated_at_utc DESC, created_at_utc DESC"
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
                exported_at_utc=r["exported_at_utc"],
                purged_at_utc=r["purged_at_utc"],
            )
            for r in rows
        ]

    def overviews(self, survey_id: str | None = None) -> list[SurveyOverview]:
        """Each survey's listing with the facts its progress depends on, in one query (no
        personal data: listing needs no passphrase). Most recently changed first."""
        where = "WHERE s.survey_id = ?" if survey_id else ""
        rows = self.db.execute(
            f"""SELECT s.survey_id, s.revision, s.status, s.claim_number, s.line_of_business,
                s.surveyor, s.incident_at_utc, s.incident_at_offset, s.updated_at_utc,
                s.exported_at_utc, s.purged_at_utc, s.policy_number,
                s.emergency_skip_at_utc IS NOT NULL,
                (SELECT group_concat(a.item_id, ' ') FROM {SAFETY_ANSWERS} a
                    WHERE a.survey_id = s.survey_id),
                (SELECT count(*) FROM {PARTIES} p WHERE p.survey_id = s.survey_id),
                (SELECT group_concat(e.category, ' ') FROM {EVIDENCE_PHOTOS} e
                    WHERE e.survey_id = s.survey_id AND e.purged = 0),
                (SELECT count(*) FROM {DAMAGE_ITEMS} d WHERE d.survey_id = s.survey_id),
                (SELECT group_concat(d.damage_id, ' ') FROM {DAMAGE_ITEMS} d
                    WHERE d.survey_id = s.survey_id AND NOT EXISTS
                    (SELECT 1 FROM {DAMAGE_PHOTOS} dp WHERE dp.damage_id = d.damage_id)),
                (SELECT group_concat(h.role, ' ') FROM {HAND_SIGNATURES} h
                    WHERE h.survey_id = s.survey_id)
            FROM {SURVEYS} s {where}
            ORDER BY s.updated_at_utc DESC, s.created_at_utc DESC""",
            [survey_id] if survey_id else [],
        ).fetchall()
        return [_overview(row) for row in rows]

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
        """Insert a new survey with its consents, parties and answers, and its first event."""
        incident = survey.incident
        with self.db.atomic():
            self.db[SURVEYS].insert(
                self.sealer.seal(
                    SURVEYS,
                    {  # type: ignore[union-attr]
                        "survey_id": survey.survey_id,
                        "revision": survey.revision,
                        "status": survey.status.value,
                        "claim_number": survey.claim_number,
                        "policy_number": survey.policy_number,
                        "line_of_business": survey.line_of_business.value,
                        "surveyor": survey.surveyor,
                        **time_columns("incident_at", incident.occurred_at),
                        "incident_address": incident.address,
                        "incident_latitude": incident.latitude,
                        "incident_longitude": incident.longitude,
                        "incident_description": incident.description,
                        "safety_checklist": checklist_reference,
                        "notes": survey.notes,
                        **time_columns("created_at", survey.created_at),
                        "updated_at_utc": utc_text(utc_now()),
                        "event_count": 0,
                    },
                )
            )
            for consent in survey.consents:
                self._write_consent(survey.survey_id, consent)
            for position, party in enumerate(survey.parties):
                self._write_party(survey.survey_id, party, position)
            for answer in survey.safety_answers:
                self._write_answer(survey.survey_id, answer)
            if survey.emergency_skip:
                self._write_skip(survey.survey_id, survey.emergency_skip)
            append_event(self.db, survey.survey_id, actor=actor, kind=kind, summary=summary)

    def save_answer(self, survey_id: str, answer: SafetyAnswer, *, actor: str) -> None:
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            self._write_answer(survey_id, answer)
            note = " with a note" if answer.note else ""
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.SAFETY_ANSWERED,
                f"safety item {answer.item_id} answered {answer.answer.value}{note}",
            )

    def record_emergency_skip(self, survey_id: str, skip: EmergencySkip, *, actor: str) -> None:
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            self._write_skip(survey_id, skip)
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.EMERGENCY_SKIP,
                "safety checklist skipped for an emergency (reason recorded)",
            )

    def record_consent(
        self,
        survey_id: str,
        consent: ConsentRecord,
        *,
        actor: str,
        signature_json: str | None = None,
    ) -> None:
        """Record a consent answer, with the person's signature (stroke data) if they signed."""
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            self._write_consent(survey_id, consent, signature_json)
            scope = " incl. sensitive data" if consent.covers_sensitive else ""
            scope += ", signed by hand" if signature_json else ""
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.CONSENT_RECORDED,
                f"consent {consent.answer.value}{scope} to {consent.notice} "
                f"({consent.language}), record {consent.consent_id[:8]}",
            )

    def save_party(self, survey_id: str, party: Party, *, actor: str) -> None:
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            existing = self.db.execute(
                f"SELECT position FROM {PARTIES} WHERE party_id = ?", [party.party_id]
            ).fetchone()
            position = existing[0] if existing else next_position(self.db, PARTIES, survey_id)
            self._write_party(survey_id, party, position)
            # The summary names the role only: the log must never hold personal data.
            verb = "added" if existing is None else "changed"
            basis = party.legal_basis.value if party.legal_basis else "none"
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.PARTY_SAVED,
                f"party {verb}: {party.role.value} {party.party_id[:8]}, basis {basis}",
            )

    def edit_start(self, survey: Survey, changed: Sequence[str], *, actor: str) -> None:
        """Write a draft survey's start fields (claim, policy, incident) as ``survey`` holds
        them; the event names the fields that changed, never their (personal) values."""
        incident = survey.incident
        with self.db.atomic():
            ensure_writable(self.db, survey.survey_id)
            self._update_survey(
                survey.survey_id,
                {
                    "claim_number": survey.claim_number,
                    "policy_number": survey.policy_number,
                    **time_columns("incident_at", incident.occurred_at),
                    "incident_address": incident.address,
                    "incident_latitude": incident.latitude,
                    "incident_longitude": incident.longitude,
                    "incident_description": incident.description,
                },
            )
            record_change(
                self.db,
                survey.survey_id,
                actor,
                EventKind.START_EDITED,
                f"start changed: {', '.join(changed).replace('_', ' ')}",
            )

    def set_notes(self, survey_id: str, notes: str, *, actor: str) -> None:
        notes = NOTES.check(notes)  # whoever the caller is: the notes are not built as a Survey
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            self._update_survey(survey_id, {"notes": notes})
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.NOTES_CHANGED,
                f"notes changed ({len(notes)} characters)",
            )

    # --- internals -----------------------------------------------------------------------

    def _update_survey(self, survey_id: str, values: dict[str, Any]) -> None:
        sealed = self.sealer.seal(SURVEYS, {"survey_id": survey_id, **values})
        del sealed["survey_id"]
        self.db[SURVEYS].update(survey_id, sealed)  # type: ignore[union-attr]

    def _write_party(self, survey_id: str, party: Party, position: int) -> None:
        # The store refuses details the line does not need, whoever the caller is.
        check_party_fits_line(party, self.line_of(survey_id))
        self.db[PARTIES].upsert(
            self.sealer.seal(
                PARTIES,
                {  # type: ignore[union-attr]
                    "party_id": party.party_id,
                    "survey_id": survey_id,
                    "position": position,
                    "role": party.role.value,
                    "name": party.name,
                    "phone": party.phone,
                    "details_json": json.dumps(
                        dict(party.details), ensure_ascii=False, sort_keys=True
                    ),
                    "legal_basis": party.legal_basis.value if party.legal_basis else None,
                    "consent_id": party.consent_id,
                },
            ),
            pk="party_id",
        )

    def _write_consent(
        self, survey_id: str, consent: ConsentRecord, signature_json: str | None = None
    ) -> None:
        self.db[CONSENTS].insert(
            self.sealer.seal(
                CONSENTS,
                {  # type: ignore[union-attr]
                    "consent_id": consent.consent_id,
                    "survey_id": survey_id,
                    "position": next_position(self.db, CONSENTS, survey_id),
                    "person_name": consent.person_name,
                    "notice": consent.notice,
                    "language": consent.language,
                    "answer": consent.answer.value,
                    "covers_sensitive": int(consent.covers_sensitive),
                    **time_columns("given_at", consent.given_at),
                    "signature_json": signature_json,
                },
            )
        )

    def _write_answer(self, survey_id: str, answer: SafetyAnswer) -> None:
        self.db[SAFETY_ANSWERS].upsert(
            {  # type: ignore[union-attr]
                "survey_id": survey_id,
                "item_id": answer.item_id,
                "answer": answer.answer.value,
                "note": answer.note,
                **time_columns("answered_at", answer.answered_at),
            },
            pk=("survey_id", "item_id"),
        )

    def _write_skip(self, survey_id: str, skip: EmergencySkip) -> None:
        self._update_survey(
            survey_id,
            {
                "emergency_skip_reason": skip.reason,
                **time_columns("emergency_skip_at", skip.recorded_at),
            },
        )
