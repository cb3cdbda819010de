"""Field use cases: start a survey, answer safety, record parties and notes, show, import, log.

Functions take the open workspace explicitly; they check the core rules, then let the store
persist the change together with its event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TypedDict, TypeVar, Unpack

from fieldapp.core.checklist import LANGUAGES, ChecklistItem, check_answer
from fieldapp.core.consent import ConsentAnswer, ConsentRecord, LegalBasis
from fieldapp.core.domains import check_incident_moment
from fieldapp.core.eventlog import ChainVerdict, SurveyEvent
from fieldapp.core.signature import Signature, check_ink, signature_to_json
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
from fieldapp.store.folder_log import photos_plain
from fieldapp.store.photo_cipher import PhotoCipher, PhotoPart
from fieldapp.store.photos import STORE_FOLDERS, DerivedImages, PhotoSeal, PhotoStore
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
        self.keyring = Keyring(data_dir / "identity" / "keyring.json")
        self.passphrase_source = passphrase
        self._cipher: ValueCipher | None = None
        self._photo_cipher: PhotoCipher | None = None
        # Photo files are sealed under the photo key; plain files of an earlier version stay
        # readable until the upgrade (services/photo_sealing.py) has sealed them all.
        self.photo_seal = PhotoSeal(self.photo_cipher, plain_readable=photos_plain(self.db))
        self.photo_store = PhotoStore(data_dir / STORE_FOLDERS[PhotoPart.ORIGINAL], self.photo_seal)
        self.thumbnails = DerivedImages(
            data_dir / STORE_FOLDERS[PhotoPart.THUMBNAIL],
            self.photo_seal,
            part=PhotoPart.THUMBNAIL,
            what="a photo's thumbnail",
        )
        self.display_copies = DerivedImages(
            data_dir / STORE_FOLDERS[PhotoPart.DISPLAY],
            self.photo_seal,
            part=PhotoPart.DISPLAY,
            what="a photo's display copy",
        )
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

    def photo_cipher(self) -> PhotoCipher:
        """The photo key, derived from the data key (unlocking it first if need be)."""
        if self._photo_cipher is None:
            self._photo_cipher = PhotoCipher.from_data_key(self.cipher().data_key)
        return self._photo_cipher

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


class StartChanges(TypedDict, total=False):
    """The start fields of a draft survey that can change in place; the line of business
    cannot (its safety checklist and the required shots depend on it)."""

    claim_number: str
    policy_number: str
    occurred_at: datetime
    address: str
    description: str
    latitude: float | None  # latitude and longitude change together (None, None: no place)
    longitude: float | None


def edit_survey_start(
    workspace: FieldWorkspace, survey_id: str, **changes: Unpack[StartChanges]
) -> tuple[str, ...]:
    """Change start fields of a draft survey in place, with an event naming what changed.

    The new values pass the same checks as when the survey was started (the survey value's
    own); a finished survey is refused. Returns the names of the fields that changed (none:
    nothing was written)."""
    survey = workspace.surveys.get(survey_id)
    if ("latitude" in changes) != ("longitude" in changes):
        raise UsageError(
            "location_incomplete", detail="Give both latitude and longitude, or neither."
        )
    incident_changes = {
        name: changes[name]  # type: ignore[literal-required]
        for name in ("occurred_at", "address", "description", "latitude", "longitude")
        if name in changes
    }
    if "occurred_at" in incident_changes:  # the same rule as when the survey was started
        check_incident_moment(incident_changes["occurred_at"], now=utc_now())
    edited = replace(
        survey,
        incident=replace(survey.incident, **incident_changes),
        **{k: changes[k] for k in ("claim_number", "policy_number") if k in changes},  # type: ignore[literal-required]
    )
    changed = _changed_start_fields(survey, edited)
    if changed:
        workspace.surveys.edit_start(edited, changed, actor=survey.surveyor)
    return changed


def _changed_start_fields(before: Survey, after: Survey) -> tuple[str, ...]:
    values = {
        "claim_number": lambda s: s.claim_number,
        "policy_number": lambda s: s.policy_number,
        "occurred_at": lambda s: (s.incident.occurred_at, s.incident.occurred_at.utcoffset()),
        "address": lambda s: s.incident.address,
        "description": lambda s: s.incident.description,
        "location": lambda s: (s.incident.latitude, s.incident.longitude),
    }
    return tuple(name for name, value in values.items() if value(before) != value(after))


def survey_of(workspace: FieldWorkspace, survey_id: str) -> Survey:
    """One survey with all it holds (personal data included, for the surveyor's own screen)."""
    return workspace.surveys.get(survey_id)


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
    signature: Signature | None = None,
) -> ConsentRecord:
    """Record that the privacy notice was shown to a person, in a language, and their answer.

    A ``signature`` drawn by the person (a pad, a stroke file) must have ink; without one the
    record says the answer was taken down by the surveyor.
    """
    if not answer:
        raise UsageError(
            "consent_answer_missing", detail="Say whether the person granted or refused consent."
        )
    if signature is not None:
        check_ink(signature)
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
    workspace.surveys.record_consent(
        survey_id,
        record,
        actor=survey.surveyor,
        signature_json=signature_to_json(signature) if signature else None,
    )
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
    """The survey's event log; needs no passphrase (the events hold no personal value)."""
    workspace.surveys.line_of(survey_id)  # a clear "no such survey" rather than an empty log
    return survey_events(workspace.db, survey_id)


def verify_log(workspace: FieldWorkspace, survey_id: str) -> ChainVerdict:
    workspace.surveys.line_of(survey_id)
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
