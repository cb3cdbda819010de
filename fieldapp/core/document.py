"""The survey document (``fieldapp.survey/1``): the JSON the report embeds and import accepts.

``survey_to_document`` writes it; ``document_to_survey`` reads one back after checking it against
the JSON Schema and the survey rules, naming the JSON path of the first thing wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fieldapp.core.checklist import ChecklistTemplate, check_answer
from fieldapp.core.consent import ConsentRecord, check_party_basis
from fieldapp.core.damage import DamageItem, check_item_figures
from fieldapp.core.document_checks import SCHEMA_NAME, check_against_schema
from fieldapp.core.document_valuation import (
    read_damage_item,
    read_policy_terms,
    valuation_sections,
)
from fieldapp.core.domains import check_incident_moment
from fieldapp.core.eventlog import SurveyEvent
from fieldapp.core.evidence import Annotation, EvidencePhoto
from fieldapp.core.hand_signatures import SignatureStatus
from fieldapp.core.ids import new_id
from fieldapp.core.privacy import PARTY_DETAIL_FIELDS
from fieldapp.core.risk import RiskNote
from fieldapp.core.survey import (
    EmergencySkip,
    Incident,
    LineOfBusiness,
    Party,
    SafetyAnswer,
    Survey,
    SurveyStatus,
)
from fieldapp.core.timestamps import document_text, parse_document_time, utc_now
from fieldapp.core.valuation import (
    PolicyTerms,
    assess,
    check_assessment_fits,
    check_terms_fit_line,
)
from fieldapp.errors import FieldappError, InvalidSurveyDocument


def _time_or_none(moment: datetime | None) -> str | None:
    return document_text(moment) if moment else None


def survey_to_document(
    survey: Survey,
    *,
    checklist: ChecklistTemplate,
    photos: Sequence[EvidencePhoto] = (),
    events: Sequence[SurveyEvent] = (),
    risk_notes: Sequence[RiskNote] = (),
    damage_items: Sequence[DamageItem] = (),
    policy_terms: PolicyTerms | None = None,
    language: str = "en",
    hand_signatures: Sequence[SignatureStatus] = (),
    signed_consents: Collection[str] = (),
) -> dict[str, Any]:
    """The document of one survey revision; the assessment is computed here, from the items.

    Handwritten signatures are recorded by their presence (who, when), never by their strokes.
    """
    policy_terms = policy_terms or PolicyTerms()
    incident = survey.incident
    return {
        "schema": SCHEMA_NAME,
        "redaction": "full",
        "survey_id": survey.survey_id,
        "revision": survey.revision,
        "status": survey.status.value,
        "claim_number": survey.claim_number,
        "policy_number": survey.policy_number,
        "line_of_business": survey.line_of_business.value,
        "surveyor": survey.surveyor,
        "created_at": document_text(survey.created_at),
        "finished_at": _time_or_none(survey.finished_at),
        "incident": {
            "occurred_at": document_text(incident.occurred_at),
            "address": incident.address,
            "latitude": incident.latitude,
            "longitude": incident.longitude,
            "description": incident.description,
        },
        "parties": [
            {
                "party_id": p.party_id,
                "role": p.role.value,
                "name": p.name,
                "phone": p.phone,
                **dict(sorted(p.details.items())),
                "legal_basis": p.legal_basis.value if p.legal_basis else None,
                "consent_id": p.consent_id,
            }
            for p in survey.parties
        ],
        "consents": [
            {
                "consent_id": c.consent_id,
                "person_name": c.person_name,
                "notice": c.notice,
                "language": c.language,
                "answer": c.answer.value,
                "covers_sensitive": c.covers_sensitive,
                "given_at": document_text(c.given_at),
                "signed": c.consent_id in signed_consents,
            }
            for c in survey.consents
        ],
        "hand_signatures": [
            {
                "role": h.role.value,
                "name": h.name,
                "signed": h.signed,
                "declined_reason": h.declined_reason,
                "signed_at": document_text(h.signed_at),
            }
            for h in hand_signatures
        ],
        "safety": {
            "checklist": checklist.reference,
            "answers": [
                {
                    "item_id": a.item_id,
                    "answer": a.answer.value,
                    "note": a.note,
                    "answered_at": document_text(a.answered_at),
                }
                for a in _in_checklist_order(survey.safety_answers, checklist)
            ],
            "emergency_skip": (
                {
                    "reason": survey.emergency_skip.reason,
                    "recorded_at": document_text(survey.emergency_skip.recorded_at),
                }
                if survey.emergency_skip
                else None
            ),
        },
        "photos": [
            {
                "photo_id": p.photo_id,
                "sha256": p.sha256,
                "file_name": p.file_name,
                "caption": p.caption,
                "category": p.category.value,
                "added_at": document_text(p.added_at),
                "captured_at": _time_or_none(p.captured_at),
                "width": p.width,
                "height": p.height,
                "orientation": p.orientation,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "altitude": p.altitude,
                "make": p.make,
                "model": p.model,
                "metadata_note": p.metadata_note,
                "annotations": [a.as_data() for a in p.annotations],
            }
            for p in photos
        ],
        **valuation_sections(
            damage_items,
            policy_terms,
            assess(damage_items, policy_terms, line_of_business=survey.line_of_business.value),
            language=language,
        ),
        "language": language,
        "notes": survey.notes,
        "risk_notes": [note.as_data(language) for note in risk_notes],
        "events": [
            {
                "seq": e.seq,
                "at": e.at,
                "actor": e.actor,
                "kind": e.kind,
                "summary": e.summary,
                "prev_hash": e.prev_hash,
                "hash": e.hash,
            }
            for e in events
        ],
    }


def _in_checklist_order(
    answers: Iterable[SafetyAnswer], checklist: ChecklistTemplate
) -> list[SafetyAnswer]:
    order = {item.item_id: n for n, item in enumerate(checklist.items)}
    return sorted(answers, key=lambda a: (order.get(a.item_id, len(order)), a.item_id))


@dataclass(frozen=True)
class ParsedDocument:
    """A checked survey document, turned into values with fresh ids (import makes a new survey).

    A supplied assessment is never read: it is recomputed from the items and terms.
    """

    survey: Survey
    photos: tuple[EvidencePhoto, ...]
    damage_items: tuple[DamageItem, ...]
    policy_terms: PolicyTerms
    source_survey_id: str
    source_revision: int


def document_to_survey(
    document: Any,
    *,
    schema: Mapping[str, Any],
    checklist_for: Callable[[LineOfBusiness], ChecklistTemplate],
) -> ParsedDocument:
    """Check a document fully and build a new draft survey from it, or raise naming the path."""
    check_against_schema(document, schema)
    line = LineOfBusiness(document["line_of_business"])
    checklist = checklist_for(line)
    with _at("$.safety.checklist"):
        if document["safety"]["checklist"] != checklist.reference:
            raise InvalidSurveyDocument(
                path="$.safety.checklist",
                detail=f"answers are for {document['safety']['checklist']!r}, but a {line.value} "
                f"survey uses {checklist.reference!r}",
            )

    if document["redaction"] != "full":
        raise InvalidSurveyDocument(
            "document_redacted",
            path="$.redaction",
            detail="this copy has personal fields masked; importing needs a full copy "
            "(`survey show ID --json --full`)",
        )

    consents = []
    consent_ids: dict[str, str] = {}  # id in the document -> id of the new record
    for n, raw in enumerate(document["consents"]):
        with _at(f"$.consents[{n}]"):
            record = ConsentRecord(
                person_name=raw["person_name"],
                notice=raw["notice"],
                language=raw["language"],
                answer=raw["answer"],
                covers_sensitive=raw["covers_sensitive"],
                given_at=parse_document_time(raw["given_at"]),
            )
        consent_ids[raw["consent_id"]] = record.consent_id
        consents.append(record)

    raw_incident = document["incident"]
    with _at("$.incident.occurred_at"):
        occurred_at = check_incident_moment(
            parse_document_time(raw_incident["occurred_at"]), now=utc_now()
        )
    with _at("$.incident"):
        incident = Incident(
            occurred_at=occurred_at,
            address=raw_incident["address"],
            description=raw_incident["description"],
            latitude=raw_incident["latitude"],
            longitude=raw_incident["longitude"],
        )

    parties = []
    for n, raw in enumerate(document["parties"]):
        with _at(f"$.parties[{n}]"):
            allowed = PARTY_DETAIL_FIELDS[line.value]
            details = {k: v for k, v in raw.items() if k in ("plate", "vehicle", "id_number")}
            for key in details:
                if key not in allowed:
                    raise InvalidSurveyDocument(
                        path=f"$.parties[{n}].{key}",
                        detail=f"a {line.value} survey does not collect {key}",
                    )
            consent_id = raw["consent_id"]
            if consent_id is not None and consent_id not in consent_ids:
                raise InvalidSurveyDocument(
                    path=f"$.parties[{n}].consent_id",
                    detail="refers to no consent record of this document",
                )
            party = Party(
                role=raw["role"],
                name=raw["name"],
                phone=raw["phone"],
                details=details,
                legal_basis=raw["legal_basis"],
                consent_id=consent_ids[consent_id] if consent_id else None,
            )
            check_party_basis(
                legal_basis=party.legal_basis,
                consent_id=party.consent_id,
                detail_names=party.details,
                consents=consents,
            )
            parties.append(party)

    answers = []
    seen: set[str] = set()
    for n, raw in enumerate(document["safety"]["answers"]):
        with _at(f"$.safety.answers[{n}]"):
            if raw["item_id"] in seen:
                raise InvalidSurveyDocument(
                    path=f"$.safety.answers[{n}].item_id",
                    detail=f"{raw['item_id']!r} is answered twice",
                )
            seen.add(raw["item_id"])
            answer = SafetyAnswer(
                item_id=raw["item_id"],
                answer=raw["answer"],
                note=raw["note"],
                answered_at=parse_document_time(raw["answered_at"]),
            )
            check_answer(checklist, answer)
            answers.append(answer)

    skip = None
    if document["safety"]["emergency_skip"] is not None:
        raw_skip = document["safety"]["emergency_skip"]
        with _at("$.safety.emergency_skip"):
            skip = EmergencySkip(
                reason=raw_skip["reason"], recorded_at=parse_document_time(raw_skip["recorded_at"])
            )

    photos = []
    first_use: dict[str, int] = {}
    for n, raw in enumerate(document["photos"]):
        if raw["sha256"] in first_use:
            raise InvalidSurveyDocument(
                path=f"$.photos[{n}].sha256",
                detail=f"the same original as $.photos[{first_use[raw['sha256']]}]; "
                "a photo is attached once",
            )
        first_use[raw["sha256"]] = n
        with _at(f"$.photos[{n}]"):
            photos.append(
                EvidencePhoto(
                    sha256=raw["sha256"],
                    file_name=raw["file_name"],
                    caption=raw["caption"],
                    category=raw["category"],
                    added_at=parse_document_time(raw["added_at"]),
                    captured_at=parse_document_time(raw["captured_at"])
                    if raw["captured_at"]
                    else None,
                    width=raw["width"],
                    height=raw["height"],
                    orientation=raw["orientation"],
                    latitude=raw["latitude"],
                    longitude=raw["longitude"],
                    altitude=raw["altitude"],
                    make=raw["make"],
                    model=raw["model"],
                    metadata_note=raw["metadata_note"],
                    annotations=tuple(Annotation.from_data(a) for a in raw["annotations"]),
                )
            )

    with _at("$"):
        survey = Survey(
            survey_id=new_id(),
            revision=1,
            status=SurveyStatus.DRAFT,
            claim_number=document["claim_number"],
            policy_number=document["policy_number"],
            line_of_business=line,
            incident=incident,
            surveyor=document["surveyor"],
            created_at=parse_document_time(document["created_at"]),
            parties=tuple(parties),
            consents=tuple(consents),
            safety_answers=tuple(answers),
            emergency_skip=skip,
            notes=document["notes"],
        )
    photo_ids = {
        raw["photo_id"]: photo.photo_id
        for raw, photo in zip(document["photos"], photos, strict=True)
    }
    items = []
    for n, raw in enumerate(document["damage_items"]):
        with _at(f"$.damage_items[{n}]"):
            items.append(read_damage_item(raw, photo_ids))
            check_item_figures(items[-1])
    with _at("$.policy_terms"):
        terms = read_policy_terms(document["policy_terms"])
        check_terms_fit_line(terms, line.value)
    with _at("$.damage_items"):
        check_assessment_fits(assess(items, terms, line_of_business=line.value))
    return ParsedDocument(
        survey=survey,
        photos=tuple(photos),
        damage_items=tuple(items),
        policy_terms=terms,
        source_survey_id=document["survey_id"],
        source_revision=document["revision"],
    )


class _at:
    """Re-raise a rule error met while reading part of a document with that part's JSON path."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        if isinstance(exc, FieldappError) and not isinstance(exc, InvalidSurveyDocument):
            raise InvalidSurveyDocument(path=self.path, detail=exc.message) from exc
