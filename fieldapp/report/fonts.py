"""The report's one font, embedded and subsetted, covering Chinese (both scripts) and Latin.

Found on the system (WenQuanYi Micro Hei on Linux, Microsoft YaHei or SimHei on Windows) or
given by path in FIELDAPP_REPORT_FONT. reportlab silently drops glyphs a font lacks, so every
string is checked against the font before it is drawn.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fieldapp.errors import FieldappError

FONT_ENV = "FIELDAPP_REPORT_FONT"
FONT_NAME = "ReportFont"
# TrueType outlines only: reportlab cannot embed CFF-flavoured OpenType (e.g. Noto Sans CJK OTF).
CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/msyh.ttf",
    "C:/Windows/Fonts/simhei.ttf",
    "/System/Library/Fonts/STHeiti Medium.ttc",
)


class ReportFontError(FieldappError):
    code = "report_font"
    template = "{detail}"


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
                detail=f"The report font {self.path.name} has no glyph for {gaps!r}; "
                f"set {FONT_ENV} to a TrueType font that covers it."
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


def ensure_renderable(document: Any) -> None:
    """Refuse, before anything is frozen, a document with text the report font cannot draw."""
    font = report_font()
    gaps = "".join(sorted({c for s in strings_in(document) for c in font.missing(s)}))
    if gaps:
        raise ReportFontError(
            detail=f"The report font {font.path.name} cannot draw {gaps!r} used in this survey; "
            f"set {FONT_ENV} to a TrueType font that covers it, or change the text."
        )


@cache
def report_font() -> ReportFont:
    """Find, register (once per process) and describe the report font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    chosen = os.environ.get(FONT_ENV)
    paths = [Path(chosen)] if chosen else [Path(p) for p in CANDIDATES]
    for path in paths:
        if not path.is_file():
            continue
        try:
            font = (
                TTFont(FONT_NAME, str(path), subfontIndex=0)
                if path.suffix.lower() == ".ttc"
                else TTFont(FONT_NAME, str(path))
            )
        except (TTFError, OSError, KeyError, ValueError) as exc:  # a damaged or foreign file
            raise ReportFontError(
                detail=f"{path} cannot be used as the report font ({exc})."
            ) from exc
        covered = frozenset(font.face.charToGlyph)
        if not {ord("A"), ord("a"), ord("0"), 0x4E2D, 0x570B} <= covered:  # A a 0 中 國
            if chosen:
                raise ReportFontError(detail=f"{path} lacks Latin or Chinese glyphs.")
            continue
        pdfmetrics.registerFont(font)
        return ReportFont(name=FONT_NAME, path=path, covered=covered)
    raise ReportFontError(
        detail="No report font covering Chinese and Latin was found: install "
        f"fonts-wqy-microhei, or set {FONT_ENV} to such a TrueType font."
    )
