"""Pilot tests of the reader screen: text, scrolling, search, entities, keys, position."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TabbedContent

from tradereader.model import Mention
from tradereader.ui.app import make_app
from tradereader.ui.screens.library import LibraryScreen
from tradereader.ui.screens.reader import ReaderScreen, find_matches, inside
from tradereader.ui.widgets.article_view import ArticleView
from tradereader.ui.widgets.entity_tree import EntityTree
from ui_support import (
    fixed_extractor,
    library_fixture,
    open_help,
    open_library,
    run_palette_command,
    screen_text,
    seed_id,
    settle,
    wait_until,
)

SIZE = (120, 40)


library = library_fixture()


def reader_app(library, extractor=fixed_extractor, article_id=None):
    return make_app(library, open_article=article_id or seed_id(library), extractor=extractor)


def view_of(app) -> ArticleView:
    return app.screen.query_one(ArticleView)


async def test_opens_on_the_article_with_its_header(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        shown = screen_text(app)
        assert "US-China Trade Talks Resume as Hopes Rise for Truce Extension" in shown
        assert "Ian Maleve" in shown
        assert "Trade negotiators from the United States" in shown
        assert "Entities" in shown and "Notes" in shown and "Tags" in shown


async def test_lines_fit_the_pane_and_rewrap_on_resize(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = view_of(app)
        wide = view.line_count
        assert all(0 < len(line) <= view.size.width for line in view.visible_text() if line)
        await pilot.resize_terminal(80, 40)
        await settle(pilot)
        assert view.line_count > wide
        assert all(len(line) <= view.size.width for line in view.visible_text())
        assert view.visible_text()[0].startswith("Trade negotiators")


async def test_paragraphs_are_separated_by_one_blank_line(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lines = view_of(app).visible_text()
        first_blank = lines.index("")
        assert lines[first_blank - 1].endswith("economies.")
        assert lines[first_blank + 1].startswith("The talks come")


async def test_page_down_space_and_ends_move_the_view(library):
    app = reader_app(library)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        view = view_of(app)
        await pilot.press("pagedown")
        after_one = view.scroll_y
        assert after_one >= view.size.height - 1
        await pilot.press("space")
        assert view.scroll_y > after_one
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y > 0
        assert "in the year." in "".join(view.visible_text())
        await pilot.press("home")
        await pilot.press("down", "down")
        assert view.scroll_y == 2


async def test_search_highlights_every_match_and_n_moves(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"trade", "enter")
        await pilot.pause()
        view = view_of(app)
        text = app.screen.article.text
        expected = inside(find_matches(text, "trade"), app.screen.paragraphs)
        body = text[app.screen.paragraphs[0][0]:]
        assert len(expected) == body.lower().count("trade") > 3
        assert view.highlights("match") == expected
        assert view.highlights("current-match") == [expected[0]]
        await pilot.press("n")
        assert view.highlights("current-match") == [expected[1]]
        await pilot.press("N", "N")
        assert view.highlights("current-match") == [expected[-1]]
        await pilot.press("escape")
        assert view.highlights("match") == []


async def test_search_without_match_says_so(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zebra", "enter")
        await pilot.pause()
        assert view_of(app).highlights("match") == []
        assert any("No match" in n.message for n in app._notifications)


async def test_search_moves_the_view_to_a_far_match(home: Path):
    body = "\n\n".join(f"Paragraph {i} about farm subsidies and quotas." for i in range(400))
    library = open_library(home, "A long report\n\n" + body + "\n\nThe needle is here.\n")
    try:
        article_id = next(s.id for s in library.articles() if s.title == "A long report")
        app = reader_app(library, article_id=article_id)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            view = view_of(app)
            assert view.scroll_y == 0
            await pilot.press("slash", *"needle", "enter")
            await pilot.pause()
            assert any("needle" in line for line in view.visible_text())
            assert view.scroll_y > 100
    finally:
        library.close()


async def test_entities_tree_groups_and_counts(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        tree = app.screen.query_one(EntityTree)
        labels = [str(node.label) for node in _walk(tree.root)]
        assert any(label.startswith("Actors (") for label in labels)
        assert "Countries" in labels and "Governments" in labels
        china = next(label for label in labels if " CHN" in label)
        mentions = fixed_extractor(app.screen.article.text, None, [])
        count = len(mentions)
        assert china.split()[0] == str(sum(1 for m in mentions if m.value == "CHN"))
        assert f"{count} mentions" in screen_text(app)
        assert view_of(app).highlights("actor")
        countries = next(n for n in _walk(tree.root) if str(n.label) == "Countries")
        counts = [len(child.data.mentions) for child in countries.children]
        assert counts == sorted(counts, reverse=True) and len(counts) == 2


def _walk(node):
    for child in node.children:
        yield child
        yield from _walk(child)


async def test_choosing_an_entity_jumps_and_n_cycles_with_why(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        tree = screen.query_one(EntityTree)
        node = next(n for n in _walk(tree.root) if n.data and n.data.value == "CHN")
        tree.select_node(node)
        await pilot.pause()
        spans = [(m.start, m.end) for m in node.data.mentions]
        view = view_of(app)
        assert view.highlights("entity") == spans
        assert view.highlights("cursor") == [spans[0]]
        assert "why: test lexicon" in str(screen.query_one("#why").render())
        view.focus()
        await pilot.press("n")
        assert view.highlights("cursor") == [spans[1]]
        await pilot.press("N")
        assert view.highlights("cursor") == [spans[0]]


async def test_number_keys_toggle_highlight_kinds(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = view_of(app)
        shown = _style_of(view, "United States")
        await pilot.press("1")
        assert not view.is_role_visible("actor")
        assert _style_of(view, "United States") != shown
        assert _style_of(view, "United States") == view.rich_style
        await pilot.press("1")
        assert _style_of(view, "United States") == shown
        await pilot.press("2", "3")
        assert not view.is_role_visible("issue") and not view.is_role_visible("date")


async def test_a_kind_switched_off_shows_its_rows_in_the_tree_dimmed(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        tree = app.screen.query_one(EntityTree)
        await pilot.press("1")
        await pilot.pause()
        assert _tree_row_dim(tree, "Actors (") and _tree_row_dim(tree, " CHN")
        assert not _tree_row_dim(tree, "Issues (") and not _tree_row_dim(tree, "Dates (")
        await pilot.press("1", "3")
        await pilot.pause()
        assert not _tree_row_dim(tree, " CHN") and _tree_row_dim(tree, "Dates (")


def _tree_row_dim(tree: EntityTree, phrase: str) -> bool:
    """Whether the tree row holding `phrase` is drawn dim (its words, not the guides)."""
    for y in range(tree.size.height):
        segments = list(tree.render_line(y))
        if phrase in "".join(segment.text for segment in segments):
            words = [s for s in segments if s.text.strip(" ▼▶├└│─") and s.style]
            return bool(words) and all(s.style.dim for s in words)
    raise AssertionError(f"{phrase!r} is not in the tree")


def _style_of(view: ArticleView, phrase: str):
    """The style of the first visible segment holding `phrase`."""
    for y in range(view.size.height):
        for segment in view.render_line(y):
            if phrase in segment.text:
                return segment.style
    raise AssertionError(f"{phrase!r} is not on screen")


async def test_extraction_unavailable_is_said_in_the_tab(library):
    def missing(text, published, lexicon):
        raise ImportError("no extract yet")

    app = reader_app(library, extractor=missing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Extraction is unavailable" in screen_text(app)
        assert "Trade negotiators" in screen_text(app)


async def test_help_lists_the_keys_and_closes(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_help(pilot)
        shown = screen_text(app)
        for words in ("Page down", "Search", "Next", "Actors", "Back", "Top", "Bottom"):
            assert words in shown
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_q_goes_back_and_the_position_is_remembered(library):
    article_id = seed_id(library)
    app = reader_app(library)
    async with app.run_test(size=(100, 16)) as pilot:
        await settle(pilot)
        await pilot.press("pagedown")
        top = view_of(app).top_offset
        assert top > 0
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert library.get_article(article_id).position == top
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert view_of(app).top_offset == top


async def test_position_is_saved_on_quit(library):
    article_id = seed_id(library)
    app = reader_app(library)
    async with app.run_test(size=(100, 16)) as pilot:
        await settle(pilot)
        await pilot.press("pagedown", "pagedown")
        top = view_of(app).top_offset
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert top > 0 and library.get_article(article_id).position == top


async def test_tab_moves_focus_between_panes_and_tabs_click(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.focused is view_of(app)
        await pilot.press("tab")
        assert app.focused is not view_of(app)
        await pilot.click("#--content-tab-tab-notes")
        await pilot.pause()
        assert app.screen.query_one(TabbedContent).active == "tab-notes"
        assert "No notes yet" in screen_text(app)


async def test_palette_command_toggles_highlights(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await run_palette_command(pilot, "Toggle actor")
        await pilot.pause()
        assert not view_of(app).is_role_visible("actor")


async def test_a_note_written_in_the_reader_is_stored_and_listed(library):
    from tradereader.ui.widgets.note_editor import NoteEditor

    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"check this", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        notes = library.annotations(seed_id(library))
        assert [n.note for n in notes] == ["check this"]
        assert notes[0].quote.exact.startswith("Trade negotiators")
        assert view_of(app).highlights("note") == [(notes[0].position.start,
                                                    notes[0].position.end)]


SLOW_APP = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from ui_support import open_library, seed_id
from tradereader.model import Mention
from tradereader.ui.app import make_app

def slow(text, published, lexicon):
    time.sleep(60)
    return []

async def quit_soon(pilot):
    await pilot.pause(0.3)
    await pilot.press("pagedown", "ctrl+q")

library = open_library(Path(sys.argv[1]))
make_app(library, open_article=seed_id(library), extractor=slow).run(
    headless=True, size=(120, 40), auto_pilot=quit_soon)
library.close()
print("exited")
"""


def test_quitting_does_not_wait_for_a_slow_extraction(home: Path):
    import subprocess
    import sys
    import time

    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", SLOW_APP, str(home), str(Path(__file__).parent)],
                          capture_output=True, text=True, timeout=50)
    assert done.returncode == 0, done.stderr
    assert "exited" in done.stdout
    assert time.perf_counter() - started < 20


async def test_escape_cancels_a_selection_before_clearing_the_search(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = view_of(app)
        # the search puts the sentence cursor on the first match's sentence: v selects there
        await pilot.press("slash", *"trade", "enter", "v", "w")
        await pilot.pause()
        assert view.highlights("sentence") and view.highlights("selection")
        shown = _style_of(view, "high-level")
        assert shown != view.rich_style  # the cursor sentence is drawn
        await pilot.press("escape")
        assert view.highlights("selection") == [] and view.highlights("match")
        await pilot.press("escape")
        assert view.highlights("match") == []


def test_search_treats_straight_and_curly_quotes_and_dashes_alike():
    text = "China’s shortfall — the US–China “phase one” deal. China's too."
    assert find_matches(text, "china's") == [(0, 7), (51, 58)]
    assert find_matches(text, "China’s") == [(0, 7), (51, 58)]
    assert find_matches(text, "us-china") == [(24, 32)]
    assert find_matches(text, '"phase one"') == [(33, 44)]
    assert find_matches(text, "a.b") == []  # other characters stay literal


async def test_a_read_only_library_says_so_in_the_reader_header(library, home):
    from tradereader.store import Library

    article_id = seed_id(library)
    with Library.open(home, readonly=True) as readonly:
        app = make_app(readonly, open_article=article_id, extractor=fixed_extractor)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert "read-only: notes cannot be saved" in screen_text(app)
    app = reader_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "read-only" not in screen_text(app)


def test_help_writes_keys_as_people_type_them():
    from tradereader.ui.screens.help import key_label

    assert key_label("left_square_bracket") == "["
    assert key_label("right_square_bracket") == "]"
    assert key_label("ctrl+s") == "Ctrl+S"
    assert key_label("pagedown,b") == "PgDn / b"
    assert key_label("question_mark") == "?"


async def test_the_footer_says_what_enter_does_while_the_entity_tree_has_the_focus(library):
    app = reader_app(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "Show its mentions" not in footer
        app.screen.query_one(EntityTree).focus()
        await pilot.pause()
        assert "Show its mentions" in screen_text(app).splitlines()[-1]


async def test_an_80_column_terminal_keeps_most_of_the_width_and_the_note_keys(library):
    from tradereader.ui.widgets.sidebar import Sidebar

    app = reader_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        sidebar = app.screen.query_one(Sidebar).size.width
        assert 28 <= sidebar <= 31 and view_of(app).size.width >= 44  # (border aside)
        footer = screen_text(app).splitlines()[-1]
        for key in ("Back", "Search", "Export", "Select", "Annotate"):
            assert key in footer
    async with reader_app(library).run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        assert pilot.app.screen.query_one(Sidebar).size.width <= 57  # names fit, no more


LONG_TITLE = "Trade Ministers From Forty Nations Gather In Geneva To Argue About Fishing Subsidies"
LONG_NAME = "Standing Committee On Agricultural Market Access And Export Subsidies"


def long_name_extractor(text: str, published, lexicon) -> list[Mention]:
    """The seed's fixed mentions plus one institution with a long name."""
    start = text.index(LONG_NAME)
    long_one = Mention(start, start + len(LONG_NAME), LONG_NAME, "actor", "institution",
                       LONG_NAME, why="test")
    return sorted([*fixed_extractor(text, published, lexicon), long_one], key=lambda m: m.start)


def region_lines(app, widget) -> list[str]:
    """The terminal's lines in `widget`'s region, trailing spaces dropped."""
    region = widget.region
    lines = screen_text(app).splitlines()[region.y:region.bottom]
    return [line[region.x:region.right].rstrip() for line in lines]


async def test_a_long_title_and_a_long_entity_name_end_with_an_ellipsis(home: Path):
    from textual.widgets import Label

    library = open_library(home, f"{LONG_TITLE}\n\nThe {LONG_NAME} met China.\n")
    try:
        article_id = next(s.id for s in library.articles() if s.title == LONG_TITLE)
        app = reader_app(library, long_name_extractor, article_id)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            title = region_lines(app, app.screen.query_one("#title", Label))[0]
            assert title.endswith("…") and LONG_TITLE.startswith(title[:-1])
            tree = app.screen.query_one(EntityTree)
            row = next(line for line in region_lines(app, tree) if "Standing" in line)
            assert row.endswith("…") and LONG_NAME.startswith(row.split("1 ", 1)[1][:-1])
            assert tree.virtual_size.width <= tree.scrollable_content_region.width
    finally:
        library.close()


async def test_the_entities_tree_never_scrolls_sideways(library):
    """Its labels are cut to the pane: no horizontal scrollbar takes its last row (one
    showed on the seed at 140 columns, a width measured before the pane's own)."""
    app = make_app(library, open_article=seed_id(library))  # the engine's own mentions
    async with app.run_test(size=(140, 42)) as pilot:
        await settle(pilot)
        tree = app.screen.query_one(EntityTree)
        await wait_until(pilot, lambda: tree.last_line > 10)
        assert not tree.show_horizontal_scrollbar


async def test_a_search_for_brackets_is_said_as_typed(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"[/]x", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert "No match for “[/]x”." in screen_text(app)


async def test_the_highlight_legend_moves_an_item_to_a_second_line_rather_than_cut_it(library):
    app = reader_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await pilot.pause()
        legend = app.screen.query_one("#legend")
        shown = " ".join(region_lines(app, legend))
        for item in ("1 actors ✓", "2 issues ✓", "3 dates ✗"):
            assert item in shown
        assert legend.size.height == 2
        await pilot.resize_terminal(140, 40)
        await settle(pilot)
        assert legend.size.height == 1
        assert "1 actors ✓   2 issues ✓   3 dates ✗" in region_lines(app, legend)[0]


async def test_an_entity_only_in_the_title_says_so_instead_of_showing_nothing(home: Path):
    text = "Steel Talks With China Stall\n\nBy Ann Writer\n\nMinisters argued about tariffs in Washington.\n"
    library = open_library(home, text)
    try:
        article_id = next(s.id for s in library.articles() if s.title.startswith("Steel"))
        app = reader_app(library, article_id=article_id)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = app.screen
            tree = screen.query_one(EntityTree)
            chosen = {}
            for value in ("CHN", "USA"):
                node = next(n for n in _walk(tree.root) if n.data and n.data.value == value)
                tree.select_node(node)
                await pilot.pause()
                chosen[value] = str(screen.query_one("#why").render())
            assert "1/1  “China”  (in the title)" in chosen["CHN"]
            assert "title" not in chosen["USA"]
    finally:
        library.close()


async def test_help_lists_the_sidebars_keys(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        sections = dict(app.screen.sections)
        sidebar = "\n".join(f"{keys} {what}" for keys, what in sections["Sidebar"])
        for words in ("Enter Entities", "Enter Notes", "x Notes", "Enter Tags", "r Tags"):
            assert words in sidebar
        assert "drag" in "\n".join(what for _, what in sections["Everywhere"])


async def test_the_footer_ends_with_the_palette_key_even_when_its_keys_are_cut(library):
    app = reader_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one(EntityTree).focus()  # "⏎ Show its mentions" first: keys cut
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert footer.rstrip().endswith("▏^p Commands"), footer


async def test_an_empty_search_clears_the_matches_without_a_warning(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"trade", "enter")
        await pilot.pause()
        assert view_of(app).highlights("match")
        app.clear_notifications()
        await pilot.press("slash", "end", "ctrl+u", "enter")  # the box emptied
        await pilot.pause()
        assert view_of(app).highlights("match") == []
        assert view_of(app).highlights("current-match") == []
        assert not any("No match" in n.message for n in app._notifications)


async def test_entity_counts_of_a_thousand_and_more_keep_the_names_in_one_column(home: Path):
    body = " ".join(["China spoke."] * 1200)
    library = open_library(home, f"Many Mentions\n\n{body} The United States listened.\n")
    try:
        article_id = next(s.id for s in library.articles() if s.title == "Many Mentions")
        app = reader_app(library, article_id=article_id)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            lines = screen_text(app).splitlines()
            china = next(line for line in lines if "CHN" in line)
            usa = next(line for line in lines if "USA" in line)
            assert "1200 CHN" in china
            assert china.index("CHN") == usa.index("USA")
    finally:
        library.close()


async def test_a_cut_title_shows_whole_when_the_mouse_rests_on_it(home: Path):
    library = open_library(home, f"{LONG_TITLE}\n\nThe {LONG_NAME} met China.\n")
    try:
        article_id = next(s.id for s in library.articles() if s.title == LONG_TITLE)
        app = reader_app(library, long_name_extractor, article_id)
        async with app.run_test(size=(80, 24), tooltips=True) as pilot:
            await settle(pilot)
            assert "Fishing Subsidies" not in screen_text(app)
            await pilot.hover("#title")
            await wait_until(pilot, lambda: "Fishing Subsidies" in screen_text(app))
            assert "Fishing Subsidies" in screen_text(app)
    finally:
        library.close()
