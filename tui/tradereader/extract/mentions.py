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


def mentions_from(text: str, found: Iterable[tuple]) -> list[Mention]:
    """Mentions of `text` for (start, end, kind, subtype, value, why, priority) tuples
    (the actor and issue candidates), in their order."""
    return [Mention(s, e, text[s:e], kind, subtype, value, why)
            for s, e, kind, subtype, value, why, _priority in found]
