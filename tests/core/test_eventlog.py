from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from fieldapp.core.eventlog import (
    GENESIS_HASH,
    EventKind,
    SurveyEvent,
    canonical_bytes,
    link_hash,
    next_event,
    verify_chain,
)


def build_chain(count: int, survey_id: str = "s-1") -> list[SurveyEvent]:
    events: list[SurveyEvent] = []
    for n in range(count):
        events.append(
            next_event(
                events[-1] if events else None,
                survey_id=survey_id,
                at=f"2026-11-24T13:{n:02d}:00Z",
                actor="李明",
                kind=EventKind.SAFETY_ANSWERED,
                summary=f"change {n}",
            )
        )
    return events


def test_each_hash_is_sha256_over_the_previous_hash_and_the_canonical_event() -> None:
    import hashlib

    first, second = build_chain(2)
    assert first.prev_hash == GENESIS_HASH and second.prev_hash == first.hash
    expected = hashlib.sha256(
        first.hash.encode() + canonical_bytes(second.canonical_fields())
    ).hexdigest()
    assert second.hash == expected == link_hash(first.hash, second.canonical_fields())


def test_an_untouched_chain_verifies_with_its_head() -> None:
    events = build_chain(5)
    verdict = verify_chain(events, expected_count=5, expected_head=events[-1].hash)
    assert verdict.intact and verdict.checked == 5


@given(
    st.integers(min_value=0, max_value=5),
    st.sampled_from(["at", "actor", "kind", "summary", "survey_id"]),
    st.text(min_size=1, max_size=5),
)
def test_altering_any_field_of_any_event_is_caught_at_that_event(
    index: int, field: str, suffix: str
) -> None:
    events = build_chain(6)
    events[index] = replace(events[index], **{field: getattr(events[index], field) + suffix})
    verdict = verify_chain(events, expected_count=6, expected_head=events[-1].hash)
    assert not verdict.intact
    assert verdict.first_bad_seq == index + 1


def test_deleting_reordering_or_truncating_is_caught() -> None:
    events = build_chain(6)
    deleted = events[:2] + events[3:]
    assert verify_chain(deleted).first_bad_seq == 4
    swapped = [events[0], events[2], events[1], *events[3:]]
    assert verify_chain(swapped).first_bad_seq == 3
    truncated = verify_chain(events[:5], expected_count=6, expected_head=events[-1].hash)
    assert not truncated.intact and "deleted" in truncated.reason
    rehashed_tail = verify_chain(events[:5], expected_count=5, expected_head=events[-1].hash)
    assert not rehashed_tail.intact
