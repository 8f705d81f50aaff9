"""A library opened read-only because another tradereader held its lock takes the lock once
that one has quit, reading the file again first: nothing the other one saved is lost."""

from __future__ import annotations

import errno
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import orjson
import pytest
from test_store import make_article, make_note

import tradereader.storage
from tradereader.errors import LibraryCorrupt, LibraryError, LibraryLocked, LibraryTooNew
from tradereader.store import SCHEMA_VERSION, Library, take_lock

OTHER = "Steel quotas\n\nThe European Union set new quotas on steel imports from Turkey."


def notes_on_disk(home: Path) -> set[str]:
    data = orjson.loads((home / "library.json").read_bytes())
    return {doc["note"] for doc in data["annotations"].values()}


def ids_on_disk(home: Path) -> set[str]:
    data = orjson.loads((home / "library.json").read_bytes())
    return {doc["id"] for doc in data["articles"].values()}


@pytest.fixture
def article_id(home: Path) -> str:
    with Library.open(home) as lib:
        article, _ = lib.add_article(make_article(source="/a.txt"))
        lib.add_annotation(make_note(article, "rice", note="first"))
        return article.id


def lock_is_free(home: Path) -> bool:
    try:
        take_lock(home).release()
    except LibraryLocked:
        return False
    return True


def test_the_lock_is_taken_once_the_other_quits_and_its_notes_are_kept(home, article_id):
    writer = Library.open(home)
    reader = Library.open(home, readonly=True)
    try:
        assert reader.take_lock_if_free() is False  # held: nothing changes
        assert reader.readonly
        writer.add_annotation(make_note(writer.get_article(article_id), "tariffs",
                                        note="written by the other"))
        writer.close()
        assert [a.note for a in reader.annotations()] == ["first"]  # what it read at opening
        assert reader.take_lock_if_free() is True
        assert not reader.readonly
        assert {a.note for a in reader.annotations()} == {"first", "written by the other"}
        reader.add_annotation(make_note(reader.get_article(article_id), "Japan", note="mine"))
        assert notes_on_disk(home) == {"first", "written by the other", "mine"}
        with pytest.raises(LibraryLocked):  # it holds the lock now
            Library.open(home)
        assert reader.take_lock_if_free() is True  # already writable: nothing to do
    finally:
        reader.close()
    assert lock_is_free(home)  # let go on close


def test_what_the_other_deleted_stays_deleted(home, article_id):
    reader = Library.open(home, readonly=True)
    with Library.open(home) as writer:
        writer.delete_article(article_id, with_annotations=True)
        writer.add_article(make_article(OTHER))
    try:
        assert reader.get_article(article_id) is not None  # still in the old reading
        assert reader.take_lock_if_free()
        assert reader.get_article(article_id) is None
        reader.set_setting("theme", "nord")  # a write of the whole file
        assert ids_on_disk(home) == {make_article(OTHER).id}
        assert notes_on_disk(home) == set()
    finally:
        reader.close()


def test_tags_are_written_as_the_other_wrote_them_meanwhile(home, article_id):
    reader = Library.open(home, readonly=True)
    assert reader.tag_counts() == {}
    with Library.open(home) as writer:
        writer.add_annotation(make_note(writer.get_article(article_id), "Japan",
                                        tags=("Compliance",)))
    try:
        assert reader.take_lock_if_free()
        note = reader.add_annotation(make_note(reader.get_article(article_id), "rice",
                                               tags=("compliance",)))
        assert note.tags == ("Compliance",)
    finally:
        reader.close()


def test_a_library_the_other_never_wrote_gets_its_schema(home):
    reader = Library.open(home, readonly=True)  # nothing there yet
    try:
        assert reader.take_lock_if_free()
        reader.add_article(make_article())
        data = orjson.loads((home / "library.json").read_bytes())
        assert data["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    finally:
        reader.close()


def test_a_read_only_folder_stays_read_only(home, article_id, monkeypatch):
    reader = Library.open(home, readonly=True)
    before = {p.name: p.read_bytes() for p in home.iterdir()}
    real = os.open

    def refuse(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and Path(path).parent == home:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(tradereader.storage.os, "open", refuse)
    try:
        assert reader.take_lock_if_free() is False
        assert reader.readonly
        with pytest.raises(LibraryError, match="read-only"):
            reader.set_position(article_id, 3)
    finally:
        reader.close()
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in home.iterdir()} == before


def test_a_file_corrupted_meanwhile_is_left_alone_and_the_lock_let_go(home, article_id):
    reader = Library.open(home, readonly=True)
    (home / "library.json").write_bytes(b"{broken")
    try:
        with pytest.raises(LibraryCorrupt):
            reader.take_lock_if_free()
        assert reader.readonly and [a.note for a in reader.annotations()] == ["first"]
        assert lock_is_free(home)
    finally:
        reader.close()
    assert (home / "library.json").read_bytes() == b"{broken"
    assert not list(home.glob("library.json.corrupt-*"))


def test_a_newer_schema_written_meanwhile_is_refused_untouched(home, article_id):
    reader = Library.open(home, readonly=True)
    newer = orjson.dumps({"meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}})
    (home / "library.json").write_bytes(newer)
    try:
        with pytest.raises(LibraryTooNew, match="stays read-only"):
            reader.take_lock_if_free()
        assert reader.readonly
        assert lock_is_free(home)
    finally:
        reader.close()
    assert (home / "library.json").read_bytes() == newer


def test_a_closed_library_takes_nothing(home, article_id):
    reader = Library.open(home, readonly=True)
    reader.close()
    assert reader.take_lock_if_free() is False
    assert lock_is_free(home)


def test_an_in_memory_library_is_writable_already():
    assert Library.in_memory().take_lock_if_free() is True


@pytest.fixture
def slow_reload(monkeypatch: pytest.MonkeyPatch):
    """The file read again only once `go_on` is set; `reading` is set when it starts."""
    import tradereader.store_core

    reading, go_on = threading.Event(), threading.Event()
    real = tradereader.store_core.reload_for_writing

    def slow(path: Path):
        reading.set()
        go_on.wait(5)
        return real(path)

    monkeypatch.setattr(tradereader.store_core, "reload_for_writing", slow)
    return reading, go_on


def test_the_library_is_read_while_another_thread_reads_the_file_again(
    home, article_id, slow_reload
):
    """The UI reads the library (its old state) while a worker takes the lock: it is not
    held up by the file's re-read (which held the library's lock: every read waited)."""
    reading, go_on = slow_reload
    reader = Library.open(home, readonly=True)
    with ThreadPoolExecutor(1) as pool:
        taking = pool.submit(reader.take_lock_if_free)
        assert reading.wait(5)
        started = time.monotonic()
        assert reader.get_article(article_id) is not None and reader.readonly
        waited = time.monotonic() - started
        go_on.set()
        assert taking.result(5) is True
    assert waited < 1.0
    assert not reader.readonly and [n.note for n in reader.annotations()] == ["first"]
    reader.close()
    assert lock_is_free(home)


def test_a_library_closed_while_the_file_is_read_again_takes_nothing(
    home, article_id, slow_reload
):
    """The app quit (the library closed) while a worker read the file again: the lock
    is let go, not kept by a closed library."""
    reading, go_on = slow_reload
    reader = Library.open(home, readonly=True)
    with ThreadPoolExecutor(1) as pool:
        taking = pool.submit(reader.take_lock_if_free)
        assert reading.wait(5)
        closing = threading.Thread(target=reader.close)
        closing.start()
        closing.join(0.5)  # at once: the re-read does not hold the library
        go_on.set()
        assert taking.result(5) is False
        closing.join(5)
    assert reader.readonly
    assert lock_is_free(home)
