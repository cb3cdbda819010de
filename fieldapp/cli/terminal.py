"""The output layer of the command line: what a verb prints reaches the terminal as printable
text, never as raw escape sequences.

Kept free of heavy imports: every run of `fieldapp` loads it, `--help` included.
"""

from __future__ import annotations

import io
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

# Refused in what the user enters, but a file name, a camera's metadata or an older database can
# still bring them: control characters (an escape sequence recolours, moves the cursor or
# rewrites the title of the terminal), lone surrogates and text-direction controls.
_BIDI = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))


def escaped_for_terminal(text: str, *, keep: str = "\n\t") -> str:
    """``text`` with every character that is not printable text written as ``\\uXXXX``
    (the form JSON reads back, so escaped JSON output stays the same JSON)."""
    if text.isprintable():
        return text  # the common case, fast
    return "".join(
        char
        if char in keep
        or (unicodedata.category(char) not in ("Cc", "Cs") and ord(char) not in _BIDI)
        else f"\\u{ord(char):04x}"
        for char in text
    )


class TerminalSafe(io.TextIOBase):
    """A text stream that escapes what it is written (see escaped_for_terminal)."""

    def __init__(self, stream: TextIO, *, keep: str) -> None:
        self.stream = stream
        self.keep = keep

    def write(self, text: str) -> int:
        self.stream.write(escaped_for_terminal(text, keep=self.keep))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def fileno(self) -> int:
        return self.stream.fileno()

    def isatty(self) -> bool:
        return self.stream.isatty()


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    """While a verb runs, what it prints reaches the terminal escaped. stderr keeps carriage
    returns: the progress line redraws itself with them."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = TerminalSafe(out, keep="\n\t")  # type: ignore[assignment]
    sys.stderr = TerminalSafe(err, keep="\n\t\r")  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
