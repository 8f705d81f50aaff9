"""A currency's name as the currency issue where the story tells of its moves: `the
strong yen`, `a weaker dollar`, `the dollar's decline`, `a further rise of the yen`, `the
value of the dollar`, `the dollar fell`. Elsewhere a currency's name is money (`10
billion dollars`, `dollar purchases`, `against the dollar`) and no issue.

The names come from the lexicon's `money` cue (its single pass); only the few words
around each are read here."""

from __future__ import annotations

from .lazy_regex import rx
from .lexmatch import Found


_GAP = r"[ \t]*\n?[ \t]*"
_MOVING = frozenset((  # adjectives of a currency that moves (the word right before its name)
    "strong stronger strongest weak weaker weakest high higher low lower rising falling "
    "soaring surging sliding sagging slumping plunging declining sinking appreciating "
    "depreciating strengthening weakening firm firmer cheap cheaper dear dearer overvalued "
    "undervalued over-valued under-valued").split())
_MOVES = (  # nouns of a move (after the name, or before `of the`)
    "rise rises fall falls decline declines drop drops slide slump plunge climb surge "
    "strength weakness appreciation depreciation devaluation revaluation strengthening "
    "weakening rally gains value level stability overvaluation undervaluation").split()
_MOVES_BEFORE = frozenset(_MOVES)
_WHOSE = frozenset({"u.s.", "us", "taiwan", "canadian", "australian", "zealand", "kong"})
_MOVED = frozenset((  # verbs of a move (after the name)
    "fell falls fallen rose rises risen weakened weakens strengthened strengthens slid slides "
    "plunged plunges climbed climbs appreciated appreciates depreciated depreciates declined "
    "declines dropped drops soared soars surged surges slumped sank sinks").split())
_WILL = frozenset("has had have will would could may might to".split())  # `has fallen`
_TO_MOVE = frozenset((
    "fall fallen rise risen weaken weakened strengthen strengthened appreciate appreciated "
    "depreciate depreciated decline declined drop dropped climb climbed soar soared slide "
    "plunge plunged").split())
_MOVE_AFTER = frozenset(  # `the dollar decline` (not `the dollar value of exports`)
    "rise fall decline appreciation depreciation strength weakness slide plunge surge".split())
_POSSESSIVE_MOVE = (  # `the dollar's decline`, `the yen's sharp rise`
    rf"(?i)['’]s{_GAP}(?:(?:sharp|steep|further|continued|recent|rapid|strong|renewed)"
    rf"{_GAP})?(?:{'|'.join(_MOVES)})\b")
_AMOUNT_AFTER = (  # `higher dollar prices`: the name measures an amount
    r"(?i)[ \t]*\n?[ \t]*(?:value|values|terms|amount|amounts|figure|figures|prices?|sales"
    r"|costs?|volumes?|earnings|revenues?|income|deposits?|loans?|debts?|bonds?|assets"
    r"|purchases|denominated|holdings|exports|imports|receipts|payments)\b"
)
_WHY = "rule currency moves"


def currency_moves(text: str, cues: list[tuple[str, int, int]]) -> list[Found]:
    """Each currency name (cue `money`) the words around show moving, as `currency`."""
    out: list[Found] = []
    for _cue, start, end in [cue for cue in cues if cue[0] == "money"]:
        if _moving(text, start, end):
            out.append(Found(start, end, "issue", "topic", "currency", _WHY, 1))
    return out


def _moving(text: str, start: int, end: int) -> bool:
    if _moves_before(text, start):
        return not rx(_AMOUNT_AFTER).match(text, end)
    return _moves_after(text, end)


def _moves_before(text: str, start: int) -> bool:
    """`the strong yen`, `the already-weak dollar`, `a rise of the yen` (a country's
    name between: `the strong Taiwan dollar`)."""
    words = text[max(0, start - 40):start].lower().split()
    if words and words[-1] in _WHOSE:
        words.pop()
        if words and words[-1] == "hong":
            words.pop()
    return bool(words) and (
        words[-1] in _MOVING or words[-1].rpartition("-")[2] in _MOVING_HYPHENED
        or len(words) > 2 and words[-1] == "the" and words[-2] in ("of", "in")
        and words[-3] in _MOVES_BEFORE)


def _moves_after(text: str, end: int) -> bool:
    """`the dollar's decline`, `the dollar fell`, `the yen has risen`, `the dollar decline`
    (not `the dollar rise of ...`: a figure's)."""
    if text[end:end + 1] in ("'", "’"):
        return bool(rx(_POSSESSIVE_MOVE).match(text, end))
    after = text[end:end + 30].lower().split()
    if not after or not text[end:end + 1].isspace():
        return False
    first = after[0].strip(_MARKS)
    if first in _MOVED:
        return True
    if first in _MOVE_AFTER:
        return len(after) < 2 or after[1] != "of"
    return first in _WILL and len(after) > 1 and after[1].strip(_MARKS) in _TO_MOVE


_MARKS = ".,;:!?\"'”’)"
_MOVING_HYPHENED = frozenset({"weak", "strong", "high", "low"})  # `the already-weak dollar`
