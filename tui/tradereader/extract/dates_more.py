"""Handlers for the phrases of present-day news: holidays, named seasons, centuries in
words, parts of the day and clock times of the day in focus, `overnight`, sets (every
Friday, twice a year, daily), the week of March 6, some day. Same contract as `dates_rules`: phrase, Anchor,
the text before reduced to a key -> (subtype, TIMEX3 value) or None.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from .dates_context import rx
from .dates_values import (
    SEASONS, TIMES_OF_DAY, Anchor, duration_value, iso_week, month_of, number_of, reference_day,
    unit_of, weekday_of, year_of,
)

Result = tuple[str, str] | None
_FIXED = {  # holiday -> (month, day)
    "christmas eve": (12, 24), "christmas": (12, 25), "new year's eve": (12, 31),
    "new year": (1, 1), "valentine": (2, 14), "patrick": (3, 17), "independence": (7, 4),
    "fourth of july": (7, 4), "halloween": (10, 31), "veterans": (11, 11), "boxing": (12, 26),
}
_CENTURY_WORDS = {"first": 1, "second": 2, "third": 3, "fifteenth": 15, "sixteenth": 16,
                  "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1: the last) such weekday of a month."""
    if nth < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _easter(year: int) -> date:
    from dateutil.easter import easter

    return easter(year)


_MOVABLE = (  # name fragment -> the day in a given year
    ("good friday", lambda y: _easter(y) - timedelta(days=2)),
    ("palm sunday", lambda y: _easter(y) - timedelta(days=7)),
    ("ash wednesday", lambda y: _easter(y) - timedelta(days=46)),
    ("shrove tuesday", lambda y: _easter(y) - timedelta(days=47)),
    ("mardi gras", lambda y: _easter(y) - timedelta(days=47)),
    ("thursday", lambda y: _easter(y) - timedelta(days=3)),  # Maundy / Holy Thursday
    ("holy saturday", lambda y: _easter(y) - timedelta(days=1)),
    ("pentecost", lambda y: _easter(y) + timedelta(days=49)),
    ("holy week", _easter), ("easter week", _easter),  # the ISO week ending on Easter
    ("easter monday", lambda y: _easter(y) + timedelta(days=1)),
    ("easter", _easter),
    ("black friday", lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=1)),
    ("cyber monday", lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=4)),
    ("thanksgiving", lambda y: _nth_weekday(y, 11, 3, 4)),
    ("labor day", lambda y: _nth_weekday(y, 9, 0, 1)),
    ("labour day", lambda y: _nth_weekday(y, 9, 0, 1)),
    ("memorial day", lambda y: _nth_weekday(y, 5, 0, -1)),
    ("presidents", lambda y: _nth_weekday(y, 2, 0, 3)),
    ("king", lambda y: _nth_weekday(y, 1, 0, 3)),
    ("columbus", lambda y: _nth_weekday(y, 10, 0, 2)),
    ("election day", lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1)),
)


def holiday(phrase: str, anchor: Anchor, before: str) -> Result:
    """A named holiday: the nearest one (`last`/`next`/`this`: the one before, after, or
    of this year), the past preferred unless the verb is future."""
    low = phrase.lower().replace("\n", " ")
    direction = rx(r"(last|next|this)\b").match(low)
    for name, when in _MOVABLE:
        if name in low:
            value = _nearest(when, anchor, direction and direction.group(1))
            return "date", _week_of(value, low) if low.endswith(("week", "weekend")) else value
    for name, (month, day) in _FIXED.items():
        if name in low:
            return "date", _nearest(lambda y: date(y, month, day), anchor,  # noqa: B023
                                    direction and direction.group(1))
    return None


def _week_of(value: str, low: str) -> str:
    """The ISO week (or its weekend) of a day value: `Holy Week`, `Easter weekend`."""
    if not value[:1].isdigit():
        return value
    week = iso_week(date.fromisoformat(value))
    return f"{week}-WE" if low.endswith("weekend") else week


def _nearest(when, anchor: Anchor, direction: str | None) -> str:
    if anchor.day is None:
        return "XXXX-XX-XX"
    today = anchor.day
    if direction == "this":
        return when(today.year).isoformat()
    past = when(today.year) if when(today.year) <= today else when(today.year - 1)
    ahead = when(today.year) if when(today.year) > today else when(today.year + 1)
    if direction == "last":
        return past.isoformat()
    if direction == "next" or anchor.prefers_future((today - past).days, (ahead - today).days):
        return ahead.isoformat()
    return past.isoformat()


def named_season(phrase: str, anchor: Anchor, before: str) -> Result:
    """`this harvest season`, `the holiday season`, `last year's planting season`: the
    year it falls in (the holiday or Christmas season: that of the nearest December)."""
    low = phrase.lower()
    if anchor.day is None:
        return "date", "PAST_REF" if "last" in low else "FUTURE_REF" if "next" in low \
            else "THIS_YEAR"
    offset = -1 if rx(r"last\b").match(low) else 1 if rx(r"next\b").match(low) else 0
    if offset == 0 and ("holiday" in low or "christmas" in low) and not low.startswith("this"):
        return "date", str(anchor.month_year(12))
    return "date", str(anchor.day.year + offset)


def century(phrase: str, anchor: Anchor, before: str) -> Result:
    """`the 20th century` -> `19`, `the twenty-first century` -> `20`."""
    low = phrase.lower()
    number = rx(r"(\d{1,2})(?:st|nd|rd|th)").search(low)
    if number:
        return "date", f"{int(number.group(1)) - 1:02d}"
    word = rx(r"(twenty-)?(first|second|third|\w+teenth|twentieth)").search(low)
    if word is None or word.group(2) not in _CENTURY_WORDS:
        return None
    value = _CENTURY_WORDS[word.group(2)] + (20 if word.group(1) else 0)
    return "date", f"{value - 1:02d}"


def day_part(phrase: str, anchor: Anchor, before: str) -> Result:
    """`late afternoon`, `late in the afternoon`, `afternoon trading`: a part of the day
    last given (`before`), else of the publication day."""
    start = reference_day(before, "day")
    if rx(r"\d|\bnoon\b|midnight").search(phrase):  # `at 10 p.m.`: the day in focus at that hour
        from .dates_rules import time_clock

        return time_clock(phrase, anchor, start.isoformat() if start else "")
    part = rx(r"(morning|afternoon|evening)").search(phrase.lower())
    if part is None:
        return None
    day = start.isoformat() if start else anchor.day.isoformat() if anchor.day else "XXXX-XX-XX"
    return "time", f"{day}T{TIMES_OF_DAY[part.group(1)]}"


def overnight(phrase: str, anchor: Anchor, before: str) -> Result:
    """`overnight`: the night before the day the story was just telling of (`before`: a
    day of the past week, `shares closed lower Friday ... hit by overnight losses in New
    York`), else before the publication day (the coming night if the verb is future)."""
    if anchor.day is None:
        return "time", "XXXX-XX-XXTNI"
    focus = reference_day(before, "day")
    if focus is None or anchor.future or not 0 < (anchor.day - focus).days <= 7:
        focus = anchor.day
    night = focus if anchor.future else focus - timedelta(days=1)
    return "time", f"{night.isoformat()}TNI"


def month_that_year(phrase: str, anchor: Anchor, before: str) -> Result:
    """`May of that year`, `March of the following year`: a month of the year the text
    last gave (`before`), one on or back; else of the nearest year as a bare month."""
    month = month_of(phrase)
    if month is None:
        return None
    told = reference_day(before, "year")
    if told is None:
        year = anchor.month_year(month)
        return "date", f"{year if year else 'XXXX'}-{month:02d}"
    low = phrase.lower()
    shift = 1 if ("following" in low or "next" in low) else -1 if (
        "previous" in low or "prior" in low) else 0
    return "date", f"{told.year + shift}-{month:02d}"


def weekday_week(phrase: str, anchor: Anchor, before: str) -> Result:
    """`Tuesday of last week`, `Friday of next week`: that day of the week named."""
    low = phrase.lower()
    weekday = weekday_of(phrase)
    if weekday is None:
        return None
    offset = -1 if " last week" in low else 1 if " next week" in low else 0
    if anchor.day is None:
        return "date", f"XXXX-WXX-{weekday + 1}"
    monday = anchor.day - timedelta(days=anchor.day.weekday() - 7 * offset)
    day = (monday + timedelta(days=weekday)).isoformat()
    part = rx(r"(morning|afternoon|evening|night)").search(low)
    return ("time", f"{day}T{TIMES_OF_DAY[part.group(1)]}") if part else ("date", day)


def long_adj(phrase: str, anchor: Anchor, before: str) -> Result:
    """`a week-long strike` (P1W), `a two-year-long truce` (P2Y), `decades-long` (PXY)."""
    head = phrase.lower()[:-len("-long")]
    unit = unit_of(head)
    if unit is None:
        return None
    if head.endswith("s") and head.count("-") == 0:
        return "duration", duration_value(None, unit)
    amount = number_of(head.rsplit("-", 1)[0]) if "-" in head else 1
    return "duration", duration_value(amount or 1, unit)


def ordinal_day(phrase: str, anchor: Anchor, before: str) -> Result:
    """`the second day` (of a visit, an offensive): the day last given, else the
    publication day."""
    start = reference_day(before, "day")
    day = start.isoformat() if start else anchor.day.isoformat() if anchor.day else "XXXX-XX-XX"
    return "date", day


def day_of_period(phrase: str, anchor: Anchor, before: str) -> Result:
    """`the first day of next month`, `the last day of the year`, `the 15th day of March`:
    that day of the month or year named after `of`. None where the period has no
    calendar value (no publication date): its own rule then tags the period alone."""
    head, _of, period = " ".join(phrase.split()).partition(" of ")
    value = _period_of(period, anchor, before)
    if value is None or not value[:4].isdigit():
        return None
    year, month = int(value[:4]), int(value[5:7]) if len(value) == 7 else None
    ordinal = head.split()[1].lower()
    if ordinal in ("last", "final"):
        month = month or 12
        return "date", f"{year}-{month:02d}-{monthrange(year, month)[1]:02d}"
    number = 1 if ordinal == "first" else int(ordinal[:-2])
    if month is None:
        return ("date", f"{year}-01-01") if number == 1 else None
    return ("date", f"{year}-{month:02d}-{number:02d}") if number <= monthrange(year, month)[1] \
        else None


def _period_of(period: str, anchor: Anchor, before: str) -> str | None:
    """The value of the month or year in `the first day of [next month]`."""
    from .dates_rules import HANDLERS as RULES

    low = period.lower()
    if low.endswith(("month", "year")):
        result = RULES["relative_unit"](low.replace("the ", "this "), anchor, before)
        return result[1] if result else None
    if month_of(period) is None:
        return period  # a year
    result = RULES["month_year" if year_of(period) else "month"](period, anchor, before)
    return result[1] if result else None


def past_span(phrase: str, anchor: Anchor, before: str) -> Result:
    """`the past decade`, `the next decade`, `over the last decade`, `over the past year`,
    `the past year and a half`: the span up to now or from now, a duration (`the last
    decade` alone is the decade before this one, `much of the past week` that week)."""
    low = phrase.lower()
    if low.endswith(" and a half"):  # `the past year and a half`: as `a year and a half`
        from .dates_rules import duration

        return duration("a " + low.split(None, 2)[2], anchor, before)
    unit = next((u for u in ("century", "decade", "year", "month", "week") if u in low), "decade")
    value = _SPAN_VALUES[unit]
    return "duration", f"PX{value[-1]}" if low.endswith(" or two") else value  # `a year or two`


_SPAN_VALUES = {"century": "P100Y", "decade": "P10Y", "year": "P1Y", "month": "P1M", "week": "P1W"}


def week_of(phrase: str, anchor: Anchor, before: str) -> Result:
    """`the week of March 6`: the (ISO) week holding that day; `the day before yesterday`."""
    if " of " not in phrase:
        return day_beyond(phrase, anchor, before)
    from .dates_rules import date_mdy

    result = date_mdy(phrase.split(" of ", 1)[-1], anchor, before)
    if result is None or not result[1][:1].isdigit() or len(result[1]) != 10:
        return result
    return "date", iso_week(date.fromisoformat(result[1]))


def day_beyond(phrase: str, anchor: Anchor, before: str) -> Result:
    """`the day before yesterday` (two days back), `the day after tomorrow` (two ahead)."""
    offset = -2 if "yesterday" in phrase.lower() else 2
    from .dates_rules import _relative

    return "date", _relative(anchor, "day", offset)


def set_every(phrase: str, anchor: Anchor, before: str) -> Result:
    weekday, month = weekday_of(phrase), month_of(phrase)
    season = rx(r"(spring|summer|fall|autumn|winter)").search(phrase.lower())
    if weekday is not None:
        return "set", f"XXXX-WXX-{weekday + 1}"
    if month:
        return "set", f"XXXX-{month:02d}"
    if season:
        return "set", f"XXXX-{SEASONS[season.group(1)][0]}"
    unit = unit_of(phrase)
    if unit is None:
        return "set", "P1Y" if "season" in phrase.lower() else None
    if rx(r"(?i)(?:every|each)\s+other\s+\w+").fullmatch(phrase):  # every other week: P2W
        return "set", duration_value(2, "week" if unit == "weekend" else unit)
    if unit == "weekend" and rx(r"(?i)(?:every|each)\s+weekend").fullmatch(phrase):
        return "set", "XXXX-WXX-WE"  # the weekends, as `every Friday` is the Fridays
    vague = rx(r"(?i)\b(?:few|several|many)\b").search(phrase)  # `every few years`
    amount = None if vague else number_of(
        rx(r"(?i)\b(?:every|each|per|other)\b").sub("", phrase).split(unit)[0]) \
        if rx(r"(?i)\d|\b(?:two|three|four|five|six)\b").search(phrase) else 1
    return "set", duration_value(amount, unit)


def set_times(phrase: str, anchor: Anchor, before: str) -> Result:
    unit = unit_of(phrase.split()[-1])
    return ("set", duration_value(1, unit)) if unit else None


def set_adverb(phrase: str, anchor: Anchor, before: str) -> Result:
    values = {"dai": "P1D", "wee": "P1W", "mon": "P1M", "qua": "P1Q", "ann": "P1Y",
              "yea": "P1Y", "hou": "PT1H", "nig": "P1D", "sem": "P6M", "biw": "P2W", "bi-": "P2W"}
    return "set", values.get(phrase.lower()[:3], "P1Y")


def some_day(phrase: str, anchor: Anchor, before: str) -> Result:
    """`will one day be`: an unspecified time ahead, not a day-long stretch."""
    return "date", "FUTURE_REF"


def month_range(phrase: str, anchor: Anchor, before: str) -> Result:
    """`the January-May period`: a run of months TIMEX3 has no value for; its year (that
    of its last month, as `May` alone would be read, or the one written after it)."""
    from .dates_rules import _relative, direction_of, month  # (dates_rules takes these in)

    words = phrase.split()
    if words[-1][:1].isdigit():
        return "date", words[-1]
    if words[-1].lower() == "year":  # `... period last year`: as `last year` alone
        return "date", _relative(anchor, "year", direction_of(words[-2]))
    last = month(rx(r"(?i)(?:[-\u2013]|\s)([a-z]+)\s+period").search(phrase).group(1), anchor,
                 before)
    return ("date", last[1][:4]) if last is not None else None


HANDLERS = {"day_of_period": day_of_period, "month_range": month_range, "week_of": week_of, "set_every": set_every, "set_times": set_times,
            "set_adverb": set_adverb, "some_day": some_day, "past_span": past_span, "ordinal_day": ordinal_day, "long_adj": long_adj, "holiday": holiday,
            "named_season": named_season, "century": century, "day_part": day_part,
            "overnight": overnight, "month_that_year": month_that_year,
            "weekday_week": weekday_week}
