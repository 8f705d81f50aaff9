"""ArticleView: an article's paragraphs, wrapped to the pane, drawn line by line.

A Line-API `ScrollView`: `render_line` draws only the rows on screen. Wrapping is
lazy (`WrapLayout`): the first screen needs a few hundred lines; the rest is wrapped
in small steps after the first frame. Every display line maps to `(start, end)`
offsets of `Article.text`, so highlights given as spans of the text (by role:
actor, issue, date, note, entity, match, current-match, selection, cursor) are
styled per visible line through COMPONENT_CLASSES; the colours live in app.tcss.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tradereader.model import Article
from tradereader.ui.widgets.highlights import ROLE_ORDER, SpanIndex, covering_roles
from tradereader.ui.widgets.wrap import WrapLayout, fold_text, paragraphs_of

WRAP_STEP_CHARS = 400_000  # characters wrapped per background step (~4 ms)
PAINTED_DELAY = 0.05  # seconds between the first frame and `Painted`


_KINDS = frozenset({"actor", "issue", "date"})  # the highlight roles of the three kinds

class ArticleView(ScrollView, can_focus=True):
    """The article's body; highlights come in through `set_highlights`."""

    COMPONENT_CLASSES = {f"article-view--{role}" for role in ROLE_ORDER}

    BINDINGS = [
        Binding("up", "scroll_up", "Line up", show=False),
        Binding("down", "scroll_down", "Line down", show=False),
        Binding("pageup,b", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "Bottom", show=False),
    ]

    DEFAULT_CSS = """
    ArticleView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
    }
    """

    class Painted(Message):
        """Posted once, after the first frame showing text: time for slower work."""

    def __init__(self, article: Article | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self._text = ""
        self._folded = ""
        self._paragraphs: tuple[tuple[int, int], ...] = ()
        self._layouts: dict[int, WrapLayout] = {}
        self._layout: WrapLayout | None = None
        self._pending_offset: int | None = None
        self._indexes: dict[str, SpanIndex] = {}
        self._hidden: set[str] = set()
        self._strips: LRUCache[tuple[int, int], Strip] = LRUCache(512)
        self._role_styles: dict[frozenset[str], Style] = {}
        self._wrap_timer = None
        # called at once (not by a message: keys typed after `g` must find the cursor
        # moved) with "top" or "bottom" when `g`/`G` take the view to an edge
        self.jumped: Callable[[str], None] | None = None
        self._painted = False
        if article is not None:
            self.show_article(article)

    # -- data in ---------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        """Show `article`'s paragraphs from the top; highlights are cleared."""
        self._text = article.text
        self._folded = fold_text(article.text)
        self._paragraphs = article.paragraphs or paragraphs_of(article.text)
        self._layouts.clear()
        self._layout = None
        self._indexes.clear()
        self._strips.clear()
        if self.size.width:
            self._relayout(self._wrap_width())

    def set_highlights(self, role: str, spans: Iterable[tuple[int, int]] | SpanIndex) -> None:
        """Replace the spans of `role` (e.g. "actor", "match") and redraw."""
        index = spans if isinstance(spans, SpanIndex) else SpanIndex(spans)
        if len(index):
            self._indexes[role] = index
        else:
            self._indexes.pop(role, None)
        self._redraw()

    def highlights(self, role: str) -> list[tuple[int, int]]:
        """The spans currently given for `role`."""
        index = self._indexes.get(role)
        return list(index) if index else []

    def set_role_visible(self, role: str, visible: bool) -> None:
        """Show or hide the highlights of `role` without forgetting them."""
        (self._hidden.discard if visible else self._hidden.add)(role)
        self._redraw()

    def is_role_visible(self, role: str) -> bool:
        return role not in self._hidden

    # -- positions ---------------------------------------------------------------

    @property
    def line_count(self) -> int:
        return self._layout.estimated_height() if self._layout else 0

    @property
    def top_offset(self) -> int:
        """The text offset at the start of the top visible line."""
        if self._layout is None:
            return self._pending_offset or 0
        start, end = self._layout.line_span(int(self.scroll_y))
        return start

    def line_text(self, index: int) -> str:
        """The text shown on display line `index` (for tests and tools)."""
        if self._layout is None:
            return ""
        start, end = self._layout.line_span(index)
        return self._folded[start:end]

    def visible_text(self) -> list[str]:
        top = int(self.scroll_y)
        return [self.line_text(top + row) for row in range(self.size.height)]

    def scroll_to_offset(self, offset: int, *, top: bool = False) -> None:
        """Bring the line holding `offset` into view (at the top if `top`)."""
        if self._layout is None:
            self._pending_offset = offset
            return
        line = self._layout.line_of(offset)
        self._update_virtual_size()
        if not top and int(self.scroll_y) <= line < int(self.scroll_y) + self.size.height:
            return
        y = line if top else max(0, line - self.size.height // 3)
        self.scroll_to(y=y, animate=False, immediate=True)

    # -- layout ----------------------------------------------------------------

    def _wrap_width(self) -> int:
        return max(10, self.scrollable_content_region.width - 1)

    def on_resize(self) -> None:
        width = self._wrap_width()
        if self._layout is None or self._layout.width != width:
            offset = self.top_offset
            self._relayout(width)
            self.scroll_to_offset(offset, top=True)

    def _relayout(self, width: int) -> None:
        layout = self._layouts.get(width)
        if layout is None:
            layout = self._layouts[width] = WrapLayout(self._folded, self._paragraphs, width)
            if len(self._layouts) > 4:
                self._layouts.pop(next(iter(self._layouts)))
        self._layout = layout
        layout.ensure_lines(self.size.height * 3 + 1)
        if self._pending_offset is not None:
            offset, self._pending_offset = self._pending_offset, None
            self._update_virtual_size()
            self.call_after_refresh(self._scroll_to_pending, offset, self.scroll_y)
        self._strips.clear()
        self._update_virtual_size()
        self._start_background_wrap()

    def _scroll_to_pending(self, offset: int, scroll_y: float) -> None:
        """The offset asked for before the first layout, unless the view has moved since:
        a key pressed at the first frame (page-down) is not undone."""
        if self.scroll_y == scroll_y:
            self.scroll_to_offset(offset, top=True)

    def _update_virtual_size(self) -> None:
        if self._layout is not None:
            self.virtual_size = Size(self._layout.width, self._layout.estimated_height())

    def _start_background_wrap(self) -> None:
        if self._wrap_timer is None and self._layout and not self._layout.done:
            self._wrap_timer = self.set_interval(0.01, self._wrap_step)

    def _wrap_step(self) -> None:
        layout = self._layout
        if layout is not None and not layout.done:
            layout.wrap_more(WRAP_STEP_CHARS)
            self._update_virtual_size()
        if layout is None or layout.done:
            if self._wrap_timer is not None:
                self._wrap_timer.stop()
            self._wrap_timer = None

    def action_scroll_end(self) -> None:
        if self._layout is not None:
            self._layout.wrap_all()
            self._update_virtual_size()
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)
        if self.jumped is not None:
            self.jumped("bottom")

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)
        if self.jumped is not None:
            self.jumped("top")

    # A pager moves at once: no scrolling animation for keys.

    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + self.scrollable_content_region.height, animate=False,
                       immediate=True)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - self.scrollable_content_region.height, animate=False,
                       immediate=True)

    def action_scroll_down(self) -> None:
        self.scroll_to(y=self.scroll_y + 1, animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        self.scroll_to(y=self.scroll_y - 1, animate=False, immediate=True)

    # -- drawing -----------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._role_styles.clear()
        self._strips.clear()

    def _redraw(self) -> None:
        self._strips.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.size.width
        if self._layout is None and width:  # the first frame comes before on_resize
            self._relayout(self._wrap_width())
        layout = self._layout
        if layout is None:
            return Strip.blank(width, self.rich_style)
        if not self._painted:
            self._painted = True
            # A moment's delay lets Textual's writer thread send this frame before the
            # screen starts slower work (which would hold the GIL and delay it).
            self.set_timer(PAINTED_DELAY, lambda: self.post_message(self.Painted()))
        if index >= len(layout) and not layout.done:
            layout.ensure_lines(index + self.size.height + 1)
        key = (index, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = self._render_index(index, width)
        return strip

    def _render_index(self, index: int, width: int) -> Strip:
        base = self.rich_style
        if index >= len(self._layout):
            return Strip.blank(width, base)
        span = self._layout.line_span(index)
        folded = self._folded
        segments = [
            Segment(folded[a:b], self._style_for(frozenset(roles), base))
            for a, b, roles in covering_roles(span, self._indexes, self._hidden)
            if b > a
        ]
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def _style_for(self, roles: frozenset[str], base: Style) -> Style:
        style = self._role_styles.get(roles)
        if style is None:
            style = base
            tinted = roles.isdisjoint(_KINDS)  # the cursor sentence's tint lies under the
            for role in ROLE_ORDER:  # kinds: each keeps its colour there (in 256 colours a
                if role in roles and (tinted or role != "sentence"):  # tinted issue took the
                    style += self._layer(role, style)  # date's)
            self._role_styles[roles] = style
        return style

    def _layer(self, role: str, under: Style) -> Style:
        """A role's style laid over `under`, with its colours' transparency blended in.

        (A partial Rich style drops the alpha: `$primary 25%` would paint full primary.)
        """
        name = f"article-view--{role}"
        styles = self.get_component_styles(name)
        layer = self.get_component_rich_style(name, partial=True)
        if under.bgcolor is None:
            return layer
        background = Color.from_rich_color(under.bgcolor)
        if styles.has_rule("background"):
            background = background + styles.background
            layer += Style(bgcolor=background.rich_color)
        if styles.has_rule("color"):
            color = styles.color
            if styles.auto_color:
                color = background.get_contrast_text(color.a)
            elif color.a < 1:
                color = background + color
            layer += Style(color=color.rich_color)
        return layer
