"""A day as people write it (`Nov 2, 2019`, `Saturday, 2 November 2019`, `Sept. 2nd
2019`), for the publication date the reader's `p` and the command line's `--published`
take besides YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import date, datetime

# a day written out: an optional weekday, the month by name (either side of the day), a year
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.I)
_WRITTEN_FORMATS = ("%b %d %Y", "%B %d %Y", "%d %b %Y", "%d %B %Y")


def written_day(text: str) -> date | None:
    """`Nov 2, 2019`, `Saturday, 2 November 2019`, `Sept. 2nd 2019` as a date; else None
    (numbers only, such as 02/11/2019, are left out: day and month could be either)."""
    words = _ORDINAL.sub("", _WEEKDAY.sub("", text.strip()))
    words = " ".join(words.replace(",", " ").replace(".", " ").split())
    words = re.sub(r"(?i)\bsept\b", "Sep", words)
    for form in _WRITTEN_FORMATS:
        try:
            return datetime.strptime(words, form).date()
        except ValueError:
            continue
    return None
