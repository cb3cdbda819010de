"""`office stats` over an office database: the dashboard's figures for a period, by the CLI."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldapp.core.service_figures import Period
from fieldapp.office.figures import figures_for_period
from fieldapp.office.importer import OfficeWorkspace
from tests.conftest import CliRun
from tests.office.archived_rows import archive_row, rejection_row

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def office_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> CliRun:
    office = OfficeWorkspace(tmp_path / "office")
    for n, (line, days, hours) in enumerate(
        [("motor", 0, 10), ("motor", 1, 30), ("property", 8, 200), ("motor", 15, 12)]
    ):
        received = MONDAY + timedelta(days=days)
        archive_row(
            office.db,
            number=n,
            line=line,
            received=received,
            hours_to_survey=hours,
            indemnity=f"{1000 + n}.50",
        )
    archive_row(  # a later revision of survey 0 replaces it in every figure
        office.db,
        number=0,
        revision=2,
        line="motor",
        received=MONDAY + timedelta(days=2),
        hours_to_survey=20,
        indemnity="2000.00",
    )
    rejection_row(office.db, code="untrusted_signer", received=MONDAY + timedelta(days=3))
    office.close()
    return CliRun(tmp_path / "office", capsys)


def test_stats_json_carries_the_dashboard_for_the_period(office_cli: CliRun) -> None:
    whole = office_cli.json("office", "stats", "--json")["dashboard"]
    assert whole["weeks"] == ["2026-11-02", "2026-11-09", "2026-11-16"]
    assert whole["reports_per_week"] == {"motor": [2, 0, 1], "property": [0, 1, 0]}
    assert whole["hours_overall"]["cases"] == 4
    assert whole["hours_overall"]["mean"] == pytest.approx((20 + 30 + 200 + 12) / 4, abs=0.01)
    assert whole["hours_overall"]["within_7_days"] == 0.75  # 200 h is past 7 days
    assert whole["indemnity_by_line"] == [
        {
            "line_of_business": "motor",
            "currency": "CNY",
            "total": "4005.00",
        },  # 2000.00 (r2) + 1001.50 + 1003.50
        {"line_of_business": "property", "currency": "CNY", "total": "1002.50"},
    ]
    assert whole["rejected_by_reason"] == {"untrusted_signer": 1}

    first_week = office_cli.json("office", "stats", "--json", "--until", "2026-11-08")
    assert first_week["dashboard"]["reports_per_week"] == {"motor": [2]}
    assert first_week["rejected_by_code"] == {"untrusted_signer": 1}
    later = office_cli.json("office", "stats", "--json", "--since", "2026-11-09")
    assert later["dashboard"]["rejected_by_reason"] == {}
    assert sum(p["count"] for p in later["periods"]) == 2

    office = OfficeWorkspace(office_cli.data_dir)
    direct = figures_for_period(office.db, Period())
    office.close()
    assert direct.as_data() == whole  # the CLI prints what the dashboard is given


def test_stats_says_the_period_figures_in_words_and_refuses_a_bad_period(
    office_cli: CliRun,
) -> None:
    code, out, _ = office_cli("office", "stats")
    assert code == 0
    assert "received 2026-11-03 to 2026-11-17 (UTC days): 4 surveys in 3 weeks" in out
    assert "90th percentile 200.0 (target 24 h); finished within 7 days: 75%" in out
    code, _, err = office_cli("office", "stats", "--since", "2026-11-09", "--until", "2026-11-01")
    assert code != 0 and "give the earlier date first" in err
    code, _, err = office_cli("office", "stats", "--since", "2026-13-45")
    assert code != 0 and "Not a date" in err
