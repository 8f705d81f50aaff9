"""Fast overlap queries over sets of `[start, end)` spans (articles can be megabytes)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from math import inf
from operator import itemgetter

_START, _END = itemgetter(0), itemgetter(1)


class SpanIndex:
    """A fixed set of spans (they may overlap each other); answers "does this overlap any?".

    A span is any tuple starting with (start, end), a `Found` for instance, with
    start <= end; a query has start < end.

    Only the sorted starts and the sorted ends are kept, not which end belongs to which
    start, so building sorts plain numbers. That is enough: say k spans start before the
    query's end. Every other span starts at or after it, so ends after the query's start;
    hence one of the k ends after the query's start exactly when fewer than k ends in all
    are at or before it, that is, when the k-th smallest end is after it.
    """

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        if not isinstance(spans, (list, tuple)):
            spans = list(spans)  # read twice
        self._starts = sorted(map(_START, spans))
        ends = sorted(map(_END, spans))
        ends.insert(0, -inf)  # `_ends[k]`: the k-th smallest end (-inf for k = 0)
        self._ends = ends

    def overlaps(self, start: int, end: int) -> bool:
        return self._ends[bisect_left(self._starts, end)] > start  # k: spans starting before `end`


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
