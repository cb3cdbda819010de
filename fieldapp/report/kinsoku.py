"""Chinese line breaking (kinsoku) for reportlab's CJK wrap.

reportlab's CJK wrap (``wordWrap="CJK"``) breaks between any two characters: it hangs only the
few closing marks it knows, never keeps an opening bracket with what follows, and may cut a
number or a code in two ("1,850.0" / "0"). Each line it proposes is corrected here before the
rest is wrapped again:
- a closing mark (，。：；）…) hangs at the end of the line instead of starting the next, or,
  with no room to hang, takes the character before it down with it;
- an opening mark (（《“…) goes down with what it opens;
- a run of Latin letters and digits moves down whole when the line has an earlier break.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CANNOT_START = "，。、：；！？）】》」』〕〉”’…·％!),.:;?]}"
CANNOT_END = "（【《「『〔〈“‘([{"
# Characters of numbers, amounts, times and codes: a line does not break between two of them.
WORD = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,:-+/%#_@*")


def install() -> None:
    """Make reportlab's CJK wrap of a plain paragraph follow these rules (once per process)."""
    from reportlab.platypus import paragraph

    if not getattr(paragraph.wordSplit, "kinsoku", False):
        paragraph.wordSplit = _with_kinsoku(paragraph.wordSplit)


def _with_kinsoku(split: Callable[..., Any]) -> Callable[..., Any]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def word_split(word: Any, max_widths: Any, font_name: str, size: float, *rest: Any) -> Any:
        if not isinstance(word, str):
            return split(word, max_widths, font_name, size, *rest)
        widths = max_widths if isinstance(max_widths, (list, tuple)) else [max_widths]

        def first_line(text: str, width: float) -> str:
            # A line never holds more characters than this; wrapping more is wasted work.
            window = text[: int(width / (size * 0.15)) + 2]
            lines = split(window, [width], font_name, size, *rest)
            return lines[0][1] if lines else ""

        return broken_lines(word, widths, first_line, lambda t: stringWidth(t, font_name, size))

    word_split.kinsoku = True  # type: ignore[attr-defined]
    return word_split


def broken_lines(
    text: str,
    widths: list[float] | tuple[float, ...],
    first_line: Callable[[str, float], str],
    width_of: Callable[[str], float],
) -> list[list[Any]]:
    """``[extra space, line]`` for ``text``: each line as ``first_line`` proposes, corrected."""
    lines: list[list[Any]] = []
    rest = text
    while rest.strip():
        width = widths[min(len(lines), len(widths) - 1)]
        proposed = first_line(rest, width)
        start = rest.find(proposed) if proposed else 0
        cut = start + len(proposed) if proposed else len(rest)
        proposed_cut = max(cut, start + 1)
        cut = _better_cut(rest, start, proposed_cut)
        line = rest[start:cut].strip()
        if width_of(line) > width + 0.5:
            # No room to hang the mark in the margin: the character before it goes down with it.
            cut = _pushed_out(rest, start, cut)
            line = rest[start:cut].strip()
        lines.append([width - width_of(line), line])
        rest = rest[cut:]
    return lines


def _better_cut(text: str, start: int, cut: int) -> int:
    if cut >= len(text):
        return len(text)
    if text[cut - 1] in WORD and text[cut] in WORD:
        back = cut - 1
        while back > start and text[back - 1] in WORD:
            back -= 1
        if back > start and text[back - 1] not in CANNOT_END:
            return back
    if text[cut] in CANNOT_START:
        # Hang every closing mark that follows on this line (they are narrow).
        while cut < len(text) and text[cut] in CANNOT_START:
            cut += 1
        return cut
    if text[cut - 1] in CANNOT_END and cut - 1 > start:
        return cut - 1
    return cut


def _pushed_out(text: str, start: int, cut: int) -> int:
    """A break before the closing marks at the end of the line and the character they close."""
    back = cut
    while back - 1 > start and text[back - 1] in CANNOT_START:
        back -= 1
    back -= 1
    if back <= start:
        return cut  # a line of one character and its marks: nothing better exists
    if text[back - 1] in WORD and text[back] in WORD:
        word = back
        while word > start and text[word - 1] in WORD:
            word -= 1
        if word > start:
            back = word
    if text[back - 1] in CANNOT_END and back - 1 > start:
        back -= 1
    return back
