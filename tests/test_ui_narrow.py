"""The reader in a narrow terminal (a split tmux pane, a small window): the article keeps
room to be read; the sidebar gives way below 60 columns instead of squeezing the text."""

from __future__ import annotations

import pytest

from tradereader.ui.app import make_app
from tradereader.ui.widgets.article_view import ArticleView
from tradereader.ui.widgets.sidebar import Sidebar
from ui_support import fixed_extractor, library_fixture, open_help, seed_id, settle

library = library_fixture()


def reader_app(library):
    return make_app(library, open_article=seed_id(library), extractor=fixed_extractor)


@pytest.mark.parametrize("columns", [36, 40, 50, 59])
async def test_below_60_columns_the_text_is_at_least_as_wide_as_the_sidebar(library, columns):
    app = reader_app(library)
    async with app.run_test(size=(columns, 20)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        sidebar = app.screen.query_one(Sidebar)
        assert view.outer_size.width >= sidebar.outer_size.width
        words = [word for line in view.visible_text() for word in line.split()]
        assert "negotiators" in words  # whole words, not cut into pieces of 4 letters


@pytest.mark.parametrize("columns", [60, 80, 120])
async def test_from_60_columns_the_sidebar_keeps_its_30_cells(library, columns):
    app = reader_app(library)
    async with app.run_test(size=(columns, 24)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(Sidebar).outer_size.width >= 30


async def test_growing_the_terminal_past_60_columns_gives_the_sidebar_its_room_back(library):
    app = reader_app(library)
    async with app.run_test(size=(40, 20)) as pilot:
        await settle(pilot)
        narrow = app.screen.query_one(Sidebar).outer_size.width
        await pilot.resize_terminal(90, 20)
        await settle(pilot)
        assert narrow <= 20
        assert app.screen.query_one(Sidebar).outer_size.width >= 30


async def test_s_hides_the_sidebar_and_the_text_takes_the_width_then_s_brings_it_back(library):
    app = reader_app(library)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        view, sidebar = app.screen.query_one(ArticleView), app.screen.query_one(Sidebar)
        narrow = view.outer_size.width
        await pilot.press("tab")  # the focus in the sidebar: it must come back to the text
        await pilot.press("s")
        await settle(pilot)
        assert not sidebar.display and view.outer_size.width == 60 > narrow
        assert app.focused is view
        assert any("s shows it" in n.message for n in app._notifications)
        await pilot.press("s")
        await settle(pilot)
        assert sidebar.display and view.outer_size.width == narrow
        assert "Hide or show the sidebar" in await open_help(pilot)  # the key is told
