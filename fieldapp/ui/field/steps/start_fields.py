"""The Start step's fields as the page stores them: what the widgets show, how that becomes a
change for ``edit_survey_start``, and the parsing of typed degrees and shown offsets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fieldapp.core.survey import Survey
from fieldapp.ui.widgets.retranslating import FieldError


def offset_text(moment: datetime) -> str:
    """UTC+08:00 for a moment's own offset."""
    raw = moment.strftime("%z")
    return f"UTC{raw[:3]}:{raw[3:]}"


class NotANumber(Exception):
    """Latitude or longitude typed as something that is not a number (parsing, not a rule)."""


def degrees(text: str) -> float | None:
    text = text.strip().replace(",", ".").replace("−", "-")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise NotANumber from None


def degrees_or_none(text: str) -> float | None:
    try:
        return degrees(text)
    except NotANumber:
        return None


@dataclass
class StartField:
    """One thing the page stores: what the widgets show, how it becomes a change, where its
    error goes, and what was last stored (to know whether there is anything to store)."""

    name: str
    shown: Callable[[], str]  # the widgets' text, as compared with what was stored
    show: Callable[[Survey], None]  # put the stored value into the widgets
    change: Callable[[], dict[str, Any]]  # the keyword arguments of edit_survey_start
    error: FieldError
    stored: str | None = None

    @property
    def dirty(self) -> bool:
        return self.stored is not None and self.shown() != self.stored
