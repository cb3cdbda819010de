from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp import __version__
from fieldapp.cli import build_parser
from tests.conftest import REPO_ROOT, CliRun


def run_fieldapp(
    data_dir: Path, *argv: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed entry point in its own process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "FIELDAPP_DATA_DIR": str(data_dir), **(env or {})},
        timeout=120,
    )


def test_version_and_help(data_dir: Path) -> None:
    version = run_fieldapp(data_dir, "--version")
    assert version.returncode == 0
    assert version.stdout.startswith(f"fieldapp {__version__} (commit ")
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / ".git").exists():  # a source checkout names its commit; a bundle its build
        head = subprocess.run(
            ["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        assert f"commit {head}" in version.stdout and "from source" in version.stdout
    helped = run_fieldapp(data_dir, "--help")
    assert helped.returncode == 0
    for verb in ("demo", "survey"):
        assert verb in helped.stdout


@pytest.mark.parametrize("line", ["motor", "property", "personal_accident"])
def test_demo_makes_a_complete_survey_of_each_line(cli: CliRun, line: str) -> None:
    code, out, err = cli("demo", "--line", line)
    assert code == 0, err
    survey_id = out.strip()
    document = cli.json("survey", "show", survey_id, "--json")
    assert isinstance(document, dict)
    assert document["line_of_business"] == line
    assert document["parties"] and document["photos"] and document["notes"]
    answered = {a["item_id"] for a in document["safety"]["answers"]}
    from fieldapp.resources import checklist_for

    assert answered == {i.item_id for i in checklist_for(line).items}  # type: ignore[arg-type]
    assert (cli.data_dir / "photos").is_dir()


def test_the_data_folder_comes_from_the_environment_when_not_given(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    made = run_fieldapp(folder, "demo")
    assert made.returncode == 0, made.stderr
    assert (folder / "fieldapp.db").is_file()
    listed = run_fieldapp(folder, "survey", "list")
    assert made.stdout.strip()[:8] in listed.stdout


def test_a_survey_started_from_the_command_line_keeps_time_and_offset(cli: CliRun) -> None:
    code, out, err = cli(
        "survey",
        "new",
        "--claim",
        "BA-77",
        "--line",
        "motor",
        "--occurred-at",
        "2026-11-24T21:05+08:00",
        "--surveyor",
        "李明",
        "--address",
        "沪昆高速 K12",
        "--lat",
        "31.1",
        "--lon",
        "121.3",
    )
    assert code == 0, err
    survey_id = out.strip()
    document = cli.json("survey", "show", survey_id[:8], "--json")
    assert isinstance(document, dict)
    assert document["incident"]["occurred_at"] == "2026-11-24T21:05:00+08:00"
    row = (
        sqlite3.connect(cli.data_dir / "fieldapp.db")
        .execute("SELECT incident_at_utc, incident_at_offset FROM surveys")
        .fetchone()
    )
    assert row == ("2026-11-24T13:05:00Z", "+08:00")
    listed = cli.json("survey", "list", "--json")
    assert isinstance(listed, list) and listed[0]["claim_number"] == "BA-77"


def test_safety_party_and_notes_verbs_follow_the_rules(cli: CliRun) -> None:
    sid = cli.new_survey(claim="BA-78", line="property", surveyor="赵静")
    code, _, err = cli("survey", "answer", sid, "gas_isolated", "no")
    assert code == 1 and "needs a note" in err and "Traceback" not in err
    assert cli("survey", "answer", sid, "gas_isolated", "no", "--note", "meter removed")[0] == 0
    code, _, err = cli(
        "survey",
        "party",
        sid,
        "--role",
        "insured",
        "--name",
        "孙伟",
        "--plate",
        "沪A·1",
        "--basis",
        "contract",
    )
    assert code == 1 and "does not collect plate" in err
    code, _, err = cli("survey", "party", sid, "--role", "insured", "--name", "孙伟")
    assert code == 2 and "--consent" in err  # a party needs a consent or a stated basis
    _, consent_id, _ = cli("survey", "consent", sid, "--person", "孙伟", "--answer", "granted")
    assert (
        cli(
            "survey",
            "party",
            sid,
            "--role",
            "insured",
            "--name",
            "孙伟",
            "--consent",
            consent_id.strip()[:8],
        )[0]
        == 0
    )
    code, _, err = cli("survey", "emergency-skip", sid, "--reason", "now")
    assert code == 1 and "reason" in err
    assert cli("survey", "notes", sid, "Roof checked from the ladder only")[0] == 0
    document = cli.json("survey", "show", sid, "--json")
    assert isinstance(document, dict)
    assert document["safety"]["answers"][0]["note"] == "meter removed"
    assert [p["name"] for p in document["parties"]] == ["孙*"]  # masked unless --full
    assert document["parties"][0]["legal_basis"] == "consent"
    code, out, _ = cli("survey", "log", sid)
    kinds = [line.split()[4] for line in out.strip().splitlines()]
    assert kinds == [
        "survey_created:",
        "safety_answered:",
        "consent_recorded:",
        "party_saved:",
        "notes_changed:",
    ]


def test_import_from_a_file_and_missing_photos_exit_3(cli: CliRun, tmp_path: Path) -> None:
    _, out, _ = cli("demo")
    exported = tmp_path / "survey.json"
    _, shown, _ = cli("survey", "show", out.strip(), "--json", "--full")
    exported.write_text(shown, encoding="utf-8")
    code, out2, err = cli("survey", "import", str(exported))
    assert code == 0, err
    assert out2.strip() != out.strip()
    elsewhere = CliRun(tmp_path / "other", cli.capsys)
    code, _, err = elsewhere("survey", "import", str(exported))
    assert code == 3
    assert len(re.findall(r"^missing [0-9a-f]{12} ", err, re.M)) == len(json.loads(shown)["photos"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON (line 1"),
        ('{"schema": "fieldapp.survey/2"}', "$.schema: unsupported data version"),
        ("[]", "$: [] is not of type 'object'"),
    ],
)
def test_a_bad_import_file_fails_with_one_clear_line(
    cli: CliRun, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = cli("survey", "import", str(path))
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_log_verify_passes_then_names_the_event_edited_by_hand(data_dir: Path) -> None:
    survey_id = run_fieldapp(data_dir, "demo").stdout.strip()
    ok = run_fieldapp(data_dir, "survey", "log", survey_id, "--verify")
    assert ok.returncode == 0 and "log intact" in ok.stdout
    with sqlite3.connect(data_dir / "fieldapp.db") as db:
        db.execute("UPDATE survey_events SET actor = 'someone else' WHERE seq = 7")
    broken = run_fieldapp(data_dir, "survey", "log", survey_id, "--verify")
    assert broken.returncode == 1
    assert "event 7" in broken.stderr and "Traceback" not in broken.stderr


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["survey", "show", "zzzzzzzz"], 1, "No survey with id zzzzzzzz"),
        (["survey", "show", "ab"], 2, "at least the first 4 characters"),
        (
            [
                "survey",
                "new",
                "--claim",
                "X",
                "--line",
                "motor",
                "--occurred-at",
                "soon",
                "--surveyor",
                "Li",
            ],
            2,
            "Not a date and time",
        ),
        (
            [
                "survey",
                "new",
                "--claim",
                "X",
                "--line",
                "boat",
                "--occurred-at",
                "2026-01-01 10:00",
                "--surveyor",
                "Li",
            ],
            2,
            "invalid choice",
        ),
        (["survey", "import", "/no/such/file.json"], 2, "No such file"),
        (["survey"], 2, "a verb is needed"),
    ],
)
def test_user_mistakes_exit_with_their_code_and_no_traceback(
    cli: CliRun, argv: list[str], code: int, message: str
) -> None:
    got, _, err = cli(*argv)
    assert got == code
    assert message in err and "Traceback" not in err


def test_an_unusable_data_folder_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    result = run_fieldapp(blocker / "data", "survey", "list")
    assert result.returncode == 1
    assert "Cannot create the data folder" in result.stderr and "Traceback" not in result.stderr


def test_every_verb_is_documented_in_the_readme() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    verbs: list[str] = []
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for name, sub in action.choices.items():
            nested = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
            if nested:
                verbs += [f"fieldapp {name} {v}" for v in nested[0].choices]
            else:
                verbs.append(f"fieldapp {name}")
    assert verbs, "no verbs found"
    undocumented = [v for v in verbs if f"`{v}" not in readme]
    assert undocumented == []


def test_survey_show_text_names_missing_safety_answers(cli: CliRun) -> None:
    sid = cli.new_survey(claim="BA-9", line="motor", surveyor="Li")
    code, text, _ = cli("survey", "show", sid)
    assert code == 0
    assert text.count("MISSING    ]") == 6  # the six required motor safety items
    assert text.count("MISSING shot") == 4  # overview, close-up, plate or VIN, odometer
    assert "(0 of 4)" in text  # the four corners


def test_photos_add_prints_one_line_per_file_and_exits_3_when_any_is_refused(
    cli: CliRun, tmp_path: Path
) -> None:
    from tests.photo_fixtures import jpeg_bytes

    sid = cli.new_survey(claim="BA-P", line="property", surveyor="赵静")
    folder = tmp_path / "shots"
    folder.mkdir()
    (folder / "客厅 overview.jpg").write_bytes(jpeg_bytes(colour=(1, 2, 3)))
    (folder / "notes.txt.jpg").write_text("not a photo")
    code, _, err = cli("photos", "add", sid, str(folder))
    assert code == 1 and "Scene safety comes first" in err
    assert (
        cli("survey", "emergency-skip", sid, "--reason", "Water still rising, shoot first")[0] == 0
    )
    code, out, err = cli("photos", "add", sid, str(folder), "--category", "overview")
    assert code == 3, err
    rejected, added = out.strip().splitlines()  # in the folder's sorted order
    assert re.match(r"^added [0-9a-f]{12} .*客厅 overview\.jpg$", added)
    assert rejected.startswith("rejected ") and rejected.endswith(
        "notes.txt.jpg: not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF)"
    )
    code, out, _ = cli("photos", "add", sid, str(folder / "客厅 overview.jpg"))
    assert code == 0 and out.startswith("duplicate ")
    sha = added.split()[1]
    assert cli("photos", "annotate", sid, sha, "arrow:0.1,0.1,0.5,0.5", "text:0.2,0.8:水渍")[0] == 0
    code, _, err = cli("photos", "annotate", sid, sha, "arrow:0.1,0.1,2,0.5")
    assert code == 2 and "fractions between 0 and 1" in err
    assert cli("photos", "describe", sid, sha, "--caption", "客厅全景")[0] == 0
    listing = cli.json("photos", "list", sid, "--json")
    assert isinstance(listing, dict)
    [photo] = listing["photos"]
    assert photo["caption"] == "客厅全景" and photo["annotations"] == 2
    assert [m["category"] for m in listing["missing_shots"]] == ["damage_closeup", "document"]
    assert (cli.data_dir / "display").is_dir()  # the report's copies were made after the import


def test_photos_add_warns_of_a_picture_that_fails_its_full_decode(
    cli: CliRun, tmp_path: Path
) -> None:
    from PIL import Image

    from tests.photo_fixtures import jpeg_bytes, with_broken_huffman_table

    sid = cli.new_survey(claim="BA-D", line="property", surveyor="赵静")
    assert cli("survey", "emergency-skip", sid, "--reason", "Ceiling may fall, shoot first")[0] == 0
    thumb = Image.new("RGB", (160, 120), "red")
    photo = tmp_path / "kitchen.jpg"
    photo.write_bytes(with_broken_huffman_table(jpeg_bytes(embedded_thumbnail=thumb)))
    code, out, err = cli("photos", "add", sid, str(photo))
    assert code == 0 and out.startswith("added ")  # kept: it is still evidence
    assert "kitchen.jpg" in err and "the picture cannot be decoded" in err
    listing = cli.json("photos", "list", sid, "--json")
    assert isinstance(listing, dict)
    assert [n["code"] for n in listing["risk_notes"]] == ["photo_damaged"]
