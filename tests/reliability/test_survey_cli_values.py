"""Bad values on the command line: each is refused with its exit code and one line naming what
is wrong, no traceback, and nothing changes (the surveys, the demo survey's event log).

The value-domain cases (issue 12) are the examples of each rule in core/domains.py and
core/text_fields.py: offsets, years, incident times, magnitudes, lengths, characters, the
currency list, what a line of business and a valuation method take.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from fieldapp.services.field import FieldWorkspace
from tests.conftest import CliRun
from tests.reliability.ledger import Ledger
from tests.reliability.test_survey_corpus import demo_source, folder_state

SURVEY = "{survey}"  # replaced by the demo survey's id
NEW = ["survey", "new", "--claim", "BA-9", "--line", "motor", "--surveyor", "赵静"]
WHEN = ["--occurred-at", "2026-11-24 08:00"]
DAMAGE = [
    "damage", "add", SURVEY, "--description", "门板", "--cause", "追尾",
    "--method", "replacement_cost",
]  # fmt: skip

# case -> (argv, exit code, the gist of the one line on stderr)
CASES: dict[str, tuple[list[str], int, str]] = {
    "time in words": (
        [*NEW, "--occurred-at", "yesterday evening"],
        2,
        "Not a date and time: 'yesterday evening'",
    ),
    "month 13": ([*NEW, "--occurred-at", "2026-13-01 10:00"], 2, "Not a date and time"),
    "30 February": ([*NEW, "--occurred-at", "2026-02-30 10:00"], 2, "Not a date and time"),
    "offset without minutes (+8)": (
        [*NEW, "--occurred-at", "2026-11-24T08:00+8"],
        2,
        "Not a date and time: '2026-11-24T08:00+8'",
    ),
    "hour 24": ([*NEW, "--occurred-at", "2026-11-24 24:00"], 2, "Not a date and time"),
    "latitude 91": ([*NEW, *WHEN, "--lat", "91", "--lon", "0"], 2, "Latitude 91.0 is outside"),
    "unknown survey id": (["survey", "show", "deadbeef"], 1, "No survey with id deadbeef"),
    "survey id too short to be sure": (
        ["survey", "log", "0"],
        2,
        "Give at least the first 4 characters of the survey id.",
    ),
    "money not a number": (
        [*DAMAGE, "--unit-cost", "abc"],
        2,
        "unit cost: 'abc' is not an amount (e.g. 1234.50).",
    ),
    "money with three decimals": (
        [*DAMAGE, "--unit-cost", "12.345"],
        2,
        "unit cost: '12.345' is not an amount",
    ),
    "negative money": ([*DAMAGE, "--unit-cost", "-5"], 2, "unit cost cannot be negative."),
    "negative quantity": (
        [*DAMAGE, "--unit-cost", "5", "--quantity", "-2"],
        2,
        "The quantity must be at least 0.0001 and below 1,000,000.",
    ),
    "quantity NaN": (
        [*DAMAGE, "--unit-cost", "5", "--quantity", "nan"],
        2,
        "quantity: 'nan' is not a number.",
    ),
    "depreciation 150 %": (
        [*DAMAGE, "--unit-cost", "5", "--depreciation", "150", "--depreciation-basis", "age"],
        2,
        "The depreciation is a percentage from 0 to 100.",
    ),
    "unknown photo category": (
        ["photos", "describe", SURVEY, "ffff", "--category", "selfie"],
        2,
        "argument --category: invalid choice: 'selfie'",
    ),
    "unknown photo": (
        ["photos", "describe", SURVEY, "ffffff", "--caption", "x"],
        1,
        "No photo of this survey with id ffffff in this data folder.",
    ),
    "unknown currency": (
        ["terms", "set", SURVEY, "--currency", "YUAN"],
        2,
        "Currency 'YUAN' is not an ISO 4217 code (e.g. CNY, HKD, USD, EUR).",
    ),
    "unknown checklist item": (
        ["survey", "answer", SURVEY, "bridge_inspected", "yes"],
        1,
        "'bridge_inspected' is not on the motor-safety/1 checklist",
    ),
    **{  # issue 12: value domains
        "UTC offset +20:00": (
            [*NEW, "--occurred-at", "2026-11-24T08:00+20:00"],
            2,
            "has the UTC offset +20:00; offsets in use run from -12:00 to +14:00 in whole "
            "quarter hours.",
        ),
        "UTC offset not a quarter hour (+05:40)": (
            [*NEW, "--occurred-at", "2026-11-24T08:00+05:40"],
            2,
            "has the UTC offset +05:40; offsets in use run from -12:00 to +14:00",
        ),
        "year 1": (
            [*NEW, "--occurred-at", "0001-01-01"],
            2,
            "The time '0001-01-01' is in the year 1; a survey's dates lie between 1900 and 2199.",
        ),
        "year 1 with an offset east of UTC": (
            [*NEW, "--occurred-at", "0001-01-01T00:00+08:00"],
            2,
            "is in the year 1; a survey's dates lie between 1900 and 2199.",
        ),
        "year 9999": (
            [*NEW, "--occurred-at", "9999-12-31 23:00"],
            2,
            "is in the year 9999; a survey's dates lie between 1900 and 2199.",
        ),
        "incident three days in the future": (
            [*NEW, "--occurred-at", f"{datetime.now() + timedelta(days=3):%Y-%m-%d %H:%M}"],
            2,
            "is in the future; give the time it happened.",
        ),
        "incident thirty years ago": (
            [*NEW, "--occurred-at", "1996-11-24 08:00"],
            2,
            "is more than ten years ago; check the year.",
        ),
        "NUL in the claim number": (
            [
                "survey",
                "new",
                "--claim",
                "BA\x00-9",
                "--line",
                "motor",
                "--surveyor",
                "赵静",
                *WHEN,
            ],
            2,
            "The claim number holds a NUL (U+0000) at character 3 (after 'BA')",
        ),
        "escape sequence in the surveyor's name": (
            [*NEW[:-1], "赵静\x1b[2J", *WHEN],
            2,
            "The surveyor's name holds an escape (U+001B) at character 3",
        ),
        "line break in the claim number": (
            ["survey", "new", "--claim", "BA\n9", "--line", "motor", "--surveyor", "赵静", *WHEN],
            2,
            "The claim number holds a line break (U+000A) at character 3",
        ),
        "escape sequence in a party's name": (
            [
                "survey",
                "party",
                SURVEY,
                "--role",
                "witness",
                "--name",
                "王\x1b]0;x\x07",
                "--basis",
                "emergency",
            ],
            2,
            "A party's name holds an escape (U+001B) at character 2 (after '王')",
        ),
        "lone surrogate in the notes": (
            ["survey", "notes", SURVEY, "ok\ud800"],
            2,
            "The notes hold a lone surrogate (U+D800",
        ),
        "notes of 130,000 characters": (
            ["survey", "notes", SURVEY, "水" * 130_000],
            2,
            "The notes may hold at most 20,000 characters; this one has 130,000",
        ),
        "damage description of 5,000 characters": (
            [*DAMAGE[:4], "x" * 5000, *DAMAGE[5:], "--unit-cost", "5"],
            2,
            "A damage item's description may hold at most 4,000 characters; this one has 5,000",
        ),
        "quantity 1e30": (
            [*DAMAGE, "--unit-cost", "5", "--quantity", "1e30"],
            2,
            "The quantity must be at least 0.0001 and below 1,000,000.",
        ),
        "quantity of 41 digits": (
            [*DAMAGE, "--unit-cost", "5", "--quantity", "1" * 41],
            2,
            "The quantity must be at least 0.0001 and below 1,000,000.",
        ),
        "quantity with five decimal places": (
            [*DAMAGE, "--unit-cost", "5", "--quantity", "1.00001"],
            2,
            "The quantity has more than 4 decimal places.",
        ),
        "money of 16 digits": (
            [*DAMAGE, "--unit-cost", "1234567890123456"],
            2,
            "unit cost: '1234567890123456' is too large; amounts have at most 15 digits",
        ),
        "a product beyond the money limit": (
            [*DAMAGE, "--unit-cost", "999999999999999", "--quantity", "2"],
            1,
            "amounts stay below 1,000,000,000,000,000. Check the quantities and costs.",
        ),
        "replacement cost with no unit cost": (
            DAMAGE,
            1,
            "A replacement-cost item needs its unit cost (the cost of one unit new)",
        ),
        "market value with no assessed value": (
            [*DAMAGE[:-1], "market_value"],
            1,
            "A market value item needs its assessed value.",
        ),
        "a unit cost on a book-value item": (
            [*DAMAGE[:-1], "book_value", "--assessed-value", "90", "--unit-cost", "5"],
            1,
            "A book value item is not valued by its unit cost",
        ),
        "currency XYZ": (
            ["terms", "set", SURVEY, "--currency", "XYZ"],
            2,
            "Currency 'XYZ' is not an ISO 4217 code",
        ),
        "disability grade on a motor survey": (
            ["terms", "set", SURVEY, "--disability-grade", "3"],
            1,
            "A motor survey does not collect disability grade for the policy terms",
        ),
        "medical expenses on a motor survey": (
            ["terms", "set", SURVEY, "--medical-expenses", "300"],
            1,
            "A motor survey does not collect medical expenses for the policy terms",
        ),
        "ID number of a party on a motor survey": (
            [
                "survey",
                "party",
                SURVEY,
                "--role",
                "witness",
                "--name",
                "王五",
                "--id-number",
                "110101199001011234",
                "--basis",
                "emergency",
            ],
            1,
            "A motor survey does not collect id number for a party",
        ),
        "annotation text over 200 characters": (
            ["photos", "annotate", SURVEY, "{photo}", "text:0.5,0.5:" + "字" * 201],
            2,
            "An annotation's text may hold at most 200 characters; this one has 201",
        ),
        "emergency reason of four Chinese characters": (
            ["survey", "emergency-skip", SURVEY, "--reason", "现场起火"],
            1,
            "The emergency reason needs at least 10 characters, a Chinese, Japanese or Korean "
            "character counting as two; this one has 8.",
        ),
    },
}


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    source = demo_source(tmp_path_factory.mktemp("cli-values") / "field-data")
    return source.data_dir, source.survey_id


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_command_line_values(
    case: str,
    demo_folder: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    ledger: Ledger,
) -> None:
    data_dir, survey_id = demo_folder
    argv, expected_code, gist = CASES[case]
    before = folder_state(data_dir, survey_id)
    photo = first_photo(data_dir, survey_id)
    code, out, err = CliRun(data_dir, capsys)(
        *(a.replace(SURVEY, survey_id).replace("{photo}", photo) for a in argv)
    )
    observed = f"exit {code}: {gist if gist in err else err.strip()[-120:]}"
    ledger.case("CLI values", case, expected=f"exit {expected_code}: {gist}", observed=observed)
    assert observed == f"exit {expected_code}: {gist}", err
    assert out == "" and "Traceback" not in err
    last_line = err.strip().splitlines()[-1]  # argparse prints its usage lines before it
    assert last_line.startswith(("fieldapp: ", "fieldapp ")) and gist in last_line
    assert folder_state(data_dir, survey_id) == before


def first_photo(data_dir: Path, survey_id: str) -> str:
    workspace = FieldWorkspace.open(data_dir)
    try:
        return workspace.photos.photos(survey_id)[0].photo_id
    finally:
        workspace.close()
