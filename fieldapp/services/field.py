"""Field use cases: start a survey, answer safety, record parties and notes, show, import, log.

Functions take the open workspace explicitly; they check the core rules, then let the store
persist the change together with its event.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from fieldapp.core.checklist import check_answer, ensure_evidence_may_start
from fieldapp.core.document import document_to_survey, survey_to_document
from fieldapp.core.eventlog import ChainVerdict, EventKind, SurveyEvent
from fieldapp.core.evidence import EvidencePhoto, PhotoCategory
from fieldapp.core.survey import (
    EmergencySkip,
    Incident,
    LineOfBusiness,
    Party,
    PartyRole,
    SafetyAnswer,
    SafetyAnswerValue,
    Survey,
)
from fieldapp.core.timestamps import local_now
from fieldapp.errors import InvalidSurveyDocument, UsageError
from fieldapp.paths import DATABASE_NAME, ensure_data_dir
from fieldapp.resources import checklist_for, survey_schema
from fieldapp.store.database import open_database
from fieldapp.store.events import survey_events, verify_survey_log
from fieldapp.store.photos import PhotoStore
from fieldapp.store.surveys import SurveyRepository, SurveySummary


@dataclass
class FieldWorkspace:
    """One open field data folder: its database and its photo store. One per thread."""

    data_dir: Path
    db: Database
    surveys: SurveyRepository
    photo_store: PhotoStore

    @classmethod
    def open(cls, data_dir: Path) -> FieldWorkspace:
        ensure_data_dir(data_dir)
        db = open_database(data_dir / DATABASE_NAME)
        return cls(
            data_dir=data_dir,
            db=db,
            surveys=SurveyRepository(db),
            photo_store=PhotoStore(data_dir / "photos"),
        )

    def close(self) -> None:
        self.db.close()


def start_survey(
    workspace: FieldWorkspace,
    *,
    claim_number: str,
    line_of_business: LineOfBusiness | str,
    occurred_at: datetime,
    surveyor: str,
    policy_number: str = "",
    address: str = "",
    description: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
) -> Survey:
    line = _line(line_of_business)
    survey = Survey(
        claim_number=claim_number,
        policy_number=policy_number,
        line_of_business=line,
        incident=Incident(
            occurred_at=occurred_at,
            address=address,
            description=description,
            latitude=latitude,
            longitude=longitude,
        ),
        surveyor=surveyor,
        created_at=local_now(),
    )
    workspace.surveys.create(
        survey, checklist_reference=checklist_for(line).reference, actor=survey.surveyor
    )
    return survey


def answer_safety_item(
    workspace: FieldWorkspace,
    survey_id: str,
    *,
    item_id: str,
    answer: SafetyAnswerValue | str,
    note: str = "",
    answered_at: datetime | None = None,
) -> SafetyAnswer:
    survey = workspace.surveys.get(survey_id)
    try:
        value = SafetyAnswerValue(answer)
    except ValueError:
        raise UsageError(
            detail=f"Answer {answer!r} is not one of yes, no, not_applicable."
        ) from None
    safety_answer = SafetyAnswer(
        item_id=item_id, answer=value, note=note, answered_at=answered_at or local_now()
    )
    check_answer(checklist_for(survey.line_of_business), safety_answer)
    workspace.surveys.save_answer(survey_id, safety_answer, actor=survey.surveyor)
    return safety_answer


def record_emergency_skip(workspace: FieldWorkspace, survey_id: str, *, reason: str) -> None:
    survey = workspace.surveys.get(survey_id)
    skip = EmergencySkip(reason=reason, recorded_at=local_now())
    workspace.surveys.record_emergency_skip(survey_id, skip, actor=survey.surveyor)


def save_party(
    workspace: FieldWorkspace,
    survey_id: str,
    *,
    role: PartyRole | str,
    name: str,
    phone: str = "",
    details: Mapping[str, str] | None = None,
    party_id: str | None = None,
) -> Party:
    survey = workspace.surveys.get(survey_id)
    try:
        party_role = PartyRole(role)
    except ValueError:
        roles = ", ".join(r.value for r in PartyRole)
        raise UsageError(detail=f"Role {role!r} is not one of {roles}.") from None
    party = Party(
        role=party_role,
        name=name,
        phone=phone,
        details=dict(details or {}),
        **({"party_id": party_id} if party_id else {}),
    )
    survey.with_party(party)  # checks the party fits the line of business
    workspace.surveys.save_party(survey_id, party, actor=survey.surveyor)
    return party


def set_notes(workspace: FieldWorkspace, survey_id: str, notes: str) -> None:
    survey = workspace.surveys.get(survey_id)
    workspace.surveys.set_notes(survey_id, notes.strip(), actor=survey.surveyor)


def add_photo_bytes(
    workspace: FieldWorkspace,
    survey_id: str,
    *,
    content: bytes,
    file_name: str,
    caption: str = "",
    category: PhotoCategory | str = PhotoCategory.OTHER,
    captured_at: datetime | None = None,
) -> EvidencePhoto:
    """Attach a photo the application made itself (the demo). Evidence waits for safety."""
    survey = workspace.surveys.get(survey_id)
    ensure_evidence_may_start(checklist_for(survey.line_of_business), survey)
    digest = workspace.photo_store.put_bytes(content)
    photo = EvidencePhoto(
        sha256=digest,
        file_name=file_name,
        caption=caption,
        category=PhotoCategory(category),
        added_at=local_now(),
        captured_at=captured_at,
    )
    workspace.surveys.add_photos(survey_id, [photo], actor=survey.surveyor)
    return photo


def list_surveys(workspace: FieldWorkspace) -> list[SurveySummary]:
    return workspace.surveys.summaries()


def survey_document(workspace: FieldWorkspace, survey_id: str) -> dict[str, Any]:
    survey = workspace.surveys.get(survey_id)
    return survey_to_document(
        survey,
        checklist=checklist_for(survey.line_of_business),
        photos=workspace.surveys.photos(survey_id),
        events=survey_events(workspace.db, survey_id),
    )


def survey_log(workspace: FieldWorkspace, survey_id: str) -> list[SurveyEvent]:
    workspace.surveys.get(survey_id)  # a clear "no such survey" rather than an empty log
    return survey_events(workspace.db, survey_id)


def verify_log(workspace: FieldWorkspace, survey_id: str) -> ChainVerdict:
    workspace.surveys.get(survey_id)
    return verify_survey_log(workspace.db, survey_id)


@dataclass(frozen=True)
class ImportOutcome:
    survey_id: str
    kept_photos: tuple[EvidencePhoto, ...]
    missing_photos: tuple[EvidencePhoto, ...]


def import_survey_document(workspace: FieldWorkspace, document: Any) -> ImportOutcome:
    """Create a new survey (new id, revision 1) from a document; nothing is written if it fails.

    Photo entries whose originals are in this data folder's store are kept; the others are
    reported missing and left out, since evidence without its original bytes is no evidence.
    """
    parsed = document_to_survey(document, schema=survey_schema(), checklist_for=checklist_for)
    kept = tuple(p for p in parsed.photos if workspace.photo_store.has(p.sha256))
    missing = tuple(p for p in parsed.photos if not workspace.photo_store.has(p.sha256))
    survey = parsed.survey
    with workspace.db.atomic():
        workspace.surveys.create(
            survey,
            checklist_reference=checklist_for(survey.line_of_business).reference,
            actor=survey.surveyor,
            kind=EventKind.SURVEY_IMPORTED,
            summary=f"imported from survey {parsed.source_survey_id} "
            f"revision {parsed.source_revision}"
            + (f"; {len(missing)} photo(s) missing from this device" if missing else ""),
        )
        if kept:
            workspace.surveys.add_photos(survey.survey_id, kept, actor=survey.surveyor)
    return ImportOutcome(survey_id=survey.survey_id, kept_photos=kept, missing_photos=missing)


def read_document_file(path: Path) -> Any:
    """Read a survey document file, turning unreadable or non-JSON input into a clear error."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(detail=f"No such file: {path}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidSurveyDocument(path="$", detail=f"cannot read {path.name}: {exc}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidSurveyDocument(
            path="$", detail=f"not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None


def _line(value: LineOfBusiness | str) -> LineOfBusiness:
    try:
        return LineOfBusiness(value)
    except ValueError:
        lines = ", ".join(v.value for v in LineOfBusiness)
        raise UsageError(detail=f"Line of business {value!r} is not one of {lines}.") from None


def line_names() -> Sequence[str]:
    return [v.value for v in LineOfBusiness]
