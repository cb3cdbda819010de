"""A handwritten signature as stroke data, and the rule that a signature must have ink.

A signature is what a person drew on a pad: strokes of points in the pad's coordinates (pixels,
origin top left), with the pad's size so that it can be drawn again at any scale. It is personal
data (core/privacy.py ``STORED_CLASSES``): the store seals it like a name.

"Has ink" is judged on the strokes, not on pixels, so every face (a pad, a JSON file given to the
command line) is held to the same rule: enough line drawn, spread over enough of the pad, that a
tap, a dot or a stray brush of the palm is not taken for a signature.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.errors import RuleViolation, UsageError

Point = tuple[float, float]
Stroke = tuple[Point, ...]

# A signature written small is still some 60 px of line across 30 px on a pad of a few hundred
# pixels; a tap or a dot is far below both.
MIN_INK_LENGTH_PX = 60.0
MIN_INK_SPAN_PX = 30.0
# Bounds against a file that is not a signature at all (a pen sampled at 200 Hz for a minute).
MAX_STROKES = 200
MAX_POINTS = 20_000
MAX_PAD_PX = 10_000


@dataclass(frozen=True)
class Signature:
    width: float  # the pad's size when it was drawn
    height: float
    strokes: tuple[Stroke, ...] = ()

    def __post_init__(self) -> None:
        if not (0 < self.width <= MAX_PAD_PX and 0 < self.height <= MAX_PAD_PX):
            raise UsageError(
                "signature_pad_size",
                detail=f"A signature pad is between 1 and {MAX_PAD_PX} pixels wide and high.",
            )
        if len(self.strokes) > MAX_STROKES or self.point_count > MAX_POINTS:
            raise UsageError(
                "signature_too_large",
                detail=f"A signature has at most {MAX_STROKES} strokes of "
                f"{MAX_POINTS} points in all.",
            )
        # Points are kept on the pad: a pen slipping past its edge draws along the edge.
        clamped = tuple(
            tuple(
                (min(max(float(x), 0.0), self.width), min(max(float(y), 0.0), self.height))
                for x, y in stroke
            )
            for stroke in self.strokes
            if stroke
        )
        object.__setattr__(self, "strokes", clamped)
        for x, y in (p for stroke in clamped for p in stroke):
            if not (math.isfinite(x) and math.isfinite(y)):
                raise UsageError("signature_points", detail="A signature's points are numbers.")

    @property
    def point_count(self) -> int:
        return sum(len(stroke) for stroke in self.strokes)

    @property
    def ink_length(self) -> float:
        """How much line was drawn, in pad pixels."""
        pairs = (pair for stroke in self.strokes for pair in itertools.pairwise(stroke))
        return sum(math.dist(a, b) for a, b in pairs)

    @property
    def ink_span(self) -> float:
        """The diagonal of the box around every point drawn."""
        points = [p for stroke in self.strokes for p in stroke]
        if not points:
            return 0.0
        xs, ys = [x for x, _ in points], [y for _, y in points]
        return math.hypot(max(xs) - min(xs), max(ys) - min(ys))


def check_ink(signature: Signature) -> None:
    """Refuse a blank pad, a dot or a tap: a signature must have ink."""
    if not signature.strokes:
        raise RuleViolation(
            "signature_blank", detail="The signature pad is blank: ask the person to sign."
        )
    if signature.ink_length < MIN_INK_LENGTH_PX or signature.ink_span < MIN_INK_SPAN_PX:
        raise RuleViolation(
            "signature_too_little_ink",
            detail="The signature is only a dot or a short mark: ask the person to sign in full.",
        )


def signature_to_json(signature: Signature) -> str:
    """The stored form: the pad's size and each stroke's points, rounded to a tenth of a pixel."""
    return json.dumps(
        {
            "width": signature.width,
            "height": signature.height,
            "strokes": [[[round(x, 1), round(y, 1)] for x, y in s] for s in signature.strokes],
        },
        separators=(",", ":"),
    )


def signature_from_data(data: Any) -> Signature:
    """A signature from parsed JSON (`{"width", "height", "strokes": [[[x, y], …], …]}`)."""
    try:
        width, height, strokes = data["width"], data["height"], data["strokes"]
        if not isinstance(strokes, Sequence) or isinstance(strokes, str):
            raise TypeError
        parsed = tuple(tuple(_point(p) for p in stroke) for stroke in strokes)
        return Signature(width=_number(width), height=_number(height), strokes=parsed)
    except (KeyError, TypeError, ValueError):
        raise UsageError(
            "signature_format",
            detail='A signature is JSON of the form {"width": W, "height": H, '
            '"strokes": [[[x, y], …], …]} in the pad\'s pixels.',
        ) from None


def _point(raw: Any) -> Point:
    if isinstance(raw, str) or len(raw) != 2:
        raise ValueError
    return (_number(raw[0]), _number(raw[1]))


def _number(raw: Any) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise TypeError
    return float(raw)
