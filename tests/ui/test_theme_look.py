"""The looks, in both themes: a disabled button looks disabled (a primary one too), a primary
button stands as high as its neighbours, and a placeholder does not read like a value."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fieldapp.ui.preferences import Theme
from fieldapp.ui.theme import MIN_TARGET_PX, apply_theme


@pytest.fixture(params=list(Theme), ids=lambda theme: theme.value)
def theme(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[Theme]:
    palette, font, style = qapp.palette(), qapp.font(), qapp.styleSheet()
    apply_theme(qapp, request.param, 100)
    yield request.param
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def row_of_three(qtbot: QtBot) -> tuple[QWidget, QPushButton, QPushButton, QPushButton]:
    """The opening dialog's row: a primary "Try again" between two plain buttons."""
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    primary = QPushButton("Try again")
    primary.setProperty("primary", True)
    before, after = QPushButton("Choose another…"), QPushButton("Quit")
    for button in (before, primary, after):
        layout.addWidget(button)
    row.show()
    qtbot.waitExposed(row)
    return row, before, primary, after


def pixels(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize("primary", [False, True], ids=["plain", "primary"])
def test_a_disabled_button_looks_different(qtbot: QtBot, theme: Theme, primary: bool) -> None:
    enabled, disabled = QPushButton("Import again"), QPushButton("Import again")
    for button in (enabled, disabled):
        button.setProperty("primary", primary)
        qtbot.addWidget(button)
        button.resize(200, MIN_TARGET_PX)
        button.show()
    disabled.setEnabled(False)
    qtbot.waitExposed(disabled)
    assert enabled.size() == disabled.size()
    assert pixels(enabled) != pixels(disabled)
    # …and differs from an enabled one by more than anti-aliasing: its text is grey
    image = pixels(disabled)
    text = {image.pixelColor(x, y).name() for x in range(200) for y in range(MIN_TARGET_PX)}
    assert "#000000" not in text and "#1b1f24" not in text
    if primary:  # not the blue of the action it would be
        highlight = QApplication.palette().color(QPalette.ColorRole.Highlight).name()
        assert highlight not in text


def test_a_primary_button_is_as_high_as_its_neighbours(qtbot: QtBot, theme: Theme) -> None:
    _, before, primary, after = row_of_three(qtbot)
    assert before.height() == primary.height() == after.height() >= MIN_TARGET_PX


def test_a_placeholder_is_not_the_colour_of_a_value(qtbot: QtBot, theme: Theme) -> None:
    field = QLineEdit()
    field.setPlaceholderText("a shared folder or a USB inbox")
    qtbot.addWidget(field)
    palette = field.palette()
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    text = palette.color(QPalette.ColorRole.Text)
    assert abs(placeholder.lightness() - text.lightness()) >= 80, (placeholder.name(), text.name())
