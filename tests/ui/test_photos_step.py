"""The Photos step through its real widgets over a real data folder: an import with progress
reaches the grid, a duplicate and a refused file are listed with their reason in Chinese, a
cancelled import leaves the survey consistent, caption, category and damage links are stored as
edited, a photo is removed after a confirmation, a required shot is imported into its category,
and a grid of 500 photos fills without decoding a picture on the UI thread."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fieldapp.core.damage import DamageItem
from fieldapp.core.evidence import EvidencePhoto
from fieldapp.core.progress import Step
from fieldapp.core.timestamps import local_now
from fieldapp.services.damage import save_damage_item
from fieldapp.services.field import survey_log, verify_log
from fieldapp.services.photos import AddReport, Outcome, add_photos, thumbnails_of
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.photos_step import PhotosStepPage
from fieldapp.ui.field.survey_page import SurveyPage
from fieldapp.ui.i18n import Translations
from fieldapp.ui.widgets.photo_grid import TILE_ROLE
from tests.photo_fixtures import jpeg_bytes, ready_survey

DUPLICATE_ZH = "已在本查勘中，未重复添加。"
NOT_A_PHOTO_ZH = "不是已知格式的照片（JPEG、PNG、WebP、TIFF、HEIC/HEIF）。"
CANCELLED_ZH = "未添加：导入在此之前已取消。"


@contextmanager
def _open(qtbot: QtBot, context: FieldContext, survey_id: str) -> Iterator[PhotosStepPage]:
    survey = SurveyPage(context)
    qtbot.addWidget(survey)
    survey.resize(1366, 768)
    survey.show()
    qtbot.waitExposed(survey)
    survey.open(survey_id)
    survey.navigator.go_to(Step.PHOTOS)
    page = survey.step_pages[Step.PHOTOS]
    assert isinstance(page, PhotosStepPage)
    qtbot.waitUntil(lambda: page.board is not None, timeout=10_000)
    yield page
    page.importer.stop_copies()
    survey.close()
    QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.wait(50)


GREEN = (0, 230, 0)


def _shots(
    folder: Path, count: int, *, start: int = 0, embedded: tuple[int, int, int] | None = None
) -> list[Path]:
    """Camera-like JPEGs with an embedded thumbnail (of another colour when ``embedded`` is
    given, to tell the first paint from the final thumbnail)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for k in range(start, start + count):
        path = folder / f"IMG_{k:04d}.jpg"
        thumb = Image.new("RGB", (160, 120), embedded or (k * 7 % 255, 90, 160))
        path.write_bytes(
            jpeg_bytes((640, 480), colour=(k * 7 % 255, 90, 160), embedded_thumbnail=thumb)
        )
        made.append(path)
    return made


def _choose_in_dialog(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    """The file dialog, answered as a user would (a native dialog cannot be driven)."""
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *args, **kwargs: ([str(p) for p in paths], "")),
    )


def _wait_imported(qtbot: QtBot, page: PhotosStepPage, rows: int) -> None:
    qtbot.waitUntil(
        lambda: not page.importer.running and page.model.rowCount() == rows, timeout=30_000
    )


def _added(report: AddReport) -> list[str]:
    return [o.sha256 for o in report.outcomes if o.outcome is Outcome.ADDED and o.sha256]


def _is_green(jpeg: bytes | None) -> bool:
    assert jpeg is not None
    image = Image.open(io.BytesIO(jpeg)).convert("RGB")
    red, green, blue = image.getpixel((image.width // 2, image.height // 2))  # type: ignore[misc]
    return green > 200 and red < 60 and blue < 60


@pytest.fixture
def survey_id(field_context: FieldContext) -> str:
    return ready_survey(field_context.workspace)


def test_an_import_shows_progress_reaches_the_grid_and_says_why_files_were_not_added(
    qtbot: QtBot,
    field_context: FieldContext,
    translations: Translations,
    survey_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace = field_context.workspace
    shots = _shots(tmp_path / "card", 4, embedded=GREEN)
    add_photos(workspace, survey_id, shots[:1])  # already there: a duplicate
    (tmp_path / "card" / "notes.jpg").write_text("not a photo")
    with _open(qtbot, field_context, survey_id) as page:
        assert page.model.rowCount() == 1
        seen: list[str] = []
        page.importer.progressed.connect(lambda: seen.append(page.importer.current.text()))
        first_paint: list[bool] = []
        page.importer.imported.connect(  # before the display copies begin
            lambda report: first_paint.extend(
                _is_green(jpeg) for jpeg in thumbnails_of(workspace, _added(report)).values()
            )
        )
        _choose_in_dialog(monkeypatch, [*shots, tmp_path / "card" / "notes.jpg"])
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        _wait_imported(qtbot, page, 4)
        assert page.importer.bar.maximum() == 5
        assert any("IMG_0003.jpg" in text for text in seen)  # count and current file
        assert [p.file_name for p in workspace.photos.photos(survey_id)] == [
            "IMG_0000.jpg",
            "IMG_0001.jpg",
            "IMG_0002.jpg",
            "IMG_0003.jpg",
        ]
        listed = [page.importer.not_added.item(r).text() for r in range(2)]
        assert listed == [f"IMG_0000.jpg — {DUPLICATE_ZH}", f"notes.jpg — {NOT_A_PHOTO_ZH}"]
        assert page.importer.summary.text().startswith("已添加 3 张照片")
        # The display copies follow in the background, and the grid shows the final thumbnails.
        qtbot.waitUntil(lambda: page.importer.copies is None, timeout=30_000)
        digests = [t.photo.sha256 for t in page.model.tiles]
        assert all(workspace.display_copies.has(d) for d in digests)
        assert first_paint == [True, True, True]  # the camera's embedded thumbnails

        def final_thumbnails_shown() -> bool:
            images = [page.thumbnails.image(d) for d in digests]
            return all(
                i is not None and i.pixelColor(i.rect().center()).green() < 150 for i in images
            )

        qtbot.waitUntil(final_thumbnails_shown, timeout=10_000)
        assert threading.get_ident() not in page.thumbnails.decoded_on


def test_files_dropped_on_the_page_are_imported(
    qtbot: QtBot, field_context: FieldContext, survey_id: str, tmp_path: Path
) -> None:
    _shots(tmp_path / "dropped", 2)
    with _open(qtbot, field_context, survey_id) as page:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "dropped"))])
        actions = Qt.DropAction.CopyAction
        enter = QDragEnterEvent(
            QPoint(300, 300), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
        )
        QApplication.sendEvent(page, enter)
        assert enter.isAccepted()
        drop = QDropEvent(
            QPointF(300, 300), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
        )
        QApplication.sendEvent(page, drop)
        _wait_imported(qtbot, page, 2)
        assert len(field_context.workspace.photos.photos(survey_id)) == 2
        # Dropped beside the page (on the survey's navigator or header), it is imported too.
        _shots(tmp_path / "beside", 1, start=50)
        mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "beside"))])
        survey = page.parentWidget().parentWidget()
        for event in (
            QDragEnterEvent(
                QPoint(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
            ),
            QDropEvent(
                QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
            ),
        ):
            QApplication.sendEvent(survey, event)
            assert event.isAccepted()
        _wait_imported(qtbot, page, 3)


def test_a_cancelled_import_leaves_the_survey_consistent(
    qtbot: QtBot,
    field_context: FieldContext,
    translations: Translations,
    survey_id: str,
    tmp_path: Path,
) -> None:
    workspace = field_context.workspace
    shots = _shots(tmp_path / "many", 30)
    with _open(qtbot, field_context, survey_id) as page:
        page.add_paths(shots)
        page.importer.cancel()  # at once: the workers skip every file they have not begun
        qtbot.waitUntil(lambda: not page.importer.running, timeout=30_000)
        report = page.importer.report
        assert report is not None and report.cancelled
        added = [o.photo.photo_id for o in report.outcomes if o.photo is not None]
        not_added = [Path(o.name).name for o in report.outcomes if o.photo is None]
        assert len(not_added) == report.not_processed > 0
        # What was added is whole (recorded, its original stored, logged); the rest says why.
        photos = workspace.photos.photos(survey_id)
        assert [p.photo_id for p in photos] == added
        assert all(workspace.photo_store.has(p.sha256) for p in photos)
        assert verify_log(workspace, survey_id).intact
        assert [page.importer.not_added.item(r).text() for r in range(len(not_added))] == [
            f"{name} — {CANCELLED_ZH}" for name in not_added
        ]
        assert "导入已取消" in page.importer.summary.text()
        qtbot.waitUntil(lambda: page.model.rowCount() == len(photos), timeout=10_000)


def test_caption_category_and_damage_links_are_stored_as_edited(
    qtbot: QtBot,
    field_context: FieldContext,
    translations: Translations,
    survey_id: str,
    tmp_path: Path,
) -> None:
    workspace = field_context.workspace
    add_photos(workspace, survey_id, _shots(tmp_path / "s", 2))
    bumper = save_damage_item(
        workspace,
        survey_id,
        DamageItem(
            description="前保险杠",
            area="front",
            kind="dent",
            severity=None,
            action=None,
            causal_link="collision",
            method="market_value",  # type: ignore[arg-type]
            assessed_value=Decimal("1450"),
        ),
    )
    with _open(qtbot, field_context, survey_id) as page:
        details = page.details
        first = page.model.tiles[0].photo.photo_id
        assert details.photo_id == first  # the first photo is chosen on opening
        page.caption_saver.timer.setInterval(600_000)  # typing alone stores nothing yet
        page.caption_saver.longest.setInterval(600_000)
        details.caption.setFocus()
        details.caption.setPlainText("左前角全景")
        assert workspace.photos.photos(survey_id)[0].caption == ""
        page.grid.setFocus()  # leaving the caption stores it at once
        assert workspace.photos.photos(survey_id)[0].caption == "左前角全景"
        qtbot.waitUntil(lambda: page.model.index(0).data() == "左前角全景", timeout=10_000)

        details.category.setFocus()
        before = details.category.currentData()
        qtbot.keyClick(details.category, Qt.Key.Key_Home)  # the first: overview
        chosen = details.category.currentData()
        assert chosen != before
        assert workspace.photos.photos(survey_id)[0].category.value == chosen

        details.damage.item(0).setCheckState(Qt.CheckState.Checked)
        assert workspace.damage.items(survey_id)[0].photo_ids == (first,)
        qtbot.waitUntil(
            lambda: page.model.index(0).data(TILE_ROLE).damage_ids == (bumper.damage_id,),
            timeout=10_000,
        )
        assert "前保险杠" in page.model.index(0).data(Qt.ItemDataRole.ToolTipRole)

        details.caption.setFocus()
        details.caption.setPlainText("长" * 4001)
        page.flush()
        assert details.caption_error.isVisible() and "过长" in details.caption_error.text()
        assert workspace.photos.photos(survey_id)[0].caption == "左前角全景"
        page.reload()  # a redraw (another change) keeps what was refused, and why
        qtbot.waitUntil(lambda: not page.reading, timeout=10_000)
        assert details.caption.toPlainText() == "长" * 4001
        assert details.caption_error.isVisible()


def test_a_photo_is_removed_after_confirmation_and_opening_one_is_signalled(
    qtbot: QtBot, field_context: FieldContext, survey_id: str, tmp_path: Path
) -> None:
    workspace = field_context.workspace
    add_photos(workspace, survey_id, _shots(tmp_path / "s", 2))
    with _open(qtbot, field_context, survey_id) as page:
        keep, mistake = (t.photo for t in page.model.tiles)
        page.grid.setFocus()
        with qtbot.waitSignal(page.photoOpened) as opened:
            qtbot.keyClick(page.grid, Qt.Key.Key_Return)
        assert opened.args == [keep.photo_id]
        survey = page.window()  # the survey page opens the photo full size, to mark it up
        assert isinstance(survey, SurveyPage)
        viewer = survey.viewer
        assert viewer is not None and viewer.isVisible()
        assert viewer.photo_id == keep.photo_id  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: viewer.canvas.picture is not None, timeout=10_000)  # type: ignore[attr-defined]
        viewer.close()
        qtbot.waitUntil(lambda: survey.viewer is None)
        survey.activateWindow()  # the viewer had the keyboard; the grid's keys need it back
        qtbot.waitUntil(survey.isActiveWindow)
        page.grid.setFocus()
        page.grid.choose(mistake.photo_id)
        qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
        question = page.remove_question
        assert question is not None and question.isVisible()
        question.button(QMessageBox.StandardButton.No).click()
        assert len(workspace.photos.photos(survey_id)) == 2
        qtbot.mouseClick(page.details.remove_button, Qt.MouseButton.LeftButton)
        page.remove_question.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
        assert [p.photo_id for p in workspace.photos.photos(survey_id)] == [keep.photo_id]
        assert survey_log(workspace, survey_id)[-1].kind == "photo_removed"
        assert workspace.photo_store.has(mistake.sha256)  # the original is kept
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)


def test_a_required_shot_chosen_imports_straight_into_its_category(
    qtbot: QtBot,
    field_context: FieldContext,
    translations: Translations,
    survey_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with _open(qtbot, field_context, survey_id) as page:
        [odometer] = [
            b
            for b, shot in zip(page.shots.buttons, page.shots.missing, strict=True)
            if shot.requirement.category.value == "odometer"
        ]
        assert "里程表" in odometer.text()  # the line of business's words, in Chinese
        _choose_in_dialog(monkeypatch, _shots(tmp_path / "odo", 1))
        qtbot.mouseClick(odometer, Qt.MouseButton.LeftButton)
        _wait_imported(qtbot, page, 1)
        [photo] = field_context.workspace.photos.photos(survey_id)
        assert photo.category.value == "odometer"
        qtbot.waitUntil(
            lambda: "odometer" not in {s.requirement.category.value for s in page.shots.missing},
            timeout=10_000,
        )


def test_500_photos_fill_the_grid_without_decoding_on_the_ui_thread(
    qtbot: QtBot, field_context: FieldContext, survey_id: str
) -> None:
    workspace = field_context.workspace
    photos = []
    for k in range(500):
        thumb = jpeg_bytes((160, 120), colour=(k % 255, (k * 3) % 255, 120))
        digest = f"{k:064x}"
        workspace.thumbnails.put(digest, thumb)
        photos.append(EvidencePhoto(sha256=digest, file_name=f"P{k}.jpg", added_at=local_now()))
    workspace.photos.add(survey_id, photos, actor="李明")
    with _open(qtbot, field_context, survey_id) as page:
        assert page.model.rowCount() == 500
        qtbot.waitUntil(lambda: page.thumbnails.read_count > 0, timeout=10_000)
        QThreadPool.globalInstance().waitForDone(10_000)
        qtbot.wait(100)
        # Only the tiles painted were read; none was decoded on the UI thread.
        assert 0 < page.thumbnails.read_count < 100
        assert threading.get_ident() not in page.thumbnails.decoded_on
        page.grid.scrollToBottom()
        last = photos[-1].sha256
        qtbot.waitUntil(lambda: page.thumbnails.image(last) is not None, timeout=10_000)
        assert page.thumbnails.read_count < 200


def test_a_signed_survey_shows_its_photos_and_changes_nothing(
    qtbot: QtBot, field_context: FieldContext, survey_id: str, tmp_path: Path
) -> None:
    workspace = field_context.workspace
    add_photos(workspace, survey_id, _shots(tmp_path / "s", 1))
    workspace.surveys.finish(survey_id, actor="李明", at=local_now())
    with _open(qtbot, field_context, survey_id) as page:
        assert page.model.rowCount() == 1 and page.read_only.isVisible()
        assert not page.add_button.isEnabled() and not page.card_button.isEnabled()
        assert not page.details.caption.isEnabled()
        assert not page.details.remove_button.isEnabled()
        assert page.details.view_button.isEnabled()  # viewing is still possible
        qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
        assert page.remove_question is None


def test_from_a_camera_card_offers_the_cards_found_and_a_folder_of_ones_choice(
    qtbot: QtBot,
    field_context: FieldContext,
    survey_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    phone = tmp_path / "phone" / "DCIM"
    _shots(phone / "Camera", 2)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(phone))
    )
    with _open(qtbot, field_context, survey_id) as page:
        qtbot.mouseClick(page.card_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.camera_menu is not None, timeout=10_000)
        menu = page.camera_menu
        assert menu is not None and menu.isVisible()
        [choose] = [a for a in menu.actions() if a.text() == "Choose a folder…"]
        choose.trigger()
        _wait_imported(qtbot, page, 2)
        assert len(field_context.workspace.photos.photos(survey_id)) == 2
