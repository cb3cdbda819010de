"""The photo section: each photo fitted in its box with its annotation marks drawn over it as
vectors, two photos to a row, their captions below."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fieldapp.report.fonts import report_font
from fieldapp.report.pages import fitted_line

MARK_FONT_SIZE = 8


def annotated_photo(path: Path, marks: list[Mapping[str, Any]], width: float, height: float) -> Any:
    """A photo fitted in a box, aspect kept, with its annotation marks drawn over it."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Flowable

    class AnnotatedPhoto(Flowable):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            image_width, image_height = ImageReader(str(path)).getSize()
            scale = min(width / image_width, height / image_height)
            self.width, self.height = image_width * scale, image_height * scale

        def draw(self) -> None:
            self.canv.drawImage(str(path), 0, 0, self.width, self.height)
            for mark in marks:
                _draw_mark(self.canv, mark, self.width, self.height)

    return AnnotatedPhoto()


def picture_missing(message: Any, width: float, height: float) -> Any:
    """The frame of a photo whose picture could not be decoded: said, not left blank."""
    from reportlab.lib import colors
    from reportlab.platypus import Table

    return Table(
        [[[message]]],
        colWidths=[width],
        rowHeights=[height / 2],
        style=[
            ("BOX", (0, 0), (-1, -1), 0.8, colors.grey),
            ("BACKGROUND", (0, 0), (-1, -1), colors.whitesmoke),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), report_font().name),
        ],
    )


def photo_grid(cells: list[list[Any]], font_name: str) -> list[Any]:
    """Photos two to a row: each cell is a picture then its caption lines, one per kind of line
    (the same kinds in the same order for every photo, None where a photo has no such line).

    Each kind of line has its own table row, so the captions of the two photos line up whatever
    their lengths, and a row no photo of the pair needs is left out (no bare "—" line). Each
    pair is a table of its own, kept on one page when it fits one; a caption longer than a page
    continues on the next page (rows may split) instead of failing.
    """
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Table, TableStyle

    tables = []
    for start in range(0, len(cells), 2):
        pair = cells[start : start + 2]
        pair = pair + [[None] * len(pair[0])] * (2 - len(pair))
        rows = [[_cell(photo[0]) for photo in pair]]
        for kind in range(1, len(pair[0])):
            if any(photo[kind] is not None for photo in pair):
                rows.append([_cell(photo[kind]) for photo in pair])
        table = Table(rows, colWidths=[90 * mm, 90 * mm], splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font_name),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),  # room for the 86 mm picture
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 1), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                    ("NOSPLIT", (0, 0), (-1, min(1, len(rows) - 1))),
                ]
            )
        )
        # A pair starts a new page rather than leave its last caption lines on the next one; a
        # pair taller than a page (a caption of thousands of characters) still splits.
        tables.append(KeepTogether([table]))
    return tables


def picture_box(picture: Any, width: float, height: float) -> Any:
    """A picture at the foot of a box of fixed size, so that the captions of two photos
    of different shapes start at the same height."""
    from reportlab.platypus import Table

    return Table(
        [[picture]],
        colWidths=[width],
        rowHeights=[height],
        style=[
            ("ALIGN", (0, 0), (-1, -1), "LEFT"),  # in line with its caption
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("FONTNAME", (0, 0), (-1, -1), report_font().name),
        ],
    )


def _cell(content: Any) -> list[Any]:
    # A cell is a list of flowables: reportlab drops a bare flowable's content on a split.
    return [] if content is None else [content]


def _draw_mark(canvas: Any, mark: Mapping[str, Any], width: float, height: float) -> None:
    import math

    points = mark["points"]
    xy = [(points[i] * width, (1 - points[i + 1]) * height) for i in range(0, len(points), 2)]
    canvas.saveState()
    canvas.setStrokeColor(mark["colour"])
    canvas.setFillColor(mark["colour"])
    canvas.setLineWidth(1.6)
    if mark["kind"] == "rectangle":
        (x1, y1), (x2, y2) = xy
        canvas.rect(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
    elif mark["kind"] == "ellipse":
        (x1, y1), (x2, y2) = xy
        canvas.ellipse(x1, y1, x2, y2)
    elif mark["kind"] == "arrow":
        (x1, y1), (x2, y2) = xy
        canvas.line(x1, y1, x2, y2)
        angle = math.atan2(y2 - y1, x2 - x1)
        for side in (-0.45, 0.45):
            canvas.line(x2, y2, x2 - 7 * math.cos(angle + side), y2 - 7 * math.sin(angle + side))
    else:  # text, on a white label so it reads on any photo
        from reportlab.pdfbase.pdfmetrics import stringWidth

        font = report_font()
        x, y = xy[0]
        # A long mark stops at the picture's edge (with "…"); its whole text is in the data.
        words = fitted_line(font.check(mark["text"]), font.name, MARK_FONT_SIZE, width - x - 3)
        canvas.setFillColorRGB(1, 1, 1)
        label_width = stringWidth(words, font.name, MARK_FONT_SIZE) + 3
        canvas.rect(x - 1.5, y - 2.5, label_width, 10.5, stroke=0, fill=1)
        canvas.setFillColor(mark["colour"])
        canvas.setFont(font.name, MARK_FONT_SIZE)
        canvas.drawString(x, y, words)
    canvas.restoreState()
