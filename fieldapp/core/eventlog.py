"""The survey's hash-chained event log: who did what, when, in an order no one can rewrite.

Each event's hash is SHA-256 over the previous event's hash and the event's canonical JSON, so
altering, deleting or reordering any event breaks every link after it. The head (last hash and
count) is kept beside the survey so that cutting events off the end is caught too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

GENESIS_HASH = "0" * 64


class EventKind(StrEnum):
    SURVEY_CREATED = "survey_created"
    SURVEY_IMPORTED = "survey_imported"
    PARTY_SAVED = "party_saved"
    SAFETY_ANSWERED = "safety_answered"
    EMERGENCY_SKIP = "emergency_skip"
    NOTES_CHANGED = "notes_changed"
    PHOTO_ADDED = "photo_added"
    PHOTO_DESCRIBED = "photo_described"
    PHOTO_ANNOTATED = "photo_annotated"
    PHOTO_REMOVED = "photo_removed"
    DAMAGE_SAVED = "damage_saved"
    DAMAGE_REMOVED = "damage_removed"
    POLICY_TERMS_SAVED = "policy_terms_saved"
    CONSENT_RECORDED = "consent_recorded"
    PERSONAL_DATA_REVEALED = "personal_data_revealed"
    PERSONAL_DATA_PURGED = "personal_data_purged"
    SURVEY_EXPORTED = "survey_exported"
    SURVEY_FINISHED = "survey_finished"
    SURVEY_REVISED = "survey_revised"
    START_EDITED = "start_edited"
    HAND_SIGNATURE_RECORDED = "hand_signature_recorded"


@dataclass(frozen=True)
class SurveyEvent:
    survey_id: str
    seq: int
    at: str  # UTC, ISO-8601 with Z
    actor: str
    kind: str
    summary: str
    prev_hash: str
    hash: str

    def canonical_fields(self) -> dict[str, object]:
        return {
            "survey_id": self.survey_id,
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "kind": self.kind,
            "summary": self.summary,
        }


def canonical_bytes(fields: dict[str, object]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def link_hash(prev_hash: str, fields: dict[str, object]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_bytes(fields)).hexdigest()


def next_event(
    previous: SurveyEvent | None,
    *,
    survey_id: str,
    at: str,
    actor: str,
    kind: EventKind | str,
    summary: str,
) -> SurveyEvent:
    seq = previous.seq + 1 if previous else 1
    prev_hash = previous.hash if previous else GENESIS_HASH
    fields: dict[str, object] = {
        "survey_id": survey_id,
        "seq": seq,
        "at": at,
        "actor": actor,
        "kind": str(kind),
        "summary": summary,
    }
    return SurveyEvent(**fields, prev_hash=prev_hash, hash=link_hash(prev_hash, fields))  # type: ignore[arg-type]


@dataclass(frozen=True)
class ChainVerdict:
    intact: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""


def verify_chain(
    events: Iterable[SurveyEvent],
    *,
    expected_count: int | None = None,
    expected_head: str | None = None,
) -> ChainVerdict:
    """Walk the events in stored order; name the first one that does not link."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for event in events:
        if event.seq != expected_seq:
            return ChainVerdict(
                False,
                checked,
                event.seq,
                f"event {event.seq} stands where event {expected_seq} should be "
                "(an event was deleted or moved)",
            )
        if event.prev_hash != prev_hash:
            return ChainVerdict(
                False, checked, event.seq, f"event {event.seq} does not link to the event before it"
            )
        if link_hash(prev_hash, event.canonical_fields()) != event.hash:
            return ChainVerdict(
                False, checked, event.seq, f"event {event.seq} was altered after it was written"
            )
        prev_hash = event.hash
        expected_seq += 1
        checked += 1
    if expected_count is not None and checked != expected_count:
        return ChainVerdict(
            False,
            checked,
            checked + 1 if checked < expected_count else checked,
            f"the log holds {checked} events but the survey recorded "
            f"{expected_count} (events were deleted or added)",
        )
    if expected_head is not None and checked and prev_hash != expected_head:
        return ChainVerdict(
            False, checked, checked, "the last event is not the one the survey recorded"
        )
    return ChainVerdict(True, checked)
