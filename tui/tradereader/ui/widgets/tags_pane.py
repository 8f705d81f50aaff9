"""The Tags tab: every tag of the library with its count, and one tag's notes.

Attributes down: `tags` (tag -> count), `tag_notes` (the chosen tag's notes, set by
the screen in answer to `TagSelected`), `titles` (article id -> title, to label them).
Messages up: `TagSelected(tag)`, `AnnotationChosen(article_id, annotation_id)`,
`TagRenameRequested(old, new)` (after `r` and a name typed in a small dialog).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tradereader.model import Annotation
from tradereader.ui.drafts import parse_tags
from tradereader.ui.key_hold import TakesEarlyKeys
from tradereader.ui.read_only import ReadOnlyKeys, refusals
from tradereader.ui.widgets.notes_pane import annotation_content
from tradereader.ui.widgets.tab_strip import OutwardList


def name_problem(typed: tuple[str, ...]) -> str:
    """Why the tags typed are not one new name ("" when they are)."""
    if not typed:
        return "Type the new name: a tag cannot be empty."
    if len(typed) > 1:
        return ("A tag is one word: no spaces or commas (use - to join words, "
                f"e.g. {'-'.join(typed)}).")
    return ""


class RenameTagDialog(TakesEarlyKeys, ModalScreen[str | None]):
    """Asks for a tag's new name; dismisses with it, or None."""

    DEFAULT_CSS = """
    RenameTagDialog {
        align: center middle;
    }
    RenameTagDialog > Vertical {
        width: 60;
        height: auto;
        padding: 1 2;
        background: $panel;
        border: thick $primary 60%;
    }
    RenameTagDialog #rename-hint {
        color: $text-muted;
    }
    RenameTagDialog #rename-error {
        display: none;
        padding: 0 1;
        color: $text-error;
        background: $error-muted;
    }
    RenameTagDialog #rename-error.-error {
        display: block;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, tag: str) -> None:
        super().__init__()
        self.tag = tag

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Rename the tag #{self.tag} on every note", classes="dialog-title",
                        markup=False)
            yield Input(self.tag, id="rename-input")
            yield Static("", id="rename-error", markup=False)
            yield Label("An existing name merges the two tags.", id="rename-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Rename", variant="primary", id="rename")
                yield Button("Cancel", id="cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#rename")
    def submit(self) -> None:
        typed = parse_tags(self.query_one("#rename-input", Input).value)
        problem = name_problem(typed)
        error = self.query_one("#rename-error", Static)
        error.update(problem)
        error.set_class(bool(problem), "-error")
        if not problem:
            self.dismiss(typed[0] if typed[0] != self.tag else None)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def tag_content(tag: str, count: int) -> Content:
    return Content.assemble((f"#{tag}", "$text-accent"), (f"  {count}", "$text-muted"))


class TagsPane(ReadOnlyKeys, Widget):
    """Tags with counts above; the chosen tag's notes, across articles, below."""

    DEFAULT_CSS = """
    TagsPane {
        height: 1fr;
    }
    TagsPane > #tags-list {
        height: 2fr;
        border: none;
    }
    TagsPane > #tag-heading {
        padding: 0 1;
        background: $boost;
        color: $text-muted;
    }
    TagsPane > #tag-notes {
        height: 3fr;
        border: none;
    }
    TagsPane > #tags-empty {
        display: none;
        color: $text-muted;
        padding: 1;
    }
    TagsPane.-empty > #tags-empty {
        display: block;
    }
    TagsPane.-empty > #tags-list, TagsPane.-empty > #tag-heading, TagsPane.-empty > #tag-notes {
        display: none;
    }
    """

    BINDINGS = [Binding("r", "rename", "Rename tag")]
    WRITE_ACTIONS = frozenset({"rename"})  # off the footer of a read-only window
    BINDINGS += refusals(BINDINGS, WRITE_ACTIONS)

    @dataclass
    class TagSelected(Message):
        """A tag was chosen: the screen answers by setting `tag_notes`."""

        tag: str

    @dataclass
    class AnnotationChosen(Message):
        """A note of the chosen tag was chosen (to open its article at it)."""

        article_id: str
        annotation_id: str

    @dataclass
    class TagRenameRequested(Message):
        """Rename `old` to `new` on every note (an existing `new` merges)."""

        old: str
        new: str

    tags: reactive[dict[str, int]] = reactive(dict, always_update=True)
    tag_notes: reactive[tuple[Annotation, ...]] = reactive((), always_update=True)
    titles: reactive[dict[str, str]] = reactive(dict, always_update=True)
    selected_tag: reactive[str | None] = reactive(None)
    read_only: reactive[bool] = reactive(False, bindings=True)  # set by the screen

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._follow: str | None = None  # a renamed tag's new name: the cursor goes to it

    def compose(self) -> ComposeResult:
        yield OutwardList(id="tags-list")
        yield Label("Choose a tag to list its notes", id="tag-heading", markup=False)
        yield OutwardList(id="tag-notes", above="#tags-list")
        yield Static("No tags yet: add some when you write a note.", id="tags-empty")

    def watch_tags(self, tags: dict[str, int]) -> None:
        listing = self.query_one("#tags-list", OptionList)
        highlighted = listing.highlighted_option.id if listing.highlighted_option else None
        listing.set_options(Option(tag_content(t, n), id=t) for t, n in tags.items())
        self.set_class(not tags, "-empty")
        keep = self.selected_tag if self.selected_tag in tags else highlighted
        if self._follow in tags:
            keep, self._follow = self._follow, None
        if keep in tags:
            listing.highlighted = listing.get_option_index(keep)
        elif tags:
            listing.highlighted = 0
        if self.selected_tag is not None and self.selected_tag not in tags:
            self.selected_tag = None
            self.tag_notes = ()

    def watch_tag_notes(self) -> None:
        self._show_notes()

    def watch_titles(self) -> None:
        self._show_notes()

    def watch_selected_tag(self, tag: str | None) -> None:
        heading = self.query_one("#tag-heading", Label)
        heading.update(f"Notes tagged #{tag}" if tag else "Choose a tag to list its notes")

    def _show_notes(self) -> None:
        notes = self.query_one("#tag-notes", OptionList)
        notes.set_options(
            Option(annotation_content(a, title=self.titles.get(a.article_id, "")), id=a.id)
            for a in self.tag_notes
        )
        if self.tag_notes:
            notes.highlighted = 0

    @on(OptionList.OptionSelected, "#tags-list")
    def _tag_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        self.selected_tag = event.option.id
        self.post_message(self.TagSelected(event.option.id))
        self.query_one("#tag-notes", OptionList).focus()

    @on(OptionList.OptionSelected, "#tag-notes")
    def _note_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        note = next((a for a in self.tag_notes if a.id == event.option.id), None)
        if note is not None:
            self.post_message(self.AnnotationChosen(note.article_id, note.id))

    def _tag_under_cursor(self) -> str | None:
        listing = self.query_one("#tags-list", OptionList)
        if listing.has_focus and listing.highlighted_option is not None:
            return listing.highlighted_option.id
        return self.selected_tag

    def action_rename(self) -> None:
        if self.read_only:
            self.notify("The library is open read-only: tags cannot be renamed.",
                        severity="warning")
            return
        tag = self._tag_under_cursor()
        if tag is None:
            self.notify("Choose a tag to rename first.", severity="warning")
            return
        self.app.push_screen(RenameTagDialog(tag), lambda new: self._rename(tag, new))

    def _rename(self, old: str, new: str | None) -> None:
        if new:
            self._follow = new
            self.post_message(self.TagRenameRequested(old, new))
