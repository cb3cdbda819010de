"""Handwritten signatures: those kept with consent records (written with the consent, in
``SurveyRepository.record_consent``) and the surveyor's and insured's under the report (written
here). The stroke data, the names and a reason for not signing are sealed like any personal
value; nothing is ever kept as a picture."""

from __future__ import annotations

import json

from sqlite_utils import Database

from fieldapp.core.eventlog import EventKind
from fieldapp.core.hand_signatures import HandSignature, SignatureStatus, SignerRole
from fieldapp.core.signature import Signature, signature_from_data, signature_to_json
from fieldapp.errors import NotFound
from fieldapp.store.changes import ensure_writable, record_change, time_columns, time_from
from fieldapp.store.migrations import CONSENTS, HAND_SIGNATURES
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


def save_hand_signature(
    db: Database, sealer: RowSealer, survey_id: str, record: HandSignature, *, actor: str
) -> None:
    """Store a signature under the report (or the insured's refusal), replacing the role's last."""
    role = record.role.value
    with db.atomic():
        ensure_writable(db, survey_id)
        db[HAND_SIGNATURES].upsert(  # type: ignore[union-attr]
            sealer.seal(
                HAND_SIGNATURES,
                {
                    "signature_id": f"{survey_id}:{role}",
                    "survey_id": survey_id,
                    "role": role,
                    "name": record.name,
                    "signature_json": (
                        signature_to_json(record.signature) if record.signature else None
                    ),
                    "declined_reason": record.declined_reason or None,
                    **time_columns("signed_at", record.signed_at),
                },
            ),
            pk="signature_id",
        )
        # The log names the role and what happened, never the name or the reason (personal).
        what = "signed by hand" if record.signed else "not signed; the reason is recorded"
        record_change(db, survey_id, actor, EventKind.HAND_SIGNATURE_RECORDED, f"{role}: {what}")


def hand_signatures(db: Database, sealer: RowSealer, survey_id: str) -> list[SignatureStatus]:
    """Who signed under the report and when, surveyor first (the strokes stay sealed)."""
    rows = db.query(
        "SELECT signature_id, role, name, declined_reason, signed_at_utc, signed_at_offset, "
        f"signature_json IS NOT NULL AND signature_json != ? AS signed FROM {HAND_SIGNATURES} "
        "WHERE survey_id = ?",
        [ERASED, survey_id],
    )
    found = []
    for row in rows:
        opened = sealer.open(HAND_SIGNATURES, row)
        moment = time_from(opened, "signed_at")
        assert moment is not None
        found.append(
            SignatureStatus(
                role=SignerRole(opened["role"]),
                name=opened["name"],
                signed_at=moment,
                signed=bool(opened["signed"]),
                declined_reason=opened["declined_reason"] or "",
            )
        )
    order = list(SignerRole)
    return sorted(found, key=lambda h: order.index(h.role))


def hand_signature_strokes(db: Database, sealer: RowSealer, survey_id: str) -> dict[str, Signature]:
    """The stroke data of the survey's signatures under the report, by role."""
    rows = db.query(
        f"SELECT signature_id, role, signature_json FROM {HAND_SIGNATURES} "
        "WHERE survey_id = ? AND signature_json IS NOT NULL AND signature_json != ?",
        [survey_id, ERASED],
    )
    return {
        row["role"]: signature_from_data(
            json.loads(sealer.open(HAND_SIGNATURES, row)["signature_json"])
        )
        for row in rows
    }


def consent_signature_strokes(
    db: Database, sealer: RowSealer, survey_id: str
) -> dict[str, Signature]:
    """The stroke data kept with each of the survey's consents, by consent id."""
    rows = db.query(
        f"SELECT consent_id, signature_json FROM {CONSENTS} "
        "WHERE survey_id = ? AND signature_json IS NOT NULL AND signature_json != ?",
        [survey_id, ERASED],
    )
    return {
        row["consent_id"]: signature_from_data(
            json.loads(sealer.open(CONSENTS, row)["signature_json"])
        )
        for row in rows
    }
