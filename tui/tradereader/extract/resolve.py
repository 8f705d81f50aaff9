"""Overlaps between candidates, and the user's own lexicon (added and suppressed phrases)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import LexiconEntry
from .lexmatch import Found
from .normalize import fold_pattern


def resolve_overlaps(found: Iterable[Found], inner_ok: Iterable[Found] = ()) -> list[Found]:
    """Keep the best non-overlapping candidates: higher priority, then longer, then earlier.

    `inner_ok` candidates (actors named inside an issue name) are kept as they are.
    """
    ranked = sorted(found, key=lambda f: (-f.priority, f.start - f.end, f.start))
    kept: list[Found] = []
    taken: list[tuple[int, int]] = []
    for cand in ranked:
        if all(cand.end <= s or cand.start >= e for s, e in taken):
            kept.append(cand)
            taken.append((cand.start, cand.end))
    kept.extend(inner_ok)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


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


def user_matches(folded: str, omap, adds: tuple, automaton) -> list[Found]:
    """Matches of the user's added phrases (any case, whole words), top priority."""
    out = []
    size = len(folded)
    for idx, fs, fe in automaton.find_matches_as_indexes(folded):
        if (fs and folded[fs - 1].isalnum()) or (fe < size and folded[fe].isalnum()):
            continue
        entry = adds[idx][1]
        subtype = entry.subtype or ("topic" if entry.kind == "issue" else "")
        value = entry.value or " ".join(entry.phrase.split())
        out.append(Found(omap.start(fs), omap.end(fe), entry.kind, subtype, value,
                         f"your lexicon: {entry.phrase}", 5))
    return out


def drop_suppressed(found: list[Found], text: str, suppressed: set) -> list[Found]:
    """Remove candidates whose phrase and kind the user marked as wrong."""
    if not suppressed:
        return found
    return [f for f in found if (fold_pattern(text[f.start:f.end]), f.kind) not in suppressed]
