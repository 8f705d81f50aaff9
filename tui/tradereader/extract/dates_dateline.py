"""The day a story was written, where its dateline says it and the publication date is a
day or two later: `GENEVA, Oct. 30 (AP) — Delegates of 23 nations today signed ...`,
printed on Oct. 31. Its `today`, `this afternoon`, `yesterday` and weekdays are told from
the dateline's day, as annotators read them (7 of 7 such words in blind rounds 46-125)."""

from __future__ import annotations

from datetime import date, timedelta

from .dates_values import month_of
from .datelines import dateline

__all__ = ["writing_day"]

_LATEST_PRINT = 2  # days a story may be printed after its dateline's
_ONE_STORY = 100_000  # characters: a longer text is many stories, one dateline for none


def writing_day(text: str, published: date | None) -> date | None:
    """The dateline's day when it is one or two days before `published`, else `published`."""
    if published is None or len(text) >= _ONE_STORY:
        return published
    match = dateline(text)
    if match is None or match.group("month") is None:
        return published
    month = month_of(match.group("month"))
    if month is None:
        return published
    years = (int(match["year"]),) if match["year"] else (published.year, published.year - 1)
    for year in years:  # (a Dec. 31 dateline printed Jan. 1: the year before)
        try:
            day = date(year, month, int(match["day"]))
        except ValueError:
            return published
        if timedelta(days=1) <= published - day <= timedelta(days=_LATEST_PRINT):
            return day
    return published
