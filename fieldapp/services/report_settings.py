"""Changing a data folder's settings, with the checks a setting needs beyond its form.

The report font is checked here, where the report's fonts are known, before it is stored: the
file is there, it is TrueType (reportlab embeds nothing else) and it draws every fixed word of
the report in its three languages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldapp.report.fonts import ReportFontError, load_font
from fieldapp.report.texts import TEXTS
from fieldapp.services.field import FieldWorkspace
from fieldapp.settings import setting
from fieldapp.store.settings import SettingsStore

REPORT_FONT = "report_font"


def change_setting(workspace: FieldWorkspace, key: str, text: str) -> Any:
    """Store ``text`` as setting ``key``; a font that cannot serve the report is refused."""
    value = setting(key).parse(text)
    if key == REPORT_FONT and value:
        check_report_font(Path(value))
    return SettingsStore(workspace.db).set(key, text)


def report_font_setting(workspace: FieldWorkspace) -> Path | None:
    value = SettingsStore(workspace.db).get(REPORT_FONT)
    return Path(value) if value else None


def check_report_font(path: Path) -> None:
    font = load_font(path)  # refuses a missing file and anything but TrueType outlines
    words = "".join(w for by_language in TEXTS.values() for w in by_language.values())
    gaps = font.missing(words + "0123456789ABCXYZabcxyz")
    if gaps:
        raise ReportFontError(
            gaps=gaps,
            detail=f"{path.name} cannot be the report font: it has no glyph for "
            f"{gaps[:12] + ('…' if len(gaps) > 12 else '')!r} ({len(gaps)} characters), "
            "used in the report's own words. Choose a font that covers Chinese (both scripts).",
        )
