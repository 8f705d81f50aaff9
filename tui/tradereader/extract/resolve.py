"""Overlaps between candidates, and the user's own lexicon (added and suppressed phrases)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress
from operator import indexOf, itemgetter
from typing import TYPE_CHECKING

from ..mention import Mention
from .curbs import BARE_CURB_WHYS, CURB_SURFACES, curbs_named_before
from .frameworks import (
    FRAMEWORK_SURFACES, FRAMEWORK_WHYS, LAW_WHYS, MEASURE_WHY, framework_after_agreement,
    law_after_legislation, measure_after_legislation,
)
from .word_roles import (
    OFF_TRADE_WORDS, SECTOR_WORDS, ban_is_verb, budget_deficit_again, embargo_is_verb,
    fast_track_is_a_modifier, investment_off_trade, manufacturing_is_a_modifier,
    quarrel_off_trade, reserves_is_verb, sector_names_a_role, settle_protectionist,
    settlement_off_trade, waiver_off_trade, word_off_trade,
)
from .governments import paragraph_place
from .lexicon import CENTRAL_BANKS, Automaton, load_lexicon
from .lazy_regex import lazy, rx
from .lexmatch import CALENDAR_WORDS, ISSUED_AFTER, Found, story_around
from .normalize import fold_pattern
from .spans import DisjointSpans

if TYPE_CHECKING:  # the model's dataclasses are no part of the engine's start-up
    from ..model import LexiconEntry


def resolve_overlaps(found: Iterable[Found], inner_ok: Iterable[Found] = ()) -> list[Found]:
    """Keep the best non-overlapping candidates: higher priority, then longer, then earlier.

    `inner_ok` candidates (actors named inside an issue name) are kept as they are.
    """
    kept: list[Found] = []
    reach = -1  # where the current cluster (candidates linked by overlaps) ends
    last = None  # the candidate that opened it
    cluster = None  # the cluster, once a second candidate has joined it (most never do)
    for cand in sorted(found):  # tuples: by start, then end
        if cand[0] < reach:
            if cluster is None:
                cluster = [last, cand]
            else:
                cluster.append(cand)
            if cand[1] > reach:
                reach = cand[1]
            continue
        if cluster is not None:
            _settle(cluster, kept)
            cluster = None
        elif last is not None:
            kept.append(last)
        last, reach = cand, cand[1]
    if cluster is not None:
        _settle(cluster, kept)
    elif last is not None:
        kept.append(last)
    if inner_ok:
        kept.extend(inner_ok)
        kept.sort()
    return kept


def _rank(f: Found) -> tuple[int, int, int]:
    return (-f.priority, f.start - f.end, f.start)


def _settle(cluster: list[Found], kept: list[Found]) -> None:
    """Add to `kept` the best candidates of a cluster that do not overlap each other."""
    if len(cluster) == 2 and cluster[1][0] < cluster[1][1]:
        kept.append(min(cluster, key=_rank))  # two that overlap: the better one
        return
    taken = DisjointSpans()
    kept += sorted(cand for cand in sorted(cluster, key=_rank)  # back in text order
                   if taken.add_if_free(cand[0], cand[1]))


def split_user_lexicon(entries: Iterable[LexiconEntry]) -> tuple[tuple, set]:
    """(entries to add, {(folded phrase, kind)} to suppress)."""
    adds = []
    suppressed = set()
    for entry in entries:
        phrase = fold_pattern(entry.phrase)
        if not phrase:
            continue
        if entry.action == "suppress":
            suppressed.add((phrase, entry.kind))
        else:
            adds.append((phrase, entry))
    return tuple(adds), suppressed


def user_matches(text: str, folded: str, omap, adds: tuple, automaton) -> list[Found]:
    """Matches of the user's added phrases (any case, whole words), top priority."""
    out = []
    size = len(folded)
    for idx, fs, fe in automaton.find_matches_as_indexes(" " + folded):
        fe -= 1  # the automaton saw a leading space
        if fe < size and folded[fe] != " ":
            continue
        entry = adds[idx][1]
        span = _with_edge_marks(text, omap.start(fs), omap.end(fe), entry.phrase)
        if span is None:
            continue  # `C` for the user's `C++`: the fold dropped marks the text lacks
        subtype = entry.subtype or ("topic" if entry.kind == "issue" else "")
        value = entry.value or " ".join(entry.phrase.split())
        out.append(Found(span[0], span[1], entry.kind, subtype, value,
                         f"your lexicon: {entry.phrase}", 5))
    return out


def _with_edge_marks(text: str, start: int, end: int, phrase: str) -> tuple[int, int] | None:
    """The span of a user's phrase with the marks it opens or ends with (`C++`, `[x]`),
    which folding drops: grown over them when the text has them there, else None."""
    phrase = phrase.strip()
    lead = len(phrase) - len(phrase.lstrip(_MARKS))
    trail = len(phrase) - len(phrase.rstrip(_MARKS))
    opening, closing = phrase[:lead], phrase[len(phrase) - trail:]
    if opening and not text.startswith(opening, start):  # (the match may hold them already)
        if text[start - lead:start] != opening:
            return None
        start -= lead
    if closing and not text.endswith(closing, start, end):
        if text[end:end + trail] != closing:
            return None
        end += trail
    return start, end


_MARKS = "+#*&@%$[](){}<>!?'\"-_/\\.,;:"


def drop_suppressed(found: list[Found], text: str, suppressed: set) -> list[Found]:
    """Remove candidates whose phrase and kind the user marked as wrong."""
    if not suppressed:
        return found
    return [f for f in found if (fold_pattern(text[f.start:f.end]), f.kind) not in suppressed]


def drop_suppressed_dates(dates: list[Mention], suppressed: set) -> list[Mention]:
    """Remove the date mentions whose phrase the user marked as wrong (as a date)."""
    wrong = {phrase for phrase, kind in suppressed if kind == "date"}
    if not wrong:
        return dates
    return [m for m in dates if fold_pattern(m.text) not in wrong]


def trade_purchases(text: str, cues: list[tuple[str, int, int]]) -> list[Found]:
    """`purchases` as one country's buying from another: the purchase-commitments issue
    (`Chinese purchases`, `its purchases`, `larger purchases`, `purchases of American
    farm goods`); not a market's, a treasury's or an army's (`purchases of securities`,
    `dollar purchases`, `government purchases`, `arms purchases`)."""
    out: list[Found] = []
    # a comprehension: a str.__eq__ wrapper mapped over the cues costs three times more
    for _cue, start, end in [cue for cue in cues if cue[0] == "buy"]:
        before = text[max(0, start - 24):start].split()
        if before and before[-1].lower().strip("-") in _NOT_TRADE_BUYING or \
                rx(_FINANCIAL_AFTER).match(text, end):
            continue
        out.append(Found(start, end, "issue", "topic", "purchase commitments",
                         "rule trade purchases", 1))
    return out


_NOT_TRADE_BUYING = frozenset(  # the word before: what is bought, or who buys, off trade
    "dollar dollars currency yen mark marks sterling gold bond bonds share shares stock "
    "stocks securities asset assets government public arms weapons investors investor "
    "net central home house land consumer retail fund funds option options bank bank's banks"
    .split()
)
_FINANCIAL_AFTER = (r"(?i)[ \t\n]+(?:of|in)[ \t\n]+(?:[\w.'$-]+[ \t\n]+){0,5}?"
                    r"(?:dollars?|currenc|yen|marks|sterling|gold|bonds?|shares?|stocks?|securities"
                    r"|treasur|assets|equities|debt)")


# ---- value and span refinements after the overlaps are settled ----------------------

_OPENING_QUOTES, _CLOSING_QUOTES = "\"'“‘", "\"'”’"
_JOINT = r"[”\"'’]*[ \t]*\n?[ \t]*"  # what may separate a name from its `deal`
_DEAL_WORDS = frozenset(["deal", "agreement", "accord", "pact", "truce", "trade deal",
                         "trade agreement"])
_LAW_WORDS = frozenset(["bill", "bills", "legislation", "law", "laws", "trade legislation",
                        "trade bill", "trade bills", "trade law", "trade laws"])
_HEAD_VALUES = {**dict.fromkeys(_DEAL_WORDS, "trade agreement"),
                **dict.fromkeys(_LAW_WORDS, "trade legislation")}  # a head word's topic
_MARKETS_PLACE = (
    r"\b(?:in|into|to|across|throughout|open|opens|opened|opening|close|closes|closed|closing"
    r"|enter|enters|entered|entering)[ \t\n]+(?:[\w.-]+[ \t\n]+){0,2}$"
)
# `dumping steel on world markets`, `other markets`, `export markets`: places (annotators:
# 16 of 16 unmarked in blind rounds 46-65); not `global markets` (`rattled global markets`)
_MARKETS_WHERE = r"\b(?:world|other|third|export|overseas|foreign|new|emerging)[ \t\n]+$"
# `workers on both sides of the border`: a place (12 of 12 unmarked); not `a desire on both
# sides to find a solution`
_SIDES_PLACE = r"\bon[ \t\n]+(?:both|either|opposite)[ \t\n]+$"
_OF_A_PLACE = r"[ \t\n]+of[ \t\n]+the\b"
# Group words that may name a place, not a party: for each, (what goes before it, how far
# back it is looked for, what must follow it or None); any one that matches makes it a place
_PLACES_OF_GROUPS = {
    "markets": ((_MARKETS_PLACE, 40, None), (_MARKETS_WHERE, 20, None)),
    "countries": ((_MARKETS_PLACE, 40, None),),
    "nations": ((_MARKETS_PLACE, 40, None),),
    "sides": ((_SIDES_PLACE, 20, _OF_A_PLACE),),
}


def _names_a_place(text: str, f: Found) -> bool:
    """Whether the group word at `f` names a place here (`exports to Asian markets`)."""
    for before, reach, after in _PLACES_OF_GROUPS[f.value]:  # (a loop: called thousands of times)
        if rx(before).search(text, max(0, f.start - reach), f.start) is not None and \
                (after is None or rx(after).match(text, f.end) is not None):
            return True
    return False


_GEORGIA_CUES = ("Tbilisi", "Georgian", "Caucasus", "Abkhazia", "Ossetia", "Saakashvili")


@lru_cache(maxsize=2)  # (a long text names the state many times: one search of it)
def _about_georgia(text: str) -> bool:
    """Whether a story that names Georgia tells of the country (its capital, its people,
    its region named), not of the US state that trade stories name far more often (in
    blind rounds 46-61 the state 5 times of 5)."""
    return any(word in text for word in _GEORGIA_CUES)


def _native_peoples(text: str, f: Found) -> bool:
    """Whether `Indian(s)` at `f` are the native peoples of the Americas: a story (what
    lies within `STORY_REACH` characters) that never names India but names native
    peoples or their lands (`Mayan Indians`, the Zapatistas of Chiapas, tribal lands).
    A country's name is no sign: `Indian Commerce Minister Maran` may meet Brazil's."""
    story = story_around(text, f.start, f.end)
    return not _names_india(story) and rx(_THE_AMERICAS).search(story) is not None


def _names_india(story: str) -> bool:
    """Whether `India` stands as a word in `story` (found by substring: a pattern with
    word bounds has no fast literal scan)."""
    at = story.find("India")
    while at >= 0:
        if not story[at + 5:at + 6].isalpha() and not story[at - 1:at].isalpha():
            return True
        at = story.find("India", at + 5)
    return False


_INDIAN_WHYS = frozenset({"lexicon demonym:Indian", "lexicon demonym:Indians"})
_THE_AMERICAS = (r"\b(?:Chiapas|Zapatistas?|Mayan?|Aztecs?|Incas?|[Ii]ndigenous|[Nn]ative American"
                 r"|American Indians?|tribes|tribal)\b")


# `a meeting in the Oval Office`, `told reporters at the White House`, `outside the
# Kremlin`: the building as a place, not its government (`hardliners in the White House`
# and `a report to the White House` stay the government)
_VENUE_BEFORE = (
    r"(?:\b(?:outside|inside)|\b(?:meeting|meetings|ceremony|event|reception|dinner|lunch"
    r"|luncheon|briefing|conference|reporters|journalists|speech|remarks|spoke|speaks|speaking"
    r"|signing|visit|visits|visited|visiting|arrived|arrives|invited|welcomed|hosted|trip|sits"
    r"|sat|sitting|remain|remains|stay|stays)\b(?:[ \t\n]+[\w'’.-]+){0,3}[ \t\n]+(?:at|in|to"
    r"|into))[ \t\n]+the[ \t\n]+$"
)
_BUILDINGS = frozenset({"government:White House", "government:Oval Office", "government:West Wing",
                        "government:Kremlin", "government:Downing Street", "government:Blue House",
                        "government:Elysee", "government:Élysée"})
_ACT_YEAR = r"[ \t\n]+of[ \t\n]+(?:1[89]|20)\d\d\b"
# the measure's name that is a verb too (`firmly safeguard its rights`), valued as a
# non-tariff barrier: read for its verb as the tariff words are
_SAFEGUARD_WHYS = frozenset({"lexicon topic:safeguard", "lexicon topic:safeguards"})
_VERB_AFTER_MODAL = frozenset(  # words after which `levy`, `safeguard` are verbs
    "to would will could can may might should shall must not also then and or".split()
)
_ANAPHORA = r"\b[Tt]he[ \t\n]+([Mm]inistry|[Dd]epartment|[Cc]ommission)\b(?![ \t\n]+of\b|\w)"
_POSSESSIVE_CHINA = r"(?:China|PRC)['’]s?[ \t\n]+$"


_HEAD_SURFACES = frozenset("topic:" + word for word in _HEAD_VALUES)
# lower-case issue word -> whether, here, it is in a sense that names no issue
_OTHER_SENSES = {
    **dict.fromkeys(("investment", "investments"), investment_off_trade),
    **dict.fromkeys(("fast-track", "fast track"), fast_track_is_a_modifier),
    "settlement": settlement_off_trade,
    **dict.fromkeys(("fight", "fights", "feud", "feuds", "clash", "clashes"), quarrel_off_trade),
    **dict.fromkeys(("waiver", "waivers"), waiver_off_trade),
    **dict.fromkeys(OFF_TRADE_WORDS, word_off_trade),
}
_VERB_SURFACES = frozenset(  # words that may be verbs (or, `protectionist`, predicates)
    {"topic:levy", "topic:dumping", "topic:safeguard", "topic:safeguards",
     "topic:protectionist", "topic:ban", "topic:bans", "topic:manufacturing", "topic:embargo",
     "topic:deficit", "topic:deficits", "topic:reserves"}
    | {"topic:" + word for word in SECTOR_WORDS} | {"topic:" + word for word in _OTHER_SENSES})
_SECTOR_WHYS = frozenset("lexicon topic:" + word for word in SECTOR_WORDS)
_INVESTMENT_WORDS = frozenset({"investment", "investments"})
_ARTICLE_SIZE = 100_000
_WHY = itemgetter(5)  # a Found's field, read at C speed
_COMMERCE = frozenset({"Commerce Ministry", "China Commerce Ministry"})
# `a U.S. customs duty`, `U.S. customs rules`: the country's levy or rules, no agency
_CUSTOMS_THING_AFTER = (
    r"[\w.]+[ \t\n]+customs[ \t\n]+(duty|duties|tariffs?|rates?|revenues?|value|valuation|"
    r"code|union|procedures|rules|regime|territory|clearance)\b")
# `U.S. Treasury Secretary Scott Bessent`: the country, then a title (the scanner took the
# longest match at `U.S.`, which hid the title `Treasury Secretary`)
_COUNTRY_TREASURIES = frozenset({"institution:U.S. Treasury", "institution:US Treasury"})
_SECRETARY_AFTER = r"[ \t\n]+(?:(?:Deputy|Under|Assistant)[ \t\n]+)?(?:Secretary|Undersecretary)\b"


def _country_word(f: Found, text: str, why: str = "before a title") -> Found:
    """`U.S.` of `U.S. Treasury` when `Treasury Secretary` is the title that follows it, or
    of `U.S. customs` when `customs duty` is the levy."""
    country = text[f.start:f.end].split()[0]
    return Found(f.start, f.start + len(country), "actor", "country", "USA",
                 f"lexicon country:{country} ({why})", f.priority)


@lru_cache(maxsize=1)
def _refined_whys() -> frozenset[str]:
    """The `why` of every candidate `refine` may change (a small share of all)."""
    whys = {f"lexicon group:{word}" for word in _PLACES_OF_GROUPS} | {"lexicon country:Georgia"} \
        | _INDIAN_WHYS
    for entry in load_lexicon().entries:
        if (entry.surface in _HEAD_SURFACES or entry.surface in _VERB_SURFACES
                or entry.surface in CURB_SURFACES or entry.surface in FRAMEWORK_SURFACES
                or entry.why in LAW_WHYS or entry.why == MEASURE_WHY
                or entry.value in _NAMED_IN_FULL_FIRST
                or entry.value in _COMMERCE or entry.surface in _BUILDINGS
                or entry.value == "central bank"
                or (entry.value == "trade legislation" and entry.surface.endswith(" Act"))
                or entry.surface in _COUNTRY_TREASURIES or entry.value == "US Customs"
                or entry.why == _BOARD_OF_TRADE):
            whys.add(entry.why)
    return frozenset(whys)


def refine(found: list[Found], text: str) -> list[Found]:
    """General fixes the scanner cannot see one match at a time: China's Ministry of
    Commerce is MOFCOM, China's central bank the People's Bank of China, `the ministry`
    refers back, a quoted deal name and its `deal` are one issue, `Trade Act of 1974` is
    one name, `levy` before its object and `dumping` with one are verbs, `markets` or
    `countries` after `in` and `a meeting in the Oval Office` are places."""
    whys = _refined_whys()
    hits = list(compress(range(len(found)), map(whys.__contains__, map(_WHY, found))))
    if hits:
        found = list(found)
        for i in hits:
            found[i] = _refined(found, i, text)
        commerce = [i for i in hits if found[i] is not None and found[i].value in _COMMERCE]
        if commerce:
            _mofcom(found, commerce, text)
        _central_banks(found, [i for i in hits if found[i] is not None
                               and found[i].value == "central bank"], text)
        found = list(filter(None, found))  # (a Found is never empty)
    return _bare_commerce(_anaphora(found, text), text)


def _refined(found: list[Found | None], i: int, text: str) -> Found | None:
    """`found[i]` refined, or None when it is no mention (or merged into the one before)."""
    f = found[i]
    if f is None:
        return None
    if f.value == "Treasury" and (rx(_SECRETARY_AFTER).match(text, f.end)
                                  or ISSUED_AFTER.match(text, f.end)):
        return _country_word(f, text)  # (`U.S. Treasury debt`: bonds, no body)
    if f.value == "US Customs" and (thing := rx(_CUSTOMS_THING_AFTER).match(text, f.start)):
        return _country_word(f, text, f"before customs {thing.group(1)}")  # `U.S. customs duty`
    if f.subtype == "government":  # a seat of government: the building or its people
        return None if rx(_VENUE_BEFORE).search(text, max(0, f.start - 60), f.start) else f
    if f.why == _BOARD_OF_TRADE:
        return _local_board(text, found, i)
    if f.value in _PLACES_OF_GROUPS:  # `exports to Asian markets`: a place, not a party
        return None if _names_a_place(text, f) else f
    if f.value == "GEO" and text[f.start:f.end] == "Georgia" and not _about_georgia(text):
        return None  # `Hyundai's Georgia plant`, `Sen. Warnock of Georgia`: the US state
    if f.value == "IND" and f.why in _INDIAN_WHYS and _native_peoples(text, f):
        return None  # `an uprising of armed Indian peasants` in Chiapas: no India
    if f.value in _NAMED_IN_FULL_FIRST:
        return f if _named_in_full(text, f) else None
    if f.value == "tariffs" or f.why in _SAFEGUARD_WHYS:  # (`safeguard`: a barrier)
        return None if _tariff_word_is_verb(text, f) else f
    if f.kind == "issue":
        surface = text[f.start:f.end]
        if surface == "deal" and _deal_is_verb(text, f) or \
                surface == "bills" and _household_bills(text, f) or \
                surface == "dumping" and _dumping_is_verb(text, f) or \
                surface in ("ban", "bans") and ban_is_verb(text, f) or \
                surface == "reserves" and reserves_is_verb(text, f) or \
                surface == "manufacturing" and manufacturing_is_a_modifier(text, f) or \
                surface in ("deficit", "deficits") and budget_deficit_again(text, f):
            return None
        word = " ".join(surface.lower().split())
        other_sense = _OTHER_SENSES.get(word)
        if other_sense is not None and other_sense(text, f) or \
                word in _INVESTMENT_WORDS and _inside_issue_before(found, i):
            return None
        if surface == "embargo":
            return None if embargo_is_verb(text, f) else f
        if f.why in _SECTOR_WHYS:  # `agricultural adviser`: the role, not the sector
            return None if sector_names_a_role(text, f) else f
        if surface in _CAPITAL_DEALS:
            return _named_deal(text, found, i)
        if f.why in BARE_CURB_WHYS:
            return curbs_named_before(text, found, i)
        if f.why in FRAMEWORK_WHYS:  # after a deal named: the Framework, with its name
            kept = framework_after_agreement(text, found, i)
            return _named_deal(text, found, i) if kept and surface == "Framework" else kept
        if f.why in LAW_WHYS:
            return law_after_legislation(text, found, i)
        if f.why == MEASURE_WHY:
            return measure_after_legislation(text, found, i)
        if surface == "protectionist":
            after = next((g.start for g in found[i + 1:i + 4] if g is not None), None)
            return settle_protectionist(text, f, after)
        return _extended_issue(text, found, i)
    return f


_BOARD_OF_TRADE = "lexicon institution:Board of Trade"


def _local_board(text: str, found: list[Found | None], i: int) -> Found:
    """`the Board of Trade` is Britain's (DTI); `the Rosario Board of Trade`, a city's
    grain exchange, is named by the word before it (no mention of its own there)."""
    f = found[i]
    match = _WORDS_BEFORE_BOARD.search(text, max(0, f.start - 40), f.start)
    before = found[i - 1] if i else None
    words = match.group(1).split() if match is not None else []
    if not words or words[0] in _NOT_NAME_WORDS or not _NOT_LOCAL.isdisjoint(words) or \
            before is not None and before.end > match.start(1):
        return f
    return f._replace(start=match.start(1), value=f"{' '.join(words)} Board of Trade")


# one or two capitalised words on the line before it: `Rosario`, `Kansas City`
_WORDS_BEFORE_BOARD = lazy(r"(?<![\w.'’-])([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+$")
_NOT_LOCAL = CALENDAR_WORDS | {"British", "Britain", "UK", "English", "London"}


def _named_in_full(text: str, f: Found) -> bool:
    """`AU` is the African Union, `the appellate body` in lower case the WTO's, in a
    story that names the Union or the WTO (not `AU$5 billion`, `AU Optronics`, a
    court's appellate body)."""
    if text[f.start:f.end] == "AU":
        return "African Union" in text and text[f.end:f.end + 1] != "$"
    if text[f.start].islower():
        return "WTO" in text or "World Trade Organization" in text
    return True


_NAMED_IN_FULL_FIRST = frozenset({"African Union", "WTO Appellate Body"})
_CAPITAL_DEALS = frozenset({"Agreement", "Accord", "Pact", "Protocol"})  # head words `refine`
# sees; `Framework` too, where a deal was named before it (`the Windsor Framework`)
_NAME_BEFORE_DEAL = r"((?:[A-Z][\w'.-]*[ \t]+){1,3})$"
_NOT_NAME_WORDS = frozenset("The A An This That These Its Their His Her Our Under In At Of On "
                            "By For From With And Or But New".split())


def _named_deal(text: str, found: list[Found | None], i: int) -> Found:
    """`the Geneva Accord`: the capitalised words before a capitalised deal word are its
    name, one issue with it (not when they are a mention of their own)."""
    f = found[i]
    match = rx(_NAME_BEFORE_DEAL).search(text, max(0, f.start - 40), f.start)
    if not match:
        return f
    words = match.group(1).split()
    while words and words[0] in _NOT_NAME_WORDS:
        words = words[1:]
    if not words:
        return f
    start = f.start - len(match.group(1)) + match.group(1).index(words[0])
    k = i - 1
    while k >= 0 and found[k] is None:
        k -= 1
    if k >= 0 and found[k].end > start:
        return f  # `U.S.-Japan Agreement`: the country is its own mention
    return f._replace(start=start, why=f"{f.why} + the name before")


def _deal_is_verb(text: str, f: Found) -> bool:
    """`to deal with`, `would rather deal with`, `they deal with`: the verb, not an accord
    (`a deal with Beijing` keeps its determiner before it)."""
    before = text[max(0, f.start - 12):f.start].split()
    word = before[-1].lower() if before else ""
    if word in _DEAL_VERB_BEFORE:
        return True
    return word in _DEAL_VERB_BEFORE_WITH and text[f.end:f.end + 7].split()[:1] == ["with"]


_DEAL_VERB_BEFORE = frozenset(
    "to would will could can may might should shall must cannot rather not also then "
    "help helps helped better".split()
)
_DEAL_VERB_BEFORE_WITH = frozenset("we they i you and or who that".split())


def _dumping_is_verb(text: str, f: Found) -> bool:
    """`was dumping chips`, `stop dumping its microchips`: a verb with its object, no
    issue (`proof of dumping`, `stop dumping of steel` keep the noun)."""
    before = text[max(0, f.start - 12):f.start].split()
    if not before or before[-1].lower() not in _DUMPING_VERB_BEFORE:
        return False
    after = text[f.end:f.end + 24].split()[:1]
    return bool(after) and after[0].isalpha() and after[0].lower() not in _NOT_AN_OBJECT


_DUMPING_VERB_BEFORE = frozenset(
    "was were is are been be being still longer stop stops stopped stopping end ends ended "
    "ending halt halts halted halting cease ceased keep keeps kept avoid avoided".split()
)
_NOT_AN_OBJECT = frozenset(  # words after a noun `dumping`: prepositions, verbs, heads
    "of by in on at into from to for and or but as is was are were has have had would "
    "will could can may might should must than that which who duties duty margin margins "
    "charges charge case cases complaint complaints investigation investigations probe "
    "petition petitions allegations suit suits practices ruling order finding findings "
    "measures penalties law laws rules code issue dispute".split()
)


def _household_bills(text: str, f: Found) -> bool:
    """`pay their bills`, `energy bills`: what households pay, no legislation."""
    before = text[max(0, f.start - 12):f.start].split()
    return bool(before) and before[-1].lower() in _BILLS_PAID_AFTER


_BILLS_PAID_AFTER = frozenset(
    "pay pays paid paying their his her our your my household utility electricity energy "
    "power gas heating fuel water phone medical grocery monthly unpaid".split()
)


def _tariff_word_is_verb(text: str, f: Found) -> bool:
    """`would levy`, `to safeguard its industry`, `firmly safeguard their rights`: the
    verb (`a levy`, `safeguard measures`, `the safeguard on washers` keep the noun)."""
    before = text[max(0, f.start - 12):f.start].split()
    if before and before[-1].lower() in _VERB_AFTER_MODAL:
        return True
    if text[f.start:f.start + 9].lower() != "safeguard":
        return False
    after = text[f.end:f.end + 12].split()[:1]
    return bool(before) and before[-1].lower() in _SAFEGUARD_VERB_BEFORE or \
        bool(after) and after[0].lower() in _SAFEGUARD_OBJECTS


_SAFEGUARD_VERB_BEFORE = frozenset(
    "firmly resolutely effectively better further jointly strongly help helps helped".split())
_SAFEGUARD_OBJECTS = frozenset(  # words that open the object of the verb
    "its their our his her your the national domestic american chinese it them us".split())


def _extended_issue(text: str, found: list[Found | None], i: int) -> Found | None:
    """`Trade Act` + ` of 1974`; a name joined with the `deal` after it (None: this
    match was merged into the issue before it)."""
    f = found[i]
    if f.value == "trade legislation" and text[f.end - 3:f.end] == "Act":
        year = rx(_ACT_YEAR).match(text, f.end)
        return f._replace(end=year.end()) if year else f
    k, prev = _issue_before(found, i)
    if prev is not None and f.start - 4 <= prev.end < f.start \
            and rx(_JOINT).match(text, prev.end).end() == f.start \
            and " ".join(text[f.start:f.end].lower().split()) in _HEAD_VALUES:
        head = " ".join(text[f.start:f.end].lower().split())
        start = prev.start  # `"phase one" deal`: the quotes around the name both in or out
        if start and text[start - 1] in _OPENING_QUOTES and \
                any(mark in text[prev.end:f.start] for mark in _CLOSING_QUOTES):
            start -= 1
        found[k] = prev._replace(start=start, end=f.end, value=_HEAD_VALUES[head],
                                 why=f"{prev.why} + {head}")
        return None  # `farm subsidy agreement`, `protectionist legislation`: one issue
    return f


def _inside_issue_before(found: list[Found | None], i: int) -> bool:
    """Whether the issue before `found[i]` was grown over it (`restrictions on Chinese
    investment`)."""
    prev = _issue_before(found, i)[1]
    return prev is not None and prev.end >= found[i].end


def _issue_before(found: list[Found | None], i: int) -> tuple[int, Found | None]:
    """(index, candidate) of the nearest issue among the three before `found[i]`, else
    (-1, None). A plain loop: a generator costs more, for every deal or law word."""
    for k in range(i - 1, i - 4 if i > 3 else -1, -1):
        cand = found[k]
        if cand is not None and cand[2] == "issue":
            return k, cand
    return -1, None


def _mofcom(found: list[Found | None], commerce: list[int], text: str) -> None:
    """The generic Commerce Ministry (`found[i]` for i in `commerce`) is MOFCOM after
    `China's`, in a paragraph that opens `In Beijing,`, or in an article whose most
    mentioned country but the US (which has a Commerce Department) is China."""
    chinese = False
    if len(text) < _ARTICLE_SIZE:  # a longer text is no one article: no majority
        counts = Counter([f[4] for f in found if f is not None])
        codes = [(n, v) for v, n in counts.items()
                 if v == "EU" or (len(v) == 3 and v.isupper() and v != "USA")]
        chinese = bool(codes) and max(codes)[1] == "CHN"
    for i in commerce:
        f = found[i]
        if f.value == "China Commerce Ministry" or chinese or \
                rx(_POSSESSIVE_CHINA).search(text, max(0, f.start - 12), f.start) or \
                _told_from_china(text, f.start):
            found[i] = f._replace(value="MOFCOM")  # (`In Beijing, the Commerce Ministry`)


def _told_from_china(text: str, at: int) -> bool:
    """Whether the sentence at `at` opens its paragraph with `In Beijing,` or `In China,`."""
    return paragraph_place(text, at, load_lexicon()) == "CHN" and \
        text.find(". ", text.rfind("\n", 0, at) + 1, at) < 0


def _central_banks(found: list[Found | None], banks: list[int], text: str) -> None:
    """`China's central bank` (`found[i]` for i in `banks`, right after the possessive
    country): that country's bank by name, where the lexicon names it. `the Central Bank
    of the Argentine Republic`, `the central bank of Chile` (the country right after): one
    mention, that country's central bank."""
    for i in banks:
        country = found[i - 1] if i else None
        if country is not None and country.subtype == "country" and \
                text[country.end:found[i].start] in _POSSESSIVE_GAPS:
            name = CENTRAL_BANKS.get(country.value)
            if name is not None:
                found[i] = found[i]._replace(value=name)
        elif i + 1 < len(found) and (after := found[i + 1]) is not None and \
                after.subtype == "country" and _OF_THE.fullmatch(text, found[i].end, after.start):
            end = _REPUBLIC.match(text, after.end).end()
            name = CENTRAL_BANKS.get(after.value) or _central_bank_of(after.value)
            found[i] = found[i]._replace(end=end, value=name)
            found[i + 1] = None  # the country inside the bank's name: one mention


def _central_bank_of(code: str) -> str:
    """`Central Bank of Argentina`, `Central Bank of the Czech Republic`: a country's
    central bank named by the country's short name."""
    short = load_lexicon().short_names.get(code, code)
    the = "the " if short.split()[-1] in _NAMES_WITH_THE else ""
    return f"Central Bank of {the}{short}"


_NAMES_WITH_THE = frozenset({"Republic", "Kingdom", "States", "Emirates", "Islands"})
_OF_THE = lazy(r"[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?")
_REPUBLIC = lazy(r"(?:[ \t\n]+Republic\b)?")  # `the Argentine Republic`


_POSSESSIVE_GAPS = frozenset({"'s ", "’s ", "'s\n", "’s\n", "' ", "’ "})


def _anaphora(found: list[Found], text: str) -> list[Found]:
    """`the ministry` / `the department` / `the commission` (`the Ministry` in wire copy)
    after a named ministry, department or commission: that one; `the Commission` with
    none named, after a mention of the EU or EC: the European Commission."""
    places = [(idx, start - 1)  # (word, where it starts: one letter before its tail)
              for idx, start, _end in _tails_automaton().find_matches_as_indexes(text)
              if start > 1 and ("he" in text[start - 7 if start > 7 else 0:start - 1]
                                or idx == _COMMISSION and _bare_commission(text, start - 1))]
    if not places:  # no `the` before any of them: most articles
        return found
    institutions = [f for f in found if f[3] == "institution"]
    # (end, value) of each named one, per word; a name's words come from its `why` (the
    # lexicon pattern or the user's phrase it was found by)
    mine: list[list[tuple[int, str]]] = [[], [], []]
    for f in institutions:
        for idx in _referring(f[5]):
            mine[idx].append((f[1], f[4]))
    ends = [[end for end, _value in named] for named in mine]
    eu_at = _first_eu(found) if any(idx == _COMMISSION for idx, _at in places) else None
    extra = []
    for idx, at in places:
        if not mine[idx] and (eu_at is None or idx != _COMMISSION):
            continue
        match = rx(_ANAPHORA).search(text, max(0, at - 6), at + 14)  # the word, and 4
        if match and match.start(1) == at or idx == _COMMISSION and _bare_commission(text, at):
            word = text[at:at + len(_REFERRING_WORDS[idx])]
            k = bisect_right(ends[idx], at) - 1
            if k >= 0:
                value = mine[idx][k][1]
            elif word == "Commission" and eu_at is not None and eu_at < at and \
                    rx(_OTHER_COMMISSION).search(text, eu_at, at) is None:
                value = "European Commission"  # `the Commission` in a story about the EC
            else:
                continue
            extra.append(Found(at, at + len(word), "actor", "institution", value,
                               f"rule the {word}", 1))
    return _with_actors(found, extra)


def _bare_commerce(found: list[Found], text: str) -> list[Found]:
    """`Commerce` alone after the story named the Commerce Department: that department
    (`duties that Commerce imposed in March`; blind rounds 46-119: 16 of 16 marked); not
    inside a name (`Chamber of Commerce`) or a title (`Commerce and Industry Minister`)."""
    named = next((f[1] for f in found if f[4] == "Commerce Department"), None)
    if named is None:
        return found
    extra = []
    at = text.find("Commerce", named)
    while at >= 0:
        end = at + 8
        if rx(_COMMERCE_ALONE).match(text, end) and not text[end:end + 1].isalnum() \
                and rx(_COMMERCE_AFTER_A_NAME).search(text, max(0, at - 24), at) is None:
            extra.append(Found(at, end, "actor", "institution", "Commerce Department",
                               "rule Commerce alone", 1))
        at = text.find("Commerce", end)
    return _with_actors(found, extra)


# what follows `Commerce` standing alone: no other capitalised word of a name or title
# (`Commerce and Industry Minister`, `Commerce, Science and Transportation Committee`), nor
# the trade it may mean (`Commerce between the two countries`)
_COMMERCE_ALONE = (r"(?![ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z])(?!['’]s[ \t]+[A-Z])(?!,[ \t]+[A-Z]"
                   r"[\w-]*(?:,|[ \t]+and\b))(?![ \t]+(?:between|among|with|across|flows?)\b)")
# before it: `of`, `on`, `and`, a hyphen, or a capitalised word of a name (`Senate Commerce`,
# `Energy and Commerce`), not a sentence's start (`said. Commerce`) or `U.S.`
_COMMERCE_AFTER_A_NAME = (r"(?:\b(?:of|on|and|&)|-|(?<![.!?\"”])[ \t](?!U\.S\.|US\b|The\b)"
                          r"[A-Z][\w.]*)[ \t]*$")


def _with_actors(found: list[Found], extra: list[Found]) -> list[Found]:
    """`found` (sorted) with the actors `extra` put in their places, but those within an
    actor already there (`EC executive Commission`, `Chamber of Commerce`)."""
    if not extra:
        return found
    found = list(found)
    for f in extra:  # a few: cheaper than sorting them all again
        k = bisect_right(found, f)
        if not _inside_actor(found, k, f):
            found.insert(k, f)
    return found


def _inside_actor(found: list[Found], k: int, f: Found) -> bool:
    """Whether an actor around position `k` of `found` (sorted) overlaps `f`."""
    for near in found[max(0, k - 3):k + 3]:
        if near[2] == "actor" and near[0] < f[1] and f[0] < near[1]:
            return True
    return False


@lru_cache(maxsize=1024)
def _referring(why: str) -> tuple[int, ...]:
    """Which of the referring words the name found through `why` contains."""
    name = why.lower()
    return tuple(idx for idx, word in enumerate(_REFERRING_WORDS) if word in name)


_REFERRING_WORDS = ("ministry", "department", "commission")


def _bare_commission(text: str, at: int) -> bool:
    """`Commission` at `at` as a short name without `the` (`a Commission spokesman`,
    `according to Commission figures`): capitalised, after a lower-case word, `A` or a
    sentence's end, no name going on after it (`Commission of ...`)."""
    if not text.startswith("Commission", at) or rx(_NAME_GOES_ON).match(text, at + 10):
        return False
    before = text[max(0, at - 24):at].split()
    return not before or before[-1][0].islower() or before[-1] in ("A", "An") \
        or before[-1][-1] in '.!?"”'


_NAME_GOES_ON = r"\w|[ \t\n]+(?:of|for|on)\b"
# another commission named since the EU was (`the Federal Trade Commission`): `the
# Commission` may be that one
_OTHER_COMMISSION = (r"\b(?!(?:The|This|That|European|EC|EEC|Community|EU)\b)"
                     r"[A-Z][A-Za-z]+ Commission\b")
_COMMISSION = 2  # its index


def _first_eu(found: list[Found]) -> int | None:
    """Where the first mention of the EU (or EC) starts, if any."""
    try:
        return found[indexOf(map(_VALUE, found), "EU")][0]  # in C, stops at the first
    except ValueError:
        return None


_VALUE = itemgetter(4)


@lru_cache(maxsize=1)
def _tails_automaton() -> Automaton:
    """Finds the referring words without their first letter (either case): one pass."""
    return Automaton(tuple(word[1:] for word in _REFERRING_WORDS), dfa=True)
