"""The photo viewer over a real data folder and a real JPEG: each kind of mark drawn with the
mouse, moved, recoloured and deleted, undone and redone, each edit stored whole through the
services; the original untouched; a signed revision shown read-only; the EXIF panel."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt, QThreadPool
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldapp.core.evidence import Annotation, AnnotationKind
from fieldapp.core.timestamps import local_now
from fieldapp.services.field import survey_log
from fieldapp.services.photos import add_photos, annotate_photo
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.viewer import PhotoViewer
from fieldapp.ui.i18n import Translations
from tests.photo_fixtures import gradient, jpeg_bytes, ready_survey, with_broken_huffman_table

TAKEN = datetime(2026, 11, 20, 9, 30, tzinfo=timezone(timedelta(hours=8)))


@pytest.fixture
def photo(field_context: FieldContext, tmp_path: Path) -> tuple[str, str, Path]:
    """A survey with one camera JPEG (time with offset, place 1.1 km from the incident)."""
    workspace = field_context.workspace
    survey_id = ready_survey(workspace, place=(31.2286, 121.5199))
    source = tmp_path / "rear bumper.jpg"
    source.write_bytes(
        jpeg_bytes(
            (1200, 900),
            picture=gradient((1200, 900)),
            taken=TAKEN,
            gps=(31.2386, 121.5199),
            camera=("Canon", "EOS 40D"),
        )
    )
    [outcome] = add_photos(workspace, survey_id, [source]).outcomes
    [stored] = workspace.photos.photos(survey_id)
    return survey_id, stored.photo_id, workspace.photo_store.path_for(outcome.sha256 or "")


def open_viewer(qtbot: QtBot, context: FieldContext, survey_id: str, photo_id: str) -> PhotoViewer:
    viewer = PhotoViewer(context, survey_id, photo_id)
    qtbot.addWidget(viewer)
    viewer.resize(1366, 768)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.activateWindow()
    qtbot.waitUntil(lambda: viewer.has_picture, timeout=10_000)
    return viewer


@pytest.fixture
def viewer(
    qtbot: QtBot,
    field_context: FieldContext,
    translations: Translations,
    photo: tuple[str, str, Path],
) -> Iterator[PhotoViewer]:
    survey_id, photo_id, _ = photo
    shown = open_viewer(qtbot, field_context, survey_id, photo_id)
    yield shown
    shown.close()
    QThreadPool.globalInstance().waitForDone(10_000)


def at(viewer: PhotoViewer, x: float, y: float) -> QPoint:
    """The viewport point showing the fraction (x, y) of the picture."""
    width, height = viewer.canvas.size_px
    return viewer.canvas.mapFromScene(QPointF(x * width, y * height))


def drag(qtbot: QtBot, viewer: PhotoViewer, points: list[tuple[float, float]]) -> None:
    port = viewer.canvas.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=at(viewer, *points[0]))
    for point in points[1:]:
        qtbot.mouseMove(port, at(viewer, *point))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=at(viewer, *points[-1]))


def stored(context: FieldContext, survey_id: str) -> tuple[Annotation, ...]:
    [photo] = context.workspace.photos.photos(survey_id)
    return photo.annotations


def test_each_kind_is_drawn_moved_deleted_and_undone_and_stored_whole(
    qtbot: QtBot, viewer: PhotoViewer, field_context: FieldContext, photo: tuple[str, str, Path]
) -> None:
    survey_id, _, original = photo
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    assert viewer.windowTitle() == "照片 rear bumper.jpg — 标记"
    for key, kind in [
        (Qt.Key.Key_A, "arrow"),
        (Qt.Key.Key_R, "rectangle"),
        (Qt.Key.Key_E, "ellipse"),
        (Qt.Key.Key_F, "freehand"),
    ]:
        qtbot.keyClick(viewer.canvas, key)  # the tool's key
        assert viewer.canvas.tool == kind
        drag(qtbot, viewer, [(0.2, 0.2), (0.3, 0.35), (0.5, 0.25), (0.6, 0.6)])
    viewer.tools.colour_buttons["yellow"].click()
    viewer.tools.choose("text")
    viewer.words.setText("凹陷 约 12 cm")
    drag(qtbot, viewer, [(0.1, 0.9)])  # a tap places the words

    marks = stored(field_context, survey_id)
    assert [m.kind for m in marks] == ["arrow", "rectangle", "ellipse", "freehand", "text"]
    assert marks[0].points == pytest.approx((0.2, 0.2, 0.6, 0.6), abs=0.01)
    assert len(marks[3].points) >= 8  # each point of the stroke, in drawing order
    assert marks[3].points[:2] == pytest.approx((0.2, 0.2), abs=0.01)
    assert marks[4].text == "凹陷 约 12 cm" and marks[4].colour == "#ffd400"
    assert marks[4].points == pytest.approx((0.1, 0.9), abs=0.01)
    assert {m.colour for m in marks[:4]} == {"#ff2d2d"}
    drawn = [
        e for e in survey_log(field_context.workspace, survey_id) if e.kind == "photo_annotated"
    ]
    assert len(drawn) == 5  # one logged event per finished edit

    # Move the rectangle: choose/move tool, drag it by its top right corner.
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_V)
    drag(qtbot, viewer, [(0.6, 0.2), (0.65, 0.25), (0.7, 0.3)])
    moved = stored(field_context, survey_id)[1]
    assert moved.points == pytest.approx((0.3, 0.3, 0.7, 0.7), abs=0.015)

    # Delete the chosen (moved) mark with the Delete key.
    assert viewer.canvas.selected_indexes() == {1}
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Delete)
    kinds = [m.kind for m in stored(field_context, survey_id)]
    assert kinds == ["arrow", "ellipse", "freehand", "text"]

    # Undo twice (delete, move), redo once: each stores the whole list again.
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(field_context, survey_id)[1] == moved
    viewer.tools.undo.click()
    assert stored(field_context, survey_id)[1].points == pytest.approx(marks[1].points)
    qtbot.keyClick(
        viewer.canvas,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stored(field_context, survey_id)[1] == moved
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(stored(field_context, survey_id)) == 4
    assert viewer.canvas.marks == list(stored(field_context, survey_id))

    # The original file is never touched.
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before


def test_keyboard_only_draws_moves_and_recolours(
    qtbot: QtBot, viewer: PhotoViewer, field_context: FieldContext, photo: tuple[str, str, Path]
) -> None:
    survey_id = photo[0]
    viewer.canvas.setFocus()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_E)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Return)  # an ellipse in the middle of the view
    [ellipse] = stored(field_context, survey_id)
    assert ellipse.kind is AnnotationKind.ELLIPSE
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    [moved] = stored(field_context, survey_id)
    assert moved.points[0] == pytest.approx(ellipse.points[0] + 0.05)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_3)  # cyan, for the chosen mark too
    assert stored(field_context, survey_id)[0].colour == "#00e5ff"
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_T)
    assert viewer.words.hasFocus()
    viewer.words.setText("渗水")
    qtbot.keyClick(viewer.words, Qt.Key.Key_Return)
    assert [m.text for m in stored(field_context, survey_id)] == ["", "渗水"]
    viewer.canvas.setFocus()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Escape)  # nothing chosen
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_N)  # the first mark
    assert viewer.canvas.selected_indexes() == {0}
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_N)
    assert viewer.canvas.selected_indexes() == {1}
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Backspace)
    assert [m.text for m in stored(field_context, survey_id)] == [""]


def test_zoom_fit_and_turn_change_only_the_view(
    qtbot: QtBot, viewer: PhotoViewer, field_context: FieldContext, photo: tuple[str, str, Path]
) -> None:
    survey_id = photo[0]
    annotate_photo(field_context.workspace, survey_id, photo[1], [])
    canvas = viewer.canvas
    fitted = canvas.scale_now
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.scale_now == pytest.approx(fitted * 1.25)
    assert viewer.view_tools.zoom.text() == f"{fitted * 125:.0f} %"
    wheel = QWheelEvent(
        QPointF(at(viewer, 0.5, 0.5)),
        QPointF(canvas.viewport().mapToGlobal(at(viewer, 0.5, 0.5))),
        QPoint(),
        QPoint(0, -120),  # one notch towards the user: zoom out
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.viewport(), wheel)
    assert canvas.scale_now == pytest.approx(fitted)
    assert not canvas.fitting  # zoomed by hand: a resize keeps the zoom
    qtbot.keyClick(canvas, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert canvas.scale_now == pytest.approx(1.0)
    viewer.view_tools.turn_right.click()
    assert canvas.transform().m12() == pytest.approx(1.0)  # a quarter turn, 100 %
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert canvas.fitting and canvas.turns == 1
    # Drawn on the turned view, the mark's points are still fractions of the upright photo.
    qtbot.keyClick(canvas, Qt.Key.Key_A)
    drag(qtbot, viewer, [(0.1, 0.2), (0.4, 0.8)])
    [arrow] = stored(field_context, survey_id)
    assert arrow.points == pytest.approx((0.1, 0.2, 0.4, 0.8), abs=0.01)


def test_the_side_panel_says_when_where_and_with_what(viewer: PhotoViewer) -> None:
    values = {name: label.text() for name, label in viewer.panel.values.items()}
    assert values["taken"] == "2026-11-20 09:30 (UTC+08:00)"
    assert values["place"] == "31.23860° 北, 121.51990° 东"
    assert values["distance"] == "1.1 公里"
    assert values["camera"] == "Canon EOS 40D"
    assert values["size"] == "1200 × 900 像素"
    assert viewer.panel.values["camera"].accessibleName() == "相机"
    for button in [*viewer.tools.tool_buttons.values(), viewer.view_tools.fit]:
        assert button.accessibleName() and button.height() >= 44


def test_a_signed_revision_is_shown_read_only_and_says_why(
    qtbot: QtBot,
    field_context: FieldContext,
    translations: Translations,
    photo: tuple[str, str, Path],
) -> None:
    survey_id, photo_id, _ = photo
    marks = [Annotation("rectangle", (0.1, 0.1, 0.5, 0.5))]
    annotate_photo(field_context.workspace, survey_id, photo_id, marks)
    field_context.workspace.surveys.finish(survey_id, actor="李明", at=local_now())
    viewer = open_viewer(qtbot, field_context, survey_id, photo_id)
    assert not viewer.editable
    assert "已签署" in viewer.status.text() and viewer.status.isVisible()
    assert not viewer.tools.tool_buttons["arrow"].isEnabled()
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_A)
    drag(qtbot, viewer, [(0.6, 0.6), (0.9, 0.9)])
    viewer.canvas.items_by_index[0].setSelected(True)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Delete)
    assert stored(field_context, survey_id) == tuple(marks)
    assert len(viewer.canvas.items_by_index) == 1  # still shown
    viewer.close()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_signed_while_open_the_next_edit_is_refused_and_said(
    qtbot: QtBot, viewer: PhotoViewer, field_context: FieldContext, photo: tuple[str, str, Path]
) -> None:
    survey_id = photo[0]
    field_context.workspace.surveys.finish(survey_id, actor="李明", at=local_now())
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_R)
    drag(qtbot, viewer, [(0.2, 0.2), (0.6, 0.6)])
    assert stored(field_context, survey_id) == ()
    assert viewer.status.text().startswith("第 1 版已签署") and not viewer.editable
    assert viewer.canvas.marks == []  # what the signed revision holds, not the refused edit
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(field_context, survey_id) == () and viewer.canvas.marks == []


def test_a_picture_that_cannot_be_decoded_says_so_and_keeps_the_original(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, tmp_path: Path
) -> None:
    workspace = field_context.workspace
    survey_id = ready_survey(workspace)
    source = tmp_path / "broken.jpg"
    thumb = Image.new("RGB", (160, 120), "red")  # a camera's: the import keeps the file
    source.write_bytes(
        with_broken_huffman_table(jpeg_bytes((1600, 1200), embedded_thumbnail=thumb))
    )
    [outcome] = add_photos(workspace, survey_id, [source]).outcomes
    viewer = PhotoViewer(field_context, survey_id, outcome.sha256 or "")
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: bool(viewer.picture_error), timeout=10_000)
    assert viewer.status.text().startswith("无法显示这张照片的画面：画面已损坏")
    assert not viewer.has_picture and not viewer.editable
    assert workspace.photo_store.read(outcome.sha256 or "") == source.read_bytes()
    viewer.close()
    QThreadPool.globalInstance().waitForDone(10_000)
