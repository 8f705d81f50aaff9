"""Sentence and word boundaries for news copy, as offsets into `Article.text`.

Rules rather than a model: a sentence ends at `.`, `!`, `?` or `…` (with any closing
quotes and brackets after it) when whitespace and a capital, a digit or an opening
quote follow, unless the word before the period is an abbreviation that does not end
sentences here: titles (`Dr.`, `Sen.`), `No. 1`, `Jan. 5`, initials (`Jane Q. Smith`)
and dotted acronyms (`U.S.`, `p.m.`), which end a sentence only when the next word is
one that usually starts one (`... in the U.S. The deficit ...`).

pysbd handles these cases too but needs about ten minutes for a megabyte; these rules
run at several megabytes a second, and `SentenceIndex` segments one paragraph at a
time, on demand, so a six-megabyte report costs only what is on screen.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .lazy_pattern import lazy

Span = tuple[int, int]

MAX_SENTENCE = 1500  # a longer run (a table, a log line) is cut at whitespace
MAX_BLOCK = 20_000  # a longer paragraph is segmented in blocks cut at line breaks

_CANDIDATE = lazy(r"(?:\.{3}|…|[.!?]+)[\"'”’)\]]*(?=\s)")
_NEXT_TOKEN = lazy(r"\s+([\"'“‘(\[]*)(\S*)")
_BULLET = lazy(r"\n[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]+")
_WORD = lazy(r"\b(?:[A-Za-z]\.){2,}|\w+(?:[’'\-./,:@]\w+)*")
_ACRONYM = lazy(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")

TITLES = frozenset(
    "mr mrs ms messrs mme dr prof sen sens rep reps gov govs gen lt col capt cmdr adm maj "
    "sgt cpl pvt rev fr hon pres amb supt insp det atty treas sec.-gen st mt ft".split()
)
BEFORE_NUMBERS = frozenset("no nos art arts sec secs vol vols pp p fig figs ch para op ed".split())
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
AMBIGUOUS = frozenset(
    "inc corp co cos ltd plc bros jr sr esq etc vs v approx est dept div assn ave blvd "
    "rd u.s u.k u.n e.u a.m p.m".split()
)
STARTERS = frozenset(
    """the a an and but or so yet for nor he she it they we i you his her its their our my
    your this that these those there here then thus still also meanwhile however moreover
    in on at by from with without after before during since until when while where if
    as although though because despite among under over about according some many
    most both all no not several such what who
    which why how last next earlier later today yesterday tomorrow""".split()
)


def _word_before(text: str, end: int, floor: int) -> str:
    """The token that ends at `end` (the terminator excluded), lower-cased."""
    low = max(floor, end - 40)
    space = max(text.rfind(" ", low, end), text.rfind("\n", low, end), text.rfind("\t", low, end))
    return text[space + 1 if space >= 0 else low : end].lstrip("\"'“‘([").lower()


def _is_period_break(word: str, next_word: str) -> bool:
    """Whether `word.` followed by `next_word` ends a sentence."""
    stem = word.rstrip(".")
    next_is_number = next_word[:1].isdigit()
    if stem in TITLES:
        return False
    if stem in BEFORE_NUMBERS or stem in MONTHS:
        return not next_is_number and next_word.lower() in STARTERS
    starter = next_word.lower().strip(",;:") in STARTERS
    if stem in AMBIGUOUS or _ACRONYM.fullmatch(stem) or (len(stem) == 1 and stem.isalpha()):
        return starter
    return True


def _is_break(text: str, match: re.Match[str], floor: int, ceiling: int) -> bool:
    """Whether the terminator `match` ends a sentence within `text[floor:ceiling]`."""
    after = _NEXT_TOKEN.match(text, match.end(), ceiling)
    if after is None or not after.group(2):
        return False
    opener, next_word = after.groups()
    if next_word[0].islower() or (not opener and next_word[0] in ",;:)]}"):
        return False
    terminator = match.group(0).rstrip("\"'”’)]")
    if terminator != ".":
        return True
    word = _word_before(text, match.start(), floor)
    if word.isdigit() and len(word) <= 3 and _starts_line(text, match.start() - len(word), floor):
        return False  # a numbered point: "1. The ministers agreed..."
    return _is_period_break(word, next_word)


def _starts_line(text: str, offset: int, floor: int) -> bool:
    """Whether only spaces stand between `offset` and the line's (or the range's) start."""
    line_start = max(text.rfind("\n", floor, offset) + 1, floor)
    return not text[line_start:offset].strip()


def _cut_long(text: str, start: int, end: int) -> list[Span]:
    """`[start, end)` cut at whitespace into pieces of at most MAX_SENTENCE characters."""
    pieces: list[Span] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(" ", start + 1, limit), text.rfind("\n", start + 1, limit))
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = _skip_space(text, cut, end)
    if start < end:
        pieces.append((start, end))
    return pieces


def _skip_space(text: str, offset: int, end: int) -> int:
    while offset < end and text[offset].isspace():
        offset += 1
    return offset


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _break_points(text: str, start: int, end: int) -> list[int]:
    """Offsets where a sentence ends inside `[start, end)`, in order."""
    candidates = _CANDIDATE.finditer(text, start, end)
    points = [m.end() for m in candidates if _is_break(text, m, start, end)]
    points += [m.start() for m in _BULLET.finditer(text, start, end)]
    return sorted(set(points))


def sentences_in_paragraph(text: str, start: int, end: int) -> list[Span]:
    """The sentences of `text[start:end]` as `(start, end)` spans, whitespace trimmed."""
    spans: list[Span] = []
    begin = _skip_space(text, start, end)
    for point in [*_break_points(text, begin, end), end]:
        stop = _trim_end(text, begin, point)
        if stop > begin:
            spans.extend(_cut_long(text, begin, stop))
        begin = _skip_space(text, max(point, begin), end)
    return spans


def sentence_spans(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """Every sentence of every paragraph, in order (eager: prefer `SentenceIndex`)."""
    return [span for s, e in paragraphs for span in sentences_in_paragraph(text, s, e)]


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The words of `text[start:end]`: `U.S.`, `3.5`, `don't`, `well-known` are one word each."""
    stop = len(text) if end is None else end
    return [m.span() for m in _WORD.finditer(text, start, stop)]


def _blocks(text: str, start: int, end: int) -> list[Span]:
    """`[start, end)` cut at line breaks (else spaces) into blocks of at most MAX_BLOCK."""
    blocks: list[Span] = []
    while end - start > MAX_BLOCK:
        limit = start + MAX_BLOCK
        cut = text.rfind("\n", start + 1, limit)
        cut = cut if cut > start else text.rfind(" ", start + 1, limit)
        cut = cut if cut > start else limit
        blocks.append((start, cut))
        start = cut
    blocks.append((start, end))
    return blocks


class SentenceIndex:
    """An article's sentences, segmented lazily per paragraph and cached.

    Offsets outside every paragraph (the title, the byline) belong to no sentence;
    navigation skips over them. A paragraph longer than MAX_BLOCK (a report pasted
    without blank lines) counts as several, cut at line breaks.
    """

    def __init__(self, text: str, paragraphs: Sequence[Span]) -> None:
        self.text = text
        self.paragraphs: tuple[Span, ...] = tuple(
            block for s, e in paragraphs if e > s for block in _blocks(text, s, e)
        )
        self._starts = [s for s, _ in self.paragraphs]
        self._cache: dict[int, list[Span]] = {}

    def __len__(self) -> int:
        return len(self.paragraphs)

    def in_paragraph(self, index: int) -> list[Span]:
        """The sentences of paragraph `index` (computed once)."""
        if index not in self._cache:
            start, end = self.paragraphs[index]
            self._cache[index] = sentences_in_paragraph(self.text, start, end)
        return self._cache[index]

    def paragraph_at(self, offset: int) -> int | None:
        """The index of the paragraph holding `offset`, or None."""
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.paragraphs[index][1]:
            return index
        return None

    def paragraph_after(self, offset: int) -> int | None:
        """The first paragraph that starts after `offset`."""
        index = bisect_right(self._starts, offset)
        return index if index < len(self.paragraphs) else None

    def paragraph_before(self, offset: int) -> int | None:
        """The last paragraph that ends at or before `offset`."""
        index = bisect_right(self._starts, offset) - 1
        while index >= 0 and self.paragraphs[index][1] > offset:
            index -= 1
        return index if index >= 0 else None

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding `offset`, else the nearest one after it, else before it."""
        index = self.paragraph_at(offset)
        if index is not None:
            for span in self.in_paragraph(index):
                if offset < span[1]:
                    return span
            return self.next_sentence(offset) or self.in_paragraph(index)[-1]
        return self.next_sentence(offset) or self.previous_sentence(offset)

    def next_sentence(self, offset: int) -> Span | None:
        """The first sentence starting after `offset`."""
        index = self.paragraph_at(offset)
        if index is not None:
            for span in self.in_paragraph(index):
                if span[0] > offset:
                    return span
        index = self.paragraph_after(offset)
        while index is not None and index < len(self.paragraphs):
            spans = self.in_paragraph(index)
            if spans:
                return spans[0]
            index += 1
        return None

    def previous_sentence(self, offset: int) -> Span | None:
        """The last sentence ending at or before `offset`."""
        index = self.paragraph_at(offset)
        if index is not None:
            for span in reversed(self.in_paragraph(index)):
                if span[1] <= offset:
                    return span
            offset = self.paragraphs[index][0]
        index = self.paragraph_before(offset)
        while index is not None and index >= 0:
            spans = self.in_paragraph(index)
            if spans:
                return spans[-1]
            index -= 1
        return None

    def first_in_paragraph(self, index: int) -> Span | None:
        spans = self.in_paragraph(index)
        return spans[0] if spans else None

    def words_near(self, offset: int) -> list[Span]:
        """The words of the sentence holding `offset` (or the nearest sentence)."""
        span = self.sentence_at(offset)
        return word_spans(self.text, *span) if span else []
