"""Highlight spans by role, indexed for the question "which spans touch this line?"."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import islice
from operator import le, lt, sub

# Roles in drawing order: a later role's style is laid over an earlier one's.
ROLE_ORDER: tuple[str, ...] = (
    "actor",
    "issue",
    "date",
    "note",
    "entity",
    "sentence",
    "selection",
    "match",
    "current-match",
    "cursor",
)


class SpanIndex:
    """`(start, end)` spans sorted by start, searchable by overlap with a range.

    Kept in two arrays (8 bytes a span; texts are under 64 MB): a 6 MB article has
    ~200,000 mentions. Spans given in order are not copied into tuples to be sorted.
    Build it in a worker thread when there are many spans.
    """

    __slots__ = ("starts", "ends", "longest")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts, self.ends = array("i"), array("i")
        for start, end in spans:
            if end > start:
                self.starts.append(start)
                self.ends.append(end)
        if not _in_order(self.starts, self.ends):
            ordered = sorted(zip(self.starts, self.ends))
            self.starts = array("i", [s for s, _ in ordered])
            self.ends = array("i", [e for _, e in ordered])
        self.longest = max((e - s for s, e in zip(self.starts, self.ends)), default=0)

    @classmethod
    def from_arrays(cls, starts: array, ends: array) -> SpanIndex:
        """The spans `zip(starts, ends)`: the arrays are kept as they are when they come
        sorted with no empty span (a MentionTable's), checked without a Python loop."""
        if not (all(map(le, starts, islice(starts, 1, None))) and all(map(lt, starts, ends))):
            return cls(zip(starts, ends))
        index = cls.__new__(cls)
        index.starts, index.ends = starts, ends
        index.longest = max(map(sub, ends, starts), default=0)
        return index

    def __len__(self) -> int:
        return len(self.starts)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Spans sharing at least one character with `[start, end)`."""
        starts, ends = self.starts, self.ends
        index = bisect_left(starts, start - self.longest)
        while index < len(starts) and starts[index] < end:
            if ends[index] > start:
                yield starts[index], ends[index]
            index += 1

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends)


def _in_order(starts: array, ends: array) -> bool:
    """Sorted by (start, end)?"""
    return all(
        (starts[i], ends[i]) <= (starts[i + 1], ends[i + 1]) for i in range(len(starts) - 1)
    )


def covering_roles(
    line: tuple[int, int], indexes: dict[str, SpanIndex], hidden: set[str]
) -> list[tuple[int, int, set[str]]]:
    """Cut `line` into runs `(start, end, roles)`; roles holds the roles covering the run."""
    start, end = line
    pieces = [
        (max(s, start), min(e, end), role)
        for role in ROLE_ORDER
        if role in indexes and role not in hidden
        for s, e in indexes[role].overlapping(start, end)
    ]
    if not pieces:
        return [(start, end, set())]
    cuts = sorted({start, end, *(p[0] for p in pieces), *(p[1] for p in pieces)})
    runs = []
    for a, b in zip(cuts, cuts[1:]):
        roles = {role for s, e, role in pieces if s <= a and e >= b}
        runs.append((a, b, roles))
    return runs
