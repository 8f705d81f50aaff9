"""Fast overlap queries over sets of `[start, end)` spans (articles can be megabytes)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class SpanIndex:
    """A fixed set of spans (they may overlap each other); answers "does this overlap any?"."""

    __slots__ = ("_starts", "_max_end")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _e in ordered]
        self._max_end = list(accumulate((e for _s, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)  # spans starting before `end`
        return k > 0 and self._max_end[k - 1] > start


class DisjointSpans:
    """A growing set of non-overlapping spans."""

    __slots__ = ("_starts", "_ends")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add_if_free(self, start: int, end: int) -> bool:
        """Add the span unless it overlaps one already there; say whether it was added."""
        k = bisect_right(self._starts, start)
        if k and self._ends[k - 1] > start:
            return False
        if k < len(self._starts) and self._starts[k] < end:
            return False
        self._starts.insert(k, start)
        self._ends.insert(k, end)
        return True


__all__ = ["DisjointSpans", "SpanIndex"]
