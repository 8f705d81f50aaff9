"""A mention: a span of an article's text that names an actor, an issue or a date.

Its own module, apart from the dataclasses of `model` (which re-exports it): the engine
makes nothing else of the model, and importing `dataclasses` (with `inspect`, ~10 ms)
would be most of the engine's start-up.
"""

from __future__ import annotations

from typing import Any, Literal

MentionKind = Literal["actor", "issue", "date"]


class Mention:
    """A span of an article's text that names an actor, an issue or a date.

    A plain slotted record rather than a frozen dataclass: a long article has tens of
    thousands of mentions and a frozen dataclass sets each field through
    `object.__setattr__`, three times the cost of this `__init__`. Immutable by
    convention (nothing assigns to a Mention's fields; `evolve` makes a changed copy);
    equality, hashing, `repr`, `to_dict`, `from_dict` and `evolve` as the dataclass had.
    """

    __slots__ = ("start", "end", "text", "kind", "subtype", "value", "why")
    __match_args__ = __slots__

    start: int
    end: int
    text: str
    kind: MentionKind
    subtype: str
    value: str
    why: str

    def __init__(self, start: int, end: int, text: str, kind: MentionKind, subtype: str,
                 value: str, why: str = "") -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.subtype = subtype
        self.value = value
        self.why = why

    def _fields(self) -> tuple:
        return (self.start, self.end, self.text, self.kind, self.subtype, self.value, self.why)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return ("Mention(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
                + ")")

    def to_dict(self) -> dict[str, Any]:
        return dict(zip(self.__slots__, self._fields()))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})

    def evolve(self, **changes: Any) -> Mention:
        return Mention(**{**self.to_dict(), **changes})
