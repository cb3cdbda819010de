"""The report's one font, embedded and subsetted, covering Chinese (both scripts) and Latin.

Chosen in this order: the font named in FIELDAPP_REPORT_FONT or in the data folder's
``report_font`` setting (the environment wins: it is a per-run override), then the one shipped
in the bundle (build.py --font), then the platform's own (font_search.py: a zh-Hant report
prefers a Traditional font). The first that draws every character of the document is used;
reportlab silently drops glyphs a font lacks, so every string is checked before it is drawn,
and where no font is found the export refuses, before anything is frozen, saying how to fix it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fieldapp.errors import FieldappError
from fieldapp.report.font_search import (
    FontPlaces,
    candidates,
    font_places,
    how_to_get_a_font,
)

FONT_ENV = "FIELDAPP_REPORT_FONT"
FONT_NAME = "ReportFont"
# What every report has, whatever its text: Latin, digits and Chinese in both scripts.
BASICS = "Aa0中國国报報"
HOW_TO_CHOOSE = "name a TrueType font that covers it with `fieldapp settings set report_font PATH`"


class ReportFontError(FieldappError):
    code = "report_font"
    template = "{detail}"


class ReportFontMissing(ReportFontError):
    """No usable font anywhere: ``platform`` tells the face which fix to describe."""

    code = "report_font_missing"


@dataclass(frozen=True)
class ReportFont:
    name: str
    path: Path
    covered: frozenset[int]

    def missing(self, text: str) -> str:
        """The characters of ``text`` this font cannot draw (whitespace aside)."""
        return "".join(sorted({c for c in text if not c.isspace() and ord(c) not in self.covered}))

    def check(self, text: str) -> str:
        gaps = self.missing(text)
        if gaps:
            raise ReportFontError(
                gaps=gaps,
                detail=f"The report font {self.path.name} has no glyph for {gaps!r}; "
                f"{HOW_TO_CHOOSE}.",
            )
        return text


def strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def ensure_renderable(document: Any, *, setting: Path | None = None) -> ReportFont:
    """Refuse, before anything is frozen, a document no report font can draw; else its font."""
    return font_for(document, setting=setting)


def report_font(language: str = "zh-Hans", *, setting: Path | None = None) -> ReportFont:
    """The font a report in ``language`` gets when its text needs nothing unusual."""
    return font_for({"language": language}, setting=setting)


def font_for(
    document: Any, *, setting: Path | None = None, places: FontPlaces | None = None
) -> ReportFont:
    """The first font in the order above that draws every character of ``document``."""
    language = document.get("language", "zh-Hans") if isinstance(document, Mapping) else "zh-Hans"
    needed = {c for s in strings_in(document) for c in s if not c.isspace()} | set(BASICS)
    chosen = os.environ.get(FONT_ENV) or setting
    if chosen:
        font = load_font(Path(chosen))
        _refuse_gaps(font, needed)
        return font
    places = places or font_places()
    short: ReportFont | None = None
    for path in candidates(places, language):
        try:
            font = load_font(path)
        except ReportFontError:
            continue  # a CFF-flavoured or damaged file among the system's: try the next
        if not any(ord(c) not in font.covered for c in needed):
            return font
        if not any(ord(c) not in font.covered for c in BASICS):
            short = short or font  # a Chinese font, short of a rarer character
    if short is not None:  # Chinese fonts exist, but none draws this document's text
        _refuse_gaps(short, needed)
    raise ReportFontMissing(
        platform=places.platform,
        detail="No report font covering Chinese and Latin was found. "
        + how_to_get_a_font(places.platform),
    )


def _refuse_gaps(font: ReportFont, needed: Iterable[str]) -> None:
    gaps = "".join(sorted(c for c in needed if ord(c) not in font.covered))
    if gaps:
        raise ReportFontError(
            gaps=gaps,
            detail=f"The report font {font.path.name} cannot draw {gaps!r} used in this survey; "
            f"{HOW_TO_CHOOSE}, or change the text.",
        )


def load_font(path: Path) -> ReportFont:
    """``path`` as a report font, registered with reportlab once per file and version."""
    if not path.is_file():
        raise ReportFontError(
            path=str(path), detail=f"The report font {path} is not there; {HOW_TO_CHOOSE}."
        )
    stat = path.stat()
    return _load(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@cache
def _load(path: str, mtime_ns: int, size: int) -> ReportFont:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    # One name per file: reports in two languages may use two fonts in one process.
    name = f"{FONT_NAME}-{hashlib.sha256(f'{path}:{mtime_ns}'.encode()).hexdigest()[:10]}"
    try:
        with open(path, "rb") as file:
            is_collection = file.read(4) == b"ttcf"
        font = TTFont(name, path, subfontIndex=0) if is_collection else TTFont(name, path)
    except (TTFError, OSError, KeyError, ValueError, IndexError) as exc:  # CFF, damaged, foreign
        raise ReportFontError(
            path=path,
            detail=f"{path} cannot be used as the report font ({exc}): it must be TrueType "
            "(.ttf/.ttc with TrueType outlines; CFF-based OpenType cannot be embedded).",
        ) from exc
    pdfmetrics.registerFont(font)
    return ReportFont(name=name, path=Path(path), covered=frozenset(font.face.charToGlyph))
