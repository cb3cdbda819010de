"""Signatures as a pad records them, for tests and screenshots: a flowing name written across a
480 × 150 pad, sampled every few pixels the way a pen is."""

from __future__ import annotations

import math

from fieldapp.core.signature import Signature


def written_signature(seed: float = 0.0) -> Signature:
    """Three strokes: a looping first name, a long wavy surname and an underline."""
    loop = tuple(
        (60 + 1.8 * t + 22 * math.sin(t / 9 + seed), 75 - 30 * math.sin(t / 6 + seed))
        for t in range(0, 80, 2)
    )
    wave = tuple(
        (220 + 2.6 * t, 80 - 22 * math.sin(t / 5 + seed) * math.exp(-t / 160))
        for t in range(0, 80, 2)
    )
    underline = tuple((70 + 5 * t, 122 + 3 * math.sin(t / 8)) for t in range(0, 70, 3))
    return Signature(width=480, height=150, strokes=(loop, wave, underline))
