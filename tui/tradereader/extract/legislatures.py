"""Another country's Congress or Senate: the lexicon takes bare `Congress` and `Senate`
as the US's; `Mexico's Congress`, and the bare words after it in a story whose first
legislature it is, are that country's (`the French Senate`, a country's word before the
word, is the scanner's: `lexmatch._merged`)."""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from .governments import STORY_SIZE, possessor
from .lexicon import Lexicon
from .lexmatch import Found

__all__ = ["foreign_legislatures"]


def foreign_legislatures(text: str, found: list[Found], lexicon: Lexicon) -> None:
    """`Mexico's Congress`, `Brazil's Senate`: another country's legislature (in place
    in `found`, its mentions by start); in a story whose first legislature is another
    country's, the bare words after it are that country's too (`Mexico's Congress
    approved ... The Senate passed`), unless they say `U.S.`. Read from the possessives
    before the words, found by `str.find`: `found` is long and they are few."""
    first = None  # (index, country) of the first foreign one
    for mark in _POSSESSED_LEGISLATURES:
        at = text.find(mark)
        while at >= 0:
            k = bisect_left(found, at + 3, key=_START)  # the legislature word after `'s `
            if 0 < k < len(found) and found[k].start == at + 3 and \
                    found[k].value in _US_LEGISLATURES:
                owner = possessor(text, at + 3, found[k - 1])
                if owner is not None and owner != "USA":
                    _make_foreign(found, k, owner, lexicon)
                    if first is None or k < first[0]:
                        first = (k, owner)
            at = text.find(mark, at + 3)
    if first is None or len(text) >= STORY_SIZE or _named_before(text, found[first[0]].start):
        return
    k, owner = first
    for at in range(k + 1, len(found)):  # a story's few mentions after it
        f = found[at]
        if f.value in _US_LEGISLATURES and text[f.start:f.end] == _US_LEGISLATURES[f.value]:
            _make_foreign(found, at, owner, lexicon)


def _make_foreign(found: list[Found], at: int, owner: str, lexicon: Lexicon) -> None:
    f = found[at]
    word = _US_LEGISLATURES[f.value]
    found[at] = f._replace(value=lexicon.body_name(owner, word),
                           why=f"{f.why} (of {lexicon.short_names.get(owner, owner)})")


def _named_before(text: str, at: int) -> bool:
    """Whether the story names a legislature (Congress, the Senate) before `at`."""
    return 0 <= text.find("Congress", 0, at) or 0 <= text.find("Senate", 0, at)


_START = itemgetter(0)  # a Found's start
# The bare legislature words the lexicon takes as the US Congress's, and their word
_US_LEGISLATURES = {"US Congress": "Congress", "US Senate": "Senate"}
_POSSESSED_LEGISLATURES = ("'s Congress", "’s Congress", "'s Senate", "’s Senate")
