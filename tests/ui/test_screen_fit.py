"""Every window opens inside the screen's available area: its preferred size on a large screen,
the available area on a small one (a 1366×768 laptop with its task bar), and the office window's
pages then show every button inside the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from fieldapp.services.photos import add_photos
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.viewer import PhotoViewer
from fieldapp.ui.i18n import Translations
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.main_window import OfficeWindow
from fieldapp.ui.widgets import screen_fit
from fieldapp.ui.widgets.screen_fit import FRAME, fit_to_screen
from tests.photo_fixtures import jpeg_bytes, ready_survey

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px task bar
DESK = QRect(0, 0, 1920, 1040)


def framed(window: QWidget) -> QRect:
    """The window's outer rectangle, with the frame the window manager will add (a top-level
    window's position is its frame's)."""
    return QRect(window.pos(), window.size().grownBy(FRAME))


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> list[QRect]:
    """The available geometry windows see; the test sets it."""
    area = [LAPTOP]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda window: area[0])
    return area


def test_a_window_takes_its_preferred_size_only_where_it_fits(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    fit_to_screen(window, QSize(1280, 760), available=DESK)
    assert window.size() == QSize(1280, 760)
    fit_to_screen(window, QSize(1600, 900), available=LAPTOP)
    assert LAPTOP.contains(framed(window)), framed(window)
    assert window.size() == LAPTOP.marginsRemoved(FRAME).size()  # the whole area, nothing less
    away = QRect(1920, 0, 1280, 1024)  # a second screen to the right
    fit_to_screen(window, QSize(1600, 900), available=away)
    assert away.contains(framed(window)), framed(window)


def test_the_office_window_fits_a_laptop_and_shows_every_button(
    qtbot: QtBot, screen: list[QRect], office_context: OfficeContext, translations: Translations
) -> None:
    window = OfficeWindow(office_context, translations)
    qtbot.addWidget(window)
    assert LAPTOP.contains(framed(window)), framed(window)
    window.show()
    qtbot.waitExposed(window)
    assert LAPTOP.contains(framed(window)), framed(window)  # the pages' layouts allow it
    inside = window.rect()
    for page in window.pages:
        window.tabs.setCurrentWidget(page)
        qtbot.wait(10)
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(window):
                where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
                assert inside.contains(where), (type(page).__name__, button.text(), where)
    status = window.statusBar()
    assert inside.contains(QRect(status.mapTo(window, status.rect().topLeft()), status.size()))


def test_the_office_window_keeps_its_size_on_a_large_screen(
    qtbot: QtBot, screen: list[QRect], office_context: OfficeContext, translations: Translations
) -> None:
    screen[0] = DESK
    window = OfficeWindow(office_context, translations)
    qtbot.addWidget(window)
    assert window.size() == QSize(1600, 900)


def test_the_field_window_and_photo_viewer_fit_a_small_screen(
    qtbot: QtBot,
    screen: list[QRect],
    field_context: FieldContext,
    translations: Translations,
    tmp_path: Path,
) -> None:
    screen[0] = QRect(0, 0, 1280, 720)
    window = FieldWindow(field_context, translations)
    qtbot.addWidget(window)
    assert screen[0].contains(framed(window)), framed(window)
    survey_id = ready_survey(field_context.workspace)
    source = tmp_path / "photo.jpg"
    source.write_bytes(jpeg_bytes((640, 480)))
    add_photos(field_context.workspace, survey_id, [source])
    [stored] = field_context.workspace.photos.photos(survey_id)
    viewer = PhotoViewer(field_context, survey_id, stored.photo_id, window)
    qtbot.addWidget(viewer)
    assert screen[0].contains(framed(viewer)), framed(viewer)
