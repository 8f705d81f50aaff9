"""Organisations the lexicon does not know, found by the shape of their names.

A body's name is capitalised words around a head noun that names a body: `National
Retail Federation`, `Confederation of British Industry`, `China Iron and Steel
Association`, `Ministry of Industry and Trade`. The lexicon's `org` cues find the head
nouns (in the same automaton pass as every other entry); this module grows each one
into the whole name and makes it an institution, valued by its name as written, or by
the acronym in brackets after it (`Federation of German Industries (BDI)`), whose later
uses are then that institution too (`BDI President Dieter Kempf`); so are the later uses
of an acronym bracketed after a body the lexicon knows (`Congressional Budget Office
(CBO)`), valued as the lexicon values the body. A country named
inside (`American Farm Bureau Federation`) loses to the longer name, as the
guidelines' nested names do.

`named_laws` grows `Act` (or a trade `Law`) into the law it names the same way,
`named_agreements` an agreement's head (`Free Trade Area`) into the agreement's name.

Not names: a head alone or after a function word (`the Council said`), a line in title
case (a headline), a university or a news agency (no actors). Research institutes and
foundations are left out on purpose: annotators mostly leave a quoted expert's think
tank unmarked (`Chad Bown of the Peterson Institute`).
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from .speakers import US_PRESIDENTS
from .lazy_regex import lazy, rx
from .lexicon import given_names, place_entry
from .lexmatch import CALENDAR_WORDS, Found, in_title_case_line, indexes_of_value
from .names import FIRM_SUFFIX

_START = itemgetter(0)  # Found.start

_SPACE = r"(?:[ \t]|\n(?!\n))+"  # within a paragraph: a name may wrap across lines
_WORD = r"[A-Z](?:[\w&'’]|-[A-Z\d]|\.(?=[\w-]))*\.?"  # `Meat`, `U.S.-China`, not `Economics.`
_NAME_WORD = lazy(rf"(?:{_WORD}|&)$")
# after the head: `of`/`for`/`on` (then maybe `the`), capitalised words, and maybe `and`
# with up to three more that end the name and hold no title (`of Posts and
# Telecommunications`, `of French Wine and Spirits Exporters`, `for Promotion of Industry
# and Internal Trade`; not `of Finance and Prime Minister Abe`)
_CAP = r"[A-Z][\w&'’-]*(?![\w&'’-])"  # a whole word
_NO_TITLE = (r"(?!(?:Prime|Minister|President|Secretary|Chancellor|Premier|Governor|Deputy"
             r"|Vice|Chief|Chairman|Director|Mr|Mrs|Ms|Dr)\b)")
# not a day or a month: `the General Council on Monday`,
# `signed the Trade Agreement on Monday`, `... on March 3`
_NOT_CALENDAR = (rf"(?!(?:{'|'.join(sorted(CALENDAR_WORDS))}"
                 r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)")
_TAIL = (rf"{_SPACE}(?:of|for|on){_SPACE}(?:the{_SPACE})?{_NOT_CALENDAR}{_CAP}"  # (rx)
         rf"(?:{_SPACE}{_CAP})*"
         rf"(?:{_SPACE}of{_SPACE}{_CAP}(?:{_SPACE}{_CAP})*)?"
         rf"(?P<more>{_SPACE}(?:and|&){_SPACE}{_NO_TITLE}{_CAP}"
         rf"(?:{_SPACE}{_NO_TITLE}{_CAP}){{0,2}}(?!{_SPACE}[A-Z]))?")
# `(FIEO)`, `(APKASINDO)`, `, known as APBI,`, `, known as Zenchu,` (a short name in a word)
_ACRONYM_AFTER = lazy(r"[ \t]*\(([A-Z][A-Z&]{2,9})\)"
                      r"|,[ \t]+known[ \t]+as[ \t]+([A-Z][A-Z&]{2,9}\b|[A-Z][a-z]{3,14}(?=,))")
_NOT_NAME_WORDS = frozenset(
    "The A An In On At By For Of As To From With And But Or If When While After Before"
    " This That These Those Its Their His Her Our Your My Last Next Every Each Some Many"
    " Both Former Then Now Meanwhile However Also Under Over Into Since Until Despite".split())
_NOT_BODIES = lazy(r"\b(?:University|College|School|News|Press|Customer|Civil[ \t]+Society)\b")
_FIRM_AFTER = lazy(rf",?[ \t]+{FIRM_SUFFIX}")
_MAX_LEFT = 6  # words before the head
_LONGEST_WORD = 40  # characters a word of a name may have
_WHY, _WHY_BRACKETED = "rule organisation name", "rule organisation name (acronym after it)"
_WHY_ACRONYM = "rule organisation acronym"
_WHY_CONGRESS = "rule congressional committee"
_US_CHAMBER = lazy(r"(?:U\.S\. |US |United States )?(?=(?:Senate|House) )")
_ACRONYM_REACH = 50_000  # characters after its definition an acronym is read as the body:
# an article's length (a long report defines its acronyms again); the search stays short


def find_organizations(text: str, cues: list[tuple[str, int, int]]) -> list[Found]:
    """An institution for each `org` cue (a head noun) that grows into a name, and for
    each later use of an acronym given in brackets after a name."""
    out: list[Found] = []
    acronyms: dict[str, int] = {}  # acronym -> where its name ends
    for role, start, end in [cue for cue in cues if cue[0] == "org" or cue[0] == "admin"
                             and text[cue[1]] == "A"]:  # (`Administration`: see below)
        if out and start < out[-1].end:
            continue
        found = _organisation(text, start, end)
        if found is not None and (role == "org" or _named_agency(text, found, start, end)):
            out.append(found)
            if found.why == _WHY_BRACKETED:
                acronyms.setdefault(found.value, found.end)
    for acronym, after in acronyms.items():
        out += _acronym_uses(text, acronym, after)
    return out


def _named_agency(text: str, found: Found, head: int, head_end: int) -> bool:
    """Whether a name grown from `Administration` is an agency's (`Cyberspace
    Administration of China`, `General Administration of Customs`): capitalised words
    before it, none of them a person's, and `of` a body or an acronym after it; not a
    government (`the Trump Administration`, `the Administration of President Reagan`)."""
    before = text[found.start:head].split()
    if not before or any(word in given_names() or word in _LEADERS for word in before):
        return False
    after = text[head_end:found.end].split()
    return found.why == _WHY_BRACKETED or len(after) > 1 and after[1] not in _NOT_AGENCY_AFTER


_LEADERS = US_PRESIDENTS | {"Xi", "Abe", "Modi"}  # names an administration may take
_NOT_AGENCY_AFTER = frozenset("President Prime Premier Chancellor Mr the".split())


def named_laws(text: str, cues: list[tuple[str, int, int]]) -> list[Found]:
    """`the Inflation Reduction Act`, `the International Emergency Economic Powers Act`,
    `Trade Expansion Act of 1962`: a law named by capitalised words before `Act` (the
    lexicon's `law` cue; the scanner adds `Law` to them), as trade legislation; annotators
    mark every named act of a trade story. A `Law` so named counts when a word of its
    name is trade's (`Export Control Law`, `Foreign Trade Law`, `Economic Reciprocity
    Law`). Not `Act` alone, nor a headline's words."""
    out: list[Found] = []
    for _role, head, head_end in [cue for cue in cues if cue[0] == "law"]:
        start = _name_start(text, head)
        if start == head or in_title_case_line(text, start, head_end):
            continue
        if text[head] == "L" and (not _TRADE_LAW_WORD.search(text, start, head)
                                  or _LAW_NAMES_MORE.match(text, head_end)):
            continue  # `the Basic Law`, `Law and Justice`: only a trade `Law` is one; not
            # `Trade Law Advisors`, `Foreign Trade Law Journal`, `International Trade Law practice`
        year = _LAW_YEAR.match(text, head_end)
        end = year.end() if year else head_end
        out.append(Found(start, end, "issue", "topic", "trade legislation", _WHY_LAW, 1))
    return out


_TRADE_LAW_WORD = lazy(
    r"\b(?:Trade|Export|Exports|Import|Imports|Customs|Tariff|Tariffs|Reciprocity|Investment"
    r"|Anti-[Dd]umping|Antidumping|Dumping|Countervailing|Safeguards?|Sanctions|Mining|Mineral"
    r"|Minerals|Foreign[ \t\n]+Exchange|Commerce)\b")
_LAW_NAMES_MORE = lazy(  # a firm's, a journal's or a practice's name
    r"[ \t]+(?:[A-Z]|practice|practices|firm|firms|school|journal|review|group|office|"
    r"professor|department|center|centre|clinic)")
_LAW_YEAR = lazy(rf"{_SPACE}of{_SPACE}(?:1[89]|20)\d\d\b")
_WHY_LAW = "rule named law"  # an Act or a Law


def named_agreements(text: str, found: list[Found]) -> None:
    """`African Continental Free Trade Area`, `Japan-Australia Economic Partnership
    Agreement`, `Free Trade Area of the Americas`, `WTO Agreement on Government
    Procurement`: an agreement's name grown over the capitalised words before its
    lexicon head (and `of the Americas`, `on` a capitalised subject after it) into one
    issue, as annotators mark it (29 of 29 such names in blind rounds 46-77); the
    countries named inside stay actors, an issue inside goes. In place, `found` in text
    order before and after."""
    grown = []
    for i in indexes_of_value(found, "trade agreement"):
        mention = found[i]
        if not _AGREEMENT_HEAD.search(" ".join(text[mention.start:mention.end].split())):
            continue
        start = _name_start(text, mention.start, and_first=True)
        tail = _AGREEMENT_TAIL.match(text, mention.end)
        end = tail.end() if tail is not None else mention.end
        if (start, end) != mention[:2] and not in_title_case_line(text, start, end):
            found[i] = mention._replace(start=start, end=end, why=_WHY_AGREEMENT)
            grown.append(found[i])
    if grown:
        found.sort()
        _drop_issues_inside(found, grown)


def _drop_issues_inside(found: list[Found], names: list[Found]) -> None:
    """Drop the issues inside the grown `names` (`Government Procurement` in `Agreement
    on Government Procurement`); `found` is in text order."""
    starts = list(map(_START, found))
    inside = set()
    for name in names:
        for j in range(bisect_left(starts, name.start), bisect_left(starts, name.end)):
            other = found[j]
            if other is not name and other.kind == "issue" and other.end <= name.end:
                inside.add(j)
    for j in sorted(inside, reverse=True):
        del found[j]


# a head as written in a name: capitalised (`the Agreement`, `Free Trade Area`, `WTO
# Agreement`; not `free trade agreement`)
_AGREEMENT_HEAD = lazy(r"^(?:[A-Z][\w.-]* )*(?:Agreement|Free Trade Area|Free Trade Zone)$")
# `Free Trade Area of the Americas`, `Agreement on Government Procurement`, `Agreement on
# Textiles and Clothing`, `Agreement on Trade in Civil Aircraft`
_AGREEMENT_TAIL = lazy(
    rf"{_SPACE}(?:of{_SPACE}the{_SPACE}(?:Americas|Asia-Pacific)\b"
    rf"|on{_SPACE}(?:the{_SPACE})?{_NOT_CALENDAR}{_CAP}"
    rf"(?:{_SPACE}(?:(?:and|in|of|for){_SPACE})?{_NOT_CALENDAR}{_CAP})*)")
_WHY_AGREEMENT = "rule named agreement"


def _more_is_no_name(more: str) -> bool:
    """Whether the words after `and` in a name's tail start another phrase: a person
    (`... of Japan and Tom Doe`) or a demonym's noun phrase (`the Distilled Spirits Council
    of the United States and European wine producers`)."""
    words = more.split()
    if words[1] in given_names():
        return True
    entry = place_entry(words[-1])
    return entry is not None and entry.why.startswith("lexicon demonym:")


def _organisation(text: str, head: int, head_end: int) -> Found | None:
    """The institution whose name has its head noun at `text[head:head_end]`, if any."""
    start = _name_start(text, head)
    tail = rx(_TAIL).match(text, head_end)
    end = tail.end() if tail is not None else head_end
    if tail is not None and tail.group("more") and _more_is_no_name(tail.group("more")):
        end = tail.start("more")
    if start == head and end == head_end:
        return None  # the head alone: `Council members`, `the Board`
    name = " ".join(text[start:end].split())
    if _NOT_BODIES.search(name) or in_title_case_line(text, start, end) or \
            _FIRM_AFTER.match(text, end):
        return None  # (`Asia Advisory Service Inc.`: a firm)
    chamber = _US_CHAMBER.match(name)
    if chamber is not None:  # `Senate Banking Committee`: a body of the US Congress
        return Found(start, end, "actor", "government", "US " + name[chamber.end():],
                     _WHY_CONGRESS, 1)
    acronym = _ACRONYM_AFTER.match(text, end)
    if acronym is not None:
        return Found(start, end, "actor", "institution", acronym.group(1) or acronym.group(2),
                     _WHY_BRACKETED, 1)
    return Found(start, end, "actor", "institution", name, _WHY, 1)


def _name_start(text: str, head: int, and_first: bool = False) -> int:
    """Where the name that ends with the head noun at `head` begins: back over the
    capitalised words right before it (`and` between them; right before `head` too when
    `and_first`: `Trade and` + `Cooperation Agreement`), on one line or a wrapped one,
    not over a function word, a possessive or the end of a sentence."""
    start = head
    for _ in range(_MAX_LEFT):
        gap = start
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        if gap == start or gap == 0:
            if gap == 0 or text[gap - 1] != "\n" or text[gap - 2:gap - 1] == "\n":
                return start
            gap -= 1  # a name wrapped across lines: `Wine\nInstitute`
        floor = max(0, gap - _LONGEST_WORD)  # each search bounded: no walk to the start
        word_start = max(text.rfind(" ", floor, gap), text.rfind("\n", floor, gap),
                         text.rfind("\t", floor, gap), floor - 1) + 1
        word = text[word_start:gap]
        if word == "and" and (start < head or and_first):  # `China Iron and Steel Association`
            before = _name_start(text, word_start)
            if start == head and text[before:word_start].split()[-1:] != [] and \
                    text[before:word_start].split()[-1] not in _AGREEMENT_NAME_WORDS:
                return start  # `China and` + `Economic Partnership Agreement`: two things
            return before if before < word_start else start
        if not _NAME_WORD.match(word) or word in _NOT_NAME_WORDS or \
                word.endswith(("'s", "’s", ".")) and not _is_initials(word):
            return start
        start = word_start
    return start


def _is_initials(word: str) -> bool:
    """`U.S.`, `U.N.`, `Canada-U.S.`: dotted initials (last in a hyphened pair), which
    end in a full stop inside a name."""
    word = word.rpartition("-")[2]
    return len(word) > 2 and word.replace(".", "").isupper() and word.count(".") >= 2


def lexicon_acronyms(text: str, main: list[Found], starts: list[int]) -> list[Found]:
    """Each use of an acronym given in brackets right after an institution the lexicon
    knows (`Semiconductor Industry Association (SIA)`), valued as that institution;
    `main` are the lexicon's mentions in text order, `starts` their starts. An acronym
    the lexicon knows itself (`(WTO)`) is left to it."""
    out: list[Found] = []
    for match in _BRACKETED.finditer(text):
        at = bisect_left(starts, match.start())
        if at < len(starts) and starts[at] == match.start(1):
            continue  # the lexicon's own acronym
        named = main[at - 1] if at else None
        if named is not None and named.subtype == "institution" \
                and not text[named.end:match.start()].strip():
            out += _acronym_uses(text, match.group(1), named.end, named.value)
    return out


_BRACKETED = lazy(r"\(([A-Z][A-Z&]{2,7})\)")


def _acronym_uses(text: str, acronym: str, after: int, value: str = "") -> list[Found]:
    """Each use of `acronym` as a word within `_ACRONYM_REACH` after the name it stands
    for (its bracketed definition included), valued `value` (else the acronym). Found
    with `str.find`: a pattern with a look-behind would test every position of a long
    text."""
    uses: list[Found] = []
    stop = after + _ACRONYM_REACH
    at = text.find(acronym, after, stop)
    while at >= 0:
        end = at + len(acronym)
        if not _joins_word(text[at - 1:at]) and not _joins_word(text[end:end + 1]):
            uses.append(Found(at, end, "actor", "institution", value or acronym, _WHY_ACRONYM, 1))
        at = text.find(acronym, end, stop)
    return uses


def issue_acronyms(text: str, main: list[Found], starts: list[int],
                   more: list[Found]) -> list[Found]:
    """Later uses of an acronym given in brackets after a named deal or law (`Trade and
    Economic Partnership Agreement (TEPA)` ... `TEPA`): the same issue. `main`: the
    scanner's candidates by start (`starts` theirs), `more`: a few others. Read from the
    brackets, found by a search that opens with one: `main` is long, the brackets few."""
    out: list[Found] = []
    seen: set[str] = set()
    named_more: dict[int, Found] | None = None  # by end: the deals and laws of `more`
    for bracket in _ISSUE_BRACKET.finditer(text):
        word = bracket.group(1)
        if word in seen:
            continue
        end = bracket.start()
        while end and text[end - 1] in " \t":
            end -= 1
        k = bisect_left(starts, end) - 1
        named = next((f for f in main[max(0, k - 4):k + 1]
                      if f.value in _NAMED_ISSUES and _name_ends_at(text, f, end)), None)
        if named is None:
            if named_more is None:
                named_more = {f.end: f for f in more if f.value in _NAMED_ISSUES}
            named = named_more.get(end)
        if named is not None:
            seen.add(word)
            out += [use._replace(kind="issue", subtype="topic", value=named.value,
                                 why=_WHY_ISSUE_ACRONYM)
                    for use in _acronym_uses(text, word, bracket.start(1))]
    return out


def _name_ends_at(text: str, f: Found, end: int) -> bool:
    """Whether the deal or law `f` ends at `end`, or will once `named_agreements` grows it
    over its tail (`Free Trade Area` + ` of the Asia-Pacific`, before `(FTAAP)`)."""
    if f.end == end:
        return True
    tail = _AGREEMENT_TAIL.match(text, f.end) if f.value == "trade agreement" else None
    return tail is not None and tail.end() == end


_AGREEMENT_NAME_WORDS = frozenset(  # words before `and` in a deal's name: `Trade and ...`
    "Trade Economic Comprehensive Investment Cooperation Partnership Strategic Progressive "
    "Commerce Development Technology Security Friendship Navigation Tariffs".split())
_ISSUE_BRACKET = lazy(r"\(([A-Z][A-Z&]{2,9})\)")
_NAMED_ISSUES = frozenset({"trade agreement", "trade legislation"})
_WHY_ISSUE_ACRONYM = "rule acronym of a named deal or law"


def _joins_word(char: str) -> bool:
    """Whether a character next to an acronym (`""` at the text's edge) makes it part of
    a longer word."""
    return char != "" and (char.isalnum() or char in "_&-")


