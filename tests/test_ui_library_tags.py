"""Pilot tests of the library table's Tags column: each article's note tags."""

from __future__ import annotations


import pytest
from textual.widgets import DataTable, Input

from tradereader.anchoring import make_selectors
from tradereader.model import Annotation
from tradereader.ui.app import make_app
from tradereader.ui.screens.library import FILTER_DELAY, column_widths
from ui_support import fixed_extractor, library_fixture, screen_text, seed_id, settle

FILTER_PAUSE = FILTER_DELAY + 0.5  # the filter runs once typing pauses (margin: a busy CI machine)

OTHER = "Farm Subsidies Dominate Geneva Round\n\nMinisters argued about dairy quotas.\n"


library = library_fixture(OTHER)


def tag(library, article_id: str, number: int, *tags: str) -> None:
    """A note on the article's last word, with `tags`."""
    article = library.get_article(article_id)
    start = article.text.rstrip().rindex(" ") + 1
    quote, position = make_selectors(article.text, start, len(article.text.rstrip()))
    library.add_annotation(Annotation(id=f"t{number}", article_id=article_id, quote=quote,
                                      position=position, note="", tags=tags))


def other_id(library) -> str:
    return next(s.id for s in library.articles() if s.title.startswith("Farm"))


def cells(app, column: str) -> dict[str, str]:
    """Title -> the cell of `column`, as the table holds it."""
    table = app.screen.query_one(DataTable)
    return {app.library.get_article(key.value).title: str(table.get_cell(key, column))
            for key in table.rows}


def header(app) -> str:
    table = app.screen.query_one(DataTable)
    return screen_text(app).splitlines()[table.region.y]


async def test_the_tags_column_lists_each_articles_distinct_tags(library):
    tag(library, other_id(library), 1, "tariffs", "phase-one")
    tag(library, other_id(library), 2, "tariffs")
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        tags = cells(app, "tags")
        assert tags["Farm Subsidies Dominate Geneva Round"] == "phase-one, tariffs"
        assert set(tags.values()) == {"phase-one, tariffs", ""}  # the seed has no notes
        assert "Tags" in header(app) and "phase-one, tariffs" in screen_text(app)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_long_tag_lists_are_cut_with_an_ellipsis_and_the_table_fits(library, size):
    many = ("agriculture", "dairy", "geneva-round", "quotas", "subsidies", "wto")
    tag(library, other_id(library), 1, *many)
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        shown = cells(app, "tags")["Farm Subsidies Dominate Geneva Round"]
        assert shown.endswith("…") and ", ".join(many).startswith(shown[:-1])
        widths = {str(k.value): c.get_render_width(table) for k, c in table.columns.items()}
        assert sum(widths.values()) <= table.size.width
        assert widths["title"] >= 28 + 2 and widths["tags"] >= 12 + 2
        for label in ("Title", "Source", "Published", "Notes", "Tags"):
            assert label in header(app)


async def test_the_filter_finds_an_article_by_a_tag_shown_in_the_column(library):
    tag(library, seed_id(library), 1, "phase-one")
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one("#filter", Input).value = "phase-one"
        await pilot.pause(FILTER_PAUSE)
        assert list(cells(app, "tags").values()) == ["phase-one"]


def test_a_narrow_table_drops_last_opened_before_cutting_tags_below_fair():
    narrow = column_widths(80, source_needs=24, tags_needs=20)
    assert "opened" not in narrow and narrow["tags"] >= 12 and narrow["title"] >= 28
    wide = column_widths(120, source_needs=24, tags_needs=20)
    assert wide["opened"] == 16 and wide["tags"] == 20
    roomy = column_widths(220, source_needs=24, tags_needs=60)
    assert roomy["tags"] == 40 and roomy["title"] >= 80  # grows, up to MAX_TAGS
    none = column_widths(120, source_needs=24, tags_needs=0)
    assert none["tags"] == 4  # room for the header only


async def test_a_wide_table_gives_the_tags_what_the_titles_do_not_need(library):
    many = ("dairy", "quotas", "subsidies")  # 24 characters: more than the usual 20
    tag(library, other_id(library), 1, *many)
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        assert cells(app, "tags")["Farm Subsidies Dominate Geneva Round"] == ", ".join(many)
        shown = screen_text(app)
        assert ", ".join(many) in shown and "US-China Trade Talks Resume as Hopes" in shown
