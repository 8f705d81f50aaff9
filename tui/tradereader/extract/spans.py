"""Fast overlap queries over sets of `[start, end)` spans (articles can be megabytes)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from math import inf
from operator import itemgetter

_START, _END = itemgetter(0), itemgetter(1)


class SpanIndex:
    """A fixed set of spans (they may overlap each other); answers "does this overlap any?".

    A span is any tuple starting with (start, end), a `Found` for instance.
    """

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans, key=_START)  # by start alone: cheaper than whole tuples
        self._starts = list(map(_START, ordered))
        ends = list(map(_END, ordered))  # the running maximum is these unless spans nest
        reach = ends if ends == sorted(ends) else list(accumulate(ends, max))
        # `_reach[k]`: the furthest end among the first k spans (-inf for none), so
        # that a query is one bisection and one look-up
        self._reach = [-inf, *reach]

    def overlaps(self, start: int, end: int) -> bool:
        return self._reach[bisect_left(self._starts, end)] > start  # spans starting before `end`


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
