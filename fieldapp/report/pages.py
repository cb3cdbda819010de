"""Every page's header (claim number, revision) and footer (page N of M, confidentiality)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldapp.report.fonts import ReportFont
from fieldapp.report.texts import text


def numbered_canvas(font: ReportFont, document: Mapping[str, Any]) -> type:
    """A canvas that writes the header and "page N of M" once the page count is known."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    language = document["language"]
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
                self.drawString(16 * mm, height - 12 * mm, header)
                self.drawRightString(
                    width - 16 * mm, height - 12 * mm, font.check(text("title", language))
                )
                self.line(16 * mm, height - 13.5 * mm, width - 16 * mm, height - 13.5 * mm)
                self.drawString(16 * mm, 10 * mm, font.check(text("confidential", language)))
                self.drawRightString(
                    width - 16 * mm, 10 * mm, text("page", language, n=number, total=total)
                )
                super().showPage()
            super().save()

    return NumberedCanvas
