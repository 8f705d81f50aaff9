"""A currency's name as the currency issue where the story tells of its moves: `the
strong yen`, `a weaker dollar`, `the dollar's decline`, `a further rise of the yen`, `the
value of the dollar`, `the dollar fell`. Elsewhere a currency's name is money (`10
billion dollars`, `dollar purchases`, `against the dollar`) and no issue.

The names come from the lexicon's `money` cue (its single pass); only the few words
around each are read here."""

from __future__ import annotations

import re

from .lexmatch import Found

_GAP = r"[ \t]*\n?[ \t]*"
_MOVING = (  # adjectives of a currency that moves (the word right before its name)
    r"strong|stronger|strongest|weak|weaker|weakest|high|higher|low|lower|rising|falling"
    r"|soaring|surging|sliding|sagging|slumping|plunging|declining|sinking|appreciating"
    r"|depreciating|strengthening|weakening|firm|firmer|cheap|cheaper|dear|dearer"
    r"|overvalued|undervalued|over-valued|under-valued"
)
_MOVES = (  # nouns of a move (after the name, or before `of the`)
    r"rise|rises|fall|falls|decline|declines|drop|drops|slide|slump|plunge|climb|surge"
    r"|strength|weakness|appreciation|depreciation|devaluation|revaluation|strengthening"
    r"|weakening|rally|gains|value|level|stability|overvaluation|undervaluation"
)
_MOVED = (  # verbs of a move (after the name)
    r"fell|falls|fallen|rose|rises|risen|weakened|weakens|strengthened|strengthens|slid"
    r"|slides|plunged|plunges|climbed|climbs|appreciated|appreciates|depreciated|depreciates"
    r"|declined|declines|dropped|drops|soared|soars|surged|surges|slumped|sank|sinks"
    r"|(?:(?:has|had|have|will|would|could|may|might|to)" + _GAP + r")"
    r"(?:fall|fallen|rise|risen|weaken|weakened|strengthen|strengthened|appreciate"
    r"|appreciated|depreciate|depreciated|decline|declined|drop|dropped|climb|climbed"
    r"|soar|soared|slide|plunge|plunged)"
)
_BEFORE = re.compile(  # `the strong yen`, `the already-weak dollar`, `rise of the yen`
    rf"(?i)(?:(?<![\w-])(?:{_MOVING})|-(?:weak|strong|high|low))[ \t]+\n?[ \t]*"
    rf"(?:(?:U\.S\.|US|Taiwan|Hong Kong|Canadian|Australian|New Zealand)[ \t]+)?$"
    rf"|\b(?:{_MOVES})[ \t\n]+(?:of|in)[ \t\n]+the[ \t\n]+"
    rf"(?:(?:U\.S\.|US|Taiwan|Hong Kong|Canadian|Australian|New Zealand)[ \t]+)?$"
)
_AFTER = re.compile(  # `the dollar's decline`, `the yen's sharp rise`, `the dollar fell`
    rf"(?i)(?:['’]s{_GAP}(?:(?:sharp|steep|further|continued|recent|rapid|strong|renewed)"
    rf"{_GAP})?(?:{_MOVES})|{_GAP}(?:rise|fall|decline|appreciation|depreciation|strength"
    rf"|weakness|slide|plunge|surge){_GAP}(?![\w-])(?!of\b)|{_GAP}(?:{_MOVED}))\b"
)
_AMOUNT_AFTER = re.compile(  # `higher dollar prices`: the name measures an amount
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
    if _BEFORE.search(text, max(0, start - 40), start):
        return not _AMOUNT_AFTER.match(text, end)
    return bool(_AFTER.match(text, end))
