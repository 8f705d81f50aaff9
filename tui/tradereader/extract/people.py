"""People: names after titles, in bylines and credits, around reporting verbs and
appositions; and `find_people`, which gathers them.

A person found once makes later bare mentions of the surname count too (surnames.py);
every mention's value is the fullest form of the name the article gives. What a name
looks like, and the tests it must pass, are in names.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from .lazy_regex import lazy, rx
from .lexicon import given_names, place_entry
from .lexmatch import Found
from .names import (
    FAMILY_NAMES, FIRM_SUFFIX, NAME_PATTERN, SPACE_PATTERN, SUFFIX_WORDS, clean_name, name_before, surname_key,
    with_suffix,
)
from .spans import SpanIndex
from .surnames import surname_mentions

_AFTER_TITLE = lazy(rf"{SPACE_PATTERN}({NAME_PATTERN})")  # the name after a title: group 1
_NAME_AT = lazy(NAME_PATTERN)  # a name starting where it is matched
# Titles that follow `Mr.` or `Madam` as a form of address (`Mr. President`): no name
_ADDRESSED = frozenset(
    "President Premier Minister Secretary Chairman Chairwoman Speaker Ambassador Senator "
    "Governor Chancellor Commissioner Mayor Director Prime Vice".split()
)
_STRONG = frozenset({"rule title", "rule byline"})  # these win over lexicon words
_APPOSED = lazy(r"(?:^|[,(—–\n]|\.)[ \t]*$")  # what may come before `, Name, said`
# Trade figures whose bare surname is a mention even when the article never gives
# a title or a full name (`to see if Trump wins`); the value stays the article's own form.
_WELL_KNOWN = frozenset(
    "Trump Biden Obama Reagan Nixon Lighthizer Mnuchin Navarro Kudlow Yeutter Baldrige "
    "Juncker Macron Merkel Nakasone Gorbachev Thatcher Mulroney Trudeau Bolsonaro Putin "
    "Modi Erdogan Zoellick Lamy Azevedo Lagarde Malmstrom Malmström Xi".split()
)


def title_people(text: str, titles: Iterable[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names written right after a title (`Trade Representative Clayton Yeutter`)."""
    out = []
    for start, end in titles:
        match = _AFTER_TITLE.match(text, end)
        if match:
            found = clean_name(match.group(1), match.start(1), "rule title", keep_single=True,
                               after_title=True)
            monarch = text[start:end] in _MONARCHS  # `King Abdullah`: a given name is his
            if found and text[found[0]:found[1]].rstrip(".") in SUFFIX_WORDS:
                continue  # `Martin Luther King Jr.`: no king's name
            if found and text[found[0]:found[1]] not in _ADDRESSED and (monarch or not (  # `Mr.
                    _lone_given_name(text[found[0]:found[1]])  # President`, `President Bill`
                    and text[found[1]:found[1] + 1] != ")")):
                out.append(found)
        elif text[end:end + 1] == ",":
            found = _set_off_after_title(text, end)
            if found:
                out.append(found)
        elif text[end + 1:end + 2] in ("o", "f") and text.endswith(_PORTFOLIO_TITLES, start, end):
            match = rx(_AFTER_PORTFOLIO).match(text, end)  # `Minister of Commerce Wang Wentao`
            found = match and clean_name(match.group(1), match.start(1), "rule title",
                                         keep_single=False, after_title=True)
            if found:
                out.append(found)
    return out


_MONARCHS = frozenset({"King", "Queen", "Emperor", "Crown Prince"})


# The words of a minister's portfolio (`of Industry and Trade`, `for International Trade`)
_PORTFOLIO_WORDS = (
    "Commerce|Trade|Industry|Industries|Finance|Economy|Economic|Affairs|Foreign|International"
    "|External|Agriculture|Energy|Development|Planning|Investment|Enterprise|Fisheries|Food"
    "|Treasury|Defence|Defense|Justice|Labour|Labor|Health|State|Interior|Home|Environment"
    "|Technology|Science|Information|Communications|Transport|Tourism|Business|Innovation"
    "|Employment|Mines|Resources|Natural|Petroleum|Oil|Gas|Power|Relations|Cooperation"
    "|Integration|European|Budget|Competitiveness|Rural|Forestry|Customs|Revenue|Digital"
    "|Exports|Export|Promotion|Small|Medium|Regional|Infrastructure|Climate|Security"
    "|Ecology|Education|Welfare|Housing|Culture|Social|Trade-related")
_PORTFOLIO_TITLES = ("Minister", "Secretary", "Commissioner", "State")  # titles that have one
# After a title: its portfolio, then the name (group 1)
_AFTER_PORTFOLIO = (  # compiled on first use (rx): importing compiles nothing
    rf"{SPACE_PATTERN}(?:of|for){SPACE_PATTERN}(?:the{SPACE_PATTERN})?"
    rf"(?:(?:{_PORTFOLIO_WORDS}|and|&),?{SPACE_PATTERN})+({NAME_PATTERN})")  # (`of Trade,
# Industry and Energy Ahn Duk-geun`, `of International Trade and Industry, Ryutaro Hashimoto`)


def _lone_given_name(name: str) -> bool:
    """A given name alone, which no title is followed by (`House of Representative Bill 3`,
    not `President Bill`; but `(Prime Minister Yasuhiro) Nakasone`); `Premier Li`,
    `President Kim` are family names too."""
    return " " not in name and name in given_names() and name not in FAMILY_NAMES


# `his Trade Minister, Hajime Tamura, who`: a full name set off by commas after a title
_SET_OFF_NAME = lazy(rf",{SPACE_PATTERN}({NAME_PATTERN})(?=,|{SPACE_PATTERN}(?:who|said)\b)")


def _set_off_after_title(text: str, end: int) -> tuple[int, int, str] | None:
    """The name of two words or more set off by commas right after a title."""
    match = _SET_OFF_NAME.match(text, end)
    if match is None or " " not in match.group(1).strip():
        return None
    return clean_name(match.group(1), match.start(1), "rule title", keep_single=False,
                      after_title=True)


def byline_people(text: str, cues: list[tuple[str, int, int]]) -> list[tuple[int, int, str]]:
    """Names in bylines: `By Jane Doe` opening a line, `Written By Ian Maleve`,
    `Reporting by ...`."""
    out = []
    for _cue, start, end in [cue for cue in cues if cue[0] == "byline"]:  # a few of them
        if text[end:end + 2] == ": ":  # `To contact the reporter on this story: A in B`
            end += 1
        if text[end:end + 1] not in (" ", "\t"):
            continue
        if end - start > 3 or _opens_line(text, start):
            out += _names_from(text, end + 1, "rule byline", with_and=True) or \
                _capital_names_from(text, end + 1)
    return out


# Names in capitals, as some agencies set bylines (`By MARK STEVENSON and PAUL WISEMAN`):
# two to four words, the names alone up to the line's end or a comma
_CAPITAL_NAME = r"[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]*){1,3}"
_CAPITAL_NAMES = lazy(
    rf"(?P<first>{_CAPITAL_NAME})(?:,?[ \t]+and[ \t]+(?P<second>{_CAPITAL_NAME}))?[ \t]*(?:[,\n]|$)")


def _capital_names_from(text: str, at: int) -> list[tuple[int, int, str]]:
    """The names in capitals of a byline starting at `at` (`_name_and_key` gives each
    its value in title case)."""
    match = _CAPITAL_NAMES.match(text, at)
    if match is None:
        return []
    return [(match.start(group), match.end(group), "rule byline")
            for group in ("first", "second") if match.group(group)]


def credit_people(text: str, cues: list[tuple[str, int, int]]) -> list[tuple[int, int, str]]:
    """Names credited at a story's end, opening the line: `Owen Churchill, Jun Mai and
    Frank Tang contributed to this report`, `Keith Bradsher contributed reporting`."""
    out = []
    for _cue, start, _end in [cue for cue in cues if cue[0] == "credit"]:
        names, clean = _listed_names(text, text.rfind("\n", 0, start) + 1, start)
        if clean and text[names[-1][1]:start].isspace():  # the whole line: names only
            out += names
    return out


def _listed_names(text: str, at: int, end: int) -> tuple[list[tuple[int, int, str]], bool]:
    """The names listed from `at` (`A, B and C`), up to `end` at most; and whether one
    of them is a name by `clean_name`'s tests. In a list with such a one, a name that
    looks like words (`Jun Mai`) is taken as it stands."""
    names, clean = [], False
    while at < end:
        match = _NAME_AT.match(text, at)
        if match is None or " " not in match.group():
            break
        found = clean_name(match.group(), at, "rule byline", keep_single=False)
        if found is not None and found[0] != at:
            break
        clean = clean or found is not None
        names.append(found or (at, match.end(), "rule byline"))
        gap = _LIST_GAP.match(text, names[-1][1])
        if gap is None:
            break
        at = gap.end()
    return names, clean


_LIST_GAP = lazy(r",\s*(?:and\s+)?|\s+and\s+")


def _opens_line(text: str, start: int) -> bool:
    """Whether only a space or a tab, if anything, lies between a line break and `start`."""
    before = text[start - 2:start] if start > 1 else text[:start]
    return start == 0 or before[-1:] == "\n" or before in ("\n ", "\n\t")


_PARTNERS = (" and Co", " & Co", " and Sons", " & Sons")  # a name that is a firm's
# `Richardson Greenshields of Canada Ltd economist Susan Clark`: the firm before a role
# (not `Steve Slifer of Lehman Securities Inc.`, a person of a firm); `Jardine Fleming
# (Securities) Ltd`
_FIRM_GOES_ON = lazy(
    rf"\s+of\s+(?:[A-Z][\w&'.-]*\s+){{1,3}}(?:{FIRM_SUFFIX}|Group\b)\.?\s+"
    r"(?:chief\s+|senior\s+)?(?:economist|analyst|strategist|president|chairman|director)\b"
    rf"|\s+\([A-Z][\w ]{{0,30}}\)\s+{FIRM_SUFFIX}")


def _names_from(text: str, at: int, why: str, with_and: bool = False,
                listed: int = 0) -> list[tuple[int, int, str]]:
    """The name (and, for bylines, the others listed after it) starting at `at`; `listed`:
    how many came before it in the list (a list goes on for `_MOST_LISTED` names at most)."""
    match = _NAME_AT.match(text, at)
    raw = match and match.group()
    if raw and with_and and "\n" in raw:  # a byline's name ends with its line (`By Martin
        raw = raw[:raw.index("\n")].rstrip()  # Crutsinger` / `Associated Press`)
    found = raw and clean_name(raw, at, why, keep_single=False)
    if not found and with_and and raw and _JAN_NAMED.fullmatch(raw.strip()):
        found = (at, at + len(raw.strip()), why)  # a credit's `Jan Strupczewski`
    if not found or text.startswith(_PARTNERS, found[1]) or _FIRM_GOES_ON.match(text, found[1]):
        return []  # `James Capel and Co.`, `Richardson Greenshields of Canada Ltd`: a firm
    if with_and and (text[found[0]:found[1]].rsplit(None, 1)[-1] in _NEWSROOMS
                     or _STAFF_AFTER.match(text, found[1])):
        return []  # `Editing by Asia Desk`, `By Politico Europe trade team`
    if not with_and or listed >= _MOST_LISTED:
        return [found]
    place = _CREDIT_PLACE.match(text, found[1])  # `Reporting by A in Washington and B`
    after = place.end() if place else found[1]
    rest = text[after:after + 6]
    if rest.startswith((" and ", ", and ")):  # (the next may go on: `B in Brussels, C ...`)
        nxt = after + rest.index("and") + 4
    elif place and _NAME_IN_PLACE.match(text, after):  # `A in Brussels, B in Tokyo and C in
        nxt = after + 2  # Beijing`
    elif rest.startswith(", ") and _LISTED_TO_AND.match(text, after) and \
            _listed_person(text, after + 2):  # `A, B and C`
        nxt = after + 2
    else:
        return [found]
    return [found, *_names_from(text, nxt, why, with_and=True, listed=listed + 1)]


_MOST_LISTED = 30  # names in one byline or credit
# `Jan` (a given name, and January's short form), then a surname: a byline's or credit's
_JAN_NAMED = lazy(r"Jan[ \t]+[A-Z][a-z'’-]+(?:-[A-Z][a-z]+)?")


def _listed_person(text: str, at: int) -> bool:
    """Whether the name listed at `at` may be a person's: not a place (`By Jane Doe, Hong
    Kong and Tom Brown, Singapore`) nor a role (`Jane Doe, Staff Writer and ...`)."""
    match = _LISTED_NAME_AT.match(text, at)
    if match is None:
        return False
    name = match.group()
    return place_entry(name) is None and name.rsplit(None, 1)[-1] not in _NEWSROOMS


# the rest of a byline's list of names after its first: `, B and C`, `, B, C and D`
_LISTED_NAME = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2}"
_LISTED_NAME_AT = lazy(_LISTED_NAME)
_LISTED_TO_AND = lazy(rf",[ \t]+(?:{_LISTED_NAME},[ \t]+)*{_LISTED_NAME},?[ \t]+and[ \t]+{_LISTED_NAME}")
_STAFF_AFTER = lazy(r"[ \t]+(?:(?!(?:and|or|from|with|of|for|by|in)\b)[a-z]+[ \t]+)?"
                    r"(?:team|staff|desk|bureau|newsroom|reporters|correspondents)\b")  # a
# byline's outlet before its staff (`By Politico Europe trade team`; not `By A and staff`)
_NEWSROOMS = frozenset("Desk Staff Team Bureau Bureaus Newsroom Newsrooms Writer Writers Reporter"
                       " Reporters Correspondent Correspondents Editor Editors Contributor".split())
# a credit's last word that names no person: a newsroom or a role (`Staff Writer`)
# after a credit's place: `, ` and a name with a place of its own (`, Kaori Ishida in Tokyo`;
# not `in Seoul, South Korea, contributed`, `in Washington, Hong Kong and Beijing`)
_NAME_IN_PLACE = lazy(r", [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} in [A-Z]")
_CREDIT_PLACE = lazy(
    r"[ \t]+in[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?(?=,? and |, [A-Z])")


def cue_people(text: str, cues: list[tuple[str, int, int]]) -> list[tuple[int, int, str]]:
    """Full names next to a reporting verb, or before a comma and a role (`X, an economist`)."""
    out = []
    for cue, start, end in cues:
        if cue == "verb":
            found = name_before(text, start, "rule name+said")
            # the cheap tests below come first and avoid max(): they run for every cue
            if not found and "," in text[start - 3 if start > 3 else 0:start]:
                found = _between_commas(text, start)
            if found:
                out.append(found)
            if text[end + 1:end + 2].isupper() and text[end] in " \n":
                out += [found for found in _names_from(text, end + 1, "rule said+name")
                        if not _owner_of_the_speaker(text, found[1])]
        elif cue == "role":  # `X, an economist` and `founder Ren Zhengfei`, both may be there
            found = _apposition(text, start)  # (`Meng Wanzhou, the daughter of company founder
            if found:  # Ren Zhengfei`: each a person)
                out.append(found)
            if text[end + 1:end + 2].isupper() and text[end] in " \n" \
                    and text[start:end] in _ROLES_BEFORE_NAMES:
                out += _role_then_name(text, start, end + 1)
            elif text[end:end + 2] == ", " and text[end + 2:end + 3].isupper() \
                    and text[start:end] in _ROLES_BEFORE_NAMES:  # `its chief financial officer,
                out += _role_then_apposed(text, start, end + 2)  # Meng Wanzhou, was ...`
        elif (cue == "first" or cue == "money" and text[start:end] == "Mark"
              and not text.endswith("Deutsche ", 0, start)) and \
                text[end + 1:end + 2].isupper() and text[end] in " \n":  # (the currency's cue
            # took the given name's pattern: `Mark Latham`, not the Deutsche mark)
            if not text[start - 1:start] == "-":  # `Jean-Claude Paye`: not `Claude Paye`
                out += _names_from(text, start, "rule first name")
    return out


def apposed_people(text: str, titles: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Full names before a comma and a title (`Carla Hills, the U.S. Trade Representative`)."""
    out = []
    for start, _end in titles:
        found = _apposition(text, start)
        if found:
            out.append(found)
    return out


# `Chad Bown, of the Peterson Institute`, `Yu Chunhai, from Renmin University`
_AFFILIATION = lazy(r", (?:of|from|at)\s+(?:the\s+)?[A-Z]")
# The body's name must read as one that employs experts (not `Mitsubishi, of Japan`)
_EMPLOYER = lazy(
    r"[^,.;()]{0,60}?\b(?:Institute|University|College|School|Center|Centre|Foundation|"
    r"Council|Association|Federation|Chamber|Ministry|Department|Commission|Bureau|Agency|"
    r"Bank|Fund|Economics|Research|Securities|Capital|Partners)\b")


def _affiliated(text: str) -> list[tuple[int, int, str]]:
    """Full names set off by a comma before the body the person speaks for."""
    out = []
    for match in _AFFILIATION.finditer(text):
        if _EMPLOYER.match(text, match.end() - 1):
            found = name_before(text, match.start(), "rule name, of body")
            if found:
                out.append(found)
    return out


def _party_tagged(text: str) -> list[tuple[int, int, str]]:
    """Full names before an American party-and-state tag: `Thad Cochran (R-Miss.)`."""
    out = []
    for match in _PARTY_TAG.finditer(text):  # opens with `(`: a fast literal search
        end = match.start()
        while end and text[end - 1] in " \t\n":
            end -= 1
        found = name_before(text, end, "rule name (party)")
        if found:
            out.append(found)
    return out


_PARTY_TAG = lazy(r"\((?:D|R|I)-[A-Z][A-Za-z.]{1,12}\)")


# Role nouns written right before a name (`said economist Wei Yao`, `CEO Tim Cook`)
_ROLES_BEFORE_NAMES = frozenset(
    "economist analyst researcher professor official executive adviser advisor fellow "
    "strategist founder lawyer negotiator manager officer trader author expert scholar CEO "
    "lecturer consultant editor correspondent spokesman spokeswoman head chief businessman "
    "businesswoman entrepreneur tycoon magnate billionaire financier industrialist banker"
    " Democrat Republican".split()  # `Democrat Hillary Clinton`
)


def _owner_of_the_speaker(text: str, end: int) -> bool:
    """Whether the name ending at `end` is a firm the speaker belongs to: `said Merrill
    Lynch analyst Tom Doe`, `said Touche Ross's Collander`."""
    after = text[end:end + 16]
    if after[:3] in ("'s ", "’s ") and after[3:4].isupper():
        return True
    words = after.split(None, 2)
    return bool(words) and after[:1].isspace() and words[0] in _ROLES_BEFORE_NAMES


def _role_then_name(text: str, role_start: int, at: int) -> list[tuple[int, int, str]]:
    """The full name right after a role noun, unless it starts with a title of its own
    (`executive Vice President ...`: the title rule finds that name) or the role is an
    adjective (`the official Peking Review`)."""
    if text[at:text.find(" ", at)] in _ADDRESSED:
        return []
    if text[role_start] == "o":  # `official`
        before = text[max(0, role_start - 6):role_start].split()
        if before and before[-1].lower() in _DETERMINERS:
            return []
    return _names_from(text, at, "rule role+name")


_DETERMINERS = frozenset("the an its their his her".split())


def _role_then_apposed(text: str, role_start: int, at: int) -> list[tuple[int, int, str]]:
    """The full name set off by commas right after a role noun (`Huawei's chief financial
    officer, Meng Wanzhou, was arrested`): the name must close with its comma."""
    return [found for found in _role_then_name(text, role_start, at)
            if text[found[1]:found[1] + 1] == ","]


def _between_commas(text: str, verb_start: int) -> tuple[int, int, str] | None:
    """`the spokesman, Gao Feng, said`: the name before the comma before the verb."""
    lo = verb_start - 3 if verb_start > 3 else 0
    if not text[lo:verb_start].rstrip().endswith(","):
        return None
    comma = text.rfind(",", lo, verb_start)
    found = name_before(text, comma, "rule name+said")
    if found and not _APPOSED.search(text, max(0, found[0] - 4), found[0]):
        return None  # `chief economist at S&P Global Ratings, told`: the end of a firm's name
    return found


def _apposition(text: str, role_start: int) -> tuple[int, int, str] | None:
    """`Sophie Altermatt, an economic researcher`: the name before the comma."""
    comma = text.rfind(",", role_start - 64 if role_start > 64 else 0, role_start)
    if comma < 0:
        return None
    between = text[comma + 1:role_start]
    if ". " in between and _SENTENCE_END.search(between) or len(between.split(None, 5)) > 5:
        return None  # (not the dots of `U.S.` in `Warren Lavorel, a U.S. official`)
    return name_before(text, comma, "rule apposition")


_SENTENCE_END = lazy(r"[a-z0-9]\.\s")
_new_found = tuple.__new__  # Found(...) without the Python-level __new__


class NamedPeople(NamedTuple):
    """The people the rules name, before their later bare surnames are looked for."""

    mentions: list[Found]
    fullest: dict[str, str]  # surname (or the name itself) -> the fullest name given
    taken: SpanIndex  # the lexicon's mentions, which a bare surname may not overlap


def find_people(text: str, titles: list[tuple[int, int]], cues: list[tuple[str, int, int]],
                taken: list[tuple[int, int]], strong_taken: list[tuple[int, int]],
                leaders: Iterable[str] = ()) -> list[Found]:
    """Every person mention: strong rules, then context rules, then bare surnames.

    `leaders` are surnames known from `the X administration`: bare mentions count.
    """
    return with_surnames(text, name_people(text, titles, cues, taken, strong_taken, leaders))


class PeopleNear(NamedTuple):
    """The names read next to a scan's titles and cues (see `people_near`)."""

    titled: list[tuple[int, int, str]]  # strong: after a title,
    bylined: list[tuple[int, int, str]]  # in a byline,
    credited: list[tuple[int, int, str]]  # in a credit
    by_cue: list[tuple[int, int, str]]  # weak: near a verb, a role or a first name,
    apposed: list[tuple[int, int, str]]  # before a title


def people_near(text: str, titles: list[tuple[int, int]],
                cues: list[tuple[str, int, int]]) -> PeopleNear:
    """The names the rules read next to each title and cue of a scan, before any is
    weighed against the lexicon's mentions. Each is read from the text around its title
    or cue alone, so the names of a text's two parts, each from its part's scan, joined
    (`lexmatch.joined`), are those of the whole."""
    return PeopleNear(title_people(text, titles), byline_people(text, cues),
                      credit_people(text, cues), cue_people(text, cues),
                      apposed_people(text, titles))


def name_people(text: str, titles: list[tuple[int, int]], cues: list[tuple[str, int, int]],
                taken: list[tuple[int, int]], strong_taken: list[tuple[int, int]],
                leaders: Iterable[str] = (), near: PeopleNear | None = None) -> NamedPeople:
    """`find_people` up to the bare surnames: the strong rules, then the context rules
    (`near`: `people_near(text, titles, cues)`, if already read)."""
    if near is None:
        near = people_near(text, titles, cues)
    strong_index = SpanIndex(strong_taken)
    taken_index = SpanIndex(taken)
    strong_at, taken_at = strong_index.overlaps, taken_index.overlaps
    strong = [p for p in near.titled + near.bylined + near.credited
              if not strong_at(p[0], p[1])]
    weak = [p if not taken_at(p[0], p[1]) else _after_taken(text, taken_at, p)
            for p in near.by_cue + near.apposed + _affiliated(text) + _party_tagged(text)]
    weak = [p for p in weak if p is not None]
    found = strong + weak
    suffix_at = {cue[1] for cue in cues if cue[0] == "suffix"}  # (most texts have none)
    if suffix_at:
        found = [with_suffix(text, p) if p[1] + 1 in suffix_at or p[1] + 2 in suffix_at
                 or text[p[1] - 3:p[1]] in (" Jr", " Sr") else p for p in found]
    named = [_name_and_key(text[s:e]) for s, e, _why in found]
    fullest = _fullest_names(named)
    _add_paternal_surnames(named, fullest)
    for leader in _WELL_KNOWN.union(leaders):
        fullest.setdefault(leader, leader)
    values = [fullest.get(key, name) for name, key in named]
    for i, (name, _key) in enumerate(named):  # (few differ: a fuller name, or another's)
        if values[i] != name:
            values[i] = _fuller(name, values[i])
    mentions = [_new_found(Found, (s, e, "actor", "person", value, why, 3 if why in _STRONG else 1))
                for (s, e, why), value in zip(found, values)]
    return NamedPeople(mentions, fullest, taken_index)


def _fuller(name: str, fullest: str | None) -> str:
    """The value of a named person: the fullest name given for the surname when it holds
    every word of this one (`John Sauer` in `D. John Sauer`); else this name, another
    person's of the same family name (`Jack Kim` is not `Kim Jong-hoon`)."""
    if fullest is None or fullest == name or " " not in name:
        return fullest or name
    words = fullest.lower().split()  # (`Von Wartenberg` opening a sentence: `von`)
    return fullest if all(word in words for word in name.lower().split()) else name


def _after_taken(text: str, taken_at, found: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """What of `found` follows the lexicon's mentions it overlaps when that is still a full
    name (`... Economic Cooperation and Development Jean-Claude Paye said`), or None."""
    start, end, why = found
    for word in _WORD_START.finditer(text, start + 1, end):
        if not taken_at(word.start(), end):
            return clean_name(text[word.start():end], word.start(), why, keep_single=False)
    return None


_WORD_START = lazy(r"(?<=\s)\S")


def with_surnames(text: str, named: NamedPeople,
                  matches: list[tuple[int, int, int]] | None = None) -> list[Found]:
    """The people `name_people` found and their later bare surnames (`matches`:
    `surname_matches(text, named.fullest)`, if already found)."""
    renamed: dict[str, str] = {}
    mentions = named.mentions + surname_mentions(text, named.fullest, named.taken,
                                                 named.mentions, renamed, matches)
    if renamed:  # `Mr. Xi`, then `Xi Jinping`: every mention has the fuller name
        mentions = [m._replace(value=renamed[m.value]) if m.value in renamed else m
                    for m in mentions]
    return mentions


@lru_cache(maxsize=4096)
def _name_and_key(raw: str) -> tuple[str, str]:
    """The name as written in `raw`, one space between words, and the key later mentions
    use (its surname, else the name itself); cached, as the same names recur."""
    name = " ".join(raw.split())
    if name.isupper():  # a byline in capitals: `MARK STEVENSON` is Mark Stevenson
        name = name.title()
    return name, surname_key(name) or name


def _add_paternal_surnames(named: list[tuple[str, str]], fullest: dict[str, str]) -> None:
    """A Spanish name of two surnames is referred to by the first (`Mario Rodriguez
    Montero` ... `Rodriguez said`), a Portuguese one of three names and more before its
    particle by the last of them (`Luiz Inacio Lula da Silva` ... `Lula said`), a given name,
    a surname, a particle and a second surname by the first surname (`Carlos Salinas de
    Gortari` ... `Salinas`): that one is a key of `fullest` too, unless taken."""
    for name, _key in named:
        words = name.split()
        if len(words) == 3 and words[0] in given_names() and words[1][:1].isupper() and \
                len(words[1]) > 2 and words[1][1:].islower() and words[1] not in given_names():
            fullest.setdefault(words[1], name)
        elif len(words) >= 5 and words[-2] in _PORTUGUESE_PARTICLES and words[-3][1:].islower():
            fullest.setdefault(words[-3], name)
        elif len(words) == 4 and words[2] in _PORTUGUESE_PARTICLES and words[1][1:].islower() \
                and len(words[1]) > 2:  # `Carlos Salinas de Gortari` ... `Salinas said`
            fullest.setdefault(words[1], name)


_PORTUGUESE_PARTICLES = frozenset({"da", "de", "do", "dos", "das"})


def _fullest_names(named: list[tuple[str, str]]) -> dict[str, str]:
    """Surname (or the name itself) -> the longest name with that surname."""
    fullest: dict[str, str] = {}
    for name, key in named:
        if len(name) > len(fullest.get(key, "")):
            fullest[key] = name
    return fullest
