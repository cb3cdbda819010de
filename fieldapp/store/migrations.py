"""The schema, one numbered migration at a time. Never edit an applied step: add the next one.

Each step runs in its own transaction with its record in ``_sqlite_migrations`` (sqlite-utils
``Migrations``), so a database written by any older version is brought forward on open.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from fieldapp.core.timestamps import utc_now, utc_text

field_migrations = Migrations("fieldapp.field")

SURVEYS = "surveys"
PARTIES = "parties"
SAFETY_ANSWERS = "safety_answers"
SURVEY_EVENTS = "survey_events"
EVIDENCE_PHOTOS = "evidence_photos"
CONSENTS = "consents"
SETTINGS = "settings"
DAMAGE_ITEMS = "damage_items"
DAMAGE_PHOTOS = "damage_photos"
POLICY_TERMS = "policy_terms"
HAND_SIGNATURES = "hand_signatures"


@field_migrations()
def m001_surveys_parties_safety_events(db: Database) -> None:
    db[SURVEYS].create(  # type: ignore[union-attr]
        {
            "survey_id": str,
            "revision": int,
            "status": str,
            "claim_number": str,
            "policy_number": str,
            "line_of_business": str,
            "surveyor": str,
            "incident_at_utc": str,
            "incident_at_offset": str,
            "incident_address": str,
            # Personal values are sealed (encrypted) text, coordinates included.
            "incident_latitude": str,
            "incident_longitude": str,
            "incident_description": str,
            "safety_checklist": str,
            "emergency_skip_reason": str,
            "emergency_skip_at_utc": str,
            "emergency_skip_at_offset": str,
            "notes": str,
            "created_at_utc": str,
            "created_at_offset": str,
            "updated_at_utc": str,
            "finished_at_utc": str,
            "finished_at_offset": str,
            "event_count": int,
            "event_head": str,
        },
        pk="survey_id",
        not_null={
            "revision",
            "status",
            "claim_number",
            "line_of_business",
            "surveyor",
            "incident_at_utc",
            "incident_at_offset",
            "created_at_utc",
            "created_at_offset",
            "event_count",
        },
        # No defaults for sealed columns: a default would be plaintext.
        defaults={"event_count": 0, "policy_number": ""},
    )
    db[PARTIES].create(  # type: ignore[union-attr]
        {
            "party_id": str,
            "survey_id": str,
            "position": int,
            "role": str,
            "name": str,
            "phone": str,
            "details_json": str,
        },
        pk="party_id",
        not_null={"survey_id", "position", "role", "name"},
        foreign_keys=[("survey_id", SURVEYS, "survey_id")],
    )
    db[SAFETY_ANSWERS].create(  # type: ignore[union-attr]
        {
            "survey_id": str,
            "item_id": str,
            "answer": str,
            "note": str,
            "answered_at_utc": str,
            "answered_at_offset": str,
        },
        pk=("survey_id", "item_id"),
        not_null={"answer", "answered_at_utc", "answered_at_offset"},
        foreign_keys=[("survey_id", SURVEYS, "survey_id")],
    )
    db[SURVEY_EVENTS].create(  # type: ignore[union-attr]
        {
            "survey_id": str,
            "seq": int,
            "at_utc": str,
            "actor": str,
            "kind": str,
            "summary": str,
            "prev_hash": str,
            "hash": str,
        },
        pk=("survey_id", "seq"),
        not_null={"at_utc", "actor", "kind", "summary", "prev_hash", "hash"},
        foreign_keys=[("survey_id", SURVEYS, "survey_id")],
    )
    db[PARTIES].create_index(["survey_id", "position"])  # type: ignore[union-attr]


@field_migrations()
def m002_evidence_photos(db: Database) -> None:
    db[EVIDENCE_PHOTOS].create(  # type: ignore[union-attr]
        {
            "photo_id": str,
            "survey_id": str,
            "position": int,
            "sha256": str,
            "file_name": str,
            "caption": str,
            "category": str,
            "added_at_utc": str,
            "added_at_offset": str,
            "captured_at_utc": str,
            "captured_at_offset": str,
        },
        pk="photo_id",
        not_null={
            "survey_id",
            "position",
            "sha256",
            "file_name",
            "category",
            "added_at_utc",
            "added_at_offset",
        },
        foreign_keys=[("survey_id", SURVEYS, "survey_id")],
    )
    db[EVIDENCE_PHOTOS].create_index(["survey_id", "sha256"], unique=True)  # type: ignore[union-attr]
    db[EVIDENCE_PHOTOS].create_index(["sha256"])  # type: ignore[union-attr]


@field_migrations()
def m003_consent_legal_basis_retention(db: Database) -> None:
    db[CONSENTS].create(  # type: ignore[union-attr]
        {
            "consent_id": str,
            "survey_id": str,
            "position": int,
            "person_name": str,  # sealed
            "notice": str,
            "language": str,
            "answer": str,
            "covers_sensitive": int,
            "given_at_utc": str,
            "given_at_offset": str,
        },
        pk="consent_id",
        not_null={
            "survey_id",
            "position",
            "person_name",
            "notice",
            "language",
            "answer",
            "covers_sensitive",
            "given_at_utc",
            "given_at_offset",
        },
        foreign_keys=[("survey_id", SURVEYS, "survey_id")],
    )
    # Parties written before consent existed carry no basis; they are shown as needing one.
    db[PARTIES].add_column("legal_basis", str)  # type: ignore[union-attr]
    db[PARTIES].add_column("consent_id", str)  # type: ignore[union-attr]
    db[SURVEYS].add_column("exported_at_utc", str)  # type: ignore[union-attr]
    db[SURVEYS].add_column("purged_at_utc", str)  # type: ignore[union-attr]
    db[SURVEYS].add_column("purged_what", str)  # type: ignore[union-attr]
    db[EVIDENCE_PHOTOS].add_column("purged", int, not_null_default=0)  # type: ignore[union-attr]
    db[SETTINGS].create({"key": str, "value": str}, pk="key")  # type: ignore[union-attr]


@field_migrations()
def m004_photo_metadata_and_annotations(db: Database) -> None:
    photos = db[EVIDENCE_PHOTOS]
    for column, kind in (
        ("width", int),
        ("height", int),
        ("orientation", int),
        ("image_format", str),
        ("byte_size", int),
        ("make", str),
        ("model", str),
        ("metadata_note", str),
        # GPS position of the shot: personal (where someone was), so sealed like the others.
        ("latitude", str),
        ("longitude", str),
        ("altitude", str),
        ("annotations_json", str),
    ):
        photos.add_column(column, kind)  # type: ignore[union-attr]


@field_migrations()
def m005_damage_items_and_policy_terms(db: Database) -> None:
    db[DAMAGE_ITEMS].create(  # type: ignore[union-attr]
        {
            "damage_id": str,
            "survey_id": str,
            "position": int,
            "description": str,
            "area": str,
            "kind": str,
            "severity": str,
            "action": str,
            "causal_link": str,
            "method": str,
            "repair_line": str,
            # Money and quantities as decimal text: never a float column.
            "quantity": str,
            "unit_cost": str,
            "depreciation_percent": str,
            "depreciation_basis": str,
            "assessed_value": str,
            "salvage": str,
            "appraiser": str,
            "appraisal_basis": str,
        },
        pk="damage_id",
        not_null={
            "survey_id",
            "position",
            "description",
            "causal_link",
            "severity",
            "action",
            "method",
            "quantity",
            "unit_cost",
            "depreciation_percent",
            "assessed_value",
            "salvage",
        },
        foreign_keys=[("survey_id", SURVEYS, "survey_id")],
    )
    db[DAMAGE_PHOTOS].create(  # type: ignore[union-attr]
        {"damage_id": str, "photo_id": str},
        pk=("damage_id", "photo_id"),
        foreign_keys=[
            ("damage_id", DAMAGE_ITEMS, "damage_id"),
            ("photo_id", EVIDENCE_PHOTOS, "photo_id"),
        ],
    )
    db[POLICY_TERMS].create(  # type: ignore[union-attr]
        {
            "survey_id": str,
            "currency": str,
            "sum_insured": str,
            "value_at_risk": str,
            "deductible": str,
            "limit_amount": str,
            "vehicle_actual_value": str,
            "disability_grade": int,
            "medical_expenses": str,
            "medical_limit": str,
        },
        pk="survey_id",
        not_null={"currency", "deductible", "medical_expenses"},
        foreign_keys=[("survey_id", SURVEYS, "survey_id")],
    )


@field_migrations()
def m006_consent_signature(db: Database) -> None:
    # The person's handwritten signature as stroke data (JSON), sealed: it is personal.
    # Consents recorded before it, or without a pad (the command line), carry none.
    db[CONSENTS].add_column("signature_json", str)  # type: ignore[union-attr]


@field_migrations()
def m007_hand_signatures(db: Database) -> None:
    # The surveyor's and the insured's handwritten signatures under the report, one row a role.
    # Name, strokes (JSON) and a reason for not signing are personal: sealed like a consent's.
    db[HAND_SIGNATURES].create(  # type: ignore[union-attr]
        {
            "signature_id": str,  # "<survey id>:<role>": the sealed values are bound to it
            "survey_id": str,
            "role": str,
            "name": str,
            "signature_json": str,  # NULL: the insured did not sign (declined_reason says why)
            "declined_reason": str,
            "signed_at_utc": str,
            "signed_at_offset": str,
        },
        pk="signature_id",
        not_null={"survey_id", "role", "name", "signed_at_utc", "signed_at_offset"},
        foreign_keys=[("survey_id", SURVEYS, "survey_id")],
    )
    db[HAND_SIGNATURES].create_index(["survey_id", "role"], unique=True)  # type: ignore[union-attr]


FOLDER_EVENTS = "folder_events"


@field_migrations()
def m008_folder_events_and_sealed_photos(db: Database) -> None:
    # The data folder's own log, for what concerns the folder rather than one survey (the
    # survey logs are hash-chained per survey). A folder written by an earlier version keeps
    # its photo files plain: that is noted here, and the first unlock seals them
    # (store/photo_upgrade.py), noting that once it is done.
    db[FOLDER_EVENTS].create(  # type: ignore[union-attr]
        {"seq": int, "at_utc": str, "kind": str, "summary": str},
        pk="seq",
        not_null={"at_utc", "kind", "summary"},
    )
    if db.execute(f"SELECT 1 FROM {SURVEYS} LIMIT 1").fetchone():
        db.execute(
            f"INSERT INTO {FOLDER_EVENTS} (at_utc, kind, summary) VALUES (?, 'photos_plain', ?)",
            [
                utc_text(utc_now()),
                "photo files written by an earlier version are plain; sealed at the next unlock",
            ],
        )
