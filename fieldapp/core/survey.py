"""The survey and what it holds: incident, parties, safety answers, notes.

Values are frozen dataclasses; a change is a new value built with the functions here, which check
the rules on the way in. The store persists them; nothing here knows about SQL or files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from fieldapp.core import text_fields as texts
from fieldapp.core.consent import ConsentRecord, LegalBasis, check_party_basis
from fieldapp.core.domains import TextDomain, check_moment
from fieldapp.core.ids import new_id
from fieldapp.core.lines import refuse_fields_not_collected
from fieldapp.errors import UsageError


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


# A corrected report keeps its number with a revision mark ("R1"); four digits are plenty.
MAX_REVISION = 9999


def _checked(value: object, name: str, domain: TextDomain) -> None:
    """Replace a frozen value's text field by its checked form."""
    object.__setattr__(value, name, domain.check(getattr(value, name)))


@dataclass(frozen=True)
class Incident:
    occurred_at: datetime
    address: str
    description: str = ""
    latitude: float | None = None
    longitude: float | None = None

    def __post_init__(self) -> None:
        check_moment(self.occurred_at, what="The incident time")
        _checked(self, "address", texts.INCIDENT_ADDRESS)
        _checked(self, "description", texts.INCIDENT_DESCRIPTION)
        if (self.latitude is None) != (self.longitude is None):
            raise UsageError(detail="Give both latitude and longitude, or neither.")
        if self.latitude is not None and not -90 <= self.latitude <= 90:
            raise UsageError(detail=f"Latitude {self.latitude} is outside -90..90.")
        if self.longitude is not None and not -180 <= self.longitude <= 180:
            raise UsageError(detail=f"Longitude {self.longitude} is outside -180..180.")


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
        _checked(self, "name", texts.PARTY_NAME)
        _checked(self, "phone", texts.PHONE)
        cleaned = {
            k: texts.PARTY_DETAILS.get(k, TextDomain(f"A party's {k}", 200)).check(v)
            for k, v in self.details.items()
        }
        object.__setattr__(self, "details", {k: v for k, v in cleaned.items() if v})


def check_party_fits_line(party: Party, line: LineOfBusiness) -> None:
    """Refuse party details the line of business does not need (minimum necessary)."""
    refuse_fields_not_collected(line.value, "party", party.details)


@dataclass(frozen=True)
class SafetyAnswer:
    item_id: str
    answer: SafetyAnswerValue
    answered_at: datetime
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "answer", SafetyAnswerValue(self.answer))
        check_moment(self.answered_at, what="The answer time")
        _checked(self, "note", texts.SAFETY_NOTE)


@dataclass(frozen=True)
class EmergencySkip:
    """The surveyor went straight to evidence in an emergency; the reason appears in the report."""

    reason: str
    recorded_at: datetime

    def __post_init__(self) -> None:
        _checked(self, "reason", texts.EMERGENCY_REASON)
        check_moment(self.recorded_at, what="The emergency skip time")


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
        _checked(self, "claim_number", texts.CLAIM_NUMBER)
        _checked(self, "policy_number", texts.POLICY_NUMBER)
        _checked(self, "surveyor", texts.SURVEYOR)
        _checked(self, "notes", texts.NOTES)
        check_moment(self.created_at, what="The survey's start time")
        if self.finished_at is not None:
            check_moment(self.finished_at, what="The survey's finishing time")
        if not 1 <= self.revision <= MAX_REVISION:
            raise UsageError(detail=f"A revision is a number from 1 to {MAX_REVISION}.")
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
