"""The library file on disk: atomic writes, .bak, the lock, corrupt and newer files, failures."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest
from test_store import make_article, make_note

import tradereader.storage
from tradereader.errors import (
    HomeNotAFolder,
    LibraryCorrupt,
    LibraryError,
    LibraryLocked,
    LibraryNotWritable,
    LibraryTooNew,
    LibraryWriteFailed,
)
from tradereader.model import LexiconEntry
from tradereader.store import SCHEMA_VERSION, Library


def library_file(home: Path) -> Path:
    return home / "library.json"


def on_disk(home: Path) -> dict:
    return orjson.loads(library_file(home).read_bytes())


def notes_on_disk(home: Path) -> set[str]:
    return {doc["note"] for doc in on_disk(home)["annotations"].values()}


def filled_home(home: Path) -> Path:
    """A home holding a library with one article and one note ("first")."""
    with Library.open(home) as lib:
        article, _ = lib.add_article(make_article(source="/a.txt"))
        lib.add_annotation(make_note(article, "rice", note="first"))
    return home


def leftovers(home: Path) -> list[str]:
    return sorted(p.name for p in home.iterdir() if p.name.endswith(".tmp"))


# ------------------------------------------------------------------ writing


def test_a_new_library_writes_its_schema_version_and_locks(home: Path) -> None:
    with Library.open(home) as lib:
        assert lib.path == library_file(home) and lib.home == home and not lib.readonly
        assert on_disk(home) == {"meta": {"1": {"schema_version": SCHEMA_VERSION}}}
        assert (home / "library.lock").read_text().strip() == str(os.getpid())


def test_every_write_leaves_a_whole_file_and_the_previous_one_as_bak(home: Path) -> None:
    with Library.open(home) as lib:
        article, _ = lib.add_article(make_article())
        for i in range(5):
            before = library_file(home).read_bytes()
            lib.add_annotation(make_note(article, "rice", note=f"note {i}"))
            assert (home / "library.json.bak").read_bytes() == before
            assert notes_on_disk(home) == {f"note {j}" for j in range(i + 1)}
    assert leftovers(home) == []


def test_the_bak_is_a_copy_when_hard_links_fail(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled_home(home)
    before = library_file(home).read_bytes()

    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, "no hard links here")

    monkeypatch.setattr(os, "link", no_links)
    with Library.open(home) as lib:
        lib.add_lexicon_entry(LexiconEntry("Chip Act", "issue"))
    assert (home / "library.json.bak").read_bytes() == before
    assert on_disk(home)["lexicon"]


def test_the_file_matches_memory_after_mixed_writes(home: Path) -> None:
    """Each table is serialised on its own and reused: the file must still be current."""
    with Library.open(home) as lib:
        article, _ = lib.add_article(make_article(source="/a.txt"))
        note = lib.add_annotation(make_note(article, "rice", note="one"))
        lib.set_position(article.id, 12)
        lib.update_annotation(note.evolve(note="two"))
        lib.add_lexicon_entry(LexiconEntry("Chip Act", "issue"))
        lib.add_article(make_article(source="/b.txt", text="Second story."))
        assert on_disk(home) == orjson.loads(orjson.dumps(lib._db.storage.read()))


def test_stale_temp_files_of_a_killed_writer_are_removed(home: Path) -> None:
    filled_home(home)
    stale = home / ".library.json.99999.tmp"
    stale.write_bytes(b'{"half')
    with Library.open(home):
        assert not stale.exists()


# ------------------------------------------------------------------ one writer


def test_a_second_open_in_this_process_is_refused(home: Path) -> None:
    with Library.open(home):
        with pytest.raises(LibraryLocked, match=rf"in use by another tradereader \(pid {os.getpid()}\)"):
            Library.open(home)
    Library.open(home).close()  # released on close


SECOND_OPEN = textwrap.dedent(
    """
    import sys
    from tradereader.errors import LibraryLocked
    from tradereader.store import Library
    try:
        Library.open(sys.argv[1])
    except LibraryLocked as exc:
        print("LOCKED", exc)
    else:
        print("OPENED")
    with Library.open(sys.argv[1], readonly=True) as lib:
        print("READONLY", [a.title for a in lib.articles()])
    """
)


def test_another_process_is_refused_but_may_read(home: Path) -> None:
    with Library.open(home) as lib:
        lib.add_article(make_article())
        before = library_file(home).read_bytes()
        result = subprocess.run(
            [sys.executable, "-c", SECOND_OPEN, str(home)],
            capture_output=True, text=True, timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert f"LOCKED library at {home} is in use by another tradereader (pid {os.getpid()})" in result.stdout
        assert "READONLY ['Tariff talks resume']" in result.stdout
        assert library_file(home).read_bytes() == before


def test_read_only_never_locks_nor_writes(home: Path) -> None:
    filled_home(home)
    before = library_file(home).read_bytes()
    with Library.open(home) as writer, Library.open(home, readonly=True) as reader:
        assert reader.readonly and reader.annotations()[0].note == "first"
        (article,) = reader.articles()
        with pytest.raises(LibraryError, match="read-only"):
            reader.add_annotation(make_note(reader.get_article(article.id), "rice"))
        with pytest.raises(LibraryError, match="read-only"):
            reader.set_position(article.id, 3)
        assert writer.annotations() == reader.annotations()
    assert library_file(home).read_bytes() == before


def test_read_only_on_a_missing_home_creates_nothing(home: Path) -> None:
    with Library.open(home, readonly=True) as lib:
        assert lib.article_count() == 0
    assert not home.exists()


@pytest.mark.parametrize("readonly", [False, True])
@pytest.mark.parametrize("below", ["", "home"])
def test_a_file_where_the_home_should_be_is_named_as_a_file(
    tmp_path: Path, readonly: bool, below: str
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    home = blocker / below if below else blocker
    with pytest.raises(HomeNotAFolder, match="which is a file, not a folder") as caught:
        Library.open(home, readonly=readonly)
    assert str(blocker) in str(caught.value) and caught.value.exit_code == 2
    assert blocker.read_text() == "not a folder"


# ------------------------------------------------------------------ unreadable files


def valid_library_bytes(home: Path) -> bytes:
    return library_file(filled_home(home)).read_bytes()


BAD_CONTENTS = {
    "invalid JSON": lambda good: b"{this is not json",
    "empty": lambda good: b"",
    "truncated": lambda good: good[: len(good) // 2],
    "not an object": lambda good: b"[1, 2, 3]",
    "table not an object": lambda good: b'{"articles": []}',
    "document id not a number": lambda good: b'{"articles": {"x": {}}}',
    "article without text": lambda good: b'{"articles": {"1": {"id": "a", "title": "t"}}}',
    "note without quote": lambda good: good.replace(b'"quote":', b'"quota":'),
    "bad schema version": lambda good: b'{"meta": {"1": {"schema_version": "one"}}}',
    "not UTF-8": lambda good: b'{"meta": {"1": {"x": "\xff\xfe"}}}',
}


@pytest.mark.parametrize("kind", BAD_CONTENTS)
def test_an_unreadable_file_is_moved_aside_and_the_last_good_state_restored(
    home: Path, kind: str
) -> None:
    bad = BAD_CONTENTS[kind](valid_library_bytes(home))
    good_bak = (home / "library.json.bak").read_bytes()
    library_file(home).write_bytes(bad)
    with pytest.raises(LibraryCorrupt) as caught:
        Library.open(home)
    moved = caught.value.moved_to
    assert moved is not None and moved.name.startswith("library.json.corrupt-")
    assert moved.parent == home and moved.read_bytes() == bad
    assert library_file(home).read_bytes() == good_bak  # the last good state, back in place
    assert moved.name in str(caught.value) and "was restored" in str(caught.value)
    with Library.open(home) as lib:
        assert lib.article_count() > 0
    assert moved.read_bytes() == bad


@pytest.mark.parametrize("backup", [None, b"{also broken"])
def test_without_a_usable_bak_a_new_library_starts(home: Path, backup: bytes | None) -> None:
    bad = b"{this is not json"
    filled_home(home)
    (home / "library.json.bak").unlink()
    if backup is not None:
        (home / "library.json.bak").write_bytes(backup)
    library_file(home).write_bytes(bad)
    with pytest.raises(LibraryCorrupt, match="new, empty library") as caught:
        Library.open(home)
    assert ("could not be used either" in str(caught.value)) == (backup is not None)
    assert "last good state" not in str(caught.value)
    assert not library_file(home).exists()
    assert caught.value.moved_to is not None and caught.value.moved_to.read_bytes() == bad
    with Library.open(home) as lib:  # a later open starts afresh
        assert lib.article_count() == 0


def test_the_last_good_bak_is_kept_when_a_file_is_moved_aside(home: Path) -> None:
    with Library.open(home) as lib:
        article, _ = lib.add_article(make_article())
        lib.add_annotation(make_note(article, "rice", note="precious"))
    good_bak = (home / "library.json.bak").read_bytes()
    library_file(home).write_bytes(b"garbage")
    with pytest.raises(LibraryCorrupt, match="last good state"):
        Library.open(home)
    (kept,) = home.glob("library.json.bak-*")
    assert kept.read_bytes() == good_bak
    with Library.open(home) as lib:  # the fresh library's writes replace library.json.bak...
        lib.add_article(make_article())
        lib.add_article(make_article("Another."))
    assert kept.read_bytes() == good_bak  # ...but not the kept copy


def test_two_corrupt_files_in_one_second_both_survive(home: Path) -> None:
    for content in (b"first bad", b"second bad"):
        home.mkdir(exist_ok=True)
        library_file(home).write_bytes(content)
        with pytest.raises(LibraryCorrupt):
            Library.open(home)
    moved = sorted(p.read_bytes() for p in home.glob("library.json.corrupt-*"))
    assert moved == [b"first bad", b"second bad"]


def test_read_only_reports_a_corrupt_file_without_moving_it(home: Path) -> None:
    home.mkdir()
    library_file(home).write_bytes(b"{broken")
    with pytest.raises(LibraryCorrupt) as caught:
        Library.open(home, readonly=True)
    assert caught.value.moved_to is None
    assert library_file(home).read_bytes() == b"{broken"


def test_a_file_that_cannot_be_read_is_left_alone(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled_home(home)
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.name == "library.json":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(LibraryError, match="cannot read") as caught:
        Library.open(home)
    assert not isinstance(caught.value, LibraryCorrupt)
    monkeypatch.undo()
    assert notes_on_disk(home) == {"first"}


@pytest.mark.parametrize("readonly", [False, True])
def test_a_newer_schema_is_refused_and_left_untouched(home: Path, readonly: bool) -> None:
    home.mkdir()
    newer = b'{"meta": {"1": {"schema_version": 99}}, "articles": ["a future shape"]}'
    library_file(home).write_bytes(newer)
    with pytest.raises(LibraryTooNew, match="newer tradereader"):
        Library.open(home, readonly=readonly)
    assert library_file(home).read_bytes() == newer
    assert sorted(p.name for p in home.iterdir()) == ["library.json", "library.lock"][: 2 - readonly]
    Library.open(home / "other").close()  # the lock was released after refusing


def test_a_library_without_meta_gets_the_schema_version(home: Path) -> None:
    home.mkdir()
    library_file(home).write_bytes(b'{"articles": {}}')
    with Library.open(home):
        assert on_disk(home)["meta"] == {"1": {"schema_version": SCHEMA_VERSION}}


# ------------------------------------------------------------------ failing writes


def fail_with_enospc(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


FAILURE_POINTS = {
    "write": (tradereader.storage, "write_all"),
    "fsync": (os, "fsync"),
    "replace": (os, "replace"),
    "open": (os, "open"),
}


@pytest.mark.parametrize("point", FAILURE_POINTS)
def test_a_failed_write_keeps_the_file_and_memory_and_can_be_retried(
    home: Path, point: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled_home(home)
    before = library_file(home).read_bytes()
    with Library.open(home) as lib:
        (article,) = lib.articles()
        draft = make_note(lib.get_article(article.id), "semiconductor", note="unsaved").evolve(
            id="draft-1"
        )
        monkeypatch.setattr(*FAILURE_POINTS[point], fail_with_enospc)
        with pytest.raises(LibraryWriteFailed, match="No space left on device"):
            lib.add_annotation(draft)
        monkeypatch.undo()
        assert library_file(home).read_bytes() == before
        assert [a.note for a in lib.annotations()] == ["first"]
        assert leftovers(home) == []
        lib.add_annotation(draft)  # the caller kept the note and retries
    assert notes_on_disk(home) == {"first", "unsaved"}


def test_a_failed_edit_rolls_back_a_note_changed_in_place(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled_home(home)
    with Library.open(home) as lib:
        (note,) = lib.annotations()
        monkeypatch.setattr(os, "replace", fail_with_enospc)
        with pytest.raises(LibraryWriteFailed):
            lib.update_annotation(note.evolve(note="edited", tags=("x",)))
        with pytest.raises(LibraryWriteFailed):
            lib.set_position(note.article_id, 9)
        monkeypatch.undo()
        assert lib.annotations() == [note]
        assert lib.get_article(note.article_id).position == 0  # type: ignore[union-attr]


def test_a_failed_new_version_keeps_the_old_article_and_its_notes(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled_home(home)
    with Library.open(home) as lib:
        (old,) = lib.articles()
        (note,) = lib.annotations()
        monkeypatch.setattr(os, "replace", fail_with_enospc)
        with pytest.raises(LibraryWriteFailed):
            lib.add_article(make_article(make_article().text + " Update.", source="/a.txt"))
        monkeypatch.undo()
        assert [a.id for a in lib.articles()] == [old.id]
        assert lib.annotations() == [note]


def test_a_failed_first_write_of_a_new_library_is_reported(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "replace", fail_with_enospc)
    with pytest.raises(LibraryWriteFailed):
        Library.open(home)
    monkeypatch.undo()
    assert not library_file(home).exists()
    Library.open(home).close()  # the lock was released


def test_a_symlinked_library_file_stays_a_link(home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "synced"
    filled_home(elsewhere)
    home.mkdir()
    library_file(home).symlink_to(library_file(elsewhere))
    with Library.open(home) as lib:
        assert lib.path == library_file(elsewhere)
        lib.add_lexicon_entry(LexiconEntry("Chip Act", "issue"))
    assert library_file(home).is_symlink()
    assert on_disk(elsewhere)["lexicon"] and notes_on_disk(elsewhere) == {"first"}


# ------------------------------------------------------------------ a folder that cannot be written


def unwritable(monkeypatch: pytest.MonkeyPatch, home: Path, code: int = errno.EROFS) -> None:
    """Make every file opened for writing in `home` fail as a read-only mount (or a folder
    without write permission) does: the lock file is the first."""
    real = os.open

    def refuse(path, flags, *args, **kwargs):
        writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if writing and Path(path).parent == home:
            raise OSError(code, os.strerror(code), str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(tradereader.storage.os, "open", refuse)


def files_in(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(home.iterdir())}


def test_a_read_only_file_system_refuses_writing_and_may_be_read(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled_home(home)
    before = files_in(home)
    unwritable(monkeypatch, home)
    with pytest.raises(LibraryNotWritable) as caught:
        Library.open(home)
    error = caught.value
    assert (error.readable, error.exit_code, error.home) == (True, 2, home)
    assert error.why == "its folder is on a read-only file system"
    assert str(error) == (
        f"the library at {home} cannot be changed: its folder is on a read-only file system "
        "(reading commands such as `list` still work)"
    )
    with Library.open(home, readonly=True) as lib:
        assert [a.note for a in lib.annotations()] == ["first"]
    assert files_in(home) == before


def test_without_a_library_an_unwritable_folder_says_to_choose_another(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home.mkdir()
    unwritable(monkeypatch, home, errno.EACCES)
    with pytest.raises(LibraryNotWritable) as caught:
        Library.open(home)
    assert caught.value.readable is False
    assert str(caught.value) == (
        f"no library can be made at {home}: its folder cannot be written (Permission denied); "
        "set TRADEREADER_HOME (or --home) to a folder that can be written"
    )
    assert list(home.iterdir()) == []
