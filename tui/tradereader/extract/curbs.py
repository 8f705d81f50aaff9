"""Bare curb words (`curbs`, `restrictions`, `restraints`, `ban`; `controls` and `licences`
only after curbs were named): the kind of curbs the story named last, or told of."""

from __future__ import annotations

from functools import lru_cache

from .lazy_regex import rx
from .lexicon import place_entry
from .lexmatch import Found, in_title_case_line, word_before
from .word_roles import finance_word_at

_ONLY_AFTER_CURBS = frozenset({"topic:controls", "topic:limits", "topic:licences", "topic:licenses",
                               "topic:licensing regime", "topic:licensing system",
                               "topic:licence system", "topic:license system"})
CURB_SURFACES = frozenset({"topic:curbs", "topic:restrictions", "topic:restriction",
                           "topic:restraints", "topic:ban", "topic:bans"}
                          | _ONLY_AFTER_CURBS)  # lexicon surfaces
BARE_CURB_WHYS = frozenset("lexicon " + surface for surface in CURB_SURFACES)
_ONLY_AFTER_CURB_WHYS = frozenset("lexicon " + surface for surface in _ONLY_AFTER_CURBS)


_OBJECT_AFTER = (r"[ \t\n]+(?:the|a|an|about|most|much|more|some|all|its|their|nearly|almost"
                 r"|roughly|around|of|\d)")  # (`of`: `the limits of managed trade`)
_CURB_WORDS = ("curb", "restrict", "restrain", "control", "limit", "ban", "screening", "quota",
               "barrier", "denial", "blacklist")
_ON_EXPORTS = (r"[ \t\n]+on[ \t\n]+(?:the[ \t\n]+)?(?:[\w.'’-]+[ \t\n]+){0,3}?"
               r"(?:exports\b|export(?=[ \t\n]+of\b))")  # (not `on the use of export subsidies`)
_ON_IMPORTS = r"[ \t\n]+on[ \t\n]+(?:[\w.'-]+[ \t\n]+){0,3}?[Ii]mports\b"
_ON_INVESTMENT = r"[ \t\n]+on[ \t\n]+(?:[\w.'’-]+[ \t\n]+){0,2}?investments?\b"
_CURBS_LOOK_BACK = 3000  # characters: the story the bare word is in


def curbs_named_before(text: str, found: list[Found | None], i: int) -> Found | None:
    """Bare `curbs`, `restrictions` are the kind of curbs the story named last: after
    `export controls` they are export controls, after `investment curbs` investment; a
    barrier when none or a barrier was named, or when they are `on ... imports`.
    `controls` and `licences` are an issue only after curbs were named (`the controls
    will be lifted`; not `temperature controls`, `Johnson Controls`)."""
    f = found[i]
    alone_ok = f[5] not in _ONLY_AFTER_CURB_WHYS
    if not alone_ok and (not text[f.start].islower() and not _headline_curbs_on(text, f)
                         or rx(_OBJECT_AFTER).match(text, f.end)
                         or f.why == _LIMITS_WHY and _limits_elsewise(text, f)):
        return None  # `Johnson Controls`; `China controls the processing` (the verb); not
        # a headline's `Limits on Chinese Clothing Imports`
    on_exports = rx(_ON_EXPORTS).match(text, f.end)
    if on_exports and not _whose_exports(text, f.end, on_exports.end()):
        # `controls on exports`, `curbs on gallium exports`: the whole phrase, one issue
        _drop_issues_within(found, i, on_exports.end())  # (`microchip exports`)
        return f._replace(end=on_exports.end(), value="export controls",
                          why=f"{f.why} on exports")
    if rx(_ON_IMPORTS).match(text, f.end):  # `restrictions on Chinese imports`
        return f
    on_investment = rx(_ON_INVESTMENT).match(text, f.end)
    if on_investment and not finance_word_at(text, on_investment.end()):
        # `restrictions on Chinese investment`: one issue, the whole phrase (not `curbs
        # on investment banks`)
        return f._replace(end=on_investment.end(), value="investment",
                          why=f"{f.why} on investment")
    for before in issues_before(found, i, f.start - _CURBS_LOOK_BACK):
        why = before[5]  # `lexicon topic:export controls`: the words it was found by
        if _names_curbs(why):
            words = " ".join(text[before[0]:before[1]].lower().split())
            return f if before.value == f.value else f._replace(
                value=before.value, why=f"{f.why} (after {words})")
    curbing = _curbing_exports(text, max(0, f.start - _CURBS_LOOK_BACK), f.start)
    if curbing:  # `China will restrict exports of gallium`: none named, one told of
        return f._replace(value="export controls", why=f"{f.why} (after {curbing})")
    return f if alone_ok else None


def _drop_issues_within(found: list[Found | None], i: int, end: int) -> None:
    """Clear the issues after `found[i]` that start before `end` (text order)."""
    for j in range(i + 1, len(found)):
        other = found[j]
        if other is None:
            continue
        if other.start >= end:
            return
        if other.kind == "issue":
            found[j] = None


def _headline_curbs_on(text: str, f: Found) -> bool:
    """`Limits on Chinese Clothing Imports` in a title-case headline (not `Johnson
    Controls on Tuesday said`)."""
    return text.startswith(" on ", f.end) and in_title_case_line(text, f.start, f.end)


def _limits_elsewise(text: str, f: Found) -> bool:
    """Whether a bare `limits` is no curb: a compound (`term limits`, `credit card
    limits`), `limits to what`, `limits on what`, or the verb (`The pact limits Chinese
    textile exports`: no determiner before it, no `on` after it)."""
    before = word_before(text, f.start)
    if before in _OTHER_LIMITS:
        return True
    after = text[f.end:f.end + 12].split()[:2]
    if after[:1] == ["to"] or after == ["on", "what"]:
        return True
    return after[:1] != ["on"] and before not in _LIMITS_DETERMINERS


_LIMITS_WHY = "lexicon topic:limits"
_OTHER_LIMITS = frozenset(
    "term speed credit card spending age weight time price borrowing debt emission emissions "
    "position loss exposure lending deposit withdrawal".split())
_LIMITS_DETERMINERS = frozenset(
    "the those these such new tighter strict stricter firm its their any no further".split())


def _whose_exports(text: str, start: int, end: int) -> bool:
    """Whether `on ... exports` in `text[start:end]` names another country's exports
    (`curbs on Japanese exports`, `on U.S. textile exports`, `on the country's exports`,
    `on textile exports from Hong Kong`): often that country's barrier to them, not the
    exporter's own controls (`curbs on its rice exports`, `on China-bound chip exports`,
    `on Nvidia's chip exports` are export controls)."""
    for word in text[start:end].split()[1:-1]:
        word = word.rstrip(",").removesuffix("'s").removesuffix("’s")
        if word[:1].isupper() and place_entry(word) is not None or word.lower() in _WHOSE_NOUNS:
            return True
    return rx(_FROM_A_PLACE).match(text, end) is not None


_WHOSE_NOUNS = frozenset({"country", "nation", "island", "region", "territory", "colony"})
_FROM_A_PLACE = r"[ \t\n]+from[ \t\n]+(?:the[ \t\n]+)?[A-Z]"


def issues_before(found: list[Found | None], i: int, since: int):
    """The issue candidates before `found[i]`, nearest first: among the 80 candidates
    before it at most, and none starting before `since`."""
    for k in range(i - 1, i - 80 if i > 80 else -1, -1):
        before = found[k]
        if before is None or before[2] != "issue":
            continue
        if before[0] < since:
            return
        yield before


@lru_cache(maxsize=1024)
def _names_curbs(why: str) -> bool:
    """Whether a mention found through `why` names a kind of curbs (not a bare word)."""
    return why not in BARE_CURB_WHYS and any(word in why for word in _CURB_WORDS)


def _curbing_exports(text: str, lo: int, hi: int) -> str:
    """The first `restrict (its) exports of` or `banned wheat exports` (a thing's, in lower
    case: not `limit Japanese exports`, a barrier to another country) in `text[lo:hi]`,
    or "" (found from the word `exports`: a pattern opening with the verbs would try
    every position)."""
    at = text.find("exports", lo, hi)
    while at >= 0:
        verb = rx(_CURBING_BEFORE).search(text, max(lo, at - 24), at)
        if verb and rx(_OF_AFTER).match(text, at + 7):
            return " ".join(text[verb.start():at + 7].split()) + " of"
        verb = rx(_CURBING_THINGS_BEFORE).search(text, max(lo, at - 40), at)
        if verb and verb.group(1).islower():
            return " ".join(text[verb.start():at + 7].split())
        at = text.find("exports", at + 7, hi)
    return ""


_CURBING = r"\b(?:(?:curb|restrict|limit|control)(?:s|ed|ing)?|ban(?:s|ned|ning)?)"
_CURBING_BEFORE = rf"{_CURBING}[ \t\n]+(?:its[ \t\n]+)?$"
# `banned wheat exports`, `curbs rare-earth exports`: a ban or curb of a thing's exports (not
# `costs limit coal exports`, `traders control most grain exports`: no government's act)
_CURBING_THINGS_BEFORE = (r"\b(?:(?:curb|restrict)(?:s|ed|ing)?|ban(?:s|ned|ning)?)[ \t\n]+"
                          r"(?:its[ \t\n]+)?((?!(?:most|all|some|many|more|the|its)\b)"
                          r"(?:[a-z-]+[ \t\n]+){1,2})$")
_OF_AFTER = r"[ \t\n]+of\b"
