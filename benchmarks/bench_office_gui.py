"""The office window's archive and dashboard over N archived reports (10,000; 2,000 with
--quick), against a plain QTableView over the same rows held in a Python list.

One real report is signed on a field device and imported through the gate; the other N-1 are
written through the office database as copies of it with their own claim numbers, lines and
dates (signing 10,000 PDFs would measure the signer, not the window).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_office_gui.py [--quick] [--count N]

Figures (goals from issue 15): open_ms — from creating the archive page to its first page of
rows painted (the listing is read in the background; ≤ 300); filter_ms — from the filter being
applied (after the typing pause) to the matching rows painted (≤ 100); max_frame_ms — the
longest event-loop turn while scrolling from the top to the last row, pages fetched as it goes
(≤ 50); dashboard_ms — the dashboard's figures from `core/service_figures.py` over the archive,
as `office stats` computes them (≤ 200). Ends with one line of key=value figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark passphrase 2026"
CST = timezone(timedelta(hours=8))


def fill_office(folder: Path, count: int) -> Path:
    from sqlalchemy import select

    from fieldapp.office.importer import OfficeWorkspace, Status, import_reports
    from fieldapp.office.schema import reports
    from fieldapp.services.demo import create_demo_survey
    from fieldapp.services.export import export_report
    from fieldapp.services.field import FieldWorkspace
    from fieldapp.services.privacy import create_identity, identity_of

    field = FieldWorkspace.open(folder / "field", passphrase=lambda new: PASSPHRASE)
    create_identity(field, surveyor="Bench", organisation="Bench Mutual")
    report = export_report(
        field, create_demo_survey(field, "property"), out=folder / "out" / "r.pdf"
    ).path
    certificate = identity_of(field).export_certificate(folder / "device.pem")
    field.close()
    office = OfficeWorkspace(folder / "office")
    office.trust.add(certificate, name="Bench tablet")
    [outcome] = import_reports(office, [report], settle_seconds=0)
    assert outcome.status is Status.ACCEPTED, outcome.line
    template = office.db.rows(select(reports))[0]
    lines, surveyors = ("motor", "property", "personal_accident"), ("赵静", "李明", "王芳", "陈伟")
    start = datetime(2025, 1, 1, tzinfo=UTC)
    batch: list[dict[str, Any]] = []
    for n in range(count - 1):
        received = start + timedelta(minutes=53 * n)
        batch.append(
            template
            | {
                "report_sha256": uuid.uuid4().hex * 2,
                "survey_id": str(uuid.uuid4()),
                "claim_number": f"CLM-2025-{n:06d}",
                "policy_number": f"POL-{n % 977:04d}-{n:06d}",
                "line_of_business": lines[n % 3],
                "surveyor": surveyors[n % 4],
                "incident_at": (received - timedelta(hours=6 + n % 90)).astimezone(CST).isoformat(),
                "finished_at": (received - timedelta(hours=2)).isoformat(),
                "received_at_utc": received.isoformat().replace("+00:00", "Z"),
                "indemnity": f"{(n * 37) % 90000}.00",
            }
        )
        if len(batch) == 500:
            office.db.insert(reports, batch)
            batch = []
    office.db.insert(reports, batch)
    office.close()
    return folder / "office"


def until(app: Any, done: Callable[[], bool], frames: list[float] | None = None) -> None:
    """Turn the event loop until ``done``; each turn's length goes to ``frames``."""
    deadline = time.perf_counter() + 60
    while not done():
        started = time.perf_counter()
        app.processEvents()
        if frames is not None:
            frames.append(time.perf_counter() - started)
        if time.perf_counter() > deadline:
            raise SystemExit("the archive did not answer within a minute")
        time.sleep(0.0005)  # the worker thread gets the CPU


def scroll_to_the_end(app: Any, table: Any, total: Callable[[], int]) -> list[float]:
    """Page down from the top until the last row is shown; one frame per step."""
    frames: list[float] = []
    bar = table.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    model = table.model()
    while True:
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        frames.append(time.perf_counter() - started)
        if bar.value() >= bar.maximum():
            if model.rowCount() >= total():
                return frames
            if model.canFetchMore(table.rootIndex()):  # the view asked already, or asks now
                model.fetchMore(table.rootIndex())
            until(app, lambda: bar.value() < bar.maximum() or model.rowCount() >= total(), frames)


def archive_figures(app: Any, office_dir: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings

    from fieldapp.office.importer import OfficeWorkspace
    from fieldapp.ui.office.archive_page import ArchivePage
    from fieldapp.ui.office.context import OfficeChanges, OfficeContext
    from fieldapp.ui.preferences import Preferences

    office = OfficeWorkspace(office_dir)
    settings = QSettings(str(office_dir / "bench.ini"), QSettings.Format.IniFormat)
    context = OfficeContext(office, Preferences(settings), OfficeChanges())
    opens, filters = [], []
    for _ in range(3):
        started = time.perf_counter()
        page = ArchivePage(context)
        page.resize(1366, 700)
        page.show()
        until(app, lambda: bool(page.model.rows) and not page.model.fetching)  # noqa: B023
        page.table.viewport().repaint()
        opens.append(time.perf_counter() - started)
        for typed in ("CLM-2025-0012", "POL-0123", "2025-00199"):
            page.filters.search.setText(typed)
            page.filters.pause.stop()  # the typing pause is the user's, not the query's
            started = time.perf_counter()
            page.apply_filters()
            until(app, lambda: not page.model.fetching)  # noqa: B023
            page.table.viewport().repaint()
            filters.append(time.perf_counter() - started)
            assert page.model.rows, typed
        page.filters.search.clear()
        page.filters.pause.stop()
        page.apply_filters()
        until(app, lambda: not page.model.fetching)  # noqa: B023
        frames = scroll_to_the_end(app, page.table, lambda: len(page.model.keys))  # noqa: B023
        page.close()
        page.deleteLater()
        app.processEvents()
    office.close()
    return {
        "open_ms": statistics.median(opens) * 1000,
        "filter_ms": statistics.median(filters) * 1000,
        "max_frame_ms": max(frames) * 1000,
        "scroll_frames": len(frames),
    }


def baseline_figures(app: Any, office_dir: Path) -> dict[str, float]:
    """A plain QTableView over every row read into a Python list at once."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    from fieldapp.office.archive import CSV_COLUMNS, latest_reports
    from fieldapp.office.importer import OfficeWorkspace

    class ListModel(QAbstractTableModel):
        def __init__(self, rows: list[tuple[Any, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(CSV_COLUMNS)

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    office = OfficeWorkspace(office_dir)
    started = time.perf_counter()
    everything = [tuple(r[c] for c in CSV_COLUMNS) for r in latest_reports(office.db)]
    model = ListModel(everything)
    table = QTableView()
    table.setModel(model)
    table.resize(1366, 700)
    table.show()
    app.processEvents()
    table.viewport().repaint()
    open_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    model.beginResetModel()
    model.rows = [r for r in everything if "CLM-2025-0012" in r[0] or "CLM-2025-0012" in r[1]]
    model.endResetModel()
    table.viewport().repaint()
    filter_ms = (time.perf_counter() - started) * 1000
    model.beginResetModel()
    model.rows = everything
    model.endResetModel()
    frames = scroll_to_the_end(app, table, lambda: len(everything))
    table.close()
    office.close()
    return {"open_ms": open_ms, "filter_ms": filter_ms, "max_frame_ms": max(frames) * 1000}


def dashboard_ms(office_dir: Path) -> float:
    from fieldapp.core.service_figures import Period
    from fieldapp.office.figures import figures_for_period
    from fieldapp.office.importer import OfficeWorkspace

    office = OfficeWorkspace(office_dir)
    times = []
    for _ in range(3):  # what the dashboard page computes, over every report received
        started = time.perf_counter()
        figures = figures_for_period(office.db, Period(since=None, until=None))
        times.append(time.perf_counter() - started)
        assert figures
    office.close()
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 reports")
    parser.add_argument("--count", type=int, default=None, help="reports (default 10,000)")
    args = parser.parse_args()
    count = args.count or (2_000 if args.quick else 10_000)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bench-office-gui-") as tmp:
        made = time.perf_counter()
        office_dir = fill_office(Path(tmp), count)
        made_s = time.perf_counter() - made
        base = baseline_figures(app, office_dir)
        ours = archive_figures(app, office_dir)
        dash = dashboard_ms(office_dir)
    print(f"{count} archived reports written in {made_s:.1f} s", file=sys.stderr)
    print(
        f"plain QTableView over a list: open {base['open_ms']:.0f} ms, filter "
        f"{base['filter_ms']:.0f} ms, longest scroll frame {base['max_frame_ms']:.1f} ms",
        file=sys.stderr,
    )
    print(
        f"archive page: open {ours['open_ms']:.0f} ms, filter {ours['filter_ms']:.0f} ms, "
        f"longest scroll frame {ours['max_frame_ms']:.1f} ms over {ours['scroll_frames']:.0f} "
        f"frames; dashboard figures {dash:.0f} ms",
        file=sys.stderr,
    )
    print(
        f"reports={count} baseline_open_ms={base['open_ms']:.1f} "
        f"baseline_filter_ms={base['filter_ms']:.1f} "
        f"baseline_max_frame_ms={base['max_frame_ms']:.1f} open_ms={ours['open_ms']:.1f} "
        f"filter_ms={ours['filter_ms']:.1f} max_frame_ms={ours['max_frame_ms']:.1f} "
        f"dashboard_ms={dash:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
