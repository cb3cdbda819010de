"""The window's own preferences, declared once with their defaults (as Picard's options.py):
UI language, theme, text size, the step each survey was left at, and where and in which
language reports are exported. Kept in QSettings, per
user; nothing here is survey data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QSettings


class Theme(StrEnum):
    LIGHT = "light"
    HIGH_CONTRAST = "high_contrast"  # for sunlight


TEXT_SIZES = (100, 125, 150, 200)  # percent of the platform's default text size


@dataclass(frozen=True)
class Preference:
    key: str
    default: str


LANGUAGE = Preference("ui/language", "")  # "" = from the system locale
THEME = Preference("ui/theme", Theme.LIGHT.value)
TEXT_SIZE = Preference("ui/text_size_percent", "100")
WATCH_FOLDER = Preference("office/watch_folder", "")  # the import desk's watched folder
WATCH_ON = Preference("office/watch_on", "false")
DESK_RESULTS = Preference("office/desk_results", "[]")  # the desk's last results, as JSON
EXPORT_FOLDER = Preference("export/folder", "")  # "" = the data folder's exports/
REPORT_LANGUAGE = Preference("export/report_language", "zh-Hans")  # not the window's language


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings("fieldapp", "fieldapp")

    def get(self, preference: Preference) -> str:
        return str(self.settings.value(preference.key, preference.default))

    def set(self, preference: Preference, value: str) -> None:
        self.settings.setValue(preference.key, value)
        self.settings.sync()  # a killed window keeps what was chosen

    @property
    def theme(self) -> Theme:
        try:
            return Theme(self.get(THEME))
        except ValueError:
            return Theme.LIGHT

    @property
    def text_size(self) -> int:
        text = self.get(TEXT_SIZE)
        return int(text) if text.isdigit() and int(text) in TEXT_SIZES else 100

    def last_step(self, survey_id: str) -> str:
        return str(self.settings.value(f"surveys/{survey_id}/step", ""))

    def remember_step(self, survey_id: str, step: str) -> None:
        self.settings.setValue(f"surveys/{survey_id}/step", step)
        self.settings.sync()
