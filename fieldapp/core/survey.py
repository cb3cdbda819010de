"""The survey and what it holds: incident, parties, safety answers, notes.

Values are frozen dataclasses; a change is a new value built with the functions here, which check
the rules on the way in. The store persists them; nothing here knows about SQL or files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from fieldapp.core.consent import ConsentRecord, LegalBasis, check_party_basis
from fieldapp.core.ids import new_id
from fieldapp.core.privacy import PARTY_DETAIL_FIELDS
from fieldapp.core.timestamps import require_aware
from fieldapp.errors import RuleViolation, UsageError


class LineOfBusiness(StrEnum):
    MOTOR = "motor"
    PROPERTY = "property"
    PERSONAL_ACCIDENT = "personal_accident"


class SurveyStatus(StrEnum):
    DRAFT = "draft"
    FINISHED = "finished"


class SafetyAnswerValue(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_APPLICABLE = "not_applicable"


class PartyRole(StrEnum):
    INSURED = "insured"
    DRIVER = "driver"
    THIRD_PARTY = "third_party"
    INJURED_PERSON = "injured_person"
    WITNESS = "witness"
    CLAIMANT = "claimant"
    OTHER = "other"


MAX_TEXT = 4000


def _clean_text(value: str, *, what: str, required: bool = False, limit: int = MAX_TEXT) -> str:
    text = value.strip()
    if required and not text:
        raise UsageError(detail=f"{what} must not be empty.")
    if len(text) > limit:
        raise UsageError(detail=f"{what} is longer than {limit} characters.")
    return text


@dataclass(frozen=True)
class Incident:
    occurred_at: datetime
    address: str
    description: str = ""
    latitude: float | None = None
    longitude: float | None = None

    def __post_init__(self) -> None:
        require_aware(self.occurred_at, what="The incident time")
        object.__setattr__(self, "address", _clean_text(self.address, what="The incident address"))
        object.__setattr__(
            self, "description", _clean_text(self.description, what="The incident description")
        )
        if (self.latitude is None) != (self.longitude is None):
            raise UsageError(
                "location_incomplete", detail="Give both latitude and longitude, or neither."
            )
        if self.latitude is not None and not -90 <= self.latitude <= 90:
            raise UsageError(
                "latitude_out_of_range", detail=f"Latitude {self.latitude} is outside -90..90."
            )
        if self.longitude is not None and not -180 <= self.longitude <= 180:
            raise UsageError(
                "longitude_out_of_range",
                detail=f"Longitude {self.longitude} is outside -180..180.",
            )


@dataclass(frozen=True)
class Party:
    role: PartyRole
    name: str
    phone: str = ""
    details: Mapping[str, str] = field(default_factory=dict)
    legal_basis: LegalBasis | None = None
    consent_id: str | None = None
    party_id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "role", PartyRole(self.role))
        if self.legal_basis is not None:
            object.__setattr__(self, "legal_basis", LegalBasis(self.legal_basis))
        object.__setattr__(
            self, "name", _clean_text(self.name, what="A party's name", required=True, limit=200)
        )
        object.__setattr__(self, "phone", _clean_text(self.phone, what="A phone number", limit=40))
        cleaned = {k: _clean_text(v, what=k, limit=200) for k, v in self.details.items()}
        object.__setattr__(self, "details", {k: v for k, v in cleaned.items() if v})


def check_party_fits_line(party: Party, line: LineOfBusiness) -> None:
    """Refuse party details the line of business does not need (minimum necessary)."""
    allowed = PARTY_DETAIL_FIELDS[line.value]
    extra = sorted(set(party.details) - set(allowed))
    if extra:
        raise RuleViolation(
            "party_field_not_needed",
            detail=f"A {line.value} survey does not collect {', '.join(extra)} for a party"
            + (f" (it may hold: {', '.join(allowed)})." if allowed else "."),
        )


@dataclass(frozen=True)
class SafetyAnswer:
    item_id: str
    answer: SafetyAnswerValue
    answered_at: datetime
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "answer", SafetyAnswerValue(self.answer))
        require_aware(self.answered_at, what="The answer time")
        object.__setattr__(self, "note", _clean_text(self.note, what="A safety note"))


@dataclass(frozen=True)
class EmergencySkip:
    """The surveyor went straight to evidence in an emergency; the reason appears in the report."""

    reason: str
    recorded_at: datetime

    def __post_init__(self) -> None:
        reason = _clean_text(self.reason, what="The emergency reason")
        if len(reason) < 10:
            raise RuleViolation(
                "emergency_reason_too_short",
                detail="Skipping the safety checklist needs a written reason of at least "
                "10 characters; the report shows it.",
            )
        object.__setattr__(self, "reason", reason)
        require_aware(self.recorded_at, what="The emergency skip time")


@dataclass(frozen=True)
class Survey:
    claim_number: str
    policy_number: str
    line_of_business: LineOfBusiness
    incident: Incident
    surveyor: str
    created_at: datetime
    survey_id: str = field(default_factory=new_id)
    revision: int = 1
    status: SurveyStatus = SurveyStatus.DRAFT
    parties: tuple[Party, ...] = ()
    consents: tuple[ConsentRecord, ...] = ()
    safety_answers: tuple[SafetyAnswer, ...] = ()
    emergency_skip: EmergencySkip | None = None
    notes: str = ""
    finished_at: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "line_of_business", LineOfBusiness(self.line_of_business))
        object.__setattr__(self, "status", SurveyStatus(self.status))
        object.__setattr__(
            self,
            "claim_number",
            _clean_text(self.claim_number, what="The claim number", required=True, limit=64),
        )
        object.__setattr__(
            self,
            "policy_number",
            _clean_text(self.policy_number, what="The policy number", limit=64),
        )
        object.__setattr__(
            self,
            "surveyor",
            _clean_text(self.surveyor, what="The surveyor", required=True, limit=200),
        )
        object.__setattr__(self, "notes", _clean_text(self.notes, what="The notes", limit=20000))
        if self.revision < 1:
            raise UsageError(detail="A revision starts at 1.")
        for party in self.parties:
            # The lawful basis is checked when a party is saved, not on every load: parties
            # recorded before consent records existed must still open.
            check_party_fits_line(party, self.line_of_business)

    @property
    def is_frozen(self) -> bool:
        return self.status is SurveyStatus.FINISHED

    def answer_for(self, item_id: str) -> SafetyAnswer | None:
        return next((a for a in self.safety_answers if a.item_id == item_id), None)

    def with_answer(self, answer: SafetyAnswer) -> Survey:
        others = tuple(a for a in self.safety_answers if a.item_id != answer.item_id)
        return replace(self, safety_answers=(*others, answer))

    def _check_party(self, party: Party) -> None:
        check_party_fits_line(party, self.line_of_business)
        check_party_basis(
            legal_basis=party.legal_basis,
            consent_id=party.consent_id,
            detail_names=party.details,
            consents=self.consents,
        )

    def with_consent(self, consent: ConsentRecord) -> Survey:
        return replace(self, consents=(*self.consents, consent))

    def with_party(self, party: Party) -> Survey:
        self._check_party(party)
        others = tuple(p for p in self.parties if p.party_id != party.party_id)
        return replace(self, parties=(*others, party))
