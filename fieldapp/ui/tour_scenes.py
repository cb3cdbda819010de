"""The tour's scenes beyond one screenshot a step: the demo data folder they need, the photo
grid with its risk-note badges, the review with both signature pads drawn, the export step after
a real export (the file, its buttons and the verdict of every check), and the viewer with marks.

Each scene drives the window as a person would (a click on Export, strokes on the pads) and
waits for the background work it starts; the screenshot is taken by ``save``."""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QPointF, Qt, QThreadPool
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from fieldapp.core.progress import Step
from fieldapp.core.timestamps import local_now
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.field import FieldWorkspace, record_emergency_skip, start_survey
from fieldapp.services.photos import Outcome, add_photos, photo_original
from fieldapp.services.privacy import create_identity
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.main_window import FieldWindow

TOUR_PASSPHRASE = "tour passphrase 2026"
WAIT_S = 120.0  # the longest a scene waits for its background work (an export, a preview)


@dataclass(frozen=True)
class DemoSurveys:
    motor: str  # complete but unsigned: every step, the review's pads
    prop: str  # complete: exported in the export scene
    started: str  # just begun, with photos that carry every risk note a photo can have


def settle(until: Callable[[], bool] = lambda: True, *, wait_s: float = WAIT_S) -> None:
    """Let background work finish and the window redraw, until ``until()`` holds."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    deadline = time.monotonic() + wait_s
    while True:
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()
        if until() or time.monotonic() > deadline:
            break
    app.processEvents()


def save(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    widget.grab()  # a first paint asks for what is drawn lazily (the photo grid's thumbnails)
    for _ in range(3):
        settle(wait_s=10)
    widget.grab().save(str(path))
    return path


def demo_folder(folder: Path) -> DemoSurveys:
    """A device with its identity, two complete demo surveys and one just begun; the motor demo
    made last, so that it heads the survey list."""
    workspace = FieldWorkspace.open(folder, lambda new: TOUR_PASSPHRASE)
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    prop = create_demo_survey(workspace, "property")
    started = start_survey(
        workspace,
        claim_number="BA3102026112500999",
        line_of_business="motor",
        occurred_at=local_now(),
        surveyor="李明",
        policy_number="PDAA202631010000123456",
        address="上海市浦东新区世纪大道100号",
        latitude=31.2286,
        longitude=121.5199,
    ).survey_id
    record_emergency_skip(workspace, started, reason="伤者需立即送医，先行拍照取证")
    _borrow_photos(workspace, prop, started, count=3)
    motor = create_demo_survey(workspace, "motor")
    workspace.close()
    return DemoSurveys(motor=motor, prop=prop, started=started)


def _borrow_photos(workspace: FieldWorkspace, source: str, into: str, *, count: int) -> None:
    """Photos of another survey, taken hours before this incident and far from its place, added
    to it: each tile then shows the badges "used in another survey", "taken before the
    incident" and "far from the place"."""
    with tempfile.TemporaryDirectory(prefix="fieldapp-tour-") as folder:
        paths = []
        for photo in workspace.photos.photos(source)[:count]:
            path = Path(folder) / photo.file_name
            path.write_bytes(photo_original(workspace, source, photo.photo_id)[1])  # unsealed
            paths.append(path)
        added = add_photos(workspace, into, paths)
        refused = [o.line for o in added.outcomes if o.outcome is not Outcome.ADDED]
        if refused:  # the badge scene would show no badge: stop rather than shoot it empty
            raise RuntimeError(f"the tour's borrowed photos were not added: {refused}")


def open_step(window: FieldWindow, survey_id: str, step: Step) -> QWidget:
    window.open_survey(survey_id)
    window.survey.navigator.go_to(step)
    page = window.survey.step_pages[step]
    settle(lambda: window.survey.progress is not None and page.state is not None)
    return page


def photos_with_badges(window: FieldWindow, demo: DemoSurveys, out: Path, name: str) -> Path:
    page = open_step(window, demo.started, Step.PHOTOS)
    settle(lambda: page.board is not None and page.model.rowCount() > 0)  # type: ignore[attr-defined]
    return save(window, out, name)


def review_with_signatures(window: FieldWindow, demo: DemoSurveys, out: Path, name: str) -> Path:
    """Both pads signed and not yet stored: what the surveyor sees before pressing the buttons
    (a stored signature is not drawn back)."""
    page = open_step(window, demo.motor, Step.REVIEW)
    settle(lambda: page.sheet is not None)  # type: ignore[attr-defined]
    panels = list(page.panels.values())  # type: ignore[attr-defined]
    for seed, panel in enumerate(panels):
        panel.box.pad.clear()
        sign_like_a_person(panel.box.pad, seed)
    # Both pads in sight: the page scrolled to the surveyor's signature, as the surveyor would.
    page.scroll.verticalScrollBar().setValue(panels[0].y())  # type: ignore[attr-defined]
    preview = page.preview  # type: ignore[attr-defined]
    settle(lambda: preview.page_count > 0)
    let_pages_draw()
    return save(window, out, name)


def sign_like_a_person(pad: QWidget, seed: int) -> None:
    """A flowing hand signature across the pad, as mouse events (press, moves, release)."""
    width, height = pad.width(), pad.height()
    loops = 5 + seed

    def at(t: float) -> QPointF:
        x = width * (0.12 + 0.72 * t) + 14 * math.cos(2 * math.pi * loops * t)
        y = height * 0.5 - height * 0.22 * math.sin(2 * math.pi * loops * t) * (1 - 0.5 * t)
        return QPointF(x, y + 8 * math.sin(3 * t + seed))

    points = [at(k / 160) for k in range(161)]
    _mouse(pad, QEvent.Type.MouseButtonPress, points[0])
    for point in points[1:]:
        _mouse(pad, QEvent.Type.MouseMove, point)
    _mouse(pad, QEvent.Type.MouseButtonRelease, points[-1])
    underline = [QPointF(width * (0.2 + 0.5 * k / 20), height * 0.78) for k in range(21)]
    _mouse(pad, QEvent.Type.MouseButtonPress, underline[0])
    for point in underline[1:]:
        _mouse(pad, QEvent.Type.MouseMove, point)
    _mouse(pad, QEvent.Type.MouseButtonRelease, underline[-1])


def _mouse(widget: QWidget, kind: QEvent.Type, at: QPointF) -> None:
    held = (
        Qt.MouseButton.NoButton
        if kind is QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    event = QMouseEvent(
        kind,
        at,
        widget.mapToGlobal(at),
        Qt.MouseButton.LeftButton if kind is not QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        held,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def let_pages_draw() -> None:
    """QtPdf draws the preview's pages on a thread of its own."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for _ in range(40):
        app.processEvents()
        time.sleep(0.05)


def export_done(window: FieldWindow, demo: DemoSurveys, out: Path, name: str) -> Path:
    """The property demo exported with a click on Export; the shot once every check is shown."""
    page = open_step(window, demo.prop, Step.EXPORT)
    settle(lambda: page.destination.status is not None)  # type: ignore[attr-defined]
    for earlier in page.destination.status.path.glob("*.pdf"):  # type: ignore[attr-defined]
        earlier.unlink()  # the tour's own exports: each shot shows a first file name
    page.export.click()  # type: ignore[attr-defined]
    result = page.result  # type: ignore[attr-defined]
    settle(lambda: page.operation is None and result.verification is not None)  # type: ignore[attr-defined]
    return save(window, out, name)


def viewer_with_marks(context: FieldContext, demo: DemoSurveys, out: Path, name: str) -> Path:
    """The photo viewer on the motor demo's first photo with marks, one of them chosen."""
    from fieldapp.services.photos import photo_thumbnails
    from fieldapp.ui.field.viewer import PhotoViewer

    photos = [photo for photo, _ in photo_thumbnails(context.workspace, demo.motor)]
    photo = next((p for p in photos if p.annotations), photos[0])
    viewer = PhotoViewer(context, demo.motor, photo.photo_id)
    viewer.resize(1366, 768)
    viewer.show()
    settle(lambda: viewer.has_picture)
    viewer.canvas.select_next()
    path = save(viewer, out, name)
    viewer.close()
    viewer.deleteLater()
    return path


class Tour(Protocol):
    def __call__(self, out: Path, *, width: int, height: int, only: str = "") -> list[Path]: ...


def tour_command(tour: Tour, description: str | None, *, size: str) -> None:
    """A tour's command line: ``OUT_DIR [--size WxH] [--only LANGUAGE-THEME]``; prints each
    screenshot's path."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default=size, help="window size, WIDTHxHEIGHT")
    parser.add_argument("--only", default="", help="one language and theme, e.g. zh-Hans-light")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    for path in tour(args.out, width=width, height=height, only=args.only):
        print(path)
