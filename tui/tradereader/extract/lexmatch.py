"""One Aho-Corasick pass of the lexicon over the folded copy, with the context rules.

A match counts only at word boundaries and with the right case in the original
text; capitals count only where they stand for a government; a country word
directly before a government or institution name merges with it
(`U.S. Congress`, `Japanese government`).
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from functools import partial
from operator import itemgetter
from typing import Any, NamedTuple

from .lazy_regex import lazy
from .lexicon import ANY, CAPITAL, CENTRAL_BANKS, EXACT, UPPER, Entry, Lexicon
from .normalize import OffsetMap, fold_from


class Found(NamedTuple):
    """A candidate mention: offsets into the original text plus what it is."""

    start: int
    end: int
    kind: str
    subtype: str
    value: str
    why: str
    priority: int = 1


def indexes_of_value(found: list[Found], value: str):
    """The indexes of the candidates valued `value`, in order, each found by a search in
    C (a loop over tens of thousands of candidates would cost a millisecond or two)."""
    values = list(map(_VALUE, found))
    at = -1
    while True:
        try:
            at = values.index(value, at + 1)
        except ValueError:
            return
        yield at


_VALUE = itemgetter(4)  # Found.value


class Scan(NamedTuple):
    found: list[Found]
    inner: list[Found]  # actors named inside an issue name (`GATT` in `GATT round`)
    titles: list[tuple[int, int]]  # spans of person titles (never annotated)
    blocked: list[tuple[int, int]]  # spans the lexicon says are no mention at all
    cues: list[tuple[str, int, int]]  # (verb|admin|role, start, end) for the people rules


_NOT_METONYM_AFTER = frozenset(
    "in to for from at into via near outside of visit visited visiting arrived left leave "
    "leaving reach reached returned return based across around throughout toward towards "
    "through headed flew fly travel travelled traveled trip downtown central outskirts "
    "within inside west east greater".split()
)
# what `a Tokyo ...`, `a Washington ...` may be that is the city's, not its government's
_CITY_THING = lazy(
    r"[ \t\n]+(?:[\w-]+[ \t\n]+)?(?:securities|brokerage|broker|bank|think[ \t\n]+tank|"
    r"law[ \t\n]+firm|lawyer|attorney|consultant|consultancy|firm|company|hotel|restaurant|"
    r"court|newspaper|paper|university|hospital|resident|native|Democrat|Republican|"
    r"visit|trip|stop|suburb|district|street|address|audience|crowd|rally)\b")
_NOT_METONYM_BEFORE = frozenset(
    "time stock stocks market markets exchange airport correspondent correspondents bureau "
    "embassy residents police university office offices summit meeting area region "
    "consensus accord accords agreement agreements pact pacts club talks round conference "
    "conferences declaration treaty treaties summit communique meeting meetings".split()
)
CALENDAR_WORDS = frozenset(  # weekdays and months, capitalised
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December".split()
)
_DATELINE = lazy(
    r",?\s*(?:\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d)"
)
_CAPITAL_NEXT = lazy(r"\s[A-Z]")
_NAMED_AS_CAPITAL = lazy(r"\bcapital,[ \t\n]*$")
_NEXT_WORD = lazy(r" ([A-Za-z][\w-]*)")
_NOT_MARKETS_AFTER = frozenset(
    "its their his her our your my export foreign domestic overseas home open opened "
    "opening new key major third world regain lost utilities commodity farm global "
    "international alongside dominate dominates dominated".split()
)
_ROUND_AFTER = frozenset({"the", "this", "new", "current", "next", "last", "previous", "latest"})
_ROUND_ADJECTIVES = frozenset({"full", "final", "new", "next"})  # `the next full round`
_ROUND_OF_MEASURES = lazy(
    r"\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tariffs?|duties|levies|sanctions|prices?|cuts|hikes|increases)\b"
)
_GOV_SUFFIX = lazy(r"[ \t\n]([Gg]overnment|[Cc]abinet|[Pp]arliament|[Ll]eadership)\b")
_GOV_INITIALS = frozenset("gGcCpPlL")
ISSUED_AFTER = lazy(  # what a government issues: `Japanese government bonds`
    r"[ \t\n]+(?:bonds?|securities|paper|debt|bills?|notes?|stocks?|yields?|gilts)\b", re.I)
_FIRST_NAMES = frozenset({"Chad", "Jordan", "Georgia", "Israel"})
_GENERIC = frozenset(
    "Commerce Ministry|Finance Ministry|Foreign Ministry|Agriculture Ministry|Industry Ministry|"
    "Economy Ministry|"
    "central bank|lower house|upper house|Chamber of Deputies|National Assembly".split("|")
)


def case_ok(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether the original text has the case the entry asks for."""
    seg = text[start:end]
    if entry.case == UPPER:
        return seg.isupper()
    if entry.case == EXACT:  # a lower-case entry in capitals or title case too:
        surface = entry.surface.split(":", 1)[-1]
        seg = " ".join(seg.split())
        return seg == surface or surface.islower() and (
            seg == surface.upper() or surface[-1] == "s" and seg == surface.title()
            and in_title_case_line(text, start, end))  # a headline's `LEVY`, `Hikes Levies
        # on Chips` (a plural: `Levy Says Tariffs Will Hurt` may be Mr. Levy)
    return seg[0].isupper()


def in_title_case_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` stands in a headline in title case: a short line of its
    own (a blank line or the text's edge on both sides) most of whose other words of four
    letters or more are capitalised."""
    line_start = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1
    line_end = text.find("\n", end, end + _LINE_REACH)
    if line_end < 0:
        line_end = len(text) if len(text) - end <= _LINE_REACH else -1
    if line_start == 0 and start > _LINE_REACH or line_end < 0 or \
            line_start > 1 and text[line_start - 2] != "\n" or \
            text[line_end + 1:line_end + 2] not in ("", "\n"):
        return False  # a line wrapped inside a paragraph, not a headline
    rest = (text[line_start:start] + " " + text[end:line_end]).split()
    if len(rest) > _HEADLINE_WORDS:
        return False  # a paragraph of one line
    long_words = [word for word in rest if len(word) > 3 and word[0].isalpha()]
    if len(long_words) < 3:
        return False
    capitalised = sum(1 for word in long_words if _CAPITALISED.match(word))
    return capitalised * 4 >= len(long_words) * 3


_LINE_REACH = 300  # characters of a headline read either side of a name
_HEADLINE_WORDS = 24  # words a headline has besides the name, at most
_CAPITALISED = lazy(r"[A-Z]")


def word_before(text: str, start: int) -> str:
    """The word just before `start` in the original text, lower case ('' after punctuation)."""
    seg = text[max(0, start - 24):start]
    if not seg[-1:].isspace():
        return ""
    words = seg.split()
    return words[-1].lower() if words and words[-1][-1:].isalpha() else ""


def metonym_ok(text: str, start: int, end: int) -> bool:
    """Whether a capital at `text[start:end]` stands for its government here."""
    after = text[end:end + 24]
    if after.startswith(("'s ", "’s ")):
        return True  # `Washington's demands`, `in Washington's view`
    before = word_before(text, start)
    if before in _NOT_METONYM_AFTER and not _acts_after(before, text, start, after):
        return False
    if (before == "a" or before == "an") and _CITY_THING.match(text, end):
        return False  # `a Tokyo think tank`, `a Washington Democrat`: the city's (not `a
        # Beijing spokesman`, `a Tokyo concession`)
    if not before and _NAMED_AS_CAPITAL.search(text, max(0, start - 12), start):
        return False  # `in Niger's capital, Niamey,`: the city, named
    if after.startswith("-") or _DATELINE.match(after) or _in_credit_line(text, start):
        return False
    nxt = _NEXT_WORD.match(after)
    if nxt:
        word = nxt.group(1)
        if word[0].isupper() and word not in CALENDAR_WORDS and word != "And":
            return False
        if word in _NOT_METONYM_BEFORE:
            return False
    return True


def _in_credit_line(text: str, start: int) -> bool:
    """Whether `start` lies in a credit line, where cities are where the reporters were
    (`(Reporting by Beijing and Singapore newsrooms; ...)`, `Associated Press writers in
    Washington and Beijing contributed to this report.`): a short line that opens with
    the credit, or a sentence that ends with it, and that reports nothing said."""
    line_start = text.rfind("\n", max(0, start - _CREDIT_REACH), start) + 1
    if line_start == 0 and start >= _CREDIT_REACH:
        return False  # deep inside a long line: a paragraph of the story
    line_end = text.find("\n", start, start + _CREDIT_REACH)
    if line_end < 0:
        line_end = min(len(text), start + _CREDIT_REACH)
        if line_end < len(text):
            return False  # a long line
    line = text[line_start:line_end]
    if " said" in line or " says" in line:
        return False  # `Reporting by state media, Beijing said ...`: a sentence of the story
    if _CREDIT_OPENING.match(line):
        return True
    if not _IN_PLACE_LIST.search(text, line_start, start):
        return False  # `writers in Washington and Beijing contributed`: where they were
    stop = _SENTENCE_END.search(text, start, line_end)  # the credit ends the capital's sentence
    return _CREDIT_CLOSING.search(text, start, stop.start() if stop else line_end) is not None


_CREDIT_REACH = 200
# `in` and the places listed before the capital: `in Seoul, Tokyo and ` (then the capital)
_IN_PLACE_LIST = lazy(r"\bin[ \t]+(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*(?:,[ \t]+|[ \t]+and[ \t]+))*$")
_CREDIT_OPENING = lazy(r"[ \t(]*(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)"
                       r"\s+by\b")
_CREDIT_CLOSING = lazy(r"\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)\b")


def _acts_after(before: str, text: str, start: int, after: str) -> bool:
    """Whether a capital after `for`, `from`, `to` or `toward` (words that mostly give a
    place) is the government acting: the subject of a verb (`the way for Tokyo to take
    action`, `in exchange for Washington applying lighter tariffs`; not `leave for Tokyo
    to attend`, a destination), where a demand or a step comes from (`pressure from
    Beijing`; not `returned from Beijing`), whom one yields to (`caving to Beijing`; not
    `a flight to Beijing`) or what one is for or against (`anger toward Beijing`; not
    `headed toward Beijing`)."""
    previous = text[max(0, start - 32):start].split()
    word = previous[-2].lower() if len(previous) >= 2 else ""  # the one before `before`
    if before == "for":
        verb = _ING_NEXT.match(after)
        return (after.startswith(" to ") or verb is not None
                and verb.group(1) not in _NOT_VERBS) and word not in _TRAVEL_BEFORE_FOR
    return word in _BEFORE_WORDS.get(before, ())


_DEMANDS_BEFORE_FROM = frozenset(
    "pressure demands demand request requests move moves signal signals response offer "
    "offers opposition threat threats concessions retaliation complaints complaint "
    "criticism message proposal proposals pushback backlash resistance approval "
    "commitment commitments assurances guarantees".split()
)
_YIELDING_BEFORE_TO = frozenset(  # `caving to Beijing`, `concessions to Washington`
    "caving cave caves caved bow bows bowed bowing yield yields yielded yielding capitulate "
    "capitulated capitulating capitulation concessions concession ultimatum overtures "
    "appeal appeals appealed message letter warning warnings reply response offer".split()
)
_ATTITUDES_BEFORE_TOWARD = frozenset(  # `anger toward Beijing`, `a tough stance towards Tokyo`
    "anger warmth hostility stance policy policies approach attitude attitudes line posture "
    "position tough soft softer tougher friendly hostile".split()
)
_BEFORE_WORDS = {"from": _DEMANDS_BEFORE_FROM, "to": _YIELDING_BEFORE_TO,
                 "toward": _ATTITUDES_BEFORE_TOWARD, "towards": _ATTITUDES_BEFORE_TOWARD}
_ING_NEXT = lazy(r" ([a-z]{2,}ing)\b")
_NOT_VERBS = frozenset(  # words in -ing that are no verb after a place
    "during morning evening spring nothing something anything everything king building "
    "meeting ceiling opening according".split()
)


_TRAVEL_BEFORE_FOR = frozenset(
    "leave leaves left leaving depart departs departed departing head heads headed heading "
    "bound fly flies flew flying set sets sail sails sailed board boarded train trains "
    "flight flights plane ticket tickets".split()
)


def _round_after_ok(text: str, s: int) -> bool:
    """`the round`, `the next round`, `the next full round` (not `a full round of golf`)."""
    words = text[max(0, s - 24):s].lower().split()[-2:]
    if not words or not text[s - 1:s].isspace():
        return False
    return words[-1] in _ROUND_AFTER or (
        len(words) == 2 and words[-1] in _ROUND_ADJECTIVES and words[0] in _ROUND_AFTER)


def _context_ok(text: str, folded: str, fs: int, s: int, e: int, entry: Entry) -> bool:
    """The per-entry context rules beyond case and word boundaries."""
    if entry.subtype == "metonym":
        seg = text[s:e]
        return not (seg.isupper() and len(seg) > 3) and metonym_ok(text, s, e)
    if entry.value == "markets":
        return word_before(text, s) not in _NOT_MARKETS_AFTER
    if entry.surface == "topic:bill" and text[s] == "B":  # "Bill Clinton"; a headline's BILL
        if _CAPITAL_NEXT.match(text, e) is None:
            return True
        kind = _word_in_capitals_before(text, s)  # `TARIFF BILL`, `Tariff Bill Despite ...`
        return kind in _BILL_KINDS if text[s + 1:e] == "ILL" else \
            kind.istitle() and kind != "The" and kind.upper() in _BILL_KINDS  # not `Bill Gates`
    if entry.surface == "topic:round":  # `the round` of negotiations, not `a round of tariffs`
        return _round_after_ok(text, s) and not _ROUND_OF_MEASURES.match(text, e)
    if entry.surface[:15] == "topic:shortfall":  # the trade gap, not `a shortfall of rain`
        return _TRADE_WORD.search(sentence_around(text, s, e)) is not None
    return True


_BILL_KINDS = frozenset("TARIFF TRADE FARM TEXTILE IMPORT EXPORT CURRENCY OMNIBUS THE".split())


def _word_in_capitals_before(text: str, start: int) -> str:
    """The word right before `start`, as written (`TARIFF` before `BILL`; '' if none)."""
    words = text[max(0, start - 12):start].split()
    return words[-1] if words else ""
_TRADE_WORD = lazy(r"\b(?:[Tt]rade|[Ee]xports?|[Ii]mports?|deficits?|surplus)\b")


def sentence_around(text: str, start: int, end: int, reach: int = 240) -> str:
    """The sentence (or headline) holding `text[start:end]`, within `reach` each side (a
    dot after an initial, `U.S. Congress`, ends none, nor a line broken inside a
    paragraph)."""
    low, high = max(0, start - reach), min(len(text), end + reach)
    stops = [m.start() for m in _SENTENCE_END.finditer(text, low, start)]
    first = stops[-1] if stops else low - 1
    stop = _SENTENCE_END.search(text, end, high)
    return text[first + 1:stop.start() if stop else high]


def story_around(text: str, start: int, end: int) -> str:
    """What lies within `STORY_REACH` characters of `text[start:end]`: the story a word
    is read in (not all of a long text, which may hold many)."""
    return text[max(0, start - STORY_REACH):end + STORY_REACH]


STORY_REACH = 5000
# a full stop (not after an initial: `U.S.`, `James A. Baker`; a quote may close after it),
# or a paragraph's end
_SENTENCE_END = lazy(r"(?<!\b[A-Z])\.[\"”’']?\s|\n[ \t]*\n")


def lexicon_matches(folded: str, automaton: Any) -> list[tuple[int, int, int]]:
    """The automaton's raw matches over the folded copy (what `scan` reads); the search
    is native code that lets other Python threads run meanwhile."""
    return automaton.find_matches_as_indexes(" " + folded + " ")


def scan(text: str, folded: str, omap: OffsetMap, lex: Lexicon, automaton: Any,
         matches: list[tuple[int, int, int]] | None = None, _within: tuple | None = None,
         stop: int | None = None) -> Scan:
    """Every lexicon match that survives the boundary, case and context rules
    (`matches`: `lexicon_matches(folded, automaton)`, if already found; `_within`: the
    padded copy, runs and first run of an outer scan, for the matches it looks for again;
    `stop`: a folded offset where a run of white space ended, to scan only the matches
    that start before it, see `scan_before`).

    One hot loop over the automaton's matches (tens of thousands per megabyte):
    per-pattern facts come precomputed from `_plans`, and the offset map is walked
    forward with the matches instead of searched for each one.

    The automaton reports only the longest pattern at a place; when that one ends
    inside a word and spans several words (`European Commission` in `European
    Commissioner`, `U.S. administration` in `U.S. administrations`), the shorter
    matches it hid are looked for again (`_hidden`).
    """
    plans, spaced, reach = _plans(lex)
    out: list[Found] = []
    inner: list[Found] = []
    titles: list[tuple[int, int]] = []
    blocked: list[tuple[int, int]] = []
    cues: list[tuple[str, int, int]] = []
    if _within is None:
        padded = " " + folded + " "  # every match starts after a space; a space ends the last
        bounds, moves = omap.runs()  # word
        bounds = bounds + [len(padded)]  # folded offsets just after each run, then a sentinel
        moves = [omap.base] + moves  # what to add to a folded offset in each stretch
        # between runs: where the folded text starts, and the characters removed before
        k = 0
    else:
        padded, bounds, moves, k = _within
    start_of = omap.start
    broken: list[tuple[int, int]] = []  # longest matches ending inside a word, over a space
    country_at = -1  # index in `out` of the last country word (it may merge with what follows
    # when one white space separates them: `_keep_more` checks that)
    if matches is None:  # `lexicon_matches` over the padded copy made above, piece by piece
        pieces: Any = _pieces_matched(padded, automaton, reach, stop)
    else:
        pieces = ((0, padded, matches),)
    # In a piece, offsets are from its `base`: the runs' bounds are moved by it as they are
    # reached, and `shift` (the characters removed before the stretch, plus `base`) takes
    # an offset in the piece to the original text.
    for base, piece, matches in pieces:
        next_run, shift = bounds[k] - base, moves[k] + base
        for idx, fs, fe in matches:
            if piece[fe] != " ":  # the match ends inside a word
                if spaced[idx]:
                    broken.append((fs + base, fe + base))  # it may hide shorter matches
                continue
            fe -= 1  # back to folded offsets (fs already is: the match starts with the space)
            if fs >= next_run:
                while fs >= next_run:
                    k += 1
                    next_run = bounds[k] - base
                shift = moves[k] + base
            s = fs + shift
            e = fe + shift if next_run >= fe else start_of(fe - 1 + base) + 1
            role, case, dot, row, entry = plans[idx]
            if case and not (text[s].isupper() if case == _CAPITAL else
                             text[s:e].isupper() if case == _UPPER else
                             text[s:e] == case or case_ok(text, s, e, entry)):
                if spaced[idx] and (role != _BLOCK or case.__class__ is str):
                    broken.append((fs + base, fe + 1 + base))  # a name in another case
                    # hides no shorter match: `buy American goods`, `the central bank of
                    # Chile` (`Central Bank of Chile` is a name); a block of phrases hides
                    # its words in any case (`goods and services`, `access to`)
                continue
            if dot and text[e:e + 1] == ".":
                e += 1  # `U.S.`: the final dot was folded to a space
            if role == _KEEP:
                out.append(_new_found(Found, (s, e) + row))
            elif role == _CUE:
                cues.append((row, s, e))
            elif role == _COUNTRY:
                if text[e + 1:e + 2] not in _GOV_INITIALS or not _GOV_SUFFIX.match(text, e):
                    country_at = len(out)  # the common case: no `Japanese government`
                    out.append(_new_found(Found, (s, e) + row))
                else:
                    country_at = _add_country(out, s, e, entry, text, lex)
            elif role == _KEEP_MORE:
                country_at = _keep_more(out, inner, country_at, s, e, fs + base, entry, row,
                                        text, lex, omap)
            elif role == _ADD_COUNTRY:
                country_at = _add_country(out, s, e, entry, text, lex)
            elif role == _TITLE:
                titles.append((s, e))
            elif role == _BLOCK:
                blocked.append((s, e))
            elif role == _LAW:
                out.append(_new_found(Found, (s, e) + row))
                if text[e - 3] == "L" or text[e - 3:e] == "Act":  # `Export Control Law`,
                    cues.append(("law", e - 3, e))  # `Clean Air Act`: a name's head, maybe
            elif _context_ok(text, folded, fs + base, s, e, entry):
                country_at = _add_country(out, s, e, entry, text, lex)
            elif entry.surface == "topic:bill":
                cues.append(("first", s, e))  # `Bill Gamber`
    found = Scan(out, inner, titles, blocked, cues)
    for fs, fe in broken:
        hidden = _hidden(padded, fs, fe, automaton)
        if hidden:
            within = (padded, bounds, moves, bisect_right(bounds, hidden[0][1]))
            _merge(found, scan(text, folded, omap, lex, automaton, hidden, within))
    return found


# Characters of the padded copy searched at a time when `scan` finds the matches itself:
# each piece's matches (tuples and numbers) are read and freed before the next piece is
# searched, so they reuse the same memory instead of filling ~3.4 MB at once for a
# 0.85 MB text (pages a process touches cost more after a fork: the date helper's).
_PIECE = 1 << 15


def _pieces_matched(padded: str, automaton: Any, reach: int, stop: int | None = None):
    """(base, piece, matches) for successive pieces of `padded`: `piece` is
    `padded[base:...]` and `matches` the automaton's matches in it that start before
    the piece's share ends, with offsets from `base`; together exactly the matches of
    one search over all of `padded`, or those that start before `stop` (which raises
    `Spanned` if one of them ends past it).

    The search is leftmost-longest and never overlaps, so the matches that start in a
    share are those of the whole search when the piece reaches `reach` characters past
    the share (the longest pattern, and the character after it that `scan` reads); the
    next piece starts where the share's last match ends, or at the share's end."""
    size, base = len(padded), 0
    if stop is not None:
        size = min(size, stop + reach)
    while base + _PIECE + reach < size:
        share = base + _PIECE
        piece = padded[base:share + reach]
        matches = automaton.find_matches_as_indexes(piece)
        while matches and matches[-1][1] >= _PIECE:
            matches.pop()  # starts in the next share: found again from there
        if stop is not None:
            _none_across(matches, stop - base)
        yield base, piece, matches
        base = max(share, base + matches[-1][2]) if matches else share
    piece = padded[base:size] if base or size < len(padded) else padded
    matches = automaton.find_matches_as_indexes(piece)
    if stop is not None:
        while matches and matches[-1][1] >= stop - base:
            matches.pop()  # starts at `stop` or after: the other part's
        _none_across(matches, stop - base)
    yield base, piece, matches


def _none_across(matches: list[tuple[int, int, int]], stop: int) -> None:
    """Raise `Spanned` if the last of `matches` (all starting before `stop`) ends past it
    (in a piece's share or in the last piece: the one that crosses may end either)."""
    if matches and matches[-1][2] > stop:
        raise Spanned


def scan_rows(found: Scan) -> tuple:
    """`found` in plain tuples and lists (what `marshal` sends to another process)."""
    return (list(map(tuple, found.found)), list(map(tuple, found.inner)), found.titles,
            found.blocked, found.cues)


def scan_of_rows(rows: tuple) -> Scan:
    """The `Scan` that `scan_rows` gave `rows` of."""
    found, inner, titles, blocked, cues = rows
    return Scan(list(map(_as_found, found)), list(map(_as_found, inner)), titles, blocked,
                cues)


def joined(first: Any, rest: tuple) -> Any:
    """What was found in a text's two parts as one, in order: `first`'s record of lists
    (a `Scan`, a `PeopleNear`) with each list followed by the same field of `rest`."""
    return first.__class__(*(mine + more for mine, more in zip(first, rest)))


def ready_to_scan(lex: Lexicon, automaton: Any) -> None:
    """Build now what a first scan would (the automaton over ASCII text, the plans of
    the patterns): before a helper process is forked, both have them."""
    automaton.find_matches_as_indexes(" ")
    _plans(lex)


class Spanned(Exception):
    """A match of the lexicon goes on past the place a scan was asked to stop at."""


def scan_before(text: str, folded: str, omap: OffsetMap, lex: Lexicon, automaton: Any,
                stop: int) -> Scan | None:
    """`scan` of the matches that start before the folded offset `stop`, where a run of
    white space ended, or None when one goes on past it. With `scan_from`'s scan of the
    rest (from the original offset of `stop`), the same as one scan of all: the search
    from `stop` on finds what the whole search finds, no match goes on from one part
    into the other, and the rules read the whole text either side."""
    try:
        return scan(text, folded, omap, lex, automaton, stop=stop)
    except Spanned:
        return None


def scan_from(text: str, start: int, lex: Lexicon, automaton: Any) -> Scan:
    """`scan` of the matches from `start` on, where a run of white space ended (the
    part `scan_before` leaves), offsets in `text`; the part is folded here."""
    folded, omap = fold_from(text, start)
    return scan(text, folded, omap, lex, automaton)


def _hidden(padded: str, fs: int, fe: int, automaton: Any) -> list[tuple[int, int, int]]:
    """The matches hidden by the longest match `padded[fs:fe]` that ends inside a word:
    those within its whole words, then those starting at the word it breaks."""
    cut = padded.rfind(" ", fs + 1, fe)  # the space before the broken word
    end = padded.find(" ", fe)
    out = []
    for lo, hi in ((fs, cut + 1), (cut, end + 1)):
        out += [(idx, lo + s, lo + e)
                for idx, s, e in automaton.find_matches_as_indexes(padded[lo:hi])]
    return out


def _merge(found: Scan, more: Scan) -> None:
    """Add what `more` found (a few items) to `found`, each list kept in order."""
    for mine, extra, key in zip(found, more, (None, None, None, None, _AT)):
        for item in extra:
            insort(mine, item, key=key)  # by start (a cue's start is its second field)


_AT = itemgetter(1)


_new_found = tuple.__new__  # Found(...) without the Python-level __new__ (hot loop)
_as_found = partial(tuple.__new__, Found)  # a row (a plain tuple) as a Found
_MERGES_WITH = frozenset({"institution", "government"})
_KEEP, _KEEP_MORE, _CUE, _COUNTRY, _ADD_COUNTRY, _TITLE, _BLOCK, _CONTEXT, _LAW = range(9)
_CASE_CODES = {ANY: 0, CAPITAL: 1, UPPER: 2, EXACT: 3}
_CAPITAL, _UPPER, _EXACT = _CASE_CODES[CAPITAL], _CASE_CODES[UPPER], _CASE_CODES[EXACT]
_FIRST_NAME_PATTERNS = frozenset(name.lower() for name in _FIRST_NAMES)
_PLANS: dict[int, tuple[Lexicon, tuple[list[tuple], list[bool], int]]] = {}


def _plans(lex: Lexicon) -> tuple[list[tuple], list[bool], int]:
    """Per pattern: (role code, case code, dot, row, entry), `row` being what the hot
    loop needs (a Found's fields after the offsets, or a cue's name); and whether the
    pattern has several words. The case code of an exact case is the surface itself.
    Then how far past a match's start `scan` may read in the padded copy: the longest
    pattern with its leading space, and the character after it."""
    cached = _PLANS.get(id(lex))
    if cached is None or cached[0] is not lex:
        plans = [_plan(pattern, entry) for pattern, entry in zip(lex.patterns, lex.entries)]
        spaced = [" " in pattern for pattern in lex.patterns]
        reach = max(map(len, lex.patterns), default=0) + 2
        _PLANS.clear()  # one lexicon at a time (a rebuilt one replaces the old)
        cached = _PLANS[id(lex)] = (lex, (plans, spaced, reach))
    return cached[1]


def _plan(pattern: str, entry: Entry) -> tuple:
    row: Any = (entry.kind, entry.subtype, entry.value, entry.why, 1)
    if entry.role == "keep":
        plain = entry.inner is None and entry.subtype not in _MERGES_WITH
        role = _KEEP if plain else _KEEP_MORE
        if plain and entry.surface.endswith(("law", ":act")):
            role = _LAW  # `law`, `trade law`, `act`: kept, and a cue for `named_laws` as
            # `Law` or `Act`
    elif entry.role == "country":  # `Chad Bown` may be a person: the full rules
        role = _COUNTRY if pattern not in _FIRST_NAME_PATTERNS else _ADD_COUNTRY
        row = ("actor", entry.subtype, entry.value, entry.why, 1)
    elif entry.role == "cue":
        role, row = _CUE, entry.subtype
    else:
        role = {"title": _TITLE, "block": _BLOCK}.get(entry.role, _CONTEXT)
    case = _CASE_CODES[entry.case]
    surface = entry.surface.split(":", 1)[-1]  # what an exact case asks the text to show
    if case == _EXACT and surface and " ".join(surface.split()) == surface:
        case = surface  # `scan` compares it first, `case_ok` does the rest
    return role, case, entry.dot, row, entry


def _keep_more(out: list[Found], inner: list[Found], country_at: int, s: int, e: int, fs: int,
               entry: Entry, row: tuple, text: str, lex: Lexicon, omap: OffsetMap) -> int:
    """A kept match that may merge with the country word before it, or that names an
    actor inside itself; the new `country_at`. `row`: its Found's fields after the
    offsets."""
    after_country = country_at >= 0 and out[country_at][1] == s - 1 and text[s - 1].isspace()
    if entry.value == "Supreme Court" and _another_countrys(out, country_at, after_country, e,
                                                            text):
        return -1  # `the South Korean Supreme Court`, `the Supreme Court of India`
    if after_country and entry.subtype in _MERGES_WITH:
        out[country_at] = _merged(out[country_at], e, entry, text, lex)
        return -1
    out.append(_new_found(Found, (s, e) + row))
    if entry.inner is not None:
        inner.append(_inner_found(fs, entry, lex, omap))
    return country_at


def _another_countrys(out: list[Found], country_at: int, after_country: bool, e: int,
                      text: str) -> bool:
    """Whether the `Supreme Court` ending at `e` is a country's other than the US's (its
    word right before, or `of` a place after): no body the lexicon knows (the country
    word stays a mention of its own)."""
    if after_country:
        return out[country_at].value != "USA"
    return _OF_A_PLACE.match(text, e) is not None


_OF_A_PLACE = lazy(r"[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?[A-Z]")


def _add_country(out: list[Found], s: int, e: int, entry: Entry, text: str, lex: Lexicon) -> int:
    """Append a country/metonym (or context-checked) match; the index a following
    institution may merge into, or -1."""
    if entry.role == "country" and _first_name_like(s, e, text):
        return -1
    if entry.kind != "actor" or entry.subtype not in ("country", "metonym"):
        out.append(Found(s, e, entry.kind, entry.subtype, entry.value, entry.why))
        return -1
    gov = _GOV_SUFFIX.match(text, e) if text[e + 1:e + 2] in _GOV_INITIALS else None
    if gov and not ISSUED_AFTER.match(text, gov.end()):  # not `U.K. Government bonds`
        word = gov.group(1).lower()
        out.append(Found(s, gov.end(), "actor", "government", lex.body_name(entry.value, word),
                         f"rule country+{word}"))
        return -1
    out.append(Found(s, e, entry.kind, entry.subtype, entry.value, entry.why))
    return len(out) - 1 if text[e:e + 1].isspace() else -1


def _merged(country: Found, end: int, entry: Entry, text: str, lex: Lexicon) -> Found:
    """`U.S.` + `Congress` -> `U.S. Congress`;
    `Japanese` + `Finance Ministry` -> `Japan Finance Ministry`;
    `Chinese` + `central bank` -> `People's Bank of China`."""
    short = lex.short_names.get(country.value, country.value)
    if entry.value == "central bank" and country.value in CENTRAL_BANKS:
        value = CENTRAL_BANKS[country.value]  # `the Chinese central bank`
    elif entry.value in _GENERIC:
        value = f"{short} {entry.value}"
    elif entry.surface in _WESTMINSTER and country.value != "GBR":
        value = f"{short} {entry.surface.split(':', 1)[1]}"  # `Canadian House of Commons`
    elif entry.surface in _US_NAMED and country.value != "USA":  # `the French Senate`
        value = lex.body_name(country.value, entry.surface.split(":", 1)[1])
    else:
        value = entry.value
    return Found(country.start, end, entry.kind, entry.subtype, value, entry.why)


_WESTMINSTER = frozenset({"government:House of Commons", "government:House of Lords"})
# the US's unless a country's word goes before them (`the French Senate`)
_US_NAMED = frozenset({"government:Congress", "government:Senate"})


def _first_name_like(s: int, e: int, text: str) -> bool:
    """`Chad Bown`, `Jordan Peterson`: a country name used as a first name."""
    if text[s] not in "CJGI" or text[s:e] not in _FIRST_NAMES:
        return False
    return _CAPITAL_NEXT.match(text, e) is not None


def _inner_found(fs: int, entry: Entry, lex: Lexicon, omap: OffsetMap) -> Found:
    """The actor named inside an issue name (`GATT` in `GATT round`)."""
    rel_start, rel_end, actor = entry.inner  # type: ignore[misc]
    inner = lex.by_pattern[actor]
    start, end = omap.start(fs + rel_start), omap.end(fs + rel_end)
    # priority 0: kept even though it lies inside the issue
    return Found(start, end, inner.kind, inner.subtype, inner.value, inner.why, 0)
