"""The parties and consents of a survey as a screen shows them: which fields the line of
business collects, each party with its phone and ID number masked until the surveyor reveals
them (logged like ``--full``), the consents with whether the person signed, and an edit that
changes only the fields the surveyor touched (a masked value is never written back)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from fieldapp.core.checklist import LANGUAGES
from fieldapp.core.consent import ConsentAnswer, LegalBasis, sensitive_party_fields
from fieldapp.core.privacy import PARTY_DETAIL_FIELDS, SCREEN_MASKED_PARTY_FIELDS, mask_on_screen
from fieldapp.core.survey import Party, PartyRole
from fieldapp.errors import UsageError
from fieldapp.resources import privacy_notice
from fieldapp.services.field import FieldWorkspace, save_party
from fieldapp.store.signatures import signed_consents

# What a party always has; the line adds its details (PARTY_DETAIL_FIELDS).
PARTY_FIELDS = ("role", "name", "phone")
BASIS_FIELDS = ("legal_basis", "consent_id")


@dataclass(frozen=True)
class PartyForm:
    """What a party of this survey may hold: the line's rule, asked for, not repeated."""

    line_of_business: str
    details: tuple[str, ...]  # e.g. ("plate", "vehicle") on motor; ("id_number",) on accident
    sensitive: frozenset[str]  # of those, the ones that need a consent covering sensitive data
    roles: tuple[str, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        return (*PARTY_FIELDS, *self.details)


def party_form(workspace: FieldWorkspace, survey_id: str) -> PartyForm:
    line = workspace.surveys.line_of(survey_id).value
    details = PARTY_DETAIL_FIELDS[line]
    return PartyForm(
        line_of_business=line,
        details=tuple(details),
        sensitive=frozenset(details) & sensitive_party_fields(),
        roles=tuple(r.value for r in PartyRole),
    )


@dataclass(frozen=True)
class PartyRow:
    party_id: str
    values: Mapping[str, str]  # role, name, phone and the details; masked unless revealed
    legal_basis: str  # "" when the party was saved before bases were recorded
    consent_id: str


@dataclass(frozen=True)
class ConsentRow:
    consent_id: str
    person_name: str
    answer: str
    covers_sensitive: bool
    language: str
    given_at: datetime
    signed: bool


@dataclass(frozen=True)
class BasisChoice:
    """A legal basis a party can rest on: a granted consent of this survey, or another basis."""

    legal_basis: str
    consent_id: str = ""
    person_name: str = ""
    covers_sensitive: bool = False


@dataclass(frozen=True)
class PartiesView:
    form: PartyForm
    parties: tuple[PartyRow, ...]
    consents: tuple[ConsentRow, ...]
    bases: tuple[BasisChoice, ...]
    revealed: bool
    frozen: bool

    @property
    def masked_fields(self) -> tuple[str, ...]:
        """The fields shown masked (none once revealed)."""
        return () if self.revealed else SCREEN_MASKED_PARTY_FIELDS


def parties_view(
    workspace: FieldWorkspace, survey_id: str, *, reveal: bool = False, log_reveal: bool = True
) -> PartiesView:
    """The survey's parties and consents; ``reveal`` shows phones and ID numbers and logs it.

    A screen that keeps showing what the surveyor revealed (redrawn after their own edit) passes
    ``log_reveal=False``: the reveal was logged when they asked for it.
    """
    survey = workspace.surveys.get(survey_id)
    if reveal and log_reveal and any(_has_masked(p) for p in survey.parties):
        workspace.surveys.record_access(
            survey_id,
            actor=survey.surveyor,
            what="party phone and ID numbers shown unmasked on screen",
        )
    signed = signed_consents(workspace.db, survey_id)
    consents = tuple(
        ConsentRow(
            consent_id=c.consent_id,
            person_name=c.person_name,
            answer=c.answer.value,
            covers_sensitive=c.covers_sensitive,
            language=c.language,
            given_at=c.given_at,
            signed=c.consent_id in signed,
        )
        for c in survey.consents
    )
    others = (LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION, LegalBasis.EMERGENCY)
    bases = (
        *(
            BasisChoice(LegalBasis.CONSENT.value, c.consent_id, c.person_name, c.covers_sensitive)
            for c in survey.consents
            if c.answer is ConsentAnswer.GRANTED  # a refusal is no basis (core/consent.py)
        ),
        *(BasisChoice(b.value) for b in others),
    )
    return PartiesView(
        form=party_form(workspace, survey_id),
        parties=tuple(_row(p, reveal) for p in survey.parties),
        consents=consents,
        bases=bases,
        revealed=reveal,
        frozen=survey.is_frozen,
    )


def _has_masked(party: Party) -> bool:
    return bool(party.phone) or any(party.details.get(name) for name in SCREEN_MASKED_PARTY_FIELDS)


def _row(party: Party, reveal: bool) -> PartyRow:
    values = {"role": party.role.value, "name": party.name, "phone": party.phone}
    values.update(party.details)
    if not reveal:
        values = {name: mask_on_screen(name, value) for name, value in values.items()}
    return PartyRow(
        party_id=party.party_id,
        values=values,
        legal_basis=party.legal_basis.value if party.legal_basis else "",
        consent_id=party.consent_id or "",
    )


def edit_party(
    workspace: FieldWorkspace,
    survey_id: str,
    *,
    changes: Mapping[str, str],
    party_id: str | None = None,
) -> Party:
    """Add a party (no ``party_id``) or change only the given fields of one.

    ``changes`` holds what the surveyor touched: role, name, phone, the line's details,
    legal_basis and consent_id. An empty value clears a field. Fields not given keep their
    stored value, so a masked phone on screen never overwrites the real one.
    """
    current: dict[str, str] = {}
    if party_id:
        stored = _stored_party(workspace, survey_id, party_id)
        current = {
            "role": stored.role.value,
            "name": stored.name,
            "phone": stored.phone,
            "legal_basis": stored.legal_basis.value if stored.legal_basis else "",
            "consent_id": stored.consent_id or "",
            **stored.details,
        }
    merged = {**current, **changes}
    return save_party(
        workspace,
        survey_id,
        role=merged.get("role") or PartyRole.OTHER.value,
        name=merged.get("name", ""),
        phone=merged.get("phone", ""),
        # Any other field is a detail: the core refuses one the line does not collect.
        details={
            name: value
            for name, value in merged.items()
            if name not in (*PARTY_FIELDS, *BASIS_FIELDS) and value
        },
        legal_basis=merged.get("legal_basis") or None,
        consent_id=merged.get("consent_id") or None,
        party_id=party_id,
    )


def _stored_party(workspace: FieldWorkspace, survey_id: str, party_id: str) -> Party:
    survey = workspace.surveys.get(survey_id)
    found = next((p for p in survey.parties if p.party_id == party_id), None)
    if found is None:
        raise UsageError(detail=f"Survey {survey_id[:8]} has no party {party_id[:8]}.")
    return found


@dataclass(frozen=True)
class NoticeText:
    reference: str  # e.g. privacy-notice/1: what the consent record names
    language: str
    title: str
    body: str


def privacy_notice_text(language: str) -> NoticeText:
    """The privacy notice in plain words in one language, as shown before consent."""
    if language not in LANGUAGES:
        raise UsageError(detail=f"Language {language!r} is not one of {', '.join(LANGUAGES)}.")
    notice = privacy_notice()
    return NoticeText(
        reference=notice.reference,
        language=language,
        title=notice.title[language],
        body=notice.body[language],
    )
