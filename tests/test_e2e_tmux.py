"""End to end in a real terminal: tmux runs `tradereader`, keys are typed, the screen is read."""

from __future__ import annotations

from pathlib import Path

import pytest
from tmux_session import TmuxSession, tmux_available, tradereader_command

SEED_TITLE = "US-China Trade Talks Resume"

pytestmark = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed")


def test_first_run_opens_the_seed_search_then_quit(session: TmuxSession, home: Path) -> None:
    session.wait_for(SEED_TITLE)
    session.send("/")
    session.wait_for("Search (Enter")
    session.type("truce")
    session.send("Enter")
    screen = session.wait_for("2 matches for")
    assert "truce" in screen.split("2 matches for", 1)[1]
    session.send("q")  # back to the library
    session.wait_for("Library")
    session.send("q")  # quit
    assert session.exited(), session.screen()
    assert (home / "library.json").exists()


def test_a_second_instance_opens_read_only_and_says_so(home: Path) -> None:
    first = TmuxSession(tradereader_command(), env={"TRADEREADER_HOME": str(home)})
    second = None
    try:
        first.wait_for("mentions")  # its writes on opening (last opened) are done
        before = (home / "library.json").read_bytes()
        second = TmuxSession(tradereader_command(), env={"TRADEREADER_HOME": str(home)})
        screen = second.wait_for("open read-only")
        assert SEED_TITLE in screen and "read-only: notes cannot be saved" in screen
        second.send("q")
        second.wait_for("Library")
        second.send("q")
        assert second.exited()
        assert (home / "library.json").read_bytes() == before
    finally:
        first.close()
        if second is not None:
            second.close()
