"""Settings, declared once with their defaults and meaning; stored per data folder.

Faces (CLI, GUI option pages) only copy values between the user and ``SettingsStore``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.errors import UsageError


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    parse: Callable[[str], Any]
    title: str


def _positive_number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UsageError(detail=f"{text!r} is not a number.") from None
    if not value > 0:
        raise UsageError(detail="The value must be above 0.")
    return value


def _positive_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise UsageError(detail=f"{text!r} is not a whole number of days.") from None
    if days < 1:
        raise UsageError(detail="A number of days is at least 1.")
    return days


def _font_path(text: str) -> str:
    # Only the form here: whether the file is a usable font is checked where fonts are known
    # (services/report_settings.py), before it is stored. Empty: the font is found on the system.
    text = text.strip()
    return str(Path(text).expanduser().absolute()) if text else ""


SETTINGS: Mapping[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "retention_days",
            90,
            _positive_days,
            "Days after a survey's report is exported before `fieldapp purge` erases its "
            "personal data (PIPL Art 19: the shortest time needed).",
        ),
        Setting(
            "photo_max_days_after",
            7.0,
            _positive_number,
            "A photo taken more than this many days after the incident gets a risk note.",
        ),
        Setting(
            "photo_max_distance_km",
            2.0,
            _positive_number,
            "A photo whose GPS position is farther than this from the incident place gets a "
            "risk note.",
        ),
        Setting(
            "report_font",
            "",
            _font_path,
            "A CJK TrueType font (.ttf/.ttc) for the report; empty: the bundled font or the "
            "system's (FIELDAPP_REPORT_FONT, when set, wins).",
        ),
    )
}


def setting(key: str) -> Setting:
    try:
        return SETTINGS[key]
    except KeyError:
        known = ", ".join(SETTINGS)
        raise UsageError(detail=f"No setting {key!r}; settings are: {known}.") from None
