"""Pilot tests of the library screen: table, filter, open, import dialog, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from tradereader.anchoring import make_selectors
from tradereader.model import Annotation
from tradereader.ui.app import make_app
from tradereader.ui.screens.dialogs import ConfirmDialog, ImportDialog
from tradereader.ui.screens.library import LibraryScreen
from tradereader.ui.screens.reader import ReaderScreen
from ui_support import fixed_extractor, open_library, seed_id, settle

SIZE = (120, 40)
OTHER = "Farm Subsidies Dominate Geneva Round\n\nMinisters argued about dairy quotas.\n"


@pytest.fixture
def library(home: Path):
    library = open_library(home, OTHER)
    yield library
    library.close()


def library_app(library):
    return make_app(library, extractor=fixed_extractor)


def titles(app) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [str(table.get_row_at(row)[0]) for row in range(table.row_count)]


def add_note(library, article_id: str) -> None:
    article = library.get_article(article_id)
    start = article.text.index("Ministers")
    quote, position = make_selectors(article.text, start, start + 9)
    library.add_annotation(Annotation(id="n1", article_id=article_id, quote=quote,
                                      position=position, note="who?"))


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
        assert labels == ["Title", "Source", "Published", "Notes", "Last opened"]


async def test_filter_narrows_by_title_and_by_text(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"geneva round")
        await pilot.pause()
        assert titles(app) == ["Farm Subsidies Dominate Geneva Round"]
        app.screen.query_one("#filter", Input).value = "dairy quotas"
        await pilot.pause()
        assert titles(app) == ["Farm Subsidies Dominate Geneva Round"]
        app.screen.query_one("#filter", Input).value = "intellectual property"
        await pilot.pause()
        assert titles(app) == ["US-China Trade Talks Resume as Hopes Rise for Truce Extension"]
        await pilot.press("escape")
        assert len(titles(app)) == 2


async def test_filter_finds_notes(library):
    add_note(library, other_id(library))
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one("#filter", Input).value = "who?"
        await pilot.pause()
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


async def test_import_of_a_missing_file_is_a_notification(library, tmp_path: Path):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i", *str(tmp_path / "nope.txt"), "enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert library.article_count() == 2
        errors = [n for n in app._notifications if n.severity == "error"]
        assert errors and "nope.txt" in errors[0].message


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
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Import a file")
        await pilot.pause(0.3)
        await pilot.press("enter")
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
    from tradereader.ui.screens.help import HelpScreen

    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(str(w.render()) for w in app.screen.query(".help-keys"))
        for words in ("Import", "Delete", "Filter", "Quit", "Open the article", "Next article"):
            assert words in shown
