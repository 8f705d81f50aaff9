"""The note editor: a modal with the quoted passage, a note, and tags with completion.

    editor = NoteEditor(quote, known_tags=library_tags, save=save_note)
    app.push_screen(editor, on_done)       # on_done(NoteDraft | None)

`save` (optional) is called with the draft on `ctrl+s`; it may be a plain function or
a coroutine function (run it in a thread with `asyncio.to_thread` to keep typing
free while the library writes). If it raises, the editor stays open with the text
as typed and shows the error; when it returns, the editor dismisses with the draft.
Without `save`, `ctrl+s` dismisses at once and the caller may still call
`show_error` on an editor it keeps open.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Iterable

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static, TextArea

from tradereader.ui.drafts import (
    NoteDraft,
    complete_tag,
    format_tags,
    parse_tags,
    with_tags_in_note,
)
from tradereader.ui.key_hold import TakesEarlyKeys
from tradereader.ui.screens.dialogs import ConfirmDialog

HINT = "ctrl+s save · esc cancel · tab: tags"
# seconds the keys typed after ctrl+s wait for the save to end (a slow disk): then they go
# to the editor, still saving, whose fields pass them to its keys (escape: "Saving…")
SAVE_HOLD_LIMIT = 10.0
SaveNote = Callable[[NoteDraft], "object | Awaitable[object]"]


class TagSuggester(Suggester):
    """Completes the last tag typed from the library's tags."""

    def __init__(self, known: Iterable[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = tuple(known)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_tag(value, self.known)


class _SavesInTurn:
    """A field of the editor that takes `ctrl+s` itself, in the order the keys were
    typed: the save then holds exactly what was typed before it. As the screen's
    binding, `ctrl+s` was handled only once it had bubbled up from the field, and a key
    typed right after it (`q`, to leave the reader) reached the field first and went
    into the note (seen in tmux: `Fast noteq`).

    What is typed after `ctrl+s` is not typed here: it goes on up to the app, which
    holds it while the note is saved and hands it to the screen under the editor (`q`
    then leaves the reader, as typed), or back to the editor if the save fails."""

    async def _on_key(self, event: events.Key) -> None:
        # Textual calls each class's `_on_key` in turn (the field's own comes next):
        # `ctrl+s` is taken here, and it goes no further; a key after it skips the field
        if event.key == "ctrl+s":
            event.stop()
            event.prevent_default()
            await self.screen.run_action("save")
        elif self.screen.handing_on:
            event.prevent_default()  # bubbles on to the app, which holds it

    async def _on_paste(self, event: events.Paste) -> None:
        if self.screen.handing_on:
            event.prevent_default()


class NoteText(_SavesInTurn, TextArea):
    """The note's text."""


class TagsInput(_SavesInTurn, Input):
    """The note's tags."""


class NoteEditor(TakesEarlyKeys, ModalScreen[NoteDraft | None]):
    """Edit a note on a passage; dismisses with a `NoteDraft`, or None when cancelled."""

    DEFAULT_CSS = """
    NoteEditor {
        align: center middle;
    }
    NoteEditor > #note-editor {
        width: 80%;
        max-width: 100;
        height: auto;
        max-height: 100%;
        padding: 0 1;
        background: $panel;
        border: thick $primary 60%;
        border-title-color: $text;
        border-subtitle-color: $text-muted;
    }
    NoteEditor #note-quote {
        height: auto;
        max-height: 20vh;
        border-left: outer $accent;
        padding: 0 1;
        color: $text-muted;
        text-style: italic;
        margin-bottom: 1;
    }
    NoteEditor #note-text {
        height: auto;
        min-height: 5;
        max-height: 40vh;
    }
    NoteEditor #note-error {
        display: none;
        color: $text-error;
        background: $error-muted;
        padding: 0 1;
    }
    NoteEditor #note-error.-shown {
        display: block;
    }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),  # not priority: it must queue behind typed keys
        Binding("escape", "cancel", "Cancel"),
        # priority: the focus moves as the key comes, so what is typed after it goes to the
        # next field even when keys arrive together (a busy moment, tmux): as a plain
        # binding, `note<tab>tags` put "tags" in the note (the keys after Tab reached the
        # note before Tab had bubbled up to move the focus). The keys typed before it are
        # in the note's queue already and stay there.
        Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True),
    ]

    def __init__(
        self,
        quote: str,
        *,
        note: str = "",
        tags: Iterable[str] = (),
        known_tags: Iterable[str] = (),
        save: SaveNote | None = None,
        title: str = "New note",
    ) -> None:
        super().__init__()
        self.quote = quote
        self.initial = NoteDraft(note, tuple(tags))
        self.known_tags = tuple(known_tags)
        self._save = save
        self.title_text = title
        self.saving = False
        # from ctrl+s until the editor closes (or the save fails), typing is for the
        # screen under it: held by the app (hold number `_typing_held`), not typed here
        self.handing_on = False
        self._typing_held: int | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="note-editor") as dialog:
            dialog.border_title = self.title_text
            dialog.border_subtitle = HINT
            with VerticalScroll(id="note-quote"):
                yield Static(self.quote, markup=False)
            yield NoteText(self.initial.note, id="note-text", soft_wrap=True)
            yield TagsInput(
                format_tags(self.initial.tags),
                placeholder="tags, separated by spaces or commas (→ completes)",
                suggester=TagSuggester(self.known_tags),
                id="note-tags",
            )
            yield Static("", id="note-error", markup=False)

    def on_mount(self) -> None:
        area = self.query_one("#note-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def draft(self) -> NoteDraft:
        """The note and tags as typed now."""
        note = self.query_one("#note-text", TextArea).text
        tags = parse_tags(self.query_one("#note-tags", Input).value)
        return with_tags_in_note(NoteDraft(note.strip("\n"), tags))  # `#truce` in the text

    @property
    def changed(self) -> bool:
        return self.draft != with_tags_in_note(
            NoteDraft(self.initial.note.strip("\n"), self.initial.tags))

    @property
    def unsaved_note(self) -> bool:
        """Whether quitting now would lose typing (changes not saved, or a save running)."""
        return self.saving or self.changed

    @property
    def editing(self) -> bool:
        """Whether this edits a note that exists (else it writes a new one)."""
        return bool(self.initial.note or self.initial.tags)

    def show_error(self, message: str) -> None:
        """Show why the save failed; the note stays as typed."""
        error = self.query_one("#note-error", Static)
        error.update(f"Not saved: {message}")
        error.add_class("-shown")

    def clear_error(self) -> None:
        self.query_one("#note-error", Static).remove_class("-shown")

    def action_save(self) -> None:
        if self.saving or self.handing_on:
            return
        self._hold_typing()
        if self._save is None:
            self._close(self.draft)
            return
        self.saving = True
        self._run_save(self.draft)

    def _hold_typing(self) -> None:
        """Have the app hold what is typed from now (a host app may not hold keys)."""
        self.handing_on = True
        hold = getattr(self.app, "hold_keys", None)
        self._typing_held = hold(SAVE_HOLD_LIMIT) if hold is not None else None

    def _hand_on_typing(self) -> None:
        """Let the held keys go, to whatever has the focus now (the screen under the
        editor once it closed, else this editor's field)."""
        self.handing_on = False
        number, self._typing_held = self._typing_held, None
        if number is not None:
            self.app.keys_target_ready(number)

    def _close(self, draft: NoteDraft) -> None:
        self.dismiss(draft)
        self._hand_on_typing()  # after the pop: the keys go to the screen under it

    @work(exclusive=True, group="note-save", exit_on_error=False)
    async def _run_save(self, draft: NoteDraft) -> None:
        assert self._save is not None
        self.query_one("#note-editor").border_subtitle = "Saving…"
        try:
            result = self._save(draft)
            if inspect.isawaitable(result):
                await result
        except Exception as error:  # the note must survive any failure
            self.saving = False
            self.query_one("#note-editor").border_subtitle = HINT
            self.show_error(str(error) or type(error).__name__)
            self._hand_on_typing()  # the editor stays: what was typed meanwhile goes in
            return
        self.saving = False
        self._close(draft)

    async def keep_typing(self) -> None:
        """The terminal is closing: save what was typed, as `ctrl+s` would, rather than
        lose it with the window (a draft without text is not saved, nor saved over an
        old note). A save already running is waited for; a failed one is lost as before."""
        for _ in range(50):  # a save under way: up to ~5 s for its write
            if not self.saving:
                break
            await asyncio.sleep(0.1)
        draft = self.draft
        if self.saving or self._save is None or not self.changed or not draft.note.strip():
            return
        try:
            result = self._save(draft)
            if inspect.isawaitable(result):
                await result
        except Exception:  # noqa: BLE001 - nowhere left to show it
            return

    def action_cancel(self) -> None:
        if self.saving:
            self.notify("Saving…", timeout=2)
            return
        if not self.changed:
            self.dismiss(None)
            return
        question = "Discard your changes to this note?" if self.editing else "Discard this note?"
        self.app.push_screen(ConfirmDialog(question, yes_label="Discard"), self._discard_if_yes)

    def _discard_if_yes(self, yes: bool | None) -> None:
        if yes:
            self.dismiss(None)
