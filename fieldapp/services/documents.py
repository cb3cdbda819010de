"""The survey document: building it (masked unless asked), and importing one as a new survey."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from fieldapp.core.document import document_to_survey, survey_to_document
from fieldapp.core.document_json import parse_survey_json
from fieldapp.core.eventlog import EventKind
from fieldapp.core.evidence import EvidencePhoto
from fieldapp.core.privacy import redact_document
from fieldapp.core.valuation import PolicyTerms
from fieldapp.errors import InvalidSurveyDocument, UsageError
from fieldapp.resources import checklist_for, survey_schema
from fieldapp.services.damage import current_assessment, damage_risk_notes
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photos import photo_risk_notes
from fieldapp.store.events import survey_events
from fieldapp.store.signatures import hand_signatures, signed_consents


def survey_document(
    workspace: FieldWorkspace,
    survey_id: str,
    *,
    full: bool = False,
    purpose: str = "shown",
    language: str = "en",
) -> dict[str, Any]:
    """The survey document, masked unless ``full``; a full copy is logged as an access.

    The assessment is recomputed from the stored items and terms on every call.
    """
    survey = workspace.surveys.get(survey_id)
    if full:
        workspace.surveys.record_access(
            survey_id,
            actor=survey.surveyor,
            what=f"full survey document with personal data {purpose}",
        )
    items = workspace.damage.items(survey_id)
    terms = workspace.damage.terms(survey_id)
    assessment = current_assessment(workspace, survey_id)
    document = survey_to_document(
        survey,
        checklist=checklist_for(survey.line_of_business),
        photos=workspace.photos.photos(survey_id),
        events=survey_events(workspace.db, survey_id),
        risk_notes=[
            *photo_risk_notes(workspace, survey_id),
            *damage_risk_notes(items, assessment, terms),
        ],
        damage_items=items,
        policy_terms=terms,
        language=language,
        hand_signatures=hand_signatures(workspace.db, workspace.surveys.sealer, survey_id),
        signed_consents=signed_consents(workspace.db, survey_id),
    )
    return document if full else redact_document(document)


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
            workspace.photos.add(survey.survey_id, kept, actor=survey.surveyor)
        kept_ids = {p.photo_id for p in kept}
        for item in parsed.damage_items:
            linked = tuple(p for p in item.photo_ids if p in kept_ids)
            workspace.damage.save(
                survey.survey_id, replace(item, photo_ids=linked), actor=survey.surveyor
            )
        if parsed.policy_terms != PolicyTerms():
            workspace.damage.save_terms(
                survey.survey_id, parsed.policy_terms, actor=survey.surveyor
            )
    return ImportOutcome(survey_id=survey.survey_id, kept_photos=kept, missing_photos=missing)


def read_document_file(path: Path) -> Any:
    """Read a survey document file, turning unreadable or non-JSON input into a clear error.

    A UTF-8 byte-order mark (what some Windows editors write) is allowed.
    """
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(detail=f"No such file: {path}.") from None
    except OSError as exc:
        raise InvalidSurveyDocument(
            path="$", detail=f"cannot read {path.name}: {exc.strerror or exc}"
        ) from None
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidSurveyDocument(
            path="$",
            detail=f"not UTF-8 text (byte 0x{content[exc.start]:02x} at offset {exc.start})",
        ) from None
    return parse_survey_json(text)
