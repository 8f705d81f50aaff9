"""Keys typed right after the key that opens a dialog or a field reach it, in order.

A user types `a` and the note at once; tmux sends them in one burst. The keys after `a`
were taken by the reader's bindings on their way (or lost while the editor mounted). Each
test posts its keys in one burst, as a terminal delivers them: all queued before any is
handled (pilot.press waits between keys, which hid the loss).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.keys import _character_to_key
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static, TabbedContent, TextArea

from tradereader.notes_io import annotate
from tradereader.ui.app import make_app
from tradereader.ui.key_hold import (
    HoldsEarlyKeys,
    KeyHold,
    KeysCaughtUp,
    TakesEarlyKeys,
    focus_keeping_keys,
)
from tradereader.ui.screens.export_dialog import ExportDialog
from tradereader.ui.screens.library import LibraryScreen
from tradereader.ui.screens.reader import ReaderScreen
from tradereader.ui.widgets.note_editor import NoteEditor
from tradereader.ui.widgets.tags_pane import TagsPane
from ui_support import fixed_extractor, open_library, pause_until, seed_id, settle

SIZE = (120, 40)
OTHER = "Farm Subsidies Dominate Geneva Round\n\nMinisters argued about dairy quotas.\n"
NOTE = "Quick, quiet note: undo nothing"  # q (back), u (undo), n (next) ... are reader keys


@pytest.fixture
def library(home: Path, user_home: Path):
    opened = open_library(home, OTHER)
    yield opened
    opened.close()


def burst(app, *keys: str) -> None:
    """Post `keys` to the app at once: characters, or key names such as "enter"."""
    for key in keys:
        if len(key) == 1:
            app.post_message(events.Key(_character_to_key(key), key))
        else:
            app.post_message(events.Key(key, None))


def reader_app(library):
    return make_app(library, open_article=seed_id(library), extractor=fixed_extractor)


async def test_a_note_typed_at_once_after_a_goes_into_the_editor_and_is_saved(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "a", *NOTE, "tab", *"wto", "ctrl+s")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)  # saved and closed, never left the reader
        notes = library.annotations(seed_id(library))
        assert [(n.note, n.tags) for n in notes] == [(NOTE, ("wto",))]


async def test_the_editor_gets_the_keys_typed_while_it_opens_in_order(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "a", *NOTE)
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one("#note-text", TextArea).text == NOTE
        burst(app, *" and more")  # typed afterwards: after them
        await settle(pilot)
        assert app.screen.query_one("#note-text", TextArea).text == NOTE + " and more"


async def test_enter_then_typing_edits_the_note_under_the_cursor(library):
    annotate(library, seed_id(library), "Trade negotiators", 1, "old", [])
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "j", "enter", *" and new")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one("#note-text", TextArea).text == "old and new"


async def test_a_search_typed_at_once_after_slash_is_searched(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "/", *"truce", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert len(screen.matches) == 2  # the body's two; "Truce" in the title is told apart
        assert screen.query_one("#search", Input).value == "truce"
        assert not library.annotations(seed_id(library))


async def test_a_date_typed_at_once_after_p_is_set(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "p", *"2019-11-02", "enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert library.get_article(seed_id(library)).published == "2019-11-02"


async def test_enter_at_once_after_e_exports(library, user_home: Path):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "e", "enter")
        for _ in range(20):
            await settle(pilot)
            if not isinstance(app.screen, ExportDialog):
                break
        assert [p.suffix for p in (user_home / "tradereader-exports").iterdir()] == [".md"]


async def test_a_phrase_typed_at_once_after_L_goes_into_the_lexicon_dialog(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "L", *"Geneva")
        await settle(pilot)
        assert app.screen.query_one("#lexicon-phrase", Input).value == "Geneva"


async def test_a_name_typed_at_once_after_r_renames_the_tag(library):
    annotate(library, seed_id(library), "Trade negotiators", 1, "n", ["trade"])
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one(TabbedContent).active = "tab-tags"
        await settle(pilot)
        app.screen.query_one(TagsPane).query_one("#tags-list", OptionList).focus()
        await settle(pilot)
        burst(app, "r", *"trades", "enter")  # the old name is selected: typing replaces it
        await settle(pilot)
        await settle(pilot)
        assert library.tag_counts() == {"trades": 1}


def library_app(library):
    return make_app(library, extractor=fixed_extractor)


async def test_a_path_typed_at_once_after_i_is_imported(library, tmp_path: Path):
    article = tmp_path / "rice.txt"
    article.write_text("Rice export ban widens\n\nIndia widened its ban on rice.\n", "utf-8")
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        burst(app, "i", *str(article), "enter")
        for _ in range(20):
            await settle(pilot)
            if library.article_count() == 3:
                break
        assert any(s.title == "Rice export ban widens" for s in library.articles())


async def test_a_filter_typed_at_once_after_slash_filters_the_library(library):
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "/", *"dairy quotas")  # d deletes, q quits, e exports in the list
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one("#filter", Input).value == "dairy quotas"


class SlowWidget(Static, can_focus=True):
    """Takes a while over each key (as a busy widget may), then lets it bubble on."""

    async def on_key(self, event: events.Key) -> None:
        await asyncio.sleep(0.02)


class SlowHost(HoldsEarlyKeys, App[None]):
    BINDINGS = [Binding("slash", "find", "Find")]

    def compose(self) -> ComposeResult:
        yield SlowWidget("text")
        yield Input(id="box")

    def on_mount(self) -> None:
        self.query_one(SlowWidget).focus()

    def action_find(self) -> None:
        focus_keeping_keys(self.query_one("#box", Input))


async def test_keys_still_on_their_way_up_when_the_field_is_ready_reach_it() -> None:
    """The keys after `/` are still in a slow widget's queue when the field has the focus:
    held until they came back up, not lost behind it."""
    app = SlowHost()
    async with app.run_test() as pilot:
        await pilot.pause()
        burst(app, "/", *"abc")
        await pause_until(pilot, lambda: app.query_one("#box", Input).value == "abc")
        assert app.query_one("#box", Input).value == "abc"


# -- the bookkeeping -------------------------------------------------------------------------


def test_held_keys_come_back_new_in_the_order_typed() -> None:
    hold = KeyHold()
    number = hold.start()
    first, second = events.Key("x", "x"), events.Key("y", "y")
    second.time, first.time = 2.0, 1.0
    assert hold.keep(second) and hold.keep(first)  # came back up out of order
    assert not hold.keep(KeysCaughtUp(number))  # only typing is held
    first._set_forwarded()
    released = hold.release()
    assert [e.key for e in released] == ["x", "y"]
    assert not any(e.is_forwarded for e in released)
    assert not hold.holding and not hold.keep(events.Key("z", "z"))


def test_keys_go_once_the_keys_sent_came_back_and_the_dialog_is_ready() -> None:
    hold = KeyHold()
    old = hold.start()
    new = hold.start()
    assert not hold.arrived("sent", old)  # an earlier hold's marker counts for nothing
    assert not hold.arrived("ready", new)
    assert not hold.arrived("sent", old)
    assert hold.arrived("sent", new)


async def test_a_key_typed_right_after_ctrl_s_is_not_saved_in_the_note(library):
    """`ctrl+s` is taken by the field in the order typed: the `q` typed right after it
    (to leave the reader) is not in the note (it was: `Fast noteq`, seen in tmux)."""
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "a", *"Fast note", "ctrl+s", "q")
        await settle(pilot)
        await settle(pilot)
        notes = library.annotations(seed_id(library))
        assert [n.note for n in notes] == ["Fast note"]


async def test_ctrl_s_in_the_tags_field_saves_what_was_typed_before_it(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "a", *"Fast note", "tab", *"wto", "ctrl+s", "3")
        await settle(pilot)
        await settle(pilot)
        notes = library.annotations(seed_id(library))
        assert [(n.note, n.tags) for n in notes] == [("Fast note", ("wto",))]
        assert not app.screen.view.is_role_visible("date")  # `3` went to the reader


async def test_q_typed_right_after_ctrl_s_goes_back_to_the_library_once_saved(library):
    """The keys typed after ctrl+s are for the reader: `q` leaves it once the note is
    saved (it was lost with the closing editor)."""
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "a", *"Fast note", "ctrl+s", "q")
        await pause_until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await settle(pilot)  # the library screen built (quitting while it mounts fails)
        assert isinstance(app.screen, LibraryScreen)
        assert [n.note for n in library.annotations(seed_id(library))] == ["Fast note"]


class UnderEditor(Screen):
    """The screen a note editor opens over: records the keys that reach it."""

    BINDINGS = [Binding("q", "record('q')"), Binding("z", "record('z')")]

    def __init__(self) -> None:
        super().__init__()
        self.pressed: list[str] = []

    def action_record(self, key: str) -> None:
        self.pressed.append(key)


class SavingHost(HoldsEarlyKeys, App[None]):
    """A note editor over `UnderEditor`; its save waits for `release`, then fails if
    `fail` says so."""

    def __init__(self, *, fail: bool = False) -> None:
        super().__init__()
        self.release = asyncio.Event()
        self.fail = fail
        self.under = UnderEditor()
        self.editor = NoteEditor("a passage", save=self.save)

    async def save(self, draft) -> None:
        await self.release.wait()
        if self.fail:
            raise OSError("disk full")

    def on_mount(self) -> None:
        self.push_screen(self.under)
        self.push_screen(self.editor)


async def test_keys_typed_while_the_note_is_saved_reach_the_screen_under_the_editor():
    app = SavingHost()
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press(*"ab", "ctrl+s", "q", "z")
        await pilot.pause()
        assert app.screen is app.editor  # still saving
        assert app.editor.query_one("#note-text", TextArea).text == "ab"
        assert app.under.pressed == []
        app.release.set()
        await pause_until(pilot, lambda: app.under.pressed == ["q", "z"], tries=10)
        assert app.screen is app.under
        assert app.under.pressed == ["q", "z"]


async def test_keys_typed_while_a_failing_save_runs_go_into_the_note_at_once():
    app = SavingHost(fail=True)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press(*"ab", "ctrl+s", "q")
        await pilot.pause()
        area = app.editor.query_one("#note-text", TextArea)
        assert area.text == "ab"  # held while the save runs
        app.release.set()
        await pause_until(pilot, lambda: area.text == "abq", tries=10)  # not after the limit
        assert app.screen is app.editor and area.text == "abq"
        assert app.under.pressed == []


# -- the delete question, asked by a task ------------------------------------------------


async def _select_other(app, pilot) -> None:
    from textual.widgets import DataTable

    table = app.screen.query_one(DataTable)
    row = next(i for i in range(table.row_count)
               if table.coordinate_to_cell_key((i, 0))[0].value != seed_id(app.library))
    table.move_cursor(row=row)
    await pilot.pause()


async def test_y_typed_at_once_after_d_answers_the_delete_question(library):
    """The question comes from a worker: the `y` typed with `d` was taken by the table and
    lost before it opened."""
    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _select_other(app, pilot)
        burst(app, "d", "y")
        await pause_until(pilot, lambda: library.article_count() == 1)
        assert library.article_count() == 1
        assert isinstance(app.screen, LibraryScreen)


async def test_keys_held_for_a_question_never_asked_go_at_once(library, monkeypatch):
    """The article went meanwhile (another window): no question, and the key typed after
    `d` moves the table's cursor at once, not after the hold's limit."""
    from textual.widgets import DataTable

    app = library_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(LibraryScreen, "selected_id", lambda screen: "gone")
        table = app.screen.query_one(DataTable)
        burst(app, "d", "down")
        await pause_until(pilot, lambda: table.cursor_row == 1, tries=8)  # 0.4 s < 2 s
        assert table.cursor_row == 1 and library.article_count() == 2


class Opens(TakesEarlyKeys, ModalScreen[None]):
    """A dialog with a field."""

    def compose(self) -> ComposeResult:
        yield Input(id="field")

    def on_mount(self) -> None:
        self.query_one(Input).focus()


class OpeningHost(HoldsEarlyKeys, App[None]):
    BINDINGS = [Binding("f2", "open_broken", "Open")]

    def compose(self) -> ComposeResult:
        yield Input(id="box")

    def action_open_broken(self) -> None:
        try:
            self.push_screen(Opens(), mode="no such mode")
        except Exception:  # noqa: BLE001 - the dialog could not open: typing goes on here
            pass


async def test_keys_held_for_a_dialog_that_fails_to_open_go_at_once():
    app = OpeningHost()
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("f2")
        burst(app, *"abc")  # typed while the dialog opens
        await pilot.pause(0.4)  # the hold's limit is 2 s
        assert app.query_one("#box", Input).value == "abc"
