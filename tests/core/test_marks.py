"""The marks drawn over a photo: each kind's points, its words and colour checked by the core
with its own errors, moved without leaving the photo, and the schema agreeing on the kinds."""

from __future__ import annotations

import math

import pytest

from fieldapp.core.evidence import (
    MARK_COLOURS,
    MAX_FREEHAND_POINTS,
    MAX_MARKS,
    Annotation,
    AnnotationKind,
    check_marks,
)
from fieldapp.errors import UsageError
from fieldapp.resources import survey_schema


def test_every_kind_round_trips_through_its_data() -> None:
    marks = [
        Annotation("arrow", (0.1, 0.1, 0.5, 0.5)),
        Annotation("rectangle", (0.1, 0.1, 0.5, 0.5), colour=MARK_COLOURS["yellow"]),
        Annotation("ellipse", (0.5, 0.5, 0.9, 0.8), colour=MARK_COLOURS["cyan"]),
        Annotation("freehand", (0.1, 0.2, 0.15, 0.25, 0.3, 0.2), colour=MARK_COLOURS["white"]),
        Annotation("text", (0.05, 0.9), text="凹陷 约 12 cm", colour=MARK_COLOURS["black"]),
    ]
    assert [Annotation.from_data(m.as_data()) for m in marks] == marks
    assert {m.kind for m in marks} == set(AnnotationKind)
    kinds = survey_schema()["properties"]["photos"]["items"]["properties"]["annotations"]
    assert set(kinds["items"]["properties"]["kind"]["enum"]) == {k.value for k in AnnotationKind}
    assert kinds["items"]["properties"]["points"]["maxItems"] == 2 * MAX_FREEHAND_POINTS
    assert kinds["maxItems"] == MAX_MARKS


@pytest.mark.parametrize(
    ("kind", "points", "text", "colour", "code"),
    [
        ("circle", (0.1, 0.1, 0.2, 0.2), "", "#ff2d2d", "mark_kind_unknown"),
        ("arrow", (0.1, 0.1, 0.2), "", "#ff2d2d", "mark_points"),
        ("text", (0.1, 0.1, 0.2, 0.2), "x", "#ff2d2d", "mark_points"),
        ("freehand", (0.1, 0.1), "", "#ff2d2d", "mark_points"),  # one point is no line
        ("freehand", (0.1, 0.1, 0.2), "", "#ff2d2d", "mark_points"),  # half a point
        ("freehand", (0.5,) * (2 * MAX_FREEHAND_POINTS + 2), "", "#ff2d2d", "mark_points"),
        ("rectangle", (0.1, 0.1, 1.2, 0.2), "", "#ff2d2d", "mark_outside"),
        ("freehand", (0.1, 0.1, math.nan, 0.2), "", "#ff2d2d", "mark_outside"),
        ("freehand", (0.1, 0.1, "far", 0.2), "", "#ff2d2d", "mark_points"),
        ("text", (0.1, 0.1), "  ", "#ff2d2d", "mark_text_missing"),
        ("text", (0.1, 0.1), "字" * 201, "#ff2d2d", "text_too_long"),
        ("ellipse", (0.1, 0.1, 0.2, 0.2), "", "red", "mark_colour"),
    ],
)
def test_a_malformed_mark_is_refused_with_its_reason(
    kind: str, points: tuple[object, ...], text: str, colour: str, code: str
) -> None:
    with pytest.raises(UsageError) as refused:
        Annotation(kind, points, text=text, colour=colour)  # type: ignore[arg-type]
    assert refused.value.code == code


def test_the_longest_free_hand_line_and_the_most_marks_are_taken_one_more_is_not() -> None:
    longest = Annotation("freehand", (0.5,) * (2 * MAX_FREEHAND_POINTS))
    assert len(longest.points) == 2 * MAX_FREEHAND_POINTS
    assert len(check_marks([longest] * MAX_MARKS)) == MAX_MARKS
    with pytest.raises(UsageError) as refused:
        check_marks([longest] * (MAX_MARKS + 1))
    assert refused.value.code == "too_many_marks"


def test_a_moved_mark_keeps_its_shape_and_stays_on_the_photo() -> None:
    line = Annotation("freehand", (0.1, 0.2, 0.3, 0.4, 0.5, 0.2))
    assert line.moved(0.1, 0.1).points == pytest.approx((0.2, 0.3, 0.4, 0.5, 0.6, 0.3))
    # Pushed past the right edge, it stops there, whole: its shape does not squash.
    pushed = line.moved(0.9, -0.5)
    assert pushed.points == pytest.approx((0.6, 0.0, 0.8, 0.2, 1.0, 0.0))
    label = Annotation("text", (0.9, 0.9), text="漏水点")
    assert label.moved(0.05, 0.05).text == "漏水点"
