"""The note editor in a small host app: save, tags with completion, discard, errors."""

from __future__ import annotations

import pytest

import asyncio

from textual.app import App
from textual.widgets import Input, Static, TextArea

from tradereader.errors import LibraryWriteFailed
from tradereader.ui.drafts import NoteDraft, complete_tag, parse_tags
from tradereader.ui.screens.dialogs import ConfirmDialog
from tradereader.ui.widgets.note_editor import NoteEditor
from ui_support import wait_until

QUOTE = "The U.S. side asked for more time."


class Host(App[None]):
    def __init__(self, editor: NoteEditor) -> None:
        super().__init__()
        self.editor = editor
        self.results: list[NoteDraft | None] = []

    def on_mount(self) -> None:
        self.push_screen(self.editor, self.results.append)


async def type_note_and_tags(pilot, note: str, tags: str) -> None:
    await pilot.press(*note)
    await pilot.press("tab")
    await pilot.press(*tags)


async def test_ctrl_s_returns_the_note_and_tags() -> None:
    app = Host(NoteEditor(QUOTE))
    async with app.run_test() as pilot:
        await type_note_and_tags(pilot, "Stalling", "phase-one, Tariffs #wto")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [NoteDraft("Stalling", ("phase-one", "Tariffs", "wto"))]


async def test_a_hashtag_in_the_note_is_a_tag_too() -> None:
    """`#truce` typed in the note's text is a tag, as Obsidian reads the export (a user
    typed one there and found no tag); the text keeps it as written."""
    app = Host(NoteEditor(QUOTE))
    async with app.run_test() as pilot:
        await type_note_and_tags(pilot, "Both want the truce extended #truce", "wto")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [NoteDraft("Both want the truce extended #truce", ("wto", "truce"))]


async def test_an_old_note_with_a_hashtag_but_no_tag_opens_unchanged() -> None:
    app = Host(NoteEditor(QUOTE, note="see #truce"))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert not app.editor.changed


async def test_the_quote_is_shown() -> None:
    app = Host(NoteEditor(QUOTE))
    async with app.run_test() as pilot:
        await pilot.pause()
        shown = [str(s.render()) for s in app.editor.query(Static)]
        assert any(QUOTE in s for s in shown)


async def test_tags_complete_from_the_library() -> None:
    app = Host(NoteEditor(QUOTE, known_tags=["Phase-One", "tariffs", "wto"]))
    async with app.run_test() as pilot:
        await type_note_and_tags(pilot, "x", "tariffs ph")
        await pilot.pause()
        await pilot.press("right")
        assert app.editor.query_one("#note-tags", Input).value == "tariffs Phase-One"


async def test_esc_without_changes_closes_at_once() -> None:
    app = Host(NoteEditor(QUOTE, note="kept", tags=["a"]))
    async with app.run_test() as pilot:
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [None]


async def test_esc_after_typing_asks_first() -> None:
    app = Host(NoteEditor(QUOTE))
    async with app.run_test() as pilot:
        await pilot.press(*"precious")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is app.editor
        assert app.editor.query_one(TextArea).text == "precious"
        assert app.results == []
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert app.results == [None]


@pytest.mark.parametrize("note, question", [
    ("", "Discard this note?"),  # a new note
    ("kept", "Discard your changes to this note?"),  # an edit: the note itself stays
])
async def test_esc_asks_about_the_note_or_about_the_changes(note, question) -> None:
    app = Host(NoteEditor(QUOTE, note=note))
    async with app.run_test() as pilot:
        await pilot.press(*" more")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert app.screen.question == question


async def test_a_failed_save_keeps_the_editor_open_with_the_error() -> None:
    attempts: list[NoteDraft] = []

    def save(draft: NoteDraft) -> None:
        attempts.append(draft)
        if len(attempts) == 1:
            raise LibraryWriteFailed("disk full")

    app = Host(NoteEditor(QUOTE, save=save))
    async with app.run_test() as pilot:
        await type_note_and_tags(pilot, "mine", "t1")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is app.editor
        error = app.editor.query_one("#note-error", Static)
        assert error.display and "disk full" in str(error.render())
        assert app.editor.query_one(TextArea).text == "mine"
        assert app.results == []
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert attempts == [NoteDraft("mine", ("t1",))] * 2
    assert app.results == [NoteDraft("mine", ("t1",))]


async def test_typing_goes_on_while_an_async_save_runs() -> None:
    release = asyncio.Event()

    async def save(draft: NoteDraft) -> None:
        await release.wait()

    app = Host(NoteEditor(QUOTE, save=save))
    async with app.run_test() as pilot:
        await pilot.press(*"ab")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")  # refused while saving
        await pilot.pause()
        assert app.screen is app.editor and app.editor.saving
        release.set()
        await pilot.pause()
        await pilot.pause()
    assert app.results == [NoteDraft("ab", ())]


async def test_editing_starts_from_the_note_and_tags() -> None:
    app = Host(NoteEditor(QUOTE, note="old", tags=["x", "y"], title="Edit note"))
    async with app.run_test() as pilot:
        assert app.editor.query_one("#note-tags", Input).value == "x y"
        await pilot.press("!")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.results == [NoteDraft("old!", ("x", "y"))]


def test_parse_and_complete_tags() -> None:
    assert parse_tags(" a,b  #c,, a ") == ("a", "b", "c")
    assert complete_tag("a ta", ["tariffs", "taxes"]) == "a tariffs"
    assert complete_tag("tariffs ta", ["tariffs", "taxes"]) == "tariffs taxes"
    assert complete_tag("x ", ["xy"]) is None
    assert complete_tag("#TA", ["tariffs"]) == "#tariffs"
    assert complete_tag("tariffs", ["tariffs"]) is None


@pytest.mark.parametrize(("keys", "note", "tags"), [
    ([*"abc", "tab", *"xyz"], "abc", "xyz"),
    ([*"abc", "tab", *"xyz", "shift+tab", *"de"], "abcde", "xyz"),
])
async def test_keys_arriving_together_go_to_the_field_tab_leads_to(keys, note, tags) -> None:
    """Keys that reach the app in one burst (typed while it was busy, sent by tmux): the
    ones after Tab go to the tags, as they would typed one by one."""
    from textual import events

    app = Host(NoteEditor(QUOTE))
    async with app.run_test() as pilot:
        await pilot.pause()
        for key in keys:  # no pause between them: all queued before any is handled
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await wait_until(pilot, lambda: app.editor.query_one("#note-tags", Input).value == tags
                         and app.editor.query_one("#note-text", TextArea).text == note)
        assert app.editor.query_one("#note-text", TextArea).text == note
        assert app.editor.query_one("#note-tags", Input).value == tags
