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


def photo_grid(cells: list[list[Any]], font_name: str) -> Any:
    """Photos two to a row, each cell its picture and caption paragraphs.

    A cell is a plain list of flowables, not a nested table, so that a caption longer than a
    page (one very long damage description) continues on the next page instead of failing.
    """
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    rows = [cells[start : start + 2] for start in range(0, len(cells), 2)]
    table = Table(
        [row + ([[]] if len(row) == 1 else []) for row in rows],
        colWidths=[90 * mm, 90 * mm],
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font_name),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),  # room for the 86 mm picture
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _draw_mark(canvas: Any, mark: Mapping[str, Any], width: float, height: float) -> None:
    """One mark as vectors: its colour over a thin outline of the opposite lightness, so a
    yellow or white mark reads on a pale wall and a black one on a dark car."""
    points = mark["points"]
    xy = [(points[i] * width, (1 - points[i + 1]) * height) for i in range(0, len(points), 2)]
    colour = mark["colour"]
    canvas.saveState()
    canvas.setLineCap(1)  # round: a free-hand line's ends and turns look drawn, not cut
    canvas.setLineJoin(1)
    if mark["kind"] == "text":
        _draw_words(canvas, mark["text"], xy[0], colour, width)
    else:
        for stroke, line_width in ((_contrast(colour), 2.8), (colour, 1.6)):
            canvas.setStrokeColor(stroke)
            canvas.setFillColor(stroke)
            canvas.setLineWidth(line_width)
            _draw_shape(canvas, mark["kind"], xy)
    canvas.restoreState()


def _draw_shape(canvas: Any, kind: str, xy: list[tuple[float, float]]) -> None:
    import math

    if kind == "freehand":
        path = canvas.beginPath()
        path.moveTo(*xy[0])
        for x, y in xy[1:]:
            path.lineTo(x, y)
        canvas.drawPath(path, stroke=1, fill=0)
        return
    (x1, y1), (x2, y2) = xy
    if kind == "rectangle":
        canvas.rect(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
    elif kind == "ellipse":
        canvas.ellipse(x1, y1, x2, y2)
    else:  # arrow: the line and a two-stroke head at its end
        canvas.line(x1, y1, x2, y2)
        angle = math.atan2(y2 - y1, x2 - x1)
        for side in (-0.45, 0.45):
            canvas.line(x2, y2, x2 - 7 * math.cos(angle + side), y2 - 7 * math.sin(angle + side))


def _draw_words(
    canvas: Any, text: str, anchor: tuple[float, float], colour: str, width: float
) -> None:
    """A text mark on a label of the opposite lightness, so it reads on any photo."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = report_font()
    x, y = anchor
    # A long mark stops at the picture's edge (with "…"); its whole text is in the data.
    words = fitted_line(font.check(text), font.name, MARK_FONT_SIZE, width - x - 3)
    canvas.setFillColor(_contrast(colour))
    label_width = stringWidth(words, font.name, MARK_FONT_SIZE) + 3
    canvas.rect(x - 1.5, y - 2.5, label_width, 10.5, stroke=0, fill=1)
    canvas.setFillColor(colour)
    canvas.setFont(font.name, MARK_FONT_SIZE)
    canvas.drawString(x, y, words)


def _contrast(colour: str) -> str:
    """Black behind a light colour (yellow, cyan, white), white behind a dark one."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 140 else "#ffffff"
