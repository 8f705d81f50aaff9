"""Dates as a reader says them: a TIMEX3 value in words (`2025-W31` → `week 31 of 2025`,
`PXM` → `months`, `PAST_REF` → `the past`), and the date rule that found a mention in
words (`relative_unit` → `this, last or next week, month, year…`). The values stay
TIMEX3 everywhere else (the JSON, the store); these are for the sidebar and the table."""

from __future__ import annotations

import re

_MONTHS = ("January February March April May June July August September October "
           "November December").split()
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "DE": "decade",
          "CE": "century", "H": "hour", "TM": "minute", "S": "second"}
_WORDS = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future",
          "THIS_DAY": "the day of writing", "THIS_WEEK": "the week of writing",
          "THIS_MONTH": "the month of writing", "THIS_YEAR": "the year of writing"}
_DURATION = re.compile(r"P(T?)(X|\d+(?:\.\d+)?)(DE|CE|[YMWDQHS])(?:(\d+)([MD]))?")
_DATE = re.compile(r"(\d{4}|XXXX)(?:-(\d\d|XX)(?:-(\d\d|XX))?)?(?:T(\d\d:\d\d|MO|AF|EV|NI|DT)"
                   r"(?:(MO|AF|EV|NI))?)?")


def describe_date(value: str, subtype: str = "date") -> str:
    """`value` (a TIMEX3 value) in words; the value itself when it has no other form."""
    if value in _WORDS:
        return _WORDS[value]
    duration = _DURATION.fullmatch(value)
    if duration:
        words = _amount(duration)
        return f"every {words.removeprefix('1 ')}" if subtype == "set" else words
    return _calendar_words(value) or value


def shown_value(value: str, kind: str, subtype: str = "date") -> str:
    """A mention's value as a reader sees it: a date's with its words when they say more
    (`2025-W31 (week 31 of 2025)`); any other value as it is."""
    words = describe_date(value, subtype) if kind == "date" else value
    return value if words == value else f"{value} ({words})"


def _amount(match: re.Match) -> str:
    """`P3Y` → `3 years`, `PXM` → `months`, `PT5H` → `5 hours`, `P2Y6M` → `2 years 6 months`."""
    time, amount, unit, more, more_unit = match.groups()
    name = _UNITS["TM" if time and unit == "M" else unit]
    words = f"{name}s" if amount == "X" else _count(amount, name)
    if more:
        words += " " + _count(more, _UNITS["TM" if time and more_unit == "M" else more_unit])
    return words


def _count(amount: str, name: str) -> str:
    number = float(amount)
    shown = str(int(number)) if number == int(number) else amount
    return f"{shown} {name}" + ("" if number == 1 else "s")


def _calendar_words(value: str) -> str:
    """A calendar value in words, or "" when it is none the reader knows."""
    if value.startswith("FY") and value[2:].isdigit():
        return f"fiscal year {value[2:]}"
    year, _sep, rest = value.partition("-")
    if rest[:1] in "QHW" and rest[1:2].isdigit() or rest in _SEASONS or rest.startswith("W"):
        return _part_of_year(year, rest)
    if year.isdigit() and len(year) in (2, 3) and not rest:
        return f"the {year}00s" if len(year) == 2 else f"the {year}0s"
    match = _DATE.fullmatch(value)
    return _day_words(*match.groups()) if match else ""


_SOME_WEEKDAY = re.compile(r"WXX-([1-7])(?:T(\w+))?")


def _part_of_year(year: str, rest: str) -> str:
    """`Q3` `H1` `W31` `W31-WE` `SU` `WXX-4` of `year` (`XXXX`: a year not known)."""
    of_year = "" if year == "XXXX" else f" {year}"
    if rest in _SEASONS:
        return _SEASONS[rest] + (of_year or ", year not known")
    weekday = _SOME_WEEKDAY.fullmatch(rest)
    if weekday:  # `WXX-2`, `WXX-2TMO`: a Tuesday (in the morning)
        part = weekday.group(2)
        return f"a {_WEEKDAYS[int(weekday.group(1)) - 1]}" + (
            f", {_PARTS.get(part, part)}" if part else "")
    if rest[0] == "Q":
        return f"Q{rest[1]}" + (of_year or ", year not known")
    if rest[0] == "H":
        return ("first" if rest[1] == "1" else "second") + " half" + (f" of{of_year}" if of_year else "")
    week, _sep, weekend = rest[1:].partition("-")
    words = f"week {int(week)}" if week.isdigit() else "a week"
    words += f" of{of_year}" if of_year else ""
    return f"the weekend of {words}" if weekend == "WE" else words


def _day_words(year: str, month: str | None, day: str | None, clock: str | None,
               part: str | None) -> str:
    """`1 June 2018`, `June 2018`, `15 December, year not known`, `1 June 2018, 06:00`."""
    if month in (None, "XX"):
        if year == "XXXX" and day == "XX":
            return "a day, date not known"
        return "" if year == "XXXX" or day or clock else year
    words = _MONTHS[int(month) - 1]
    if day not in (None, "XX"):
        words = f"{int(day)} {words}"
    words += ", year not known" if year == "XXXX" else f" {year}"
    if clock:
        words += f", {_PARTS.get(clock, clock)}"
    if part:
        words += f" {_PARTS[part]}"
    return words


# The date rules' names (a mention's `why`) in words
DATE_RULES = {
    "date_mdy": "a month and day", "date_dmy": "a day and month", "date_numeric": "a date in figures",
    "month_year": "a month and year", "month_rel": "a month with this, last or next year",
    "month_that_year": "a month of the year told of", "quarter": "a quarter",
    "quarter_code": "a quarter or half written Q3, H1, 3Q", "day_part": "a part of a day",
    "month_range": "a period of months (the January-May period)",
    "day_of_period": "a day of a period", "ordinal_day": "a numbered day",
    "anaphoric": "that day, the day before or after", "period": "a reporting period",
    "year_ago_adj": "the year-ago period", "decade": "a decade", "century": "a century",
    "unit_edge": "the start, middle or end of a period", "year_end": "the year's end",
    "named_season": "a named season", "past_span": "the past or next decade or century",
    "relative_unit": "this, last or next week, month, year…", "year_ended": "the year ended …",
    "week_of": "the week of a date", "the_unit": "the week, month or year told of",
    "some_day": "some day", "ago": "an amount of time ago",
    "years_later": "years after the date just given", "recent_units": "recent or coming weeks, months…",
    "set_every": "every …", "set_times": "… times a …", "set_adverb": "daily, weekly, monthly…",
    "duration_noun": "a period of some length", "duration": "an amount of time",
    "units_around": "the days, weeks… around an event", "bare_units": "days, weeks, months…",
    "long_adj": "…-long", "time_clock": "a time of day", "day_relative": "today, yesterday, tomorrow",
    "month": "a month", "weekday_week": "a weekday of a week", "weekday": "a day of the week",
    "season": "a season", "holiday": "a holiday", "fiscal_year": "a fiscal year", "year": "a year",
    "overnight": "overnight", "future": "the future", "past": "the past", "present": "now",
    "recent": "recently",
}


def readable_why(why: str, kind: str) -> str:
    """A date mention's rule in words (`date rule: a month and day`); other whys as they are."""
    if kind == "date" and why in DATE_RULES:
        return f"date rule: {DATE_RULES[why]} ({why})"
    return why
