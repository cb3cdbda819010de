from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from fieldapp.errors import DataFolderError
from fieldapp.store.database import open_database
from fieldapp.store.migrations import field_migrations
from fieldapp.store.sealing import RowSealer
from fieldapp.store.secrets import Keyring
from fieldapp.store.surveys import SurveyRepository
from tests.conftest import CliRun

FIRST_STEP = "m001_surveys_parties_safety_events"


def steps_after_first() -> list[str]:
    names = [m.name for m in field_migrations._migrations]
    assert names[0] == FIRST_STEP and len(names) > 1
    return names[1:]


def test_a_database_made_by_the_first_migration_alone_is_upgraded_with_its_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    old = Database(path)
    field_migrations.apply(old, stop_before=steps_after_first())
    assert [m.name for m in field_migrations.applied(old)] == [FIRST_STEP]
    assert "evidence_photos" not in old.table_names()
    # A survey as the first version of the application wrote it, with a party and an answer,
    # its personal values sealed with the device's data key.
    cipher = Keyring(tmp_path / "keyring.json").create("old device passphrase")
    sealer = RowSealer(lambda: cipher)
    old["surveys"].insert(
        sealer.seal(
            "surveys",
            {
                "survey_id": "6f1c1f0e-0000-4000-8000-000000000001",
                "revision": 1,
                "status": "draft",
                "claim_number": "BA-OLD-1",
                "policy_number": "P-1",
                "line_of_business": "motor",
                "surveyor": "李明",
                "incident_at_utc": "2026-01-02T03:04:05Z",
                "incident_at_offset": "+08:00",
                "incident_address": "上海",
                "safety_checklist": "motor-safety/1",
                "created_at_utc": "2026-01-02T04:00:00Z",
                "created_at_offset": "+08:00",
                "event_count": 0,
            },
        )
    )
    old["parties"].insert(
        sealer.seal(
            "parties",
            {
                "party_id": "6f1c1f0e-0000-4000-8000-0000000000aa",
                "survey_id": "6f1c1f0e-0000-4000-8000-000000000001",
                "position": 0,
                "role": "insured",
                "name": "王芳",
                "phone": "13812345678",
                "details_json": '{"plate": "沪A·D1234"}',
            },
        )
    )
    old["safety_answers"].insert(
        {
            "survey_id": "6f1c1f0e-0000-4000-8000-000000000001",
            "item_id": "hazard_lights",
            "answer": "yes",
            "note": "",
            "answered_at_utc": "2026-01-02T04:01:00Z",
            "answered_at_offset": "+08:00",
        }
    )
    old.close()

    db = open_database(path)
    assert next(m.name for m in field_migrations.applied(db)) == FIRST_STEP
    assert field_migrations.pending(db) == []
    assert "evidence_photos" in db.table_names()
    assert "consents" in db.table_names() and "legal_basis" in db["parties"].columns_dict
    survey = SurveyRepository(db, lambda: cipher).get("6f1c1f0e-0000-4000-8000-000000000001")
    assert survey.claim_number == "BA-OLD-1"
    assert survey.incident.occurred_at.isoformat() == "2026-01-02T11:04:05+08:00"
    assert survey.parties[0].name == "王芳" and survey.parties[0].details == {"plate": "沪A·D1234"}
    assert survey.safety_answers[0].item_id == "hazard_lights"


def test_the_database_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    db = open_database(tmp_path / "f.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    with pytest.raises(sqlite3.IntegrityError):
        db["parties"].insert(
            {
                "party_id": "p",
                "survey_id": "no-such-survey",
                "position": 0,
                "role": "insured",
                "name": "x",
            }
        )


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(path).close()
    newer = Migrations("fieldapp.field")
    for step in field_migrations._migrations:
        newer(name=step.name)(step.fn)

    @newer()
    def m999_from_the_future(db: Database) -> None:
        db["future"].create({"x": int})

    newer.apply(Database(path))
    before = path.read_bytes()
    with pytest.raises(DataFolderError, match="newer fieldapp"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "fieldapp.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DataFolderError, match=r"is damaged.*restore it from a backup"):
        open_database(path)


def test_a_database_kept_busy_past_the_wait_gives_one_line_and_changes_nothing(
    cli: CliRun, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    survey_id = cli.new_survey(claim="CLM-BUSY-1", line="property")
    monkeypatch.setattr("fieldapp.store.database.BUSY_TIMEOUT_MS", 300)
    other_program = sqlite3.connect(data_dir / "fieldapp.db", isolation_level=None)
    other_program.execute("BEGIN IMMEDIATE")  # another writer holds the database
    try:
        code, out, err = cli("survey", "notes", survey_id, "Roof tiles missing on the north side.")
    finally:
        other_program.execute("ROLLBACK")
        other_program.close()
    assert code == 1 and out == ""
    assert (
        err.count("\n") == 1 and "The data folder is busy" in err and "Nothing was changed" in err
    )
    shown = cli.json("survey", "show", survey_id, "--json")
    assert isinstance(shown, dict) and not shown.get("notes")


def test_a_writer_waits_for_another_one_instead_of_failing(cli: CliRun, data_dir: Path) -> None:
    """A read-then-write transaction used to fail at once in WAL mode, whatever the timeout."""
    import threading

    survey_id = cli.new_survey(claim="CLM-BUSY-2", line="property")
    other_program = sqlite3.connect(
        data_dir / "fieldapp.db", isolation_level=None, check_same_thread=False
    )
    other_program.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: other_program.execute("COMMIT"))
    release.start()
    try:
        code, _, err = cli("survey", "notes", survey_id, "Written after the other program.")
    finally:
        release.join()
        other_program.close()
    assert code == 0, err
    shown = cli.json("survey", "show", survey_id, "--json")
    assert isinstance(shown, dict) and shown["notes"] == "Written after the other program."
