"""Privacy notice and consent (告知同意), and the rule that personal data needs a lawful basis.

A party's personal fields are saved only with a recorded basis: the person's consent (given, in a
record naming the notice shown) or another basis the law allows, such as an emergency. Sensitive
fields (an ID number) need a consent that covers sensitive data separately (PIPL Art 29).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from fieldapp.core.domains import check_moment
from fieldapp.core.ids import new_id
from fieldapp.core.privacy import FIELD_CLASSES, DataClass
from fieldapp.core.text_fields import CONSENT_PERSON
from fieldapp.errors import RuleViolation, UsageError


class LegalBasis(StrEnum):
    CONSENT = "consent"  # PIPL Art 13(1)
    CONTRACT = "contract"  # Art 13(2): needed to perform the insurance contract
    LEGAL_OBLIGATION = "legal_obligation"  # Art 13(3)
    EMERGENCY = "emergency"  # Art 13(4): to protect life, health or property in an emergency


class ConsentAnswer(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"


@dataclass(frozen=True)
class PrivacyNotice:
    notice_id: str
    version: int
    title: Mapping[str, str]
    body: Mapping[str, str]

    @property
    def reference(self) -> str:
        return f"{self.notice_id}/{self.version}"


@dataclass(frozen=True)
class ConsentRecord:
    person_name: str
    notice: str  # reference of the notice shown, e.g. privacy-notice/1
    language: str
    answer: ConsentAnswer
    given_at: datetime
    covers_sensitive: bool = False
    consent_id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "answer", ConsentAnswer(self.answer))
        object.__setattr__(self, "person_name", CONSENT_PERSON.check(self.person_name))
        check_moment(self.given_at, what="The consent time")


def sensitive_party_fields() -> frozenset[str]:
    prefix = "$.parties[]."
    return frozenset(
        path.removeprefix(prefix)
        for path, rule in FIELD_CLASSES.items()
        if path.startswith(prefix) and rule.level is DataClass.SENSITIVE
    )


def check_party_basis(
    *,
    legal_basis: LegalBasis | None,
    consent_id: str | None,
    detail_names: Iterable[str],
    consents: Iterable[ConsentRecord],
) -> None:
    """Refuse a party whose personal data has no lawful basis on record."""
    if legal_basis is None:
        raise RuleViolation(
            "no_legal_basis",
            detail="A party's personal data needs a recorded basis: record the person's consent "
            "to the privacy notice first, or state another legal basis (e.g. emergency).",
        )
    sensitive = sorted(set(detail_names) & sensitive_party_fields())
    if legal_basis is not LegalBasis.CONSENT:
        if consent_id:
            raise UsageError(detail="A consent id goes with the legal basis 'consent' only.")
        if sensitive:
            raise RuleViolation(
                "sensitive_needs_consent",
                detail=f"{', '.join(sensitive)} is sensitive personal data: it needs the "
                f"person's separate consent, not the basis {legal_basis.value}.",
            )
        return
    record = next((c for c in consents if c.consent_id == consent_id), None)
    if record is None:
        raise RuleViolation(
            "consent_missing",
            detail="The basis 'consent' needs the id of a consent recorded in this survey.",
        )
    if record.answer is not ConsentAnswer.GRANTED:
        raise RuleViolation(
            "consent_refused",
            detail="The person refused consent; only a different legal basis allows saving "
            "their personal data.",
        )
    if sensitive and not record.covers_sensitive:
        raise RuleViolation(
            "sensitive_needs_consent",
            detail=f"{', '.join(sensitive)} is sensitive personal data: the consent must cover "
            "sensitive data separately.",
        )
