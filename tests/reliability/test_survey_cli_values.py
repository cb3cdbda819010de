"""Bad values on the command line: each is refused with its exit code and one line naming what
is wrong, no traceback, and nothing changes (the surveys, the demo survey's event log).

Value-domain cases (a year-1 time with a positive offset, notes over their limit, offsets beyond
±18:00) are issue 12's and not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

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
        "quantity must be between 0.0001",
    ),
    "quantity NaN": (
        [*DAMAGE, "--unit-cost", "5", "--quantity", "nan"],
        2,
        "quantity: 'nan' is not a number.",
    ),
    "depreciation 150 %": (
        [*DAMAGE, "--unit-cost", "5", "--depreciation", "150", "--depreciation-basis", "age"],
        2,
        "depreciation must be between 0 and 100.",
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
        "Currency 'YUAN' is not an ISO 4217 code.",
    ),
    "unknown checklist item": (
        ["survey", "answer", SURVEY, "bridge_inspected", "yes"],
        1,
        "'bridge_inspected' is not on the motor-safety/1 checklist",
    ),
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
    code, out, err = CliRun(data_dir, capsys)(*(a.replace(SURVEY, survey_id) for a in argv))
    observed = f"exit {code}: {gist if gist in err else err.strip()[-120:]}"
    ledger.case("CLI values", case, expected=f"exit {expected_code}: {gist}", observed=observed)
    assert observed == f"exit {expected_code}: {gist}", err
    assert out == "" and "Traceback" not in err
    last_line = err.strip().splitlines()[-1]  # argparse prints its usage lines before it
    assert last_line.startswith(("fieldapp: ", "fieldapp ")) and gist in last_line
    assert folder_state(data_dir, survey_id) == before
