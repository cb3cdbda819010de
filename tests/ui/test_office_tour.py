"""The office tour makes its screenshots from a real office (reports signed and imported through
the desk), and the desk's short columns show their whole text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="offscreen platform plugin")
def test_the_office_tour_shows_every_page_with_whole_columns(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "fieldapp.ui.tour_office", str(tmp_path / "shots"),
         "--size", "1366x768", "--only", "en-light"],
        capture_output=True, text=True, env=env, timeout=600, cwd=REPO_ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    shots = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert shots == [
        "en-light-office-1-desk.png",
        "en-light-office-2-archive.png",
        "en-light-office-3-trust.png",
        "en-light-office-4-dashboard.png",
    ]
    for name in shots:
        image = QImage(str(tmp_path / "shots" / name))
        assert (image.width(), image.height()) == (1366, 768)
        # a page with content, not an empty grey window: many distinct colours
        colours = {image.pixel(x, y) for x in range(0, 1366, 17) for y in range(0, 768, 17)}
        assert len(colours) > 20, name


def test_the_desk_fits_time_file_and_result_to_their_text(qtbot, office_context, signed_reports):
    from fieldapp.ui.office.desk import DeskPage

    office_context.office.trust.add(signed_reports.certificate, name="李明的平板")
    desk = DeskPage(office_context)
    qtbot.addWidget(desk)
    desk.resize(1366, 700)
    desk.show()
    desk.import_paths([signed_reports.property_r1, signed_reports.motor])
    qtbot.waitUntil(lambda: desk.operation is None and desk.model.rowCount() == 2, timeout=60_000)
    metrics = desk.table.fontMetrics()
    for row in range(desk.model.rowCount()):
        for column in (0, 2):  # received time and result: never cut to "2026…"
            text = desk.model.index(row, column).data()
            assert desk.table.columnWidth(column) >= metrics.horizontalAdvance(text), text
