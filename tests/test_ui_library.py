"""Pilot tests of the library screen: table, filter, open, import dialog, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from tradereader import ingest
from tradereader.anchoring import make_selectors
from tradereader.errors import LibraryWriteFailed
from tradereader.model import Annotation
from tradereader.store import Library
from tradereader.ui.app import make_app
from tradereader.ui.screens.dialogs import ConfirmDialog, ImportDialog
from tradereader.ui.screens.library import FILTER_DELAY, LibraryScreen
from tradereader.ui.screens.reader import ReaderScreen
from ui_support import (
    fixed_extractor,
    library_fixture,
    open_help,
    open_library,
    run_palette_command,
    screen_text,
    seed_id,
    settle,
)

FILTER_PAUSE = FILTER_DELAY + 0.5  # the filter runs once typing pauses (margin: a busy CI machine)

SIZE = (120, 40)
OTHER = "Farm Subsidies Dominate Geneva Round\n\nMinisters argued about dairy quotas.\n"


library = library_fixture(OTHER)


def library_app(library):
    return make_app(library, extractor=fixed_extractor)


def titles(app) -> list[str]:
    """The full titles of the articles listed, in the table's order."""
    table = app.screen.query_one(DataTable)
    keys = [table.coordinate_to_cell_key((row, 0)).row_key.value for row in range(table.row_count)]
    return [app.library.get_article(key).title for key in keys]


def titles_shown(app) -> list[str]:
    """The title cells as the table holds them (cut to the column's width)."""
    table = app.screen.query_one(DataTable)
    return [str(table.get_row_at(row)[0]) for row in range(table.row_count)]


def add_note(library, article_id: str) -> None:
    article = library.get_article(article_id)
    start = article.text.index("Ministers")
    quote, position = make_selectors(article.text, start, start + 9)
    library.add_annotation(Annotation(id="n1", article_id=article_id, quote=quote,
                                      position=position, note="who?"))


def region_text(app, widget) -> str:
    """The text the terminal shows in `widget`'s region, its lines joined by spaces."""
    region = widget.region
    lines = screen_text(app).splitlines()[region.y:region.bottom]
    return " ".join(line[region.x:region.right].strip() for line in lines).strip()


def other_id(library) -> str:
    return next(s.id for s in library.articles() if s.title.startswith("Farm"))


async def test_table_lists_every_article_with_its_columns(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert sorted(titles(app)) == sorted(s.title for s in library.articles())
        table = app.screen.query_one(DataTable)
        labels = [str(column.label) for column in table.columns.values()]
        assert labels == ["Title", "Source", "Published", "Notes", "Tags", "Last opened"]


async def test_filter_narrows_by_title_and_by_text(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"geneva round")
        await pilot.pause(FILTER_PAUSE)
        assert titles(app) == ["Farm Subsidies Dominate Geneva Round"]
        app.screen.query_one("#filter", Input).value = "dairy quotas"
        await pilot.pause(FILTER_PAUSE)
        assert titles(app) == ["Farm Subsidies Dominate Geneva Round"]
        app.screen.query_one("#filter", Input).value = "intellectual property"
        await pilot.pause(FILTER_PAUSE)
        assert titles(app) == ["US-China Trade Talks Resume as Hopes Rise for Truce Extension"]
        await pilot.press("escape")
        assert len(titles(app)) == 2


async def test_filter_finds_notes(library):
    add_note(library, other_id(library))
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one("#filter", Input).value = "who?"
        await pilot.pause(FILTER_PAUSE)
        assert titles(app) == ["Farm Subsidies Dominate Geneva Round"]


async def test_enter_opens_the_selected_article(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        row = titles(app).index("Farm Subsidies Dominate Geneva Round")
        app.screen.query_one(DataTable).move_cursor(row=row)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == other_id(library)
        assert library.get_article(other_id(library)).opened


async def test_import_dialog_imports_a_file(library, tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text("Steel Quotas Return\n\nThe ministry set new steel quotas.\n", "utf-8")
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportDialog)
        await pilot.press(*str(story), "enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert library.article_count() == 3
        assert "Steel Quotas Return" in titles(app)


async def _import_a_story_through_the_dialog(library, tmp_path: Path) -> tuple[list[str], list]:
    """Import a story we write through the import dialog: what the app said, and the
    titles listed afterwards."""
    story = tmp_path / "story.txt"
    story.write_text("Steel Quotas Return\n\nThe ministry set new steel quotas.\n", "utf-8")
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i", *str(story), "enter")
        await settle(pilot)
        await pilot.pause(0.2)
        return [n.message for n in app._notifications], titles(app)


async def test_a_failed_write_on_import_is_said_and_nothing_is_stored(
        library, tmp_path: Path, monkeypatch):
    def full_disk(articles):
        raise LibraryWriteFailed("could not save the library (No space left on device)")

    monkeypatch.setattr(library, "add_articles", full_disk)
    said, listed = await _import_a_story_through_the_dialog(library, tmp_path)
    assert any("No space left" in message for message in said)
    assert library.article_count() == 2 and "Steel Quotas Return" not in listed


async def test_an_unexpected_failure_of_the_import_worker_is_said(library, tmp_path, monkeypatch):
    def broken(self, notes_files):
        raise RuntimeError("boom")

    monkeypatch.setattr(LibraryScreen, "_attach_notes", broken)
    said, _listed = await _import_a_story_through_the_dialog(library, tmp_path)
    assert any("The import failed: boom" in message for message in said)


async def test_a_bad_path_keeps_the_import_dialog_open_with_the_reason(library, tmp_path):
    missing = str(tmp_path / "nope.txt")
    story = tmp_path / "story.txt"
    story.write_text("Steel Quotas Return\n\nThe ministry set new steel quotas.\n", "utf-8")
    app = library_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("i", *missing, "enter")
        await settle(pilot)
        assert isinstance(app.screen, ImportDialog)
        assert app.screen.query_one("#import-path", Input).value == missing
        status = region_text(app, app.screen.query_one("#import-status"))
        # a long path folds where the line ends, inside a word: the name read without spaces
        assert "Not imported" in status and "no such file" in status
        assert "nope.txt" in status.replace(" ", "")
        assert library.article_count() == 2
        app.screen.query_one("#import-path", Input).value = str(story)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert "Steel Quotas Return" in titles(app)


async def test_a_folder_with_nothing_importable_keeps_the_dialog_open(library, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i", *str(empty), "enter")
        await settle(pilot)
        assert isinstance(app.screen, ImportDialog)
        assert "Not imported" in region_text(app, app.screen.query_one("#import-status"))
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert library.article_count() == 2


async def test_import_dialog_escape_cancels(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i", "escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert library.article_count() == 2


async def _select(app, pilot, title: str) -> None:
    app.screen.query_one(DataTable).move_cursor(row=titles(app).index(title))
    await pilot.pause()


async def test_delete_asks_first(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _select(app, pilot, "Farm Subsidies Dominate Geneva Round")
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert library.article_count() == 2
        await pilot.press("d", "y")
        await settle(pilot)
        assert library.article_count() == 1
        assert titles(app) == [library.get_article(seed_id(library)).title]


async def test_delete_with_notes_asks_twice(library):
    article_id = other_id(library)
    add_note(library, article_id)
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _select(app, pilot, "Farm Subsidies Dominate Geneva Round")
        await pilot.press("d", "y")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert library.get_article(article_id) is not None
        await pilot.press("d", "y", "y")
        await settle(pilot)
        assert library.get_article(article_id) is None
        assert library.annotations(article_id) == []


async def test_q_quits(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit


async def test_palette_imports_from_the_reader(library, tmp_path: Path):
    story = tmp_path / "wheat.txt"
    story.write_text("Wheat Talks Stall\n\nExporters waited for news.\n", "utf-8")
    app = make_app(library, open_article=seed_id(library), extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await run_palette_command(pilot, "Import a file")
        await settle(pilot)
        assert isinstance(app.screen, ImportDialog)
        await pilot.press(*str(story), "enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert "Wheat Talks Stall" in titles(app)


async def test_clicking_a_row_opens_it(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        row = titles(app).index("Farm Subsidies Dominate Geneva Round")
        offset = (5, row + 1)  # below the header row
        await pilot.click("#articles", offset=offset)
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == other_id(library)


async def test_help_lists_the_library_keys(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = await open_help(pilot)
        for words in ("Import", "Delete", "Filter", "Quit", "Open the article", "Next article"):
            assert words in shown


SEED_TITLE = "US-China Trade Talks Resume as Hopes Rise for Truce Extension"


def add_seed_notes(library, count: int) -> None:
    article = library.get_article(seed_id(library))
    for number in range(count):
        start = article.text.index("China", 200 * number)
        quote, position = make_selectors(article.text, start, start + 5)
        library.add_annotation(Annotation(id=f"s{number}", article_id=article.id, quote=quote,
                                          position=position, note="why?"))


def question_shown(app) -> str:
    assert isinstance(app.screen, ConfirmDialog), type(app.screen).__name__
    question = app.screen.query_one(".dialog-question")
    assert app.screen.region.contains_region(question.region)
    return region_text(app, question)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_delete_questions_are_shown_whole_with_the_note_count(library, size):
    add_seed_notes(library, 2)
    app = library_app(library)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await _select(app, pilot, SEED_TITLE)
        await pilot.press("d")
        await pilot.pause()
        assert question_shown(app) == f"Delete “{SEED_TITLE}”?"
        await pilot.press("y")
        await pilot.pause()
        assert question_shown(app) == f"“{SEED_TITLE}” has 2 notes. Delete them too?"
        await pilot.press("n")
        await settle(pilot)
        assert library.get_article(seed_id(library)) is not None


def column_widths_shown(app) -> dict[str, int]:
    table = app.screen.query_one(DataTable)
    return {str(key.value): column.get_render_width(table) for key, column in table.columns.items()}


async def test_title_column_takes_the_spare_width_and_follows_resizes(library, tmp_path):
    long_title = "Farm Subsidies Dominate Geneva Round While Fishing Rights Wait Another Year"
    story = tmp_path / "long.txt"
    story.write_text(f"{long_title}\n\nThe fleet stayed in port.\n", "utf-8")
    library.add_article(ingest.read_article(story))
    app = library_app(library)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert long_title in screen_text(app)
        assert sum(column_widths_shown(app).values()) <= table.size.width
        assert column_widths_shown(app)["title"] >= 85
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        widths = column_widths_shown(app)
        assert sum(widths.values()) <= table.size.width
        assert widths["title"] < 45  # 39 + 2: no Last opened, an empty Tags column
        header = screen_text(app).splitlines()[table.region.y]
        for label in ("Title", "Source", "Published", "Notes", "Tags"):
            assert label in header
        assert "Last opened" not in header  # the column the design does not ask for goes
        await pilot.resize_terminal(160, 30)
        await settle(pilot)
        assert column_widths_shown(app)["title"] >= 85
        assert "Last opened" in screen_text(app).splitlines()[table.region.y]


async def test_a_filter_matching_nothing_says_so_and_keeps_the_table(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zzzq")
        await pilot.pause(FILTER_PAUSE)
        assert titles(app) == []
        assert "No article matches “zzzq”." in screen_text(app)
        assert app.screen.query_one(DataTable).display
        await pilot.press("escape")
        await pilot.pause()
        assert "No article matches" not in screen_text(app)
        assert len(titles(app)) == 2


async def test_a_read_only_library_says_so_in_the_header(library, home):
    from tradereader.store import Library

    second = Library.open(home, readonly=True)
    try:
        app = library_app(second)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
            assert "read-only" in screen_text(app).splitlines()[0]  # the header, not a toast
    finally:
        second.close()


async def test_cut_titles_end_with_an_ellipsis(library):
    app = library_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = next(title for title in titles_shown(app) if title.startswith("US-China"))
        assert shown.endswith("…") and SEED_TITLE.startswith(shown[:-1])
        assert len(shown) <= column_widths_shown(app)["title"]


async def test_after_a_delete_the_cursor_stays_where_the_row_was(home):
    third = "Steel Duties Rise\n\nDuties on steel rose again.\n"
    library = open_library(home, OTHER, third)
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        before = titles(app)
        await pilot.press("down")  # the middle row
        await pilot.press("d", "y")
        await settle(pilot)
        assert titles(app) == [before[0], before[2]]
        assert table.cursor_row == 1  # on the row that took its place, not the top
    library.close()


async def test_short_sources_leave_their_spare_columns_to_the_title(home, tmp_path):
    library = Library.open(home)
    try:
        for name, title in (("a.txt", SEED_TITLE), ("b.txt", "Farm Subsidies Dominate")):
            (tmp_path / name).write_text(f"{title}\n\nThe fleet stayed in port.\n", "utf-8")
            library.add_article(ingest.read_article(tmp_path / name))
        app = library_app(library)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            widths = column_widths_shown(app)
            assert widths["source"] <= 8 + 2  # "a.txt" needs the least the column has
            table = app.screen.query_one(DataTable)
            assert sum(widths.values()) >= table.size.width - 4  # the title took the rest
            assert "a.txt" in screen_text(app) and SEED_TITLE[:24] in screen_text(app)
            await pilot.press("slash", *"farm")  # a filter does not move the columns
            await pilot.pause(FILTER_PAUSE)
            assert column_widths_shown(app) == widths
    finally:
        library.close()


BRACKETED = "Tariffs [update] Rise [/] Again"


async def test_a_title_with_brackets_is_shown_as_typed_in_the_table_and_the_reader(home):
    library = open_library(home, f"{BRACKETED}\n\nMinisters argued about [bracketed] quotas.\n")
    try:
        app = library_app(library)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert BRACKETED in titles_shown(app)
            await _select(app, pilot, BRACKETED)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ReaderScreen)
            assert screen_text(app).splitlines()[0].strip() == BRACKETED
    finally:
        library.close()


async def test_importing_a_w3c_notes_file_brings_its_notes_back_not_an_article(library, tmp_path):
    from tradereader.notes_io import export

    add_note(library, other_id(library))
    notes_file = tmp_path / "all-notes.json"
    notes_file.write_text(export(library, [], None, True, "w3c"), "utf-8")
    library.delete_annotation("n1")
    app = library_app(library)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        await pilot.press(*str(notes_file), "enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert library.article_count() == 2  # no article made of the JSON text
        assert [a.note for a in library.annotations()] == ["who?"]
        said = " ".join(n.message for n in app._notifications)
        assert "all-notes.json: 1 note added" in said


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
async def test_titles_stay_readable_at_80_columns_and_sources_whole_when_wide(library, size):
    seed_source = Path(library.get_article(seed_id(library)).source).name  # 24 characters
    app = library_app(library)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        widths = column_widths_shown(app)
        shown = screen_text(app)
        if size[0] == 80:
            assert widths["title"] >= 27 + 2  # it was 19: the source gave up 8 for it
            assert "US-China Trade Talks Resum" in shown
        else:
            assert seed_source in shown
            assert widths["title"] >= len(SEED_TITLE) + 2 and SEED_TITLE in shown
