"""What a date rule's handler needs of the text before its phrase.

The date tagger (`dates.py`) finds a phrase and its rule; some rules resolve against
what came before: the words just before (`$5 million a year`), talk of quarterly
results, the last date given (`that year`, `the same period`), the other end of a range
of months (`from January to October`), or the event a clause has just dated. `context`
reduces that to a short string, so that the handler's results can be cached.
"""

from __future__ import annotations

import re

from ..mention import Mention
from .lazy_regex import lazy, rx  # noqa: F401 - the date modules import it from here

_CONTEXT_RULES = frozenset({"duration", "year"})
_QUARTER_RULES = frozenset({"ago", "year_ago_adj", "period"})
# a fiscal quarter, not `headquarters`, `a quarter-century`, `a quarter of a point`, `three-quarters`,
# `fell by a quarter`
_QUARTER_TALK = (r"(?<!head)(?<!three-)(?<!three )(?<!by a )(?<!than a )(?<!nearly a )(?<!almost a )"
                 r"(?<!about a )(?<!around a )(?<!roughly a )quarter(?!back|master|final|(?:-|\s+)(?:century|point"
                 r"|percentage)|s?\s+of\s+an?\s)")
_COMPARISONS = frozenset({"period", "year_ago_adj"})
_QUARTER_NAMES = frozenset({"quarter", "quarter_code"})  # rules naming a quarter
_QUARTER_VALUE = r"\d{4}-Q[1-4]"
_YEAR_WRITTEN = r"\d{4}"
_QUARTER_REACH = 4000  # characters back a named quarter is still the story's (a long one's)
_YEAR_BACK = re.compile(r"(?i)(?:a|one)\s+year\s")
_ANAPHORIC = frozenset({"anaphoric", "day_part", "ordinal_day", "month_that_year",
                        "years_later"})  # counted from the last date given
_NARRATIVE = frozenset({"month", "date_mdy"})  # a bare month or day: in the year the clause tells of
CONTEXT_ANY = _CONTEXT_RULES | _QUARTER_RULES | _ANAPHORIC | _NARRATIVE | {
    "time_clock", "overnight", "quarter", "weekday", "the_unit"}
_QUARTER_ENDED = (r"\s+(ended|ending)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                  r"\s+\d{1,2}\b")  # `the quarter ended July 31`
_FRAME_REACH = 80  # characters back a dated event of the same clause may stand
_FRAME_BREAK = (  # a sentence end, or a clause that reports (and so speaks of now)
    r"[a-z0-9]{2}[.!?][\"']?\s+[A-Z\"]|\b(?:said|says|say|told|tells|announced|added|reported|noted)\b")
_FRAME_VALUE = r"\d{4}(?:-[01]\d)?"
_MONTH_RULES = frozenset({"month", "month_year", "month_rel", "date_mdy", "date_dmy"})
_RANGE_GAP = r"\s*(?:-|\u2013|/)\s*|\s+(?:to|through|until|till|(and|or))\s+"
_MONTH_NUMBERS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RANGE_END = (r"(?:\s*(?:-|\u2013|/)\s*|\s+(?:to|through|until|till|(and|or))\s+)(?:(?:early|mid|late)"
              r"(?:-|\s+))?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
              r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(\d{4})\b")
_RANGE_BARE_END = (r"(?:\s*(?:-|\u2013)\s*|\s+(?:to|through|until|till|(and))\s+)(?:(?:early|mid"
                   r"|late)(?:-|\s+))?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                   r"(?![\w-]|,?\s+\d)")  # a range's end with no year or day
_RANGE_OPENERS = ("-", "\u2013", "/", "")  # what opens the gaps of both, but white space
_FRAME_TEXT = r"[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4}"  # `October 2010`, not `1995`, `1985/86`
_FRAME_PREPOSITIONS = ("in ", "In ", "on ", "On ")  # an event dated: `opened in October 2010`
_FRAME_NEXT = r"\b(?:and|then|but|until|before|after|later)\b"  # the story goes on
_SAME_PERIOD = r"the\s+(?:same|corresponding|comparable)\s+period"  # no year, no `a year ago`
_SAME_A_YEAR_BACK = (r"the\s+(?:same|corresponding|comparable)\s+(?:period|month|quarter)\s+"
                     r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|of\s+last\s+year)$")
_SAME_REACH = 1500  # characters back the period a comparison is made with may be named
_PERIOD_VALUE = r"\d{4}(?:-(?:[QH][1-4]|[01]\d))?"  # a year, quarter, half or month
_FOCUS_REACH = 300  # characters back the day a story is telling of may stand (`overnight`)
_CLOCK_AFTER_DAY = re.compile(
    r"[\s,]*(?:(?:at|from|by|around|about|until|before|after|since)\s+)*$")
_AMOUNT_BEFORE = (
    r"(?i)(?:\d|million|billion|mln|bln|dlrs|dollars|pct|percent|cent|tonnes|tons|times|cents"
    r"|barrels|bushels|units|cars|jobs|people|yen|marks|francs|pounds|euros|shares|more|less)"
    r"(?:['\u2019]?\s+(?:worth\s+of|in|of)\s+[a-z]+(?:\s+[a-z]+)?)?"  # `$5 bln worth of goods`
    r"[^\w.!?;:]*$")  # in the same sentence: not `signed in 2019. A year later`
_SINGLE_UNIT = r"(?i)\s*(?:a|an|one)\s+(?:year|month|week|day|hour)\s*$"


def _reference(mentions: list[Mention]) -> str:
    """The value anaphoric phrases (`the previous quarter`, `that year`) count from: the
    last date found that is neither a duration nor a comparison with a year before
    (`the same period last year`, `a year earlier`), which the story does not move to."""
    for mention in reversed(mentions):
        if mention.value[:1].isdigit() and mention.subtype != "duration" and \
                mention.why not in _COMPARISONS and not (
                    mention.why == "ago" and _YEAR_BACK.match(mention.text) is not None):
            return mention.value
    return ""

def context(text: str, low: str, rule: str, start: int, phrase: str,
             mentions: list[Mention]) -> str:
    """What a rule's handler needs of the text before the phrase: the words just before
    (`$5 million a year`), `quarter` when quarterly results are being discussed, or the
    value of the last date mentioned (`that year`). The commonest rules first (a bare
    month, a year, a duration: their sets hold none of the other rules)."""
    if rule in _NARRATIVE:
        return _range_frame(low, start, start + len(phrase), mentions) or \
            _frame(text, start, mentions)
    if rule in _CONTEXT_RULES:
        return _before_key(rule, phrase, text[max(0, start - 50):start])
    if rule == "weekday":  # `scheduled for Thursday and Friday`: the Friday after that Thursday
        return _listed_after_day(low, start, mentions)
    if rule == "quarter":  # `in the first quarter of 1987, ... in the third quarter`
        return _quarter_sequence(text, start, mentions)
    if rule == "time_clock":  # `on Thursday at 10 a.m.`: that day
        return _day_before(low, start, mentions)
    if rule == "ordinal_day":  # `Friday, the second day of his visit`; else the day of writing
        apposed = mentions and low[mentions[-1].end:start].strip() == ","
        return _reference(mentions[-1:]) if apposed else ""
    if rule in _ANAPHORIC:
        return _reference(mentions)
    if rule == "the_unit":  # `the quarter ended July 31`: the end's month
        ended = rx(_QUARTER_ENDED).match(low, start + len(phrase)) if phrase[-7:] == "quarter" else None
        if ended is not None:
            return f"{ended.group(1)}:{_MONTH_NUMBERS.index(ended.group(2)) + 1:02d}"
        return _named_quarter(mentions, start) if "quarter" in phrase.lower() else ""
    if rule == "overnight":  # `closed lower Friday ... overnight losses in New York`
        near = [m for m in mentions[-1:] if start - m.end < _FOCUS_REACH]
        return _reference(near) if near and near[0].subtype in ("date", "time") else ""
    if rule == "period" and rx(_SAME_PERIOD).fullmatch(phrase.lower()):
        same = _same_period(low, start, mentions)
        if same:
            return same
    if rule == "period" and rx(_SAME_A_YEAR_BACK).match(phrase.lower()):
        same = _period_told_of(low, start, mentions)
        if same:
            return "sameback:" + same
    if rule in _QUARTER_RULES and "quarter" in low[max(0, start - 400):start] and \
            rx(_QUARTER_TALK).search(low, max(0, start - 400), start) is not None:
        return _named_quarter(mentions, start) or "quarter"
    return ""


def _listed_after_day(low: str, start: int, mentions: list[Mention]) -> str:
    """`after:` the day of a weekday listed or ranged right before this one (`Thursday and
    Friday`, `Monday to Wednesday`), else ""."""
    last = mentions[-1] if mentions else None
    if last is None or last.why != "weekday" or start - last.end > 12 or len(last.value) != 10 \
            or rx(_RANGE_GAP).fullmatch(low, last.end, start) is None:
        return ""
    return "after:" + last.value


def _quarter_sequence(text: str, start: int, mentions: list[Mention]) -> str:
    """`after:` the quarter named with its year earlier in the sentence, which a bare
    later quarter of the sentence follows (`grow in the first quarter of 1987, accelerate
    in the second quarter and ... in the third quarter`: 1987's); else ""."""
    for mention in reversed(mentions[-4:]):
        if start - mention.end > _FRAME_REACH * 3 or \
                rx(_FRAME_BREAK).search(text, max(0, mention.end - 2), start) is not None:
            return ""
        if mention.why in _QUARTER_NAMES and rx(_QUARTER_VALUE).fullmatch(mention.value) and \
                rx(_YEAR_WRITTEN).search(mention.text):
            return "after:" + mention.value
        start = mention.start  # a bare quarter between: the sentence goes on back
    return ""


def _named_quarter(mentions: list[Mention], start: int) -> str:
    """`quarter=` the quarters the story has named (`the fourth quarter of 1986`) in the
    `_QUARTER_REACH` characters before `start`, sorted, which `the quarter` and `a year
    earlier` may speak of (`Anchor.reported_quarter` decides); else ""."""
    named = set()
    for mention in reversed(mentions):
        if mention.end < start - _QUARTER_REACH:
            break
        if mention.why in _QUARTER_NAMES and rx(_QUARTER_VALUE).fullmatch(mention.value):
            named.add(mention.value)
    return "quarter=" + ",".join(sorted(named)) if named else ""


def _period_told_of(low: str, start: int, mentions: list[Mention]) -> str:
    """The period the story last told of before a comparison with the year before (`in
    February ... against the same month last year`: 1987-02; `from January to March ...
    the same period last year`: 1987-Q1), within `_SAME_REACH` characters; else ""."""
    for k in range(len(mentions) - 1, -1, -1):
        mention = mentions[k]
        if start - mention.end > _SAME_REACH:
            return ""
        if mention.subtype == "duration":
            return ""  # `in the first four months ... the same period last year`
        if mention.why in _COMPARISONS or mention.why == "ago" or mention.subtype != "date" \
                or rx(_PERIOD_VALUE).fullmatch(mention.value) is None:
            continue
        opening = mentions[k - 1] if k else None
        if opening is not None and len(opening.value) == len(mention.value) == 7 and \
                rx(_RANGE_GAP).fullmatch(low, opening.end, mention.start) is not None:
            return _months_as_quarter(opening.value, mention.value)
        return mention.value
    return ""


def _months_as_quarter(first: str, last: str) -> str:
    """`1987-Q1` for the months 1987-01 to 1987-03 (a calendar quarter), else the year."""
    one, three = int(first[5:]), int(last[5:])
    if first[:4] == last[:4] and one % 3 == 1 and three == one + 2:
        return f"{first[:4]}-Q{three // 3}"
    return first[:4] if first[:4] == last[:4] else ""


def _same_period(low: str, start: int, mentions: list[Mention]) -> str:
    """`same:` the period just named, for a bare `the same period` (`data from the first
    six months of the year ... fell over the same period`): the year of a range of months
    (`between January and September ... over the same period`), or ""."""
    last = mentions[-1] if mentions else None
    if last is None or start - last.end > _FOCUS_REACH or last.subtype != "date" or \
            rx(_PERIOD_VALUE).fullmatch(last.value) is None:
        return ""
    opening = mentions[-2] if len(mentions) > 1 else None
    if opening is not None and len(opening.value) == len(last.value) == 7 and \
            rx(_RANGE_GAP).fullmatch(low, opening.end, last.start) is not None:
        same_year = opening.value[:4] == last.value[:4]
        return "same:" + last.value[:4] if same_year else ""
    return "same:" + last.value


def _range_frame(low: str, start: int, end: int, mentions: list[Mention]) -> str:
    """The months of a range or list agree. A bare month (or day) that ends a range goes
    on from the month opening it (`the October-December period`): `from:` that month; one
    listed after a month is the one nearest it (`in February and January`): `near:` that
    month; one opening a range that ends in a year takes that year (`from January to August
    1987`): `to:` the end's year and month; one listed before a dated month, its year (`in
    May and June 1987`): `in:`; one opening a range whose end is a bare month (`from January
    to October`, `between January and September`): `upto:` the end's month. `between`
    makes `and` a range. Else ""."""
    if mentions and mentions[-1].why in _MONTH_RULES and start - mentions[-1].end < 12:
        gap = rx(_RANGE_GAP).fullmatch(low, mentions[-1].end, start)
        opening = rx(_FRAME_VALUE).match(mentions[-1].value)
        if gap is not None and opening is not None and len(opening.group()) == 7:
            listed = gap.group(1) and not low.endswith("between ", 0, mentions[-1].start)
            return ("near:" if listed else "from:") + opening.group()
    after = low[end:end + 1]
    if not after.isspace() and after not in _RANGE_OPENERS:
        return ""  # no range goes on (`in January,`): both patterns below would fail
    ending = rx(_RANGE_END).match(low, end)
    if ending is None:  # `from January to October`: the year whose October is nearest
        bare = rx(_RANGE_BARE_END).match(low, end)
        if bare is None or bare.group(1) and not low.endswith("between ", 0, start):
            return ""
        return f"upto:{_MONTH_NUMBERS.index(bare.group(2)) + 1:02d}"
    listed = ending.group(1) is not None and not low.endswith("between ", 0, start)  # `in May
    # and June 1987`: that year, whatever the order; `between November and February 1987`: a range
    return f"{'in' if listed else 'to'}:{ending.group(3)}-" \
           f"{_MONTH_NUMBERS.index(ending.group(2)) + 1:02d}"

def _frame(text: str, start: int, mentions: list[Mention]) -> str:
    """The month a bare month or day is told after, when the sentence has just dated an
    event with a month and year and goes on to the next (`opened in October 2010 and closed
    in January`): that date's year and month, else "" (`joined in 1995 and left in June`:
    wire style leaves the year out for this year's months; `base 1980, ...`)."""
    if not mentions:
        return ""
    last = mentions[-1]
    if start - last.end > _FRAME_REACH or last.subtype != "date" or \
            rx(_FRAME_TEXT).fullmatch(last.text) is None or \
            not text.endswith(_FRAME_PREPOSITIONS, 0, last.start):
        return ""
    frame = rx(_FRAME_VALUE).match(last.value)
    if frame is None or len(frame.group()) < 7 or \
            rx(_FRAME_NEXT).search(text, last.end, start) is None or \
            rx(_FRAME_BREAK).search(text, last.end - 2, start) is not None:
        return ""
    return frame.group()

def _day_before(low: str, start: int, mentions: list[Mention]) -> str:
    """The full date given just before a clock time (`Thursday at 10 a.m.`), or ""."""
    if not mentions:
        return ""
    last = mentions[-1]
    if start - last.end > 20 or len(last.value) != 10 or not last.value[:1].isdigit() or \
            _CLOCK_AFTER_DAY.match(low, last.end, start) is None:
        return ""
    return last.value

_SEASON_WORD = r"(?i)\b(?:spring|summer|autumn|winter)\b"
_CROP_AFTER = r"\s+(?:wheat|barley|oats|rye|durum|rapeseed|canola|triticale)\b"  # kinds of crop
_NAME_GOES_ON = r"\s+(?:of\s+)?[A-Z][a-z]"  # `Spring Festival`, `Summer of Love`
_NAME_BEFORE = r"(?<![.!?:\"'`])\s+[A-Z][a-z]+\s+$"  # `Arab Spring`: a name word, no sentence start


def season_not_a_time(text: str, low: str, start: int, end: int) -> bool:
    """A season word naming a kind of crop (`winter wheat`) or capitalised inside a name
    (`the Arab Spring`, `the Spring Festival`, `the Winter Olympics`): no date."""
    if rx(_CROP_AFTER).match(low, end) is not None:
        return True
    word = rx(_SEASON_WORD).search(text, start, end)
    if word is None or not text[word.start()].isupper():
        return False
    if word.end() == end and rx(_NAME_GOES_ON).match(text, end) is not None:
        return True
    return word.start() == start and \
        rx(_NAME_BEFORE).search(text, max(0, start - 30), start) is not None


# In its clause before `overnight`: a negation with a modal or `expected` (`will not be
# solved overnight`, `Nobody expected it to change overnight`, `won't fix everything
# overnight`), `can be`, or `almost` right before it: the word means "at once", no night
# (blind rounds 46-113: 7 of 8 such unmarked); not `the yen did not move overnight`
_AT_ONCE_BEFORE = (r"\b(?:can|could)\s+be\b|\b(?:almost|virtually|practically|nearly|literally"
                   r"|all\s+but)\s+$")
_NEGATION = r"\b(?:not|never|nobody|no\s+one|nothing|cannot)\b|n't\b"
_MODAL = r"\b(?:will|would|can|could|expected|expects|expect|going)\b|\b(?:wo|ca)n['’]t\b"
_CLAUSE_OPEN = lazy(r"[.!?](?=[\"'\u201d\u2019]?\s+[\"\u201c]?[A-Z])|[,;:\"\u201c\u201d\n]"
                    r"|\b(?:and|but|which|who)\b")


def overnight_means_at_once(text: str, low: str, start: int) -> bool:
    """Whether `overnight` at `start` is the figure of speech for "at once" (`won't be
    fixed overnight`, `almost overnight`), not a night: see `_AT_ONCE_BEFORE` (the clause
    opens after a sentence's end, not after `U.S.`, or after a comma, `and`, `which`...)."""
    lo = max(0, start - 90)
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, lo, start)]
    before = low[opens[-1] if opens else lo:start]
    return rx(_AT_ONCE_BEFORE).search(before) is not None or (
        rx(_NEGATION).search(before) is not None and rx(_MODAL).search(before) is not None)


def _before_key(rule: str, phrase: str, before: str) -> str:
    """The text just before a phrase reduced to what the rule's handler reads, so that
    results can be cached: `amount` before `a year` (`$5 million a year`: a set),
    `number` before a year that is an amount or a number (`$1990`, `No. 1987`)."""
    if rule == "year":
        return "number" if before.endswith(("$", "#", "No. ", "no. ", "Flight ")) else ""
    if rx(_SINGLE_UNIT).match(phrase) and rx(_AMOUNT_BEFORE).search(before):
        return "amount"
    return ""


