"""A read-only window (a second tradereader) keeps writing keys off its footer, yet a key
pressed anyway still says why nothing happened."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, TabbedContent

from tradereader.anchoring import make_selectors
from tradereader.model import Annotation
from tradereader.store import Library
from tradereader.ui.app import make_app
from tradereader.ui.screens.library import LibraryScreen
from tradereader.ui.screens.reader import ReaderScreen
from ui_support import fixed_extractor, open_library, seed_id, settle

SIZE = (160, 40)  # wide: the footer is not cut


@pytest.fixture
def article_id(home: Path) -> str:
    """The seed, with one tagged note, in a library closed again."""
    with open_library(home) as library:
        article = library.get_article(seed_id(library))
        start = article.text.index("China", article.paragraphs[0][0])  # the first sentence
        quote, position = make_selectors(article.text, start, start + 5)
        library.add_annotation(Annotation(id="n1", article_id=article.id, quote=quote,
                                          position=position, note="who?", tags=("wto",)))
        return article.id


def footer_keys(app) -> dict[str, str]:
    """key -> description of what the footer shows (bindings shown and enabled)."""
    return {key: active.binding.description for key, active in app.screen.active_bindings.items()
            if active.binding.show and active.enabled}


def warnings(app) -> list[str]:
    return [n.message for n in app._notifications if "read-only" in n.message]


async def test_the_reader_footer_offers_select_and_annotate_only_when_writable(home, article_id):
    for readonly in (False, True):
        with Library.open(home, readonly=readonly) as library:
            app = make_app(library, open_article=article_id, extractor=fixed_extractor)
            async with app.run_test(size=SIZE) as pilot:
                await settle(pilot)
                assert isinstance(app.screen, ReaderScreen)
                shown = footer_keys(app)
                assert ("v" in shown and "a" in shown) is not readonly, shown
                assert "slash" in shown and "n" in shown  # reading keys stay


@pytest.mark.parametrize("key", ["a", "v", "w", "u", "x"])
async def test_a_refused_reader_key_still_says_why(home, article_id, key):
    with Library.open(home, readonly=True) as library:
        app = make_app(library, open_article=article_id, extractor=fixed_extractor)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            before = len(warnings(app))
            await pilot.press("j", key)
            await settle(pilot)
            assert isinstance(app.screen, ReaderScreen)  # no editor opened
            assert len(warnings(app)) == before + 1, key
            assert not app.screen.cursor.selecting
            assert library.annotations()[0].note == "who?"


async def test_the_library_footer_hides_import_and_delete_when_read_only(home, article_id):
    with Library.open(home, readonly=True) as library:
        app = make_app(library, extractor=fixed_extractor)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
            shown = footer_keys(app)
            assert "i" not in shown and "d" not in shown
            assert "e" in shown and "slash" in shown  # export and filter still work
            before = len(warnings(app))  # the app's own notice says read-only once
            await pilot.press("i")
            await pilot.press("d")
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)  # neither dialog opened
            assert len(warnings(app)) == before + 2
    with Library.open(home) as library:
        app = make_app(library, extractor=fixed_extractor)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "i" in footer_keys(app) and "d" in footer_keys(app)


async def _focus_tab(app, pilot, tab: str, listing: str) -> None:
    app.screen.query_one(TabbedContent).active = tab
    await pilot.pause()
    app.screen.query_one(listing, OptionList).focus()
    await pilot.pause()


@pytest.mark.parametrize(("tab", "listing", "key"), [("tab-notes", "#notes-list", "x"),
                                                     ("tab-tags", "#tags-list", "r")])
async def test_the_sidebar_lists_hide_delete_and_rename_when_read_only(home, article_id,
                                                                     tab, listing, key):
    for readonly in (False, True):
        with Library.open(home, readonly=readonly) as library:
            app = make_app(library, open_article=article_id, extractor=fixed_extractor)
            async with app.run_test(size=SIZE, notifications=True) as pilot:
                await settle(pilot)
                await _focus_tab(app, pilot, tab, listing)
                assert (key in footer_keys(app)) is not readonly, footer_keys(app)
                if readonly:
                    await pilot.press(key)
                    await settle(pilot)
                    assert isinstance(app.screen, ReaderScreen)  # no rename dialog
                    assert warnings(app)
                    assert library.annotations()[0].tags == ("wto",)


async def test_a_read_only_window_does_not_tell_to_press_a(home):
    with open_library(home) as library:  # the seed, no note
        article_id = seed_id(library)
    with Library.open(home, readonly=True) as library:
        app = make_app(library, open_article=article_id, extractor=fixed_extractor)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            await pilot.press("j", "enter")  # edit the note under the cursor: there is none
            await settle(pilot)
            assert [n.message for n in app._notifications][-1] == "No note here."
            empty = app.screen.query_one("#notes-empty")
            assert str(empty.render()) == "No notes (the library is open read-only)."


def _drag_target(app) -> tuple[int, int, int]:
    """(x of "critical", its line, the offset of its first letter) in the reader's view."""
    view = app.screen.view
    line = next(y for y in range(view.size.height) if "The talks come" in view.line_text(y))
    left = view.styles.padding.left + 2  # the padding, then the note margin
    column = view.line_text(line).index("critical")
    start = view.offset_at(left + column, line)
    return left + column, line, start


async def test_a_drag_in_a_read_only_window_selects_nothing_and_says_why_at_once(home, article_id):
    for readonly in (False, True):
        with Library.open(home, readonly=readonly) as library:
            app = make_app(library, open_article=article_id, extractor=fixed_extractor)
            async with app.run_test(size=SIZE, notifications=True) as pilot:
                await settle(pilot)
                view = app.screen.view
                x, y, start = _drag_target(app)
                before = len(warnings(app))
                await pilot.mouse_down(view, offset=(x + 2, y))
                await pilot.mouse_up(view, offset=(x + 10, y))
                await settle(pilot)
                assert bool(view.highlights("selection")) is not readonly
                assert app.screen.cursor.selecting is not readonly
                assert len(warnings(app)) == before + readonly  # said at the drag, not at `a`
                if readonly:  # the cursor went where the drag began, as a click's would
                    [(first, last)] = view.highlights("sentence")
                    assert first <= start < last
                    assert "v" not in footer_keys(app)  # no selection keys offered


async def test_a_long_drag_in_a_read_only_window_says_it_once(home, article_id):
    """A drag posts a message at each move: the notice comes with the first only."""
    from tradereader.ui.widgets.annotated_view import AnnotatedView

    with Library.open(home, readonly=True) as library:
        app = make_app(library, open_article=article_id, extractor=fixed_extractor)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            _, _, start = _drag_target(app)
            before = len(warnings(app))
            view = app.screen.view
            for end, first in ((start + 3, True), (start + 8, False), (start + 15, False)):
                view.post_message(AnnotatedView.Dragged(start, end, first))
            await settle(pilot)
            assert len(warnings(app)) == before + 1
            assert not app.screen.cursor.selecting


@pytest.mark.parametrize(("reason", "said"), [
    (None, "because another tradereader is using it:"),
    ("its folder is on a read-only file system",
     "because its folder is on a read-only file system:"),
])
async def test_the_read_only_notice_says_why(home, article_id, reason, said):
    with Library.open(home, readonly=True) as library:
        library.readonly_reason = reason
        app = make_app(library, open_article=article_id, extractor=fixed_extractor)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            [notice] = [m for m in warnings(app) if "open read-only" in m]
            assert said in notice
