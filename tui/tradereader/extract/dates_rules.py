"""One handler per grammar rule: the matched phrase -> (subtype, TIMEX3 value).

A handler gets the phrase, the `Anchor` (publication date and tense) and the
few characters before the phrase; it returns `(subtype, value)`, or None to
drop the match. Without a publication date, expressions anchored to the
present get `THIS_DAY` / `THIS_WEEK` / `THIS_MONTH` / `THIS_YEAR` and vague
ones `PAST_REF` / `PRESENT_REF` / `FUTURE_REF`; absolute dates keep theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from .dates_context import rx
from .dates_quarters import period, quarter, quarter_code, year_ago_adj
from .dates_values import (
    SEASONS, TIMES_OF_DAY, WEAK_PAST, Anchor, day_of, duration_value, month_of, number_of,
    reference_day, unit_of, weekday_of, year_of,
)

Result = tuple[str, str] | None
_THIS = {"day": "THIS_DAY", "week": "THIS_WEEK", "weekend": "THIS_WEEK", "month": "THIS_MONTH",
         "year": "THIS_YEAR"}


def direction_of(phrase: str) -> int:
    """-1 for last/past/previous/ago, +1 for next/coming/following, else 0."""
    low = phrase.lower()
    if rx(r"\b(?:last|past|previous|ago|earlier|prior)\b").search(low):
        return -1
    if rx(r"\b(?:next|coming|following|from\s+now)\b").search(low):
        return 1
    return 0


def _relative(anchor: Anchor, unit: str, offset: int) -> str:
    if anchor.day is None:
        if offset == 0:
            return _THIS.get(unit, "PRESENT_REF")
        return "PAST_REF" if offset < 0 else "FUTURE_REF"
    return anchor.at_granularity(anchor.shift(offset, unit), unit)


def date_mdy(phrase: str, anchor: Anchor, before: str) -> Result:
    month, day, year = month_of(phrase), day_of(phrase), year_of(phrase)
    if month is None or day is None:
        return None
    if year:
        return "date", f"{year}-{month:02d}-{day:02d}"
    if phrase.endswith((" year", "\nyear")):  # `Jan. 1 of this year`, `March 5 last year`
        if anchor.day is None:
            return "date", f"XXXX-{month:02d}-{day:02d}"
        return "date", f"{anchor.day.year + direction_of(phrase)}-{month:02d}-{day:02d}"
    year = anchor.in_frame(month, before)
    if year is not None:
        return "date", f"{year}-{month:02d}-{day:02d}"
    return "date", anchor.month_day(month, day)


def date_numeric(phrase: str, anchor: Anchor, before: str) -> Result:
    if "-" in phrase:
        return "date", phrase
    month, day, year = (int(p) for p in phrase.split("/"))
    if month > 12 or day > 31:
        return None
    if year < 100:
        year += 1900 if year > 30 else 2000
    return "date", f"{year}-{month:02d}-{day:02d}"


def month_year(phrase: str, anchor: Anchor, before: str) -> Result:
    month, year = month_of(phrase), year_of(phrase)
    if month is None or year is None:
        return None
    return "date", f"{year}-{month:02d}"


def month_rel(phrase: str, anchor: Anchor, before: str) -> Result:
    month = month_of(phrase)
    if month is None:
        return None
    if anchor.day is None:
        return "date", f"XXXX-{month:02d}"
    year = anchor.day.year + direction_of(phrase)
    return "date", f"{year}-{month:02d}"


def decade(phrase: str, anchor: Anchor, before: str) -> Result:
    digits = rx(r"(\d{3})0").search(phrase)
    if digits:
        return "date", digits.group(1)
    short = rx(r"['\u2019](\d)0s").search(phrase)
    if short:  # `the '90s`: the last such decade, this century's if it has begun
        tens = int(short.group(1))
        this_century = anchor.day is not None and 2000 + 10 * tens <= anchor.day.year
        return "date", f"{20 if this_century else 19}{tens}"
    words = ("twen", "thir", "fort", "fift", "sixt", "seve", "eigh", "nine")
    word = rx(r"(twen|thir|fort|fift|sixt|seve|eigh|nine)\w*ties").search(phrase.lower())
    return ("date", f"19{words.index(word.group(1)) + 2}") if word else None


def unit_edge(phrase: str, anchor: Anchor, before: str) -> Result:
    unit = unit_of(phrase) or "year"
    return "date", _relative(anchor, unit, direction_of(phrase.split()[-2] if
                                                        len(phrase.split()) > 1 else ""))


def year_end(phrase: str, anchor: Anchor, before: str) -> Result:
    unit = "month" if "month" in phrase.lower() else "year"
    return "date", _relative(anchor, unit, 0)


def relative_unit(phrase: str, anchor: Anchor, before: str) -> Result:
    low = phrase.lower()
    # `earlier this summer` is this summer (early in it), not the last
    offset = direction_of(rx(r"^(?:early|late|earlier|later)\s+").sub("", low))
    month = month_of(phrase)
    season = rx(r"(spring|summer|fall|autumn|winter)").search(low)
    if month and not unit_of(low):
        day = day_of(phrase)
        if day is not None and anchor.day is not None:  # `next March 31`: the next such day
            here = (anchor.day.month, anchor.day.day)
            return "date", f"{anchor.day.year + ((month, day) <= here)}-{month:02d}-{day:02d}"
        return month_rel_direction(month, _this_or(phrase, offset), anchor)
    if season and not unit_of(low):
        return season_value(season.group(1), anchor, _this_or(phrase, offset))
    if low.endswith("season"):  # `this season` (of a crop, a sport): the season it is now
        if offset == 0 and anchor.day is not None:
            return season_value(_season_of(anchor.day.month), anchor, 2)
        return "date", _relative(anchor, "year", offset)
    unit = unit_of(low)
    if unit is None:
        return None
    if unit == "weekend" and offset == 0 and anchor.day is not None and \
            anchor.day.weekday() < 5 and anchor.future in (False, WEAK_PAST):
        offset = -1  # `talks stalled this weekend`, written on a Monday: the one just gone
    return "date", _relative(anchor, unit, offset)


def _season_of(month: int) -> str:
    """The season (`SEASONS`' word) a month falls in: the one begun within three months."""
    return next(word for word, (_code, start) in SEASONS.items() if (month - start) % 12 < 3)


def month(phrase: str, anchor: Anchor, before: str) -> Result:
    number = month_of(phrase)
    if number is None:
        return None
    year = anchor.in_frame(number, before)
    if year is not None:
        return "date", f"{year}-{number:02d}"
    return month_rel_direction(number, 0, anchor)


def _this_or(phrase: str, offset: int) -> int:
    """2 for `this`, else the offset: `this September` is this year's."""
    return 2 if offset == 0 and rx(r"(?i)(?:early\s+|late\s+)?this\b").match(phrase) else offset


def month_rel_direction(month: int, offset: int, anchor: Anchor) -> Result:
    year = anchor.month_year(month, offset)
    return "date", f"{year if year else 'XXXX'}-{month:02d}"


def season_value(word: str, anchor: Anchor, offset: int) -> Result:
    code, start = SEASONS[word]
    if anchor.day is None:
        return "date", f"XXXX-{code}"
    return "date", f"{anchor.season_year(start, offset)}-{code}"


def the_unit(phrase: str, anchor: Anchor, before: str) -> Result:
    """`the quarter` (results news: the one just reported; one `ended July 31`: the calendar
    quarter of its middle month), `the year`, `the weekend`."""
    low = phrase.lower()
    back = rx(r"\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)$").search(low)
    unit = unit_of(low[:back.start()] if back else low) or ("quarter" if "period" in low else None)
    if unit is None:
        return None
    if anchor.day is None:
        return "date", _THIS.get(unit, "PRESENT_REF")
    if unit == "quarter" and before[:5] in ("ended", "endin"):  # `the quarter ended July 31`: Q2
        end = int(before[-2:])  # `ending:`: the end may be ahead
        ahead = before[:6] == "ending" and end >= anchor.day.month
        year = anchor.day.year - (end > anchor.day.month and not ahead) - (end == 1)
        return "date", f"{year - bool(back)}-Q{(end - 2) % 12 // 3 + 1}"
    if unit == "quarter":
        return "date", anchor.reported_quarter(1 if back else 0, before)
    if unit == "weekend":  # the last one early in the week or in the past tense, else this one
        weekday = anchor.day.weekday()
        back = weekday < 5 and (anchor.future is False or weekday < 3 and not anchor.future)
        return "date", anchor.at_granularity(anchor.shift(-back, "week"), "weekend")
    return "date", anchor.at_granularity(anchor.day, unit)


def year_ended(phrase: str, anchor: Anchor, before: str) -> Result:
    """`the year ended Sept. 30`: a year-long period, not a calendar year."""
    return "duration", "P1Y"


def anaphoric(phrase: str, anchor: Anchor, before: str) -> Result:
    """`that year`, `the following month`, `the next day`, `earlier that day`: counted from
    the last date the text gave (`before`), else from the publication date."""
    low = phrase.lower()
    weekday = weekday_of(phrase)
    if weekday is not None:
        return "date", _weekday_from(weekday, low, anchor, reference_day(before, "day"))
    unit = unit_of(low) or "day"  # that morning, the next evening
    unit = "day" if unit == "night" else unit
    offset = -1 if rx(r"\b(?:previous|prior)\b|\b(?:before|earlier)$").search(low) else \
        1 if rx(r"\b(?:following|next)\b|\b(?:after|later)$").search(low) else 0
    start = reference_day(before, unit)
    if start is not None and anchor.day is not None and start.year > anchor.day.year and \
            low.startswith("the") and offset == 0:  # `the year`: not one only forecast
        start = None
    if start is None and offset == 0 and unit == "day" and rx(r"\d{4}-\d\d").fullmatch(before) \
            and rx(r"\b(?:that|same)\b").search(low):
        value = f"{before}-XX"  # `that same day`, told of last October: a day of that month
        # (not `in the afternoon` after `by the end of August`: the day of writing's)
    elif start is None:
        value = _relative(anchor, unit, offset)
    else:
        value = Anchor(start).at_granularity(Anchor(start).shift(offset, unit), unit)
    part = _time_of_day(low) if unit == "day" and value[:1].isdigit() else None
    return ("time", f"{value}T{part}") if part else ("date", value)


def _weekday_from(weekday: int, low: str, anchor: Anchor, start) -> str:
    """`the previous Friday`: the one before the day in focus (`the following Friday`: the
    one after), else before (after) the publication day."""
    ahead = bool(rx(r"\bfollowing\b").search(low))
    if start is None:
        return anchor.weekday(weekday, 1 if ahead else -1)
    delta = (weekday - start.weekday()) % 7 or 7 if ahead else -((start.weekday() - weekday) % 7 or 7)
    return (start + timedelta(days=delta)).isoformat()


def years_later(phrase: str, anchor: Anchor, before: str) -> Result:
    """`A year later`, `four decades later`: that many years after the last date the text
    gave (`before`), to its month at most (`November 2000 ... A year later`: 2001-11);
    with none given, the stretch of time it names."""
    low = phrase.lower()
    unit = "decade" if "decade" in low else "year"
    amount = number_of(rx(r"(?:-|\s+)(?:years?|decades?)\b").split(low)[0])
    start = reference_day(before, "year")
    if start is None or amount is None or amount != int(amount):
        return "duration", duration_value(amount, unit)
    told = Anchor(start)
    shifted = told.shift(int(amount) * (10 if unit == "decade" else 1), "year")
    return "date", told.at_granularity(shifted, "month" if rx(r"\d{4}-\d\d").match(before)
                                       else "year")


def ago(phrase: str, anchor: Anchor, before: str) -> Result:
    unit = unit_of(phrase)
    quantity = rx(r"(?i)(?:-|\s+)(?:more\s+)?" + (unit or "year")).split(phrase)[0]
    vague = rx(r"(?i)\s(?:or|to)\s").search(quantity) or \
        rx(r"(?i)\sor\s+(?:two|three)\s").search(phrase)  # `two or three years ago`, `a year
    amount = None if vague else number_of(quantity)  # or two ago`: as `a few years ago`
    sign = 1 if rx(r"(?i)from\s+now").search(phrase) else -1
    if unit is None:
        return None
    if amount is not None and rx(r"(?i)\b(?:year|month|week|day|hour|decade|century)"
                                 r"\s+and\s+a\s+half\b").search(phrase):
        amount += 0.5  # `a year and a half ago`
    if amount is not None and amount != int(amount):  # half a century, a year and a half
        amount, unit = _whole_units(amount, unit)
    if anchor.day is None or amount is None or amount != int(amount):
        return "date", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if before[:7] == "quarter" and unit == "year" and amount == 1 and sign < 0:
        return "date", anchor.reported_quarter(1, before)
    day = anchor.shift(sign * int(amount), unit)
    return "date", anchor.at_granularity(day, _GRANULARITY.get(unit, unit))


_GRANULARITY = {"hour": "day", "minute": "day", "second": "day", "night": "day",
                "decade": "year", "centur": "year", "millenni": "year"}  # a shift's precision


def _whole_units(amount: float, unit: str) -> tuple[float, str]:
    """A fractional amount in a smaller unit, where it comes out whole: half a century
    (50 years; its year is given), a year and a half (18 months)."""
    years = {"centur": 100, "millenni": 1000, "decade": 10}.get(unit)
    if years is not None and amount * years == int(amount * years):
        return amount * years, "year"
    if unit == "year" and amount * 12 == int(amount * 12):
        return amount * 12, "month"
    return amount, unit


def recent_units(phrase: str, anchor: Anchor, before: str) -> Result:
    """`recent years`: PAST_REF (the guidelines); `coming weeks`, `years to come`, its
    mirror: FUTURE_REF."""
    low = phrase.lower()
    return "date", "FUTURE_REF" if "coming" in low or low.endswith(" come") else "PAST_REF"


def duration(phrase: str, anchor: Anchor, before: str) -> Result:
    low = phrase.lower().replace("-and-a-half-", " and a half ")  # `two-and-a-half-year`
    unit = unit_of(low.split("-")[-1] if "-" in low and " " not in low.strip() else low)
    unit = unit_of(low) if unit is None else unit
    if unit is None:
        return None
    quantity = rx(r"(?:-|\s+)(?:more|additional|full|straight|consecutive)?\s*" + unit).split(low)[0]
    if rx(r"(?:a|an|one)\s+(?:year|month|week|day|hour)").fullmatch(low.strip()) and \
            before == "amount":
        return "set", duration_value(1, unit)
    if rx(r"\bor\b|(?<!\bup\s)\bto\b|\d-\d|(?<!hundred\s)(?<!thousand\s)\band\s+(?!a\s+half\b)"
          ).search(quantity) \
            or low.endswith(" or two"):  # `(up to) seven or eight years`, `between one and
        # three months`, `a year or two`: some
        return "duration", duration_value(None, unit)
    quantity = rx(r"\b(?:the|past|last|next|first|final|coming|previous|following|latest"
                  r"|initial|remaining|additional|further|another|full|about|nearly|almost"
                  r"|more|than|less|at|least|up|to|over|roughly|around|approximately|only"
                  r"|just|no|fewer|under|most|well|barely|better|part|of)\b").sub(" ", quantity)
    if "and a half" in low:
        quantity += " and a half"
    if quantity.strip() in ("", "some") and "some" not in low:
        return None
    return "duration", duration_value(number_of(quantity), unit)


def duration_noun(phrase: str, anchor: Anchor, before: str) -> Result:
    """`a three-year period`: the head noun is temporal, so the whole phrase is the span."""
    return duration(phrase.rsplit(None, 1)[0], anchor, "")


def units_around(phrase: str, anchor: Anchor, before: str) -> Result:
    """`in the [weeks] before the shooting`, `the weeks ahead`: a vague stretch of time."""
    return "duration", duration_value(None, unit_of(phrase) or "day")


def bare_units(phrase: str, anchor: Anchor, before: str) -> Result:
    """`for years`, `within weeks or months` (the first unit counts)."""
    return "duration", duration_value(None, unit_of(phrase.split()[0]) or "year")


def _clock(phrase: str) -> str | None:
    low = phrase.lower()
    if "noon" in low:
        return "12:00"
    if "midnight" in low:
        return "24:00"
    zoned = rx(r"(?:around\s+|about\s+)?([0-2]?\d):?([0-5]\d)(?:\s+(?!a\.?m|p\.?m)[a-z]|$)").match(low)
    if zoned:  # a 24-hour clock before its zone: `1630 GMT`, `16:30 GMT`
        return f"{int(zoned.group(1)):02d}:{zoned.group(2)}"
    match = rx(r"(\d{1,2})(?:[:.](\d\d))?\s*(?:([ap])|in\s+the\s+(m)?)").search(low)
    if not match:
        return None
    after_noon = match.group(3) == "p" or (match.group(3) is None and match.group(4) is None)
    hour = int(match.group(1)) % 12 + (12 if after_noon else 0)
    return f"{hour:02d}:{match.group(2) or '00'}"


def time_clock(phrase: str, anchor: Anchor, before: str) -> Result:
    clock = _clock(phrase)
    if clock is None:
        return None
    rest = rx(r"^.*?(?:[ap]\.?m\.?|noon|midnight|\d\d\s+(?=[A-Z]))(?:\s*[A-Z]{2,3}\b)?,?\s*").sub("",
                  phrase)
    day = _day_value(rest, anchor) if rest else None
    if day is None or day.startswith(("THIS", "PAST", "FUT", "PRES")):  # the day just given
        day = before or (anchor.day.isoformat() if anchor.day else "XXXX-XX-XX")
    return "time", f"{day}T{clock}"


def _day_value(phrase: str, anchor: Anchor) -> str | None:
    low = phrase.lower()
    for word, offset in (("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)):
        if word in low:
            if anchor.day is None:
                return {0: "THIS_DAY", -1: "PAST_REF", 1: "FUTURE_REF"}[offset]
            return anchor.at_granularity(anchor.shift(offset, "day"), "day")
    weekday = weekday_of(phrase)
    if weekday is not None:
        return anchor.weekday(weekday, direction_of(low))
    month, day = month_of(phrase), day_of(phrase)
    if month and day:
        return anchor.month_day(month, day)
    if rx(r"\b(?:this|tonight)\b").search(low):
        return anchor.day.isoformat() if anchor.day else "THIS_DAY"
    if rx(r"\blast\s+night\b").search(low):
        return _relative(anchor, "day", -1)
    return None


def _time_of_day(phrase: str) -> str | None:
    match = rx(r"(morning|afternoon|evening|night|tonight)s?\b").search(phrase.lower())
    return TIMES_OF_DAY[match.group(1)] if match else None


def day_relative(phrase: str, anchor: Anchor, before: str) -> Result:
    low = phrase.lower()
    if low.startswith("mid") and not rx(r"today|yesterday|tomorrow").search(low):
        day = anchor.day.isoformat() if anchor.day else "XXXX-XX-XX"  # `by mid afternoon`
        return "time", f"{day}T12:00" if low == "midday" else f"{day}T{_time_of_day(low)}"
    day = _day_value(phrase, anchor)
    if day is None:
        return None
    part = _time_of_day(phrase)
    if part and anchor.day is not None and phrase.lower().strip() != "tonight":
        return "time", f"{day}T{part}"
    return "date", day


def weekday(phrase: str, anchor: Anchor, before: str) -> Result:
    number = weekday_of(phrase)
    if number is None:
        return None
    part = _time_of_day(phrase)
    if rx(r"(?i)days\b|(?:morning|afternoon|evening|night)s\b").search(phrase):
        return "set", f"XXXX-WXX-{number + 1}" + (f"T{part}" if part else "")
    listed = date.fromisoformat(before[6:]) if before[:6] == "after:" else None
    if listed is not None and anchor.day is not None and listed > anchor.day:
        # a day ahead listed before it: the first such day from that one (`Thursday and
        # Friday`); a past list need not run in order (`made Friday and Thursday`)
        day = (listed + timedelta(days=(number - listed.weekday()) % 7)).isoformat()
    else:
        day = anchor.weekday(number, _weekday_direction(phrase))
    return ("time", f"{day}T{part}") if part else ("date", day)


def _weekday_direction(phrase: str) -> int:
    low = phrase.lower()
    if rx(r"\b(?:last|past|previous)\b").search(low):
        return -1
    return 1 if rx(r"\b(?:next|coming|following)\b").search(low) else 0


def season(phrase: str, anchor: Anchor, before: str) -> Result:
    word = rx(r"(spring|summer|fall|autumn|winter)").search(phrase.lower())
    year = year_of(phrase)
    if word is None:
        return None
    if year:
        return "date", f"{year}-{SEASONS[word.group(1)][0]}"
    return season_value(word.group(1), anchor, 0)


def fiscal_year(phrase: str, anchor: Anchor, before: str) -> Result:
    """`fiscal 1987`, `1987`; a year written across two (`1986/87`, `fiscal 1985-86`) is the
    one it ends in, as annotators value it (5 times of 7)."""
    split = rx(r"(\d{4})[/-](\d\d(?:\d\d)?)\b").search(phrase)
    if split is not None:
        start, end = int(split.group(1)), split.group(2)
        ending = int(end) if len(end) == 4 else start - start % 100 + int(end)
        if ending < start:
            ending += 100  # `1999/00`
        return "date", str(ending if ending == start + 1 else start)  # not `1985/88`
    year = year_of(phrase)
    return ("date", str(year)) if year else None


def year(phrase: str, anchor: Anchor, before: str) -> Result:
    if before == "number":
        return None
    return fiscal_year(phrase, anchor, before)


def future(phrase: str, anchor: Anchor, before: str) -> Result:
    return "date", "FUTURE_REF"


def past(phrase: str, anchor: Anchor, before: str) -> Result:
    return "date", "PAST_REF"


def present(phrase: str, anchor: Anchor, before: str) -> Result:
    return "date", "PRESENT_REF"


def recent(phrase: str, anchor: Anchor, before: str) -> Result:
    return "date", "FUTURE_REF" if phrase.lower().startswith("soon") else "PAST_REF"


HANDLERS: dict[str, Callable[[str, Anchor, str], Result]] = {
    "date_mdy": date_mdy, "date_dmy": date_mdy, "date_numeric": date_numeric,
    "month_year": month_year, "month_rel": month_rel, "quarter": quarter,
    "quarter_code": quarter_code, "period": period, "year_ago_adj": year_ago_adj,
    "decade": decade, "unit_edge": unit_edge, "year_end": year_end,
    "relative_unit": relative_unit, "month": month, "anaphoric": anaphoric, "years_later": years_later, "ago": ago, "the_unit": the_unit,
    "year_ended": year_ended, "recent_units": recent_units,
    "duration": duration, "bare_units": bare_units, "units_around": units_around, "duration_noun": duration_noun, "time_clock": time_clock,
    "day_relative": day_relative, "weekday": weekday, "season": season,
    "fiscal_year": fiscal_year, "year": year, "future": future, "past": past,
    "present": present, "recent": recent,
}


def _more_handlers() -> None:
    from .dates_more import HANDLERS as MORE

    HANDLERS.update(MORE)


_more_handlers()
