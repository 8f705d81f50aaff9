"""The Notes tab: one article's annotations in reading order.

Attributes down: `annotations` (the article's notes, any order; shown by position)
and `current` (the id of the note under the reader's cursor, highlighted in the
list). Messages up: `NoteChosen` on `Enter` or a click, `NoteDeleteRequested` on `x`. `NotePeek` shows one note in
full (the reader docks it under the sidebar's tabs, so it shows on every tab).
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


def annotation_content(
    annotation: Annotation, *, title: str | None = None, full: bool = False
) -> Content:
    """An annotation as the sidebar shows it: (title,) quote, note, tags; orphans marked.

    `full`: the whole note and a longer (still shortened) quote.
    """
    parts: list[Content | tuple[str, str] | str] = []
    if title:
        parts += [(shorten(title, 60), "bold $text-secondary"), "\n"]
    if annotation.orphaned:
        parts += [(ORPHAN_MARK, "bold $text-warning"), " "]
    quote = shorten(annotation.quote.exact, PEEK_QUOTE_CHARS if full else QUOTE_CHARS)
    parts.append((f"“{quote}”", "italic $text-muted"))
    note = annotation.note.strip() if full else note_lines(annotation.note)
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


class NotePeek(Static):
    """One note in full (quote, note, tags); hidden when `annotation` is None."""

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

    annotation: reactive[Annotation | None] = reactive(None)

    def watch_annotation(self, annotation: Annotation | None) -> None:
        self.set_class(annotation is not None, "-shown")
        self.update(annotation_content(annotation, full=True) if annotation else "")


class NotesPane(Widget):
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

    def compose(self) -> ComposeResult:
        yield OptionList(id="notes-list")
        yield Static("No notes yet: press a on a sentence or a selection.", id="notes-empty")

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
