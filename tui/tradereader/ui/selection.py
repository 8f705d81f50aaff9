"""The reader's sentence cursor and selection, as plain logic (no widgets, no Textual).

The cursor is always a whole sentence. A selection has a fixed *anchor* span (the
sentence where `v` was pressed) and a moving *head* offset; the selected range runs
from the anchor to the head, whichever side the head is on:

    head <= anchor.start  ->  [head, anchor.end)
    head >  anchor.start  ->  [anchor.start, head)

so `j`/`k` grow or shrink it by whole sentences and `w`/`b` by words, like a caret
in an editor, and moving the head back into the anchor shrinks the sentence itself.
`W`/`B` move the other edge, the start, by words: the anchor becomes the point at the
new start and the head the end, so a phrase inside a sentence is `v`, `W`..., `b`...
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from tradereader.sentences import SentenceIndex, Span, word_spans


@dataclass(frozen=True)
class Selection:
    """A selection: the anchor span and the head offset."""

    anchor: Span
    head: int

    @property
    def span(self) -> Span:
        start, end = self.anchor
        return (self.head, end) if self.head <= start else (start, self.head)


class ReadingCursor:
    """A sentence cursor over a `SentenceIndex`, with an optional selection."""

    def __init__(self, index: SentenceIndex, offset: int = 0) -> None:
        self.index = index
        self.sentence: Span | None = index.sentence_at(offset)
        self.selection: Selection | None = None

    @property
    def target(self) -> Span | None:
        """What `a` annotates: the selection if there is one, else the cursor sentence."""
        if self.selection is not None and self.selection.span[1] > self.selection.span[0]:
            return self.selection.span
        return self.sentence

    @property
    def selecting(self) -> bool:
        return self.selection is not None

    # -- the cursor -------------------------------------------------------------------
    def move_to(self, offset: int) -> Span | None:
        """Put the cursor on the sentence at `offset` (a click, a jump); ends a selection."""
        self.selection = None
        self.sentence = self.index.sentence_at(offset) or self.sentence
        return self.sentence

    def down(self) -> None:
        """`j`: the next sentence, or grow the selection by one."""
        if self.selection is not None:
            self._set_head(self._sentence_step_forward(self.selection))
        elif self.sentence is not None:
            self.sentence = self.index.next_sentence(self.sentence[0]) or self.sentence

    def up(self) -> None:
        """`k`: the previous sentence, or move the selection's head back by one."""
        if self.selection is not None:
            self._set_head(self._sentence_step_back(self.selection))
        elif self.sentence is not None:
            self.sentence = self.index.previous_sentence(self.sentence[0]) or self.sentence

    def paragraph_down(self) -> None:
        """`J`: the first sentence of the next paragraph (or grow to a paragraph's end)."""
        if self.selection is not None:
            self._set_head(self._paragraph_end_after(self._forward_base(self.selection)))
            return
        if self.sentence is None:
            return
        following = self.index.paragraph_after(self.sentence[0])
        if following is not None:
            self.sentence = self.index.first_in_paragraph(following) or self.sentence

    def paragraph_up(self) -> None:
        """`K`: the first sentence of this paragraph, or of the previous one."""
        if self.selection is not None:
            sel = self.selection
            self._set_head(self._paragraph_start_before(min(sel.head, sel.anchor[0])))
            return
        if self.sentence is None:
            return
        start = self._paragraph_start_before(self.sentence[0])
        if start is not None:
            self.sentence = self.index.sentence_at(start) or self.sentence

    # -- the selection ----------------------------------------------------------------
    def toggle_selection(self) -> None:
        """`v`: select the cursor sentence, or drop the selection."""
        if self.selection is not None:
            self.selection = None
        elif self.sentence is not None:
            self.selection = Selection(self.sentence, self.sentence[1])

    def cancel(self) -> bool:
        """`esc`: drop the selection; False if there was none."""
        had = self.selection is not None
        self.selection = None
        return had

    def select_range(self, start: int, end: int) -> None:
        """A mouse drag from `start` to `end` (either order), snapped to whole words."""
        low, high = snap_to_words(self.index.text, min(start, end), max(start, end))
        self.selection = Selection((low, low), high) if high > low else None
        self.sentence = self.index.sentence_at(low) or self.sentence

    def word_forward(self) -> None:
        """`w`: move the head to the end of the next word (starts a word selection)."""
        if self.selection is None:
            if self.sentence is None:
                return
            self.selection = Selection((self.sentence[0], self.sentence[0]), self.sentence[0])
        sel = self.selection
        if sel.head < sel.anchor[0]:
            head = self._word_edge_after(sel.head, starts=True)
            head = min(head, sel.anchor[0]) if head is not None else None
        else:
            head = self._word_edge_after(self._forward_base(sel), starts=False)
        self._set_head(head)

    def word_back(self) -> None:
        """`b`: move the head back to the previous word (starts a word selection)."""
        if self.selection is None:
            if self.sentence is None:
                return
            self.selection = Selection((self.sentence[1], self.sentence[1]), self.sentence[1])
        sel = self.selection
        head: int | None = None
        if sel.head > sel.anchor[0]:
            head = self._word_edge_before(sel.head, starts=False)
            if head is not None and head <= sel.anchor[0]:
                head = None
        if head is None:
            head = self._word_edge_before(min(sel.head, sel.anchor[0]), starts=True)
        self._set_head(head)

    def start_word_forward(self) -> None:
        """`W`: move the selection's start to the next word (never onto its end), so a
        phrase inside a sentence can be selected: `v`, `W`... then `b`..."""
        if self.selection is None:
            return
        start, end = self.selection.span
        edge = self._word_edge_after(start, starts=True)
        if edge is not None and edge < end:
            self._set_start(edge, end)

    def start_word_back(self) -> None:
        """`B`: move the selection's start back to the previous word's start."""
        if self.selection is None:
            return
        start, end = self.selection.span
        edge = self._word_edge_before(start, starts=True)
        if edge is not None:
            self._set_start(edge, end)

    # -- helpers ----------------------------------------------------------------------
    def _set_start(self, start: int, end: int) -> None:
        """Select `[start, end)` with the end as the head: `w`/`b`/`j`/`k` go on moving
        the end, `W`/`B` the start; the cursor sentence is the start's."""
        self.selection = Selection((start, start), end)
        self.sentence = self.index.sentence_at(start) or self.sentence

    def _set_head(self, head: int | None) -> None:
        if head is None or self.selection is None:
            return
        self.selection = replace(self.selection, head=head)
        probe = head - 1 if head > self.selection.anchor[0] else head
        self.sentence = self.index.sentence_at(max(probe, 0)) or self.sentence

    def _sentence_step_forward(self, sel: Selection) -> int | None:
        if sel.head < sel.anchor[0]:
            following = self.index.next_sentence(sel.head)
            return min(following[0], sel.anchor[0]) if following else None
        base = self._forward_base(sel)
        span = self.index.sentence_at(base)
        return span[1] if span and span[1] > base else None

    @staticmethod
    def _forward_base(sel: Selection) -> int:
        """Where a forward move starts: a head resting on the anchor's start is at its end."""
        return sel.anchor[1] if sel.head == sel.anchor[0] else sel.head

    def _paragraph_end_after(self, offset: int) -> int | None:
        index = self.index.paragraph_at(offset)
        spans = self.index.in_paragraph(index) if index is not None else []
        if not spans or spans[-1][1] <= offset:
            index = self.index.paragraph_after(offset)
        while index is not None and index < len(self.index) and not self.index.in_paragraph(index):
            index += 1
        if index is None or index >= len(self.index):
            return None
        return self.index.in_paragraph(index)[-1][1]

    def _sentence_step_back(self, sel: Selection) -> int | None:
        if sel.head > sel.anchor[1]:
            previous = self.index.previous_sentence(sel.head - 1)
            return max(previous[1], sel.anchor[1]) if previous else sel.anchor[1]
        return self._sentence_start_before(min(sel.head, sel.anchor[0]))

    def _sentence_start_before(self, offset: int) -> int | None:
        if offset <= 0:
            return None
        span = self.index.sentence_at(offset - 1)
        if span and span[0] < offset:
            return span[0]
        previous = self.index.previous_sentence(offset)
        return previous[0] if previous else None

    def _paragraph_start_before(self, offset: int) -> int | None:
        index = self.index.paragraph_at(max(offset - 1, 0))
        if index is not None and self.index.paragraphs[index][0] < offset:
            return self.index.paragraphs[index][0]
        index = self.index.paragraph_before(offset)
        return self.index.paragraphs[index][0] if index is not None else None

    def _sentences_from(self, offset: int) -> Iterator[Span]:
        span = self.index.sentence_at(offset)
        for _ in range(3):
            if span is None:
                return
            yield span
            span = self.index.next_sentence(span[0])

    def _sentences_back_from(self, offset: int) -> Iterator[Span]:
        span = self.index.sentence_at(max(offset - 1, 0))
        if span is None or span[0] >= offset:
            span = self.index.previous_sentence(offset)
        for _ in range(3):
            if span is None:
                return
            yield span
            span = self.index.previous_sentence(span[0])

    def _word_edge_after(self, offset: int, *, starts: bool) -> int | None:
        for sentence in self._sentences_from(offset):
            for start, end in word_spans(self.index.text, *sentence):
                edge = start if starts else end
                if edge > offset:
                    return edge
        return None

    def _word_edge_before(self, offset: int, *, starts: bool) -> int | None:
        for sentence in self._sentences_back_from(offset):
            for start, end in reversed(word_spans(self.index.text, *sentence)):
                edge = start if starts else end
                if edge < offset:
                    return edge
        return None


def snap_to_words(text: str, start: int, end: int) -> Span:
    """`[start, end)` widened to whole words and trimmed of surrounding whitespace."""
    while start > 0 and text[start - 1].isalnum() and start < len(text) and text[start].isalnum():
        start -= 1
    while end < len(text) and end > 0 and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
