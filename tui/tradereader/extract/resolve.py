"""Overlaps between candidates, and the user's own lexicon (added and suppressed phrases)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import LexiconEntry
from .lexmatch import Found
from .normalize import fold_pattern
from .spans import DisjointSpans


def resolve_overlaps(found: Iterable[Found], inner_ok: Iterable[Found] = ()) -> list[Found]:
    """Keep the best non-overlapping candidates: higher priority, then longer, then earlier.

    `inner_ok` candidates (actors named inside an issue name) are kept as they are.
    """
    kept: list[Found] = []
    for cluster in _overlap_clusters(sorted(found)):  # tuples: by start, then end
        if len(cluster) == 1:
            kept.append(cluster[0])
            continue
        taken = DisjointSpans()
        ranked = sorted(cluster, key=lambda f: (-f.priority, f.start - f.end, f.start))
        kept += [cand for cand in ranked if taken.add_if_free(cand.start, cand.end)]
    if inner_ok:
        kept.extend(inner_ok)
        kept.sort()
    return kept


def _overlap_clusters(ordered: list[Found]) -> list[list[Found]]:
    """Runs of candidates (sorted by start) linked by overlaps."""
    clusters: list[list[Found]] = []
    reach = -1
    for cand in ordered:
        start, end = cand[0], cand[1]
        if start < reach:
            clusters[-1].append(cand)
            if end > reach:
                reach = end
        else:
            clusters.append([cand])
            reach = end
    return clusters


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
    for idx, fs, fe in automaton.find_matches_as_indexes(" " + folded):
        fe -= 1  # the automaton saw a leading space
        if fe < size and folded[fe] != " ":
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
