"""Market access named the long way: `access to the Japanese market`, `access to their
markets`, the whole phrase one issue (the guidelines' `market access`), the countries
inside it still countries.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lazy_regex import lazy
from .lexmatch import Found
from .normalize import OffsetMap

# from `access to`, a few words naming whose market, then `market(s)`
_ACCESS_TO_MARKETS = lazy(
    r"[Aa]ccess[ \t\n]+to[ \t\n]+(?:[\w.'’-]+[ \t\n]+){0,3}?[Mm]arkets?\b")
# `duty-free access to the European market`: the lexicon's `duty-free access` is the
# issue (annotators: 3 of 3), the market a place
_FREE_BEFORE = lazy(r"(?:duty|tariff|quota)[- ]free[ \t\n]+$", re.I)
_INSIDE_KEPT = frozenset({"country", "metonym"})  # named in the phrase: still mentions
_FOLDED_CUE = " access to "


def market_access(text: str, folded: str, omap: OffsetMap, found: list[Found],
                  starts: list[int]) -> tuple[list[Found], list[Found], set[int]]:
    """The issues `access to ... market(s)` in `text`, the countries named inside them
    (to keep whatever overlaps them), and the indexes in `found` (sorted by start:
    `starts`) of every candidate inside them (to drop: a word inside a name of another
    kind is not annotated)."""
    issues: list[Found] = []
    at = folded.find(_FOLDED_CUE[1:])  # the folded copy is lower case: a fast search
    while at >= 0:
        if at == 0 or folded[at - 1] == " ":
            match = _ACCESS_TO_MARKETS.match(text, omap.start(at))
            if match is not None and not _FREE_BEFORE.search(text, max(0, match.start() - 24),
                                                             match.start()):
                issues.append(Found(match.start(), match.end(), "issue", "topic",
                                    "market access", "rule access to markets", 1))
        at = folded.find(_FOLDED_CUE[1:], at + 1)
    if not issues:
        return [], [], set()
    inside = {i for issue in issues
              for i in range(bisect_left(starts, issue.start), bisect_left(starts, issue.end))
              if found[i].end <= issue.end}
    kept = [found[i]._replace(priority=0) for i in sorted(inside)
            if found[i].subtype in _INSIDE_KEPT]
    return issues, kept, inside
