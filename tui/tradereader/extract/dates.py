"""The date tagger: TimeML-style TIMEX3 mentions, resolved against the publication date.

`tag_dates(text, published)` returns `Mention(kind="date")` objects with subtype
`date|time|duration|set`, the TIMEX3 value and, as `why`, the grammar rule that
matched. The text is scanned once with a cheap trigger pattern (digits, month and
weekday names, temporal nouns); only the stretches around triggers are matched
against the combined grammar (`dates_grammar`), and each match is normalised by
its rule's handler (`dates_rules`). Nothing is compiled at import time.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Mention
from .dates_grammar import combined, triggers
from .dates_rules import HANDLERS
from .dates_values import Anchor, parse_published

_BEFORE = 60  # characters of left context a date phrase may start before its trigger
_AFTER = 70  # ... and of right context it may extend past it
_FUTURE = re.compile(r"\b(?:will|'ll|shall|going\s+to|scheduled|expected\s+to|due\s+to|plans?\s+to"
                     r"|planning\s+to|is\s+to|are\s+to|set\s+to|next|would\s+be\s+held"
                     r"|to\s+be\s+held|later)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'])|\n\s*\n")


def tag_dates(text: str, published: str | date | None = None) -> list[Mention]:
    """Every date, time, duration and set in `text`, in reading order."""
    day = parse_published(published)
    pattern = combined()
    mentions: list[Mention] = []
    for start, end in _windows(text):
        for match in pattern.finditer(text, start, end):
            mention = _mention(text, match, day)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger words: the only places dates can be."""
    windows: list[tuple[int, int]] = []
    size = len(text)
    for hit in triggers().finditer(text):
        start, end = max(0, hit.start() - _BEFORE), min(size, hit.end() + _AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((_word_start(text, start), end))
    return windows


def _word_start(text: str, start: int) -> int:
    """Move a window start forward past a partial word."""
    if start == 0 or not text[start - 1].isalnum():
        return start
    space = text.find(" ", start, start + 30)
    return space + 1 if space >= 0 else start


def _mention(text: str, match: re.Match[str], day: date | None) -> Mention | None:
    rule = match.lastgroup or ""
    start, end = match.span()
    phrase = match.group()
    anchor = Anchor(day, _is_future(text, start, end))
    result = HANDLERS[rule](phrase, anchor, text[max(0, start - 30):start])
    if result is None or result[1] is None:
        return None
    subtype, value = result
    return Mention(start, end, phrase, "date", subtype, value, rule)


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether the clause around [start, end) speaks of the future (will, next, ...)."""
    left = text[max(0, start - 80):start]
    ends = list(_SENTENCE_END.finditer(left))
    if ends:
        left = left[ends[-1].end():]
    right = text[end:end + 40]
    stop = _SENTENCE_END.search(right)
    right = right[:stop.start()] if stop else right
    return bool(_FUTURE.search(left) or _FUTURE.search(right[:25]))
