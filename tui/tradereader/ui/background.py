"""Long work that must never keep the app from quitting."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Abandoned(Exception):
    """The caller stopped waiting (its worker was cancelled)."""


def run_abandonable(work: Callable[[], T], cancelled: Callable[[], bool], poll: float = 0.1) -> T:
    """Run `work` in a daemon thread and wait for it, checking `cancelled` every `poll` s.

    Called from a Textual thread worker: when the worker is cancelled (the screen
    closes, the app quits) this returns at once by raising Abandoned, and the daemon
    thread, left to finish, cannot hold up the process's exit.
    """
    outcome: dict[str, object] = {}
    done = threading.Event()

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread
            outcome["error"] = error
        finally:
            done.set()

    threading.Thread(target=target, name="tradereader-work", daemon=True).start()
    while not done.wait(poll):
        if cancelled():
            raise Abandoned()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
