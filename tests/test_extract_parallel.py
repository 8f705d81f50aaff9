"""A long text's dates tagged by the helper process: the same mentions, the helper kept
for the next text, and nothing left behind or lost when the helper or the caller fails."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

import tradereader.extract as engine
from tradereader.extract import extract, forget_phrases, parallel
from tradereader.extract.dates import tag_dates
from tradereader.extract.parallel import DatesHelper, can_fork
from tradereader.model import Mention

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
                                reason="the engine forks only on Linux with two cores or more")

STORY = ("U.S. Trade Representative Clayton Yeutter said on March 3 that Japan's Ministry "
         "of International\nTrade and Industry would cut tariffs by the end of 1987.\n\n"
         "Last week the European Community's ministers met in Brussels for two days.\n\n")


def _rows(mentions):
    return [(m.start, m.end, m.text, m.kind, m.subtype, m.value, m.why) for m in mentions]


@pytest.fixture(autouse=True)
def idle_machine(monkeypatch):
    """The helper depends on the load average; these tests must not depend on the
    machine that runs them (a test that wants a busy machine says so)."""
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))


@pytest.fixture(autouse=True)
def no_helper_left():
    """Each test starts with no helper and ends its own."""
    parallel._let_go()
    yield
    parallel._let_go()
    assert parallel._helper_lock.acquire(blocking=False), "the helper's lock was kept"
    parallel._helper_lock.release()


@pytest.fixture
def long_text():
    text = STORY * (engine._HELPER_FROM // len(STORY) + 1)
    assert len(text) >= engine._HELPER_FROM
    return text


@pytest.fixture
def helpers(monkeypatch):
    """The pids of the helpers forked meanwhile."""
    pids = []
    real_init = DatesHelper.__init__

    def counting_init(self, *args):
        real_init(self, *args)
        pids.append(self.pid)

    monkeypatch.setattr(DatesHelper, "__init__", counting_init)
    return pids


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _tagged_here(text: str, published: str, monkeypatch) -> list[Mention]:
    with monkeypatch.context() as patch:
        patch.setattr(engine, "_HELPER_FROM", len(text) + 1)
        return extract(text, published)


def test_the_helpers_dates_equal_those_tagged_here(long_text, helpers, monkeypatch):
    assert can_fork()  # else this test would compare the plain path with itself
    helped = extract(long_text, "1987-03-04")
    assert len(helpers) == 1 and not _gone(helpers[0])
    here = _tagged_here(long_text, "1987-03-04", monkeypatch)
    assert len(helpers) == 1
    assert _rows(helped) == _rows(here)
    assert sum(m.kind == "date" for m in helped) >= 3 * (len(long_text) // len(STORY))


def test_the_helper_is_kept_for_the_next_long_text(long_text, helpers, monkeypatch):
    first = extract(long_text, "1987-03-04")
    other = long_text.replace("1987", "1991")
    second = extract(other, "1991-05-06")
    assert len(helpers) == 1  # one fork for both
    assert _rows(first) == _rows(_tagged_here(long_text, "1987-03-04", monkeypatch))
    assert _rows(second) == _rows(_tagged_here(other, "1991-05-06", monkeypatch))
    assert any(m.value == "1991" for m in second)


def test_a_date_object_and_its_string_give_the_same(long_text, helpers):
    from datetime import date, datetime

    as_text = _rows(extract(long_text, "1987-03-04"))
    assert _rows(extract(long_text, date(1987, 3, 4))) == as_text
    assert _rows(extract(long_text, datetime(1987, 3, 4, 15, 30))) == as_text
    assert len(helpers) == 1


def test_no_publication_date_gives_relative_values(long_text, helpers, monkeypatch):
    helped = extract(long_text)
    assert len(helpers) == 1
    assert _rows(helped) == _rows(_tagged_here(long_text, None, monkeypatch))
    assert any(m.value == "PAST_REF" or m.value.startswith("P") for m in helped
               if m.kind == "date")


def test_lone_surrogates_in_the_text_reach_the_helper(long_text, helpers, monkeypatch):
    text = long_text + "On March 5 \udcff tariffs rose.\n"
    helped = extract(text, "1987-03-04")
    assert len(helpers) == 1
    assert _rows(helped) == _rows(_tagged_here(text, "1987-03-04", monkeypatch))


def test_a_short_text_never_forks(helpers):
    extract(STORY * 10, "1987-03-04")
    assert helpers == []


def test_no_fork_while_another_thread_runs(long_text, helpers):
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not can_fork()
        mentions = extract(long_text, "1987-03-04")
    finally:
        release.set()
        other.join()
    assert helpers == []
    assert any(m.kind == "date" for m in mentions)


def test_a_helper_forked_earlier_serves_a_process_with_threads(long_text, helpers):
    extract(long_text, "1987-03-04")
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        mentions = extract(long_text, "1987-03-04")
    finally:
        release.set()
        other.join()
    assert len(helpers) == 1 and parallel._helper.pid == helpers[0]
    assert any(m.kind == "date" for m in mentions)


def test_no_fork_and_no_helper_on_a_busy_machine(long_text, helpers, monkeypatch):
    extract(long_text, "1987-03-04")  # the helper forked while the machine was idle
    monkeypatch.setattr(os, "getloadavg", lambda: (float(os.cpu_count() or 1), 0.0, 0.0))
    assert not can_fork()
    asked = []
    real_ask = DatesHelper.ask
    monkeypatch.setattr(DatesHelper, "ask", lambda self, *a: asked.append(a) or real_ask(self, *a))
    assert any(m.kind == "date" for m in extract(long_text, "1987-03-04"))
    assert asked == [] and len(helpers) == 1


def test_a_second_caller_meanwhile_tags_its_own_dates(long_text, helpers):
    extract(long_text, "1987-03-04")
    parallel._helper_lock.acquire()  # another thread's text is with the helper
    try:
        assert parallel.dates_meanwhile(tag_dates, forget_phrases, long_text, None) is None
        mentions = extract(long_text, "1987-03-04")
    finally:
        parallel._helper_lock.release()
    assert any(m.kind == "date" for m in mentions)


def _fails(_text, _published):
    raise RuntimeError("the tagger broke")


def test_a_text_the_helper_cannot_tag_is_answered_none_and_the_helper_stays():
    helper = DatesHelper(_fails, lambda: None)
    try:
        helper.ask("On March 3.", None)
        assert helper.answer() is None
        assert not _gone(helper.pid)
    finally:
        helper.end()
    assert _gone(helper.pid)


def test_the_caller_tags_the_dates_itself_when_the_helper_dies(long_text, helpers, monkeypatch):
    expected = _rows(_tagged_here(long_text, "1987-03-04", monkeypatch))
    assert _rows(extract(long_text, "1987-03-04")) == expected
    os.kill(helpers[0], signal.SIGKILL)  # killed between two texts
    os.waitpid(helpers[0], 0)
    assert _rows(extract(long_text, "1987-03-04")) == expected  # its pipe found broken
    assert parallel._helper is None or parallel._helper.pid != helpers[0]
    assert _rows(extract(long_text, "1987-03-04")) == expected  # a new helper
    assert len(helpers) == 2 and not _gone(helpers[1])


def test_the_caller_tags_the_dates_itself_when_the_helper_dies_mid_text(
        long_text, helpers, monkeypatch):
    expected = _rows(_tagged_here(long_text, "1987-03-04", monkeypatch))
    real = engine._actors_issues

    def kill_the_helper_then_find(*args, **kwargs):
        os.kill(parallel._helper.pid, signal.SIGKILL)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "_actors_issues", kill_the_helper_then_find)
    assert _rows(extract(long_text, "1987-03-04")) == expected
    assert parallel._helper is None and _gone(helpers[0])  # reaped: no zombie


def test_an_error_in_the_caller_ends_and_reaps_the_helper(long_text, helpers, monkeypatch):
    def broken(*_args, **_kwargs):
        raise MemoryError("actors failed")

    monkeypatch.setattr(engine, "_actors_issues", broken)
    with pytest.raises(MemoryError, match="actors failed"):
        extract(long_text, "1987-03-04")
    assert len(helpers) == 1 and _gone(helpers[0]) and parallel._helper is None


def test_forgetting_the_phrases_empties_the_helpers_memos_too(tmp_path):
    told = tmp_path / "forgotten"
    helper = DatesHelper(tag_dates, lambda: told.open("a").write("forgot\n"))
    try:
        for forget_first in (False, True, False):
            if forget_first:
                forget_phrases()
            helper.ask("On March 3.", None)
            assert helper.answer()
    finally:
        helper.end()
    assert told.read_text() == "forgot\n"  # once, before the second text only


def test_an_interrupted_answer_lets_the_helper_go(long_text, helpers, monkeypatch):
    """Ctrl-C while the dates come back: the rest of them must not reach the next text."""
    extract(long_text, "1987-03-04")

    def interrupted(self):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(DatesHelper, "answer", interrupted)
        with pytest.raises(KeyboardInterrupt):
            extract(long_text, "1987-03-04")
    assert parallel._helper is None and _gone(helpers[0])
    assert _rows(extract(long_text, "1987-03-04")) == _rows(
        _tagged_here(long_text, "1987-03-04", monkeypatch))


def _many_dates(text, _published):
    return [Mention(0, 1, text[:1], "date", "DATE", f"1987-03-{i:05d}", "rule") for i in range(20_000)]


def test_the_helper_sends_every_field_of_each_date():
    text = "Tariffs rose in the first quarter of 1987 and every month since last week."
    helper = DatesHelper(tag_dates, lambda: None)
    try:
        helper.ask(text, parallel_date("1987-06-10"))
        rows = helper.answer()
    finally:
        helper.end()
    assert rows == [(m.start, m.end, m.kind, m.subtype, m.value, m.why)
                    for m in tag_dates(text, "1987-06-10")]


def parallel_date(text: str):
    from datetime import date

    return date.fromisoformat(text)


def test_many_dates_come_back_whole():
    """More dates than a pipe holds (about 600 KB here): the frame is read whole."""
    helper = DatesHelper(_many_dates, lambda: None)
    try:
        helper.ask("x", None)
        rows = helper.answer()
    finally:
        helper.end()
    assert rows == [(m.start, m.end, m.kind, m.subtype, m.value, m.why)
                    for m in _many_dates("x", None)]


def test_the_helper_keeps_no_file_of_its_parent_open(tmp_path):
    kept = open(tmp_path / "lock", "w")  # e.g. a library's lock file
    helper = DatesHelper(tag_dates, lambda: None)
    try:
        helper.ask("On March 3.", None)
        helper.answer()  # it has closed what it inherited before answering
        targets = {os.readlink(f"/proc/{helper.pid}/fd/{fd}")
                   for fd in os.listdir(f"/proc/{helper.pid}/fd")}
    finally:
        helper.end()
        kept.close()
    assert str(tmp_path / "lock") not in targets
    assert sum(target.startswith("pipe:") for target in targets) >= 2


_PARENT = """
import os, sys
from tradereader.extract import extract, parallel
os.getloadavg = lambda: (0.0, 0.0, 0.0)
text = {text!r} * {copies}
extract(text, "1987-03-04")
print(parallel._helper.pid, flush=True)
{ending}
"""


@pytest.mark.parametrize("ending", ["", "os.kill(os.getpid(), 9)"], ids=["exits", "killed"])
def test_the_helper_ends_with_its_parent(ending):
    code = _PARENT.format(text=STORY, copies=engine._HELPER_FROM // len(STORY) + 1,
                          ending=ending)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    pid = int(run.stdout.split()[0])
    deadline = time.monotonic() + 10
    while not _gone_or_zombie(pid):
        assert time.monotonic() < deadline, "the helper outlived its parent"
        time.sleep(0.05)


def _gone_or_zombie(pid: int) -> bool:
    """Gone, or ended and waiting for init to reap it (it is not our child)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_a_child_forked_later_does_not_use_its_parents_helper(long_text, helpers):
    extract(long_text, "1987-03-04")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the caller's own child: its long text tagged there, not by the helper
        os.close(read_end)
        ok = parallel._helper is None
        mentions = extract(long_text, "1987-03-04")
        os.write(write_end, b"1" if ok and any(m.kind == "date" for m in mentions) else b"0")
        parallel._let_go()
        os._exit(0)
    os.close(write_end)
    answer = os.read(read_end, 1)
    os.close(read_end)
    os.waitpid(pid, 0)
    assert answer == b"1"
    assert parallel._helper is not None and parallel._helper.pid == helpers[0]
    assert _rows(extract(long_text, "1987-03-04"))  # the parent's helper still answers


def test_the_readers_child_interpreter_finds_the_same(long_text, monkeypatch):
    """The reader extracts a long article in a child interpreter (one thread), which may
    fork the helper in turn: its table equals the plain one made here."""
    from tradereader.ui.extract_child import extract_in_child
    from tradereader.ui.mention_groups import ready_mentions
    from tradereader.ui.mention_table import MentionTable

    ready = extract_in_child(long_text, "1987-03-04", [], lambda: False)
    here = ready_mentions(MentionTable(_tagged_here(long_text, "1987-03-04", monkeypatch)))
    assert list(ready.table) == list(here.table)
    assert sum(m.kind == "date" for m in here.table) >= 3 * (len(long_text) // len(STORY))


def _open_fds() -> set[int]:
    return {int(fd) for fd in os.listdir("/proc/self/fd")}


def test_ctrl_c_right_after_the_fork_leaves_nothing_behind(monkeypatch):
    """Ctrl-C at the first call after the fork returns (where the interpreter looks
    at signals): the helper is ended and reaped, and its pipes closed."""
    real_fork, real_close, forked = os.fork, os.close, []

    def fork(*args):
        pid = real_fork(*args)
        if pid:
            forked.append(pid)
        return pid

    def close_interrupted(fd):
        if forked and not close_interrupted.done:
            close_interrupted.done = True
            raise KeyboardInterrupt
        real_close(fd)

    close_interrupted.done = False
    before = _open_fds()
    with monkeypatch.context() as patch:
        patch.setattr(os, "fork", fork)
        patch.setattr(os, "close", close_interrupted)
        with pytest.raises(KeyboardInterrupt):
            DatesHelper(tag_dates, lambda: None)
    assert len(forked) == 1 and _gone(forked[0])  # killed and reaped
    assert _open_fds() == before  # its pipes closed


def test_ctrl_c_while_the_helper_is_let_go_frees_the_lock(long_text, monkeypatch):
    extract(long_text, "1987-03-04")

    def broken(*_args, **_kwargs):
        raise MemoryError("actors failed")

    real_let_go = parallel._let_go

    def interrupted():
        real_let_go()
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(engine, "_actors_issues", broken)
        patch.setattr(parallel, "_let_go", interrupted)
        with pytest.raises(KeyboardInterrupt):
            extract(long_text, "1987-03-04")
    assert parallel._helper_lock.acquire(blocking=False)
    parallel._helper_lock.release()


def test_a_helper_reaped_by_someone_else_is_sent_no_signal(long_text, helpers, monkeypatch):
    extract(long_text, "1987-03-04")
    os.kill(helpers[0], signal.SIGKILL)
    os.waitpid(helpers[0], 0)  # a handler of the caller's reaped it: its pid is free
    sent = []
    monkeypatch.setattr(os, "kill", lambda pid, sig: sent.append((pid, sig)))
    parallel._let_go()
    assert sent == [] and parallel._helper is None


def test_the_helper_collects_its_own_garbage_between_texts():
    """Forked while `extract` has the collector paused, it keeps it paused while it reads
    a text (collections there cost a seventh of the dates' time) and collects after."""
    import gc

    gc.disable()
    try:
        helper = DatesHelper(_cycle_then_report, lambda: None)
    finally:
        gc.enable()
    try:
        helper.ask("make", None)
        made = helper.answer()
        helper.ask("report", None)
        reported = helper.answer()
    finally:
        helper.end()
    assert made[0][4] == "collector on: False"
    assert reported[0][4] == "cycle collected: True"


class _Node:
    pass


_made: list = []


def _cycle_then_report(text, _day):
    """In the helper: make a cycle of garbage, then say whether it was collected."""
    import gc
    import weakref

    if text == "make":
        node = _Node()
        node.itself = node
        _made.append(weakref.ref(node))
        value = f"collector on: {gc.isenabled()}"
    else:
        value = f"cycle collected: {_made[0]() is None}"
    return [Mention(0, 1, text[:1], "date", "DATE", value, "rule")]


_DEAD_HELPER = """
import os, signal
from tradereader.extract import extract, parallel
signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # as a command-line tool may set it
os.getloadavg = lambda: (0.0, 0.0, 0.0)
text = {text!r} * {copies}
extract(text, "1987-03-04")
os.kill(parallel._helper.pid, signal.SIGKILL)  # the helper dies between two texts
os.waitpid(parallel._helper.pid, 0)
print(sum(m.kind == "date" for m in extract(text, "1987-03-04")), flush=True)
"""


def test_a_dead_helper_does_not_kill_a_caller_that_lets_sigpipe_kill():
    code = _DEAD_HELPER.format(text=STORY, copies=engine._HELPER_FROM // len(STORY) + 1)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) >= 3 * (engine._HELPER_FROM // len(STORY))


_KILLED_MID_TEXT = """
import os, time
import tradereader.extract as engine
from tradereader.extract import dates, extract
os.getloadavg = lambda: (0.0, 0.0, 0.0)
real = dates.tag_dates
def slow(text, day):
    if text:
        time.sleep(8)  # the helper busy with this text when its parent dies
    return real(text, day)
dates.tag_dates = slow
engine._actors_issues = lambda *args: os.kill(os.getpid(), 9)
extract({text!r} * {copies}, "1987-03-04")
"""


def test_the_parents_output_ends_with_the_parent_not_with_a_busy_helper():
    code = _KILLED_MID_TEXT.format(text=STORY, copies=engine._HELPER_FROM // len(STORY) + 1)
    began = time.monotonic()
    subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert time.monotonic() - began < 6  # the helper, still tagging, holds no output pipe


# The second part of a long text: the helper scans it and reads the names near its cues
# before it tags the dates (`_read_shared`); whatever happens there, the mentions are
# those of the plain path.

def test_the_helper_reads_the_second_part_so_the_caller_does_not(long_text, helpers,
                                                                  monkeypatch):
    expected = _rows(_tagged_here(long_text, "1987-03-04", monkeypatch))
    extract(long_text, "1987-03-04")  # forks the helper with the real `_part_read`
    here = []
    real = engine._part_read
    monkeypatch.setattr(engine, "_part_read", lambda *args: here.append(1) or real(*args))
    assert engine._second_part(long_text) is not None
    assert _rows(extract(long_text, "1987-03-04")) == expected
    assert here == [] and len(helpers) == 1


def test_the_caller_reads_the_part_itself_when_the_helper_cannot(long_text, helpers,
                                                                 monkeypatch):
    expected = _rows(_tagged_here(long_text, "1987-03-04", monkeypatch))
    caller, real, here = os.getpid(), engine._part_read, []

    def fails_in_the_helper(*args):
        if os.getpid() != caller:
            raise MemoryError("no room in the helper")
        here.append(1)
        return real(*args)

    monkeypatch.setattr(engine, "_part_read", fails_in_the_helper)
    assert _rows(extract(long_text, "1987-03-04")) == expected  # forks it: no part asked
    assert here == []
    assert _rows(extract(long_text, "1987-03-04")) == expected
    assert here == [1]
    assert parallel._helper is not None and not _gone(helpers[0])  # it still tags dates
    assert _rows(extract(long_text, "1987-03-04")) == expected and len(helpers) == 1


def test_the_caller_reads_the_part_and_tags_the_dates_when_the_helper_dies_first(
        long_text, helpers, monkeypatch):
    expected = _rows(_tagged_here(long_text, "1987-03-04", monkeypatch))
    extract(long_text, "1987-03-04")  # its first text: no part asked of it
    real = engine.people_near

    def kill_the_helper_then_read(*args):
        if parallel._helper is not None:
            os.kill(parallel._helper.pid, signal.SIGKILL)
        return real(*args)

    monkeypatch.setattr(engine, "people_near", kill_the_helper_then_read)
    assert _rows(extract(long_text, "1987-03-04")) == expected
    assert parallel._helper is None and _gone(helpers[0])


def test_a_name_across_the_two_parts_is_scanned_here_and_the_helper_stays_in_step(
        long_text, helpers, monkeypatch):
    text = long_text + "Officials of the European\n\nCommission said tariffs would rise.\n"
    expected = _rows(_tagged_here(text, "1987-03-04", monkeypatch))
    assert "European\n\nCommission" in [row[2] for row in expected]
    split = text.index("Commission said")
    extract(long_text, "1987-03-04")  # its first text: no part asked of it
    monkeypatch.setattr(engine, "_second_part", lambda _text: split)
    assert _rows(extract(text, "1987-03-04")) == expected
    # its reading of the part was read and dropped: the next text gets its own answers
    monkeypatch.undo()
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert _rows(extract(long_text, "1987-03-04")) == \
        _rows(_tagged_here(long_text, "1987-03-04", monkeypatch))
    assert len(helpers) == 1


def test_a_long_text_of_one_paragraph_has_its_dates_tagged_by_the_helper_alone(
        helpers, monkeypatch):
    text = STORY.replace("\n", " ") * (engine._HELPER_FROM // len(STORY) + 1)
    assert engine._second_part(text) is None
    assert _rows(extract(text, "1987-03-04")) == _rows(_tagged_here(text, "1987-03-04",
                                                                    monkeypatch))
    assert len(helpers) == 1


def _parts_asked(monkeypatch) -> list:
    """The part asked of the helper with each text sent to it from now on (None: none)."""
    parts = []
    real_ask = DatesHelper.ask
    monkeypatch.setattr(DatesHelper, "ask",
                        lambda self, text, day, part=None: parts.append(part)
                        or real_ask(self, text, day, part))
    return parts


def test_a_helper_forked_with_no_part_reader_is_asked_for_no_part(long_text, helpers,
                                                                   monkeypatch):
    asked = parallel.dates_meanwhile(tag_dates, forget_phrases, long_text, None)
    assert asked is not None and asked.result() is not None  # forked by another caller
    parts = _parts_asked(monkeypatch)
    assert _rows(extract(long_text, "1987-03-04")) == \
        _rows(_tagged_here(long_text, "1987-03-04", monkeypatch))
    assert parts == [None] and len(helpers) == 1


def test_a_helper_is_asked_for_no_part_of_its_first_text(long_text, helpers, monkeypatch):
    """Its first text's dates take it twice as long (rules compiled as it meets them):
    this process reads all of that text, and shares the next ones."""
    parts = _parts_asked(monkeypatch)
    expected = _rows(_tagged_here(long_text, "1987-03-04", monkeypatch))
    assert _rows(extract(long_text, "1987-03-04")) == expected
    assert _rows(extract(long_text, "1987-03-04")) == expected
    assert parts == [None, engine._second_part(long_text)] and parts[1] is not None
