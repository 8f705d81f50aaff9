"""What a new user ran into in a real terminal: keys that did the wrong thing or nothing."""

from __future__ import annotations

from tradereader.ui.app import make_app
from tradereader.ui.widgets.article_view import ArticleView
from tradereader.ui.widgets.entity_tree import EntityTree
from ui_support import entity_node, fixed_extractor, library_fixture, seed_id, settle

SIZE = (120, 40)

library = library_fixture()


def reader_app(library):
    return make_app(library, open_article=seed_id(library), extractor=fixed_extractor)




async def test_n_follows_an_entity_chosen_after_a_search_and_a_new_search_after_it(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        await pilot.press("slash", *"trade", "enter")
        await pilot.pause()
        matches = view.highlights("match")
        assert len(matches) > 3
        tree = app.screen.query_one(EntityTree)
        node = entity_node(tree, "CHN")
        tree.select_node(node)
        await pilot.pause()
        china = [(m.start, m.end) for m in node.data.mentions]
        assert view.highlights("cursor") == [china[0]]
        view.focus()
        await pilot.press("n")  # the entity chosen last: its next mention, not a match
        assert view.highlights("cursor") == [china[1]]
        await pilot.press("N")
        assert view.highlights("cursor") == [china[0]]
        assert view.highlights("match") == matches  # the search stays highlighted
        await pilot.press("slash", *"trade", "enter")  # a new search: n follows it again
        await pilot.pause()
        current = view.highlights("current-match")
        await pilot.press("n")
        following = view.highlights("current-match")
        assert following != current and following[0] in matches


async def test_enter_or_down_on_the_tab_strip_goes_into_the_tab_shown(library):
    from textual.widgets import TabbedContent, Tabs

    from tradereader.ui.widgets.notes_pane import NotesPane

    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "a", *"a note", "ctrl+s")  # the Notes tab has a list then
        await settle(pilot)
        app.clear_notifications()
        await pilot.press("tab")  # from the article: the tab strip takes the focus first
        await pilot.pause()
        assert isinstance(app.focused, Tabs)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.focused, EntityTree)
        assert not app._notifications  # no "No note here" from the reader
        await pilot.press("shift+tab", "right")  # back on the strip, on to Notes
        await pilot.pause()
        assert app.screen.query_one(TabbedContent).active == "tab-notes"
        await pilot.press("down")
        await pilot.pause()
        assert app.screen.query_one(NotesPane) in app.focused.ancestors_with_self
        await pilot.press("down")  # inside a tab, down is the list's own
        await pilot.pause()
        assert app.screen.query_one(NotesPane) in app.focused.ancestors_with_self


async def test_up_from_the_first_row_of_the_entities_goes_back_to_the_tab_strip(library):
    from textual.widgets import TabbedContent, Tabs

    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "down")  # the strip, then into the Entities tree
        await pilot.pause()
        tree = app.focused
        assert isinstance(tree, EntityTree)
        assert tree.cursor_line == 0  # the cursor shows on the first row at once
        await pilot.press("down", "down", "down")
        await pilot.pause()
        row = tree.cursor_line
        assert row >= 2
        await pilot.press("up")  # inside the tree, up is the tree's own
        await pilot.pause()
        assert app.focused is tree and tree.cursor_line == row - 1
        await pilot.press(*["up"] * (row - 1))  # to the first row, still in the tree
        await pilot.pause()
        assert app.focused is tree and tree.cursor_line == 0
        await pilot.press("up")  # from the first row: out to the strip
        await pilot.pause()
        assert isinstance(app.focused, Tabs)
        await pilot.press("right")
        await pilot.pause()
        assert app.screen.query_one(TabbedContent).active == "tab-notes"


async def test_up_from_the_first_row_of_the_notes_and_tags_lists_goes_back_out(library):
    from textual.widgets import OptionList, TabbedContent, Tabs

    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for words in ("first", "second"):  # two notes with a tag: two rows in each list
            await pilot.press("j", "a", *words, "tab", *"kept", "ctrl+s")
            await settle(pilot)
        tabs = app.screen.query_one(TabbedContent)
        await pilot.press("tab", "right", "down")  # the strip, the Notes tab, its list
        await pilot.pause()
        notes = app.focused
        assert tabs.active == "tab-notes" and isinstance(notes, OptionList)
        notes.highlighted = 1  # the second note
        await pilot.press("up")  # inside the list, up is the list's own
        await pilot.pause()
        assert app.focused is notes and notes.highlighted == 0
        await pilot.press("up")  # from the first row: out to the strip (it wrapped before)
        await pilot.pause()
        assert isinstance(app.focused, Tabs) and notes.highlighted == 0
        await pilot.press("right", "down")  # the Tags tab: its tags, Enter lists the notes
        await pilot.pause()
        assert tabs.active == "tab-tags" and app.focused.id == "tags-list"
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused.id == "tag-notes" and app.focused.option_count == 2
        await pilot.press("up")  # the first of the tag's notes: up to the tags above
        await pilot.pause()
        assert app.focused.id == "tags-list"
        await pilot.press("up")
        await pilot.pause()
        assert isinstance(app.focused, Tabs)


async def test_the_help_says_how_to_close_it_and_closes_with_each_key(library):
    from tradereader.ui.screens.help import HelpScreen
    from ui_support import screen_text

    app = reader_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in ("escape", "q", "question_mark"):
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            assert "Esc, q or ? closes this help" in screen_text(app)  # in view at 80x24
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, HelpScreen)


async def test_the_which_highlight_dialog_says_what_enter_does_and_how_to_cancel(library):
    from tradereader.ui.screens.lexicon_list import MentionChoiceDialog
    from ui_support import screen_text

    app = reader_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "X")  # the first sentence holds several highlights
        await pilot.pause()
        assert isinstance(app.screen, MentionChoiceDialog)
        shown = " ".join(screen_text(app).split())
        assert "Enter: never highlight that phrase as that kind again" in shown
        assert "Esc: cancel" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, MentionChoiceDialog)
    assert library.lexicon() == []


async def test_one_mention_is_counted_in_the_singular(home):
    from tradereader.ui.widgets.sidebar import Sidebar
    from ui_support import open_library, pause_until

    library = open_library(home, "Steel talks\n\nThey spoke about tariffs only.\n")
    article = next(s for s in library.articles() if s.title == "Steel talks")
    app = make_app(library, open_article=article.id, extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await pause_until(pilot, lambda: app.screen.query(Sidebar) and
                          app.screen.query_one(Sidebar).built)
        await settle(pilot)
        status = str(app.screen.query_one("#entities-status").render())
        assert status == "1 mention"
    library.close()


def test_a_pasted_path_is_read_as_the_path_it_names(tmp_path):
    from tradereader.ui.screens.dialogs import pasted_path

    story = tmp_path / "a story.txt"
    story.write_text("x", encoding="utf-8")
    for pasted in (f"'{story}'", f'"{story}"', str(story).replace(" ", "\\ "),
                   f"file://{str(story).replace(' ', '%20')}", f"  '{story}' "):
        assert pasted_path(pasted) == story, pasted
    odd = tmp_path / "'quoted'"  # a name with quotes of its own is kept when it exists
    odd.write_text("x", encoding="utf-8")
    assert pasted_path(str(odd)) == odd


async def test_a_file_dragged_onto_the_import_dialog_is_imported(library, tmp_path):
    from tradereader.ui.screens.dialogs import ImportDialog
    from tradereader.ui.screens.library import LibraryScreen

    story = tmp_path / "steel quotas.txt"  # a terminal pastes it as '/…/steel quotas.txt'
    story.write_text("Steel Quotas Return\n\nThe ministry set new steel quotas.\n", "utf-8")
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportDialog)
        await pilot.press(*f"'{story}' ", "enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
    assert "Steel Quotas Return" in [s.title for s in library.articles()]


async def test_a_quoted_folder_in_the_export_dialog_gets_the_default_file(library, tmp_path):
    from textual.widgets import Input

    from tradereader.ui.screens.export_dialog import ExportDialog

    folder = tmp_path / "my exports"
    folder.mkdir()
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#export-path", Input).value = f"'{folder}/'"
        await pilot.click("#export")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
    written = list(folder.iterdir())
    assert len(written) == 1 and written[0].suffix == ".md"


async def test_brackets_in_an_article_without_notes_say_it_has_none(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("right_square_bracket", "left_square_bracket"):
            app.clear_notifications()
            await pilot.press(key)
            await pilot.pause()
            said = [n.message for n in app._notifications]
            assert said == ["This article has no notes yet: press a to write one."], said


async def test_the_library_filter_runs_once_typing_pauses_not_on_every_key(home, monkeypatch):
    import tradereader.ui.screens.library
    from tradereader.ui.screens.library import LibraryScreen
    from ui_support import open_library

    # a longer pause than the app's (0.12 s): a busy machine may stall that long between
    # two keys the test types, which a person typing would see as a pause too
    delay = 1.0
    monkeypatch.setattr(tradereader.ui.screens.library, "FILTER_DELAY", delay)
    runs = []
    original = LibraryScreen.refresh_table

    def counted(self, *args, **kwargs):
        runs.append(self.query_one("#filter").value)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(LibraryScreen, "refresh_table", counted)
    library = open_library(home, "Farm Subsidies Dominate Geneva Round\n\nDairy quotas.\n")
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#articles")
        assert table.row_count == 2
        runs.clear()
        await pilot.press("slash", *"truce")  # each pass searches every article's text
        await pilot.pause(delay + 0.2)
        assert runs == ["truce"] and table.row_count == 1
        await pilot.press("escape", "slash", *"dairy", "enter")  # Enter filters at once
        assert runs[-1] == "dairy" and table.row_count == 1
        await pilot.press("escape")  # as Esc clears at once
        assert runs[-1] == "" and table.row_count == 2
    library.close()


async def test_an_80_column_reader_footer_shows_the_help_key(library):
    from tradereader.ui.screens.help import HelpScreen
    from ui_support import screen_text

    app = reader_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "? Help" in footer, footer
        assert footer.count("Help") == 1
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = " ".join(str(b.render()) for b in app.screen.query(".help-keys"))
        assert help_text.count("This help") == 1  # listed once, under Everywhere


async def test_opening_an_article_whose_notes_lost_their_passage_says_so_once(home):
    from dataclasses import replace

    from tradereader.anchoring import make_selectors
    from tradereader.model import Annotation
    from tradereader.ui.screens.library import LibraryScreen
    from ui_support import open_library

    library = open_library(home)
    article = library.get_article(seed_id(library))
    start = article.text.index("Geneva")
    quote, position = make_selectors(article.text, start, start + 6)
    note = library.add_annotation(Annotation(id="", article_id=article.id, quote=quote,
                                             position=position, note="venue"))
    library.update_annotation(replace(note, orphaned=True))  # as after the text changed
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        said = [n.message for n in app._notifications if n.title == "Orphaned notes"]
        assert said == ["1 note lost its passage when this article's text changed. "
                        "Notes lists it with ⚠, quote and note kept."]
        app.clear_notifications()
        await pilot.press("q")  # to the library, and back: said once a session
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert not [n for n in app._notifications if n.title == "Orphaned notes"]
    library.close()
