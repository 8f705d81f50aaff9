"""AnnotatedView: the ArticleView with a margin that marks annotated lines, and the mouse.

A two-cell margin on the left shows `▌` beside every display line that holds part
of a note (the `note` highlights). The mouse moves the sentence cursor (a click) or
selects text (a drag); the view only reports offsets, the screen decides:
`Clicked(offset)` and `Dragged(start, end)` (end may be before start).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from textual import events
from textual.message import Message
from textual.strip import Strip

from tradereader.ui.widgets.article_view import ArticleView

GUTTER = 2
MARK = "▌ "


class AnnotatedView(ArticleView):
    """An ArticleView with a note margin and mouse selection."""

    ALLOW_SELECT = False  # the drag selects sentences and words, not screen cells
    COMPONENT_CLASSES = ArticleView.COMPONENT_CLASSES | {"article-view--margin"}

    @dataclass
    class Clicked(Message):
        """A click (no drag) on the text at `offset`."""

        offset: int

    @dataclass
    class Dragged(Message):
        """The mouse was dragged from `start` to `end` (text offsets, either order);
        `first`: the first of a drag's messages (one is posted at each move)."""

        start: int
        end: int
        first: bool = False

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._drag_from: int | None = None
        self._dragged = False
        self.selecting = False  # set by the screen: while selecting, `b` is not page-up

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "page_up" and self.selecting:
            return False  # the key goes on to the screen (`b`: a word back)
        return super().check_action(action, parameters)

    # -- the margin ---------------------------------------------------------------------
    def _wrap_width(self) -> int:
        return max(10, super()._wrap_width() - GUTTER)

    def _render_index(self, index: int, width: int) -> Strip:
        body = super()._render_index(index, width - GUTTER)
        return Strip.join([Strip([self._margin(index)], GUTTER), body]).crop(0, width)

    def _margin(self, index: int) -> Segment:
        notes = self._indexes.get("note")
        if notes is None or self._layout is None or index >= len(self._layout):
            return Segment(" " * GUTTER, self.rich_style)
        start, end = self._layout.line_span(index)
        if end > start and next(notes.overlapping(start, end), None) is not None:
            style = self.rich_style + self.get_component_rich_style(
                "article-view--margin", partial=True
            )
            return Segment(MARK, style)
        return Segment(" " * GUTTER, self.rich_style)

    # -- positions ------------------------------------------------------------------------
    def visible_span(self) -> tuple[int, int]:
        """Text offsets from the top visible line's start to the bottom one's end."""
        if self._layout is None:
            return (self.top_offset, self.top_offset)
        top = int(self.scroll_y)
        last = min(top + max(self.size.height, 1), len(self._layout)) - 1
        start = self._layout.line_span(top)[0] if top < len(self._layout) else 0
        return (start, self._layout.line_span(max(last, top))[1])

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under content cell `(x, y)` (None below the text)."""
        layout = self._layout
        if layout is None:
            return None
        line = int(self.scroll_y) + max(y, 0)
        layout.ensure_lines(line + 1)
        if line >= len(layout):
            return None
        start, end = layout.line_span(line)
        column = max(x - GUTTER, 0)
        offset = start
        while offset < end and column >= cell_len(self._folded[offset]):
            column -= cell_len(self._folded[offset])
            offset += 1
        return offset

    # -- the mouse ------------------------------------------------------------------------
    def _offset_of(self, event: events.MouseEvent) -> int | None:
        where = event.get_content_offset_capture(self)
        return self.offset_at(where.x, where.y)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if event.button != 1:
            return
        self._drag_from = self._offset_of(event)
        self._dragged = False
        if self._drag_from is not None:
            self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag_from is None or not event.button:
            return
        here = self._offset_of(event)
        if here is not None and here != self._drag_from:
            first, self._dragged = not self._dragged, True
            self.post_message(self.Dragged(self._drag_from, here, first))

    def on_mouse_up(self, event: events.MouseUp) -> None:
        start, self._drag_from = self._drag_from, None
        self.capture_mouse(False)
        if start is not None and not self._dragged:
            self.post_message(self.Clicked(start))
