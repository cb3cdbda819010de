"""The field window's start and its survey list, against a bare PySide6 window.

Start: cold processes, several rounds each, timed from launch to the first paint of the main
window (unlock done by FIELDAPP_PASSPHRASE): a bare QMainWindow against `fieldapp`'s window on a
data folder with demo surveys. Goal: ratio ≤ 3 and ≤ 0.8 s. Also checked: no report library or
photo decoder loaded by then.

List: N surveys made through the services (5,000; 1,000 with --quick); the time to read them
(a background operation in the window), to fill and paint the list on the UI thread (what
reopening the home page blocks), and to filter them by a typed claim number. Goal: list and
filter ≤ 50 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_start.py [--quick] [--rounds N]

Ends with one line of key=value figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASSPHRASE = "benchmark passphrase 2026"


def launch(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait(timeout=60)
    if not line.startswith("first_paint_s="):
        raise SystemExit(f"no first paint from {argv}: {line!r}")
    return elapsed, line.split("heavy=")[1].strip()


def make_surveys(data_dir: Path, count: int) -> None:
    from fieldapp.core.timestamps import local_now
    from fieldapp.services.demo import create_demo_survey
    from fieldapp.services.field import FieldWorkspace, start_survey

    workspace = FieldWorkspace.open(data_dir, lambda new: PASSPHRASE)
    create_demo_survey(workspace, "motor")
    now = local_now()
    lines = ("motor", "property", "personal_accident")
    with workspace.db.atomic():
        for n in range(count - 1):
            start_survey(
                workspace,
                claim_number=f"CLM-2026-{n:06d}",
                policy_number=f"POL-{n % 977:04d}-{n:06d}",
                line_of_business=lines[n % 3],
                occurred_at=now - timedelta(hours=1 + n % 500),
                surveyor="赵静",
            )
    workspace.close()


def list_figures(data_dir: Path) -> tuple[float, float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from fieldapp.services.field import FieldWorkspace
    from fieldapp.services.progress import survey_overviews
    from fieldapp.ui.field.survey_list import SurveyListPage, SurveyRow

    app = QApplication.instance() or QApplication([])
    workspace = FieldWorkspace.open(data_dir, lambda new: PASSPHRASE)
    page = SurveyListPage()
    page.resize(1366, 700)
    page.show()
    reads, lists, filters = [], [], []
    for round_ in range(5):
        started = time.perf_counter()
        rows = [SurveyRow(o) for o in survey_overviews(workspace)]  # the worker's part
        reads.append(time.perf_counter() - started)
        started = time.perf_counter()
        page.show_rows(rows)  # the UI thread's part
        app.processEvents()
        lists.append(time.perf_counter() - started)
        started = time.perf_counter()
        page.search.setText(f"CLM-2026-00{round_}1")
        app.processEvents()
        filters.append(time.perf_counter() - started)
        page.search.clear()
    workspace.close()
    return tuple(statistics.median(f) * 1000 for f in (reads, lists, filters))  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 rounds, 1,000 surveys")
    parser.add_argument("--rounds", type=int, default=None)
    args = parser.parse_args()
    rounds = args.rounds or (3 if args.quick else 7)
    count = 1_000 if args.quick else 5_000
    env = {**os.environ, "FIELDAPP_PASSPHRASE": PASSPHRASE}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as work:
        data_dir = Path(work) / "field-data"
        made = time.perf_counter()
        make_surveys(data_dir, count)
        made_s = time.perf_counter() - made
        driver = [sys.executable, str(HERE / "gui_first_paint.py")]
        bare, window, heavy = [], [], set()
        for _ in range(rounds):  # interleaved, so both see the same machine
            bare.append(launch([*driver, "bare"], env)[0])
            elapsed, loaded = launch([*driver, "fieldapp", str(data_dir)], env)
            window.append(elapsed)
            heavy.add(loaded)
        read_ms, list_ms, filter_ms = list_figures(data_dir)
    bare_s, window_s = statistics.median(bare), statistics.median(window)
    print(f"bare PySide6 window: {bare_s:.3f} s (median of {rounds})")
    print(f"fieldapp window on {count} surveys: {window_s:.3f} s (made in {made_s:.1f} s)")
    print(
        f"survey list: {read_ms:.1f} ms to read (in the background), {list_ms:.1f} ms to fill "
        f"and paint (UI thread), {filter_ms:.1f} ms to filter"
    )
    print(
        f"bare_s={bare_s:.3f} fieldapp_s={window_s:.3f} ratio={window_s / bare_s:.2f} "
        f"surveys={count} read_ms={read_ms:.1f} list_ms={list_ms:.1f} filter_ms={filter_ms:.1f} "
        f"heavy_modules={'|'.join(sorted(heavy))}"
    )


if __name__ == "__main__":
    main()
