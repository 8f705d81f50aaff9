"""Anchoring notes to text: W3C selectors, and finding a passage again after edits.

An annotation stores two W3C selectors: a `TextQuoteSelector` (the exact text with
up to `CONTEXT` characters either side) and a `TextPositionSelector` (offsets).
When the article's text changes, `reanchor` looks for the passage in stages:

1. *position* — the text at the old offsets is still the quote, with its context;
2. *quote* — every exact occurrence of the quote, scored by how much of the old
   prefix/suffix surrounds it; the best wins, a tie goes to the one nearest the old
   position;
3. *fuzzy* — the substring nearest to the quote by edit distance (Levenshtein),
   accepted only if the distance is at most a quarter of the quote's length;
4. otherwise the annotation is *orphaned*: kept, quote, note and position intact.

Stages 2 and 3 accept a place only with enough evidence (`_trusted`): its whole old
context, or (quote length - 2 x edit distance + context characters matched) of at
least `MIN_EVIDENCE`. A note on "the" whose paragraph was rewritten is orphaned rather
than moved to some other "the".

Pure Python plus rapidfuzz; nothing here imports textual, rich or tinydb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .model import Annotation, TextPositionSelector, TextQuoteSelector

CONTEXT = 32  # characters of prefix and suffix kept in a TextQuoteSelector
MIN_EVIDENCE = 40  # see `_trusted`: quote and context characters agreeing, off-position
NEAR_WINDOWS = (4_096, 65_536, 1_048_576)  # search radii tried before the whole text
MAX_CANDIDATES = 100_000  # exact occurrences scored at most (pathological 1-char quotes)
SHORT_QUOTE = 64  # rapidfuzz aligns needles up to this length fast (bit-parallel)
FUZZY_BUDGET = 400_000_000  # text length x quote length aligned exhaustively (~0.1 s)
ANCHORS = 16  # exact pieces of a quote used to find fuzzy candidates
MAX_PIECE_HITS = 256  # occurrences of one piece considered
MAX_FAR_CANDIDATES = 32  # windows aligned per search span

Stage = Literal["position", "quote", "fuzzy"]


@dataclass(frozen=True)
class Match:
    """Where a quote was found: `[start, end)`, how, and its edit distance (0 if exact)."""

    start: int
    end: int
    stage: Stage
    distance: int = 0
    context: int = 0  # characters of the old prefix + suffix that match around it


def make_selectors(
    text: str, start: int, end: int
) -> tuple[TextQuoteSelector, TextPositionSelector]:
    """The W3C selectors of `text[start:end]`, with `CONTEXT` characters each side."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad selection [{start}, {end}) in a text of {len(text)} characters")
    quote = TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )
    return quote, TextPositionSelector(start=start, end=end)


def fuzzy_bound(quote: str) -> int:
    """The largest edit distance a fuzzy match of `quote` may have: a quarter of it."""
    return len(quote) // 4


def reanchor(annotation: Annotation, new_text: str) -> Annotation:
    """`annotation` placed on `new_text`: fresh selectors, or orphaned (never dropped).

    A re-anchored annotation gets the text found as its new `exact` (it may differ
    from the old quote after a fuzzy match), a fresh prefix/suffix and
    `orphaned=False`. One that cannot be placed keeps its quote, note and position
    and gets `orphaned=True`.
    """
    match = locate(annotation.quote, annotation.position, new_text)
    if match is None:
        return annotation.evolve(orphaned=True)
    quote, position = make_selectors(new_text, match.start, match.end)
    return annotation.evolve(quote=quote, position=position, orphaned=False)


def locate(
    quote: TextQuoteSelector,
    position: TextPositionSelector | None,
    text: str,
    *,
    fuzzy: bool = True,
) -> Match | None:
    """Find the passage `quote` (last seen at `position`) in `text`, or None."""
    if not quote.exact:
        return None
    old_start = position.start if position is not None else 0
    if position is not None:
        match = _at_position(quote, position, text)
        if match is not None:
            return match
    match = _best_occurrence(quote, old_start, text)
    if match is None and fuzzy:
        match = _fuzzy(quote, old_start, text)
    return match


# -- stage 1: the old position ------------------------------------------------------


def _context_score(quote: TextQuoteSelector, text: str, start: int, end: int) -> int:
    """How many characters of the old prefix (backwards) and suffix match around a span."""
    before = text[max(0, start - len(quote.prefix)) : start]
    after = text[end : end + len(quote.suffix)]
    return _common_suffix(quote.prefix, before) + _common_prefix(quote.suffix, after)


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[-1 - i] == b[-1 - i]:
        i += 1
    return i


def _full_context(quote: TextQuoteSelector) -> int:
    return len(quote.prefix) + len(quote.suffix)


def _at_position(
    quote: TextQuoteSelector, position: TextPositionSelector, text: str
) -> Match | None:
    """The old offsets, if they still hold the quote and its whole context."""
    start, end = position.start, position.end
    if not (0 <= start < end <= len(text)) or text[start:end] != quote.exact:
        return None
    score = _context_score(quote, text, start, end)
    if score < _full_context(quote):
        return None  # the context changed: let stage 2 weigh every occurrence
    return Match(start, end, "position", context=score)


# -- stage 2: exact occurrences scored by context -----------------------------------


def _occurrences(exact: str, text: str, lo: int, hi: int, limit: int) -> list[int]:
    """Starts of `exact` wholly inside `text[lo:hi]`, at most `limit` of them."""
    starts: list[int] = []
    i = text.find(exact, lo, hi)
    while i != -1 and len(starts) < limit:
        starts.append(i)
        i = text.find(exact, i + 1, hi)
    return starts


def _windows(old_start: int, size: int, length: int):
    """(lo, hi) search windows of growing radius around the old position, then all."""
    for radius in NEAR_WINDOWS:
        lo, hi = max(0, old_start - radius), min(length, old_start + size + radius)
        yield lo, hi
        if lo == 0 and hi == length:
            return
    yield 0, length


def _best_occurrence(quote: TextQuoteSelector, old_start: int, text: str) -> Match | None:
    """The occurrence with the most context (then nearest), if it is trustworthy.

    Windows grow around the old position; a window whose best occurrence has its
    whole context stops the search (no farther occurrence can beat it).
    """
    exact, full = quote.exact, _full_context(quote)
    best: tuple[int, int, int] | None = None  # (-score, distance, start)
    for lo, hi in _windows(old_start, len(exact), len(text)):
        for start in _occurrences(exact, text, lo, hi, MAX_CANDIDATES):
            score = _context_score(quote, text, start, start + len(exact))
            key = (-score, abs(start - old_start), start)
            if best is None or key < best:
                best = key
        if best is not None and -best[0] == full:
            break
    if best is None:
        return None
    match = Match(best[2], best[2] + len(exact), "quote", context=-best[0])
    return match if _trusted(quote, match) else None


def _trusted(quote: TextQuoteSelector, match: Match) -> bool:
    """Whether a match away from the old position has evidence enough to move there."""
    if match.context == _full_context(quote):
        return True
    return len(quote.exact) - 2 * match.distance + match.context >= MIN_EVIDENCE


# -- stage 3: fuzzy -----------------------------------------------------------------


def _fuzzy(quote: TextQuoteSelector, old_start: int, text: str) -> Match | None:
    """The substring nearest to the quote within `fuzzy_bound`, near the old place first."""
    exact = quote.exact
    bound = fuzzy_bound(exact)
    if bound == 0 or not text:
        return None
    for lo, hi in _fuzzy_windows(exact, old_start, text, bound):
        found = _align(exact, text, lo, hi, bound, old_start)
        if found is not None:
            start, end, distance = found
            context = _context_score(quote, text, start, end)
            match = Match(start, end, "fuzzy", distance, context)
            if _trusted(quote, match):
                return match
    return None


def _fuzzy_windows(exact: str, old_start: int, text: str, bound: int):
    """Windows of `text` to align the quote in, most promising first.

    First the window around the old place; then the whole text for a short quote
    when that is cheap (`FUZZY_BUDGET`); otherwise windows around exact occurrences
    of pieces of the quote (`_anchor_windows`): a passage both moved far and edited
    in every piece is not found, it is orphaned.
    """
    margin = 2 * len(exact) + 256
    near = (max(0, old_start - margin), min(len(text), old_start + len(exact) + margin))
    whole = (0, len(text))
    yield near
    if near == whole:
        return
    if len(exact) <= SHORT_QUOTE and len(text) * len(exact) <= FUZZY_BUDGET:
        yield whole
    else:
        yield from _anchor_windows(exact, old_start, text, whole, bound)


def _anchor_windows(exact: str, old_start: int, text: str, span: tuple[int, int], bound: int):
    """Windows around places where several pieces of `exact` occur at the right offsets.

    Ranked by how many pieces agree, then by nearness to the old position.
    """
    piece = max(8, min(32, len(exact) // ANCHORS))
    count = max(1, min(ANCHORS, len(exact) // piece))
    step = (len(exact) - piece) / max(1, count - 1)
    hits: list[tuple[int, int]] = []  # (implied start of the quote, piece number)
    for number in range(count):
        offset = round(number * step)
        for found in _occurrences(exact[offset : offset + piece], text, *span, MAX_PIECE_HITS):
            hits.append((found - offset, number))
    clusters = _clusters(sorted(hits), tolerance=bound // 2 + 8)
    clusters.sort(key=lambda c: (-c[0], abs(c[1] - old_start)))
    for _, start in clusters[:MAX_FAR_CANDIDATES]:
        yield max(0, start - bound - 16), min(len(text), start + len(exact) + bound + 16)


def _clusters(hits: list[tuple[int, int]], tolerance: int) -> list[tuple[int, int]]:
    """(distinct pieces, median start) of runs of implied starts within `tolerance`."""
    clusters: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for hit in hits + [(None, None)]:  # type: ignore[list-item]
        if run and (hit[0] is None or hit[0] - run[-1][0] > tolerance):
            clusters.append((len({n for _, n in run}), run[len(run) // 2][0]))
            run = []
        if hit[0] is not None:
            run.append(hit)
    return clusters


def _align(
    exact: str, text: str, lo: int, hi: int, bound: int, old_start: int
) -> tuple[int, int, int] | None:
    """(start, end, distance) of the best alignment of `exact` in `text[lo:hi]` within `bound`.

    The old place itself is tried first (edited in place, it is found even in text
    that repeats itself); then rapidfuzz's alignment of the quote (of its head and
    tail for a long quote).
    """
    if lo <= old_start and old_start + len(exact) <= hi:
        radius = min(bound, 32)
        distance, start, end = _refine(
            exact, text, old_start, old_start + len(exact), bound, radius
        )
        if distance <= bound:
            return start, end, distance
    if len(exact) <= SHORT_QUOTE:
        span = _partial_alignment(exact, text, lo, hi)
        radius = bound
    else:  # align the head, then the tail where it should be: rapidfuzz is fast on short needles
        span = None
        head = _partial_alignment(exact[:SHORT_QUOTE], text, lo, hi)
        if head is not None:
            near_end = head[0] + len(exact)
            tail_lo, tail_hi = (
                max(head[0], near_end - bound - SHORT_QUOTE),
                min(len(text), near_end + bound),
            )
            tail = _partial_alignment(exact[-SHORT_QUOTE:], text, tail_lo, tail_hi)
            span = (head[0], tail[1]) if tail is not None and head[0] < tail[1] else None
        radius = min(bound, 32)
    if span is None:
        return None
    distance, start, end = _refine(exact, text, span[0], span[1], bound, radius)
    if distance > bound or start >= end:
        return None
    return start, end, distance


def _partial_alignment(needle: str, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where rapidfuzz best aligns `needle` in `text[lo:hi]`, as offsets of `text`."""
    from rapidfuzz import fuzz

    window = text[lo:hi]
    if not window:
        return None
    found = fuzz.partial_ratio_alignment(needle, window, score_cutoff=50)
    if found is None:
        return None
    if len(needle) > len(window):  # rapidfuzz swapped the arguments
        return lo, hi
    # stretch to where the needle's ends would fall when only part of it aligned
    return max(lo, lo + found.dest_start - found.src_start), min(
        hi, lo + found.dest_end + len(needle) - found.src_end
    )


def _refine(
    exact: str, text: str, start: int, end: int, bound: int, radius: int
) -> tuple[int, int, int]:
    """Move the span's end, then its start (by up to `radius`), to the smallest distance."""
    for _ in range(2):
        ends = range(max(start + 1, end - radius), min(len(text), end + radius) + 1)
        end = _argmin(ends, end, lambda e, s=start: _distance(exact, text[s:e], bound))
        starts = range(max(0, start - radius), min(end - 1, start + radius) + 1)
        start = _argmin(starts, start, lambda s, e=end: _distance(exact, text[s:e], bound))
    return _distance(exact, text[start:end], bound), start, end


def _argmin(candidates: range, current: int, cost) -> int:
    """The candidate of smallest cost (coarse steps, then finer); ties -> nearest `current`."""
    best = current
    while len(candidates) > 0:
        step = max(1, len(candidates) // 16)
        sample = list(candidates[::step]) + ([best] if best in candidates else [])
        best = min(sample, key=lambda c: (cost(c), abs(c - current)))
        if step == 1:
            break
        candidates = range(
            max(candidates.start, best - step + 1), min(candidates.stop, best + step)
        )
    return best


def _distance(a: str, b: str, bound: int) -> int:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b, score_cutoff=bound + 1)


# -- the CLI's `annotate --quote` ---------------------------------------------------

_QUOTE_EQUIVALENTS = {
    "'": "'\u2018\u2019\u02bc",
    "\u2018": "'\u2018\u2019\u02bc",
    "\u2019": "'\u2018\u2019\u02bc",
    '"': '"\u201c\u201d',
    "\u201c": '"\u201c\u201d',
    "\u201d": '"\u201c\u201d',
}


def _quote_pattern(quote: str) -> re.Pattern[str] | None:
    """A regex for `quote`: any run of whitespace matches any run; ' matches ’ etc."""
    words = quote.split()
    if not words:
        return None
    parts = ["".join(_char_pattern(c) for c in word) for word in words]
    return re.compile(r"\s+".join(parts))


def _char_pattern(char: str) -> str:
    same = _QUOTE_EQUIVALENTS.get(char)
    return f"[{re.escape(same)}]" if same else re.escape(char)


def count_quote(text: str, quote: str) -> int:
    """How many times `quote` stands in `text`, matched as `find_quote` matches it."""
    pattern = _quote_pattern(quote)
    return 0 if pattern is None else sum(1 for _match in pattern.finditer(text))


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int] | None:
    """`(start, end)` of the `occurrence`-th (1-based) match of `quote` in `text`, or None.

    Whitespace-tolerant (a quote typed on one line matches text broken across
    lines) and straight quotes match typographic ones (`world's` finds `world’s`);
    otherwise exact and case-sensitive. Leading/trailing whitespace is ignored.
    """
    if occurrence < 1:
        raise ValueError("occurrence counts from 1")
    pattern = _quote_pattern(quote)
    if pattern is None:
        return None
    for n, match in enumerate(pattern.finditer(text), start=1):
        if n == occurrence:
            return match.start(), match.end()
    return None
