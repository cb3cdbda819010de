"""Field use cases: start a survey, answer safety, record parties and notes, show, import, log.

Functions take the open workspace explicitly; they check the core rules, then let the store
persist the change together with its event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from fieldapp.core.checklist import LANGUAGES, ChecklistItem, check_answer
from fieldapp.core.consent import ConsentAnswer, ConsentRecord, LegalBasis
from fieldapp.core.domains import check_incident_moment
from fieldapp.core.eventlog import ChainVerdict, SurveyEvent
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
from fieldapp.core.timestamps import local_now, utc_now
from fieldapp.errors import RuleViolation, UsageError
from fieldapp.passphrase import passphrase_from_env_or_prompt
from fieldapp.paths import DATABASE_NAME, ensure_data_dir
from fieldapp.resources import checklist_for, privacy_notice
from fieldapp.store.damage import DamageRepository
from fieldapp.store.database import open_database
from fieldapp.store.events import survey_events, verify_survey_log
from fieldapp.store.evidence import PhotoRepository
from fieldapp.store.files import remove_interrupted_writes
from fieldapp.store.photos import DerivedImages, PhotoStore
from fieldapp.store.secrets import Keyring, PassphraseSource, ValueCipher
from fieldapp.store.surveys import SurveyRepository, SurveySummary

StrEnumT = TypeVar("StrEnumT", bound=StrEnum)


class FieldWorkspace:
    """One open field data folder: database, photo store and keys. One per thread.

    The passphrase is asked for only when personal data is first read or written; on the very
    first use the source is asked for a new one and the data key is made.
    """

    def __init__(self, data_dir: Path, passphrase: PassphraseSource) -> None:
        ensure_data_dir(data_dir)
        self.data_dir = data_dir
        self.db = open_database(data_dir / DATABASE_NAME)
        # A killed import or export leaves its temporary files; no later write would claim them.
        self.interrupted_writes_removed = remove_interrupted_writes(
            data_dir,
            depth=1,  # every store keeps its temporary files at its top
        )
        self.photo_store = PhotoStore(data_dir / "photos")
        self.thumbnails = DerivedImages(data_dir / "thumbs", what="a photo's thumbnail")
        self.display_copies = DerivedImages(data_dir / "display", what="a photo's display copy")
        self.keyring = Keyring(data_dir / "identity" / "keyring.json")
        self.passphrase_source = passphrase
        self._cipher: ValueCipher | None = None
        self.surveys = SurveyRepository(self.db, self.cipher)
        self.photos = PhotoRepository(self.db, self.cipher)
        self.damage = DamageRepository(self.db, self.cipher)

    @classmethod
    def open(cls, data_dir: Path, passphrase: PassphraseSource | None = None) -> FieldWorkspace:
        return cls(data_dir, passphrase or passphrase_from_env_or_prompt)

    @classmethod
    def unlocked(
        cls, data_dir: Path, key: ValueCipher, passphrase: PassphraseSource
    ) -> FieldWorkspace:
        """A workspace whose key is already unlocked (scrypt runs once per session)."""
        workspace = cls(data_dir, passphrase)
        workspace._cipher = key
        return workspace

    def another_connection(self) -> FieldWorkspace:
        """A workspace for another thread: its own database connection, the same key."""
        return FieldWorkspace.unlocked(self.data_dir, self.cipher(), self.passphrase_source)

    def cipher(self) -> ValueCipher:
        if self._cipher is None:
            if self.keyring.exists():
                self._cipher = self.keyring.unlock(self.passphrase_source(False))
            else:
                self._cipher = self.keyring.create(self.passphrase_source(True))
        return self._cipher

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
    check_incident_moment(occurred_at, now=utc_now())
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
    safety_answer = SafetyAnswer(
        item_id=item_id,
        answer=_choice(SafetyAnswerValue, answer, "Answer"),
        note=note,
        answered_at=answered_at or local_now(),
    )
    check_answer(checklist_for(survey.line_of_business), safety_answer)
    workspace.surveys.save_answer(survey_id, safety_answer, actor=survey.surveyor)
    return safety_answer


@dataclass(frozen=True)
class ChecklistRow:
    item: ChecklistItem
    answer: SafetyAnswer | None


def safety_checklist(workspace: FieldWorkspace, survey_id: str) -> list[ChecklistRow]:
    """The survey's safety checklist in order, each item with its answer (or None)."""
    survey = workspace.surveys.get(survey_id)
    return [
        ChecklistRow(item, survey.answer_for(item.item_id))
        for item in checklist_for(survey.line_of_business).items
    ]


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
    legal_basis: LegalBasis | str | None = None,
    consent_id: str | None = None,
    party_id: str | None = None,
) -> Party:
    """Save a party; its personal data needs a consent id or another stated legal basis."""
    survey = workspace.surveys.get(survey_id)
    basis = _choice(LegalBasis, legal_basis, "Legal basis") if legal_basis else None
    if consent_id and basis is None:
        basis = LegalBasis.CONSENT
    party = Party(
        role=_choice(PartyRole, role, "Role"),
        name=name,
        phone=phone,
        details=dict(details or {}),
        legal_basis=basis,
        consent_id=_consent_id(survey, consent_id),
        **({"party_id": party_id} if party_id else {}),
    )
    survey.with_party(party)  # the line's fields only, and a lawful basis on record
    workspace.surveys.save_party(survey_id, party, actor=survey.surveyor)
    return party


def record_consent(
    workspace: FieldWorkspace,
    survey_id: str,
    *,
    person_name: str,
    answer: ConsentAnswer | str,
    language: str,
    covers_sensitive: bool = False,
) -> ConsentRecord:
    """Record that the privacy notice was shown to a person, in a language, and their answer."""
    survey = workspace.surveys.get(survey_id)
    if language not in LANGUAGES:
        raise UsageError(detail=f"Language {language!r} is not one of {', '.join(LANGUAGES)}.")
    record = ConsentRecord(
        person_name=person_name,
        notice=privacy_notice().reference,
        language=language,
        answer=_choice(ConsentAnswer, answer, "Answer"),
        covers_sensitive=covers_sensitive,
        given_at=local_now(),
    )
    workspace.surveys.record_consent(survey_id, record, actor=survey.surveyor)
    return record


def _consent_id(survey: Survey, given: str | None) -> str | None:
    """Accept a consent id or its unambiguous first characters."""
    if not given:
        return None
    matches = [c.consent_id for c in survey.consents if c.consent_id.startswith(given.lower())]
    if len(matches) != 1:
        raise RuleViolation(
            "consent_missing",
            detail=f"No single consent record of this survey starts with {given!r}.",
        )
    return matches[0]


def set_notes(workspace: FieldWorkspace, survey_id: str, notes: str) -> None:
    survey = workspace.surveys.get(survey_id)
    workspace.surveys.set_notes(survey_id, notes, actor=survey.surveyor)


def list_surveys(workspace: FieldWorkspace) -> list[SurveySummary]:
    return workspace.surveys.summaries()


def survey_log(workspace: FieldWorkspace, survey_id: str) -> list[SurveyEvent]:
    workspace.surveys.get(survey_id)  # a clear "no such survey" rather than an empty log
    return survey_events(workspace.db, survey_id)


def verify_log(workspace: FieldWorkspace, survey_id: str) -> ChainVerdict:
    workspace.surveys.get(survey_id)
    return verify_survey_log(workspace.db, survey_id)


def _choice(kind: type[StrEnumT], value: object, what: str) -> StrEnumT:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(v.value for v in kind)
        raise UsageError(detail=f"{what} {value!r} is not one of {allowed}.") from None


def _line(value: LineOfBusiness | str) -> LineOfBusiness:
    return _choice(LineOfBusiness, value, "Line of business")


def revise_survey(workspace: FieldWorkspace, survey_id: str) -> int:
    """Open the next revision of a signed survey (the signed one stays as sent)."""
    return workspace.surveys.revise(survey_id, actor=workspace.surveys.get(survey_id).surveyor)
