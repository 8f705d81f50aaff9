"""The Notes tab: one article's annotations in reading order.

Attributes down: `annotations` (the article's notes, any order; shown by position)
and `current` (the id of the note under the reader's cursor, highlighted in the
list). Messages up: `NoteChosen` on `Enter` or a click, `NoteDeleteRequested` on `x`.
`NotePeek` shows one note whole (the reader docks it under the sidebar's tabs, so it
shows on every tab); on a short sidebar its quote is cut first, then a long note; the
tags always show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tradereader.model import Annotation
from tradereader.ui.read_only import ReadOnlyKeys, refusals
from tradereader.ui.widgets.tab_strip import OutwardList

QUOTE_CHARS = 160
PEEK_QUOTE_CHARS = 240
NOTE_LINES = 3
ORPHAN_MARK = "⚠ orphaned"


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut at a word with an ellipsis past `limit` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit] + "…"


def note_lines(note: str, lines: int = NOTE_LINES) -> str:
    """The first `lines` non-empty lines of a note (an ellipsis if there are more)."""
    kept = [line.rstrip() for line in note.splitlines() if line.strip()]
    return "\n".join(kept[:lines]) + ("\n…" if len(kept) > lines else "")


def annotation_content(annotation: Annotation, *, title: str | None = None) -> Content:
    """An annotation as the sidebar's lists show it: (title,) quote, note, tags; orphans
    marked. (The peek shows one whole: `peek_lines`.)"""
    parts: list[Content | tuple[str, str] | str] = []
    if title:
        parts += [(shorten(title, 60), "bold $text-secondary"), "\n"]
    if annotation.orphaned:
        parts += [(ORPHAN_MARK, "bold $text-warning"), " "]
    quote = shorten(annotation.quote.exact, QUOTE_CHARS)
    parts.append((f"“{quote}”", "italic $text-muted"))
    note = note_lines(annotation.note)
    if note:
        parts += ["\n", note]
    if annotation.tags:
        parts += ["\n", (" ".join(f"#{t}" for t in annotation.tags), "$text-accent")]
    return Content.assemble(*parts)


def in_reading_order(annotations: Sequence[Annotation]) -> list[Annotation]:
    """By position in the text; orphans (whose position means little) last."""
    return sorted(
        annotations, key=lambda a: (a.orphaned, a.position.start, a.position.end, a.created)
    )


PEEK_MAX_LINES = 11  # the peek's text at most (its border above makes 12 rows)
PEEK_MIN_LINES = 3
ROOM_ABOVE_PEEK = 13  # the sidebar's rows the peek leaves: tabs, status, legend, 5 tree rows
QUOTE_MIN_LINES = 1


def _wrapped(content: Content, width: int) -> list[Content]:
    return content.wrap(width) if content else []


def _cut(lines: list[Content], keep: int, width: int, end: str, style: str = "") -> list[Content]:
    """The first `keep` of `lines`; when some are dropped the last kept one ends with `end`."""
    if len(lines) <= keep:
        return lines
    last = lines[keep - 1].truncate(max(width - len(end), 0)).rstrip()
    return [*lines[: keep - 1], last + Content.styled(end, style)]


def peek_lines(annotation: Annotation, width: int, budget: int) -> list[Content]:
    """The note in at most `budget` lines of `width` cells: its tags and its note whole
    where they fit, the quote cut short (`…”`) to make room for them."""
    width = max(width, 4)
    quote_style = "italic $text-muted"
    quote = Content.styled(f"“{shorten(annotation.quote.exact, PEEK_QUOTE_CHARS)}”", quote_style)
    if annotation.orphaned:
        quote = Content.assemble((ORPHAN_MARK, "bold $text-warning"), " ", quote)
    tags = Content.styled(" ".join(f"#{t}" for t in annotation.tags), "$text-accent")
    quote_lines = _wrapped(quote, width)
    note_lines_ = _wrapped(Content(annotation.note.strip()), width)
    tag_lines = _wrapped(tags, width)
    room = max(budget - len(tag_lines), QUOTE_MIN_LINES + (1 if note_lines_ else 0))
    keep_quote = max(QUOTE_MIN_LINES, min(len(quote_lines), room - len(note_lines_)))
    quote_lines = _cut(quote_lines, keep_quote, width, "…”", quote_style)
    note_lines_ = _cut(note_lines_, room - len(quote_lines), width, "…")
    return [*quote_lines, *note_lines_, *tag_lines]


class NotePeek(Widget):
    """One note (quote, note, tags); hidden when `annotation` is None. It takes at most
    the sidebar's rows the tabs above it can spare: the note and its tags show whole,
    the quote is cut short when they need the room."""

    DEFAULT_CSS = """
    NotePeek {
        display: none;
        height: auto;
        max-height: 12;
        padding: 0 1;
        background: $boost;
        border-top: solid $accent 50%;
    }
    NotePeek.-shown {
        display: block;
    }
    """

    annotation: reactive[Annotation | None] = reactive(None, layout=True)

    def watch_annotation(self, annotation: Annotation | None) -> None:
        self.set_class(annotation is not None, "-shown")

    def budget(self) -> int:
        """How many lines of text the peek may take in its container."""
        above = self.parent.size.height if isinstance(self.parent, Widget) else 0
        return max(PEEK_MIN_LINES, min(PEEK_MAX_LINES, above - ROOM_ABOVE_PEEK))

    def lines(self, width: int) -> list[Content]:
        if self.annotation is None:
            return []
        return peek_lines(self.annotation, width, self.budget())

    def render(self) -> Content:
        return Content("\n").join(self.lines(self.content_region.width))

    def get_content_height(self, container, viewport, width: int) -> int:
        return max(1, len(self.lines(width)))


EMPTY_HINT = "No notes yet: press a on a sentence or a selection."


class NotesPane(ReadOnlyKeys, Widget):
    """This article's notes in reading order; the one under the cursor highlighted."""

    DEFAULT_CSS = """
    NotesPane {
        height: 1fr;
    }
    NotesPane > #notes-list {
        height: 1fr;
        border: none;
    }
    NotesPane > #notes-empty {
        color: $text-muted;
        padding: 1;
        display: none;
    }
    NotesPane.-empty > #notes-empty {
        display: block;
    }
    NotesPane.-empty > #notes-list {
        display: none;
    }
    """

    BINDINGS = [Binding("x", "delete", "Delete note")]
    WRITE_ACTIONS = frozenset({"delete"})  # the screen says why, in a read-only window
    BINDINGS += refusals(BINDINGS, WRITE_ACTIONS)

    @dataclass
    class NoteChosen(Message):
        """The user chose a note in the list (to jump to its passage)."""

        annotation_id: str

    @dataclass
    class NoteDeleteRequested(Message):
        """The user pressed `x` on a note in the list."""

        annotation_id: str

    annotations: reactive[tuple[Annotation, ...]] = reactive((), always_update=True)
    current: reactive[str | None] = reactive(None)
    read_only: reactive[bool] = reactive(False, bindings=True)  # set by the screen

    def compose(self) -> ComposeResult:
        yield OutwardList(id="notes-list")
        yield Static(EMPTY_HINT, id="notes-empty")

    def watch_read_only(self, read_only: bool) -> None:
        """A read-only window cannot write notes: its empty list does not say how."""
        self.query_one("#notes-empty", Static).update(
            "No notes (the library is open read-only)." if read_only else EMPTY_HINT)

    def _by_id(self, annotation_id: str | None) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def watch_annotations(self, annotations: tuple[Annotation, ...]) -> None:
        listing = self.query_one("#notes-list", OptionList)
        highlighted = listing.highlighted_option.id if listing.highlighted_option else None
        listing.set_options(
            Option(annotation_content(a), id=a.id) for a in in_reading_order(annotations)
        )
        self.set_class(not annotations, "-empty")
        self._highlight(self.current or highlighted)

    def watch_current(self, current: str | None) -> None:
        self._highlight(current)

    def _highlight(self, annotation_id: str | None) -> None:
        listing = self.query_one("#notes-list", OptionList)
        if annotation_id is not None and self._by_id(annotation_id) is not None:
            listing.highlighted = listing.get_option_index(annotation_id)
        elif listing.highlighted is None and listing.option_count:
            listing.highlighted = 0

    def action_delete(self) -> None:
        option = self.query_one("#notes-list", OptionList).highlighted_option
        if option is not None and option.id is not None:
            self.post_message(self.NoteDeleteRequested(option.id))

    @on(OptionList.OptionSelected, "#notes-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.NoteChosen(event.option.id))
