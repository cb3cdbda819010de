"""Finding a record by the first characters of its id, literally: `%` and `_` typed by a user
are characters, never SQL patterns, and an ambiguous prefix names the records it matches."""

from __future__ import annotations

from collections.abc import Sequence

from fieldapp.errors import AmbiguousId, NotFound, UsageError

MIN_PREFIX_CHARS = 4
CANDIDATES_SHOWN = 5
LIKE_ESCAPE = "ESCAPE '\\'"


def literal(text: str) -> str:
    """``text`` for a LIKE pattern with every wildcard escaped (use with LIKE_ESCAPE)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def starting_with(text: str) -> str:
    return literal(text) + "%"


def containing(text: str) -> str:
    return "%" + literal(text) + "%"


def required_prefix(given: str, *, what: str) -> str:
    """The prefix to look for; one too short to name a record is refused."""
    text = given.strip().lower()
    if len(text) < MIN_PREFIX_CHARS:
        raise UsageError(
            detail=f"Give at least the first {MIN_PREFIX_CHARS} characters of the {what} id."
        )
    return text


def the_one(matches: Sequence[tuple[str, str]], *, given: str, what: str, many: str) -> str:
    """The single id among ``matches`` ((id, what a person recognises it by), at most
    CANDIDATES_SHOWN + 1 of them), or the error that says what to give instead."""
    if not matches:
        raise NotFound(what=what, ident=given)
    if len(matches) == 1:
        return matches[0][0]
    shown = [f"{ident[:12]} ({label})" if label else ident[:12] for ident, label in matches]
    more = ", …" if len(matches) > CANDIDATES_SHOWN else ""
    raise AmbiguousId(given=given, many=many, candidates=", ".join(shown[:CANDIDATES_SHOWN]) + more)
