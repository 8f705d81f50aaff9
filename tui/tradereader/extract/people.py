"""People: names after titles, in bylines, around reporting verbs and appositions.

A person found once makes later bare mentions of the surname count too; every
mention's value is the fullest form of the name the article gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import build_automaton
from .lexmatch import Found
from .spans import SpanIndex

# A capital: ASCII or Latin-1, or any letter beyond Latin-1 (`Š`, `Ł`); a small letter: any
# letter but those capitals (`Wollmershäuser`, `Šefčovič`). Classes built from categories
# and Latin-1 ranges compile fast; one listing letters beyond Latin-1 would not.
_UP = r"(?:[A-ZÀ-ÖØ-Þ]|[^\W\d_\x00-\xff])"
_LOW = r"[^\W\d_A-ZÀ-ÖØ-Þ]"
_TOKEN = rf"(?:[A-Z]\.|(?:[A-Z]['’])?{_UP}{_LOW}*{_UP}?{_LOW}+(?:[-'’]{_UP}?{_LOW}+)*)"
_PARTICLE = r"(?:de|De|van|von|der|den|da|di|du|la|le|bin|al|del|dos)"
_WS = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NAME = rf"{_TOKEN}(?:{_WS}(?:{_PARTICLE}{_WS})?{_TOKEN}){{0,3}}"
_AFTER_TITLE = re.compile(rf"{_WS}({_NAME})")
_NAME_AT = re.compile(_NAME)
_TOKEN_FULL = re.compile(rf"{_TOKEN}(?:['’]s)?")
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
_SPLIT = re.compile(r"\s+")
_STOP = frozenset(
    "The A An And But Or If In On At Of For From To By As With Without After Before While "
    "When Where Why How What Which Who This That These Those It Its He She His Her They "
    "Their We Our I You Mr Mrs Ms Dr Meanwhile However Still Also Yet So Then There Here "
    "Both Each Some Many Most All Such Asked Under Over Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April May June July August September "
    "October November December Reuters Xinhua Kyodo Bloomberg AP AFP Today Tomorrow "
    "Yesterday According Despite Although Even Earlier Later Last Next Chinese American "
    "Japanese European Not No Sources Officials Analysts Spokesman Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec Sir Dame".split()
)
_ORG_WORDS = frozenset(
    "Bank Group Inc Corp Co Ltd Company Corporation Holdings Securities Capital Partners "
    "Research Institute University Foundation Street Economics Sachs Stanley Motor Motors "
    "Exchange Fund Association Council Committee Agency Ministry Department Office Times "
    "Post Journal News Airlines Industries Electronics Party Commission Center Centre Club "
    "Administration Service Services Index Board House Congress Senate Court Organisation "
    "Organization Report Plan Programme Program Act Law Agreement Accord Round Academy "
    "Sciences School Society Forum Chamber Federation Union Alliance Studies Daily Affairs "
    "Bureau Economy Democrat Republican Institution "
    "Radio Television TV Network Broadcasting Insider Magazine Media Channel Wire".split()
)
# Capitalised role nouns written before a name; never part of it (`Economist Jane Doe`)
_ROLE_WORDS = frozenset(
    "Professor Economist Analyst Owner Founder Strategist Researcher Chairman Chairwoman "
    "Director Executive Adviser Advisor Spokesman Spokeswoman CEO Lawyer Attorney Editor "
    "Correspondent Author Manager Officer Official Trader Consultant Expert Scholar "
    "Lecturer Mayor Negotiations Exchequer Administrator Deputy".split()
)
# Titles that follow `Mr.` or `Madam` as a form of address (`Mr. President`): no name
_ADDRESSED = frozenset(
    "President Premier Minister Secretary Chairman Chairwoman Speaker Ambassador Senator "
    "Governor Chancellor Commissioner Mayor Director Prime Vice".split()
)
_CHINESE_SURNAMES = frozenset(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Gao Lin Luo Zheng Liang Xie "
    "Tang Xi Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Wei Lu Ding Ren "
    "Shen Yao Zhong Cui Tan Kong Qian Bo Wen Jia Mao Hua Lou Gao Wan Fu Zhu Yi He Mei Shi Zou "
    "Xiong Qin Jin Du Su Lyu Fang Qiu Xia Hou Shao Meng Duan Lei Yin Kang Gu Liao Cheng Dai Lai "
    "Ye Xue Yan Hao Sheng Ning Bian Chai Chu Dou Gong Ji Jiao Mu Niu Ou Pang Qi Rao Shang Tao "
    "Wei Xing Yue Zhan Zhuang".split()
)
_KOREAN_SURNAMES = frozenset(
    "Kim Lee Park Choi Chung Jung Kang Cho Yoon Jang Lim Han Shin Kwon Hwang Ahn Yoo Hong "
    "Jeon Bae Baek Nam Rha Roh Chun Yang Suh Seo Hyun Koo Lew Rhee".split()
)
_STRONG = frozenset({"rule title", "rule byline"})  # these win over lexicon words
_TITLE_NAMES = _CHINESE_SURNAMES | {"May"}  # `Prime Minister Theresa May`
_STOP_AFTER_TITLE = _STOP - _TITLE_NAMES
_AMBIGUOUS_SURNAMES = frozenset("He Ma Sun Long Song Yu Lu Bo Yi Fu".split())
_SHORT_SURNAMES = frozenset("Xi Li Hu Wu".split())  # two letters, yet safe as later mentions
# `Academy of Social Sciences`, `Bank of Tokyo in New York said`: no person
_BEFORE_ORG_NAME = frozenset({"of", "for", "in", "at", "on"})
_APPOSED = re.compile(r"(?:^|[,(—–\n]|\.)[ \t]*$")  # what may come before `, Name, said`
# Trade figures whose bare surname is a mention even when the article never gives
# a title or a full name (`to see if Trump wins`); the value stays the article's own form.
_WELL_KNOWN = frozenset(
    "Trump Biden Obama Reagan Nixon Lighthizer Mnuchin Navarro Kudlow Yeutter Baldrige "
    "Juncker Macron Merkel Nakasone Gorbachev Thatcher Mulroney Trudeau Bolsonaro Putin "
    "Modi Erdogan Zoellick Lamy Azevedo Lagarde Malmstrom Malmström Xi".split()
)


def _tokens(name: str) -> list[str]:
    return _SPLIT.split(name)


def clean_name(raw: str, start: int, why: str, keep_single: bool,
               after_title: bool = False) -> tuple[int, int, str] | None:
    """(start, end, why) of the name in `raw` (found at `start`) once stop words,
    possessives and organisation names are trimmed; None if nothing is left.

    After a title, a Chinese family name that is also an English word stays
    (`Vice Premier He Lifeng`, `Vice Premier Liu He`).
    """
    span = _clean_span(raw, keep_single, after_title)  # names recur: cached
    return None if span is None else (start + span[0], start + span[1], why)


@lru_cache(maxsize=4096)
def _clean_span(raw: str, keep_single: bool, after_title: bool) -> tuple[int, int] | None:
    """`clean_name` within `raw`: the span kept, or None."""
    tokens = _word_spans(raw)
    stop = _STOP_AFTER_TITLE if after_title and len(tokens) > 1 else _STOP
    while tokens and _bare(tokens[0][2]) in stop:
        tokens = tokens[1:]
    for i in range(len(tokens) - 2, -1, -1):  # `Science Professor Mitsuru Uchida`
        if tokens[i][2] in _ROLE_WORDS:
            tokens = tokens[i + 1:]
            break
    for i, token in enumerate(tokens):
        if _bare(token[2]) in stop and not _given_after_family(tokens, i):
            tokens = tokens[:i]
            break
        if token[2].endswith(("'s", "’s")):
            tokens = tokens[:i + 1]
            break
    if not tokens or not _ORG_WORDS.isdisjoint([t[2] for t in tokens]):
        return None
    if len(tokens) < 2 and not keep_single:
        return None
    first, end = tokens[0][0], tokens[-1][1]
    for suffix in ("'s", "’s", "'", "’"):
        if raw.endswith(suffix, 0, end):
            end -= len(suffix)
            break
    if raw[first:end].endswith(".") and len(tokens[-1][2]) <= 2:
        return None  # a bare initial
    return first, end


def _given_after_family(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the last word, a stop word, is the given name after a Chinese family
    name (`He` in `Liu He`)."""
    return i == len(tokens) - 1 and i > 0 and tokens[i][2] in _CHINESE_SURNAMES \
        and tokens[i - 1][2] in _CHINESE_SURNAMES


def _bare(word: str) -> str:
    """`word` without its final dots (`Mr.`), but an initial keeps its dot: `A.` in
    `John A. Hobson` is no article."""
    return word if len(word) == 2 and word[1] == "." else word.rstrip(".")


def _word_spans(raw: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each run of non-space characters (`\\S+`) in `raw`."""
    spans = []
    at = 0
    for word in raw.split():
        at = raw.find(word, at)  # only white space lies between one word and the next
        spans.append((at, at + len(word), word))
        at += len(word)
    return spans


def title_people(text: str, titles: Iterable[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names written right after a title (`Trade Representative Clayton Yeutter`)."""
    out = []
    for _start, end in titles:
        match = _AFTER_TITLE.match(text, end)
        if match:
            found = clean_name(match.group(1), match.start(1), "rule title", keep_single=True,
                               after_title=True)
            if found and text[found[0]:found[1]] not in _ADDRESSED:  # `Mr. President`
                out.append(found)
    return out


def byline_people(text: str, cues: list[tuple[str, int, int]]) -> list[tuple[int, int, str]]:
    """Names in bylines: `By Jane Doe` opening a line, `Written By Ian Maleve`,
    `Reporting by ...`."""
    out = []
    for _cue, start, end in [cue for cue in cues if cue[0] == "byline"]:  # a few of them
        if text[end:end + 1] not in (" ", "\t"):
            continue
        if end - start > 3 or _opens_line(text, start):
            out += _names_from(text, end + 1, "rule byline", with_and=True)
    return out


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


_LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _opens_line(text: str, start: int) -> bool:
    """Whether only a space or a tab, if anything, lies between a line break and `start`."""
    before = text[start - 2:start] if start > 1 else text[:start]
    return start == 0 or before[-1:] == "\n" or before in ("\n ", "\n\t")


def _names_from(text: str, at: int, why: str, with_and: bool = False) -> list[tuple[int, int, str]]:
    """The name (and, for bylines, a second one after `and`) starting at `at`."""
    match = _NAME_AT.match(text, at)
    found = match and clean_name(match.group(), at, why, keep_single=False)
    if not found:
        return []
    rest = text[match.end():match.end() + 6] if with_and else ""
    if rest.startswith((" and ", ", and ")):
        return [found, *_names_from(text, match.end() + rest.index("and") + 4, why)]
    return [found]


def name_before(text: str, end: int, why: str) -> tuple[int, int, str] | None:
    """A full name (two words or more) ending just before `end`, or None.

    Called for every reporting verb, role and title, and most fail at the first
    test, so that one is kept cheap: one short slice, split from the right.
    """
    lo = end - 72 if end > 72 else 0  # not max(): a builtin call costs more
    window = text[lo:end]
    last = window.rsplit(None, 2)  # cheap tests first: the two words before must look like a name
    if len(last) < 2 or not last[-1][0].isupper() or not last[-2][0].isupper() \
            and last[-2] not in _PARTICLES:
        return None
    if not _is_token(last[-1]) or not (_is_token(last[-2]) or last[-2] in _PARTICLES):
        return None  # what `_name_words` would find, sooner (`Reuters,`, `U.S.`)
    if window[-1:].isspace() and "\n\n" in window[-3:]:
        return None
    taken = _name_words(window.rsplit(None, 4))  # the same two last words, and two more
    if taken is None:
        return None
    first = text.rfind(taken[0], lo, end)
    last_end = first + len(taken[0])
    for word in taken[1:]:
        first = text.rfind(word, lo, first)
    raw = text[first:last_end]
    if "\n\n" in raw:
        return None
    if "s " in raw:  # `Marine Midland's O'Neill said`: the name is what follows the owner
        owner = max(raw.rfind("'s "), raw.rfind("’s "))
        if owner >= 0:
            first += owner + 3
            raw = text[first:last_end]
    return clean_name(raw, first, why, keep_single=False)


def _name_words(words: list[str]) -> list[str] | None:
    """The name words at the end of `words`, last first (two to four), or None.

    The last two are name words already (a capitalised word, then one or a particle);
    `words` needs only its last four items: no more are ever taken.
    """
    taken = [words.pop(), words.pop()]
    stopper = ""  # the word before the name
    while words and len(taken) < 4:
        word = words.pop()
        if not (_is_token(word) or word in _PARTICLES):
            stopper = word
            break
        taken.append(word)
    return None if stopper in _BEFORE_ORG_NAME else taken


@lru_cache(maxsize=8192)
def _is_token(word: str) -> bool:
    """Whether `word` is one capitalised name word (an initial, `O'Neill`, `Yeutter's`)."""
    return _TOKEN_FULL.fullmatch(word) is not None


def context_people(text: str, cues: list[tuple[str, int, int]],
                   titles: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
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
            if text[end + 1:end + 2].isupper() and text[end] == " ":
                out += [found for found in _names_from(text, end + 1, "rule said+name")
                        if not _owner_of_the_speaker(text, found[1])]
        elif cue == "role":
            found = _apposition(text, start)
            if found:
                out.append(found)
            elif text[end + 1:end + 2].isupper() and text[end] == " " \
                    and text[start:end] in _ROLES_BEFORE_NAMES:
                out += _role_then_name(text, start, end + 1)
        elif cue == "first" and text[end + 1:end + 2].isupper() and text[end] == " ":
            if not text[start - 1:start] == "-":  # `Jean-Claude Paye`: not `Claude Paye`
                out += _names_from(text, start, "rule first name")
    for start, _end in titles:
        found = _apposition(text, start)
        if found:
            out.append(found)
    return out


# Role nouns written right before a name (`said economist Wei Yao`, `CEO Tim Cook`)
_ROLES_BEFORE_NAMES = frozenset(
    "economist analyst researcher professor official executive adviser advisor fellow "
    "strategist founder lawyer negotiator manager officer trader author expert scholar CEO "
    "lecturer consultant editor correspondent spokesman spokeswoman".split()
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
    if ". " in between or len(between.split(None, 5)) > 5:
        return None
    return name_before(text, comma, "rule apposition")


@lru_cache(maxsize=4096)
def surname_key(name: str) -> str | None:
    """The word later mentions use for this person (None if too ambiguous)."""
    tokens = _tokens(name)
    if len(tokens) == 2 and tokens[0] in _CHINESE_SURNAMES and tokens[1][1:].islower():
        key = tokens[0]
    elif tokens[0] in _KOREAN_SURNAMES and (len(tokens) == 3 or "-" in tokens[-1]):
        key = tokens[0]  # `Rha Woong Bae`, `Kim Dae-jung`: the family name comes first
    else:
        key = tokens[-1]
    if key in _AMBIGUOUS_SURNAMES or key in _STOP or key.endswith("."):
        return None
    if len(key) < 3 and key not in _SHORT_SURNAMES:
        return None
    return key


_new_found = tuple.__new__  # Found(...) without the Python-level __new__


def find_people(text: str, titles: list[tuple[int, int]], cues: list[tuple[str, int, int]],
                taken: list[tuple[int, int]], strong_taken: list[tuple[int, int]],
                leaders: Iterable[str] = ()) -> list[Found]:
    """Every person mention: strong rules, then context rules, then bare surnames.

    `leaders` are surnames known from `the X administration`: bare mentions count.
    """
    strong_index = SpanIndex(strong_taken)
    taken_index = SpanIndex(taken)
    strong_at, taken_at = strong_index.overlaps, taken_index.overlaps
    strong = [p for p in title_people(text, titles) + byline_people(text, cues)
              + credit_people(text, cues) if not strong_at(p[0], p[1])]
    weak = [p for p in context_people(text, cues, titles) if not taken_at(p[0], p[1])]
    found = strong + weak
    named = [_name_and_key(text[s:e]) for s, e, _why in found]
    fullest = _fullest_names(named)
    for leader in _WELL_KNOWN.union(leaders):
        fullest.setdefault(leader, leader)
    mentions = [_new_found(Found, (s, e, "actor", "person", fullest.get(key, name), why,
                                   3 if why in _STRONG else 1))
                for (s, e, why), (name, key) in zip(found, named)]
    renamed: dict[str, str] = {}
    mentions += _surname_mentions(text, fullest, taken_index, mentions, renamed)
    if renamed:  # `Mr. Xi`, then `Xi Jinping`: every mention has the fuller name
        mentions = [m._replace(value=renamed[m.value]) if m.value in renamed else m
                    for m in mentions]
    return mentions


@lru_cache(maxsize=4096)
def _name_and_key(raw: str) -> tuple[str, str]:
    """The name as written in `raw`, one space between words, and the key later mentions
    use (its surname, else the name itself); cached, as the same names recur."""
    name = " ".join(raw.split())
    return name, surname_key(name) or name


def _fullest_names(named: list[tuple[str, str]]) -> dict[str, str]:
    """Surname (or the name itself) -> the longest name with that surname."""
    fullest: dict[str, str] = {}
    for name, key in named:
        if len(name) > len(fullest.get(key, "")):
            fullest[key] = name
    return fullest


def _surname_mentions(text: str, fullest: dict[str, str], taken: SpanIndex,
                      people: list[Found], renamed: dict[str, str]) -> list[Found]:
    """Bare surnames of people the article names in full (`Yeutter` after `Clayton Yeutter`);
    a Chinese family name known alone takes the given name written after it (`Xi Jinping`
    after `Mr. Xi`: put in `renamed`)."""
    keys = tuple(k for k in fullest if " " not in k)
    if not keys:
        return []
    shouted = tuple(k for k in keys if len(k) > 3)  # also as written in capitals (`YEUTTER`)
    patterns = keys + tuple(k.upper() for k in shouted)
    keys += shouted
    values = [fullest[key] for key in keys]
    first_upper = len(patterns) - len(shouted)
    out = []
    taken_at, person_at = taken.overlaps, SpanIndex(people).overlaps
    name_ends = {person[1] for person in people}
    for idx, start, end in _surname_automaton(patterns).find_matches_as_indexes(text):
        if end in name_ends:
            continue  # the surname of a name found above: most matches, the cheapest test
        before = text[start - 1:start]  # "" at the start of the text
        after = text[end:end + 1]
        if before.isalnum() or before == "." or after.isalnum():
            continue
        if (before == "-" and not _word_before_dash(text, start)[:1].isupper()) or \
                (after == "-" and not text[end + 1:end + 2].isupper()):
            continue  # `Trump-Juncker meeting` counts, `a Trump-style deal` does not
        if idx >= first_upper and not _in_capitals_line(text, start, end):
            continue
        if person_at(start, end) or taken_at(start, end) or \
                idx < first_upper and _after_capital_word(text, start):
            continue
        if after == " " and text[end + 1:end + 2].isupper() and _ORG_NEXT.match(text, end + 1):
            continue  # `Klinge Corp.`, `Baker Institute`: a firm or body named after someone
        value = values[idx]
        if after == " " and value == keys[idx] and value in _CHINESE_SURNAMES:
            end, value = _with_given_name(text, end, value, renamed)
        out.append(_new_found(Found, (start, end, "actor", "person", value,
                                      "rule surname", 1)))
    if renamed:
        out = [f._replace(value=renamed[f.value]) if f.value in renamed else f for f in out]
    return out


def _in_capitals_line(text: str, start: int, end: int) -> bool:
    """Whether the line around `text[start:end]` is written in capitals (a wire headline)."""
    if not text[start - 12 if start > 12 else 0:end + 12].isupper():
        return False  # the words around it are not: the cheap test first
    line = text[text.rfind("\n", 0, start) + 1:text.find("\n", end) % (len(text) + 1)]
    return line.isupper()


_ORG_NEXT = re.compile(
    r"(?:Corp|Inc|Co|Ltd|LLC|Group|Institute|Foundation|Company|Corporation|Holdings|Center|"
    r"Centre|School|University|Bros|Brothers|& Co)\b"
)
_GIVEN = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?![\w-])")


def _with_given_name(text: str, end: int, family: str, renamed: dict[str, str]
                     ) -> tuple[int, str]:
    """(end, value) of a Chinese family name at `end` with the given name after it."""
    given = _GIVEN.match(text, end + 1)
    if given is None or given.group() in _STOP or given.group() in _ORG_WORDS:
        return end, renamed.get(family, family)
    renamed.setdefault(family, f"{family} {given.group()}")
    return given.end(), renamed[family]


def _word_before_dash(text: str, start: int) -> str:
    """`Trump` in `Trump-Juncker` when `start` is at `Juncker`."""
    return text[text.rfind(" ", 0, start - 1) + 1:start - 1]


@lru_cache(maxsize=16)
def _surname_automaton(keys: tuple[str, ...]):
    return build_automaton(keys)


# Words that open a clause or a question, capitalised at its start (`Will Trump ...?`,
# `Unlike Xi, ...`): no part of a name before a surname
_OPENERS = frozenset(
    "Will Would Can Could Should Shall Must Did Does Do Has Have Had Is Are Was Were "
    "Unlike Like Only Until Since Because Unless Once Whether Though Now Instead Indeed "
    "Perhaps Why".split()
)


def _after_capital_word(text: str, start: int) -> bool:
    """Whether a capitalised word precedes (`North` in `South and North`) on the same line;
    one ending in punctuation does not (`"... with China," Miller said`)."""
    if not start or text[start - 1] not in " \n" or text[start - 2:start - 1] in (".", ","):
        return False  # (the word before would end with `.` or `,`)
    words = text[start - 30 if start > 30 else 0:start].rsplit(None, 1)
    if not words:
        return False
    last = words[-1]  # a word ending in punctuation (`China,"`) ends a clause, not a name
    return last[0].isupper() and last[-1].isalnum() and last not in _STOP \
        and last not in _OPENERS
