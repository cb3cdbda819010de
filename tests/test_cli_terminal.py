"""What the terminal is sent: escaped, never a raw escape sequence (a real process, real pipes)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from fieldapp.cli.terminal import escaped_for_terminal
from tests.reliability.field_folder import run_fieldapp


def test_escaping_keeps_text_and_writes_controls_as_json_reads_them() -> None:
    assert escaped_for_terminal("水渍 ok\n\tline") == "水渍 ok\n\tline"
    assert escaped_for_terminal("a\x1b[2Jb\x9b\u202e") == "a\\u001b[2Jb\\u009b\\u202e"
    escaped = escaped_for_terminal("x\x7fy")
    assert json.loads(f'"{escaped}"') == "x\x7fy"


def test_a_value_an_older_version_stored_is_printed_escaped(tmp_path: Path) -> None:
    """Values are refused at the door now; what an older database holds is still shown safely."""
    data = tmp_path / "data"
    new = run_fieldapp(
        data, "survey", "new", "--claim", "BA-T", "--line", "motor",
        "--occurred-at", "2026-11-24 08:00", "--surveyor", "赵静",
    )  # fmt: skip
    assert new.code == 0, new.err
    with sqlite3.connect(data / "fieldapp.db") as db:
        db.execute("UPDATE surveys SET claim_number = ?", ["BA\x1b]0;pwned\x07\x1b[2J"])
    for argv in (("survey", "list"), ("survey", "list", "--json")):
        listed = run_fieldapp(data, *argv)
        assert listed.code == 0, listed.err
        assert "\x1b" not in listed.out and "\x07" not in listed.out
    assert "BA\\u001b]0;pwned\\u0007\\u001b[2J" in run_fieldapp(data, "survey", "list").out
    as_json = json.loads(run_fieldapp(data, "survey", "list", "--json").out)
    assert as_json[0]["claim_number"] == "BA\x1b]0;pwned\x07\x1b[2J"  # the same JSON, escaped


def test_an_offset_an_older_version_accepted_does_not_break_the_listing(tmp_path: Path) -> None:
    """Earlier versions stored +20:00; listing reads it as stored, for that survey and the rest."""
    data = tmp_path / "data"
    for claim in ("BA-1", "BA-2"):
        made = run_fieldapp(
            data, "survey", "new", "--claim", claim, "--line", "motor",
            "--occurred-at", "2026-11-24T08:00+08:00", "--surveyor", "赵静",
        )  # fmt: skip
        assert made.code == 0, made.err
    with sqlite3.connect(data / "fieldapp.db") as db:
        db.execute("UPDATE surveys SET incident_at_offset = '+20:00' WHERE claim_number = 'BA-1'")
    listed = run_fieldapp(data, "survey", "list")
    assert listed.code == 0 and "BA-1" in listed.out and "BA-2" in listed.out, listed.err
