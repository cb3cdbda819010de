"""The chart canvas draws what its chart holds: read back from the pixels it paints (series
colours in the plot, bar heights in proportion to the values), with a value axis from 0 in
nice steps and the figures said in its accessible description."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from fieldapp.ui.widgets.chart_canvas import ChartCanvas
from fieldapp.ui.widgets.chart_model import (
    Bars,
    Chart,
    Line,
    Rule,
    grouped_number,
    nice_ticks,
    shown_labels,
)

BLUE, ORANGE, GREEN, RED = "#0072b2", "#d55e00", "#009e73", "#b3261e"


def rendered(canvas: ChartCanvas, ratio: float = 1.0) -> QImage:
    """The canvas painted into an image, as the screen would show it at that pixel ratio."""
    image = QImage(
        round(canvas.width() * ratio), round(canvas.height() * ratio), QImage.Format.Format_RGB32
    )
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#808080"))
    canvas.render(image)
    return image


def pixels_of(image: QImage, colour: str, area: QRectF) -> list[tuple[int, int]]:
    """Where the colour is, in device pixels inside the area (given in logical pixels)."""
    ratio = image.devicePixelRatio()
    wanted = QColor(colour).rgb()
    left, top = round(area.left() * ratio), round(area.top() * ratio)
    right, bottom = round(area.right() * ratio), round(area.bottom() * ratio)
    return [
        (x, y)
        for x in range(max(0, left), min(image.width(), right + 1))
        for y in range(max(0, top), min(image.height(), bottom + 1))
        if image.pixel(x, y) == wanted
    ]


def column_heights(image: QImage, colour: str, area: QRectF) -> dict[int, int]:
    """For each device-pixel column holding the colour, how many pixels of it."""
    heights: dict[int, int] = {}
    for x, _ in pixels_of(image, colour, area):
        heights[x] = heights.get(x, 0) + 1
    return heights


@pytest.fixture
def canvas(qtbot: QtBot) -> ChartCanvas:
    shown = ChartCanvas()
    qtbot.addWidget(shown)
    shown.resize(480, 300)
    shown.show()
    return shown


@pytest.mark.parametrize(
    ("top", "room", "whole", "ticks"),
    [
        (4, 5, True, [0, 1, 2, 3, 4]),
        (36_540.2, 4, False, [0, 10_000, 20_000, 30_000, 40_000]),
        (100, 4, False, [0, 25, 50, 75, 100]),
        (100, 5, False, [0, 20, 40, 60, 80, 100]),
        (24, 5, False, [0, 5, 10, 15, 20, 25]),
        (1, 6, True, [0, 1]),  # whole files: no half a file
        (0.8, 4, False, [0, 0.2, 0.4, 0.6, 0.8]),
        (0, 5, True, [0, 1]),  # nothing to show still has an axis
    ],
)
def test_the_value_axis_starts_at_0_in_nice_steps(
    top: float, room: int, whole: bool, ticks: list[float]
) -> None:
    assert nice_ticks(top, room, whole=whole) == ticks


def test_week_labels_thin_out_from_the_latest_week() -> None:
    weeks = [f"w{n}" for n in range(13)]
    assert shown_labels(weeks, 1) == list(range(13))
    assert shown_labels(weeks, 5) == [2, 7, 12]


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_bars_are_drawn_in_their_colours_with_heights_in_proportion(
    canvas: ChartCanvas, ratio: float
) -> None:
    values = {BLUE: 9_700.0, GREEN: 36_540.2, ORANGE: 29_752.0}
    canvas.show_chart(
        Chart(
            categories=("Motor", "Personal accident", "Property"),
            bars=tuple(
                Bars(colour, "", colour, (value,), slots=(n,))
                for n, (colour, value) in enumerate(values.items())
            ),
            value_title="indemnity (CNY)",
        )
    )
    image = rendered(canvas, ratio)
    where = canvas.geometry_for(canvas.width(), canvas.height())
    assert where.ticks[0] == 0 and where.top >= max(values.values())
    drawn: dict[str, int] = {}
    for colour, value in values.items():
        heights = column_heights(image, colour, where.plot)
        assert heights, f"no bar in {colour}"
        drawn[colour] = max(heights.values())
        expected = value / where.top * where.plot.height() * ratio
        assert abs(drawn[colour] - expected) <= 1.5 * ratio, (colour, drawn[colour], expected)
    assert sorted(drawn, key=drawn.__getitem__) == sorted(values, key=values.__getitem__)
    # each bar stands in its own slot, left to right
    lefts = [min(column_heights(image, c, where.plot)) for c in values]
    assert lefts == sorted(lefts)


def test_stacked_bars_stand_on_each_other_and_side_by_side_ones_beside(
    canvas: ChartCanvas,
) -> None:
    two = (Bars("a", "A", BLUE, (2, 0, 3)), Bars("b", "B", ORANGE, (1, 0, 3)))
    canvas.show_chart(Chart(categories=("x", "y", "z"), bars=two, whole_numbers=True))
    where = canvas.geometry_for(canvas.width(), canvas.height())
    assert where.top >= 6  # the stack's total, not the tallest part
    image = rendered(canvas)
    blue, orange = pixels_of(image, BLUE, where.plot), pixels_of(image, ORANGE, where.plot)
    third = where.plot.left() + where.plot.width() * 2 / 3
    on_top = [y for x, y in orange if x > third]
    assert max(on_top) < min(y for x, y in blue if x > third)  # orange above blue
    assert not [x for x, _ in blue if where.plot.left() + where.plot.width() / 3 < x < third]

    canvas.show_chart(Chart(categories=("x", "y", "z"), bars=two, stacked=False))
    where = canvas.geometry_for(canvas.width(), canvas.height())
    assert where.top < 6
    image = rendered(canvas)
    blue, orange = pixels_of(image, BLUE, where.plot), pixels_of(image, ORANGE, where.plot)
    assert max(x for x, _ in blue if x < third) < min(x for x, _ in orange if x < third)


def test_a_line_leaves_a_gap_for_a_missing_value_and_a_target_spans_the_plot(
    canvas: ChartCanvas,
) -> None:
    canvas.show_chart(
        Chart(
            categories=("01", "02", "03", "04"),
            lines=(Line("mean", "mean", BLUE, (10.0, 20.0, None, 30.0)),),
            rules=(Rule("target 24 h", RED, 24),),
        )
    )
    where = canvas.geometry_for(canvas.width(), canvas.height())
    plot = where.plot
    image = rendered(canvas)
    blue = pixels_of(image, BLUE, plot)
    assert blue
    band = plot.width() / 4
    gap = [x for x, _ in blue if plot.left() + 2.2 * band < x < plot.left() + 3.3 * band]
    assert gap == []  # nothing drawn from week 2 to week 4 across the missing week 3
    target_y = plot.bottom() - 24 / where.top * plot.height()
    red = pixels_of(image, RED, plot)
    assert red and all(abs(y - target_y) <= 2 for _, y in red)
    assert max(x for x, _ in red) - min(x for x, _ in red) > plot.width() * 0.9


def test_horizontal_bars_grow_to_the_right_the_first_on_top(canvas: ChartCanvas) -> None:
    canvas.show_chart(
        Chart(
            categories=("Not a PDF", "Untrusted device"),
            bars=(
                Bars("not_pdf", "", RED, (5.0,), slots=(0,)),
                Bars("untrusted", "", BLUE, (2.0,), slots=(1,)),
            ),
            horizontal=True,
            whole_numbers=True,
        )
    )
    where = canvas.geometry_for(canvas.width(), canvas.height())
    image = rendered(canvas)
    red, blue = pixels_of(image, RED, where.plot), pixels_of(image, BLUE, where.plot)
    assert max(y for _, y in red) < min(y for _, y in blue)
    red_length = max(x for x, _ in red) - min(x for x, _ in red)
    blue_length = max(x for x, _ in blue) - min(x for x, _ in blue)
    assert red_length == pytest.approx(blue_length * 5 / 2, abs=3)


def test_nothing_to_draw_draws_nothing_but_the_background(canvas: ChartCanvas) -> None:
    canvas.show_chart(None)
    canvas.clearFocus()  # (focused, it shows its focus frame)
    image = rendered(canvas)
    base = canvas.palette().color(QPalette.ColorRole.Base).rgb()
    assert {image.pixel(x, y) for x in range(0, 480, 7) for y in range(0, 300, 7)} == {base}


def test_the_description_says_each_figure_drawn() -> None:
    chart = Chart(
        categories=("11-23", "11-30"),
        bars=(Bars("motor", "Motor", BLUE, (0, 2)), Bars("property", "Property", ORANGE, (0, 1))),
        lines=(Line("mean", "mean", GREEN, (None, 2.5)),),
        rules=(Rule("target 24 h", RED, 24),),
        value_title="reports",
    )
    said = chart.description()
    assert said == "(reports) 11-23: 0; 11-30: Motor 2, Property 1, mean 2.5\ntarget 24 h"
    assert chart.series() == {"motor": [0, 2], "property": [0, 1], "mean": [None, 2.5]}


def test_money_is_said_to_the_cent_and_only_placed_on_the_axis_as_a_float() -> None:
    # The largest amount the app takes: as a float it reads 1,000,000,000,000,000.00; said
    # from the Decimal it is exact, while its bar stands where its float puts it.
    total = Decimal("999999999999999.99")
    chart = Chart(
        categories=("Motor",),
        bars=(Bars("motor CNY", "", "#0072b2", (total,)),),
        value_text=lambda value: grouped_number(value, 2),
    )
    assert "999,999,999,999,999.99" in chart.description()
    assert chart.series() == {"motor CNY": [float(total)]}
    assert chart.highest() == float(total)
