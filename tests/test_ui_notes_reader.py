"""The whole annotating flow in the real reader (make_app over a real library)."""

from __future__ import annotations

import json

import pytest
from textual.widgets import OptionList, TabbedContent

from tradereader.ui.app import make_app
from tradereader.ui.screens.reader import ReaderScreen
from tradereader.ui.widgets.note_editor import NoteEditor
from tradereader.ui.widgets.notes_pane import NotePeek, NotesPane
from tradereader.ui.widgets.tags_pane import TagsPane
from ui_support import fixed_extractor, library_fixture, open_help, open_library, screen_text, seed_id, settle

SIZE = (120, 40)
FIRST = "Trade negotiators from the United States and China are set to restart"
SECOND = "The talks come at a critical moment"
OTHER = "Steel Duties Rise\n\nDuties on steel rose again. Exporters protested loudly.\n"


library = library_fixture(OTHER)


def reader_app(library, article_id=None):
    return make_app(library, open_article=article_id or seed_id(library), extractor=fixed_extractor)


def text_of(app, span) -> str:
    return app.screen.article.text[span[0] : span[1]]


async def annotate(pilot, note: str, tags: str) -> None:
    await pilot.press("a")
    await settle(pilot)
    assert isinstance(pilot.app.screen, NoteEditor)
    await pilot.press(*note, "tab", *tags, "ctrl+s")
    await settle(pilot)


async def test_select_annotate_see_in_both_tabs_edit_delete_undo(library, home):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("j", "v", "j")
        [selected] = screen.view.highlights("selection")
        assert text_of(app, selected).startswith(FIRST)
        assert SECOND in text_of(app, selected)
        await annotate(pilot, "Truce at risk", "phase-one, wto")
        [note] = library.annotations(seed_id(library))
        assert note.quote.exact == text_of(app, selected)
        assert (note.note, note.tags) == ("Truce at risk", ("phase-one", "wto"))
        assert screen.view.highlights("note") == [selected]
        # the Notes tab and the Tags tab
        screen.query_one(TabbedContent).active = "tab-notes"
        await settle(pilot)
        assert "Truce at risk" in screen_text(app)
        assert screen.query_one(TagsPane).tags == {"phase-one": 1, "wto": 1}
        screen.query_one(TabbedContent).active = "tab-tags"
        await settle(pilot)
        assert "#phase-one" in screen_text(app) and "#wto" in screen_text(app)
        # the margin marks the annotated lines
        assert any(line.startswith("▌") for line in _view_rows(screen.view))
        # edit with Enter on the passage
        screen.view.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*" (again)", "ctrl+s")
        await settle(pilot)
        assert library.get_annotation(note.id).note == "Truce at risk (again)"
        # delete, then undo the delete and the edit
        await pilot.press("x")
        await settle(pilot)
        assert library.annotations() == []
        assert screen.query_one(TagsPane).tags == {}
        await pilot.press("u")
        await settle(pilot)
        assert library.get_annotation(note.id).note == "Truce at risk (again)"
        await pilot.press("u")
        await settle(pilot)
        assert library.get_annotation(note.id).note == "Truce at risk"
    stored = json.loads((home / "library.json").read_text(encoding="utf-8"))
    assert "Truce at risk" in json.dumps(stored)


def _view_rows(view) -> list[str]:
    return [view.render_line(y).text for y in range(view.size.height)]


async def test_cursor_starts_on_screen_after_scrolling_and_escape_cancels_first(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.view.highlights("sentence") == []
        await pilot.press("pagedown")
        await settle(pilot)
        top, _ = screen.view.visible_span()
        await pilot.press("j")
        [sentence] = screen.view.highlights("sentence")
        assert sentence[0] >= top
        scrolled = screen.view.scroll_y
        await pilot.press("v", "b")  # while selecting, b is a word back, not page-up
        assert screen.view.highlights("selection")
        assert screen.view.scroll_y == scrolled
        await pilot.press("escape")
        assert screen.view.highlights("selection") == []
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("b")  # page-up again
        await settle(pilot)
        assert screen.view.scroll_y < scrolled


async def test_the_note_under_the_cursor_shows_in_the_sidebar(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("j", "j")
        await annotate(pilot, "second paragraph", "")
        peek = screen.query_one(NotePeek)
        assert peek.annotation.note == "second paragraph"
        await pilot.press("k")
        assert peek.annotation is None
        await pilot.press("]")
        assert peek.annotation.note == "second paragraph"
        assert "second paragraph" in screen_text(app)


async def test_a_tagged_note_in_another_article_opens_it(library):
    other = next(s.id for s in library.articles() if s.title == "Steel Duties Rise")
    app = reader_app(library, other)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await annotate(pilot, "protest", "steel")
        await pilot.press("q")
        await settle(pilot)
        app.open_article(seed_id(library))
        await settle(pilot)
        seed_screen = app.screen
        seed_screen.query_one(TabbedContent).active = "tab-tags"
        await settle(pilot)
        tags = seed_screen.query_one(TagsPane)
        tags.query_one("#tags-list", OptionList).focus()
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert app.screen is not seed_screen
        assert app.screen.article.id == other
        peek = app.screen.query_one(NotePeek)
        assert peek.annotation is not None and peek.annotation.note == "protest"


async def test_notes_list_enter_jumps_to_the_passage(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("J", "J", "J")
        await annotate(pilot, "fourth", "")
        await pilot.press("K", "K", "K")
        screen.query_one(TabbedContent).active = "tab-notes"
        await settle(pilot)
        screen.query_one(NotesPane).query_one(OptionList).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one(NotePeek).annotation.note == "fourth"
        [sentence] = screen.view.highlights("sentence")
        assert text_of(app, sentence).startswith("While significant differences remain")


async def test_highlights_are_tints_that_keep_the_text_readable(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.view
        await pilot.press("j", "v", "w")
        await settle(pilot)
        base = view.rich_style
        styled = [
            segment.style
            for y in range(view.size.height)
            for segment in view.render_line(y)
            if segment.text.strip() and segment.style and segment.style.bgcolor != base.bgcolor
        ]
        assert styled, "no highlighted text on screen"
        for style in styled:
            assert style.bgcolor != style.color  # never text painted over in its own colour


async def test_mouse_click_and_drag_in_the_reader(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.view
        line = next(y for y in range(view.size.height) if "The talks come" in view.line_text(y))
        left = view.styles.padding.left + 2  # the padding, then the note margin
        column = view.line_text(line).index("critical")
        await pilot.click(view, offset=(left + column, line))
        await settle(pilot)
        [sentence] = view.highlights("sentence")
        assert text_of(app, sentence).startswith(SECOND)
        await pilot.mouse_down(view, offset=(left + column + 2, line))
        await pilot.mouse_up(view, offset=(left + column + 10, line))
        await settle(pilot)
        [selected] = view.highlights("selection")
        assert text_of(app, selected) == "critical moment"


# -- nothing lost: quitting over an open note, undo after leaving the article ------------


async def test_quitting_over_an_unsaved_note_asks_first(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "a")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        await pilot.press(*"half a thought")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app._exit and "not saved" in screen_text(app)
        await pilot.press("n")  # keep writing
        await pilot.pause()
        assert app.screen is editor and editor.draft.note == "half a thought"
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")  # discard and quit
        await pilot.pause()
        assert app._exit
    assert library.annotations() == []


async def test_quitting_over_changes_to_a_saved_note_asks_about_the_changes(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await annotate(pilot, "kept", "")
        await pilot.press("enter")  # edit the note under the cursor
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*" and more")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert "Your changes to this note are not saved" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
    assert [a.note for a in library.annotations()] == ["kept"]


async def test_quitting_over_an_untouched_editor_needs_no_question(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "a")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app._exit


async def test_u_takes_back_a_deletion_after_leaving_the_article(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await annotate(pilot, "keep me", "kept")
        [note] = library.annotations()
        await pilot.press("x")  # the note under the cursor
        await settle(pilot)
        assert library.annotations() == []
        await pilot.press("q")  # back to the library ...
        await settle(pilot)
        assert not isinstance(app.screen, ReaderScreen)
        assert app.open_article(seed_id(library))  # ... and into the article again
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert [(a.id, a.note, a.tags) for a in library.annotations()] == [
            (note.id, "keep me", ("kept",))]


def long_article_library(home):
    """A library whose article runs over several screens; (library, its article id)."""
    long_story = "Long Talks\n\n" + "\n\n".join(
        f"Round {n}: negotiators met again and nothing moved." for n in range(1, 121)) + "\n"
    library = open_library(home, long_story)
    return library, next(s.id for s in library.articles() if s.title == "Long Talks")


async def test_note_keys_count_from_the_screen_after_scrolling_away(home):
    library, article_id = long_article_library(home)
    app = reader_app(library, article_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("G")  # the end of the article
        await settle(pilot)
        await pilot.press("k")
        await annotate(pilot, "near the end", "")
        await pilot.press("g")  # back to the top: the note is out of sight
        await settle(pilot)
        top, bottom = screen.view.visible_span()
        [note] = library.annotations()
        assert note.position.start > bottom
        await pilot.press("]")
        await settle(pilot)
        assert screen.query_one(NotePeek).annotation.note == "near the end"
        assert not [n for n in app._notifications if "No note after" in n.message]
    library.close()


async def test_a_writes_on_what_is_on_screen_after_scrolling_away_from_the_cursor(home):
    library, article_id = long_article_library(home)
    app = reader_app(library, article_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("j")  # the cursor near the top ...
        await pilot.press("G")  # ... then the reader goes to the end
        await settle(pilot)
        top, bottom = screen.view.visible_span()
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor)
        start = screen.article.text.index(app.screen.quote)
        assert top <= start <= bottom  # the quote is a sentence the reader can see
        await pilot.press("escape")
    library.close()


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_peek_shows_a_long_passages_whole_note_and_tags_and_leaves_room(library, size):
    app = reader_app(library)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("j", "v", "j", "j", "a")
        await settle(pilot)
        await pilot.press(*"line one", "enter", *"line two", "enter", *"line three", "tab",
                          *"purchases, phase-one", "ctrl+s")
        await settle(pilot)
        peek = screen.query_one(NotePeek)
        assert peek.annotation.note == "line one\nline two\nline three"
        shown = screen_text(app)
        assert "line three" in shown
        assert "#purchases #phase-one" in shown
        assert "“Trade negotiators" in shown  # the passage's start, cut short after it
        tree = screen.query_one("#entities")
        assert tree.region.height >= 5  # the tree above it is still usable


async def test_brackets_visit_two_notes_that_start_on_the_same_sentence(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("j", "j")
        await annotate(pilot, "short", "")
        await pilot.press("v", "j")
        await annotate(pilot, "long", "")
        await pilot.press("J", "J", "J")
        await annotate(pilot, "later", "")
        peek = screen.query_one(NotePeek)
        seen = []
        for key in ("[", "[", "[", "]", "]"):
            await pilot.press(key)
            seen.append(peek.annotation.note if peek.annotation else None)
        assert seen == ["long", "short", "short", "long", "later"]


@pytest.mark.parametrize("how", ["search", "entity"])
async def test_a_after_a_search_or_an_entity_jump_annotates_the_sentence_found(library, how):
    from tradereader.ui.widgets.entity_tree import EntityTree

    app = reader_app(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        if how == "search":
            await pilot.press("slash", *"has countered", "enter")
        else:
            tree = screen.query_one(EntityTree)
            node = next(n for n in tree.root.children[0].children[0].children
                        if n.data and n.data.value == "CHN")  # China, and Beijing
            tree.select_node(node)
            await pilot.pause()
            screen.view.focus()
            beijing = screen.article.text.index("Beijing has countered")
            for _ in range(len(node.data.mentions)):  # n to "… while Beijing has countered"
                if screen.view.highlights("cursor") == [(beijing, beijing + 7)]:
                    break
                await pilot.press("n")
        await pilot.pause()
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.quote.startswith("U.S. officials have voiced frustration")
        assert "Beijing has countered" in app.screen.quote


async def test_the_footer_shows_the_selection_keys_while_selecting(library):
    app = reader_app(library)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)

        def footer() -> str:
            return screen_text(app).splitlines()[-1]

        assert "W/B" not in footer() and "w/b" not in footer()
        await pilot.press("j", "v")
        await settle(pilot)
        assert "W/B Start" in footer() and "w/b End" in footer()
        await pilot.press("W", "escape")
        await settle(pilot)
        assert "W/B" not in footer() and "a Annotate" in footer()


async def test_the_help_explains_both_edges_of_a_selection(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = await open_help(pilot)
        for line in ("W      Start of the selection a word on", "B      Start of the selection",
                     "b      End of the selection a word back (else: page up)"):
            assert line in shown


async def test_g_and_G_take_a_shown_cursor_to_the_first_and_last_sentence(home):
    library, article_id = long_article_library(home)
    app = reader_app(library, article_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        index = screen.cursor.index
        first = index.next_sentence(-1)
        last = index.previous_sentence(len(index.text))
        await pilot.press("j", "J", "J")  # the cursor shown, a few paragraphs down
        await pilot.press("G")
        await settle(pilot)
        assert screen.view.highlights("sentence") == [last]
        await pilot.press("g")
        await settle(pilot)
        assert screen.view.highlights("sentence") == [first]
        await pilot.press("j")
        assert screen.view.highlights("sentence") == [index.next_sentence(first[0])]
    library.close()


async def test_keys_typed_right_after_g_find_the_cursor_moved(home):
    """`g j a` arriving in one burst (typed ahead, sent by tmux): `j` steps from the first
    sentence, so the note is on the second one."""
    from textual import events

    library, article_id = long_article_library(home)
    app = reader_app(library, article_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "J", "J", "J")  # the cursor shown on Round 4
        for key, char in (("g", "g"), ("j", "j"), ("a", "a")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.quote.startswith("Round 2:")
        await pilot.press("escape")
    library.close()


async def test_g_and_G_leave_a_hidden_cursor_where_it_was(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        before = screen.cursor.sentence
        await pilot.press("G")
        await settle(pilot)
        assert screen.cursor.sentence == before  # not taken to the last sentence
        assert screen.view.highlights("sentence") == []
    library.close()
