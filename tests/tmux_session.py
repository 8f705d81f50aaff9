"""A tiny driver for running `tradereader` in a real terminal under tmux."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path


def tradereader_command() -> list[str]:
    """The installed `tradereader` script beside this interpreter, else `python -m`."""
    script = Path(sys.executable).parent / "tradereader"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "tradereader.cli"]


def tmux_available() -> bool:
    return shutil.which("tmux") is not None


class TmuxSession:
    """One detached tmux server and session running a command at a fixed size."""

    def __init__(self, command: list[str], env: dict[str, str], width=120, height=40) -> None:
        self.socket = f"tradereader-test-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        shell = f"env {exports} TERM=xterm-256color {shlex.join(command)}"
        size = ["-x", str(width), "-y", str(height)]
        self._tmux("-f", "/dev/null", "new-session", "-d", "-s", "main", *size, shell)
        self._tmux("set-option", "-t", "main", "remain-on-exit", "on")
        # a detached session may start at 80x24 whatever -x/-y say: fix the size
        self._tmux("set-option", "-g", "window-size", "manual")
        self._tmux("resize-window", "-t", "main", *size)

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=10
        )
        return result.stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "main")

    def send(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", "main", *keys)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", "main", "-l", text)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear on screen:\n{screen}")

    def exited(self, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._tmux("display-message", "-p", "-t", "main", "#{pane_dead}").strip() == "1":
                return True
            time.sleep(0.1)
        return False

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)
