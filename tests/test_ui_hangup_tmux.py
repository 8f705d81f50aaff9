"""In a real terminal: closing the window (SIGHUP) or `kill` (SIGTERM) keeps the reading
position, as quitting does; they used to end the process where it stood."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from tmux_session import TmuxSession, tmux_available, tradereader_command

TITLE = "Tariff talks drag on"
PARAGRAPH = ("Negotiators from both sides met again on Tuesday to discuss tariffs on steel, "
             "market access for farm goods and the timing of any new agreement. ")

pytestmark = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed")


@pytest.mark.parametrize("number", [signal.SIGHUP, signal.SIGTERM])
def test_a_closed_terminal_keeps_the_reading_position(home: Path, tmp_path: Path,
                                                      number: int) -> None:
    article = tmp_path / "talks.txt"  # longer than a screen
    article.write_text(TITLE + "\n\n" + "\n\n".join([PARAGRAPH * 3] * 20), encoding="utf-8")
    tmux = TmuxSession([*tradereader_command(), str(article)],
                       env={"TRADEREADER_HOME": str(home)})
    try:
        tmux.wait_for(TITLE)
        tmux.wait_for("mentions")  # settled: the sidebar is built
        first_line = tmux.screen().splitlines()[3]
        tmux.send("PageDown")
        _wait_until(tmux, lambda screen: screen.splitlines()[3] != first_line)
        pid = int(tmux._tmux("display-message", "-p", "-t", "main", "#{pane_pid}"))
        os.kill(pid, number)  # what the terminal does when its window is closed
        assert tmux.exited(), tmux.screen()
    finally:
        tmux.close()
    stored = json.loads((home / "library.json").read_text(encoding="utf-8"))
    positions = {doc["title"]: doc.get("position") for doc in stored["articles"].values()}
    assert positions[TITLE] > 0


def _wait_until(tmux: TmuxSession, condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition(tmux.screen()):
            return
        time.sleep(0.1)
    raise AssertionError(tmux.screen())


def test_a_note_being_written_when_the_terminal_closes_is_saved(home: Path,
                                                                tmp_path: Path) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(TITLE + "\n\n" + "\n\n".join([PARAGRAPH] * 3), encoding="utf-8")
    tmux = TmuxSession([*tradereader_command(), str(article)],
                       env={"TRADEREADER_HOME": str(home)})
    try:
        tmux.wait_for(TITLE)
        tmux.wait_for("mentions")
        tmux.send("j", "a")
        tmux.wait_for("ctrl+s save")
        tmux.type("half a thought")
        tmux.wait_for("half a thought")
        pid = int(tmux._tmux("display-message", "-p", "-t", "main", "#{pane_pid}"))
        os.kill(pid, signal.SIGHUP)
        assert tmux.exited(), tmux.screen()
    finally:
        tmux.close()
    stored = json.loads((home / "library.json").read_text(encoding="utf-8"))
    notes = [doc["note"] for doc in stored.get("annotations", {}).values()]
    assert notes == ["half a thought"]
