"""Mentions made fast: a long article has tens of thousands of them.

`Mention` is a frozen dataclass with slots; its generated `__init__` sets each
field through `object.__setattr__`, about twice the cost of setting the slots
directly, which is what `new_mention` and `mentions_from` do (falling back to the
constructor if Mention ever stops being a plain slotted record).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from types import MemberDescriptorType

from ..model import Mention

__all__ = ["mentions_from", "new_mention"]

_FIELDS = ("start", "end", "text", "kind", "subtype", "value", "why")


def _slot_setters() -> tuple | None:
    """The `__set__` of each Mention field's slot, in field order (None if Mention
    has no slots or does more than store its fields)."""
    slots = [vars(Mention).get(name) for name in _FIELDS]
    if tuple(field.name for field in fields(Mention)) != _FIELDS \
            or hasattr(Mention, "__post_init__") \
            or not all(isinstance(slot, MemberDescriptorType) for slot in slots):
        return None
    return tuple(slot.__set__ for slot in slots)  # type: ignore[union-attr]


_SETTERS = _slot_setters()
_set_start, _set_end, _set_text, _set_kind, _set_subtype, _set_value, _set_why = \
    _SETTERS or (None,) * len(_FIELDS)
_new = object.__new__


def new_mention(start: int, end: int, text: str, kind: str, subtype: str, value: str,
                why: str = "") -> Mention:
    """`Mention(start, end, text, kind, subtype, value, why)`, built faster."""
    if _SETTERS is None:
        return Mention(start, end, text, kind, subtype, value, why)  # type: ignore[arg-type]
    mention = _new(Mention)
    _set_start(mention, start)
    _set_end(mention, end)
    _set_text(mention, text)
    _set_kind(mention, kind)
    _set_subtype(mention, subtype)
    _set_value(mention, value)
    _set_why(mention, why)
    return mention


def mentions_from(text: str, found: Iterable[tuple]) -> list[Mention]:
    """Mentions of `text` for (start, end, kind, subtype, value, why, priority) tuples
    (the actor and issue candidates), in their order."""
    if _SETTERS is None:
        return [Mention(s, e, text[s:e], kind, subtype, value, why)
                for s, e, kind, subtype, value, why, _priority in found]
    set_start, set_end, set_text, set_kind, set_subtype, set_value, set_why = _SETTERS
    mentions = []
    for s, e, kind, subtype, value, why, _priority in found:
        mention = _new(Mention)
        set_start(mention, s)
        set_end(mention, e)
        set_text(mention, text[s:e])
        set_kind(mention, kind)
        set_subtype(mention, subtype)
        set_value(mention, value)
        set_why(mention, why)
        mentions.append(mention)
    return mentions
