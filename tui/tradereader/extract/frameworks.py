"""A bare `framework` or `law`: the deal or the law the story is about, once it has
named one.

Negotiators reach `a framework`, `the London framework`; annotators mark it as the
trade agreement it is (18 of 25 bare uses in blind rounds 46-61). The other uses are
a policy's or a body's frame (`within the framework of the WTO`, `this framework` of a
central bank), in stories that named no deal before them. So the word is a trade
agreement only after the story named a trade agreement (a deal, pact, truce...) within
`_LOOK_BACK` characters, and never before `of`.

`the law` (`The law`, `the act`) likewise is the trade legislation the story named
before it (29 of 33 uses after one in blind rounds 46-81, 15 of 15 `The law` opening a
sentence in rounds 46-91; 9 of 14 in stories that named none, where it is as
often `the law of the market`): singular, after `the`, `this`, `that`, `its` or `new`
(`the same law`, `the 1988 law`), or after `a` with a year or such a word between (`a
1977 law`, `a rarely used law`; not `a law`), and not a law firm, school or the like.
`the measure` is the bill too, but only where the last measure the story named is a bill
(in blind rounds 46-113, 16 of 25 such uses were marked; a measure after tariffs or export
controls is those).
"""

from __future__ import annotations

from .curbs import issues_before
from .lazy_regex import rx
from .lexmatch import Found

FRAMEWORK_SURFACES = frozenset({"topic:framework", "topic:frameworks"})  # lexicon surfaces
FRAMEWORK_WHYS = frozenset("lexicon " + surface for surface in FRAMEWORK_SURFACES)
LAW_WHYS = frozenset({"lexicon topic:law", "lexicon topic:act"})  # `the law`, `the act`
MEASURE_WHY = "lexicon topic:measure"
_LOOK_BACK = 3000  # characters: the story the word is in
_OF_AFTER = r"[ \t\n]+of\b"


def framework_after_agreement(text: str, found: list[Found | None], i: int) -> Found | None:
    """`found[i]` (a bare framework) if the story named a trade agreement before it."""
    f = found[i]
    if rx(_OF_AFTER).match(text, f.end):
        return None  # `within the framework of the WTO's dispute settlement`
    for before in issues_before(found, i, f.start - _LOOK_BACK):
        if before.value == "trade agreement" and before.why not in FRAMEWORK_WHYS:
            return f
    return None


def law_after_legislation(text: str, found: list[Found | None], i: int) -> Found | None:
    """`found[i]` (a bare `law` or `act`) if it is `the law` (`The law`, `That act`) and
    the story named trade legislation before it."""
    f = found[i]
    word = text[f.start:f.end]
    if word not in ("law", "act") or not _after_a_determiner(text, f) or \
            word == "act" and text.endswith(" in the", 0, f.start - 1):  # `caught in the act`
        return None
    for before in issues_before(found, i, f.start - _LOOK_BACK):
        if before.value == "trade legislation" and before.why not in _ANAPHORS and (
                word == "law" or text[before.end - 3:before.end] == "Act"
                or "Act " in text[before.start:before.end]):
            return f  # (`the act` only after a named Act: `the Trade Act`)
    return None


def measure_after_legislation(text: str, found: list[Found | None], i: int) -> Found | None:
    """`found[i]` (a bare `measure`) if it is `the measure` and the last measure the
    story named before it is trade legislation (`the bill`, not `the tariffs` or `the
    export controls`, which a measure as often names)."""
    f = found[i]
    if text[f.start:f.end] != "measure" or not _after_a_determiner(text, f):
        return None
    for before in issues_before(found, i, f.start - _LOOK_BACK):
        if before.value == "trade legislation":
            return f
        if before.value in _MEASURES:
            return None
    return None


def _after_a_determiner(text: str, f: Found) -> bool:
    """`the law`, `That act`, `the 1988 law`; not `law firm`, `the act of signing`."""
    return not rx(_NOT_THE_LAW_AFTER).match(text, f.end) \
        and rx(_DETERMINER_BEFORE).search(text, max(0, f.start - 32), f.start) is not None


_ANAPHORS = LAW_WHYS | {MEASURE_WHY}
# topics a bare `measure` may stand for besides a bill
_MEASURES = frozenset(["tariffs", "export controls", "non-tariff barriers", "sanctions",
                       "dumping", "subsidies", "investment", "protectionism"])


_LAW_MODIFIER = (r"[ \t\n]+(?:1[89]\d\d|20\d\d|new|same|U\.S\.|US|federal|predecessor"
                  r"|rarely[ \t\n]+used|little-used|little-known)")
_DETERMINER_BEFORE = (  # `the law`, `That law`, `the same law`; `a 1977 law`, not `a law degree`
    rf"\b(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Nn]ew)(?:{_LAW_MODIFIER}){{0,2}}"
    rf"|[Aa](?:{_LAW_MODIFIER}){{1,2}})[ \t\n]+$")
_NOT_THE_LAW_AFTER = (r"[ \t\n]+(?:of|firm|firms|school|schools|professor|student|students"
                      r"|enforcement|partner|practice)\b|-")
