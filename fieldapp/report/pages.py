"""Every page's header (claim number, revision) and footer (page N of M, confidentiality)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldapp.report.fonts import ReportFont
from fieldapp.report.texts import text


def numbered_canvas(font: ReportFont, document: Mapping[str, Any]) -> type:
    """A canvas that writes the header and "page N of M" once the page count is known."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    language = document["language"]
    title = font.check(text("title", language))
    header = font.check(
        f"{text('claim', language)} {document['claim_number']} · "
        f"{text('revision', language)} R{document['revision']}"
    )

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, height = self._pagesize
                self.setFont(font.name, 8)
                self.setFillGray(0.35)
                # A very long claim number is cut short here; the cover prints it whole.
                room = width - 32 * mm - stringWidth(title, font.name, 8) - 6 * mm
                self.drawString(16 * mm, height - 12 * mm, fitted_line(header, font.name, 8, room))
                self.drawRightString(width - 16 * mm, height - 12 * mm, title)
                self.line(16 * mm, height - 13.5 * mm, width - 16 * mm, height - 13.5 * mm)
                self.drawString(16 * mm, 10 * mm, font.check(text("confidential", language)))
                self.drawRightString(
                    width - 16 * mm, 10 * mm, text("page", language, n=number, total=total)
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def fitted_line(line: str, font_name: str, size: float, width: float) -> str:
    """``line`` as it is if it fits ``width``, else cut to fit and ended with "…"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(line, font_name, size) <= width:
        return line
    low, high = 0, len(line)  # the longest prefix that fits with its ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(line[:middle] + "…", font_name, size) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low] + "…"
