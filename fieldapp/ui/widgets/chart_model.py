"""What a chart draws, as plain data: bars, lines, reference lines (a target) over labelled
categories, with the words of its axes. `ChartCanvas` (chart_canvas.py) draws it with QPainter;
tests and the accessible description read the same data back, so what is said is what is drawn.

Values are figures computed elsewhere; nothing here adds them up beyond stacking bars.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

Figure = Decimal | float | int  # money stays Decimal here: only its place on the axis is a float


def on_axis(value: Figure) -> float:
    """Where a figure stands on the value axis: a picture of it, in the floats pixels are; what
    the words say (the description, the panel's note) is the figure itself."""
    return float(value)


def grouped_number(value: Figure, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def tick_label(value: float, step: float) -> str:
    """A tick's label with as many decimals as the step needs, thousands grouped."""
    decimals = max(0, -math.floor(math.log10(step))) if 0 < step < 1 else 0
    return grouped_number(value, decimals)


def plain_number(value: Figure) -> str:
    """One decimal where there is one: 2.5, 24, 1,250."""
    return grouped_number(value, 0 if value == int(value) else 1)


@dataclass(frozen=True)
class Bars:
    """One series of bars, one value per slot (a category's index)."""

    code: str  # what tests and series() know it by: a line of business, a reason code…
    name: str  # in the legend; "" for none (the category axis names the bar)
    colour: str
    values: tuple[Figure, ...]
    slots: tuple[int, ...] | None = None  # where each value stands; default 0, 1, 2…

    def placed(self) -> list[tuple[int, Figure]]:
        slots = self.slots if self.slots is not None else range(len(self.values))
        return list(zip(slots, self.values, strict=True))


@dataclass(frozen=True)
class Line:
    """A line through one value per category; None is a gap (a week without cases), not 0."""

    code: str
    name: str
    colour: str
    values: tuple[float | None, ...]
    dashed: bool = False  # told apart without colour too
    ring: bool = False  # its points as rings, not dots: a dot of another line with the same
    # value shows inside the ring


@dataclass(frozen=True)
class Rule:
    """A dotted line across the plot at one value: a target."""

    name: str
    colour: str
    value: float


@dataclass(frozen=True)
class Chart:
    categories: tuple[str, ...]  # one label per slot: weeks, lines of business, reasons
    bars: tuple[Bars, ...] = ()
    lines: tuple[Line, ...] = ()
    rules: tuple[Rule, ...] = ()
    value_title: str = ""  # the value axis: "reports", "hours", "%"
    category_title: str = ""  # the category axis: "week starting (UTC)"
    horizontal: bool = False  # bars grow to the right, categories down the left, first on top
    stacked: bool = True  # several bar series in one slot: stacked, else side by side
    whole_numbers: bool = False  # counts: ticks only at whole steps
    value_top: float | None = None  # a fixed top (100 %) instead of the highest value's
    thin_labels: bool = False  # too many labels for the width: keep every n-th, the last always
    tick_text: Callable[[float, float], str] = tick_label  # (value, step): the axis' words
    value_text: Callable[[Figure], str] = plain_number  # a figure said in the description

    def slot_count(self) -> int:
        return len(self.categories)

    def highest(self) -> float:
        """The value the axis must reach: the tallest stack or bar, a line's top, a rule."""
        per_slot: dict[int, float] = {}
        tallest = 0.0
        for bars in self.bars:
            for slot, figure in bars.placed():
                value = on_axis(figure)
                if self.stacked:
                    per_slot[slot] = per_slot.get(slot, 0.0) + value
                tallest = max(tallest, value)
        candidates = [tallest, *per_slot.values(), *(r.value for r in self.rules)]
        candidates += [v for line in self.lines for v in line.values if v is not None]
        return max(candidates)

    def series(self) -> dict[str, list[float | None]]:
        """What is drawn, by series code."""
        drawn: dict[str, list[float | None]] = {
            b.code: [on_axis(v) for v in b.values] for b in self.bars
        }
        for line in self.lines:
            drawn[line.code] = [None if v is None else float(v) for v in line.values]
        return drawn

    def legend(self) -> list[Bars | Line | Rule]:
        return [entry for entry in (*self.bars, *self.lines, *self.rules) if entry.name]

    def description(self) -> str:
        """The figures in words, category by category ("11-30: Motor 2, Property 1; …"), then
        the reference lines: what a screen reader says for the picture. In a stack of bars a
        series with 0 is left out of its slot, a slot with nothing is said as 0; a line's gap
        is left out."""
        said: list[str] = []
        for slot, label in enumerate(self.categories):
            parts: list[str] = []
            stack = [(b, v) for b in self.bars for s, v in b.placed() if s == slot]
            for bars, value in stack:
                if value or len(self.bars) == 1:
                    parts.append(_named(bars.name, self.value_text(value)))
            parts += [
                _named(line.name, self.value_text(value))
                for line in self.lines
                if slot < len(line.values) and (value := line.values[slot]) is not None
            ]
            if not parts and stack:
                parts.append(self.value_text(0))
            if parts:
                said.append(f"{label}: {', '.join(parts)}")
        text = "; ".join(said)
        if self.value_title and text:
            text = f"({self.value_title}) {text}"
        return "\n".join(filter(None, [text, *(rule.name for rule in self.rules)]))


def _named(name: str, value: str) -> str:
    return f"{name} {value}" if name else value


def nice_ticks(top: float, room: int, *, whole: bool = False) -> list[float]:
    """0 and its multiples of a step of 1, 2 or 5 × 10ⁿ (or 25 × 10ⁿ), at most `room` steps, up
    to the first at or above `top`: the value axis always starts at 0."""
    top = top if top > 0 else 1.0
    rough = top / max(1, room)
    power = 10 ** math.floor(math.log10(rough))
    steps = [m * power for m in (1, 2, 2.5, 5, 10) if m != 2.5 or power >= 10]  # no 0.25, 2.5
    step = next(s for s in steps if s >= rough * (1 - 1e-9))
    if whole:
        step = max(1.0, float(math.ceil(step)))
    count = math.ceil(top / step - 1e-9)
    return [round(n * step, 10) for n in range(count + 1)]


def label_stride(count: int, band: float, label_width: float) -> int:
    """Every how many slots a label fits beside the next (1: each one)."""
    if band <= 0:
        return max(1, count)
    return max(1, math.ceil(label_width / band))


def shown_labels(labels: Sequence[str], stride: int) -> list[int]:
    """The slots that get a label, counted back from the last (the latest week has its label)."""
    last = len(labels) - 1
    return [n for n in range(len(labels)) if (last - n) % stride == 0]
