"""The annotating half of the reader: sentence cursor, selection, notes, tags, undo.

`AnnotatingScreen` is the reader screen's base class. The reader composes an
`AnnotatedView` as `self.view`, a `NotesPane`, a `TagsPane` and a `NotePeek`, sets
`self.article` and `self.paragraphs` (the body spans shown), and calls
`start_annotating()` once mounted; its `escape` handler calls `cancel_selection()`.
This class owns the keys in NOTE_KEYS (note_keys.py), keeps the notes through a
`NoteKeeper` (every write in a thread) and gives the view its `sentence`, `selection` and
`note` highlights; the Tags tab's requests are answered by TagsTabActions (note_tags.py).
"""

from __future__ import annotations

from textual import on, work
from textual.screen import Screen

from tradereader.model import Annotation, Article
from tradereader.sentences import SentenceIndex
from tradereader.ui.note_keeper import NoteKeeper, describe
from tradereader.ui.drafts import NoteDraft
from tradereader.ui.read_only import ReadOnlyKeys
from tradereader.ui.screens.note_keys import (  # noqa: F401 - NOTE_REFUSALS: the reader's
    NOTE_KEYS,
    NOTE_REFUSALS,
    NOTE_WRITE_ACTIONS,
    SELECTING_ACTIONS,
)
from tradereader.ui.screens.note_tags import TagsTabActions
from tradereader.ui.selection import ReadingCursor
from tradereader.ui.widgets.annotated_view import AnnotatedView
from tradereader.ui.widgets.notes_pane import NotePeek, NotesPane
from tradereader.ui.widgets.tags_pane import TagsPane


class AnnotatingScreen(TagsTabActions, ReadOnlyKeys, Screen):
    """Sentence cursor, selection and notes for a screen showing one article."""

    BINDINGS = [*NOTE_KEYS, *NOTE_REFUSALS]
    WRITE_ACTIONS = NOTE_WRITE_ACTIONS

    article: Article
    paragraphs: tuple[tuple[int, int], ...]
    view: AnnotatedView
    pending_note: str | None = None  # a note to jump to once mounted

    def start_annotating(self) -> None:
        """Build the sentence index and load this article's notes (call once mounted)."""
        histories = getattr(self.app, "note_history", None)  # the app's, when it keeps them
        history = histories(self.article.id) if histories is not None else None
        self.keeper = NoteKeeper(self.app.library, self.article, history)
        self.cursor = ReadingCursor(
            SentenceIndex(self.article.text, self.paragraphs), self.article.position
        )
        self.pinned_note: str | None = None  # the note chosen with [ ] or in a list
        self.cursor_shown = False  # the cursor appears with the first cursor key
        self.view.jumped = self._jumped
        # the notes (marks, lists) come just after the first frame: it never waits on them
        self.call_after_refresh(self.sidebar_ready)

    def sidebar_ready(self) -> None:
        """Mark the notes in the text and fill the Notes and Tags tabs (again when the
        tabs are mounted later)."""
        self.refresh_notes()
        self._tell_orphans()
        if self.pending_note is not None:
            pending, self.pending_note = self.pending_note, None
            self.jump_to_note(pending)

    def _tell_orphans(self) -> None:
        """Say (once a session for each article) that notes lost their passage when the
        text changed: they are not marked in the text, only listed in Notes with ⚠."""
        told = getattr(self.app, "orphans_told", None)
        orphans = sum(1 for note in self.keeper.notes if note.orphaned)
        if told is None or not orphans or self.article.id in told:
            return
        told.add(self.article.id)
        said = ("1 note lost its passage" if orphans == 1
                else f"{orphans} notes lost their passages")
        self.notify(f"{said} when this article's text changed. Notes lists "
                    f"{'it' if orphans == 1 else 'them'} with ⚠, quote and note kept.",
                    title="Orphaned notes", severity="warning", timeout=12)

    def note_commands(self):
        """(title, help, callback) for the command palette."""
        yield ("Annotate", "Write a note on the selection or sentence (a)", self.action_annotate)
        yield ("Edit note", "Edit the note under the cursor (Enter)", self.action_edit_note)
        yield ("Delete note", "Delete the note under the cursor (x)", self.action_delete_note)
        yield ("Undo", "Undo the last note change (u)", self.action_undo)
        yield ("Next note", "Jump to the next note (])", self.action_next_note)
        yield ("Previous note", "Jump to the previous note ([)", self.action_previous_note)

    # -- which keys apply ---------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SELECTING_ACTIONS:
            # only while selecting (else b pages up, escape clears the search)
            return getattr(self, "cursor", None) is not None and self.cursor.selecting
        return super().check_action(action, parameters)

    @property
    def read_only(self) -> bool:
        return self.app.library.readonly

    def library_became_writable(self) -> None:
        """The app took the library and read it again: this article's notes as the file
        has them now (another window may have added some), writing keys back."""
        if self.app.library.get_article(self.article.id) is None:
            self.notify("This article is no longer in the library (changed or deleted in "
                        "another window): go back to the library (q) to open it again.",
                        severity="warning", timeout=12)
        self.keeper.load()
        self.refresh_notes()
        self.refresh_bindings()

    @property
    def writable(self) -> bool:
        if self.app.library.readonly:
            self.notify("The library is open read-only: notes cannot change.", severity="warning")
            return False
        return True

    # -- the cursor -----------------------------------------------------------------------
    def _move(self, step, *, first_only_reveals: bool = False) -> None:
        """Apply a cursor `step`; the first `j`/`k` only shows the cursor where one reads."""
        self._bring_cursor_into_view()
        hidden = not self.cursor_shown
        self.cursor_shown = True
        if not (hidden and first_only_reveals):
            step()
        self.pinned_note = None
        self._show_cursor()

    def action_sentence_down(self) -> None:
        self._move(self.cursor.down, first_only_reveals=True)

    def action_sentence_up(self) -> None:
        self._move(self.cursor.up, first_only_reveals=True)

    def action_paragraph_down(self) -> None:
        self._move(self.cursor.paragraph_down)

    def action_paragraph_up(self) -> None:
        self._move(self.cursor.paragraph_up)

    def put_cursor_at(self, offset: int) -> None:
        """The sentence cursor on the sentence at `offset` (a search match, an entity's
        mention), shown: `a` then writes on the passage found, not on the top of the view.
        An offset outside the body (the title) leaves the cursor where it was."""
        if self.cursor.index.paragraph_at(offset) is None:
            return
        self.cursor_shown = True
        self.cursor.move_to(offset)
        self.pinned_note = None
        self._show_cursor(scroll=False)

    def action_toggle_selection(self) -> None:
        if self._may_select():
            self._move(self.cursor.toggle_selection)

    def action_word_forward(self) -> None:
        if self._may_select():
            self._move(self.cursor.word_forward)

    def _may_select(self) -> bool:
        """A selection is for a note or the lexicon: a read-only window says it cannot."""
        if self.read_only and not self.cursor.selecting:
            self._refuse_selection()
            return False
        return True

    def _refuse_selection(self) -> None:
        self.notify("The library is open read-only: nothing selected can be saved.",
                    severity="warning")

    def action_word_back(self) -> None:
        self._move(self.cursor.word_back)

    def action_start_word_forward(self) -> None:
        self._move_start(self.cursor.start_word_forward)

    def action_start_word_back(self) -> None:
        self._move_start(self.cursor.start_word_back)

    def _move_start(self, step) -> None:
        """`W`/`B`: move the selection's start, and show it (not the end) if it left view."""
        self._move(step)
        selection = self.cursor.selection
        if selection is not None:
            self.view.scroll_to_offset(selection.span[0])

    def action_cancel_selection(self) -> None:
        self.cancel_selection()

    def cancel_selection(self) -> bool:
        """Drop the selection; False when there was none (escape may mean something else)."""
        if getattr(self, "cursor", None) is None or not self.cursor.cancel():
            return False
        self._show_cursor(scroll=False)
        return True

    def _bring_cursor_into_view(self) -> None:
        """A hidden cursor, or one scrolled off screen, restarts at the top of the view."""
        sentence = self.cursor.sentence
        if sentence is None or self.cursor.selecting:
            return
        top, bottom = self.view.visible_span()
        if not self.cursor_shown or sentence[1] <= top or sentence[0] >= bottom:
            index = self.cursor.index
            first = index.sentence_at(top)
            if first is not None and first[0] < top:  # cut at the top: take the next one
                first = index.next_sentence(top) or first
            self.cursor.sentence = first or sentence

    def _show_cursor(self, *, scroll: bool = True, point: int | None = None) -> None:
        """Show the cursor (and selection) as they stand; `point`: where a click landed."""
        if self.view.selecting != self.cursor.selecting:
            self.refresh_bindings()  # the footer shows the selection keys only while selecting
        self.view.selecting = self.cursor.selecting
        sentence = self.cursor.sentence if self.cursor_shown else None
        self.view.set_highlights("sentence", [sentence] if sentence else [])
        selection = self.cursor.selection
        self.view.set_highlights("selection", [selection.span] if selection else [])
        if scroll and sentence is not None:
            head = selection.head if selection else sentence[0]
            self.view.scroll_to_offset(head)
        self._show_current_note()
        self.cursor_moved(point)

    def cursor_moved(self, point: int | None = None) -> None:
        """Called each time the cursor is shown again (the reader's why panel follows it)."""

    def _note_under_cursor(self) -> Annotation | None:
        if self.pinned_note is not None and self.keeper.get(self.pinned_note):
            return self.keeper.get(self.pinned_note)
        target = self.cursor.target if self.cursor_shown else None
        return self.keeper.at(*target) if target else None

    def _show_current_note(self) -> None:
        note = self._note_under_cursor()
        for peek in self.query(NotePeek):
            peek.annotation = note
        for pane in self.query(NotesPane):
            pane.current = note.id if note else None

    def _jumped(self, edge_name: str) -> None:
        """`g`/`G` take a shown cursor along to the first or last sentence (called by the
        view as it scrolls, before any key typed after): `g j a` then writes on the second
        sentence, not where the cursor was before the jump."""
        if not self.cursor_shown or self.cursor.selecting:
            return
        index = self.cursor.index
        edge = index.next_sentence(-1) if edge_name == "top" \
            else index.previous_sentence(len(index.text))
        if edge is None:
            return
        self.cursor.sentence = edge
        self.pinned_note = None
        self._show_cursor(scroll=False)

    # -- the mouse --------------------------------------------------------------------------
    @on(AnnotatedView.Clicked)
    def _clicked(self, message: AnnotatedView.Clicked) -> None:
        self.cursor_shown = True
        self.cursor.move_to(message.offset)
        self.pinned_note = None
        self._show_cursor(scroll=False, point=message.offset)

    @on(AnnotatedView.Dragged)
    def _dragged(self, message: AnnotatedView.Dragged) -> None:
        """A drag selects words; in a read-only window it selects nothing (a selection is
        only for notes and the lexicon; the view has no copy) and says so at once, once
        a drag, as `v` does; the cursor goes where the drag began, as a click's would."""
        self.cursor_shown = True
        if self.read_only:
            if message.first:
                self._refuse_selection()
            self.cursor.move_to(message.start)
        else:
            self.cursor.select_range(message.start, message.end)
        self.pinned_note = None
        self._show_cursor(scroll=False)

    # -- notes in the text and in the tabs -----------------------------------------------
    def refresh_notes(self) -> None:
        """Show the keeper's notes: marked in the text, listed in the tabs.

        The tabs may be mounted after the first frame: call this again once they are.
        """
        self.view.set_highlights("note", self.keeper.spans())
        for pane in self.query(NotesPane):
            pane.read_only = self.read_only
            pane.annotations = tuple(self.keeper.notes)
        for tags in self.query(TagsPane):
            tags.read_only = self.read_only
            tags.tags = self.app.library.tag_counts()
            if tags.selected_tag is not None:
                self._show_tag(tags, tags.selected_tag)
        self._show_current_note()

    # -- writing notes ----------------------------------------------------------------------
    def action_annotate(self) -> None:
        sentence = self.cursor.sentence
        top, bottom = self.view.visible_span()
        off_screen = sentence is None or sentence[1] <= top or sentence[0] >= bottom
        if not self.cursor_shown or (off_screen and not self.cursor.selecting):
            self._move(lambda: None)  # where one reads, not where the cursor was left
        target = self.cursor.target
        if target is None or not self.writable:
            return
        start, end = target
        from tradereader.ui.widgets.note_editor import NoteEditor  # TextArea: not at start-up

        editor = NoteEditor(
            self.article.text[start:end],
            known_tags=self.app.library.tag_counts(),
            save=lambda draft: self.keeper.create(start, end, draft),
        )
        self.app.push_screen(editor, self._note_saved)

    def action_edit_note(self) -> None:
        note = self._note_under_cursor()
        if note is None:
            hint = "" if self.read_only else ": press a to write one"
            self.notify(f"No note here{hint}.", severity="information")
            return
        if not self.writable:
            return
        from tradereader.ui.widgets.note_editor import NoteEditor

        editor = NoteEditor(
            note.quote.exact,
            note=note.note,
            tags=note.tags,
            known_tags=self.app.library.tag_counts(),
            save=lambda draft: self.keeper.edit(note.id, draft),
            title="Edit note",
        )
        self.app.push_screen(editor, self._note_saved)

    def _note_saved(self, draft: NoteDraft | None) -> None:
        if draft is None:
            return
        self.cursor.cancel()
        self.refresh_notes()
        self._show_cursor(scroll=False)

    def action_delete_note(self) -> None:
        note = self._note_under_cursor()
        if note is None:
            self.notify("No note here to delete.", severity="information")
        elif self.writable:
            self._delete(note.id)

    @work(exclusive=True, group="note-write", exit_on_error=False)
    async def _delete(self, annotation_id: str) -> None:
        try:
            await self.keeper.delete(annotation_id)
        except Exception as error:  # noqa: BLE001 - shown, the note is kept
            self.notify(f"Not deleted: {error}", severity="error", markup=False)
            return
        self.pinned_note = None
        self.refresh_notes()
        self.notify("Note deleted (u undoes).")

    def action_undo(self) -> None:
        if self.writable:
            self._undo()

    @work(exclusive=True, group="note-write", exit_on_error=False)
    async def _undo(self) -> None:
        try:
            change = await self.keeper.undo()
        except Exception as error:  # noqa: BLE001 - shown, nothing changed
            self.notify(f"Undo failed: {error}", severity="error", markup=False)
            return
        if change is None:
            self.notify("Nothing to undo.", severity="information")
            return
        self.refresh_notes()
        self.notify(describe(change), markup=False)

    # -- jumping between notes ---------------------------------------------------------------
    def action_next_note(self) -> None:
        self._jump(self._note_beside(1), "No note after this one.")

    def action_previous_note(self) -> None:
        self._jump(self._note_beside(-1), "No note before this one.")

    def _note_beside(self, step: int) -> Annotation | None:
        """The note `[` (-1) or `]` (1) goes to: the neighbour of the note shown when it
        starts where one is, so notes starting on the same sentence are each visited."""
        here = self._here()
        shown = self._note_under_cursor()
        if shown is not None and not shown.orphaned and shown.position.start == here:
            return self.keeper.beside(shown.id, step)
        if step > 0:
            return self.keeper.next_after(here)
        return self.keeper.previous_before(here)

    def _here(self) -> int:
        """Where `[` and `]` count from: the note last chosen, else the cursor, while on
        screen; else the top of what is shown (the reader scrolled away from them)."""
        top, bottom = self.view.visible_span()
        pinned = self.keeper.get(self.pinned_note) if self.pinned_note else None
        if pinned is not None and not pinned.orphaned and top <= pinned.position.start <= bottom:
            return pinned.position.start
        target = self.cursor.target if self.cursor_shown else None
        if target and top <= target[0] <= bottom:
            return target[0]
        return top

    def _jump(self, note: Annotation | None, missing: str) -> None:
        if note is None:
            if not self.keeper.notes:  # "no note before this one" read as if there were some
                hint = "" if self.read_only else ": press a to write one"
                missing = f"This article has no notes yet{hint}."
            self.notify(missing, severity="information")
            return
        self.jump_to_note(note.id)

    def jump_to_note(self, annotation_id: str) -> None:
        """Put the cursor on a note's passage and show the note."""
        note = self.keeper.get(annotation_id)
        if note is None:
            self.notify("That note is gone.", severity="warning")
            return
        self.pinned_note = note.id
        self.cursor_shown = self.cursor_shown or not note.orphaned
        if note.orphaned:
            self.notify("This note is orphaned: its passage is no longer in the text.")
        else:
            self.cursor.move_to(note.position.start)
            self.view.scroll_to_offset(note.position.start)
        self._show_cursor(scroll=False)

    @on(NotesPane.NoteDeleteRequested)
    def _note_delete_requested(self, message: NotesPane.NoteDeleteRequested) -> None:
        if self.writable:
            self._delete(message.annotation_id)

    @on(NotesPane.NoteChosen)
    def _note_chosen(self, message: NotesPane.NoteChosen) -> None:
        self.jump_to_note(message.annotation_id)
        self.view.focus()
