"""Handlers for reporting periods: a quarter or half (`the third quarter`, `the
April-June quarter`, `the first six months of 2019`, `Q3`), `the year-ago period`,
`year-earlier`. Same contract as `dates_rules`: phrase, Anchor, the text before
reduced to a key -> (subtype, TIMEX3 value) or None.
"""

from __future__ import annotations


from .dates_context import rx
from .dates_values import Anchor, quarter_of, year_of

Result = tuple[str, str] | None
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4, "last": 4}


def _quarter_year(phrase: str, anchor: Anchor, number: int, half: bool) -> int | None:
    year = year_of(phrase)
    if year:
        return year
    if anchor.day is None:
        return None
    low = phrase.lower()
    if "last year" in low or "year-ago" in low or "year-earlier" in low:
        return anchor.day.year - 1
    if "next year" in low:
        return anchor.day.year + 1
    if "fiscal" in low:  # a fiscal quarter's number is no calendar quarter: the year of writing
        return anchor.day.year
    current = quarter_of(anchor.day)
    period, count = ((current + 1) // 2, 2) if half else (current, 4)
    if number <= period or "this year" in low or \
            low.endswith("the year") and anchor.future in (None, True):  # not `fell in the ...`
        return anchor.day.year
    back, ahead = (period - number) % count, number - period
    return anchor.day.year if anchor.prefers_future(back, ahead) else anchor.day.year - 1


_SPAN_OPENS = ("jan", "apr", "jul", "oct")  # the quarters' first and last months
_SPAN_ENDS = ("mar", "jun", "sep", "dec")


def quarter(phrase: str, anchor: Anchor, before: str) -> Result:
    low = phrase.lower()
    part = _part_of_year(low)
    if part is None:
        return None
    number, half = part
    eighties = rx(r"'(\d)0s").search(low)
    if eighties:
        return "date", f"19{eighties.group(1)}"
    year = _quarter_year(phrase, anchor, number, half)
    if before[:6] == "after:" and not half and "year" not in low and not year_of(phrase) \
            and number > int(before[-1]):
        year = int(before[6:10])  # a later quarter of the year the sentence has named
    code = f"H{number}" if half else f"Q{number}"
    return "date", f"{year if year else 'XXXX'}-{code}"


def _part_of_year(low: str) -> tuple[int, bool] | None:
    """(number, whether a half) of the quarter or half a phrase names: `the third
    quarter`, `the first half`, `the first six months of 2019` (H1), `the last three
    months of the year` (Q4), `the April-June quarter` (Q2), `the January-June period` (H1)."""
    months = rx(r"\b(first|last|final)\s+(six|three|6|3)\s+months").search(low)
    if months:
        half = months.group(2) in ("six", "6")
        return (1 if months.group(1) == "first" else 2 if half else 4), half
    span = rx(r"\b(jan|apr|jul|oct)[a-z]*\.?"  # `the (current) April-June quarter`
              r"(?:\s*[-\u2013/]\s*|\s+(?:to|through)\s+)(mar|jun|sep|dec)").search(low)
    if span:
        first, last = _SPAN_OPENS.index(span.group(1)), _SPAN_ENDS.index(span.group(2))
        half = last > first  # the grammar has only quarters and halves
        return (first // 2 + 1 if half else first + 1), half
    ending = rx(r"\b(mar|jun|sep|dec)[a-z]*\.?\s+quarter\b").search(low)
    if ending:  # `the June quarter`: the one ending in June
        return _SPAN_ENDS.index(ending.group(1)) + 1, False
    half = "half" in low
    ordinal = rx(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|final|last)(?:-|\s+)"
                 r"(?:fiscal\s+)?(?:quarter|half)").search(low)
    if not ordinal:
        return None
    number = _ORDINALS[ordinal.group(1)]
    return (min(number, 2) if half else number), half


def quarter_code(phrase: str, anchor: Anchor, before: str) -> Result:
    code = rx(r"([QH])([1-4])|([1-4])Q").search(phrase)
    if not code:
        return None
    letter, number = (code.group(1), code.group(2)) if code.group(1) else ("Q", code.group(3))
    year = year_of(phrase) or (anchor.day.year if anchor.day else None)
    return "date", f"{year or 'XXXX'}-{letter}{number}"


def period(phrase: str, anchor: Anchor, before: str) -> Result:
    if before[:5] == "same:":  # `the same period` right after one was named: that one
        return "date", before[5:]
    if before[:9] == "sameback:" and (anchor.day is None or int(before[9:13]) == anchor.day.year):
        return "date", f"{int(before[9:13]) - 1}{before[13:]}"  # `the same month last year`:
        # this year's one told of, a year back
    year = year_of(phrase)
    low = phrase.lower()
    back = bool(rx(r"year-(?:earlier|ago)|last\s+year|a\s+year|prior-year").search(low))
    if year and rx(r"\bquarter$").search(low) and anchor.day is not None:
        return "date", f"{year}-{anchor.reported_quarter(0, before)[-2:]}"  # `the 1988 quarter`
    if year:
        return "date", str(year)
    if anchor.day is None:
        return "date", "PAST_REF" if back else "PRESENT_REF"
    if "quarter" in low or (before[:7] == "quarter" and "period" in low):
        return "date", anchor.reported_quarter(1 if back else 0, before)
    if "month" in low and back:
        return "date", f"{anchor.day.year - 1}-{anchor.day.month:02d}"
    return "date", str(anchor.day.year - (1 if back else 0))


def year_ago_adj(phrase: str, anchor: Anchor, before: str) -> Result:
    if anchor.day is None:
        return "date", "PAST_REF"
    if "quarter" in phrase.lower() or before[:7] == "quarter":
        return "date", anchor.reported_quarter(1, before)
    return "date", str(anchor.day.year - 1)
