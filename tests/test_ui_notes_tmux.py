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


def _documents(stored: dict, table: str) -> list[dict]:
    """The documents of a TinyDB table (a dict of doc id -> document)."""
    return list(stored.get(table, {}).values())
