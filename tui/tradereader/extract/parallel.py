"""The engine's work on a long text, spread over a machine's cores.

Two ways, both invisible in the result (`tests/test_extract_parallel.py` checks that
every path gives what the plain one gives):

- `Meanwhile`: a native automaton scan on another thread. The scans release the
  interpreter lock, so they overlap Python work in this process.
- `DatesInChild`: the date tagger in a forked child process while this one finds the
  actors and issues. The two halves share nothing, and each is Python work that a
  thread could not overlap. The child sends its mentions back through a pipe, as
  marshalled tuples; if anything goes wrong there (no fork, a crash, a kill), `result()`
  says so with None and the caller tags the dates itself.

A fork is only made where it is safe and pays: on Linux, from a process with one
thread (a fork copies only the calling thread, so a lock another thread held would
stay locked in the child), with a core to spare (on a busy machine the child only
competes with its parent, and the page copies after a fork make the whole slower). A Textual app has threads, so the reader never forks from
its own process; its long articles are extracted in a child interpreter, which may.
If that interpreter is killed (the user left the article), its date tagger finishes its
text, finds the pipe closed and exits: it is never left waiting.
"""

from __future__ import annotations

import marshal
import os
import signal
import sys
import threading

from ..model import Mention
from .mentions import mentions_of_rows

__all__ = ["DatesInChild", "Meanwhile", "can_fork"]


class Meanwhile:
    """`func(*args)` on another thread; `result()` waits for it and raises what it
    raised."""

    def __init__(self, func, *args) -> None:
        self._result = self._error = None
        self._thread = threading.Thread(target=self._run, args=(func, args), daemon=True)
        self._thread.start()

    def _run(self, func, args) -> None:
        try:
            self._result = func(*args)
        except BaseException as error:  # handed to the caller by `result`
            self._error = error

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


def can_fork() -> bool:
    """Whether this process may fork a child to share the work: Linux, more than one
    core, a core to spare (the last minute's load average leaves one free: on a busy
    machine the child would only compete with this process) and no thread but this one."""
    cores = os.cpu_count() or 1
    return (sys.platform.startswith("linux") and cores > 1
            and threading.active_count() == 1 and os.getloadavg()[0] < cores - 0.5)


class DatesInChild:
    """`tag(text, published)` (a list of date Mentions) run in a forked child.

    `result()` waits for the child and gives its mentions, or None if the child could
    not give them; `cancel()` ends the child when its work is no longer wanted. One of
    the two must be called: both reap the child.
    """

    def __init__(self, tag, text: str, published) -> None:
        self._text = text
        read_end, write_end = os.pipe()
        _widen(write_end)
        try:
            self._pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            self._pid = None
            return
        if self._pid == 0:  # the child: never returns
            os.close(read_end)
            _serve(write_end, tag, text, published)
        os.close(write_end)
        self._pipe = read_end

    def result(self) -> list[Mention] | None:
        if self._pid is None:
            return None
        try:
            data = _read_all(self._pipe)
        finally:
            os.close(self._pipe)
            status = os.waitpid(self._pid, 0)[1]
        if status != 0:
            return None
        try:
            rows = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            return None
        return mentions_of_rows(self._text, rows)

    def cancel(self) -> None:
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.close(self._pipe)
        os.waitpid(self._pid, 0)


# What a pipe holds (Linux: `fcntl.F_SETPIPE_SZ`; 1 MiB is what an unprivileged process
# may ask by default). With the default 64 KiB, a child's dates (about 120 KB for a
# 0.85 MB text) did not fit: the child waited in its write until this process read, and
# only then exited, so the parent paid for the child's exit (its address space torn down,
# ~2.5 ms) in `waitpid`. With room for them the child writes, exits and is gone while
# the parent still finds actors and issues.
_PIPE_SIZE = 1 << 20


def _widen(pipe: int) -> None:
    """Give `pipe` room for `_PIPE_SIZE` bytes where the system allows; else leave it."""
    try:
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass  # not Linux, or a lower limit: the child waits for the reader, as before


def _serve(pipe: int, tag, text: str, published) -> None:
    """In the child: tag the dates, write them to `pipe`, and exit at once (no
    clean-up of the parent's objects, no buffered output of the parent's flushed
    twice). Exit status 1 if anything failed."""
    status = 1
    try:
        rows = [(m.start, m.end, m.kind, m.subtype, m.value, m.why)
                for m in tag(text, published)]
        _write_all(pipe, marshal.dumps(rows))
        status = 0
    except BaseException:  # reported by the status; the parent tags the dates itself
        pass
    finally:
        os._exit(status)


def _write_all(pipe: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(pipe, view):]
    os.close(pipe)


def _read_all(pipe: int) -> bytes:
    chunks = []
    while chunk := os.read(pipe, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)
