"""Mentions made fast: a long article has tens of thousands of them.

`Mention` is a plain slotted record whose `__init__` only stores its fields;
`new_mention` (the constructor) and `mentions_from` remain the engine's two ways of
making them, and the date tagger's hot path fills the slots itself as `mentions_from`
does (a call fewer).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from operator import itemgetter

from ..mention import Mention

__all__ = ["dates_put_in", "mentions_from", "mentions_of_rows", "new_mention", "ordered_mentions"]

new_mention = Mention  # `new_mention(start, end, text, kind, subtype, value, why="")`


def mentions_from(text: str, found: Iterable[tuple],
                  dates: list[Mention] | tuple = ()) -> list[Mention]:
    """Mentions of `text` for (start, end, kind, subtype, value, why, priority) tuples
    (the actor and issue candidates), in order of (start, end, kind...), with `dates`
    (date mentions, in reading order) put in: a date after a mention of the same span.
    The candidates are sorted first when there are dates (in C: a single run when they
    come in order, as the engine's do)."""
    if not dates:
        return _made(text, found)
    mentions, starts = ordered_mentions(text, found)
    return dates_put_in(mentions, starts, dates)


def ordered_mentions(text: str, found: Iterable[tuple]) -> tuple[list[Mention], list[int]]:
    """The mentions of the candidates `found`, sorted, and their starts: what
    `dates_put_in` takes, made before the dates are known (while the helper process
    still tags them)."""
    found = sorted(found)
    return _made(text, found), list(map(_START, found))


def dates_put_in(mentions: list[Mention], starts: list[int],
                 dates: list[Mention]) -> list[Mention]:
    """`mentions` (in order of span; `starts`: theirs) with `dates` (in reading order)
    put in, each before the first mention whose span comes after its own: a date after
    a mention of the same span. The few dates find their places by bisection and the
    runs of mentions between them are copied whole (no loop over every mention)."""
    if not dates:
        return mentions
    out: list[Mention] = []
    at, size = 0, len(starts)
    for date in dates:
        start, end = date.start, date.end
        place = bisect_left(starts, start, at)
        while place < size and starts[place] == start and mentions[place].end <= end:
            place += 1  # a mention of the same start and a span no longer comes first
        out += mentions[at:place]
        out.append(date)
        at = place
    out += mentions[at:]
    return out


def _made(text: str, found: Iterable[tuple]) -> list[Mention]:
    """A mention for each candidate, in their order. The slots are filled here rather
    than through `__init__` (a call fewer for each of tens of thousands);
    `tests/test_extract_engine.py` checks the result equals the constructor's."""
    mentions: list[Mention] = []
    append = mentions.append
    for s, e, kind, subtype, value, why, _priority in found:
        mention = _new(Mention)
        mention.start = s
        mention.end = e
        mention.text = text[s:e]
        mention.kind = kind
        mention.subtype = subtype
        mention.value = value
        mention.why = why
        append(mention)
    return mentions


def mentions_of_rows(text: str, rows: Iterable[tuple]) -> list[Mention]:
    """Mentions of `text` for (start, end, kind, subtype, value, why) rows (the helper
    process's dates), in their order: `mentions_from` with no priority to read."""
    return mentions_from(text, [row + (0,) for row in rows])


_START = itemgetter(0)  # a candidate's start
_new = object.__new__
