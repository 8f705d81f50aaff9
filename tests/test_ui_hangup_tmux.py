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
    tmux, pid = _editor_open_with(home, tmp_path, "half a thought")
    try:
        os.kill(pid, signal.SIGHUP)
        assert tmux.exited(), tmux.screen()
    finally:
        tmux.close()
    stored = json.loads((home / "library.json").read_text(encoding="utf-8"))
    notes = [doc["note"] for doc in stored.get("annotations", {}).values()]
    assert notes == ["half a thought"]


def _editor_open_with(home: Path, tmp_path: Path, typed: str) -> tuple[TmuxSession, int]:
    """tradereader in tmux on a short article, the note editor open with `typed` in it;
    the session and the app's pid (closed here if opening fails)."""
    article = tmp_path / "talks.txt"
    article.write_text(TITLE + "\n\n" + "\n\n".join([PARAGRAPH] * 3), encoding="utf-8")
    tmux = TmuxSession([*tradereader_command(), str(article)],
                       env={"TRADEREADER_HOME": str(home)})
    try:
        tmux.wait_for(TITLE)
        tmux.wait_for("mentions")
        tmux.send("j", "a")
        tmux.wait_for("ctrl+s save")
        tmux.type(typed)
        tmux.wait_for(typed)
        return tmux, int(tmux._tmux("display-message", "-p", "-t", "main", "#{pane_pid}"))
    except BaseException:
        tmux.close()
        raise


def _ended(pid: int, timeout: float = 10.0) -> bool:
    """Whether process `pid` ended (gone, or a zombie nobody reaped) within `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.1)
    return False


def test_a_window_closed_over_the_note_editor_ends_the_process(home: Path,
                                                               tmp_path: Path) -> None:
    """The terminal really going away (not a signal sent by hand) sends SIGHUP and SIGCONT:
    the app saved the note, then hung in its shutdown for good, holding the library's lock
    (Textual resumed its output on SIGCONT, on a terminal that was gone)."""
    from tradereader.store import Library

    tmux, pid = _editor_open_with(home, tmp_path, "left open")
    tmux.close()  # the window goes: its terminal hangs up
    ended = _ended(pid)
    if not ended:
        os.kill(pid, signal.SIGKILL)
    assert ended, "tradereader was still running 10 s after its window closed"
    with Library.open(home) as library:  # the lock is free
        assert [note.note for note in library.annotations()] == ["left open"]
