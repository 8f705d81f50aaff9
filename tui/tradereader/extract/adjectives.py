"""`protectionist`, an adjective that names an issue only with the noun it qualifies.

Annotators mark `protectionist sentiment`, `a protectionist move`, `protectionist
measures`: the noun phrase. A predicate (`the bill is protectionist.`, `as protectionist
as it was`) names no issue. The lexicon knows the common phrases; this settles the bare
adjective it matched alone.
"""

from __future__ import annotations

import re

from .lexmatch import Found

_SPACE = r"[ \t]*\n?[ \t]*"
_NEXT_WORD = re.compile(rf"{_SPACE}([a-z]+)\b(?:{_SPACE}[\w-]+)?")  # and the word after it
# words after which `protectionist` was a predicate, not before its noun
_NOT_NOUNS = frozenset(
    "and or as than in to but because at for on with if enough about toward towards against "
    "by of is are was were be been nor so yet then we they he she it i you who which that "
    "this these those there the a an its their his her our".split()
)


def settle_protectionist(text: str, f: Found, next_start: int | None) -> Found | None:
    """The bare `protectionist` at `f` grown over the noun after it (`protectionist move`),
    left alone before a name or a mention of its own (`next_start`: where the next
    mention starts), or None when it is a predicate."""
    match = _NEXT_WORD.match(text, f.end)
    if match is None:
        after = text[f.end:f.end + 2].lstrip(" \t")
        return f if after[:1].isupper() else None  # `protectionist Smoot-Hawley`; `is protectionist.`
    if match.group(1) in _NOT_NOUNS:
        return None
    if next_start is not None and next_start < match.end():
        return f  # `protectionist barriers`, `protectionist textile quota`: an issue follows
    return f._replace(end=match.end(1))
