"""End to end in a real terminal: annotate the seed article, quit, find the note on disk."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from tmux_session import TmuxSession, tmux_available

SEED_TITLE = "US-China Trade Talks Resume"

pytestmark = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed")


def test_annotate_the_seed_then_quit_and_find_the_note(session: TmuxSession, home: Path) -> None:
    session.wait_for(SEED_TITLE)
    session.send("j", "v", "j", "a")  # the first two sentences
    session.wait_for("ctrl+s save")
    session.type("Truce on thin ice")
    time.sleep(0.3)  # a pause, as a person makes: a Tab sent in one burst with the text was lost
    session.send("Tab")
    time.sleep(0.3)
    session.type("phase-one, wto")
    session.send("C-s")
    screen = session.wait_for("“Trade negotiators")  # the note peek, once the editor closed
    assert "Truce on thin ice" in screen
    assert "▌" in screen  # the margin marks the annotated lines
    session.send("q")  # back to the library
    session.wait_for("Library")
    session.send("q")  # quit
    assert session.exited(), session.screen()
    stored = json.loads((home / "library.json").read_text(encoding="utf-8"))
    notes = [doc for doc in _documents(stored, "annotations")]
    assert [(n["note"], n["tags"]) for n in notes] == [("Truce on thin ice", ["phase-one", "wto"])]
    assert notes[0]["quote"]["exact"].startswith("Trade negotiators from the United States")


def _wait_for_the_reader_with(session: TmuxSession, text: str, timeout: float = 20.0) -> str:
    """The screen once `text` shows with the editor closed (the note typed shows in the
    editor too, before ctrl+s has been handled)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = session.screen()
        if text in screen and "ctrl+s save" not in screen and "Annotate" in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"the reader with {text!r} did not appear:\n{screen}")


def _documents(stored: dict, table: str) -> list[dict]:
    """The documents of a TinyDB table (a dict of doc id -> document)."""
    return list(stored.get(table, {}).values())


def test_a_note_typed_at_once_after_a_is_saved_whole(session: TmuxSession, home: Path) -> None:
    """`a` and the note in one send-keys, as a quick typist: every key reaches the editor
    (the reader's keys took them: `u` undid, `q` would have left the reader)."""
    session.wait_for(SEED_TITLE)
    session.wait_for("Annotate")  # the footer: the reader is built
    session.send("a", "Quick quiet undo note", "C-s")
    _wait_for_the_reader_with(session, "Quick quiet undo note")  # the peek: saved, closed
    session.send("q")
    session.wait_for("Library")
    session.send("q")
    assert session.exited(), session.screen()
    stored = json.loads((home / "library.json").read_text(encoding="utf-8"))
    assert [n["note"] for n in _documents(stored, "annotations")] == [
        "Quick quiet undo note"]
