"""`/` search in the reader also finds the title (drawn above the text, in its own line)."""

from __future__ import annotations


from textual.widgets import Label

from tradereader.ui.app import make_app
from tradereader.ui.screens.reader import ReaderScreen
from ui_support import fixed_extractor, library_fixture, seed_id, settle

SIZE = (160, 40)  # wide: the whole title is on its line


library = library_fixture()


def title_marked(app) -> list[str]:
    """The parts of the title line drawn with a style of their own (the matches)."""
    content = app.screen.query_one("#title", Label).render()
    return [content.plain[span.start:span.end] for span in content.spans]


def said(app) -> list[str]:
    return [n.message for n in app._notifications]


async def search(pilot, query: str) -> None:
    await pilot.press("slash", *query, "enter")
    await settle(pilot)


async def test_a_word_only_in_the_title_is_found_there(library):
    app = make_app(library, open_article=seed_id(library), extractor=fixed_extractor)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await search(pilot, "hopes")
        assert title_marked(app) == ["Hopes"]
        assert not any(m.startswith("No match") for m in said(app))
        assert "“hopes” is only in the title." in said(app)
        await pilot.press("n")  # nothing to move to in the text: says why
        await settle(pilot)
        assert said(app)[-1] == "The search matches only the title."


async def test_matches_in_the_title_are_counted_and_cleared_with_the_search(library):
    app = make_app(library, open_article=seed_id(library), extractor=fixed_extractor)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await search(pilot, "truce")
        assert title_marked(app) == ["Truce"]
        assert "2 matches for “truce”, and 1 in the title." in said(app)
        await pilot.press("n")  # n stays in the text
        await settle(pilot)
        assert app.screen.matches and app.screen.match_index == 1
        await pilot.press("escape")
        await settle(pilot)
        assert title_marked(app) == [] and app.screen.matches == []
        await search(pilot, "zzqx")
        assert title_marked(app) == [] and "No match for “zzqx”." in said(app)
