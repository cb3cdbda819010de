"""Looks for the field: a light theme and a high-contrast one for sunlight, a text size, and
targets big enough for a gloved finger (primary actions at least 44 px high)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from fieldapp.ui.preferences import Theme

MIN_TARGET_PX = 44

_COLOURS = {
    Theme.LIGHT: {
        QPalette.ColorRole.Window: "#f4f5f7",
        QPalette.ColorRole.WindowText: "#1b1f24",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#eef1f4",
        QPalette.ColorRole.Text: "#1b1f24",
        QPalette.ColorRole.Button: "#e6e9ed",
        QPalette.ColorRole.ButtonText: "#1b1f24",
        QPalette.ColorRole.Highlight: "#1f5fbf",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffdc",
        QPalette.ColorRole.ToolTipText: "#1b1f24",
        QPalette.ColorRole.PlaceholderText: "#6b7480",
        QPalette.ColorRole.Link: "#1f5fbf",
    },
    Theme.HIGH_CONTRAST: {  # black on white, nothing pale: readable in direct sun
        QPalette.ColorRole.Window: "#ffffff",
        QPalette.ColorRole.WindowText: "#000000",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f0f0f0",
        QPalette.ColorRole.Text: "#000000",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#000000",
        QPalette.ColorRole.Highlight: "#0000b0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#000000",
        QPalette.ColorRole.PlaceholderText: "#666666",  # grey, not a value; still 5.7:1
        QPalette.ColorRole.Link: "#0000b0",
    },
}

STATUS_COLOURS = {  # step and list states: (light theme, high-contrast theme)
    "done": ("#1e7b34", "#005a00"),
    "attention": ("#a35a00", "#7a3b00"),
    "blocked": ("#b3261e", "#a00000"),
}


def status_colour(status: str, theme: Theme) -> QColor:
    light, contrast = STATUS_COLOURS[status]
    return QColor(contrast if theme is Theme.HIGH_CONTRAST else light)


_CONTROLS = (
    "QPushButton",
    "QToolButton",
    "QComboBox",
    "QLineEdit",
    "QPlainTextEdit",
    "QDateTimeEdit",
    "QSpinBox",
    "QDoubleSpinBox",
)
DISABLED_TEXT = {Theme.LIGHT: "#8a929c", Theme.HIGH_CONTRAST: "#595959"}


def _style_sheet(theme: Theme) -> str:
    contrast = theme is Theme.HIGH_CONTRAST
    width = 2 if contrast else 1
    border = f"{width}px solid #000000" if contrast else f"{width}px solid #aab2bd"
    # Disabled: greyed text and border; in high contrast a dashed border and a grey that still
    # reads in the sun (7:1 on white), so that "not now" is seen without guessing.
    grey = DISABLED_TEXT[theme]
    disabled = (
        f"color: {grey}; border: 2px dashed {grey}; background: #ffffff;"
        if contrast
        else f"color: {grey}; border: 1px solid #cdd2d8; background: #eef0f2;"
    )
    # Every control the same height, a primary button too: its content, padding (4 + 4) and
    # border make MIN_TARGET_PX, a gloved finger's target.
    content = MIN_TARGET_PX - 8 - 2 * width
    error = status_colour("blocked", theme).name()
    return f"""
{", ".join(_CONTROLS)} {{
    min-height: {content}px; padding: 4px 10px; border: {border}; border-radius: 4px;
}}
{", ".join(f"{control}:disabled" for control in _CONTROLS)} {{ {disabled} }}
QPushButton[primary="true"] {{
    font-weight: bold; background: palette(highlight); color: palette(highlighted-text);
}}
QPushButton[primary="true"]:disabled {{ {disabled} }}
QLabel[role="field-error"] {{ color: {error}; }}
QLabel[role="emergency"] {{ border: 2px solid {status_colour("attention", theme).name()};
    padding: 8px; }}
QLabel[role="hint"] {{ color: palette(placeholder-text); }}
QFrame#safetyItem:focus {{ border: 3px solid palette(highlight); }}
QPushButton[answer]:checked {{ background: palette(highlight); color: palette(highlighted-text);
    font-weight: bold; }}
QListWidget#stepNavigator::item {{ min-height: {MIN_TARGET_PX + 8}px; padding: 4px 8px; }}
"""


def apply_theme(app: QApplication, theme: Theme, text_size_percent: int) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))  # the same look on every platform
    palette = QPalette()
    for role, colour in _COLOURS[theme].items():
        palette.setColor(role, QColor(colour))
    for role in (  # a disabled label, list or table row reads as disabled too
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT[theme]))
    app.setPalette(palette)
    font = QFont(app.font())
    base = app.property("fieldapp_base_point_size") or font.pointSizeF()
    app.setProperty("fieldapp_base_point_size", base)
    font.setPointSizeF(base * text_size_percent / 100)
    app.setFont(font)
    app.setStyleSheet(_style_sheet(theme))
