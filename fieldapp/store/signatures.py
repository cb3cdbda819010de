"""Reading the handwritten signatures kept with consent records (written with the consent, in
``SurveyRepository.record_consent``). The stroke data is sealed like any personal value."""

from __future__ import annotations

from sqlite_utils import Database

from fieldapp.errors import NotFound
from fieldapp.store.migrations import CONSENTS
from fieldapp.store.sealing import ERASED, RowSealer


def signed_consents(db: Database, survey_id: str) -> set[str]:
    """The ids of the survey's consents that carry a signature (nothing is unsealed)."""
    rows = db.execute(
        f"SELECT consent_id FROM {CONSENTS} WHERE survey_id = ? "
        "AND signature_json IS NOT NULL AND signature_json != ?",
        [survey_id, ERASED],
    )
    return {row[0] for row in rows}


def consent_signature(
    db: Database, sealer: RowSealer, survey_id: str, consent_id: str
) -> str | None:
    """The signature's stroke data (JSON) of one consent, or None if the person did not sign."""
    found = list(
        db.query(
            f"SELECT consent_id, signature_json FROM {CONSENTS} "
            "WHERE survey_id = ? AND consent_id = ?",
            [survey_id, consent_id],
        )
    )
    if not found:
        raise NotFound(what="consent record", ident=consent_id)
    opened = sealer.open(CONSENTS, found[0])
    value = opened["signature_json"]
    return None if value in (None, ERASED) else str(value)
