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

        def proposed(text: str, line_widths: list[float]) -> list[str]:
            return [line for _, line in split(text, line_widths, font_name, size, *rest)]

        return broken_lines(word, widths, proposed, lambda t: stringWidth(t, font_name, size), size)

    word_split.kinsoku = True  # type: ignore[attr-defined]
    return word_split


LINES_PER_PASS = 12


def broken_lines(
    text: str,
    widths: list[float] | tuple[float, ...],
    proposed: Callable[[str, list[float]], list[str]],
    width_of: Callable[[str], float],
    size: float,
) -> list[list[Any]]:
    """``[extra space, line]`` for ``text``: the lines ``proposed`` wraps, each corrected.

    The text is wrapped a window of a few lines at a time; after a line whose break moved, the
    rest is wrapped again from the new place (a long text costs little more than one wrap).
    """
    lines: list[list[Any]] = []
    rest = text
    while rest.strip():
        first = len(lines)
        line_widths = [widths[min(first + n, len(widths) - 1)] for n in range(LINES_PER_PASS)]
        # Enough characters for the window's lines even in narrow glyphs; never too few.
        window = rest[: int(sum(line_widths) / (size * 0.3)) + 2]
        whole = len(window) == len(rest)
        done = 0
        proposals = proposed(window, line_widths)
        for n, line_text in enumerate(proposals):
            if n and n == len(proposals) - 1 and not whole:
                break  # the window's last line may be cut short by the window: wrap it again
            start = rest.find(line_text, done) if line_text else done
            cut = start + len(line_text) if line_text else len(rest)
            cut = max(cut, start + 1)
            kept = _better_cut(rest, start, cut)
            line = rest[start:kept].strip()
            width = widths[min(first + n, len(widths) - 1)]
            if width_of(line) > width + 0.5:
                # No room to hang the mark: the character before it goes down with it.
                kept = _pushed_out(rest, start, kept)
                line = rest[start:kept].strip()
            if line:
                lines.append([width - width_of(line), line])
            done = kept
            if kept != cut:
                break  # the break moved: what follows is wrapped again from there
        if done == 0:  # nothing proposed (only spaces left)
            break
        rest = rest[done:]
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
