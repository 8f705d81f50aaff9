"""A window that opened read-only because another tradereader held the library takes the
library once that one quits: it says so, reads the file again (keeping what the other one
saved) and its writing keys work."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from textual.widgets import DataTable

import tradereader.ui.claiming
from tradereader import ingest
from tradereader.anchoring import make_selectors
from tradereader.model import Annotation
from tradereader.store import Library
from tradereader.ui.app import make_app
from tradereader.ui.screens.library import LibraryScreen
from tradereader.ui.screens.reader import ReaderScreen
from tradereader.ui.widgets.note_editor import NoteEditor
from test_store_lock import lock_is_free, notes_on_disk
from ui_support import fixed_extractor, open_library, pause_until, seed_id, settle

SIZE = (160, 40)
IN_USE = "another tradereader is using it"  # what the CLI says when the lock was held
OTHER = "Rice quotas\n\nJapan kept its rice quotas in place on Tuesday, officials said.\n"


@pytest.fixture
def article_id(home: Path) -> str:
    with open_library(home) as library:
        return seed_id(library)


@pytest.fixture
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tradereader.ui.claiming, "LOCK_CHECK_INTERVAL", 0.05)


def read_only_window(home: Path) -> Library:
    """The library as the CLI opens it when another tradereader holds it."""
    library = Library.open(home, readonly=True)
    library.readonly_reason = IN_USE
    return library


@pytest.fixture
def windows(home: Path, article_id: str):
    """(writer, reader): the library held by another tradereader, and the read-only
    window this one opened meanwhile (after the article was stored); both closed after
    the test."""
    writer = Library.open(home)
    library = read_only_window(home)
    yield writer, library
    writer.close()
    library.close()


def add_note(library: Library, article_id: str, phrase: str, note: str) -> None:
    article = library.get_article(article_id)
    start = article.text.index(phrase, article.paragraphs[0][0])
    quote, position = make_selectors(article.text, start, start + len(phrase))
    library.add_annotation(Annotation(id="", article_id=article_id, quote=quote,
                                      position=position, note=note))


def footer_keys(app) -> set[str]:
    return {key for key, active in app.screen.active_bindings.items()
            if active.binding.show and active.enabled}


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def write_note(pilot, text: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(pilot.app.screen, NoteEditor)
    await pilot.press(*text, "ctrl+s")
    await pause_until(pilot, lambda: not isinstance(pilot.app.screen, NoteEditor))


async def test_the_reader_takes_the_library_once_the_other_quits(home, windows, article_id,
                                                                quick_checks):
    writer, library = windows
    app = make_app(library, open_article=article_id, extractor=fixed_extractor)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.pause(0.2)  # several looks at the lock: held, nothing changes
        assert library.readonly and "a" not in footer_keys(app)
        byline = app.screen.query_one("#byline")
        assert "read-only" in str(byline.render())
        add_note(writer, article_id, "China", "saved by the other window")
        writer.close()
        await pause_until(pilot, lambda: any("free now" in m for m in messages(app)))
        assert not library.readonly
        assert any("free now" in m for m in messages(app))
        await pilot.pause()
        assert not any("read-only" in m for m in messages(app))  # gone, not contradicting
        assert "a" in footer_keys(app) and "v" in footer_keys(app)
        assert "read-only" not in str(byline.render())
        listed = app.screen.query_one("#notes-list").option_count
        assert listed == 1  # the other window's note, read from the file
        await pilot.press("j")
        await write_note(pilot, "mine")
        assert notes_on_disk(home) == {"saved by the other window", "mine"}


async def test_a_writing_key_takes_a_free_library_at_once(home, windows, article_id,
                                                          monkeypatch):
    monkeypatch.setattr(tradereader.ui.claiming, "LOCK_CHECK_INTERVAL", 1000.0)  # no timer
    writer, library = windows
    app = make_app(library, open_article=article_id, extractor=fixed_extractor)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "a")  # held: refused, says why
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert messages(app)[-1].startswith("The library is open read-only")
        writer.close()
        await write_note(pilot, "at once")  # `a` takes the library, then writes
        assert not library.readonly
        assert notes_on_disk(home) == {"at once"}


async def test_the_library_screen_shows_what_the_other_imported(home, windows, article_id,
                                                               quick_checks, tmp_path):
    writer, library = windows
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.sub_title == "Library · read-only"
        assert "i" not in footer_keys(app)
        story = tmp_path / "rice.txt"
        story.write_text(OTHER, encoding="utf-8")
        writer.add_article(ingest.read_article(story))
        writer.close()
        await pause_until(pilot, lambda: app.screen.sub_title == "Library")
        assert not library.readonly
        assert app.screen.sub_title == "Library"
        assert "i" in footer_keys(app) and "d" in footer_keys(app)
        assert app.screen.query_one(DataTable).row_count == 2


async def test_a_library_opened_read_only_on_purpose_stays_so(home, article_id, quick_checks):
    library = Library.open(home, readonly=True)  # asked for: no reason given
    try:
        app = make_app(library, open_article=article_id, extractor=fixed_extractor)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            await pilot.press("j", "a")
            await pilot.pause(0.2)
            assert library.readonly and isinstance(app.screen, ReaderScreen)
            assert lock_is_free(home)
    finally:
        library.close()


async def test_a_file_corrupted_meanwhile_keeps_the_window_read_only(home, windows,
                                                                    article_id, quick_checks):
    writer, library = windows
    app = make_app(library, open_article=article_id, extractor=fixed_extractor)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        writer.close()
        (home / "library.json").write_bytes(b"{broken")
        await pause_until(pilot, lambda: any("stays read-only" in m
                                             for m in messages(app)))
        assert any("stays read-only" in m and "cannot be read" in m
                   for m in messages(app))
        assert library.readonly and lock_is_free(home)
        assert (home / "library.json").read_bytes() == b"{broken"


async def test_the_library_is_read_again_off_the_event_loop(home, windows, article_id,
                                                            quick_checks, monkeypatch):
    """Taking the library reads the whole file again: in a thread, so the app answers
    meanwhile (on the event loop every key waited for it, ~15 ms a 5 MB library). Here the
    read takes 2 s: on the loop, one tick would wait that long; off it, no tick waits even
    half of it (the margin absorbs a busy CI machine's pauses: 0.53 s was seen there)."""
    import tradereader.store_core

    real = tradereader.store_core.reload_for_writing

    def slow_reload(path):
        time.sleep(2.0)
        return real(path)

    monkeypatch.setattr(tradereader.store_core, "reload_for_writing", slow_reload)
    writer, library = windows
    gaps: list[float] = []

    async def tick() -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.01)
            gaps.append(time.monotonic() - last)
            last = time.monotonic()

    app = make_app(library, open_article=article_id, extractor=fixed_extractor)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        ticker = asyncio.create_task(tick())
        writer.close()
        await pause_until(pilot, lambda: any("free now" in m for m in messages(app)),
                          tries=80)
        ticker.cancel()
        assert not library.readonly
        assert max(gaps) < 1.0
        await pilot.press("j")
        await write_note(pilot, "after")
        assert notes_on_disk(home) == {"after"}
