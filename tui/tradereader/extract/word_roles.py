"""Words that name an issue in one role only.

`protectionist` names one with the noun it qualifies: annotators mark `protectionist
sentiment`, `a protectionist move`, `protectionist measures`, the noun phrase; a
predicate (`the bill is protectionist.`, `as protectionist as it was`) names none. The
lexicon knows the common phrases; `settle_protectionist` settles the bare adjective it
matched alone. `ban` is a barrier as a noun (`the ban on foreign purchases`, `lifting
bans on 158 items`), not as a verb (`would ban imports`, `the EC bans imports`).
`manufacturing` is the sector, except as the modifier of a firm's things (`a
manufacturing plant`, `manufacturing partners`, `the manufacturing index`). A sector
word before a person's role names the role, not the sector (`agricultural adviser to
Chancellor Kohl`, `energy experts`). `embargo` after a modal or `to` is the verb (`will
never again embargo shipments`). A government's deficit is no trade balance.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy
from .lexicon import place_entry
from .lexmatch import Found, sentence_around, story_around, word_before

_SPACE = r"[ \t]*\n?[ \t]*"
_NEXT_WORD = lazy(rf"{_SPACE}([a-z]+)\b(?:{_SPACE}[\w-]+)?")  # and the word after it
# words after which `protectionist` was a predicate, not before its noun
_NOT_NOUNS = frozenset(
    "and or as than in to but because at for on with if enough about toward towards against "
    "by of is are was were be been nor so yet then we they he she it i you who which that "
    "this these those there the a an its their his her our".split()
)


def settle_protectionist(text: str, f: Found, next_start: int | None) -> Found | None:
    """The bare `protectionist` at `f` grown over the noun after it (`protectionist move`),
    left alone before a name or a mention of its own (`next_start`: where the next
    mention starts), or None when it is a predicate."""
    match = _NEXT_WORD.match(text, f.end)
    if match is None:
        after = text[f.end:f.end + 2].lstrip(" \t")
        return f if after[:1].isupper() else None  # `protectionist Smoot-Hawley`; `is protectionist.`
    if match.group(1) in _NOT_NOUNS:
        return None
    if next_start is not None and next_start < match.end():
        return f  # `protectionist barriers`, `protectionist textile quota`: an issue follows
    return f._replace(end=match.end(1))


def ban_is_verb(text: str, f: Found) -> bool:
    """Whether `ban` or `bans` at `f` is the verb: a noun has a determiner or a modifier
    before it, or `on`/`against` after it. A singular `ban` after any other word but one
    that only a verb follows (`to`, `will`, `they`, a plural subject) is the noun too:
    `the Indian ban`, `a complete ban`, `the nickel ban`, `a 14-year ban`."""
    after = text[f.end:f.end + 10].split()[:1]
    if after and after[0].lower() in ("on", "against", "of"):
        return False
    before = text[max(0, f.start - 16):f.start].split()
    word = before[-1].lower().strip(_AROUND_A_WORD) if before else ""
    if word in _BEFORE_A_BAN:
        return False
    if not word or f.end - f.start != 3 or word in _BEFORE_THE_VERB or word.endswith("ly"):
        return True
    if after and (after[0] in _OBJECTS_OF_A_BAN or after[0][:1].isupper()):
        return True  # `Japan and South Korea ban imports of`, `Will Europe ban Chinese EVs?`
    return word[-1] == "s" and word[-2:] not in ("'s", "’s", "ss")  # `countries ban`


_OBJECTS_OF_A_BAN = frozenset(  # what a verb `ban` takes right after it
    "the a an all its their his her our any some most further new imports exports sales "
    "purchases shipments trade travel foreign".split())
_AROUND_A_WORD = ",;:\"'“”‘’(—–-"
_BEFORE_THE_VERB = frozenset(  # words a verb `ban` follows, not the noun
    "to will would could should may might must can cannot not also then and or but they we "
    "i you who which that it he she never soon also even still just".split())


def reserves_is_verb(text: str, f: Found) -> bool:
    """Whether `reserves` at `f` is the verb (`it reserves the right to`), not a country's
    currency reserves."""
    before = text[max(0, f.start - 12):f.start].split()
    return text.startswith(" the right", f.end) or bool(before) and \
        before[-1].lower() in ("it", "he", "she", "they", "which", "who", "also")


_BEFORE_A_BAN = frozenset(  # words before `ban` as a noun
    "the a an its their his her our this that these those such any no new import export "
    "total outright blanket longstanding long-standing temporary proposed existing "
    "current trade sales purchase".split()
)


def manufacturing_is_a_modifier(text: str, f: Found) -> bool:
    """Whether `manufacturing` at `f` qualifies a firm's plant, partner, business or
    index rather than naming the sector (`the manufacturing sector` names it)."""
    return _next_word_in(text, f, _THINGS_OF_FIRMS)


def _next_word_in(text: str, f: Found, words: frozenset[str]) -> bool:
    """Whether the word after `f` (lower case) is one of `words`."""
    return _word_after_in(text, f.end, words)


def _word_after_in(text: str, end: int, words: frozenset[str]) -> bool:
    """Whether the word after offset `end` (lower case) is one of `words`."""
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1) in words


_THINGS_OF_FIRMS = frozenset(
    "plant plants facility facilities site sites partner partners business businesses "
    "company companies firm firms operation operations process processes technique "
    "techniques equipment efficiency infrastructure index power slump costs cost "
    "contract contracts unit units arm".split()
)


def sector_names_a_role(text: str, f: Found) -> bool:
    """Whether the sector word at `f` qualifies a person's role (`agricultural adviser`,
    `energy experts`, `farm ministers`) or is a word of a name (`Adaro Energy`, `LG Energy
    Solution`, `Energy Secretary`), or of a phrase annotators leave unmarked (`the energy
    transition`, `energy prices`), rather than naming the sector."""
    match = _NEXT_WORD.match(text, f.end)
    if match is not None and (match.group(1) in _ROLES_OF_PEOPLE or match.group(1) in _NOT_THE_SECTOR):
        return True
    return text[f.start].isupper() and _in_a_name(text, f)


def _in_a_name(text: str, f: Found) -> bool:
    """Whether a capitalised word inside a line stands next to another capitalised word
    (`Nayara Energy Ltd.`, `Energy Minister`): a name's word. Not a headline's (a line
    in title case) nor a sentence's first word before a lower-case one."""
    line = text.rfind("\n", 0, f.start) + 1
    if _NEXT_CAPITAL.match(text, f.end) is None and \
            _CAPITAL_BEFORE.search(text, max(line, f.start - 30), f.start) is None:
        return False
    return not _title_case_line(text, line)


def _title_case_line(text: str, line: int) -> bool:
    """Whether the line opening at `line` is a headline in title case: short, one sentence,
    most words capitalised."""
    end = text.find("\n", line)
    head = text[line:end if end >= 0 else len(text)]
    words = head.split()
    return 2 < len(words) <= 20 and ". " not in head and \
        sum(word[:1].isupper() for word in words) * 3 >= len(words) * 2


_NEXT_CAPITAL = lazy(r"[ \t]+(?:and[ \t]+)?[A-Z]")
_CAPITAL_BEFORE = lazy(r"(?<![.!?:\"“])[ \t][A-Z][\w&'’-]*[ \t]+$")
_NOT_THE_SECTOR = frozenset("transition prices price costs cost efficiency bills intensive".split())


_ROLES_OF_PEOPLE = frozenset(
    "adviser advisers advisor advisors attache attaches correspondent correspondents "
    "economist economists expert experts analyst analysts specialist specialists "
    "official officials officer officers minister ministers secretary spokesman spokeswoman "
    "editor editors".split()
)
SECTOR_WORDS = frozenset({"agricultural", "agriculture", "farm", "energy"})


def embargo_is_verb(text: str, f: Found) -> bool:
    """Whether `embargo` at `f` is the verb: after a modal, a negation or `to`."""
    return word_before(text, f.start) in _BEFORE_A_VERB


_BEFORE_A_VERB = frozenset(
    "to will would could should may might must shall can cannot again never not "
    "also".split()
)


def budget_deficit_again(text: str, f: Found) -> bool:
    """A government's deficit (`next year's federal deficit`), or `the deficit` whose last
    mention before it (within a few sentences) was one (`the budget deficit ... the deficit
    would be reduced`): no trade balance."""
    word = word_before(text, f.start)
    if word in _PUBLIC:
        return True
    if word not in _REFERRING:
        return False
    last = text.rfind("deficit", max(0, f.start - 600), f.start)
    return last >= 0 and _BUDGET_BEFORE.search(text, max(0, last - 24), last) is not None


_PUBLIC = frozenset("federal fiscal budget budgetary government public".split())
_REFERRING = frozenset("the that this its their our".split())
_BUDGET_BEFORE = lazy(r"\b(?:budget|fiscal|budgetary|federal)[ \t\n]+$")


def investment_off_trade(text: str, f: Found) -> bool:
    """Whether `investment(s)` at `f` is no trade issue: the finance trade (`an investment
    bank`, `investment decisions`), the economy's spending (`business investment`, `savings
    and investment`, `the investment rate`, `uncertainty weighing on investment`), or a
    word of a name (`Trade and Investment Minister`, `Foreign Investment Review Board`)."""
    if finance_word_at(text, f.end):
        return True
    if word_before(text, f.start) in _ECONOMY_SPENDING:
        return True
    if _HELD_BACK.search(text, max(0, f.start - 32), f.start) is not None or \
            _SPENDING_AND.match(text, f.end) is not None or \
            _AND_SPENDING.search(text, max(0, f.start - 24), f.start) is not None or \
            _GROWTH_IN.search(text, max(0, f.start - 24), f.start) is not None:
        return True
    return text[f.start].isupper() and _in_a_name(text, f)


def finance_word_at(text: str, end: int) -> bool:
    """Whether the word after `end` (the end of `investment`) makes it the finance trade's
    (`investment banks`, `investment decisions`)."""
    return _word_after_in(text, end, _FINANCE_THINGS)


_FINANCE_THINGS = frozenset(
    "bank banks banker bankers banking firm firms fund funds house houses manager managers "
    "management company companies group groups vehicle vehicles grade income returns "
    "portfolio portfolios account accounts trust trusts adviser advisers advisor advisors "
    "strategist strategists officer officers arm decision decisions blog".split()
    + "data rate rates climate sentiment spending outlays programme programmes program "
    "programs growth levels level figures boom cycle goods".split()
)
_ECONOMY_SPENDING = frozenset(
    "business sluggish weak weaker weakening slowing public private domestic capital fixed "
    "productive portfolio fixed-asset infrastructure property real-estate r&d".split())
_MACRO = r"(?:savings|saving|consumption|spending|output|growth|employment|hiring)"
_SPENDING_AND = lazy(rf"[ \t\n]+and[ \t\n]+{_MACRO}\b", re.I)  # `investment and savings`
_AND_SPENDING = lazy(rf"\b{_MACRO}[ \t\n]+and[ \t\n]+$", re.I)  # `savings and investment`
_GROWTH_IN = lazy(r"\b(?:growth|rise|fall|drop|decline|slowdown)[ \t\n]+in[ \t\n]+$", re.I)
_HELD_BACK = lazy(  # `weighing on investment`, `holding back on investment`
    r"\b(?:weigh|weighs|weighed|weighing|hold|holds|held|holding)[ \t\n]+"
    r"(?:(?:back|off)[ \t\n]+)?on[ \t\n]+$", re.I)


def fast_track_is_a_modifier(text: str, f: Found) -> bool:
    """Whether a bare `fast-track` at `f` is the verb (`agreed to fast-track tariff cuts`)
    or qualifies another noun (`a fast-track probe`), not the trade authority (`Under fast
    track, Congress votes`, `the House approved fast-track on Thursday`)."""
    if word_before(text, f.start) in ("to", "will", "would", "could", "can", "should"):
        return True
    if _ON_THE_FAST_TRACK.search(text, max(0, f.start - 12), f.start) is not None:
        return True  # `on the fast track to promotion`: the idiom
    match = _NEXT_WORD.match(text, f.end)
    return match is not None and match.group(1) not in _NOT_NOUNS


_ON_THE_FAST_TRACK = lazy(r"\b[Oo]n[ \t\n]+(?:the|a)[ \t\n]+$")


def settlement_off_trade(text: str, f: Found) -> bool:
    """Whether `settlement` at `f` is a payment's or a procedure's (`a payments and
    settlement system`, `settlement licences`, `the settlement of debts`), not the settling
    of a trade dispute."""
    return _next_word_in(text, f, _SETTLEMENT_THINGS) or \
        _SETTLED_DEBTS.match(text, f.end) is not None


_SETTLEMENT_THINGS = frozenset(
    "system systems licence licences license licenses mechanism mechanisms body panel panels "
    "provisions procedure procedures consultations date period account accounts bank banks "
    "house fund funds payments understanding rules".split()
)
_SETTLED_DEBTS = lazy(  # `the settlement of Polish debt`, not `of the chip dispute`
    r"[ \t\n]+of[ \t\n]+(?:[\w.'’-]+[ \t\n]+){0,2}?(?:debts?|claims?|accounts?|arrears|loans?"
    r"|bills?|payments?|estates?)\b")


def quarrel_off_trade(text: str, f: Found) -> bool:
    """Whether `fight`, `feud` or `clash` at `f` is no quarrel between trading partners:
    the verb (`vowed to fight the pact`, `would "fight to the end"`), a fight against or for
    a cause (`the fight against climate change`), or one in a legislature or the street
    (`a tough fight in Congress`, `The fight split Democrats`, `no serious clashes`)."""
    before = word_before(text, f.start)
    if before in _BEFORE_A_QUARREL_VERB or before in _ARMED:
        return True  # the verb; `border clashes`, `armed clashes`
    match = _NEXT_WORD.match(text, f.end)
    if match is not None and match.group(1) not in _AFTER_A_QUARREL \
            and not match.group(1).endswith("ed"):  # (`the banana fight risked ...`)
        return True  # an object (`fight the ruling`, `fight protectionism`) or a cause
    clause = sentence_around(text, f.start, f.end)
    if _HOME_FRONT.search(clause) is not None:
        return True
    return _TRADE_CLAUSE.search(clause) is None and not _names_a_country(clause)


def _names_a_country(clause: str) -> bool:
    """Whether a capitalised word of `clause` is a country, its people or its capital
    (`Tokyo and Washington had reasons to avoid a fight`)."""
    return any(place_entry(word) is not None for word in _CAPITALISED_WORD.findall(clause))


_CAPITALISED_WORD = lazy(r"\b[A-Z][\w.]*[\w]")


_BEFORE_A_QUARREL_VERB = _BEFORE_A_VERB | {"we", "they", "i", "you"}
_ARMED = frozenset(
    "border armed military violent deadly street ethnic sectarian naval gun fist".split())
# what follows a quarrel (`a fight over chips`, `the feud with Brussels`, `fights loom`);
# any other word is the verb's object or a cause (`fight the deal`, `fight for jobs`)
_AFTER_A_QUARREL = frozenset(
    "over with between that which in of is was has had could would will may might looms "
    "loom loomed threatens threatened heats came comes dragged began erupted before after "
    "since dates dated continues continued ended ends as".split())
# a word of trade in the quarrel's sentence (`their fight over aircraft subsidies`; with no
# country named either, not `Trump's fight with Powell over interest rates`)
_TRADE_CLAUSE = lazy(
    r"(?i:\b(?:trade|trading|tariffs?|imports?|exports?|duty|duties|levies|WTO|GATT|"
    r"subsid\w*|dumping|quotas?|sanctions|embargo|chips?|semiconductors?|steel|aluminium|"
    r"aluminum|aircraft|bananas?|beef|lumber|solar|canola|wine|rare earths?|minerals|"
    r"Airbus|Boeing|textiles?|market access|protectionis\w*|retaliat\w*))")
_HOME_FRONT = lazy(
    r"\b(?:Congress|(?<!White )House|Senate|[Ll]awmakers|Democrats?|Democratic|Republicans?"
    r"|(?<!European )Parliament|parliamentary|ratification|opposition|unions?|[Pp]olice"
    r"|protesters|votes?)\b")


def waiver_off_trade(text: str, f: Found) -> bool:
    """Whether a `waiver` at `f` is no waiver of patent rights (`the TRIPS waiver`, `U.S.
    backs waiver of COVID-19 vaccine patents`): the story (what lies within `STORY_REACH`
    characters) names no patents, TRIPS or intellectual property, or the waiver's own
    clause is of trade preferences, tariffs or purchases (`a WTO waiver covering trade
    preferences`, `waivers to buy foreign goods`)."""
    story = story_around(text, f.start, f.end)
    if not any(hint in story for hint in _PATENT_HINTS) or _PATENT_WORDS.search(story) is None:
        return True  # (the substrings first: fast, and the words' pattern only where one is)
    return _WAIVED_TRADE.search(sentence_around(text, f.start, f.end)) is not None


_PATENT_HINTS = ("atent", "TRIPS", "ntellectual")
_PATENT_WORDS = lazy(r"\b(?:[Pp]atent(?:s|ed|ing)?|TRIPS|[Ii]ntellectual[ \t\n]+[Pp]roperty)\b")
_WAIVED_TRADE = lazy(
    r"\b(?:preferences?|preferential|tariffs?|duties|duty|quotas?|buy|Buy|purchases?"
    r"|procurement|contracts?|sanctions)\b")


def word_off_trade(text: str, f: Found) -> bool:
    """Whether a lexicon word that is mostly a trade issue is here another thing, told by
    the word before or after it: `the death penalty`, `a penalty kick`, `safety
    protocols`, `broad government support` (backing, not subsidies), `financing
    arrangements`, `their political arrangement with China` (not trade agreements)."""
    before, after = _OFF_TRADE[" ".join(text[f.start:f.end].lower().split())]
    return word_before(text, f.start) in before or _next_word_in(text, f, after)


_PENALTY_WORDS = (frozenset("death capital tax late interest prepayment time".split()),
                  frozenset("kick kicks shootout shootouts area box spot points".split()))
_PROTOCOL_WORDS = (frozenset("safety health security testing medical treatment hygiene "
                             "communication communications internet network diplomatic "
                             "kyoto montreal".split()), frozenset())
_BACKING_WORDS = (frozenset("broad strong wide widespread public popular political bipartisan "
                            "full unanimous enough".split()), frozenset())
_ARRANGEMENT_WORDS = (frozenset(
    "financing funding payment payments credit banking tax fiscal political constitutional "
    "security pension living seating travel detailed practical logistical administrative "
    "institutional".split()), frozenset())
_OFF_TRADE = {"penalty": _PENALTY_WORDS, "penalties": _PENALTY_WORDS,
              "arrangement": _ARRANGEMENT_WORDS, "arrangements": _ARRANGEMENT_WORDS,
              "protocol": _PROTOCOL_WORDS, "protocols": _PROTOCOL_WORDS,
              "government support": _BACKING_WORDS, "state support": _BACKING_WORDS}
OFF_TRADE_WORDS = frozenset(_OFF_TRADE)
