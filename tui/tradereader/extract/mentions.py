"""Mentions made fast: a long article has tens of thousands of them.

`Mention` is a plain slotted record whose `__init__` only stores its fields;
`new_mention` (the constructor) and `mentions_from` remain the engine's two ways of
making them, and the date tagger's hot path fills the slots itself as `mentions_from`
does (a call fewer).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..mention import Mention

__all__ = ["mentions_from", "mentions_of_rows", "new_mention"]

new_mention = Mention  # `new_mention(start, end, text, kind, subtype, value, why="")`


def mentions_from(text: str, found: Iterable[tuple],
                  dates: list[Mention] | tuple = ()) -> list[Mention]:
    """Mentions of `text` for (start, end, kind, subtype, value, why, priority) tuples
    (the actor and issue candidates), in order of (start, end, kind...), with `dates`
    (date mentions, in reading order) merged in: a date after a mention of the same span.

    The candidates are sorted first when there are dates (in C: a single run when they
    come in order, as the engine's do); the dates go in as the loop that makes the
    mentions passes them, each before the first candidate whose span comes after its
    own. The slots are filled here rather than through `__init__` (a call fewer for
    each of tens of thousands); `tests/test_extract_engine.py` checks the result equals
    the constructor's."""
    if dates:
        found = sorted(found)
    mentions: list[Mention] = []
    append = mentions.append
    later = iter(dates)
    date = next(later, None)
    at, to = (date.start, date.end) if date is not None else _NONE_LEFT
    for s, e, kind, subtype, value, why, _priority in found:
        while at < s or at == s and to < e:  # dates whose span comes first
            append(date)
            date = next(later, None)
            at, to = (date.start, date.end) if date is not None else _NONE_LEFT
        mention = _new(Mention)
        mention.start = s
        mention.end = e
        mention.text = text[s:e]
        mention.kind = kind
        mention.subtype = subtype
        mention.value = value
        mention.why = why
        append(mention)
    if date is not None:
        append(date)
        mentions += later
    return mentions


def mentions_of_rows(text: str, rows: Iterable[tuple]) -> list[Mention]:
    """Mentions of `text` for (start, end, kind, subtype, value, why) rows (the helper
    process's dates), in their order: `mentions_from` with no priority to read."""
    return mentions_from(text, [row + (0,) for row in rows])


_NONE_LEFT = (float("inf"), 0)  # (start, end) past every mention: no date left
_new = object.__new__
