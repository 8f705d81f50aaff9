"""TIMEX3 values: calendar arithmetic against the publication date.

`Anchor` holds the publication date (or None) and whether the sentence around
the expression speaks of the future; its methods turn parsed parts (a month, a
weekday, an offset in units) into TIMEX3 value strings. python-dateutil's
relativedelta does the month arithmetic; it is imported on first use.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from .dates_context import rx

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
           "winter": ("WI", 12)}
TIMES_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI"}
WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "couple": 2,
}
# Patterns as strings, compiled on first use (`rx`).
_VAGUE = r"(?i)\b(?:several|few|some|many|number|dozens)\b"
_NUMBER_TOKEN = r"(?i)\d+(?:\.\d+)?|[a-z]+"
_UNIT_WORD = (r"(?i)(minute|second|hour|day|night|weekend|week|fortnight|month|quarter"
              r"|year|decade|centur|millenni)")


def month_of(text: str) -> int | None:
    """The month a phrase names (`Sept. 30` -> 9), case-sensitively for May/March."""
    match = rx(r"\b(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*").search(text)
    return MONTHS[match.group(0)[:3].lower()] if match else None


def weekday_of(text: str) -> int | None:
    match = rx(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day").search(text)
    return WEEKDAYS[match.group(1)[:3].lower()] if match else None


def year_of(text: str) -> int | None:
    match = rx(r"(?<![\d$])(1[6-9]\d\d|20\d\d)(?!\d)").search(text)
    if match:
        return int(match.group(1))
    return _spoken_year(text) if "nineteen" in text or "thousand" in text else None


def _spoken_year(text: str) -> int | None:
    """`nineteen ninety-six` -> 1996, `two thousand and one` -> 2001 (broadcast copy)."""
    words = rx(r"[a-z]+").findall(text.lower())
    if "thousand" in words:
        rest = words[words.index("thousand") + 1:]
        return 2000 + sum(WORD_NUMBERS.get(w, 0) for w in rest if w != "a")
    if "nineteen" not in words:
        return None
    rest = words[words.index("nineteen") + 1:]
    return 1900 + sum(WORD_NUMBERS.get(w, 0) for w in rest if w not in ("a", "an", "oh"))


def day_of(text: str) -> int | None:
    match = rx(r"(?<![\d/])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:/])").search(text)
    return int(match.group(1)) if match else _ordinal_day(text)


def _ordinal_day(text: str) -> int | None:
    """A day said as an ordinal: `March eighth` -> 8, `twenty-first` -> 21."""
    words = [word for word in rx(r"[a-z]+").findall(text.lower()) if word in DAY_ORDINALS]
    day = sum(DAY_ORDINALS[word] for word in words)
    return day if words and words[-1] not in _TENS_WORDS and 0 < day <= 31 else None


DAY_ORDINALS = {word: number for number, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
    " twentieth".split(), 1)} | {"thirtieth": 30, "twenty": 20, "thirty": 30}
_TENS_WORDS = ("twenty", "thirty")  # `twenty` alone is no ordinal


def unit_of(text: str) -> str | None:
    matches = rx(_UNIT_WORD).findall(text)
    return matches[-1].lower() if matches else None


def number_of(text: str) -> float | None:
    """The quantity in `two`, `twenty-four`, `90`, `2 1/2`, `a`, `some 20`; None when
    vague (`several`, `a few`)."""
    total, article = 0.0, False
    for token in rx(_NUMBER_TOKEN).findall(text.replace("1/2", " ")):
        low = token.lower()
        if low[0].isdigit():
            total += float(low)
        elif low in ("a", "an"):
            article = True
        elif low == "hundred":
            total = (total or 1) * 100
        elif low in WORD_NUMBERS:
            total += WORD_NUMBERS[low]
    if not total and rx(r"(?i)(?<!\ba )\bhalf[-\s]*$").search(text):  # `the past half-century`
        return 0.5
    if not total and rx(_VAGUE).search(text):
        return None
    if not total and article:
        total = 1
    if rx(r"(?i)half\s+an?\b").match(text.strip()):
        return 0.5
    if rx(r"(?i)(?:a\s+)?quarter\b").match(text.strip()):  # a quarter(-)century
        return 0.25
    if "1/2" in text or rx(r"(?i)and\s+a\s+half").search(text):
        total += 0.5
    return total or None


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: `P2Y`, `PT5H`, `PXM` (vague amount). Decades in the plural
    count in decades (`two decades` P2DE, `decades` PXDE: annotators by the guidelines,
    36 of 39), one decade in years (`a decade` P10Y: 26 of 43, and TimeBank's)."""
    if unit == "decade" and (amount is None or amount >= 2 and amount == int(amount)):
        return f"P{'X' if amount is None else int(amount)}DE"
    factor, letter = _SCALES.get(unit) or (1, _LETTERS.get(unit, "X"))
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    amount *= factor
    if amount != int(amount):
        return _fractional(amount, letter, prefix)
    return f"{prefix}{int(amount)}{letter}"


_SCALES = {"decade": (10, "Y"), "centur": (100, "Y"), "millenni": (1000, "Y"),
           "quarter": (1, "Q"), "fortnight": (2, "W"), "weekend": (2, "D"), "night": (1, "D")}
_LETTERS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M",
            "second": "S"}


def _fractional(amount: float, letter: str, prefix: str) -> str:
    whole = int(amount)
    smaller = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M"), "M": (60, "S") if prefix == "PT"
               else (30, "D"), "W": (7, "D")}.get(letter)
    if not smaller:
        return f"{prefix}{amount:g}{letter}"
    rest = round((amount - whole) * smaller[0])
    head = f"{whole}{letter}" if whole else ""
    if letter == "Y" or (letter in ("D", "W") and prefix == "P" and smaller[1] != "H"):
        return f"P{head}{rest}{smaller[1]}"
    if letter == "D":
        return f"P{head}T{rest}H"
    return f"{prefix}{head}{rest}{smaller[1]}"


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


WEAK_PAST = "weak past"  # a past cue somewhere in the clause, not the phrase's own verb


class Anchor:
    """The publication date (None: unknown) and the tense around an expression."""

    __slots__ = ("day", "future", "weak")

    def __init__(self, day: date | None, future: bool | str | None = None) -> None:
        self.day = day
        self.weak = future == WEAK_PAST
        # True: a future verb; False: a past verb or cue; None: no cue
        self.future = False if self.weak else future

    def shift(self, amount: int, unit: str) -> date:
        """The anchor moved by `amount` units (may be negative); as dateutil's
        `relativedelta` would (a month's day kept, or its last: 31 Mar - 1 month = 28 Feb)."""
        assert self.day is not None
        if unit in ("decade", "centur", "millenni"):
            amount, unit = amount * {"decade": 10, "centur": 100, "millenni": 1000}[unit], "year"
        if unit == "quarter":
            amount, unit = amount * 3, "month"
        if unit in ("weekend", "fortnight"):
            amount, unit = amount * (2 if unit == "fortnight" else 1), "week"
        if unit == "night":
            unit = "day"
        if unit in ("hour", "minute", "second"):
            return self.day
        if amount.__class__ is int:  # the common cases, without dateutil (~4 us a call)
            if unit in ("year", "month"):
                return _months_later(self.day, amount * 12 if unit == "year" else amount)
            if unit in ("week", "day"):
                return self.day + timedelta(days=amount * 7 if unit == "week" else amount)
        from dateutil.relativedelta import relativedelta

        return self.day + relativedelta(**{unit + "s": amount})

    def at_granularity(self, day: date, unit: str) -> str:
        """`day` written at the precision a unit implies (year -> `1987`)."""
        if unit in ("year",):
            return f"{day.year}"
        if unit in ("decade",):
            return f"{day.year // 10}"
        if unit == "centur":
            return f"{day.year // 100}"
        if unit == "millenni":
            return f"{day.year // 1000}"
        if unit == "quarter":
            return f"{day.year}-Q{quarter_of(day)}"
        if unit == "month":
            return f"{day.year}-{day.month:02d}"
        if unit in ("week", "fortnight"):
            return iso_week(day)
        if unit == "weekend":
            return iso_week(day) + "-WE"
        return day.isoformat()

    def month_year(self, month: int, direction: int = 0) -> int | None:
        """The year of the nearest such month: `last` (-1), `next` (+1), `this` (2) or the
        nearest, the past preferred unless the future one is much closer or the verb is."""
        if self.day is None:
            return None
        year, current = self.day.year, self.day.month
        if direction == 2:
            return year
        if direction < 0:  # `last February` said in March: a year ago (else `last month`)
            return year if month < current - 1 else year - 1
        if direction > 0:  # `next April` said in March: a year ahead (else `next month`)
            return year if month > current + 1 else year + 1
        back, ahead = (current - month) % 12, (month - current) % 12
        return year + (month < current) if self.prefers_future(back, ahead) else \
            year - (month > current)

    def in_frame(self, month: int, frame: str) -> int | None:
        """The year of a bare month told right after a dated event (`frame`: `2010-10`) well
        away from the publication date, unless the verb is future: the frame's year, or the
        next where the month comes after the frame's month in it (`opened in October 2010
        and closed in January` -> 2011); or of a range whose other end is
        known (`to:1987-08`, `from:1986-10`, `in:1987-06`, `near:1987-02`, `upto:10`, from the
        caller)."""
        if frame[:3] == "to:":  # `from January to August 1987`: the range's year
            return int(frame[3:7]) - (month > int(frame[8:10]))
        if frame[:3] == "in:":  # `in May and June 1987`; `in December and January 1987`:
            return int(frame[3:7]) - (month > int(frame[8:10]))  # told in order, the year before
        if frame[:5] == "near:":  # `in February and January`: the one nearest the first
            year, told = int(frame[5:9]), int(frame[10:12])
            return year + (told - month > 6) - (month - told > 6)
        if frame[:5] == "from:":  # `the October-December period`: after the opening month
            return int(frame[5:9]) + (month < int(frame[10:12]))
        if frame[:5] == "upto:":  # `from January to October`: the year of the nearest October
            end = int(frame[5:7])
            year = self.month_year(end)
            return None if year is None else year - (month > end)
        if not frame or self.day is None or self.future:
            return None
        year = int(frame[:4])
        if abs(year - self.day.year) < _FRAME_YEARS:
            return None
        return year + (month < int(frame[5:7]))  # told in order: the next such month

    def prefers_future(self, back: int, ahead: int) -> bool:
        """Whether the next occurrence (`ahead` units away) wins over the last (`back`): the
        nearest, the past preferred, unless the phrase's own verb says which."""
        if self.future is None or self.weak:
            return ahead * 2 < back
        return self.future and ahead <= 3 * back  # not `the February figure will be final` in April

    def month_day(self, month: int, day: int) -> str:
        if self.day is None:
            return f"XXXX-{month:02d}-{day:02d}"
        year = self.day.year
        here = (self.day.month, self.day.day)
        past_year = year - ((month, day) > here)
        future_year = year + ((month, day) < here)
        back = (self.day - _clamped(past_year, month, day)).days
        ahead = (_clamped(future_year, month, day) - self.day).days
        return _safe_date(future_year if self.prefers_future(back, ahead) else past_year,
                          month, day)

    def weekday(self, weekday: int, direction: int = 0) -> str:
        """The nearest such weekday: `last` (-1), `next` (+1) or by the tense (0)."""
        if self.day is None:
            return f"XXXX-WXX-{weekday + 1}"
        delta = weekday - self.day.weekday()
        if direction > 0 or (direction == 0 and self.future):
            delta = delta % 7 or (7 if direction > 0 else 0)
        elif direction < 0:
            delta = -((-delta) % 7 or 7)
        else:
            delta = -((-delta) % 7)
        return (self.day + timedelta(days=delta)).isoformat()

    def season_year(self, start_month: int, direction: int) -> int:
        assert self.day is not None
        year, month = self.day.year, self.day.month
        if direction == 2:
            return year
        started = month >= start_month or (start_month == 12 and month <= 2)
        if direction < 0:
            return year if month > start_month + 2 and start_month != 12 else year - 1
        if direction > 0:
            return year if month < start_month else year + 1
        if not started and not self.future and not (
                self.future is None and 0 < start_month - month <= 3):
            return year - 1  # (a season just ahead, told with no tense: `the autumn harvest
            # looks good`, said in July, is this year's)
        if self.future and month > start_month + 2 and start_month != 12:
            return year + 1  # `will reopen in the summer`, said in November: the next one
        return year

    def reported_quarter(self, years_back: int = 0, before: str = "") -> str:
        """The quarter `the quarter` means (`years_back` years before it): in the reporting
        season (the first seven weeks of a quarter) the one just completed; later the
        current one, unless the story has named earlier ones (`before`: `quarter=` them,
        sorted, from the context): then the latest of those (Q4 figures told of in March)."""
        assert self.day is not None
        quarter, year = quarter_of(self.day), self.day.year
        started = date(year, 3 * quarter - 2, 1)
        if (self.day - started).days < _REPORTING_DAYS:
            quarter -= 1
            if quarter == 0:
                quarter, year = 4, year - 1
        elif before[:8] == "quarter=":
            earlier = [q for q in before[8:].split(",") if q < f"{year}-Q{quarter}"]
            if earlier:
                year, quarter = int(earlier[-1][:4]), int(earlier[-1][6:])
        return f"{year - years_back}-Q{quarter}"


class TenseProbe(Anchor):
    """`Anchor(day)` (no tense) that notes whether any answer it gave would have been
    another under some tense `is_future` may find (None, True, False, WEAK_PAST): when
    none would, a phrase resolved with it has that value whatever its clause's tense."""

    __slots__ = ("tensed",)

    def __init__(self, day: date) -> None:  # pylint: disable=super-init-not-called
        self.day = day
        self.tensed = False

    @property
    def future(self) -> None:  # read as such: another tense may change what follows
        self.tensed = True
        return None

    @property
    def weak(self) -> bool:
        self.tensed = True
        return False

    def prefers_future(self, back: int, ahead: int) -> bool:
        nearest, if_future = ahead * 2 < back, ahead <= 3 * back  # a past verb: False
        if nearest or if_future:
            self.tensed = True
        return nearest


_REPORTING_DAYS = 50
_FRAME_YEARS = 2  # a frame this many years or more from publication is a story of its own


def _months_later(day: date, months: int) -> date:
    """`day` moved by whole months (may be negative), its day of the month kept or, past
    the month's end, its last (as `relativedelta(months=...)`)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _clamped(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _safe_date(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year}-{month:02d}"


_DEPTH = {"year": 1, "quarter": 2, "month": 2, "week": 3, "day": 3}  # precision of a unit


def reference_day(value: str, unit: str) -> date | None:
    """The first day of a date value (`1998-10-23`, `1998-10`, `1998-Q4`, `1998`, a TIME;
    a week `1998-W43` for counting weeks), if it is precise enough to count `unit`s from
    (not `1998` for `the next day`)."""
    week = rx(r"(\d{4})-W(\d\d)$").match(value) if unit == "week" else None
    if week is not None:  # `next week ... the week after`
        try:
            return date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return None
    match = rx(r"(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q([1-4])))?(?:T\S*)?$").match(value)
    if match is None:
        return None
    year, month, day, quarter = match.groups()
    if (3 if day else 2 if (month or quarter) else 1) < _DEPTH.get(unit, 3):
        return None
    return date(int(year), int(month or (int(quarter) * 3 - 2 if quarter else 1)), int(day or 1))


def parse_published(published: str | date | None) -> date | None:
    """A publication date from `YYYY-MM-DD...` (anything else: None)."""
    if published is None:
        return None
    if isinstance(published, date):  # a datetime is a date too: keep the day
        return date(published.year, published.month, published.day)
    match = rx(r"\s*(\d{4})-(\d\d)-(\d\d)").match(published)
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None
