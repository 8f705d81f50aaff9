"""Pilot tests of the reader's lexicon and date keys: `L` adds words to the user's
lexicon, `X` marks a highlight as wrong, "Edit my lexicon" undoes, `p` sets the date.

They run the real extraction engine over the seed article in a real library (the
tmp home), since what they check is that the lexicon and the date reach it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from tradereader.model import LexiconEntry
from tradereader.store import Library
from tradereader.ui.app import make_app
from tradereader.ui.screens.lexicon_dialog import (
    AddToLexiconDialog,
    entry_from_form,
    trimmed_phrase,
)
from tradereader.ui.screens.lexicon_list import LexiconListDialog, MentionChoiceDialog
from tradereader.ui.screens.published_dialog import PublishedDialog, checked_day
from tradereader.ui.screens.reader import ReaderScreen
from tradereader.ui.widgets.entity_tree import EntityTree
from ui_support import library_fixture, open_help, open_library, screen_text, seed_id, settle

SIZE = (120, 40)


library = library_fixture()


def reader_app(library):
    return make_app(library, open_article=seed_id(library))  # the real extractor


def tree_values(app, kind: str | None = None) -> set[str]:
    tree = app.screen.query_one(EntityTree)
    found = set()

    def walk(node):
        if node.data is not None and (kind is None or node.data.kind == kind):
            found.add(node.data.value)
        for child in node.children:
            walk(child)

    walk(tree.root)
    return found


def mention_values(app, text: str) -> list[str]:
    return [m.value for m in app.screen.mentions if m.text == text]


def stored_lexicon(home: Path) -> list[dict]:
    """The lexicon table as written in library.json."""
    data = json.loads((home / "library.json").read_text(encoding="utf-8"))
    return list(data.get("lexicon", {}).values())


async def open_reader(pilot) -> ReaderScreen:
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen) and screen.mentions  # extraction ran
    return screen


# -- adding --------------------------------------------------------------------------------

async def test_L_opens_the_dialog_with_the_selected_words(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        await pilot.press("j", "w", "w", "L")
        await pilot.pause()
        assert isinstance(app.screen, AddToLexiconDialog)
        assert app.screen.query_one("#lexicon-phrase", Input).value == "Trade negotiators"
        assert app.screen.focused is app.screen.query_one("#lexicon-phrase", Input)
        await pilot.press(*"Geneva")  # typing goes straight into the phrase, replacing it
        assert app.screen.query_one("#lexicon-phrase", Input).value == "Geneva"


async def test_a_whole_sentence_is_refused_as_a_lexicon_phrase(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        await pilot.press("j", "v", "j", "L")  # two sentences selected by mistake
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddToLexiconDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert "at most 8 words" in str(dialog.query_one("#lexicon-error").render())
    assert library.lexicon() == []


async def test_adding_a_phrase_as_an_actor_shows_it_and_persists(library, home):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_reader(pilot)
        assert "Geneva talks" not in tree_values(app)
        await pilot.press("L")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#lexicon-phrase", Input).value = "Geneva"
        dialog.query_one("#lexicon-subtype", Select).value = "institution"
        dialog.query_one("#lexicon-value", Input).value = "Geneva talks"
        await pilot.click("#add")
        await settle(pilot)
        assert app.screen is screen
        assert "Geneva talks" in tree_values(app, "actor")
        geneva = [m for m in screen.mentions if m.text == "Geneva"]
        assert [(m.kind, m.subtype, m.value) for m in geneva] == [
            ("actor", "institution", "Geneva talks")]
        assert "Geneva talks" in screen_text(app)
    assert {"phrase": "Geneva", "kind": "actor", "action": "add", "subtype": "institution",
            "value": "Geneva talks"} in stored_lexicon(home)


async def test_an_added_phrase_applies_to_other_articles(home):
    library = open_library(home, "Talks in Geneva\n\nDelegates met in Geneva on Monday.\n")
    other = next(s.id for s in library.articles() if s.source.endswith("extra0.txt"))
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        await pilot.press("L")
        await pilot.pause()
        app.screen.query_one("#lexicon-phrase", Input).value = "Geneva"  # value: the phrase
        await pilot.click("#add")
        await settle(pilot)
        assert app.open_article(other)
        await settle(pilot)
        assert app.screen.article.id == other
        assert [m.value for m in app.screen.mentions if m.text == "Geneva"] == ["Geneva"] * 2
    library.close()


async def test_adding_an_issue_takes_a_topic_from_the_list(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("L")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#lexicon-phrase", Input).value = "global growth"
        await pilot.click("#kind-issue")
        await pilot.pause()
        assert dialog.query_one("#lexicon-topic", Select).display
        assert not dialog.query_one("#lexicon-value", Input).display
        await pilot.click("#add")  # no topic chosen yet: refused
        await pilot.pause()
        assert app.screen is dialog
        assert "topic" in str(dialog.query_one("#lexicon-error", Static).render())
        dialog.query_one("#lexicon-topic", Select).value = "trade balance"
        dialog.query_one("#lexicon-phrase", Input).focus()  # (a second click at once is
        await pilot.press("enter")  # taken for the button's press animation)
        await settle(pilot)
        assert app.screen is screen
        assert mention_values(app, "global growth") == ["trade balance"]
    assert LexiconEntry("global growth", "issue", "add", "topic", "trade balance") \
        in library.lexicon()


async def test_a_bad_entry_is_refused_in_the_dialog(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        await pilot.press("L")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#lexicon-phrase", Input).value = "Ruritania"
        dialog.query_one("#lexicon-subtype", Select).value = "country"
        await pilot.click("#add")
        await pilot.pause()
        assert app.screen is dialog
        assert "ISO" in str(dialog.query_one("#lexicon-error", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
    assert library.lexicon() == []


def test_form_rules():
    assert trimmed_phrase(" the  Geneva\ntalks, ") == "Geneva talks"
    assert trimmed_phrase("China’s") == "China"
    assert trimmed_phrase("U.S.") == "U.S."
    assert trimmed_phrase("tariffs.") == "tariffs"
    assert entry_from_form("Ruritania", "actor", "country", "rur").value == "RUR"
    with pytest.raises(ValueError):
        entry_from_form("  ", "actor", "group", "")
    with pytest.raises(ValueError):
        entry_from_form("widgets", "issue", "topic", "widgets")


# -- marking as wrong, and the undo ---------------------------------------------------------

async def choose_entity(pilot, value: str) -> None:
    tree = pilot.app.screen.query_one(EntityTree)
    node = next(n for n in _nodes(tree.root) if n.data is not None and n.data.value == value)
    tree.focus()
    tree.move_cursor(node)
    await pilot.pause()


def _nodes(node):
    yield node
    for child in node.children:
        yield from _nodes(child)


async def test_X_on_an_entity_suppresses_it_and_the_list_undoes_it(library, home):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        assert "sides" in tree_values(app, "actor")
        await choose_entity(pilot, "sides")
        await pilot.press("X")
        await settle(pilot)
        assert "sides" not in tree_values(app)
        assert "trade agreement" in tree_values(app)  # nothing else went
        assert any("Edit my lexicon" in n.message for n in app._notifications)
        assert {"phrase": "sides", "kind": "actor", "action": "suppress", "subtype": "",
                "value": ""} in stored_lexicon(home)

        app.screen.action_edit_lexicon()
        await pilot.pause()
        assert isinstance(app.screen, LexiconListDialog)
        await pilot.press("enter", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert "sides" in tree_values(app, "actor")
    assert stored_lexicon(home) == []


async def test_X_on_an_entity_with_several_phrases_asks_which(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        await choose_entity(pilot, "USA")  # US, United States, U.S.
        await pilot.press("X")
        await pilot.pause()
        assert isinstance(app.screen, MentionChoiceDialog)
        phrases = [m.text for m in app.screen.mentions]
        assert {"US", "United States", "U.S."} <= set(phrases)
        await pilot.press(*["down"] * phrases.index("U.S."), "enter")
        await settle(pilot)
        assert mention_values(app, "U.S.") == []
        assert mention_values(app, "United States") == ["USA"]  # the others stay
    assert [(e.phrase, e.action) for e in library.lexicon()] == [("U.S.", "suppress")]


async def test_X_after_jumping_to_an_entity_marks_that_mention(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_reader(pilot)
        await choose_entity(pilot, "analysts")
        await pilot.press("enter")  # jump to its first mention
        await pilot.pause()
        assert screen.entity_stops
        screen.view.focus()
        await pilot.press("X")
        await settle(pilot)
        assert "analysts" not in tree_values(app)
        assert not screen.entity_stops  # the old jump list went with the old mentions


async def test_X_in_the_text_asks_which_highlight_when_there_are_several(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_reader(pilot)
        await pilot.press("j", "X")  # the first sentence: negotiators, United States, ...
        await pilot.pause()
        assert isinstance(app.screen, MentionChoiceDialog)
        phrases = [m.text for m in app.screen.mentions]
        assert {"negotiators", "United States", "this week"} <= set(phrases)
        await pilot.press(*["down"] * phrases.index("negotiators"), "enter")
        await settle(pilot)
        assert app.screen is screen
        assert "negotiators" not in tree_values(app)
    assert [e.phrase for e in library.lexicon()] == ["negotiators"]


async def test_X_on_a_date_in_the_tree_suppresses_that_phrase_as_a_date(library, home):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        assert "THIS_WEEK" in tree_values(app, "date")  # `this week`, the seed has no date
        await choose_entity(pilot, "THIS_WEEK")
        await pilot.press("X")
        await settle(pilot)
        assert "THIS_WEEK" not in tree_values(app, "date")
        assert tree_values(app, "date")  # the other dates stay
        assert any("highlighted as date in any article" in n.message for n in app._notifications)
    assert [(e["phrase"], e["kind"], e["action"]) for e in stored_lexicon(home)] == [
        ("this week", "date", "suppress")]


async def test_X_on_one_selected_highlight_needs_no_choice(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        await pilot.press("j", "w", "w", "X")  # "Trade negotiators": one highlight
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert "negotiators" not in tree_values(app)


# -- the publication date -----------------------------------------------------------------

async def test_p_sets_the_date_and_dates_resolve_again(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_reader(pilot)
        assert mention_values(app, "this week") == ["THIS_WEEK"]
        assert "no date" in screen_text(app)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PublishedDialog)
        await pilot.press(*"2024-03-13", "enter")
        await settle(pilot)
        assert app.screen is screen
        assert "2024-03-13" in screen_text(app)
        assert mention_values(app, "this week") == ["2024-W11"]
        assert library.get_article(screen.article.id).published == "2024-03-13"

        await pilot.press("p")  # an empty date clears it
        await pilot.pause()
        assert app.screen.query_one(Input).value == "2024-03-13"
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")
        await settle(pilot)
        assert mention_values(app, "this week") == ["THIS_WEEK"]
        assert library.get_article(screen.article.id).published is None


@pytest.mark.parametrize(
    "typed", ["13/03/2024", "2024-02-30", "yesterday", "9999-12-31", "0001-01-01"])
async def test_a_bad_date_is_refused_in_the_dialog(library, typed):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        await pilot.press("p")
        await pilot.pause()
        dialog = app.screen
        await pilot.press(*typed, "enter")
        await pilot.pause()
        assert app.screen is dialog
        error = dialog.query_one("#published-error", Static)
        assert error.display and str(error.render())
    assert library.get_article(seed_id(library)).published is None


def test_checked_day():
    assert checked_day(" 2024-03-13 ") == "2024-03-13"
    assert checked_day("") == ""
    with pytest.raises(ValueError):
        checked_day("20240313")


@pytest.mark.parametrize(("typed", "day"), [
    ("Nov 2, 2019", "2019-11-02"), ("2 November 2019", "2019-11-02"),
    ("Saturday, November 2nd, 2019", "2019-11-02"), ("Sept. 30 2019", "2019-09-30"),
    ("sep 30 2019", "2019-09-30"),
])
def test_checked_day_takes_a_day_written_out(typed, day):
    assert checked_day(typed) == day


@pytest.mark.parametrize("typed", ["02/11/2019", "Nov 31, 2019", "Nov 2", "Foo 2, 2019",
                                   "November 2019"])
def test_checked_day_refuses_what_is_not_one_day(typed):
    with pytest.raises(ValueError, match="not a date"):
        checked_day(typed)


# -- read-only, help, palette ---------------------------------------------------------------

async def test_a_read_only_library_refuses_every_change(home):
    open_library(home).close()
    library = Library.open(home, readonly=True)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        for key in ("L", "X", "p"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, ReaderScreen), key
        warnings = [n for n in app._notifications if "read-only: the lexicon" in n.message]
        assert len(warnings) == 3


async def test_help_and_palette_list_the_keys(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_reader(pilot)
        titles = [title for title, _, _ in app.palette_commands(screen)]
        for title in ("Add to my lexicon", "Mark highlight as wrong", "Edit my lexicon",
                      "Set publication date"):
            assert title in titles
        shown = await open_help(pilot)
        for line in ("L  ", "Add to my lexicon", "Mark highlight as wrong", "Publication date"):
            assert line in shown


def kind_marks(app) -> dict[str, str]:
    """The mark drawn before each choice of the dialog's Kind row (colour aside)."""
    line = next(line for line in screen_text(app).splitlines() if " Actor" in line and " Issue" in line)
    return {label: line[:line.index(f" {label}")].rstrip("▌▐ ")[-1] for label in ("Actor", "Issue")}


async def test_the_topic_list_opens_inside_the_dialog_and_the_kind_shows_without_colour(library):
    app = reader_app(library)
    async with app.run_test(size=(100, 34)) as pilot:
        await open_reader(pilot)
        await pilot.press("L")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddToLexiconDialog)
        assert kind_marks(app) == {"Actor": "●", "Issue": "○"}
        await pilot.click("#kind-issue")
        await pilot.pause()
        assert kind_marks(app) == {"Actor": "○", "Issue": "●"}
        topics = dialog.query_one("#lexicon-topic", Select)
        topics.focus()
        await pilot.press("enter")  # opens the list
        await pilot.pause()
        overlay = topics.query_one("SelectOverlay")
        frame = dialog.query_one("#lexicon-dialog").region
        assert overlay.display and overlay.region.height > 2
        assert overlay.region.bottom < frame.bottom  # above the dialog's bottom border
