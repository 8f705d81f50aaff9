"""A story's dateline: a line near its top opening with a city in capitals, maybe a day,
then `/`, `,`, a dash or `(` (`NEW DELHI -`, `TOKYO/SEOUL, July 8 -`, `GENEVA, Oct. 30
(AP) —`, `MARRAKESH, Morocco, April 15 (Reuters) -`, `DATELINE: TAIPEI, April 21 -`).
Whose government `the government` is (`governments`) and the day the story was written
(`dates_dateline`) both read it."""

from __future__ import annotations

import re

from .lazy_regex import lazy

__all__ = ["dateline"]

_REACH = 600  # characters: a headline, a byline, then the dateline
_CITY = r"[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2}"
_DATELINE = lazy(
    rf"(?m)^[ \t]*(?:DATELINE:[ \t]*)?(?P<city>{_CITY})(?:/{_CITY})*"
    r"(?:,[ \t]+(?:[A-Z][\w. ]{1,30},[ \t]+)?"  # a country or state after the city
    r"(?P<month>[A-Z][a-z]{2,8})\.?[ \t]+(?P<day>\d{1,2})(?:,[ \t]+(?P<year>\d{4}))?)?"
    r"(?=[ \t]*(?:/|,|[-–—]|\())")


def dateline(text: str) -> re.Match[str] | None:
    """The first dateline near the top of `text` (groups `city`, and `month`, `day`,
    `year` where it gives a day), or None."""
    return _DATELINE.search(text, 0, _REACH)
