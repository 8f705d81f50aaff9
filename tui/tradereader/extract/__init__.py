"""Actors, issues and dates in an article's text.

`extract(text, published, lexicon)` is the one entry point: it returns every
mention sorted by start, each with the rule or lexicon entry that produced it.
The rules are those of the project's annotation guidelines (GUIDELINES.md).
"""

from __future__ import annotations

import gc
from _thread import allocate_lock
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

from ..mention import Mention
from .access import market_access
from .currency import currency_moves
from .governments import find_administrations, find_governments, short_name_mentions
from .legislatures import foreign_legislatures
from .lexicon import build_automaton, load_lexicon, shipped_automaton
from .lazy_regex import lazy
from .lexmatch import (
    Found, Scan, indexes_of_value, joined, lexicon_matches, ready_to_scan, scan, scan_before,
    scan_from, scan_of_rows, scan_rows,
)
from .mentions import dates_put_in, mentions_from, ordered_mentions
from .normalize import OffsetMap, fold
from .organizations import (
    find_organizations, issue_acronyms, lexicon_acronyms, named_agreements, named_laws,
)
from .parallel import HelperDates, Meanwhile, dates_meanwhile
from .people import NamedPeople, PeopleNear, name_people, people_near, with_surnames
from .speakers import Speakers
from .resolve import (
    drop_suppressed, drop_suppressed_dates, refine, resolve_overlaps,
    split_user_lexicon, trade_purchases, user_matches,
)
from .surnames import surname_matches

if TYPE_CHECKING:  # the model's dataclasses are no part of the engine's start-up
    from ..model import LexiconEntry

__all__ = ["extract", "extract_actors_issues", "forget_phrases"]

_START = itemgetter(0)  # Found.start


def extract(
    text: str, published: str | date | None = None, lexicon: Iterable[LexiconEntry] = ()
) -> list[Mention]:
    """Every actor, issue and date mention in `text`, sorted by start (then end; a date
    after an actor or issue of the same span).

    `published`: the publication date, a `date` or `YYYY-MM-DD` (anything else is
    taken as none); relative dates are resolved against it.
    `lexicon`: the user's own entries; phrases added as actors or issues, and phrases
    suppressed as an actor, an issue or a date (never highlighted as that kind).
    """
    lexicon = tuple(lexicon)
    with _gc_paused():
        helped = _dates_helped(text, published, lexicon) if len(text) >= _HELPER_FROM else None
        if helped is not None:
            mentions, starts, dates = helped
            return dates_put_in(mentions, starts, _kept_dates(dates, lexicon))
        found, dates = _in_this_process(text, published, lexicon)
        return mentions_from(text, found, _kept_dates(dates, lexicon))


def _kept_dates(dates: list[Mention], lexicon: tuple) -> list[Mention]:
    """`dates` but those the user's lexicon suppresses."""
    if dates and lexicon:
        return drop_suppressed_dates(dates, split_user_lexicon(lexicon)[1])
    return dates


# From this many characters, the automata scan on other threads while Python works: the
# date prefilter while the text is folded, the lexicon while the dates are tagged, the
# people's bare surnames while the governments and market access are found. The
# scans are native code that releases the interpreter lock, so on a machine with two
# cores they cost no time of their own (about 9 ms of the ~90 of a 0.85 MB text).
# Below, a thread would cost more than it saves.
_OVERLAP_FROM = 100_000
# From this many characters, where it can (parallel.dates_meanwhile), a helper process
# tags the dates while this one finds the actors and issues, and from its second text
# on it first reads the last part of the text for actors and issues too: on two cores a
# 0.85 MB text then takes about 0.65 of one process's time (80-90 ms, not 125-135;
# 90-100 with the helper tagging the dates alone), and a process's first long text
# about 0.8 (the helper forked for it, its date rules compiled as it meets them).
# Below, sending the text and what comes back gains too little.
_HELPER_FROM = 200_000


def _in_this_process(text: str, published: str | date | None, lexicon: tuple) -> tuple[list, list]:
    """(actor and issue candidates, date mentions), both found here."""
    from .dates import lowered, tag_lowered, trigger_matches  # built on first use

    low = lowered(text)
    if len(text) < _OVERLAP_FROM:
        folded, omap = fold(text)
        dates = tag_lowered(text, low, published, trigger_matches(low))
        scanning = None
    else:  # the native scans overlap the Python work
        triggering = Meanwhile(trigger_matches, low)
        folded, omap = fold(text)
        scanning = Meanwhile(lexicon_matches, folded, shipped_automaton())
        dates = tag_lowered(text, low, published, triggering.result())
    matches = scanning.result() if scanning is not None else None
    return _actors_issues(text, lexicon, published, folded, omap, matches), dates


def _dates_helped(text: str, published: str | date | None,
                  lexicon: tuple) -> tuple[list, list, list] | None:
    """The actor and issue mentions in order, their starts and the date mentions, the
    helper process reading the text's second part for actors and issues, then tagging
    the dates, meanwhile (this one does what the helper fails to); None where the helper
    cannot be used now. The actors' and issues' mentions are made while the helper still
    works: only the dates are put in after it answers."""
    from .dates import tag_dates  # built before the helper is forked: it finds it built
    from .dates_values import parse_published

    day = parse_published(published)
    tag_dates("", day)
    ready_to_scan(load_lexicon(), shipped_automaton())
    part = _second_part(text)
    asked = dates_meanwhile(tag_dates, forget_phrases, text, day, _part_read, part)
    if asked is None:
        return None
    if not asked.part_asked:
        part = None  # the helper's first text: its dates alone take longer than the rest
    try:
        mentions, starts = _mentions_shared(text, lexicon, published, part, asked)
    except BaseException:
        asked.cancel()
        raise
    dates = asked.result()
    return mentions, starts, (dates if dates is not None else tag_dates(text, day))


def _mentions_shared(text: str, lexicon: tuple, published: str | date | None,
                     part: int | None, asked: HelperDates) -> tuple[list, list]:
    """The actor and issue mentions of `text` in order and their starts, its part from
    `part` on read by the helper. What was built on the way (the search copy, the scan,
    the candidates: tens of thousands of objects, ~2 ms to free on the 0.85 MB bench
    text) is freed as this returns, while the helper still tags the dates."""
    folded, omap = fold(text)
    read = _read_shared(text, folded, omap, part, asked)
    found = _actors_issues(text, lexicon, published, folded, omap, read=read)
    return ordered_mentions(text, found)


# The share of a long text this process reads (the lexicon's scan, the names near its
# titles and cues) while the helper reads the rest, then tags the dates: on the 0.85 MB
# bench text with a publication date both processes end at about the same time (timed
# in each: the helper's part ~18-24 ms, its dates ~55, ~40 with no publication date;
# this process folds the text, reads its part, goes on with the rest and makes the
# mentions in ~80 ms, then puts the dates in, ~4 ms).
_SCAN_SHARE = 0.66
_PARAGRAPH_BREAK = lazy(r"\n\s*\n\s*")


def _second_part(text: str) -> int | None:
    """Where the part of a long text the helper reads starts: after the first paragraph
    break past this process's share (a run of white space, which no mention of the
    lexicon crosses but for a rare name: `scan_before` finds it)."""
    brk = _PARAGRAPH_BREAK.search(text, int(len(text) * _SCAN_SHARE))
    return brk.end() if brk is not None and brk.end() < len(text) else None


def _read_shared(text: str, folded: str, omap: OffsetMap, part: int | None,
                 asked: HelperDates) -> tuple[Scan, PeopleNear] | None:
    """The lexicon's scan of `text` and the names read near its titles and cues: up to
    `part` here, the rest by the helper (here if it could not); None when a match
    crosses from one part into the other, or there are no parts."""
    lex, automaton = load_lexicon(), shipped_automaton()
    stop = omap.folded_after_run(part) if part is not None else None
    first = scan_before(text, folded, omap, lex, automaton, stop) if stop is not None else None
    if first is None:
        return None
    near = people_near(text, first.titles, first.cues)
    rest = asked.part_read() or _part_read(text, part)
    return joined(first, scan_of_rows(rest[0])), joined(near, rest[1])


def _part_read(text: str, start: int) -> tuple:
    """(the rows of the scan of `text` from `start` on, the names read near its titles
    and cues): what the helper reads of a text's second part."""
    found = scan_from(text, start, load_lexicon(), shipped_automaton())
    return scan_rows(found), tuple(people_near(text, found.titles, found.cues))


@contextmanager
def _gc_paused():
    """No cyclic garbage collection while extracting: it makes tens of thousands of
    tuples and no cycles, and collections would walk every object of the application.

    When it ends, what was made meanwhile (the mentions the caller keeps) goes straight
    to the oldest generation (`gc.freeze()` then `gc.unfreeze()`: two list splices)
    instead of being walked by the young-generation collection the next allocation
    would start, then again by the middle one. Cyclic garbage among them is still
    found, by the next full collection.

    Counted, so nested and concurrent extractions (UI worker threads) are safe: the
    collector comes back when the last one ends, if it was on when the first began.
    """
    global _gc_pauses, _gc_resume
    with _gc_lock:
        if not _gc_pauses:
            _gc_resume = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if not _gc_pauses and _gc_resume:
                gc.freeze()
                gc.unfreeze()
                gc.enable()


_gc_lock = allocate_lock()
_gc_pauses = 0  # extractions running now
_gc_resume = False  # whether the collector was on when the first of them began


def extract_actors_issues(
    text: str, lexicon: Iterable[LexiconEntry] = (), published: str | date | None = None
) -> list[Found]:
    """The actor and issue candidates that survive every rule, sorted by start.

    `published` (a `date` or `YYYY-MM-DD`) only matters for Russia: before 1992 it is the USSR.
    """
    with _gc_paused():
        return _actors_issues(text, lexicon, published, *fold(text))


def _actors_issues(
    text: str, lexicon: Iterable[LexiconEntry], published: str | date | None, folded: str,
    omap: OffsetMap, matches: list | None = None,
    read: tuple[Scan, PeopleNear] | None = None,
) -> list[Found]:
    """`extract_actors_issues` given the folded copy (and the automaton's `matches` over
    it, or the scan and the names near its cues, `read`, if already found)."""
    adds, suppressed = split_user_lexicon(lexicon)
    if read is None:
        result, near = scan(text, folded, omap, load_lexicon(), shipped_automaton(), matches), None
    else:
        result, near = read
    main, inner = result.found, result.inner
    taken = main + result.blocked + result.titles  # spans: a Found starts with (start, end)
    us_at = next((f.start for f in main if f.value == "USA" or f.value[:3] == "US "), None)
    administrations = find_administrations(text, result.cues, us_at)
    leaders = {text[f.start:f.end].split()[0] for f in administrations
               if f.why == "rule named administration" and len(text[f.start:f.end].split()) == 2}
    named = name_people(text, result.titles, result.cues, taken, result.blocked, leaders, near)
    surnames = _surnames_meanwhile(text, named)
    starts = list(map(_START, main))
    speakers = Speakers(text, named.mentions, result.titles, main, starts, result.cues)
    governments = find_governments(text, result.cues, main, starts, load_lexicon(), speakers,
                                   named.fullest)
    # issues read around a lexicon cue: `Chinese purchases`, `the strong yen`, `… Act`
    cue_issues = trade_purchases(text, result.cues) + currency_moves(text, result.cues) \
        + named_laws(text, result.cues)
    organizations = find_organizations(text, result.cues) + lexicon_acronyms(text, main, starts) \
        + short_name_mentions(text, [c for c in result.cues if c[0] == "short"], main, starts)
    access, named_inside, inside = market_access(text, folded, omap, main, starts)
    people = with_surnames(text, named, surnames.result() if surnames is not None else None)
    extra = people + administrations + governments + cue_issues + organizations \
        + issue_acronyms(text, main, starts, cue_issues)
    if access:  # `access to the Japanese market`: one issue, `Japanese` still a country
        main = main.copy()
        for i in sorted(inside, reverse=True):  # a few: deletions in C, no loop over all
            del main[i]
        inner = inner + named_inside
        extra += access
    if adds:
        extra += user_matches(text, folded, omap, adds, _user_automaton(adds))
    found = drop_suppressed(refine(resolve_overlaps(main + extra, inner), text), text, suppressed)
    if published and str(published)[:4] < "1992":  # a `date` or `YYYY-MM-DD...`
        _soviet_union(found)
    foreign_legislatures(text, found, load_lexicon())
    named_agreements(text, found)
    return found


def _surnames_meanwhile(text: str, named: NamedPeople) -> Meanwhile | None:
    """On a long text, the search for the named people's bare surnames, on another
    thread while the governments and market access are found; else None."""
    if len(text) < _OVERLAP_FROM:
        return None
    return Meanwhile(surname_matches, text, named.fullest)


def forget_phrases() -> None:
    """Empty the memos of phrases seen (date values, tenses, names), so the next
    extraction reads its text as if first: benchmarks call it between runs over the
    same text, which would otherwise find every phrase already worked out."""
    from . import dates, names, parallel, people, surnames

    parallel.forget()  # the helper process's memos too, before its next text
    for memo in (dates._untensed, dates._resolve, names._clean_span, names._is_token,
                 names.surname_key, people._name_and_key, surnames._surname_automaton):
        memo.cache_clear()


def _soviet_union(found: list[Found]) -> None:
    """Before 1992, Russia is the USSR (`SUN`)."""
    for at in indexes_of_value(found, "RUS"):
        found[at] = found[at]._replace(value="SUN")


@lru_cache(maxsize=8)
def _user_automaton(adds: tuple):
    return build_automaton(tuple(phrase for phrase, _entry in adds), prefix=" ")
