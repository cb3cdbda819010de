"""A photo fitted in its box, with its annotation marks drawn over it as vectors."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fieldapp.report.fonts import report_font


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
        words = font.check(mark["text"])
        x, y = xy[0]
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(x - 1.5, y - 2.5, stringWidth(words, font.name, 8) + 3, 10.5, stroke=0, fill=1)
        canvas.setFillColor(mark["colour"])
        canvas.setFont(font.name, 8)
        canvas.drawString(x, y, words)
    canvas.restoreState()
