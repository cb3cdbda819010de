"""SIGKILL during photo import and export, at random moments (tests/reliability/kill_trials.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.reliability.kill_trials import export_trials, photo_import_trials
from tests.reliability.ledger import Ledger


@pytest.mark.parametrize(
    "trials_of", [photo_import_trials, export_trials], ids=["photos", "export"]
)
def test_killed_at_random_moments_the_folder_holds_and_the_next_run_completes(
    trials_of, tmp_path: Path, request: pytest.FixtureRequest, ledger: Ledger
) -> None:
    trials = request.config.getoption("--kill-trials")
    seed = random.randrange(1 << 30)
    figures = trials_of(tmp_path, trials, random.Random(seed))
    ledger.figure("Kills (SIGKILL at random moments)", figures.operation, figures.summary())
    if figures.status_after_kill:
        ledger.figure(
            "Kills (SIGKILL at random moments)",
            f"{figures.operation}: survey status right after the kill",
            ", ".join(f"{s} {n}" for s, n in sorted(figures.status_after_kill.items())),
        )
    assert figures.failures == [], f"seed {seed}: {figures.failures}"
    assert figures.next_run_completed == trials
    # the random moments did land inside the runs, not only before or after them
    assert figures.killed_while_running >= trials // 3, figures
    if trials_of is photo_import_trials:
        # the kills while originals were written left temporary files, which the next start
        # removed (a report is written in one go of a few milliseconds: its kills rarely do)
        assert figures.leftovers_removed > 0, figures
