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
import string
from datetime import date
from functools import lru_cache

from ..mention import Mention
from .dates_narrow import LOOK_AHEAD, NarrowedRules, word_rules
from .dates_grammar import (
    CAPITALISED, CLOCK, DETERMINED, DROP, INSIDE, MONTHS_FULL, NUMBER, PLAIN, STARTERS, grammar_for,
    triggers,
)
from .dates_context import (
    CONTEXT_ANY, context, overnight_means_at_once, rx as _rx, season_not_a_time,
)
from .dates_rules import HANDLERS
from .lazy_regex import lazy
from .dates_tense import is_future
from .lexicon import given_names
from .mentions import new_mention
from .dates_dateline import writing_day
from .dates_values import WEAK_PAST, Anchor, TenseProbe, parse_published

_MAX_STARTERS = 6  # words a phrase may open with before its trigger
_REACH = 60  # ... within so many characters
_DETERMINERS = ("the ", "its ", "their ", "our ", "his ", "her ")
_SECOND_DAY = re.compile(r"(?:\s+(?:and|or|to|through)\s+|\s*[-–]\s*)((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\b"
                         r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|when|and|to|the|for|with|had|has|have"
                         r"|was|were|is|are|will|would)\b)")
_MARKS = "\"'`([{“‘"  # quotes and brackets a phrase may open after
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
# a capitalised word right before a bare month name that no date follows: a given name
_GIVEN_NAME = (r"(?<![.!?\"'] )(?<![.!?\"']  )\b(?!(?:In|On|At|By|Since|Until|Till|Through|During|From"
               r"|Before|After|Between|Early|Late|Mid|Last|Next|This|Each|Every|And|But|Or|For|Of|To"
               r"|Around|About|The|Also|Then|Only|Even|Except|Including|Like|Beginning|Starting"
               r"|Ending|End|Start|Middle|Throughout|Within|Over|Against|Versus|Circa|Unlike"
               r"|Towards?|Across)\s)[A-Z][a-z]+\s+$")  # not sentence-initial, not a preposition
_NAME_END = r",|\s+(?:said|says|told|who|wrote|added|asked)\b"  # what follows a surname there
_SPAN_OPENING = r"(?:(?:the|this|last|next)\s+)?(?:jan|apr|jul|oct)"  # `the April-June quarter`


class _Grammars(dict):
    """Opening word -> the rules a phrase opening with it may follow (empty or None if
    none): for a word that opens many, a `NarrowedRules` table (by the characters after
    it, as for a digit); for another word, its few rules as (name, pattern) pairs; for a
    year, one pattern of alternatives. Built on first use."""

    def __missing__(self, opener: str):
        rules = word_rules(opener)
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
    day = writing_day(text, parse_published(published))
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
        elif start and low[start - 1].isalpha() or not _is_trigger(text, low, start, end, kind):
            continue  # (no kind counts after a letter: `am` in `program`, inline)
        word = openers[index] if not low[end:end + 1].isalnum() else None
        found = _match_at(low, start, last_end, word)
        if found is None:
            continue
        mention = _mention(text, low, found, day, mentions)
        if mention is not None:
            if mentions and mentions[-1].subtype == "time" and mention.start - mentions[-1].end < 40:
                _clock_on_day(low, mentions, mention)
            mentions.append(mention)
            last_end = mention.end
            if mention.why == "date_mdy":
                second = _second_day(text, low, mention)
                if second is not None and low[mention.end:second.start].strip() in _DASHES:
                    mentions[-1] = _day_range(text, mention, second.end)
                elif second is not None:
                    mentions.append(second)
                last_end = mentions[-1].end
    return mentions


def _clock_on_day(low: str, mentions: list[Mention], day: Mention) -> None:
    """A clock time right before its day (`at midnight on Monday`, `at 12:00 (10:00 GMT)
    on Thursday`) is on that day, not on the day of writing."""
    clock = mentions[-1]
    at = clock.value.find("T")
    if at >= 0 and day.value[:1].isdigit() and day.value[10:11] in ("", "T") and \
            len(day.value) >= 10 and _CLOCK_THEN_DAY.fullmatch(low, clock.end, day.start) is not None:
        mentions[-1] = clock.evolve(value=day.value[:10] + clock.value[at:])


# between a clock time and its day: a time zone (`12:01 a.m. Eastern time on Wednesday`,
# `noon EDT`), a bracketed time (`12:00 (10:00 GMT)`), `on`
_CLOCK_THEN_DAY = lazy(
    r"\s*(?:(?:e[sd]t|c[sd]t|p[sd]t|m[sd]t|gmt|utc|bst|cet|cest|jst|hkt|sgt|ist|local\s+time"
    r"|(?:eastern|pacific|central|beijing|tokyo|london|washington)\s+time)\s*)?"
    r"(?:\([^()]{0,24}\)\s*)?,?\s*(?:on\s+)?")


def _day_range(text: str, first: Mention, end: int) -> Mention:
    """`July 7-8` (`Nov. 10-15, 2019`: with its year): one span, valued by its first day."""
    year = _YEAR_AFTER.match(text, end)
    value = first.value
    if year is not None:
        end, value = year.end(), year.group(1) + value[4:]
    return first.evolve(end=end, text=text[first.start:end], value=value)


_DASHES = ("-", "\u2013")
_YEAR_AFTER = lazy(r",?[ \t]+((?:1[89]|20)\d\d)\b")


def _second_day(text: str, low: str, first: Mention) -> Mention | None:
    """The day coordinated with a month and day (`April 24 and [25]`, `March 3 or [4]`,
    `November 10-[15]`): a date of its own, in the first one's month (the caller joins a
    range written with a dash, `July 7-8`, to its first day, as annotators span it: 7 of
    7 such in blind rounds 46-119)."""
    match = _SECOND_DAY.match(low, first.end)
    if match is None or len(first.value) < 10:
        return None
    start, end = match.span(1)
    value = f"{first.value[:8]}{int(match.group(1)):02d}"
    return new_mention(start, end, text[start:end], "date", "date", value, "date_mdy")


def lowered(text: str) -> str:
    """A lower-cased copy with the same offsets and line breaks turned into spaces
    (characters whose lower case is longer stay as they are)."""
    if text.isascii():  # one pass, one copy
        return text.translate(_ASCII_LOWER_LINES)
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.replace("\n", " ")


_ASCII_LOWER_LINES = str.maketrans({"\n": " ", **dict(zip(string.ascii_uppercase,
                                                            string.ascii_lowercase))})


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
    """Word -> (its rules, the opening word they are for, whether a quote, bracket or
    dash opens it, its length without them), or None when no phrase opens with it; filled on
    first use."""

    def __missing__(self, word: str):
        bare = word[max(word.rfind("—"), word.rfind("–")) + 1:].lstrip(_MARKS)  # `rose—the`
        marked = len(bare) < len(word)
        if bare in STARTERS:
            key = bare
        elif bare[:1].isdigit():
            key = bare[0]  # a number's rules, narrowed by what follows its first digit
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
    if low[end + 1:end + 8].split(" ", 1)[0] in _NO_NOUNS:
        return start  # `over the past half-century the bloc grew`: a clause goes on
    article = _ARTICLE.match(low, start, end)
    return article.end(1) if article is not None else start


_NAMED_UNIT = rf"(?:{MONTHS_FULL.lower()}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
_NO_NOUNS = frozenset(
    "the a an and or but in on to for with by as at from that which when while it he she "
    "they we i you its their his her our".split())


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
    if rule == "season" and season_not_a_time(text, low, start, end):
        return None  # `winter wheat`, `the Arab Spring`
    if rule == "overnight" and overnight_means_at_once(text, low, start):
        return None  # `won't be solved overnight`: at once
    if rule == "bare_units" and low.startswith(" of ", end) and \
            _rx(_NAMED_UNIT).match(low, end + 4) is not None:
        return None  # `the months of April and May`: named ones, no stretch of time
    before = context(text, low, rule, start, phrase, mentions) if rule in CONTEXT_ANY else ""
    if day is not None and rule in _TENSE_RULES and _YEAR_IN.search(phrase) is None:
        result = _untensed(rule, phrase, day, before)
        if result.__class__ is _Tensed:
            future = _tense(text, low, rule, start, end)
            if future is None and rule == "weekday" and _after_a_day_ahead(text, start, day,
                                                                          mentions):
                future = True
            elif rule == "month" and (future is None or future is WEAK_PAST) \
                    and _an_elections_month(text, low, start, end):  # (a past cue elsewhere
                # in the clause: 4 of 4 such blind months were the coming election's)
                future = True
            result = result.value if future is None else _resolve(rule, phrase, day, future,
                                                                  before)
    else:
        future = None
        if rule in ("the_unit", "relative_unit") and day is not None and "weekend" in phrase:
            future = is_future(text, low, start, end, verbs=True)
        result = _resolve(rule, phrase, day, future, before)
    if result is None:
        return None
    mention = _new(Mention)  # the slots filled here: a call fewer than `Mention(...)`
    mention.start = start
    mention.end = end
    mention.text = phrase
    mention.kind = "date"
    mention.subtype, mention.value = result
    mention.why = rule
    return mention


@lru_cache(maxsize=4096)
def _untensed(rule: str, phrase: str, day: date, before: str):
    """The phrase's (subtype, value) or None, when the tense of its clause cannot change
    it; else `_Tensed` (holding the value with no tense). Often it cannot: a month just
    before the day of writing (`January` in March) is that one whatever the verb, and
    reading the clause's tense is the dearest step of a date (some 7 us). One resolution
    with a `TenseProbe` tells most: when no answer it gave hangs on the tense, neither
    does its value; else the other tenses are tried."""
    probe = TenseProbe(day)
    try:
        result = _checked(HANDLERS[rule](phrase, probe, before))
    except (OverflowError, ValueError):
        result, probe.tensed = None, True  # (`_resolve` says None too); rare: the long way
    if not probe.tensed:
        return result
    values = {result, *(_resolve(rule, phrase, day, future, before) for future in _TENSES[1:])}
    return values.pop() if len(values) == 1 else _Tensed(result)


_TENSES = (None, True, False, WEAK_PAST)  # what `is_future` may say


class _Tensed:
    """`_untensed`: the value hangs on the tense; `value` is the one with none."""

    __slots__ = ("value",)

    def __init__(self, value: tuple[str, str] | None) -> None:
        self.value = value


def _tense(text: str, low: str, rule: str, start: int, end: int) -> bool | str | None:
    """The tense of the clause around a date (`is_future`), unless the date names a past
    event or a data period, whatever the verb (`_tenseless`)."""
    future = is_future(text, low, start, end)
    if future is True and _tenseless(rule, low, start, end) and \
            not low.endswith("ahead of ", 0, start):  # `ahead of Thursday's meeting`
        return None
    return future


def _after_a_day_ahead(text: str, start: int, day: date, mentions: list[Mention]) -> bool:
    """Whether the date before a weekday with no tense of its own is a day of the coming week
    in the same sentence (`is due to leave later Saturday for talks in Seoul on Sunday`: the
    Sunday after), with nothing between that puts it before (`after a breakdown on Monday`)."""
    last = mentions[-1] if mentions else None
    return last is not None and _rx(_A_DAY).fullmatch(last.value) is not None \
        and start - last.end < _SAME_SENTENCE_REACH \
        and _in_the_coming_week(text, last, (date.fromisoformat(last.value) - day).days) \
        and _rx(_SENTENCE_BREAK).search(text, last.end, start) is None


def _in_the_coming_week(text: str, last: Mention, days: int) -> bool:
    """Whether a day `days` after the publication day is ahead in the coming week: the day
    of writing only as `later Saturday` (`statements made Friday and Thursday` look back)."""
    return 0 < days < 7 or days == 0 and text[max(0, last.start - 6):last.start + 5].lower() \
        .startswith("later")


_SAME_SENTENCE_REACH = 160
_A_DAY = r"\d{4}-\d\d-\d\d"  # (not `FUTURE_REF`, `2024-W18-1`)
# a sentence's end, a report, or a word that sets the next day before the last one
_SENTENCE_BREAK = (r"[.!?;][\"'\u201d\u2019]?\s+[\"\u201c]?[A-Za-z]|\n\s*\n"
                   r"|\b(?:said|says|told|after|following|since|before)\b")


def _an_elections_month(text: str, low: str, start: int, end: int) -> bool:
    """Whether a bare month names an election's (`the presidential election in November`,
    `November's congressional elections`, `seeking re-election in November`): with no
    sign of the past, the coming one (blind rounds 46-113: 36 of 39 such months)."""
    return _rx(_ELECTION_AFTER).match(text, end) is not None or \
        _rx(_ELECTION_BEFORE).search(low, max(0, start - 40), start) is not None


_ELECTIONS = r"(?:elections?|re-?election|midterms)"
_ELECTION_BEFORE = rf"\b{_ELECTIONS}\s+(?:due\s+)?in\s+$"
_ELECTION_AFTER = rf"(?:'s|\u2019s)?\s+(?:[a-z-]+\s+){{0,2}}?{_ELECTIONS}\b"


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
    in lower case, nor a quoted day or month (`take effect "March 1"`, `he said: "Monday"`),
    nor a possessive opening a quotation (`"Today's decision ...`: its `'` no quote)."""
    return text[start - 1] in _OPENING_QUOTES and text[end:end + 1] in _CLOSING_QUOTES and \
        text[start].isupper() and text[start:end].lower() in _NAME_LIKE and \
        not text.startswith(_POSSESSIVE, end)


_UP_TO_DATE = (" on ", " with ")  # after a predicative `current`
_OPENING_QUOTES, _CLOSING_QUOTES = "\"'“‘", "\"'”’"
_POSSESSIVE = ("'s", "’s")
_MARKS_AND_QUOTES = frozenset(_MARKS + _OPENING_QUOTES)
_new = object.__new__
_NAME_LIKE = frozenset({"today", "tomorrow", "yesterday", "tonight", "now", "this week",
                        "this morning", "this evening", "the future", "the present"})


def _is_title(phrase: str) -> bool:
    """A quoted name in title case (`"This Week"`, `"60 Minutes"`): a programme or a
    book, not a date. Month and weekday names are capitalised anyway."""
    return any(word[:1].isupper() and word[1:2].islower() and word.lower() not in CAPITALISED
               for word in phrase.split()[1:])



@lru_cache(maxsize=4096)
def _resolve(rule: str, phrase: str, day: date | None, future: bool, before: str):
    """(subtype, value) of a phrase, or None; a value the calendar cannot hold (`in
    ten years` written in 9995, `300 years ago` in 1100) is no mention, not an error."""
    try:
        return _checked(HANDLERS[rule](phrase, Anchor(day, future), before))
    except (OverflowError, ValueError):
        return None


def _checked(result):
    """A handler's result, or None when it found no value."""
    return None if result is None or result[1] is None else result
