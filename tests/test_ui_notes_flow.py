"""The annotating keys on a small host screen built on AnnotatingScreen, over a real library."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, TabbedContent, TabPane

from tradereader.errors import LibraryWriteFailed
from tradereader.model import Article, article_id_for
from tradereader.store import Library
from tradereader.ui.screens.annotating import AnnotatingScreen
from tradereader.ui.widgets.annotated_view import AnnotatedView
from tradereader.ui.widgets.note_editor import NoteEditor
from tradereader.ui.widgets.notes_pane import NotePeek, NotesPane
from tradereader.ui.widgets.tags_pane import TagsPane

TEXT = (
    "Talks Resume\n\n"
    "Negotiators met in Geneva. The U.S. side asked for more time. China agreed.\n\n"
    "Tariffs stay for now. Markets rose."
)


def make_article() -> Article:
    first = TEXT.index("Negotiators")
    second = TEXT.index("Tariffs")
    return Article(
        id=article_id_for(TEXT),
        title="Talks Resume",
        text=TEXT,
        paragraphs=((first, second - 2), (second, len(TEXT))),
    )


class HostScreen(AnnotatingScreen):
    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self.paragraphs = article.paragraphs
        self.view = AnnotatedView(article)

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield self.view
            with Vertical():
                with TabbedContent():
                    with TabPane("Notes", id="tab-notes"):
                        yield NotesPane()
                    with TabPane("Tags", id="tab-tags"):
                        yield TagsPane()
                yield NotePeek()

    def on_mount(self) -> None:
        self.view.focus()
        self.start_annotating()


class Host(App[None]):
    def __init__(self, library: Library, article: Article) -> None:
        super().__init__()
        self.library = library
        self.article = article

    def on_mount(self) -> None:
        self.push_screen(HostScreen(self.article))


@pytest.fixture
def library(home: Path):
    with Library.open(home) as lib:
        lib.add_article(make_article())
        yield lib


def quote(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


async def write_note(pilot, note: str, tags: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(pilot.app.screen, NoteEditor)
    await pilot.press(*note, "tab", *tags, "ctrl+s")
    await pilot.pause()
    await pilot.pause()


async def test_select_annotate_edit_delete_undo(library: Library) -> None:
    app = Host(library, make_article())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        assert screen.view.highlights("sentence") == []  # no cursor until one is asked for
        await pilot.press("j")  # the first j shows it where one reads
        assert screen.view.highlights("sentence") == [quote("Negotiators met in Geneva.")]
        await pilot.press("j", "v", "j")
        assert screen.view.highlights("selection") == [
            quote("The U.S. side asked for more time. China agreed.")
        ]
        await write_note(pilot, "they stall", "phase-one, wto")
        assert app.screen is screen
        [note] = library.annotations()
        assert note.quote.exact == "The U.S. side asked for more time. China agreed."
        assert (note.note, note.tags) == ("they stall", ("phase-one", "wto"))
        assert screen.view.highlights("note") == [quote(note.quote.exact)]
        assert screen.view.highlights("selection") == []
        # in both tabs
        notes_list = screen.query_one(NotesPane).query_one(OptionList)
        assert "they stall" in str(notes_list.get_option_at_index(0).prompt)
        assert screen.query_one(TagsPane).tags == {"phase-one": 1, "wto": 1}
        # the peek shows the note under the cursor
        assert screen.query_one(NotePeek).annotation == note
        # edit
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*" hard", "ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert library.get_annotation(note.id).note == "they stall hard"
        # delete, then undo the delete and the edit
        await pilot.press("x")
        await pilot.pause()
        assert library.annotations() == [] and screen.view.highlights("note") == []
        assert screen.query_one(TagsPane).tags == {}
        await pilot.press("u")
        await pilot.pause()
        assert library.get_annotation(note.id).note == "they stall hard"
        await pilot.press("u")
        await pilot.pause()
        assert library.get_annotation(note.id).note == "they stall"


async def test_word_selection_and_escape(library: Library) -> None:
    app = Host(library, make_article())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        await pilot.press("j", "j", "v", "b", "b", "b")  # the period, "time", "more"
        assert screen.view.highlights("selection") == [quote("The U.S. side asked for")]
        await pilot.press("escape")
        assert screen.view.highlights("selection") == []
        await pilot.press("w", "w")
        assert screen.view.highlights("selection") == [quote("The U.S.")]
        await write_note(pilot, "who", "us")
        assert [a.quote.exact for a in library.annotations()] == ["The U.S."]


async def test_paragraph_keys_and_jumping_between_notes(library: Library) -> None:
    app = Host(library, make_article())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        await pilot.press("J")
        assert screen.view.highlights("sentence") == [quote("Tariffs stay for now.")]
        await write_note(pilot, "second", "")
        await pilot.press("K")
        await write_note(pilot, "first", "")
        await pilot.press("]")
        assert screen.query_one(NotePeek).annotation.note == "second"
        await pilot.press("]")  # no further note: stays
        assert screen.query_one(NotePeek).annotation.note == "second"
        await pilot.press("[")
        assert screen.query_one(NotePeek).annotation.note == "first"
        assert screen.view.highlights("sentence") == [quote("Negotiators met in Geneva.")]


async def test_a_failed_save_keeps_the_editor_open(library: Library, monkeypatch) -> None:
    def fail(annotation):
        raise LibraryWriteFailed("disk full")

    monkeypatch.setattr(library, "add_annotation", fail)
    app = Host(library, make_article())
    async with app.run_test(size=(120, 30)) as pilot:
        await write_note(pilot, "keep me", "x")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert "disk full" in str(editor.query_one("#note-error").render())
        assert editor.draft.note == "keep me"
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    assert [a.note for a in library.annotations()] == ["keep me"]


async def test_rename_a_tag_everywhere_and_choose_a_note_from_the_tags_tab(
    library: Library,
) -> None:
    app = Host(library, make_article())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        await write_note(pilot, "one", "trade")
        await pilot.press("j", "j")
        await write_note(pilot, "two", "trade wto")
        screen.query_one(TabbedContent).active = "tab-tags"
        await pilot.pause()
        tags = screen.query_one(TagsPane)
        tags.query_one("#tags-list", OptionList).focus()
        await pilot.press("enter")  # the first tag: trade
        await pilot.pause()
        assert [a.note for a in tags.tag_notes] == ["one", "two"]
        tags.query_one("#tags-list", OptionList).focus()
        await pilot.press("r")
        await pilot.pause()
        await pilot.press(*"trades", "enter")  # the old name is selected: typing replaces it
        await pilot.pause()
        await pilot.pause()
        assert library.tag_counts() == {"trades": 2, "wto": 1}
        assert tags.tags == {"trades": 2, "wto": 1}
        assert tags.selected_tag == "trades"
        assert [a.note for a in tags.tag_notes] == ["one", "two"]
        notes = tags.query_one("#tag-notes", OptionList)
        notes.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.query_one(NotePeek).annotation.note == "two"
        assert screen.query_one(TabbedContent).active == "tab-notes"


async def test_x_in_the_notes_list_deletes_that_note(library: Library) -> None:
    app = Host(library, make_article())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        await write_note(pilot, "first", "")
        await pilot.press("J")
        await write_note(pilot, "second", "")
        listing = screen.query_one(NotesPane).query_one(OptionList)
        listing.focus()
        listing.highlighted = 0
        await pilot.press("x")
        await pilot.pause()
        assert [a.note for a in library.annotations()] == ["second"]
        assert listing.option_count == 1


async def test_mouse_click_moves_the_cursor_and_a_drag_selects_words(library: Library) -> None:
    app = Host(library, make_article())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        view = screen.view
        line = next(i for i in range(10) if view.line_text(i).startswith("Negotiators"))
        column = view.line_text(line).index("side")
        await pilot.click(view, offset=(column + 2 + 1, line))  # the margin is 2 cells
        await pilot.pause()
        assert view.highlights("sentence") == [quote("The U.S. side asked for more time.")]
        await pilot.mouse_down(view, offset=(column + 2 + 1, line))
        await pilot.hover(view, offset=(column + 2 + 12, line))  # inside "asked"... "for"
        await pilot.mouse_up(view, offset=(column + 2 + 12, line))
        await pilot.pause()
        assert view.highlights("selection") == [quote("side asked for")]
        await write_note(pilot, "drag", "")
        assert [a.quote.exact for a in library.annotations()] == ["side asked for"]
        marked = view.render_line(line - int(view.scroll_y))
        assert marked.text.startswith("▌ ")
        assert not view.render_line(line + 2 - int(view.scroll_y)).text.startswith("▌")


async def test_a_read_only_library_refuses_notes_and_says_so(library: Library, home: Path) -> None:
    library.close()
    with Library.open(home, readonly=True) as readonly:
        app = Host(readonly, make_article())
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.press("j", "a")
            await pilot.pause()
            assert not isinstance(app.screen, NoteEditor)
            assert any("read-only" in n.message for n in app._notifications)
            assert readonly.annotations() == []


def shown_keys(screen) -> set[str]:
    """The keys the footer would show now (bindings shown and enabled)."""
    return {key for key, active in screen.active_bindings.items()
            if active.binding.show and active.enabled}


async def test_W_and_B_select_a_phrase_inside_a_sentence_from_the_keyboard(library) -> None:
    app = Host(library, make_article())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        await pilot.press("j", "j")  # on "The U.S. side asked for more time."
        assert "W" not in shown_keys(screen) and "b" not in shown_keys(screen)
        await pilot.press("v", "W", "W")
        assert screen.view.highlights("selection") == [quote("side asked for more time.")]
        assert {"W", "b"} <= shown_keys(screen)  # the footer offers both edges while selecting
        await pilot.press("b", "b", "b", "B")
        assert screen.view.highlights("selection") == [quote("U.S. side asked for")]
        await write_note(pilot, "who asked?", "")
        assert [a.quote.exact for a in library.annotations()] == ["U.S. side asked for"]
        assert "W" not in shown_keys(screen)  # the selection ended with the note
