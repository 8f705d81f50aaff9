"""The engine's work on a long text, spread over a machine's cores.

Two ways, both invisible in the result (`tests/test_extract_parallel.py` checks that
every path gives what the plain one gives):

- `Meanwhile`: a native automaton scan on another thread. The scans release the
  interpreter lock, so they overlap Python work in this process.
- `DatesHelper`: the date tagger in a helper process while this one finds the actors
  and issues. The two share nothing, and each is Python work that a thread could not
  overlap. Tagging the dates takes less time than the actors and issues, so from
  its second text on (on its first, its date rules compile as it meets them) the
  helper first reads the last part of the text for them (the lexicon's scan, and the
  names near its titles and cues, `read_part`) while this process reads the first:
  work that goes by the place in the text, so the two parts' joined are the whole's.
  The helper is forked at the first long text and kept for the next ones: the text
  goes to it and what it read comes back through pipes, as marshalled tuples; if
  anything goes wrong there (a crash, a kill, a broken pipe), `part_read()` and
  `result()` say so with None, the helper is let go, and the caller does the work
  itself.

Why one helper kept rather than a child forked for each text: after a fork every page
of this process is shared with the child, and the first write to each costs a fault
and a copy. Finding the actors and issues of a 0.85 MB text writes ~3,600 such pages,
~10 ms of its ~75. A kept helper pays that once; it also keeps the tables its date
tagger fills as it reads (the rules compiled, each opening word's rules narrowed), so
a second long text finds them filled. Its price: it keeps the pages this process had
when it was forked (shared until this process changes them) for as long as this
process lives.

The helper is forked only where it is safe and pays: on Linux, from a process with one
thread (a fork copies only the calling thread, so a lock another thread held would
stay locked in the child), with a core to spare (on a busy machine the helper only
competes with its parent). Once forked it may serve a process that has threads since
(one text at a time; a second caller meanwhile tags its own dates). It closes every
file it inherited but its two pipes (a lock file or socket of this process is not
kept open by it), ignores the terminal's Ctrl-C (this process decides), and ends when
this process closes its pipe: at exit, or when this process ends in any way, even
killed. A child forked from this process later does not use it. A Textual app has
threads, so the reader never forks from its own process; its long articles are
extracted in a child interpreter, which may. If that interpreter is killed (the user
left the article), its helper finishes its text, finds the pipes closed and exits.
"""

from __future__ import annotations

import atexit
import gc
import marshal
import os
import signal
import struct
import sys
import threading
from _thread import allocate_lock
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .mentions import mentions_of_rows

if TYPE_CHECKING:
    from datetime import date

    from ..mention import Mention

__all__ = ["Meanwhile", "can_fork", "dates_meanwhile", "forget"]


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
    """Whether this process may fork a helper to share the work: Linux, a core to spare
    and no thread but this one."""
    return (sys.platform.startswith("linux") and threading.active_count() == 1
            and _core_to_spare())


def _core_to_spare() -> bool:
    """More than one core, and the last minute's load average leaves one free (on a busy
    machine the helper would only compete with this process)."""
    cores = os.cpu_count() or 1
    return cores > 1 and os.getloadavg()[0] < cores - 0.5


_generation = 0  # how often the engine's memos of phrases were emptied (`forget`)


def forget() -> None:
    """The engine's memos were emptied (`forget_phrases`): the helper empties its own
    before the next text it tags."""
    global _generation
    _generation += 1


class DatesHelper:
    """The helper process that tags dates: `tag(text, published)` (a list of date
    Mentions) run there, `forget_memos()` before a text when `forget` was called since
    the last one; and, first, when asked, `read_part(text, start)` (what the engine
    reads of the text from `start` on, in marshallable rows)."""

    def __init__(self, tag, forget_memos, read_part=None) -> None:
        self.read_part = read_part
        self.texts = 0  # texts sent to it so far
        pipes: list[int] = []
        self.pid = None
        try:  # nothing left behind if anything fails, Ctrl-C included
            requests_in, self._requests = _pipe(pipes)
            self._replies, replies_out = _pipe(pipes)
            _widen(self._requests)
            _widen(replies_out)
            self.owner = os.getpid()
            self.generation = _generation
            self.pid = os.fork()
            if self.pid == 0:  # the helper: never returns
                _serve(requests_in, replies_out, tag, forget_memos, read_part)
            os.close(requests_in)
            os.close(replies_out)
        except BaseException:
            for pipe in pipes:
                _close(pipe)
            if self.pid:
                _reap(self.pid)
            raise

    def ask(self, text: str, published: date | None, part: int | None = None) -> None:
        """Send `text` to be tagged; `answer()` reads its dates, after what the helper
        read of the text from `part` on if a part was given. Raises BrokenPipeError when
        the helper is gone (never a SIGPIPE: a caller may have set it to kill)."""
        day = published.isoformat() if published is not None else None
        frame = marshal.dumps((text, day, self.generation != _generation, part))
        with _no_sigpipe():
            _write_frame(self._requests, frame)
        self.generation = _generation
        self.texts += 1

    def answer(self) -> Any:
        """The next answer about the text last sent: what the helper read of its part,
        if one was asked, then the rows of its dates; None for what the helper could not do.
        Raises OSError, EOFError or ValueError when the helper is gone."""
        return marshal.loads(_read_frame(self._replies))

    def end(self) -> None:
        """End the helper now (even mid-text) and reap it."""
        self.close_pipes()
        _reap(self.pid)

    def close_pipes(self) -> None:
        for pipe in (self._requests, self._replies):
            _close(pipe)


class HelperDates:
    """The dates of one text asked of the helper: `result()` waits for them (None if the
    helper could not give them); `cancel()` when they are no longer wanted. One of the
    two must be called: both let the next caller use the helper. Where a part of the
    text was asked for (`part_asked`: not of a helper's first text, see
    `dates_meanwhile`), `part_read()` first waits for what the helper read of it (None
    if it could not)."""

    def __init__(self, helper: DatesHelper, text: str, part: int | None = None) -> None:
        self._helper, self._text = helper, text
        self.part_asked = self._part_due = part is not None  # what it read of the part
        # is the next answer
        self._held = True  # this caller holds the helper's lock
        self._gone = False  # the helper failed: no answer to wait for

    def part_read(self) -> Any:
        if not self._part_due:
            return None
        self._part_due = False
        return self._answer()

    def result(self) -> list[Mention] | None:
        try:
            if self._part_due:
                self.part_read()  # not wanted, but it comes before the dates
            rows = self._answer()
        finally:
            self._let_the_next_caller_use_it()
        return mentions_of_rows(self._text, rows) if rows is not None else None

    def cancel(self) -> None:
        if not self._held:
            return
        try:
            _let_go()  # mid-text: its answer would be read by the next caller
        finally:
            self._let_the_next_caller_use_it()

    def _answer(self) -> Any:
        """The helper's next answer, or None when it is gone (it is let go)."""
        if self._gone:
            return None
        try:
            return self._helper.answer()
        except (OSError, EOFError, ValueError, TypeError):  # the helper gone, or garbled
            self._gone = True
            _let_go()
            return None
        except BaseException:  # e.g. Ctrl-C mid-answer: the rest would reach the next caller
            self._gone = True
            try:
                _let_go()
            finally:
                self._let_the_next_caller_use_it()
            raise

    def _let_the_next_caller_use_it(self) -> None:
        if self._held:
            self._held = False
            _helper_lock.release()


def dates_meanwhile(tag, forget_memos, text: str, published: date | None,
                    read_part=None, part: int | None = None) -> HelperDates | None:
    """Ask the helper (forked now if there is none, where `can_fork`) to tag `text`'s
    dates against `published` while the caller goes on, and first to read the text's
    part from offset `part` on (`read_part(text, part)`) if one is given and this is
    not the helper's first text; None
    where it cannot be used now (no fork here, a busy machine, or another caller using
    it): the caller tags them itself."""
    if not _helper_lock.acquire(blocking=False):
        return None
    try:
        helper = _usable_helper(tag, forget_memos, read_part)
        if helper is not None:
            if helper.read_part is None or helper.texts == 0:
                part = None  # forked for another caller, with no part reader; or its
                # first text, whose dates take it twice as long (the date tagger compiles
                # each rule and narrows each opening word's rules as it first meets them,
                # ~100 ms for 0.85 MB): then this process reads all of the text
            helper.ask(text, published, part)
            return HelperDates(helper, text, part)
    except OSError:  # no fork possible, or the helper gone: its pipe broken
        _let_go()
    except BaseException:  # e.g. Ctrl-C mid-text: the helper would read half a text
        try:
            _let_go()
        finally:
            _helper_lock.release()
        raise
    _helper_lock.release()
    return None


def _usable_helper(tag, forget_memos, read_part=None) -> DatesHelper | None:
    """The helper, forked if need be; None where none may be used now."""
    global _helper
    if _helper is not None and _helper.owner == os.getpid():
        return _helper if _core_to_spare() else None
    if not can_fork():
        return None
    _helper = DatesHelper(tag, forget_memos, read_part)
    return _helper


def _let_go() -> None:
    """End the helper, if any (at exit, or when it failed or was interrupted)."""
    global _helper
    helper, _helper = _helper, None
    if helper is not None and helper.owner == os.getpid():
        helper.end()


def _after_fork_in_child() -> None:
    """In a child forked from this process (the helper itself, or the caller's own
    child): the helper is this process's parent's, not its own; its pipes closed here
    (the helper must see them closed when its parent ends) and the lock new (it may
    have been held at the fork)."""
    global _helper, _helper_lock
    if _helper is not None:
        _helper.close_pipes()
    _helper, _helper_lock = None, allocate_lock()


_helper: DatesHelper | None = None
_helper_lock = allocate_lock()  # held by the caller whose text the helper tags
if hasattr(os, "register_at_fork"):  # POSIX: where there is no fork there is no helper
    os.register_at_fork(after_in_child=_after_fork_in_child)
atexit.register(_let_go)


# What a pipe holds (Linux: `fcntl.F_SETPIPE_SZ`; 1 MiB is what an unprivileged process
# may ask by default). With the default 64 KiB, the dates of a 0.85 MB text (about
# 120 KB) did not fit: the helper waited in its write until this process read them. With
# room for them it writes and is free, and the text sent to it fits too: this process
# goes on to the actors and issues at once.
_PIPE_SIZE = 1 << 20


def _widen(pipe: int) -> None:
    """Give `pipe` room for `_PIPE_SIZE` bytes where the system allows; else leave it."""
    try:
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass  # not Linux, or a lower limit: the writer waits for the reader


def _serve(requests: int, replies: int, tag, forget_memos, read_part=None) -> None:
    """In the helper: tag the dates of each text sent (after reading the part asked
    for, if any) until the pipe is closed, then exit at once (no clean-up of the parent's
    objects, no buffered output of the parent's flushed twice). A text whose tagging or
    reading fails is answered None; anything else ends the helper (the parent then finds
    its pipe closed)."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)  # a closed pipe: an error, then exit
        _close_files_but(requests, replies)
        _no_terminal()
        gc.freeze()  # what it inherited is never walked (each page would be copied)
        gc.disable()  # no collection while a text is read: the tagger makes tens of
        # thousands of objects and no cycles, and the collections it set off took a
        # seventh of its time (dates of a 0.85 MB text 50 ms, 43 without)
        while (frame := _read_frame(requests, at_end=None)) is not None:
            text, day, forget_first, part = marshal.loads(frame)
            if forget_first:
                forget_memos()
            if part is not None:
                _write_frame(replies, _marshalled(read_part, text, part))
            _write_frame(replies, _marshalled(_rows, tag, text, day))
            del text, frame
            gc.collect()  # between texts, what cycles there were
        status = 0
    except BaseException:  # noqa: BLE001 - the parent sees the pipe closed
        pass
    finally:
        os._exit(status)


def _rows(tag, text: str, day: str | None) -> list[tuple]:
    return [(m.start, m.end, m.kind, m.subtype, m.value, m.why) for m in tag(text, day)]


def _marshalled(func, *args) -> bytes:
    """`func(*args)` marshalled; None marshalled if it fails (the parent then does that
    work itself)."""
    try:
        return marshal.dumps(func(*args))
    except Exception:  # noqa: BLE001 - answered None
        return marshal.dumps(None)


def _close_files_but(*keep: int) -> None:
    """Close every file descriptor above stderr but `keep` (listed in /proc where there
    is one; elsewhere the helper keeps what it inherited)."""
    try:
        open_now = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        return
    for fd in open_now:
        if fd > 2 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass  # the listing's own descriptor, closed already


def _reap(pid: int) -> None:
    """End the child `pid` now and reap it, unless it was reaped already."""
    try:
        if os.waitpid(pid, os.WNOHANG) == (0, 0):  # still ours: not reaped yet
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass  # reaped already, by a handler of the caller's that waits for any child:
        # its pid may be another process's now, so no signal is sent


def _no_terminal() -> None:
    """Standard input and output on /dev/null: whoever reads the parent's output (a
    pipe) sees it end when the parent ends, not when the helper does."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


def _pipe(made: list[int]) -> tuple[int, int]:
    """A pipe, its two ends added to `made` (to be closed if what follows fails)."""
    ends = os.pipe()
    made.extend(ends)
    return ends


def _close(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass  # closed already


@contextmanager
def _no_sigpipe():
    """Writing to a pipe whose reader is gone raises BrokenPipeError in this thread,
    whatever the process does with SIGPIPE (Python ignores it; a caller may not): the
    signal is blocked meanwhile, and one it raised is taken before it is unblocked."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPIPE})
    try:
        yield
    finally:
        if signal.SIGPIPE in signal.sigpending():
            signal.sigtimedwait({signal.SIGPIPE}, 0)
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


_LENGTH = struct.Struct("<Q")


def _write_frame(pipe: int, data: bytes) -> None:
    view = memoryview(_LENGTH.pack(len(data)) + data)
    while view:
        view = view[os.write(pipe, view):]


def _read_frame(pipe: int, at_end=EOFError):
    """The next frame's bytes; at the end of the pipe, `at_end` raised (a class) or given."""
    size = _read_exactly(pipe, _LENGTH.size)
    if size is None:
        if at_end is None:
            return None
        raise at_end("the pipe was closed")
    data = _read_exactly(pipe, _LENGTH.unpack(size)[0])
    if data is None:
        raise EOFError("the pipe was closed mid-frame")
    return data


def _read_exactly(pipe: int, size: int) -> bytes | None:
    """`size` bytes from `pipe`, or None if it ends first."""
    chunks, missing = [], size
    while missing:
        chunk = os.read(pipe, min(missing, _PIPE_SIZE))
        if not chunk:
            return None
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)
