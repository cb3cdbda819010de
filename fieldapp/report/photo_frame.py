"""The photo section: each photo fitted in its box with its annotation marks drawn over it as
vectors, two photos to a row, their captions below."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Mapping
from typing import Any

from fieldapp.report.fonts import ReportFont
from fieldapp.report.pages import fitted_line

MARK_FONT_SIZE = 8
PictureSource = Callable[[], bytes]  # a display copy's JPEG bytes, opened when asked


def annotated_photo(
    picture: PictureSource,
    marks: list[Mapping[str, Any]],
    width: float,
    height: float,
    font: ReportFont,
) -> Any:
    """A photo fitted in a box, aspect kept, with its annotation marks drawn over it.
    ``picture`` gives the display copy's JPEG bytes; it is asked when the photo is measured and
    again when it is drawn, so no report holds every picture in memory at once."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Flowable

    class AnnotatedPhoto(Flowable):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            image_width, image_height = ImageReader(io.BytesIO(picture())).getSize()
            scale = min(width / image_width, height / image_height)
            self.width, self.height = image_width * scale, image_height * scale

        def draw(self) -> None:
            draw_jpeg(self.canv, picture(), self.width, self.height)
            for mark in marks:
                _draw_mark(self.canv, mark, self.width, self.height, font)

    return AnnotatedPhoto()


def draw_jpeg(canvas: Any, content: bytes, width: float, height: float) -> None:
    """Draw JPEG bytes at the origin, scaled to the box, as ``drawImage`` draws a JPEG file:
    its stream goes into the PDF as it is (DCTDecode), once however often it is drawn. From
    bytes in memory, because the display copies are sealed at rest: never a plain file to name.
    (``drawImage`` given bytes through an ``ImageReader`` would decode every picture just to
    name it.)"""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfdoc

    name = "photo" + hashlib.sha256(content).hexdigest()[:32]
    document = canvas._doc
    registered = document.getXObjectName(name)
    if document.idToObject.get(registered) is None:
        image = pdfdoc.PDFImageXObject(name)
        if not image.loadImageFromJPEG(io.BytesIO(content)):  # not a JPEG after all
            canvas.drawImage(ImageReader(io.BytesIO(content)), 0, 0, width, height)
            return
        image.name = name
        canvas._setXObjects(image)
        document.Reference(image, registered)
        document.addForm(name, image)
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")
    canvas.restoreState()
    canvas._formsinuse.append(name)  # into the page's resources, as drawImage does


def picture_missing(message: Any, width: float, height: float, font: ReportFont) -> Any:
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
            ("FONTNAME", (0, 0), (-1, -1), font.name),
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
                ]
            )
        )
        # A pair starts a new page rather than leave its last caption lines on the next one; a
        # pair taller than a page (a caption of thousands of characters) still splits.
        tables.append(KeepTogether([table]))
    return tables


def picture_box(picture: Any, width: float, height: float, font: ReportFont) -> Any:
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
            ("FONTNAME", (0, 0), (-1, -1), font.name),
        ],
    )


def _cell(content: Any) -> list[Any]:
    # A cell is a list of flowables: reportlab drops a bare flowable's content on a split.
    return [] if content is None else [content]


def _draw_mark(
    canvas: Any, mark: Mapping[str, Any], width: float, height: float, font: ReportFont
) -> None:
    """One mark as vectors: its colour over a thin outline of the opposite lightness, so a
    yellow or white mark reads on a pale wall and a black one on a dark car."""
    points = mark["points"]
    xy = [(points[i] * width, (1 - points[i + 1]) * height) for i in range(0, len(points), 2)]
    colour = mark["colour"]
    canvas.saveState()
    canvas.setLineCap(1)  # round: a free-hand line's ends and turns look drawn, not cut
    canvas.setLineJoin(1)
    if mark["kind"] == "text":
        _draw_words(canvas, mark["text"], xy[0], colour, width, font)
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
    canvas: Any,
    text: str,
    anchor: tuple[float, float],
    colour: str,
    width: float,
    font: ReportFont,
) -> None:
    """A text mark on a label of the opposite lightness, so it reads on any photo."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

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
