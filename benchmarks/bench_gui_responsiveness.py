"""Is the field window ever frozen? The real window (offscreen) imports camera-size photos on its
Photos step and exports the signed report on its Export step, while a 10 ms heartbeat timer on
the UI thread records the longest gap of the event loop. Goal: max_stall_ms ≤ 100.

The same photos are imported by the command line (`fieldapp photos add`, which also makes the
display copies) into a fresh data folder in the same run: the baseline. The window's import is
timed from the click until its grid shows every final thumbnail (display copies made), the same
work. Goal: the window costs ≤ 10 % of the command line's photos per second.

    python benchmarks/bench_gui_responsiveness.py [--count N] [--quick]

Ends with one line of key=value figures.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
PASSPHRASE = "benchmark passphrase 2026"

from bench_photos import camera_jpeg, write_photos  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QObject, QSettings, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class Heartbeat(QObject):
    """A 10 ms timer on the UI thread; the longest gap between its beats is the longest time the
    window could not answer a click or repaint."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.timer = QTimer(self, interval=10)
        self.timer.timeout.connect(self._beat)
        self.last = 0
        self.longest_ms = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.longest_ms = 0.0
        self.timer.start()

    def _beat(self) -> None:
        now = self.clock.nsecsElapsed()
        self.longest_ms = max(self.longest_ms, (now - self.last) / 1e6)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest_ms


def wait_until(app: QApplication, done: Callable[[], bool], timeout_s: float) -> None:
    deadline = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > deadline:
            raise SystemExit("the window did not finish in time")
        app.processEvents()
        time.sleep(0.002)


def demo_folder(data_dir: Path) -> str:
    """A fresh field data folder with its identity and a complete demo survey (so that the
    report can be exported once the benchmark's photos are added)."""
    from fieldapp.services.demo import create_demo_survey
    from fieldapp.services.field import FieldWorkspace
    from fieldapp.services.privacy import create_identity

    workspace = FieldWorkspace.open(data_dir, lambda new: PASSPHRASE)
    create_identity(workspace, surveyor="赵静", organisation="benchmark")
    survey_id = create_demo_survey(workspace, "property")
    workspace.close()
    return survey_id


def command_line_import(data_dir: Path, photos: Path) -> float:
    """Seconds for `fieldapp photos add` of the folder (import and display copies), less the
    seconds the same program takes to start and list the surveys."""
    survey_id = demo_folder(data_dir)
    env = {**os.environ, "FIELDAPP_PASSPHRASE": PASSPHRASE}
    # The process's own start is not import work: timed on a command that reads the folder.
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), "survey", "list"],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    start_s = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), "photos", "add",
         survey_id, str(photos)],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - started - start_s


def window_run(data_dir: Path, photos: Path, app: QApplication) -> dict[str, float]:
    """The real field window: open the survey, import on the Photos step until every final
    thumbnail is in, then export on the Export step until the verdict is shown; the heartbeat
    runs throughout."""
    from fieldapp.core.progress import Step
    from fieldapp.services.session import open_unlocked, unlock
    from fieldapp.ui.field.context import FieldContext, SurveyChanges
    from fieldapp.ui.field.main_window import FieldWindow
    from fieldapp.ui.field.steps.export_step import ExportStepPage
    from fieldapp.ui.field.steps.photos_step import PhotosStepPage
    from fieldapp.ui.i18n import Translations
    from fieldapp.ui.preferences import Preferences

    survey_id = demo_folder(data_dir)
    settings = QSettings(str(data_dir.parent / "bench-preferences.ini"), QSettings.Format.IniFormat)
    workspace = open_unlocked(data_dir, unlock(data_dir, PASSPHRASE))
    context = FieldContext(workspace, Preferences(settings), SurveyChanges())
    translations = Translations(app)
    translations.use("zh-Hans")
    window = FieldWindow(context, translations)
    window.resize(1366, 768)
    window.show()
    window.open_survey(survey_id)
    page = window.survey.step_pages[Step.PHOTOS]
    export_page = window.survey.step_pages[Step.EXPORT]
    assert isinstance(page, PhotosStepPage) and isinstance(export_page, ExportStepPage)
    window.survey.navigator.go_to(Step.PHOTOS)
    wait_until(app, lambda: page.board is not None, 60)
    before = len(page.model.tiles)

    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    page.add_paths([photos])
    importer = page.importer
    wait_until(
        app,
        lambda: importer.report is not None and importer.copies is None and not importer.running,
        1800,
    )
    imported_s = time.perf_counter() - started
    wait_until(app, lambda: len(page.model.tiles) >= before + importer.report.added, 120)
    page.grid.scrollToBottom()  # the grid paints the new tiles: thumbnails read lazily
    app.processEvents()
    import_stall = heartbeat.stop()
    added = importer.report.added

    window.survey.navigator.go_to(Step.EXPORT)
    heartbeat.start()
    started = time.perf_counter()
    export_page.start_export()
    wait_until(app, lambda: export_page.result.verification is not None, 600)
    export_s = time.perf_counter() - started
    export_stall = heartbeat.stop()
    window.close()
    QThreadPool.globalInstance().waitForDone(60_000)
    workspace.close()
    return {
        "imported_s": imported_s,
        "added": float(added),
        "import_stall_ms": import_stall,
        "export_s": export_s,
        "export_stall_ms": export_stall,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="photos to import (default 200)")
    parser.add_argument("--quick", action="store_true", help="20 photos: done in under a minute")
    args = parser.parse_args()
    count = 20 if args.quick else args.count
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp:
        folder = Path(tmp)
        kinds = min(count, 8)
        template = [camera_jpeg(n, random.Random(n)) for n in range(kinds)]
        photos = write_photos(folder / "card", count, template)
        print(f"generated {len(photos)} camera photos (4000×3000)", file=sys.stderr)
        cli_s = command_line_import(folder / "cli-data", folder / "card")
        gui = window_run(folder / "gui-data", folder / "card", app)
    if int(gui["added"]) != count:
        raise SystemExit(f"the window added {gui['added']:.0f} of {count} photos")
    cli_rate, gui_rate = count / cli_s, count / gui["imported_s"]
    cost = 100 * (1 - gui_rate / cli_rate)
    stall = max(gui["import_stall_ms"], gui["export_stall_ms"])
    print(
        f"command line: {cli_s:.1f} s for {count} photos; window: {gui['imported_s']:.1f} s "
        f"(longest stall {gui['import_stall_ms']:.0f} ms); export in the window "
        f"{gui['export_s']:.1f} s (longest stall {gui['export_stall_ms']:.0f} ms)",
        file=sys.stderr,
    )
    print(
        f"max_stall_ms={stall:.1f} import_stall_ms={gui['import_stall_ms']:.1f} "
        f"export_stall_ms={gui['export_stall_ms']:.1f} gui_photos_per_s={gui_rate:.2f} "
        f"cli_photos_per_s={cli_rate:.2f} gui_cost_pct={cost:.1f} export_s={gui['export_s']:.2f} "
        f"photos={count}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
