"""Bad survey documents given to `fieldapp survey import`: each ends as the corpus says, with one
line and no traceback, and nothing else changes (how many surveys there are, the source survey's
event log). Then hypothesis mutates a valid document: the import succeeds or refuses with the
project's error, never crashes (`--fuzz-examples N` for a longer run).

The value-domain cases (issue 12) are the examples of each rule the schema and the core share:
offsets, years, magnitudes, lengths, characters, what JSON allows but no survey document holds
(duplicate keys, NaN, 31-digit numbers, lone surrogates), what a line of business and a
valuation method take.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.errors import FieldappError
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import (
    import_survey_document,
    read_document_file,
    survey_document,
)
from fieldapp.services.field import FieldWorkspace
from fieldapp.store.events import survey_events
from tests.conftest import TEST_PASSPHRASE, CliRun
from tests.reliability.ledger import Ledger

Document = dict[str, Any]


@dataclass(frozen=True)
class Source:
    data_dir: Path
    survey_id: str
    document: Document


def demo_source(data_dir: Path) -> Source:
    """A data folder holding a complete demo survey, its originals, and its full document."""
    with pytest.MonkeyPatch.context() as patch:  # before the tests' own passphrase is set
        patch.setenv("FIELDAPP_PASSPHRASE", TEST_PASSPHRASE)
        workspace = FieldWorkspace.open(data_dir)
        try:
            survey_id = create_demo_survey(workspace, "motor")
            return Source(data_dir, survey_id, survey_document(workspace, survey_id, full=True))
        finally:
            workspace.close()


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    """One data folder for the whole corpus."""
    return demo_source(tmp_path_factory.mktemp("corpus") / "field-data")


def changed(change: Callable[[Document], object]) -> Callable[[Document], bytes]:
    """A valid document with one change made to it, as a file's bytes."""

    def make(document: Document) -> bytes:
        edited = copy.deepcopy(document)
        change(edited)
        return json.dumps(edited, ensure_ascii=False).encode()

    return make


def text(document: Document) -> str:
    return json.dumps(document, ensure_ascii=False)


def deeply_nested_notes(document: Document) -> bytes:
    nest = "[" * 5000 + "]" * 5000
    return text(document).replace('"notes": ', f'"notes": {nest}, "x": ').encode()


def invalid_utf8(document: Document) -> bytes:
    raw = text(document).encode()
    return raw[:100] + b"\xff\xfe" + raw[100:]


IMPORTED = "imported as a new survey"


def in_text(old: str, new: str) -> Callable[[Document], bytes]:
    """The document's JSON text with one piece replaced (for what json.dumps cannot write)."""

    def make(document: Document) -> bytes:
        written = text(document)
        assert old in written, old
        return written.replace(old, new, 1).encode()

    return make


def item(**values: object) -> Callable[[Document], bytes]:
    return changed(lambda d: d["damage_items"][0].update(values))


def incident_at(moment: str) -> Callable[[Document], bytes]:
    return changed(lambda d: d["incident"].update(occurred_at=moment))


FUTURE = f"{datetime.now(UTC) + timedelta(days=3):%Y-%m-%dT%H:%M}Z"
TIME_RULE = "does not fit: RFC 3339 date and time with its offset: a year from 1900 to 2199"
# issue 12: the domains the schema and the core share
VALUE_DOMAIN_CASES: dict[str, tuple[Callable[[Document], bytes], int, str]] = {
    "UTC offset +20:00": (incident_at("2026-11-24T08:00:00+20:00"), 1, TIME_RULE),
    "year 1": (incident_at("0001-01-01T00:00:00+08:00"), 1, TIME_RULE),
    "year 9999": (incident_at("9999-12-31T23:00:00+08:00"), 1, TIME_RULE),
    "incident three days in the future": (
        incident_at(FUTURE),
        1,
        "$.incident.occurred_at: The incident time",
    ),
    "duplicate key": (
        in_text('"claim_number": ', '"claim_number": "BA-X", "claim_number": '),
        1,
        "$: the key 'claim_number' appears twice; a document names each value once",
    ),
    "duplicate key in a damage item": (
        in_text('"salvage": ', '"salvage": "0.00", "salvage": '),
        1,
        "$.damage_items[0]: the key 'salvage' appears twice",
    ),
    "revision 10^30": (
        in_text('"revision": 1', '"revision": 1' + "0" * 30),
        1,
        "$.revision: a number of 31 digits; no survey value has more than 15",
    ),
    "revision NaN": (
        in_text('"revision": 1', '"revision": NaN'),
        1,
        "$.revision: NaN is not a number (JSON has no NaN)",
    ),
    "revision Infinity": (
        in_text('"revision": 1', '"revision": Infinity'),
        1,
        "$.revision: Infinity is not a number (JSON has no Infinity)",
    ),
    "revision 1e400": (
        in_text('"revision": 1', '"revision": 1e400'),
        1,
        "$.revision: the number 1e400 is too large",
    ),
    "lone surrogate in the notes": (
        in_text('"notes": "', '"notes": "\\ud800'),
        1,
        "$.notes: holds a lone surrogate",
    ),
    "NUL in the claim number": (
        changed(lambda d: d.update(claim_number="BA\x00-1")),
        1,
        "$.claim_number: 'BA' does not fit: Text of one line: no control characters",
    ),
    "escape sequence in a party's name": (
        changed(lambda d: d["parties"][0].update(name="王\x1b[2J")),
        1,
        "$.parties[0].name: '王[2J' does not fit: Text of one line",
    ),
    "notes of 130,000 characters": (
        changed(lambda d: d.update(notes="水" * 130_000)),
        1,
        "$.notes: '水水水",
    ),
    "damage description of 5,000 characters": (
        item(description="x" * 5000),
        1,
        "$.damage_items[0].description: 'xxxxxxxxxxxxxxxxxxxxxxxx",
    ),
    "annotation text of 201 characters": (
        changed(
            lambda d: d["photos"][0]["annotations"].append(
                {"kind": "text", "points": [0.5, 0.5], "text": "字" * 201, "colour": "#ff2d2d"}
            )
        ),
        1,
        "$.photos[0].annotations[0].text: '字字字",
    ),
    "money of 16 digits": (
        item(unit_cost="1234567890123456.00"),
        1,
        "$.damage_items[0].unit_cost: '1234567890123456.00' does not fit: An amount in the "
        "policy currency: a string with at most 15 digits",
    ),
    "quantity 1e30": (
        item(quantity="1e30"),
        1,
        "$.damage_items[0].quantity: '1e30' does not fit: Quantity (replacement cost)",
    ),
    "quantity of 41 digits": (
        item(quantity="1" * 41),
        1,
        "$.damage_items[0].quantity: '111111111111111111111111111111111111111…' does not fit",
    ),
    "currency XYZ": (
        changed(lambda d: d["policy_terms"].update(currency="XYZ")),
        1,
        "$.policy_terms.currency: 'XYZ' is not allowed here: ISO 4217 currency",
    ),
    "disability grade on a motor survey": (
        changed(lambda d: d["policy_terms"].update(disability_grade=3)),
        1,
        "$.policy_terms: A motor survey does not collect disability grade for the policy terms",
    ),
    "replacement-cost item with no unit cost": (
        item(unit_cost="0.00"),
        1,
        "$.damage_items[0]: A replacement-cost item needs its unit cost",
    ),
    "ID number of a party on a motor survey": (
        changed(lambda d: d["parties"][0].update(id_number="110101199001011234")),
        1,
        "$.parties[0].id_number: a motor survey does not collect id_number",
    ),
    # Accepted: a reason in Chinese counts what it says, and an unstated fact stays unstated.
    "emergency reason of eight Chinese characters": (
        changed(
            lambda d: d["safety"].update(
                emergency_skip={"reason": "现场起火需先救人", "recorded_at": d["created_at"]}
            )
        ),
        0,
        IMPORTED,
    ),
    "severity and action not stated (null)": (item(severity=None, action=None), 0, IMPORTED),
}

# case -> (file content, exit code, the gist of the message, or the outcome of an import)
CORPUS: dict[str, tuple[Callable[[Document], bytes], int, str]] = {
    "not JSON": (lambda d: b"survey of BA-1, see attached", 1, "$: not JSON (line 1, column 1"),
    "truncated JSON": (lambda d: text(d).encode()[:4000], 1, "$: not JSON (line 1, column"),
    "empty file": (lambda d: b"", 1, "$: not JSON (line 1, column 1: Expecting value)"),
    "invalid UTF-8": (invalid_utf8, 1, "$: not UTF-8 text (byte 0xff at offset 100)"),
    "UTF-8 with a byte-order mark": (lambda d: b"\xef\xbb\xbf" + text(d).encode(), 0, IMPORTED),
    "a JSON array instead of an object": (
        lambda d: json.dumps([d, d]).encode(),
        1,
        "$: [{'schema': 'fieldapp.survey/1'",
    ),
    "100,000 nested arrays": (
        lambda d: b"[" * 100_000 + b"]" * 100_000,
        1,
        "$: nested more deeply than any survey document is",
    ),
    "5,000 nested arrays as the notes": (
        deeply_nested_notes,
        1,
        "$: nested more deeply than any survey document is",
    ),
    "a number of 5,000 digits": (
        lambda d: text(d).replace('"revision": 1', '"revision": ' + "9" * 5000).encode(),
        1,
        "$.revision: a number of 5,000 digits; no survey value has more than 15",
    ),
    "wrong schema version": (
        changed(lambda d: d.update(schema="fieldapp.survey/2")),
        1,
        "$.schema: unsupported data version 'fieldapp.survey/2'",
    ),
    "missing required field": (
        changed(lambda d: d.pop("claim_number")),
        1,
        "$: 'claim_number' is a required property",
    ),
    "wrong type (revision a string)": (
        changed(lambda d: d.update(revision="one")),
        1,
        "$.revision: 'one' is not of type 'integer'",
    ),
    "unknown line of business": (
        changed(lambda d: d.update(line_of_business="marine")),
        1,
        "$.line_of_business: 'marine' is not one of ['motor', 'property', 'personal_accident']",
    ),
    "money as a float": (
        changed(lambda d: d["damage_items"][0].update(unit_cost=12.5)),
        1,
        "$.damage_items[0].unit_cost: 12.5 is not of type 'string'",
    ),
    "masked copy": (
        changed(lambda d: d.update(redaction="masked")),
        1,
        "$.redaction: this copy has personal fields masked; importing needs a full copy",
    ),
    "photo listed twice": (
        changed(lambda d: d["photos"].append(d["photos"][0])),
        1,
        "a photo is attached once",
    ),
    "answer to an item not on the checklist": (
        changed(lambda d: d["safety"]["answers"][0].update(item_id="bridge_inspected")),
        1,
        "$.safety.answers[0]: 'bridge_inspected' is not on the motor-safety/1 checklist",
    ),
    "latitude NaN": (
        lambda d: text(d).replace('"latitude": 31.2286', '"latitude": NaN').encode(),
        1,
        "$.incident.latitude: NaN is not a number (JSON has no NaN)",
    ),
    **VALUE_DOMAIN_CASES,
    # The two below import: the import recomputes the assessment, and starts a new log.
    "assessment tampered": (
        changed(lambda d: d["assessment"].update(indemnity="999999.00")),
        0,
        IMPORTED,
    ),
    "event chain broken": (
        changed(lambda d: d["events"][1].update(summary="nothing happened here")),
        0,
        IMPORTED,
    ),
}


def folder_state(data_dir: Path, survey_id: str) -> tuple[list[str], str]:
    workspace = FieldWorkspace.open(data_dir)
    try:
        surveys = sorted(s.survey_id for s in workspace.surveys.summaries())
        return surveys, survey_events(workspace.db, survey_id)[-1].hash
    finally:
        workspace.close()


def outcome(code: int, out: str, err: str, gist: str) -> str:
    if code == 0 and gist == IMPORTED:
        return f"exit 0: {IMPORTED}"
    return f"exit {code}: {gist if gist in err else err.strip()[:120]}"


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_survey_document_corpus(
    case: str,
    source: Source,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    ledger: Ledger,
) -> None:
    make, expected_code, gist = CORPUS[case]
    file = tmp_path / "survey.json"
    file.write_bytes(make(source.document))
    surveys, head = folder_state(source.data_dir, source.survey_id)
    code, out, err = CliRun(source.data_dir, capsys)("survey", "import", str(file))
    expected = f"exit {expected_code}: {gist}"
    ledger.case("survey JSON", case, expected=expected, observed=outcome(code, out, err, gist))
    assert (code, outcome(code, out, err, gist)) == (expected_code, expected), err
    assert "Traceback" not in err
    after, head_after = folder_state(source.data_dir, source.survey_id)
    assert head_after == head  # the source survey is untouched either way
    if expected_code:
        assert err.startswith("fieldapp: ") and err.count("\n") == 1 and len(err) < 300, err
        assert after == surveys
    else:
        [new] = set(after) - set(surveys)
        assert out.strip() == new and len(after) == len(surveys) + 1
        check_imported(source, new)


def check_imported(source: Source, survey_id: str) -> None:
    """The new survey's assessment is recomputed, and its log starts afresh with the import."""
    workspace = FieldWorkspace.open(source.data_dir)
    try:
        document = survey_document(workspace, survey_id, full=True)
    finally:
        workspace.close()
    assert document["assessment"] == source.document["assessment"]
    assert document["events"][0]["kind"] == "survey_imported"


# --- fuzzing: a valid document with keys deleted, values of other types, values inserted ---

CI_FUZZ_EXAMPLES = 150
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=24)
    | st.sampled_from(["", "0", "-1.00", "1e400", "2026-11-24T08:00+08:00", "motor", "yes"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)
Key = str | int


def places(node: Any, at: tuple[Key, ...] = ()) -> Iterator[tuple[Key, ...]]:
    """Every key and index of a JSON value, as paths from its top."""
    children = node.items() if isinstance(node, dict) else enumerate(node)
    for key, child in children:
        yield (*at, key)
        if isinstance(child, dict | list):
            yield from places(child, (*at, key))


def leaves(node: Any) -> list[Any]:
    if isinstance(node, dict | list):
        values = node.values() if isinstance(node, dict) else node
        return [leaf for value in values for leaf in leaves(value)]
    return [node]


@st.composite
def mutated(draw: st.DrawFn, document: Document) -> Document:
    """The document with one to three changes; a borrowed value is one from elsewhere in it,
    which passes the schema more often and so reaches the survey rules behind it."""
    edited = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(list(places(edited)) or [()]))
        if not where:
            break
        parent = edited
        for key in where[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["delete", "replace", "borrow", "insert"]))
        value = draw(st.sampled_from(leaves(document))) if action == "borrow" else draw(JSON_VALUES)
        if action == "delete":
            del parent[where[-1]]
        elif action == "insert" and isinstance(parent, list):
            parent.insert(int(where[-1]), value)
        elif action == "insert":
            parent[draw(st.text(max_size=12))] = value
        else:
            parent[where[-1]] = value
    return edited


def test_mutated_survey_documents_never_crash_the_import(
    source: Source, tmp_path: Path, request: pytest.FixtureRequest, ledger: Ledger
) -> None:
    asked = request.config.getoption("--fuzz-examples")
    examples = asked or CI_FUZZ_EXAMPLES
    seen = {"imported": 0, "refused": 0}
    file = tmp_path / "survey.json"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FIELDAPP_PASSPHRASE", TEST_PASSPHRASE)
        workspace = FieldWorkspace.open(source.data_dir)
    try:

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            derandomize=asked is None,  # the bounded CI run is the same every time
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(mutated(source.document))
        def import_it(document: Document) -> None:
            file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
            count = len(workspace.surveys.summaries())
            try:
                import_survey_document(workspace, read_document_file(file))
            except FieldappError:  # anything else is a crash, and fails the test here
                seen["refused"] += 1
                assert len(workspace.surveys.summaries()) == count
            else:
                seen["imported"] += 1
                assert len(workspace.surveys.summaries()) == count + 1

        import_it()
    finally:
        workspace.close()
    tried = seen["imported"] + seen["refused"]
    ledger.figure(
        "Fuzzing",
        "survey documents",
        f"{tried} examples ({seen['imported']} imported, {seen['refused']} refused), 0 crashes",
    )
