"""Word wrapping of an article's paragraphs into display lines, done lazily.

A `WrapLayout` turns `(start, end)` paragraph spans of a text into display lines
`(start, end)` of text offsets, with one blank line between paragraphs. It wraps
incrementally (`wrap_more`), so the first screen of a 6 MB article is ready after a
few hundred lines; the rest is wrapped in small steps or on demand. Pure Python,
no Textual: the view asks it for lines and offsets.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right

from rich.cells import cell_len

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def fold_text(text: str) -> str:
    """The text with line breaks and tabs turned to spaces: same length, same offsets."""
    folded = text.replace("\n", " ")
    return folded.replace("\t", " ") if "\t" in folded else folded


def paragraphs_of(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraph spans separated by blank lines (for articles stored without any)."""
    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    for gap in _BLANK_LINES.finditer(text, start):
        if gap.start() > start:
            spans.append((start, gap.start()))
        start = gap.end()
    end = len(text.rstrip())
    if end > start:
        spans.append((start, end))
    return tuple(spans)


class WrapLayout:
    """Display lines of `folded` for one width, computed as far as asked."""

    def __init__(self, folded: str, paragraphs: tuple[tuple[int, int], ...], width: int) -> None:
        self.folded = folded
        self.paragraphs = paragraphs
        self.width = max(1, width)
        self.starts: array[int] = array("q")
        self.ends: array[int] = array("q")
        self._paragraph = 0  # the paragraph being wrapped
        self._position = paragraphs[0][0] if paragraphs else 0  # where in it
        self._chars_done = 0

    @property
    def done(self) -> bool:
        return self._paragraph >= len(self.paragraphs)

    def __len__(self) -> int:
        return len(self.starts)

    def estimated_height(self) -> int:
        """Lines so far plus an estimate of the rest (exact once `done`)."""
        if self.done:
            return len(self.starts)
        per_line = self._chars_done / len(self.starts) if self.starts else self.width * 0.85
        left = len(self.paragraphs) - self._paragraph
        chars_left = self._chars_left()
        return len(self.starts) + int(chars_left / max(per_line, 1.0)) + left

    def _chars_left(self) -> int:
        if self.done:
            return 0
        last_end = self.paragraphs[-1][1]
        return max(0, last_end - self._position)

    def wrap_more(self, char_budget: int = 200_000) -> None:
        """Wrap at least `char_budget` more characters (whole lines) unless done."""
        stop = self._position + char_budget
        while not self.done and self._position < stop:
            start, end = self.paragraphs[self._paragraph]
            self._position = max(self._position, start)
            self._position = self._wrap_span(self._position, min(end, stop), end)
            if self._position >= end:
                self._finish_paragraph(end)

    def _finish_paragraph(self, end: int) -> None:
        self._paragraph += 1
        if not self.done:
            self.starts.append(end)  # the blank line between two paragraphs
            self.ends.append(end)
            self._position = self.paragraphs[self._paragraph][0]

    def _wrap_span(self, pos: int, stop: int, end: int) -> int:
        """Wrap lines from `pos` until `stop` is passed; return where wrapping stopped."""
        folded, width = self.folded, self.width
        if not folded.isascii() and not folded[pos:end].isascii():
            return self._wrap_span_cells(pos, stop, end)
        begin = pos
        while pos < stop:
            pos = self._add_line(pos, self._break_at(pos, end, width), end)
        self._chars_done += pos - begin
        return pos

    def _break_at(self, pos: int, end: int, width: int) -> int:
        if end - pos <= width:
            return end
        cut = pos + width
        if self.folded[cut] == " ":
            return cut
        space = self.folded.rfind(" ", pos, cut)
        return space if space > pos else cut

    def _add_line(self, pos: int, brk: int, end: int) -> int:
        """Record the line `[pos, brk)`; return the start of the next (spaces skipped)."""
        self.starts.append(pos)
        self.ends.append(brk)
        folded = self.folded
        while brk < end and folded[brk] == " ":
            brk += 1
        return brk

    def _wrap_span_cells(self, pos: int, stop: int, end: int) -> int:
        """The slow path for non-ASCII text: lines holding wide characters are shortened."""
        begin = pos
        while pos < stop:
            pos = self._add_line(pos, self._fit_cells(pos, self._break_at(pos, end, self.width)), end)
        self._chars_done += pos - begin
        return pos

    def _fit_cells(self, pos: int, brk: int) -> int:
        folded = self.folded
        while brk - pos > 1 and cell_len(folded[pos:brk]) > self.width:
            space = folded.rfind(" ", pos + 1, brk - 1)
            brk = space if space > pos else brk - 1
        return brk

    def ensure_lines(self, count: int) -> None:
        """Wrap until `count` lines exist (or everything is wrapped)."""
        while len(self.starts) < count and not self.done:
            self.wrap_more(max(4096, (count - len(self.starts)) * self.width * 2))

    def ensure_offset(self, offset: int) -> None:
        """Wrap until the line holding text offset `offset` exists."""
        while not self.done and self._position <= offset:
            self.wrap_more(max(4096, offset - self._position + self.width))

    def wrap_all(self) -> None:
        while not self.done:
            self.wrap_more(1 << 30)

    def line_of(self, offset: int) -> int:
        """The index of the display line holding text offset `offset`."""
        self.ensure_offset(offset)
        return max(0, bisect_right(self.starts, offset) - 1)

    def line_span(self, index: int) -> tuple[int, int]:
        """`(start, end)` offsets of display line `index` (equal for a blank line)."""
        self.ensure_lines(index + 1)
        if index >= len(self.starts):
            return (0, 0)
        return self.starts[index], self.ends[index]
