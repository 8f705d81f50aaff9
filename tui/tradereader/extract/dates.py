"""The date tagger: TimeML-style TIMEX3 mentions, resolved against the publication date.

`tag_dates(text, published)` returns `Mention(kind="date")` objects with subtype
`date|time|duration|set`, the TIMEX3 value and, as `why`, the grammar rule that
matched. Most text holds no date, so the scan is driven by triggers: one
Aho-Corasick pass over a lower-cased copy finds the words every date contains
(month and weekday names, temporal nouns, years); at each trigger the grammar
rules (`dates_grammar`) that may open with the word found there are tried,
anchored, at the few word starts a phrase could open with (`the first nine
months`), and the match is normalised by its rule's handler (`dates_rules`,
arithmetic in `dates_values`). Nothing is compiled at import time: the
automaton and each rule are built on first use.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..model import Mention
from .dates_narrow import LOOK_AHEAD, NarrowedRules, narrowed_rules
from .dates_grammar import (
    CAPITALISED, CLOCK, DETERMINED, DROP, INSIDE, NUMBER, PLAIN, STARTERS, grammar_for, triggers,
)
from .dates_rules import HANDLERS
from .dates_tense import is_future
from .lexicon import given_names
from .mentions import new_mention
from .dates_values import WEAK_PAST, Anchor, parse_published

_MAX_STARTERS = 6  # words a phrase may open with before its trigger
_REACH = 60  # ... within so many characters
_DETERMINERS = ("the ", "its ", "their ", "our ", "his ", "her ")
_SECOND_DAY = re.compile(r"\s+(?:and|or|to|through)\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\b"
                         r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|when|and|to|the|for|with)\b)")
_MARKS = "\"'`([{"  # quotes and brackets a phrase may open after
_OPENER = re.compile(r"[a-z]+|\d{4}(?!\d)|\d|")
_ARTICLE = re.compile(r"(?:the|an?)(\s+)(?:\S+\s+)*[^\s-]+-(?!(?:one|two|three|four|five|six|seven"
                      r"|eight|nine)$)\S+$")  # `the [two-year]`, not `the winter of ... ninety-four`
_TENSE_RULES = frozenset({"date_mdy", "date_dmy", "month", "weekday", "quarter", "season",
                          "holiday", "time_clock", "overnight", "named_season",
                          "month_that_year"})  # whose value may depend on the tense
_YEAR_IN = re.compile(r"\d{4}")
_AMOUNT_IN = re.compile(r"(?:\d|billion|mln|million|pct|percent|dlrs|stg|yen|tonnes)\s+in\s+$")
_DATA_AFTER = re.compile(
    r"(?:'s)?\s+(?:[a-z.]+\s+){0,2}?(?:figures?|deficit|surplus|data|trade|statistics|report"
    r"|index|exports|imports|sales|output|production|inflation|unemployment|rate|level|total"
    r"|estimate|reading|numbers?|results?|balance|gap|shipments|orders|prices|interim)\b")
_CONTEXT_RULES = frozenset({"duration", "year"})
_QUARTER_RULES = frozenset({"ago", "year_ago_adj", "period"})
# a fiscal quarter, not `headquarters`, `a quarter-century`, `a quarter of a point`, `three-quarters`,
# `fell by a quarter`
_QUARTER_TALK = (r"(?<!head)(?<!three-)(?<!three )(?<!by a )(?<!than a )(?<!nearly a )(?<!almost a )"
                 r"(?<!about a )(?<!around a )(?<!roughly a )quarter(?!back|master|final|(?:-|\s+)(?:century|point"
                 r"|percentage)|s?\s+of\s+an?\s)")
_COMPARISONS = frozenset({"period", "year_ago_adj"})
_YEAR_BACK = re.compile(r"(?i)(?:a|one)\s+year\s")
_ANAPHORIC = frozenset({"anaphoric", "day_part", "ordinal_day", "month_that_year"})  # counted from the last date given
_NARRATIVE = frozenset({"month", "date_mdy"})  # a bare month or day: in the year the clause tells of
_CONTEXT_ANY = _CONTEXT_RULES | _QUARTER_RULES | _ANAPHORIC | _NARRATIVE | {"time_clock", "overnight",
                                                                           "the_unit"}
_QUARTER_ENDED = (r"\s+(ended|ending)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                  r"\s+\d{1,2}\b")  # `the quarter ended July 31`
_FRAME_REACH = 80  # characters back a dated event of the same clause may stand
_FRAME_BREAK = (  # a sentence end, or a clause that reports (and so speaks of now)
    r"[a-z0-9]{2}[.!?][\"']?\s+[A-Z\"]|\b(?:said|says|say|told|tells|announced|added|reported|noted)\b")
_FRAME_VALUE = r"\d{4}(?:-[01]\d)?"
# a capitalised word right before a bare month name that no date follows: a given name
_GIVEN_NAME = (r"(?<![.!?\"'] )(?<![.!?\"']  )\b(?!(?:In|On|At|By|Since|Until|Till|Through|During|From"
               r"|Before|After|Between|Early|Late|Mid|Last|Next|This|Each|Every|And|But|Or|For|Of|To"
               r"|Around|About|The|Also|Then|Only|Even|Except|Including|Like|Beginning|Starting"
               r"|Ending|End|Start|Middle|Throughout|Within|Over|Against|Versus|Circa|Unlike"
               r"|Towards?|Across)\s)[A-Z][a-z]+\s+$")  # not sentence-initial, not a preposition
_NAME_END = r",|\s+(?:said|says|told|who|wrote|added|asked)\b"  # what follows a surname there
_SPAN_OPENING = r"(?:(?:the|this|last|next)\s+)?(?:jan|apr|jul|oct)"  # `the April-June quarter`
_MONTH_RULES = frozenset({"month", "month_year", "month_rel", "date_mdy", "date_dmy"})
_RANGE_GAP = r"\s*(?:-|\u2013|/)\s*|\s+(?:to|through|until|till|(and|or))\s+"
_MONTH_NUMBERS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RANGE_END = (r"(?:\s*(?:-|\u2013|/)\s*|\s+(?:to|through|until|till|(and|or))\s+)(?:(?:early|mid|late)"
              r"(?:-|\s+))?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
              r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(\d{4})\b")
_RANGE_BARE_END = (r"(?:\s*(?:-|\u2013)\s*|\s+(?:to|through|until|till|(and))\s+)(?:(?:early|mid"
                   r"|late)(?:-|\s+))?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                   r"(?![\w-]|,?\s+\d)")  # a range's end with no year or day
_FRAME_TEXT = r"[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4}"  # `October 2010`, not `1995`, `1985/86`
_FRAME_PREPOSITIONS = ("in ", "In ", "on ", "On ")  # an event dated: `opened in October 2010`
_FRAME_NEXT = r"\b(?:and|then|but|until|before|after|later)\b"  # the story goes on
_SAME_PERIOD = r"the\s+(?:same|corresponding|comparable)\s+period"  # no year, no `a year ago`
_PERIOD_VALUE = r"\d{4}(?:-(?:[QH][1-4]|[01]\d))?"  # a year, quarter, half or month
_FOCUS_REACH = 300  # characters back the day a story is telling of may stand (`overnight`)
_CLOCK_AFTER_DAY = re.compile(
    r"[\s,]*(?:(?:at|from|by|around|about|until|before|after|since)\s+)*$")
_AMOUNT_BEFORE = (
    r"(?i)(?:\d|million|billion|mln|bln|dlrs|dollars|pct|percent|tonnes|tons|times|cents|barrels"
    r"|bushels|units|cars|jobs|people|yen|marks|francs|pounds|euros|shares|more|less)\W*\s*$")
_SINGLE_UNIT = r"(?i)\s*(?:a|an|one)\s+(?:year|month|week|day)\s*$"


class _Grammars(dict):
    """Opening word -> the rules a phrase opening with it may follow (None if none): for
    a word that opens many, a `NarrowedRules` table (by the characters after it); else
    one pattern of alternatives. Built on first use."""

    def __missing__(self, opener: str):
        rules = narrowed_rules(opener) if opener.isalpha() else None
        if rules is None:
            rules = grammar_for(opener)
        self[opener] = rules
        return rules


_GRAMMARS = _Grammars()


def tag_dates(text: str, published: str | date | None = None) -> list[Mention]:
    """Every date, time, duration and set in `text`, in reading order."""
    low = lowered(text)
    return tag_lowered(text, low, published, trigger_matches(low))


def trigger_matches(low: str) -> list[tuple[int, int, int]]:
    """The prefilter's matches over the lower-cased copy: native code that lets other
    Python threads run meanwhile."""
    return triggers()[0].find_matches_as_indexes(low)


def tag_lowered(text: str, low: str, published: str | date | None,
                matches: list[tuple[int, int, int]]) -> list[Mention]:
    """`tag_dates` given the lower-cased copy (`lowered(text)`) and the prefilter's
    `matches` over it (`trigger_matches(low)`)."""
    day = parse_published(published)
    mentions: list[Mention] = []
    last_end = 0
    _automaton, kinds, openers = triggers()
    for index, start, end in matches:
        if start < last_end:
            continue
        kind = kinds[index]
        if kind == PLAIN:  # the common case, inline: a word start
            if start and low[start - 1].isalnum():
                continue
        elif not _is_trigger(text, low, start, end, kind):
            continue
        word = openers[index] if not low[end:end + 1].isalnum() else None
        found = _match_at(low, start, last_end, word)
        if found is None:
            continue
        mention = _mention(text, low, found, day, mentions)
        if mention is not None:
            if mentions and mention.start - mentions[-1].end < 24 and len(mention.value) == 10:
                _clock_on_day(low, mentions, mention)
            mentions.append(mention)
            last_end = mention.end
            if mention.why == "date_mdy":
                second = _second_day(text, low, mention)
                if second is not None:
                    mentions.append(second)
                    last_end = second.end
    return mentions


def _clock_on_day(low: str, mentions: list[Mention], day: Mention) -> None:
    """A clock time right before its day (`at midnight on Monday`, `at 12:00 (10:00 GMT)
    on Thursday`) is on that day, not on the day of writing."""
    clock = mentions[-1]
    at = clock.value.find("T")
    if clock.subtype == "time" and at >= 0 and _CLOCK_THEN_DAY.fullmatch(low, clock.end, day.start) is not None:
        mentions[-1] = clock.evolve(value=day.value + clock.value[at:])


_CLOCK_THEN_DAY = re.compile(r"\s*(?:\([^()]{0,24}\)\s*)?,?\s*(?:on\s+)?")


def _second_day(text: str, low: str, first: Mention) -> Mention | None:
    """The day coordinated with a month and day (`April 24 and [25]`, `March 3 or [4]`): a
    date of its own, in the first one's month."""
    match = _SECOND_DAY.match(low, first.end)
    if match is None or len(first.value) < 10:
        return None
    start, end = match.span(1)
    value = f"{first.value[:8]}{int(match.group(1)):02d}"
    return new_mention(start, end, text[start:end], "date", "date", value, "date_mdy")


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


def lowered(text: str) -> str:
    """A lower-cased copy with the same offsets and line breaks turned into spaces
    (characters whose lower case is longer stay as they are)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.replace("\n", " ")


def _is_trigger(text: str, low: str, start: int, end: int, kind: int) -> bool:
    """A trigger found at a word start (and capitalised where a name must be)."""
    if kind == INSIDE:
        return start > 0 and low[start - 1].isdigit()
    if kind == CLOCK:
        before = low[max(0, start - 2):start]
        return bool(before) and (before[-1].isdigit() or before[-1] == " " and
                                 before[:1].isdigit()) and not low[end:end + 1].isalpha()
    if (start and low[start - 1].isalnum()) or kind == DROP:
        return False
    if kind == NUMBER:
        return not low[end:end + 1].isdigit()
    if kind == DETERMINED:
        return low.endswith(_DETERMINERS, max(0, start - 6), start)
    return kind == PLAIN or text[start].isupper()


def _match_at(low: str, trigger: int, floor: int,
              word: str | None) -> tuple[str, int, int] | None:
    """The rule and span of the phrase covering the trigger (`word`: its opening word,
    if known), tried from the earliest word start a phrase containing the trigger could
    open with (`the first nine months`): the words before it that may open a phrase."""
    if floor < trigger - _REACH:
        floor = trigger - _REACH
    pos = low.rfind(" ", floor, trigger) + 1 or floor
    opener = word if word is not None else _OPENER.match(low, trigger).group()
    rules = _RULES_AT[low[trigger:trigger + len(opener) + LOOK_AHEAD]]
    candidates = [(trigger, rules)] if rules else []  # (start, rules), latest first
    if pos < trigger:  # the trigger inside a token: `mid-1987`, `3/24/87`
        while pos < trigger and not low[pos].isalnum():
            pos += 1
        if pos < trigger:
            opener = _OPENER.match(low, pos).group()
            rules = _RULES_AT[low[pos:pos + len(opener) + LOOK_AHEAD]]
            if rules:
                candidates.append((pos, rules))
    if pos - 1 > floor and low[pos - 1] == " ":
        _add_starters(low, pos - 1, floor, candidates)
    for start, rules in reversed(candidates):
        if rules.__class__ is tuple:  # (name, pattern) pairs: the first that matches
            for name, rule in rules:
                match = rule.match(low, start)
                if match is not None:
                    if match.end() > trigger:
                        return name, start, match.end()
                    break
            continue
        match = rules.match(low, start)  # one alternation of the rules
        if match is not None and match.end() > trigger:
            return match.lastgroup, start, match.end()
    return None


class _RulesAt(dict):
    """An opening word and the `LOOK_AHEAD` characters after it (`january 198`) -> the
    rules to try there: a word's rules narrowed by those characters, a number's
    alternation as it is; empty or None if none. One look-up for `_GRAMMARS` and the
    narrowing; the opening word is read back from the key (`_OPENER`, as it was found).
    Filled on first use."""

    def __missing__(self, key: str):
        opener = _OPENER.match(key).group()
        rules = _GRAMMARS[opener]
        if rules.__class__ is NarrowedRules:
            rules = rules[key[len(opener):]]
        if len(self) > 100_000:  # stay small
            self.clear()
        self[key] = rules
        return rules


_RULES_AT = _RulesAt()


def _add_starters(low: str, end: int, floor: int, candidates: list) -> None:
    """Walk back from the space at `end` over the words that may open a phrase (`the`,
    `first`, `nine`...), adding each with its rules to `candidates`."""
    for _ in range(_MAX_STARTERS):
        if end <= floor or low[end] != " ":
            return
        begin = low.rfind(" ", floor, end) + 1 or floor
        starter = _STARTS[low[begin:end + LOOK_AHEAD]]
        if starter is None:
            return
        rules, marked, size = starter
        begin = end - size
        if rules:
            candidates.append((begin, rules))
        if marked:  # `"the last two months`, `(4 a.m.`: none before the mark
            return
        end = begin - 1


class _Starts(dict):
    """A word and the `LOOK_AHEAD` characters after it (`in jan`) -> (the rules a phrase
    opening with the word may follow there, whether a quote or bracket opens it, its
    length without them), or None when no phrase opens with it: `_STARTERS` and the
    narrowing of its rules in one look-up, as the walk back meets the same few words
    (`in`, `the`, `last`) before the same triggers again and again. Filled on first use."""

    def __missing__(self, key: str):
        word = key.partition(" ")[0]
        starter = _STARTERS[word]
        if starter is not None:
            rules, opener, marked, size = starter
            if rules.__class__ is NarrowedRules:
                after = len(word) - size + len(opener)  # where the opener ends, in `key`
                rules = rules[key[after:after + LOOK_AHEAD]]
            starter = (rules, marked, size)
        if len(self) > 100_000:  # stay small
            self.clear()
        self[key] = starter
        return starter


class _Starters(dict):
    """Word -> (its rules, the opening word they are for, whether a quote or bracket
    opens it, its length without them), or None when no phrase opens with it; filled on
    first use."""

    def __missing__(self, word: str):
        marked = word[:1] in _MARKS
        bare = word.lstrip(_MARKS) if marked else word
        if bare in STARTERS:
            key = bare
        elif bare[:1].isdigit():
            key = "#"
        elif "-" in bare and bare.split("-", 1)[0] in STARTERS:  # twenty-four
            key = bare.split("-", 1)[0]
        else:
            key = None
        if len(self) > 100_000:  # numbers are many: stay small
            self.clear()
        found = self[word] = None if key is None else (_GRAMMARS[key], key, marked, len(bare))
        return found


_STARTERS = _Starters()
_STARTS = _Starts()


def _adjective_start(low: str, start: int, end: int) -> int:
    """A date used as a hyphenated adjective leaves its article out, as TimeML does:
    `the [third-quarter] loss`, `a [two-year] pact`, `the [year-ago] period` - when a
    noun follows (`by the mid-1990s.` keeps it)."""
    after = low[end + 1:end + 2]
    if "-" not in low[start:end] or low[end:end + 1] != " " or not (after.isalnum()
                                                                    or after in ("$", "£", "#")):
        return start
    article = _ARTICLE.match(low, start, end)
    return article.end(1) if article is not None else start


def _context(text: str, low: str, rule: str, start: int, phrase: str,
             mentions: list[Mention]) -> str:
    """What a rule's handler needs of the text before the phrase: the words just before
    (`$5 million a year`), `quarter` when quarterly results are being discussed, or the
    value of the last date mentioned (`that year`). The commonest rules first (a bare
    month, a year, a duration: their sets hold none of the other rules)."""
    if rule in _NARRATIVE:
        return _range_frame(low, start, start + len(phrase), mentions) or \
            _frame(text, start, mentions)
    if rule in _CONTEXT_RULES:
        return _before_key(rule, phrase, text[max(0, start - 30):start])
    if rule == "time_clock":  # `on Thursday at 10 a.m.`: that day
        return _day_before(low, start, mentions)
    if rule == "ordinal_day":  # `Friday, the second day of his visit`; else the day of writing
        apposed = mentions and low[mentions[-1].end:start].strip() == ","
        return _reference(mentions[-1:]) if apposed else ""
    if rule in _ANAPHORIC:
        return _reference(mentions)
    if rule == "the_unit":  # `the quarter ended July 31`: the end's month
        ended = _rx(_QUARTER_ENDED).match(low, start + len(phrase)) if phrase[-7:] == "quarter" else None
        return f"{ended.group(1)}:{_MONTH_NUMBERS.index(ended.group(2)) + 1:02d}" if ended else ""
    if rule == "overnight":  # `closed lower Friday ... overnight losses in New York`
        near = [m for m in mentions[-1:] if start - m.end < _FOCUS_REACH]
        return _reference(near) if near and near[0].subtype in ("date", "time") else ""
    if rule == "period" and _rx(_SAME_PERIOD).fullmatch(phrase.lower()):
        same = _same_period(start, mentions)
        if same:
            return same
    if rule in _QUARTER_RULES and "quarter" in low[max(0, start - 400):start] and \
            _rx(_QUARTER_TALK).search(low, max(0, start - 400), start) is not None:
        return "quarter"
    return ""


def _same_period(start: int, mentions: list[Mention]) -> str:
    """`same:` the period just named, for a bare `the same period` (`data from the first
    six months of the year ... fell over the same period`), or ""."""
    last = mentions[-1] if mentions else None
    if last is None or start - last.end > _FOCUS_REACH or last.subtype != "date" or \
            _rx(_PERIOD_VALUE).fullmatch(last.value) is None:
        return ""
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
        gap = _rx(_RANGE_GAP).fullmatch(low, mentions[-1].end, start)
        opening = _rx(_FRAME_VALUE).match(mentions[-1].value)
        if gap is not None and opening is not None and len(opening.group()) == 7:
            listed = gap.group(1) and not low.endswith("between ", 0, mentions[-1].start)
            return ("near:" if listed else "from:") + opening.group()
    ending = _rx(_RANGE_END).match(low, end)
    if ending is None:  # `from January to October`: the year whose October is nearest
        bare = _rx(_RANGE_BARE_END).match(low, end)
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
            _rx(_FRAME_TEXT).fullmatch(last.text) is None or \
            not text.endswith(_FRAME_PREPOSITIONS, 0, last.start):
        return ""
    frame = _rx(_FRAME_VALUE).match(last.value)
    if frame is None or len(frame.group()) < 7 or \
            _rx(_FRAME_NEXT).search(text, last.end, start) is None or \
            _rx(_FRAME_BREAK).search(text, last.end - 2, start) is not None:
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


def _before_key(rule: str, phrase: str, before: str) -> str:
    """The text just before a phrase reduced to what the rule's handler reads, so that
    results can be cached: `amount` before `a year` (`$5 million a year`: a set),
    `number` before a year that is an amount or a number (`$1990`, `No. 1987`)."""
    if rule == "year":
        return "number" if before.endswith(("$", "#", "No. ", "no. ", "Flight ")) else ""
    if _rx(_SINGLE_UNIT).match(phrase) and _rx(_AMOUNT_BEFORE).search(before):
        return "amount"
    return ""


def _mention(text: str, low: str, found: tuple[str, int, int], day: date | None,
             mentions: list[Mention]):
    rule, start, end = found
    if low.find("-", start, end) >= 0:
        start = _adjective_start(low, start, end)
    phrase = text[start:end]
    if start and text[start - 1] in _MARKS_AND_QUOTES and (
            text[start - 1] in _MARKS and _is_title(phrase) or _quoted_name(text, start, end)):
        return None  # a quoted name (one test for the many dates after no mark or quote)
    if rule == "present" and low.startswith(_UP_TO_DATE, end) and end - start == 7:
        return None  # `was current on its payments`: up to date, not now
    if rule == "month" and text[start].isupper() and (
            _after_given_name(text, start) or _rx(_NAME_END).match(text, end) and
            _rx(_GIVEN_NAME).search(text, max(0, start - 24), start) is not None):
        return None  # `said Richard May, an analyst`, `Theresa May on Sunday`: a surname
    before = _context(text, low, rule, start, phrase, mentions) if rule in _CONTEXT_ANY else ""
    future = None
    if day is not None and rule in _TENSE_RULES and _YEAR_IN.search(phrase) is None:
        if _tense_matters(rule, phrase, day, before):
            future = _tense(low, rule, start, end)
    elif rule == "the_unit" and day is not None and "weekend" in phrase:
        future = is_future(low, start, end, verbs=True)
    result = _resolve(rule, phrase, day, future, before)
    if result is None:
        return None
    subtype, value = result
    return new_mention(start, end, phrase, "date", subtype, value, rule)


@lru_cache(maxsize=4096)
def _tense_matters(rule: str, phrase: str, day: date, before: str) -> bool:
    """Whether the phrase's value depends on the tense of its clause. Often it does not:
    a month just before the day of writing (`January` in March) is that one whatever the
    verb, and reading the clause's tense is the dearest step of a date (some 7 us)."""
    return len({_resolve(rule, phrase, day, future, before) for future in _TENSES}) > 1


_TENSES = (None, True, False, WEAK_PAST)  # what `is_future` may say


def _tense(low: str, rule: str, start: int, end: int) -> bool | str | None:
    """The tense of the clause around a date (`is_future`), unless the date names a past
    event or a data period, whatever the verb (`_tenseless`)."""
    future = is_future(low, start, end)
    if future is True and _tenseless(rule, low, start, end) and \
            not low.endswith("ahead of ", 0, start):  # `ahead of Thursday's meeting`
        return None
    return future


def _tenseless(rule: str, low: str, start: int, end: int) -> bool:
    """A date naming a past event or a data period, whatever the verb: `Wednesday's
    ruling`, `the February figure will be final`, `May's trade data`, `from 15.1 billion
    in February`, `the October-December period`: the nearest."""
    if rule == "weekday":
        return low.startswith("'s ", end)
    if rule == "quarter":  # `the October-December period`: a data period, as a month is
        return _rx(_SPAN_OPENING).match(low, start) is not None
    return rule == "month" and (_DATA_AFTER.match(low, end) is not None or
                                _AMOUNT_IN.search(low, max(0, start - 30), start) is not None)


def _after_given_name(text: str, start: int) -> bool:
    """A common given name right before (`Theresa May`, `Brian May`)."""
    if start < 3 or text[start - 1] != " ":
        return False
    word = text[max(0, start - 20):start - 1].rpartition(" ")[2].rpartition("\n")[2]
    return word in given_names()


def _quoted_name(text: str, start: int, end: int) -> bool:
    """A capitalised word of the present quoted alone (`the newspaper "Today"`, `the show
    ‘Tomorrow’`): a name. Not one opening a quotation (`"Today, we ...`), a quoted date
    in lower case, nor a quoted day or month (`take effect "March 1"`, `he said: "Monday"`)."""
    return text[start - 1] in _OPENING_QUOTES and text[end:end + 1] in _CLOSING_QUOTES and \
        text[start].isupper() and text[start:end].lower() in _NAME_LIKE


_UP_TO_DATE = (" on ", " with ")  # after a predicative `current`
_OPENING_QUOTES, _CLOSING_QUOTES = "\"'“‘", "\"'”’"
_MARKS_AND_QUOTES = frozenset(_MARKS + _OPENING_QUOTES)
_NAME_LIKE = frozenset({"today", "tomorrow", "yesterday", "tonight", "now", "this week",
                        "this morning", "this evening", "the future", "the present"})


def _is_title(phrase: str) -> bool:
    """A quoted name in title case (`"This Week"`, `"60 Minutes"`): a programme or a
    book, not a date. Month and weekday names are capitalised anyway."""
    return any(word[:1].isupper() and word[1:2].islower() and word.lower() not in CAPITALISED
               for word in phrase.split()[1:])


@lru_cache(maxsize=None)
def _rx(pattern: str) -> re.Pattern[str]:
    """A pattern compiled on first use (nothing is compiled when the tagger is imported)."""
    return re.compile(pattern)


@lru_cache(maxsize=4096)
def _resolve(rule: str, phrase: str, day: date | None, future: bool, before: str):
    """(subtype, value) of a phrase, or None; a value the calendar cannot hold (`in
    ten years` written in 9995, `300 years ago` in 1100) is no mention, not an error."""
    try:
        result = HANDLERS[rule](phrase, Anchor(day, future), before)
    except (OverflowError, ValueError):
        return None
    return None if result is None or result[1] is None else result
