"""A long text's dates tagged by a forked child: the same mentions, and nothing left
behind when the child or the parent fails."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest

import tradereader.extract as engine
from tradereader.extract import extract, parallel
from tradereader.extract.dates import tag_dates
from tradereader.extract.parallel import DatesInChild, can_fork
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
    """The fork depends on the load average; these tests must not depend on the machine
    that runs them (a test that wants a busy machine says so)."""
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))


@pytest.fixture(autouse=True)
def warm_tables(monkeypatch):
    """As in a process that has tagged a long text's dates itself (its tables filled):
    `extract` forks whenever it may. A test of the cold start says so."""
    monkeypatch.setattr(engine, "_tagged_here", engine._FORK_FROM)
    monkeypatch.setattr(engine, "_forked_cold", False)


@pytest.fixture
def long_text():
    text = STORY * (engine._FORK_FROM // len(STORY) + 1)
    assert len(text) >= engine._FORK_FROM
    return text


@pytest.fixture
def children(monkeypatch):
    """The pids of the forked date taggers started meanwhile."""
    pids = []
    real_init = DatesInChild.__init__

    def counting_init(self, *args):
        real_init(self, *args)
        pids.append(self._pid)

    monkeypatch.setattr(DatesInChild, "__init__", counting_init)
    return pids


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_forked_dates_equal_those_tagged_here(long_text, children, monkeypatch):
    assert can_fork()  # else this test would compare the plain path with itself
    forked = extract(long_text, "1987-03-04")
    assert len(children) == 1 and children[0] is not None
    assert _gone(children[0])  # reaped, no zombie
    monkeypatch.setattr(engine, "_FORK_FROM", len(long_text) + 1)
    here = extract(long_text, "1987-03-04")
    assert len(children) == 1
    assert _rows(forked) == _rows(here)
    assert sum(m.kind == "date" for m in forked) >= 3 * (len(long_text) // len(STORY))


def test_a_short_text_never_forks(children):
    extract(STORY * 10, "1987-03-04")
    assert children == []


def test_no_fork_while_another_thread_runs(long_text, children):
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not can_fork()
        mentions = extract(long_text, "1987-03-04")
    finally:
        release.set()
        other.join()
    assert children == []
    assert any(m.kind == "date" for m in mentions)


def test_no_fork_on_a_busy_machine(long_text, children, monkeypatch):
    monkeypatch.setattr(os, "getloadavg", lambda: (float(os.cpu_count() or 1), 0.0, 0.0))
    assert not can_fork()
    assert any(m.kind == "date" for m in extract(long_text, "1987-03-04"))
    assert children == []


def _fails(_text, _published):
    raise RuntimeError("the tagger broke")


def _dies(_text, _published):
    os.kill(os.getpid(), 9)


@pytest.mark.parametrize("tag", [_fails, _dies], ids=["raises", "killed"])
def test_a_child_that_fails_gives_none(tag):
    child = DatesInChild(tag, "On March 3.", None)
    assert child._pid is not None
    assert child.result() is None
    assert _gone(child._pid)


def test_the_parent_tags_the_dates_itself_when_the_child_fails(long_text, monkeypatch):
    expected = _rows(extract(long_text, "1987-03-04"))
    monkeypatch.setattr(parallel, "_serve", lambda pipe, *_args: os._exit(3))
    assert _rows(extract(long_text, "1987-03-04")) == expected


def test_an_error_in_the_parent_ends_and_reaps_the_child(long_text, children, monkeypatch):
    def broken(*_args):
        raise MemoryError("actors failed")

    monkeypatch.setattr(engine, "_actors_issues", broken)
    with pytest.raises(MemoryError, match="actors failed"):
        extract(long_text, "1987-03-04")
    assert len(children) == 1 and _gone(children[0])


def test_the_child_sends_every_field_of_each_date():
    text = "Tariffs rose in the first quarter of 1987 and every month since last week."
    child = DatesInChild(tag_dates, text, "1987-06-10")
    assert _rows(child.result()) == _rows(tag_dates(text, "1987-06-10"))


def _many_dates(text, _published):
    return [Mention(0, 1, text[:1], "date", "DATE", f"1987-03-{i:05d}", "rule") for i in range(20_000)]


def test_the_child_exits_before_the_parent_reads():
    """More dates than a pipe's default 64 KiB (about 600 KB here) still fit the pipe:
    the child writes them, exits and is gone while the parent is busy (not waiting in
    its write until the parent reads, the parent then waiting for its exit)."""
    child = DatesInChild(_many_dates, "x", None)
    deadline = time.monotonic() + 20
    # WNOWAIT: seen as exited, not reaped (`result` reaps it)
    while os.waitid(os.P_PID, child._pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None:
        assert time.monotonic() < deadline, "the child waits for its reader"
        time.sleep(0.01)
    dates = child.result()
    assert _rows(dates) == _rows(_many_dates("x", None))
    assert _gone(child._pid)


def test_the_readers_child_interpreter_forks_and_finds_the_same(long_text, monkeypatch):
    """The reader extracts a long article in a child interpreter (one thread), which may
    fork the date tagger in turn: its table equals the plain one made here."""
    from tradereader.ui.extract_child import extract_in_child
    from tradereader.ui.mention_groups import ready_mentions
    from tradereader.ui.mention_table import MentionTable

    ready = extract_in_child(long_text, "1987-03-04", [], lambda: False)
    monkeypatch.setattr(engine, "_FORK_FROM", len(long_text) + 1)
    here = ready_mentions(MentionTable(extract(long_text, "1987-03-04")))
    assert list(ready.table) == list(here.table)
    assert sum(m.kind == "date" for m in here.table) >= 3 * (len(long_text) // len(STORY))


def test_with_cold_tables_it_forks_once_then_fills_them_here_then_forks(
        long_text, children, monkeypatch):
    monkeypatch.setattr(engine, "_tagged_here", 0)
    first = extract(long_text, "1987-03-04")  # one article read: the fork gains most
    assert len(children) == 1
    second = extract(long_text, "1987-03-04")  # a second one: tagged here, tables filled
    assert len(children) == 1 and engine._tagged_here == len(long_text)
    third = extract(long_text, "1987-03-04")
    assert len(children) == 2
    assert _rows(first) == _rows(second) == _rows(third)
