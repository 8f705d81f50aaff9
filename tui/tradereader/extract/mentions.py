"""Mentions made fast: a long article has tens of thousands of them.

`Mention` is a plain slotted record whose `__init__` only stores its fields, so
building one through the constructor is already the fast way; `new_mention` and
`mentions_from` remain the engine's two ways of making them.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Mention

__all__ = ["mentions_from", "new_mention"]

new_mention = Mention  # `new_mention(start, end, text, kind, subtype, value, why="")`


def mentions_from(text: str, found: Iterable[tuple],
                  dates: list[Mention] | tuple = ()) -> list[Mention]:
    """Mentions of `text` for (start, end, kind, subtype, value, why, priority) tuples
    (the actor and issue candidates), in order of (start, end, kind...), with `dates`
    (date mentions, in reading order) merged in: a date after a mention of the same span.

    The merge is a sort of tuples: each date stands in as (start, end, _DATE, index),
    which sorts after an actor or issue of the same span, and the sort finds the two
    runs already in order, so it is a linear merge in C. The slots are filled here
    rather than through `__init__` (a call fewer for each of tens of thousands);
    `tests/test_extract_engine.py` checks the result equals the constructor's."""
    if dates:
        keys = [(date.start, date.end, _DATE, i, "", "", 0) for i, date in enumerate(dates)]
        found = sorted([*found, *keys])
    mentions: list[Mention] = []
    append = mentions.append
    for s, e, kind, subtype, value, why, _priority in found:
        if kind is _DATE:
            append(dates[subtype])  # the date key's index
            continue
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


_DATE = "\uffff"  # a date's kind in its sort key: after every real kind ("actor", "issue")
_new = object.__new__
