"""Searching the article in the reader: `/` opens the search box, Enter highlights every
match and moves to the first below the top line, Esc closes the box or clears the matches.

`find_matches` and `inside` are pure functions of the text; `SearchesArticle` is the
reader screen's half that holds the matches (a mixin: the screen composes the
`Input#search` box and the `#title` label, sets `self.article`, `self.paragraphs` and
`self.view`, and passes the box's `Input.Submitted` to `search`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from textual.content import Content
from textual.style import Style
from textual.widgets import Input, Label

from tradereader.ui.key_hold import focus_keeping_keys

MAX_MATCHES = 200_000


# characters typed one way and printed another: `'` finds `’`, `"` finds `“`, `-` finds `–`
TYPOGRAPHIC = ("'’‘`", '"“”„', "-‐‑–—")
_ALIKE = {char: f"[{re.escape(group)}]" for group in TYPOGRAPHIC for char in group}


def _word_pattern(word: str) -> str:
    return "".join(_ALIKE.get(char) or re.escape(char) for char in word)


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Case-insensitive spans of `query` in `text` (whitespace in the query matches any;
    straight and curly quotes, and hyphens and dashes, match each other)."""
    words = query.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(map(_word_pattern, words)), re.IGNORECASE)
    spans = []
    for match in pattern.finditer(text):
        spans.append(match.span())
        if len(spans) >= MAX_MATCHES:
            break
    return spans


def inside(spans: list[tuple[int, int]], paragraphs) -> list[tuple[int, int]]:
    """The spans lying inside one of the (sorted) paragraph spans: the ones shown."""
    starts = [start for start, _ in paragraphs]
    kept = []
    for start, end in spans:
        index = bisect_right(starts, start) - 1
        if index >= 0 and end <= paragraphs[index][1]:
            kept.append((start, end))
    return kept


def next_index(stops: list[tuple[int, int]], offset: int, step: int) -> int:
    """The index of the first stop after `offset` (step 1) or the last before it (-1)."""
    if step > 0:
        return next((i for i, (s, _) in enumerate(stops) if s > offset), 0)
    return next((i for i in range(len(stops) - 1, -1, -1) if stops[i][0] < offset), len(stops) - 1)


def search_summary(query: str, count: int, in_title: int) -> str:
    """`3 matches for “truce”, and 1 in the title.`"""
    said = f"{count} match{'es' if count != 1 else ''} for “{query}”"
    return f"{said}, and {in_title} in the title." if in_title else f"{said}."


class SearchesArticle:
    """The reader's search: its matches (`matches`, `match_index`, `title_matches`) and
    the keys `/` and Esc."""

    matches: list[tuple[int, int]]
    match_index: int
    title_matches: int
    cycling_entity: bool

    def _search_box(self) -> Input | None:
        """The search box, once mounted (just after the first frame)."""
        boxes = self.query("#search")
        return boxes.first(Input) if boxes else None

    def action_search(self) -> None:
        search = self._search_box()
        if search is not None:
            search.add_class("open")
            focus_keeping_keys(search)  # `/truce` typed at once: the query, not keys

    def search(self, query: str) -> None:
        """Highlight every match of `query`, move to the first below the top line (an
        empty query clears the search)."""
        if not query.strip():
            self._clear_matches()
            return
        self.matches = inside(find_matches(self.article.text, query), self.paragraphs)
        self.view.set_highlights("match", self.matches)
        in_title = self._mark_title(find_matches(self.article.title, query))
        if not self.matches:
            self.view.set_highlights("current-match", [])
            if in_title:
                self.notify(f"“{query}” is only in the title.", markup=False)
            else:
                self.notify(f"No match for “{query}”.", severity="warning", markup=False)
            return
        self.cycling_entity = False
        self._jump_to_match(next_index(self.matches, self.view.top_offset - 1, 1))
        self.notify(search_summary(query, len(self.matches), in_title), markup=False)

    def _mark_title(self, spans: list[tuple[int, int]]) -> int:
        """Draw the title's search matches (`spans`) in the text's match style; their
        number. The title is a line of its own above the text: `n`/`N` stay in the text."""
        content = Content(self.article.title or "(untitled)")
        if spans:
            style = Style.from_rich_style(
                self.view.get_component_rich_style("article-view--match", partial=True))
            for start, end in spans:
                content = content.stylize(style, start, end)
        self.query_one("#title", Label).update(content)
        self.title_matches = len(spans)
        return len(spans)

    def _jump_to_match(self, index: int) -> None:
        self.match_index = index % len(self.matches)
        start, end = self.matches[self.match_index]
        self.view.set_highlights("current-match", [(start, end)])
        self.view.scroll_to_offset(start)
        self.put_cursor_at(start)

    def _close_search_box(self) -> None:
        search = self._search_box()
        if search is not None:
            search.remove_class("open")
        self.view.focus()

    def action_clear_search(self) -> None:
        search = self._search_box()
        if search is not None and search.has_class("open"):
            self._close_search_box()
            return
        if self.cancel_selection():  # escape drops a selection before the matches
            return
        self._clear_matches()

    def _clear_matches(self) -> None:
        self.matches = []
        self._mark_title([])
        self.view.set_highlights("match", [])
        self.view.set_highlights("current-match", [])
