"""Photo import and export killed with SIGKILL at random moments; after each kill the data folder
must hold and the next run must complete.

The pytest test runs a few dozen trials of each; for a long run:
``python -m tests.reliability.kill_trials --trials 200 [--seed N]``.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from fieldapp.services.field import FieldWorkspace
from tests.reliability.field_folder import (
    Run,
    check_folder,
    fieldapp_process,
    leftovers,
    process_env,
    run_fieldapp,
    start_survey_ready_for_photos,
    write_unique_jpegs,
)

PHOTOS_PER_TRIAL = 8


@dataclass
class KillFigures:
    operation: str
    trials: int = 0
    killed_while_running: int = 0
    finished_before_kill: int = 0
    leftovers_removed: int = 0
    next_run_completed: int = 0
    failures: list[str] = field(default_factory=list)
    status_after_kill: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        return (
            f"{self.trials} trials, {self.killed_while_running} killed mid-run, "
            f"{self.leftovers_removed} leftover files removed on the next start, "
            f"{self.next_run_completed} next runs completed, {len(self.failures)} failures"
        )


def _kill_at_random(
    argv: list[str], within_s: float, rng: random.Random, *, writing_in: Path | None = None
) -> bool:
    """Start ``argv`` and SIGKILL it; True when it was still running.

    The moment is uniformly random within ``within_s``, or, with ``writing_in``, the first
    moment a temporary file shows in that folder: the worst moment, which a uniform draw
    rarely hits.
    """
    process = subprocess.Popen(
        argv,
        env=process_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + (within_s if writing_in else rng.uniform(0, within_s))
    while time.monotonic() < deadline and process.poll() is None:
        if writing_in is not None and _writing(writing_in):
            break
        time.sleep(0.0005 if writing_in else 0.005)
    running = process.poll() is None
    if running:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return running


def _writing(folder: Path) -> bool:
    try:
        return any(name.startswith(".partial-") for name in os.listdir(folder))
    except FileNotFoundError:
        return False


def _after_kill(
    data_dir: Path, figures: KillFigures, trial: int, next_run: Callable[[], Run]
) -> None:
    figures.leftovers_removed += len(leftovers(data_dir))
    health = check_folder(data_dir)  # opens the folder as the next start would
    if not health.holds:
        figures.failures.append(f"trial {trial}: {health}")
    run = next_run()
    if run.completed:
        figures.next_run_completed += 1
    else:
        said = (run.err.strip() or run.out.strip()).splitlines()[-3:]
        figures.failures.append(
            f"trial {trial}: the next run did not complete (exit {run.code}: {' / '.join(said)})"
        )


def photo_import_trials(work: Path, trials: int, rng: random.Random) -> KillFigures:
    figures = KillFigures("photo import")
    data_dir = work / "field-data"
    survey_id = start_survey_ready_for_photos(data_dir, "CLM-KILL-PHOTOS")
    calibration = write_unique_jpegs(
        work / "calibration", PHOTOS_PER_TRIAL, seed=0, size=(480, 360)
    )
    started = time.perf_counter()
    run_fieldapp(data_dir, "photos", "add", survey_id, *map(str, calibration))
    full_run_s = time.perf_counter() - started
    for trial in range(1, trials + 1):
        folder = work / f"photos-{trial}"
        photos = write_unique_jpegs(folder, PHOTOS_PER_TRIAL, seed=trial, size=(480, 360))
        argv = fieldapp_process(data_dir, "photos", "add", survey_id, str(folder))
        figures.trials += 1
        # every other trial is killed while an original is being written
        writing_in = data_dir / "photos" if trial % 2 == 0 else None
        if _kill_at_random(argv, full_run_s * 1.1, rng, writing_in=writing_in):
            figures.killed_while_running += 1
        else:
            figures.finished_before_kill += 1

        def next_import(folder: Path = folder, photos: list[Path] = photos) -> Run:
            run = run_fieldapp(data_dir, "photos", "add", survey_id, str(folder))
            lines = run.out.splitlines()
            return replace(
                run,
                completed=run.code == 0
                and len(lines) == len(photos)
                and all(line.startswith(("added ", "duplicate ")) for line in lines),
            )

        _after_kill(data_dir, figures, trial, next_import)
    return figures


def export_trials(work: Path, trials: int, rng: random.Random) -> KillFigures:
    figures = KillFigures("export")
    data_dir = work / "field-data"
    survey_id = run_fieldapp(data_dir, "demo").out.strip()
    run_fieldapp(data_dir, "identity", "create", "--surveyor", "李明", "--organisation", "Acme")
    started = time.perf_counter()
    first = run_fieldapp(data_dir, "export", survey_id)
    assert first.code == 0, first.err
    full_run_s = time.perf_counter() - started
    for trial in range(1, trials + 1):
        # a new draft revision each time, so the kill can land before, during or after the freeze
        _revise(data_dir, survey_id)
        figures.trials += 1
        argv = fieldapp_process(data_dir, "export", survey_id)
        # every other trial is killed while the report file is being written
        writing_in = data_dir / "exports" if trial % 2 == 0 else None
        if _kill_at_random(argv, full_run_s * 1.1, rng, writing_in=writing_in):
            figures.killed_while_running += 1
        else:
            figures.finished_before_kill += 1
        figures.status_after_kill[_status(data_dir, survey_id)] += 1

        def next_export() -> Run:
            run = run_fieldapp(data_dir, "export", survey_id)
            return replace(run, completed=run.code == 0 and Path(run.out.strip()).is_file())

        _after_kill(data_dir, figures, trial, next_export)
    return figures


def _revise(data_dir: Path, survey_id: str) -> None:
    workspace = FieldWorkspace.open(data_dir)
    try:
        workspace.surveys.revise(survey_id, actor="kill trials")
    finally:
        workspace.close()


def _status(data_dir: Path, survey_id: str) -> str:
    workspace = FieldWorkspace.open(data_dir)
    try:
        return workspace.surveys.get(survey_id).status.value
    finally:
        workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    os.environ.update(process_env())  # this process opens the folder too, between the runs
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    for trials_of in (photo_import_trials, export_trials):
        with tempfile.TemporaryDirectory() as work:
            figures = trials_of(Path(work), args.trials, random.Random(seed))
        print(f"{figures.operation}: {figures.summary()}; seed {seed}")
        for failure in figures.failures:
            print(f"  {failure}")


if __name__ == "__main__":
    main()
