"""One Aho-Corasick pass of the lexicon over the folded copy, with the context rules.

A match counts only at word boundaries and with the right case in the original
text; capitals count only where they stand for a government; a country word
directly before a government or institution name merges with it
(`U.S. Congress`, `Japanese government`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, NamedTuple

from .lexicon import ANY, CAPITAL, EXACT, UPPER, Entry, Lexicon
from .normalize import OffsetMap


class Found(NamedTuple):
    """A candidate mention: offsets into the original text plus what it is."""

    start: int
    end: int
    kind: str
    subtype: str
    value: str
    why: str
    priority: int = 1


class Scan(NamedTuple):
    found: list[Found]
    titles: list[tuple[int, int]]  # spans of person titles (never annotated)
    blocked: list[tuple[int, int]]  # spans the lexicon says are no mention at all
    cues: list[tuple[str, int, int]]  # (verb|admin|role, start, end) for the people rules


_NOT_METONYM_AFTER = frozenset(
    "in to for from at into via near outside of visit visited visiting arrived left leave "
    "leaving reach reached returned return based across around throughout toward towards "
    "through headed flew fly travel travelled traveled trip downtown central outskirts "
    "within inside west east greater".split()
)
_NOT_METONYM_BEFORE = frozenset(
    "time stock stocks market markets exchange airport correspondent correspondents bureau "
    "embassy residents police university office offices summit meeting area region "
    "consensus accord accords agreement pact club talks round conference declaration treaty "
    "summit".split()
)
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December".split()
)
_DATELINE = re.compile(
    r",?\s*(?:\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d)"
)
_CAPITAL_NEXT = re.compile(r"\s[A-Z]")
_NEXT_WORD = re.compile(r" ([A-Za-z][\w-]*)")
_NOT_MARKETS_AFTER = frozenset(
    "its their his her our your my export foreign domestic overseas home open opened "
    "opening new key major third world regain lost utilities commodity farm global "
    "international alongside dominate dominates dominated".split()
)
_ROUND_AFTER = frozenset({"the", "this", "new", "current"})
_ROUND_OF_MEASURES = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tariffs?|duties|levies|sanctions|prices?|cuts|hikes|increases)\b"
)
_GOV_SUFFIX = re.compile(r"[ \t\n]([Gg]overnment|[Cc]abinet|[Pp]arliament|[Ll]eadership)\b")
_GOV_INITIALS = frozenset("gGcCpPlL")
_FIRST_NAMES = frozenset({"Chad", "Jordan", "Georgia", "Israel"})
_GENERIC = frozenset(
    "Commerce Ministry|Finance Ministry|Foreign Ministry|Agriculture Ministry|Industry Ministry|"
    "central bank".split("|")
)


def case_ok(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether the original text has the case the entry asks for."""
    seg = text[start:end]
    if entry.case == UPPER:
        return seg.isupper()
    if entry.case == EXACT:
        return " ".join(seg.split()) == entry.surface.split(":", 1)[-1]
    return seg[0].isupper()


def word_before(text: str, start: int) -> str:
    """The word just before `start` in the original text, lower case ('' after punctuation)."""
    seg = text[max(0, start - 24):start]
    if not seg[-1:].isspace():
        return ""
    words = seg.split()
    return words[-1].lower() if words and words[-1][-1:].isalpha() else ""


def metonym_ok(text: str, start: int, end: int) -> bool:
    """Whether a capital at `text[start:end]` stands for its government here."""
    after = text[end:end + 24]
    if after.startswith(("'s ", "’s ")):
        return True  # `Washington's demands`, `in Washington's view`
    if word_before(text, start) in _NOT_METONYM_AFTER:
        return False
    if after.startswith("-") or _DATELINE.match(after):
        return False
    nxt = _NEXT_WORD.match(after)
    if nxt:
        word = nxt.group(1)
        if word[0].isupper() and word not in _CALENDAR and word != "And":
            return False
        if word in _NOT_METONYM_BEFORE:
            return False
    return True


def _context_ok(text: str, folded: str, fs: int, s: int, e: int, entry: Entry) -> bool:
    """The per-entry context rules beyond case and word boundaries."""
    if entry.subtype == "metonym":
        seg = text[s:e]
        return not (seg.isupper() and len(seg) > 3) and metonym_ok(text, s, e)
    if entry.value == "markets":
        return word_before(text, s) not in _NOT_MARKETS_AFTER
    if entry.surface == "topic:bill" and text[s] == "B":
        return _CAPITAL_NEXT.match(text, e) is None  # "Bill Clinton"
    if entry.surface == "topic:round":  # `the round` of negotiations, not `a round of tariffs`
        return word_before(text, s) in _ROUND_AFTER and not _ROUND_OF_MEASURES.match(text, e)
    return True


def scan(text: str, folded: str, omap: OffsetMap, lex: Lexicon, automaton: Any) -> Scan:
    """Every lexicon match that survives the boundary, case and context rules."""
    entries = lex.entries
    size = len(folded)
    start_of = omap.start
    out: list[Found] = []
    spans: dict[str, list] = {"title": [], "block": [], "cue": []}
    after, shift = omap.runs()
    n_runs = len(after)
    country_at = -1  # index in `out` of the last country word (it may merge with what follows)
    for idx, fs, fe in automaton.find_matches_as_indexes(" " + folded):
        fe -= 1  # the automaton saw a leading space: fs is already the folded start
        if fe < size and folded[fe] != " ":
            continue  # the match ends inside a word
        entry = entries[idx]
        if n_runs:  # fold offsets back: the same run shift for both ends, mostly
            k = bisect_right(after, fs)
            moved = shift[k - 1] if k else 0
            e = fe + moved if k == n_runs or after[k] >= fe else start_of(fe - 1) + 1
            s = fs + moved
        else:
            s, e = fs, fe
        case = entry.case
        if case != ANY and not (
            text[s].isupper() if case == CAPITAL else case_ok(text, s, e, entry)
        ):
            continue
        if entry.dot and text[e:e + 1] == ".":
            e += 1  # `U.S.`: the final dot was folded to a space
        role = entry.role
        if role == "keep":
            if country_at >= 0 and out[country_at][1] == s - 1 and entry.subtype in _MERGES_WITH:
                out[country_at] = _merged(out[country_at], e, entry, text, lex)
                country_at = -1
                continue
            out.append(
                _new_found(Found, (s, e, entry.kind, entry.subtype, entry.value, entry.why, 1))
            )
            if entry.inner is not None:
                out.append(_inner_found(fs, entry, lex, omap))
        elif role in spans:
            spans[role].append((entry.subtype, s, e) if role == "cue" else (s, e))
        elif role == "country" and text[e + 1:e + 2] not in _GOV_INITIALS and text[s] not in "CJGI":
            out.append(_new_found(Found, (s, e, "actor", entry.subtype, entry.value, entry.why, 1)))
            country_at = len(out) - 1 if text[e:e + 1].isspace() else -1  # the common case
        elif role == "country" or _context_ok(text, folded, fs, s, e, entry):
            country_at = _add_country(out, s, e, entry, text, lex)
        elif entry.surface == "topic:bill":
            spans["cue"].append(("first", s, e))  # `Bill Gamber`
    return Scan(out, spans["title"], spans["block"], spans["cue"])


_new_found = tuple.__new__  # Found(...) without the Python-level __new__ (hot loop)
_MERGES_WITH = frozenset({"institution", "government"})


def _add_country(out: list[Found], s: int, e: int, entry: Entry, text: str, lex: Lexicon) -> int:
    """Append a country/metonym (or context-checked) match; the index a following
    institution may merge into, or -1."""
    if entry.role == "country" and _first_name_like(s, e, text):
        return -1
    if entry.kind != "actor" or entry.subtype not in ("country", "metonym"):
        out.append(Found(s, e, entry.kind, entry.subtype, entry.value, entry.why))
        return -1
    gov = _GOV_SUFFIX.match(text, e) if text[e + 1:e + 2] in _GOV_INITIALS else None
    if gov:
        word = gov.group(1).lower()
        short = lex.short_names.get(entry.value, entry.value)
        out.append(Found(s, gov.end(), "actor", "government", f"{short} {word}",
                         f"rule country+{word}"))
        return -1
    out.append(Found(s, e, entry.kind, entry.subtype, entry.value, entry.why))
    return len(out) - 1 if text[e:e + 1].isspace() else -1


def _merged(country: Found, end: int, entry: Entry, text: str, lex: Lexicon) -> Found:
    """`U.S.` + `Congress` -> `U.S. Congress`;
    `Japanese` + `Finance Ministry` -> `Japan Finance Ministry`."""
    short = lex.short_names.get(country.value, country.value)
    value = f"{short} {entry.value}" if entry.value in _GENERIC else entry.value
    return Found(country.start, end, entry.kind, entry.subtype, value, entry.why)


def _first_name_like(s: int, e: int, text: str) -> bool:
    """`Chad Bown`, `Jordan Peterson`: a country name used as a first name."""
    if text[s] not in "CJGI" or text[s:e] not in _FIRST_NAMES:
        return False
    return _CAPITAL_NEXT.match(text, e) is not None


def _inner_found(fs: int, entry: Entry, lex: Lexicon, omap: OffsetMap) -> Found:
    """The actor named inside an issue name (`GATT` in `GATT round`)."""
    rel_start, rel_end, actor = entry.inner  # type: ignore[misc]
    inner = lex.by_pattern[actor]
    start, end = omap.start(fs + rel_start), omap.end(fs + rel_end)
    # priority 0: kept even though it lies inside the issue
    return Found(start, end, inner.kind, inner.subtype, inner.value, inner.why, 0)
