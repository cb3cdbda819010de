"""Every kind of mark reaches the report as vectors over its photo: the exported PDF, rendered
by pdftoppm as a reader would see it, shows each mark's colour where the mark was drawn."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image, ImageChops

from fieldapp.core.evidence import MARK_COLOURS, Annotation
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photos import annotate_photo
from fieldapp.services.privacy import create_identity

# One mark of each kind, each in its own colour and its own quarter of the photo.
MARKS = [
    Annotation("rectangle", (0.05, 0.05, 0.45, 0.45), colour=MARK_COLOURS["cyan"]),
    Annotation("ellipse", (0.55, 0.05, 0.95, 0.45), colour=MARK_COLOURS["yellow"]),
    Annotation(
        "freehand",
        (0.05, 0.8, 0.15, 0.6, 0.25, 0.8, 0.35, 0.6, 0.45, 0.8),
        colour=MARK_COLOURS["red"],
    ),
    Annotation("arrow", (0.55, 0.55, 0.9, 0.9), colour=MARK_COLOURS["white"]),
    Annotation("text", (0.6, 0.95), text="凹陷 12 cm", colour=MARK_COLOURS["black"]),
]


def where(page: Image.Image, colour: str) -> tuple[int, int, int, int] | None:
    """The box of the page's pixels within 40 of ``colour`` in every channel, or None."""
    solid = Image.new("RGB", page.size, colour)
    red, green, blue = ImageChops.difference(page, solid).split()
    farthest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    return farthest.point(lambda v: 255 if v <= 40 else 0).getbbox()


def test_each_kind_of_mark_is_drawn_in_the_exported_report(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    survey_id = create_demo_survey(workspace, "motor")
    photos = workspace.photos.photos(survey_id)
    for photo in photos:  # only the marks under test
        annotate_photo(workspace, survey_id, photo.photo_id, [])
    annotate_photo(workspace, survey_id, photos[0].photo_id, MARKS)
    pdf = export_report(workspace, survey_id, out=tmp_path / "marks.pdf", language="en").path
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    pages = []
    for page in sorted(tmp_path.glob("page-*.png")):
        with Image.open(page) as image:
            rgb = image.convert("RGB")
        boxes = {name: where(rgb, MARK_COLOURS[name]) for name in ("cyan", "yellow", "red")}
        if boxes["cyan"] is not None:
            pages.append(boxes)
    # Cyan and yellow appear nowhere else in the demo report: one page holds the marks.
    [boxes] = pages
    cyan, yellow, red = boxes["cyan"], boxes["yellow"], boxes["red"]
    assert yellow is not None and red is not None
    # The rectangle is left of the ellipse, at the same height; the free-hand line below it.
    assert cyan[2] < yellow[0] and abs(cyan[1] - yellow[1]) < 10
    assert red[1] > cyan[3]
    assert 30 < cyan[2] - cyan[0] < 200  # a quarter of an 86 mm picture at 100 dpi: ~135 px
