"""The search copy of an article: case-folded, whitespace runs folded to one space.

The lexicon is matched against this copy so that names broken across lines
(`Ministry of International\\nTrade and Industry`) still match; `OffsetMap`
turns offsets in the copy back into offsets of the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_WHITESPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


class OffsetMap:
    """Maps an offset in the folded copy to the original text."""

    __slots__ = ("_after", "_shift")

    def __init__(self, after: list[int], shift: list[int]) -> None:
        self._after = after  # folded offsets just after each folded run
        self._shift = shift  # characters removed by the runs up to and including it

    def start(self, folded: int) -> int:
        """The original offset of the character at `folded`."""
        if not self._after:
            return folded
        k = bisect_right(self._after, folded) - 1
        return folded + (self._shift[k] if k >= 0 else 0)

    def end(self, folded_end: int) -> int:
        """The original (exclusive) end offset of a span ending at `folded_end`."""
        return self.start(folded_end - 1) + 1


def lower_same_length(text: str) -> str:
    """`text.lower()`, keeping one character per character (so offsets agree)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] for ch in text)


def fold(text: str) -> tuple[str, OffsetMap]:
    """The search copy of `text` and the map from its offsets back to `text`."""
    lowered = lower_same_length(text).translate(_PUNCTUATION)
    pieces: list[str] = []
    after: list[int] = []
    shift: list[int] = []
    removed = 0
    last = 0
    for run in _WHITESPACE_RUN.finditer(lowered):
        start, end = run.span()
        pieces.append(lowered[last:start])
        pieces.append(" ")
        removed += end - start - 1
        after.append(start - (removed - (end - start - 1)) + 1)
        shift.append(removed)
        last = end
    if not after:
        return lowered, OffsetMap([], [])
    pieces.append(lowered[last:])
    return "".join(pieces), OffsetMap(after, shift)


def fold_pattern(phrase: str) -> str:
    """A lexicon phrase as it appears in the folded copy."""
    return " ".join(lower_same_length(phrase).translate(_PUNCTUATION).split())
