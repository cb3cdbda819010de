"""What makes a passphrase acceptable, and how strong one is: the rule the setup states.

The rule: at least 8 characters. Strength grows with length, counted in characters whatever
the script (a Chinese phrase of 6 characters is as long as 6 letters, and as easy to guess per
character at worst), and with variety: 12 characters are fair, 16 or more, or 12 with three kinds
of character (letters, digits, other signs or a non-Latin script), are strong.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

MIN_PASSPHRASE_CHARS = 8
FAIR_CHARS = 12
STRONG_CHARS = 16


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


@dataclass(frozen=True)
class PassphraseRating:
    strength: Strength
    characters: int
    kinds: int


def _kinds(passphrase: str) -> int:
    kinds = set()
    for char in passphrase:
        if char.isascii() and char.isalpha():
            kinds.add("latin letter")
        elif char.isdigit():
            kinds.add("digit")
        elif char.isalpha():
            kinds.add("other script")
        elif not char.isspace():
            kinds.add("sign")
    return len(kinds)


def rate_passphrase(passphrase: str) -> PassphraseRating:
    characters, kinds = len(passphrase), _kinds(passphrase)
    if characters < MIN_PASSPHRASE_CHARS:
        strength = Strength.TOO_SHORT
    elif characters >= STRONG_CHARS or (characters >= FAIR_CHARS and kinds >= 3):
        strength = Strength.STRONG
    elif characters >= FAIR_CHARS:
        strength = Strength.FAIR
    else:
        strength = Strength.WEAK
    return PassphraseRating(strength, characters, kinds)
