"""The why panel follows what the reader points at: a highlight clicked (or the one
highlight a selection covers) says what it is and why it was found; once the cursor
leaves it the panel goes. Before, only an entity's jump (tree, n/N) filled it: a reader
who wondered why a word was highlighted had to find its entry in the tree first."""

from __future__ import annotations

from tradereader.ui.app import make_app
from tradereader.ui.widgets.annotated_view import AnnotatedView
from tradereader.ui.widgets.entity_tree import EntityTree
from ui_support import entity_node, fixed_extractor, library_fixture, seed_id, settle

SIZE = (120, 40)

library = library_fixture()


def reader_app(library):
    return make_app(library, open_article=seed_id(library), extractor=fixed_extractor)


def why_text(app) -> str:
    why = app.screen.query_one("#why")
    return str(why.render()) if why.display else ""


async def click_offset(pilot, view: AnnotatedView, offset: int) -> None:
    """Click the cell showing the character at `offset` (it must be on screen)."""
    for y in range(view.size.height):
        for x in range(view.size.width):
            if view.offset_at(x, y) == offset:
                padding = view.styles.padding
                await pilot.click(view, offset=(x + padding.left, y + padding.top))
                await pilot.pause()
                return
    raise AssertionError(f"offset {offset} is not on screen")


async def test_a_highlight_clicked_says_what_it_is_and_why(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(AnnotatedView)
        text = app.screen.article.text
        await click_offset(pilot, view, text.index("United States") + 3)
        shown = why_text(app)
        assert "“United States”" in shown
        assert "actor/country → USA" in shown
        assert "why: test lexicon: United States" in shown
        assert "negotiators" not in shown  # the one clicked, not the whole sentence


async def test_selecting_one_highlight_shows_its_why_and_moving_on_hides_it(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")  # the cursor on the first sentence: the panel stays shut
        assert why_text(app) == ""
        # "Trade negotiators ...": v, the start a word on, the end back to "negotiators"
        await pilot.press("v", "W")
        assert why_text(app) == ""  # "negotiators from the United States and China ...": 3
        for _ in range(60):  # the end back a word at a time (~40), to "negotiators"
            start, end = app.screen.cursor.target
            if app.screen.article.text[start:end].strip() == "negotiators":
                break
            await pilot.press("b")
        else:
            raise AssertionError("could not select 'negotiators'")
        shown = why_text(app)
        assert "“negotiators”" in shown and "why: test lexicon: negotiators" in shown
        await pilot.press("escape", "j")  # the selection gone, the cursor moves on
        assert why_text(app) == ""


async def test_a_click_on_plain_text_leaves_an_entity_jumps_why(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        tree = app.screen.query_one(EntityTree)
        tree.select_node(entity_node(tree, "CHN"))
        await pilot.pause()
        assert "1/" in why_text(app) and "“China”" in why_text(app)
        view = app.screen.query_one(AnnotatedView)
        text = app.screen.article.text
        await click_offset(pilot, view, text.index("Trade negotiators"))  # no highlight
        assert "1/" in why_text(app)  # n/N go on from there: its why stays
        await click_offset(pilot, view, text.index("United States"))
        assert "“United States”" in why_text(app)
        await pilot.press("n")  # back to the entity: its own why again
        assert "2/" in why_text(app) and "“China”" in why_text(app)


async def test_a_hidden_kind_is_not_described(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1")  # actors hidden
        view = app.screen.query_one(AnnotatedView)
        await click_offset(pilot, view, app.screen.article.text.index("United States"))
        assert why_text(app) == ""


def test_a_mention_across_a_line_break_is_described_on_one_line():
    from tradereader.model import Mention
    from tradereader.ui.screens.reader import describe_mention

    mention = Mention(0, 13, "United\nStates", "actor", "country", "USA", why="lexicon")
    assert describe_mention(mention, "1/3").splitlines() == [
        "1/3  “United States”", "actor/country → USA", "why: lexicon"]
