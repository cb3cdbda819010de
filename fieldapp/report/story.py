"""What every section of the report is written with: its styles, its words, paragraphs and tables.

Any text a survey can hold must find a place: paragraphs break long words (and Chinese between
any two characters, with the kinsoku rules), and every table may
split a row across pages, so no cell can outgrow a page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from xml.sax.saxutils import escape

from fieldapp.report import formatting, kinsoku
from fieldapp.report.code_words import code_word
from fieldapp.report.fonts import ReportFont
from fieldapp.report.texts import text

_HAN = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


class StoryBase:
    def __init__(self, font: ReportFont, language: str, document: Mapping[str, Any]) -> None:
        from reportlab.lib.styles import ParagraphStyle

        kinsoku.install()
        self.font, self.language, self.doc = font, language, document
        # Times of the log (UTC) are shown in the offset the surveyor worked in.
        self.offset = formatting.offset_of(document.get("created_at"))
        base = ParagraphStyle("base", fontName=font.name, fontSize=9, leading=12.5)
        self.styles = {
            "base": base,
            "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10),
            "remark": ParagraphStyle(
                "remark", parent=base, fontSize=7.5, leading=10, spaceBefore=3
            ),
            "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, spaceAfter=10),
            "h1": ParagraphStyle(
                "h1",
                parent=base,
                fontSize=12.5,
                leading=17,
                spaceBefore=10,
                spaceAfter=5,
                textColor="#1f3a5f",
                keepWithNext=1,  # a heading never ends a page alone
            ),
            "h2": ParagraphStyle(
                "h2", parent=base, fontSize=9.5, leading=13, spaceBefore=5, keepWithNext=1
            ),
            "caption": ParagraphStyle("caption", parent=base, fontSize=8.5, leading=11.5),
            "strong": ParagraphStyle("strong", parent=base, fontSize=11, leading=15, spaceBefore=4),
            "amount": ParagraphStyle("amount", parent=base, alignment=2),  # right-aligned
        }

    def table_heading(self, words: str) -> list[Any]:
        """A heading over a table: a new page only when too little room is left for the heading
        and a few rows (keepWithNext would carry the whole table over, leaving a blank page)."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import CondPageBreak, Paragraph

        style = ParagraphStyle("h1-table", parent=self.styles["h1"], keepWithNext=0)
        return [CondPageBreak(45 * mm), Paragraph(escape(self.font.check(words)), style)]

    def t(self, key: str, **params: object) -> str:
        return text(key, self.language, **params)

    def c(self, group: str, code: str | None) -> str:
        """A stored code in words: every code goes through the one table (code_words)."""
        return code_word(group, code, self.language)

    def when(self, value: str | None, *, in_survey_offset: bool = False) -> str:
        return formatting.moment(
            value, self.language, offset=self.offset if in_survey_offset else None
        )

    def labelled(self, label: str, value: str) -> str:
        return formatting.labelled(label, value, self.language)

    def bracketed(self, value: str) -> str:
        return formatting.in_brackets(value, self.language)

    def p(self, value: object, style: str = "base") -> Any:
        """A paragraph; text with Chinese in it may break between any two characters, other text
        only between words."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        text = self.font.check(str(value))
        chosen = self.styles[style]
        if _HAN.search(text):
            chosen = ParagraphStyle(f"{style}-cjk", parent=chosen, wordWrap="CJK")
        return Paragraph(escape(text), chosen)

    def table(self, rows: list[list[Any]], widths: list[float], *, header: bool = True) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        # A cell is a list of flowables: reportlab can split a list across pages, but it drops
        # the content of a bare flowable cell when it splits a row.
        cells = [[_cell_of(self, c) for c in row] for row in rows]
        table = Table(
            cells,
            colWidths=widths,
            repeatRows=1 if header else 0,
            splitInRow=1,  # a row taller than a page (one very long note) continues on the next
        )
        style = [
            # Every table names the report font: the default would pull in unembedded Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), self.font.name),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")))
        table.setStyle(TableStyle(style))
        return table


def _cell_of(story: StoryBase, content: Any) -> list[Any]:
    """A table cell as a list of flowables: text becomes a paragraph, a list stays a list."""
    if isinstance(content, str):
        return [story.p(content)]
    return list(content) if isinstance(content, list) else [content]
