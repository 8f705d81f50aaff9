"""People: names after titles, in bylines, around reporting verbs and appositions.

A person found once makes later bare mentions of the surname count too; every
mention's value is the fullest form of the name the article gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexmatch import Found

_TOKEN = r"(?:[A-Z]\.|[A-Z][a-z]*[A-Z]?[a-z]+(?:[-'’][A-Z]?[a-z]+)*)"
_PARTICLE = r"(?:de|De|van|von|der|den|da|di|du|la|le|bin|al|del|dos)"
_WS = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NAME = rf"{_TOKEN}(?:{_WS}(?:{_PARTICLE}{_WS})?{_TOKEN}){{0,3}}"
_VERBS = (
    r"(?:said|says|told|tells|added|adds|noted|notes|argued|argues|warned|warns|stated|"
    r"explained|explains|wrote|writes|insisted|insists|acknowledged|predicted|predicts|"
    r"cautioned|countered|observed|agreed|agrees|believes|thinks|suggested|suggests|"
    r"stressed|concluded|concludes|recalled|asked|announced)"
)
_ROLES = (
    r"(?i:economist|analyst|researcher|professor|spokesman|spokeswoman|spokesperson|director|"
    r"chairman|chairwoman|president|head|chief|minister|secretary|official|executive|"
    r"adviser|advisor|fellow|strategist|partner|founder|lawyer|senator|ambassador|"
    r"negotiator|deputy|dean|manager|officer|trader|author|expert|scholar|CEO|governor|"
    r"commissioner|representative|lecturer|investor|consultant|editor|correspondent)"
)
_AFTER_TITLE = re.compile(rf"{_WS}({_NAME})")
_BYLINE = re.compile(
    rf"(?:^[ \t]*(?:[Ww]ritten[ \t]+)?[Bb]y|(?:[Rr]eporting|[Ww]riting|[Ee]diting|"
    rf"[Cc]ompiled)[ \t]+by)[ \t]+({_NAME})(?:,?[ \t]+and[ \t]+({_NAME}))?",
    re.MULTILINE,
)
_NAME_SAID = re.compile(rf"({_NAME}){_WS}{_VERBS}\b")
_SAID_NAME = re.compile(rf"\b{_VERBS}{_WS}({_NAME})")
_APPOSITION = re.compile(
    rf"({_NAME}),{_WS}(?:(?:an?|the){_WS})?(?:[\w.'’&-]+{_WS}){{0,5}}?{_ROLES}\b"
)
_SPLIT = re.compile(r"\s+")
_WORD = re.compile(r"\S+")
_STOP = frozenset(
    "The A An And But Or If In On At Of For From To By As With Without After Before While "
    "When Where Why How What Which Who This That These Those It Its He She His Her They "
    "Their We Our I You Mr Mrs Ms Dr Meanwhile However Still Also Yet So Then There Here "
    "Both Each Some Many Most All Such Asked Under Over Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April May June July August September "
    "October November December Reuters Xinhua Kyodo Bloomberg AP AFP Today Tomorrow "
    "Yesterday According Despite Although Even Earlier Later Last Next Chinese American "
    "Japanese European Not No Sources Officials Analysts Spokesman Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec".split()
)
_ORG_WORDS = frozenset(
    "Bank Group Inc Corp Co Ltd Company Corporation Holdings Securities Capital Partners "
    "Research Institute University Foundation Street Economics Sachs Stanley Motor Motors "
    "Exchange Fund Association Council Committee Agency Ministry Department Office Times "
    "Post Journal News Airlines Industries Electronics Party Commission Center Centre Club "
    "Administration Service Services Index Board House Congress Senate Court Organisation "
    "Organization Report Plan Programme Program Act Bill Law Agreement Accord Round".split()
)
_CHINESE_SURNAMES = frozenset(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Gao Lin Luo Zheng Liang Xie "
    "Tang Xi Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Wei Lu Ding Ren "
    "Shen Yao Zhong Cui Tan Kong Qian Bo Wen Jia Mao Hua Lou Gao Wan Fu Zhu Yi He".split()
)
_AMBIGUOUS_SURNAMES = frozenset("He Ma Sun Long Song Yu Li Lu Bo Yi Fu Hua Wan Wen".split())


def _tokens(name: str) -> list[str]:
    return _SPLIT.split(name)


def clean_name(raw: str, start: int, keep_single: bool) -> tuple[int, int] | None:
    """Trim stop words, possessives and organisation names; None if nothing is left."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(raw)]
    while tokens and tokens[0][2].rstrip(".") in _STOP:
        tokens = tokens[1:]
    for i, token in enumerate(tokens):
        if token[2].rstrip(".") in _STOP:
            tokens = tokens[:i]
            break
        if token[2].endswith(("'s", "’s")):
            tokens = tokens[:i + 1]
            break
    if not tokens or any(t[2] in _ORG_WORDS for t in tokens):
        return None
    if len(tokens) < 2 and not keep_single:
        return None
    first, end = tokens[0][0], tokens[-1][1]
    for suffix in ("'s", "’s", "'", "’"):
        if raw[:end].endswith(suffix):
            end -= len(suffix)
            break
    if raw[first:end].endswith(".") and len(tokens[-1][2]) <= 2:
        return None  # a bare initial
    return start + first, start + end


def _span_free(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return all(span[1] <= s or span[0] >= e for s, e in taken)


def title_people(text: str, titles: Iterable[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names written right after a title (`Trade Representative Clayton Yeutter`)."""
    out = []
    for _start, end in titles:
        match = _AFTER_TITLE.match(text, end)
        if match:
            span = clean_name(match.group(1), match.start(1), keep_single=True)
            if span:
                out.append((*span, "rule title"))
    return out


def byline_people(text: str) -> list[tuple[int, int, str]]:
    """Names in bylines (`By Jane Doe`, `Written By Ian Maleve`, `Reporting by ...`)."""
    out = []
    for match in _BYLINE.finditer(text):
        for group in (1, 2):
            if match.group(group):
                span = clean_name(match.group(group), match.start(group), keep_single=False)
                if span:
                    out.append((*span, "rule byline"))
    return out


def context_people(text: str) -> list[tuple[int, int, str]]:
    """Full names next to a reporting verb or followed by a role apposition."""
    out = []
    for pattern, why in ((_NAME_SAID, "rule name+said"), (_SAID_NAME, "rule said+name"),
                         (_APPOSITION, "rule apposition")):
        for match in pattern.finditer(text):
            span = clean_name(match.group(1), match.start(1), keep_single=False)
            if span:
                out.append((*span, why))
    return out


def surname_key(name: str) -> str | None:
    """The word later mentions use for this person (None if too ambiguous)."""
    tokens = _tokens(name)
    if len(tokens) == 2 and tokens[0] in _CHINESE_SURNAMES and tokens[1][1:].islower():
        key = tokens[0]
    else:
        key = tokens[-1]
    if key in _AMBIGUOUS_SURNAMES or key in _STOP or len(key) < 3 or key.endswith("."):
        return None
    return key


def find_people(text: str, titles: list[tuple[int, int]], taken: list[tuple[int, int]],
                strong_taken: list[tuple[int, int]]) -> list[Found]:
    """Every person mention: strong rules, then context rules, then bare surnames."""
    strong = [p for p in title_people(text, titles) + byline_people(text)
              if _span_free(p[:2], strong_taken)]
    weak = [p for p in context_people(text) if _span_free(p[:2], taken)]
    found = strong + weak
    fullest = _fullest_names(text, found)
    mentions = [_person(text, s, e, why, fullest, priority=3 if why in ("rule title", "rule byline") else 1)
                for s, e, why in found]
    mentions += _surname_mentions(text, fullest, taken + [m[:2] for m in mentions])
    return mentions


def _fullest_names(text: str, found: list[tuple[int, int, str]]) -> dict[str, str]:
    """Surname (or the name itself) -> the longest name with that surname."""
    fullest: dict[str, str] = {}
    for s, e, _why in found:
        name = " ".join(text[s:e].split())
        key = surname_key(name) or name
        if len(name) > len(fullest.get(key, "")):
            fullest[key] = name
    return fullest


def _person(text: str, s: int, e: int, why: str, fullest: dict[str, str], priority: int) -> Found:
    name = " ".join(text[s:e].split())
    value = fullest.get(surname_key(name) or name, name)
    return Found(s, e, "actor", "person", value, why, priority)


def _surname_mentions(text: str, fullest: dict[str, str], taken: list[tuple[int, int]]) -> list[Found]:
    keys = [k for k in fullest if " " not in k]
    if not keys:
        return []
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, keys)) + r")(?![\w-])")
    out = []
    for match in pattern.finditer(text):
        if _span_free(match.span(), taken) and not _after_capital_word(text, match.start()):
            out.append(Found(*match.span(), "actor", "person", fullest[match.group(1)],
                             "rule surname", 1))
    return out


def _after_capital_word(text: str, start: int) -> bool:
    """Whether a capitalised word precedes (`North` in `South and North`) on the same line."""
    before = text[max(0, start - 30):start]
    words = before.split()
    if not words or not before.endswith((" ", "\n")):
        return False
    last = words[-1]
    return last[0].isupper() and last.rstrip(".,") not in _STOP and not last.endswith((".", ","))
