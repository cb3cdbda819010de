"""Any text as one line of visible characters, and a short excerpt of it to quote.

Used wherever a value from outside is quoted (a refusal, a note): a message never carries
control characters, and never more than the start of a long value.
"""

from __future__ import annotations

import unicodedata

LINE_LIMIT = 100
# How much of a value a note or a refusal quotes: enough to recognise it, never a whole block.
EXCERPT_LIMIT = 40
ELLIPSIS = "…"
# Unicode categories that are not visible text: controls (C0, DEL, C1), format characters (bidi
# overrides that reorder a line, zero-width characters) and lone surrogates (not encodable).
_NOT_TEXT = {"Cc", "Cf", "Cs"}


def metadata_text(value: object, *, limit: int = LINE_LIMIT) -> str:
    """``value`` as one line of visible text: up to its first NUL, control and format characters
    dropped (line breaks and tabs become spaces), runs of spaces made one, at most ``limit``
    characters (a cut text ends with "…")."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray):
        text = bytes(value).split(b"\x00", 1)[0].decode("utf-8", "replace")
    else:
        text = str(value).split("\x00", 1)[0]
    visible = "".join(
        " " if char.isspace() else char
        for char in text
        if char.isspace() or unicodedata.category(char) not in _NOT_TEXT
    )
    line = " ".join(visible.split())
    if len(line) <= limit:
        return line
    return line[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS


def excerpt(value: object, *, limit: int = EXCERPT_LIMIT) -> str:
    """The start of ``value``, cleaned as :func:`metadata_text`, short enough to quote in a note
    or a refusal."""
    return metadata_text(value, limit=limit)
