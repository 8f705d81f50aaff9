"""library.json on disk: the file-level safety under the Library.

- `AtomicJSONStorage`: a TinyDB Storage that keeps the data in memory and
  rewrites the whole file atomically on every write (serialise with orjson,
  temp file in the same folder, flush, fsync, keep the previous file as
  `.bak`, `os.replace`, fsync the folder). A crash leaves the old or the new
  file, never a torn one. A failed write rolls the memory back to the file.
- `LibraryLock`: one writer per home, an `flock` on `library.lock`.
- `load_tables`: reads and checks the file; an unreadable one is moved aside
  (`library.json.corrupt-<time>`), never overwritten, and the last good state
  (`library.json.bak`) is put back in its place when it is usable. In a folder that
  cannot be written nothing is moved: the user is told what to do (`storage_messages`).

Only the store modules (`store.py` and its parts, `store_*.py`) use this module; nothing
else touches TinyDB.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from tradereader.errors import (
    LibraryCorrupt,
    LibraryError,
    LibraryLocked,
    LibraryWriteFailed,
)
from tradereader.store_serialise import IncrementalSerialiser
from tradereader.storage_messages import (  # noqa: F401 - NOT_WRITABLE, not_writable: for store
    NOT_WRITABLE,
    corrupt_message,
    locked_message,
    not_writable,
    unrepairable_message,
    unwritable_reason,
)

Tables = dict[str, dict[str, Any]]
Validator = Callable[[Any], "str | None"]  # returns what is wrong, or None

TEMP_SUFFIX = ".tmp"


# ---------------------------------------------------------------- writing


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of `data` to `fd` (os.write may write less than asked)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; a file system that cannot is left as is."""
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temp_name(path: Path, tag: str = "") -> Path:
    """A hidden sibling of `path` for this process: `.library.json<tag>.<pid>.tmp`."""
    return path.with_name(f".{path.name}{tag}.{os.getpid()}{TEMP_SUFFIX}")


def keep_backup(path: Path) -> None:
    """Make `<path>.bak` the current (last good) `path`: a hard link, else a copy.

    The file is never changed in place (every write replaces it), so a hard
    link keeps the old content. A failure here is not fatal: the previous
    `.bak` stays and the write goes on.
    """
    link = temp_name(path, ".bak")
    backup = path.with_name(path.name + ".bak")
    try:
        with suppress(FileNotFoundError):
            os.unlink(link)
        try:
            os.link(path, link)
        except FileNotFoundError:
            return  # nothing written yet
        except OSError:
            shutil.copyfile(path, link)
        os.replace(link, backup)
    except OSError:
        with suppress(OSError):
            os.unlink(link)


def write_atomically(path: Path, parts: Iterable[bytes]) -> None:
    """Replace `path` with the concatenation of `parts`; a crash leaves the old or the new file."""
    temp = temp_name(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        try:
            for part in parts:
                write_all(fd, part)
            os.fsync(fd)
        finally:
            os.close(fd)
        keep_backup(path)
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(path.parent)


def remove_stale_temp_files(path: Path) -> None:
    """Delete temp files a killed writer left behind (call only while holding the lock)."""
    for stale in path.parent.glob(f".{path.name}*{TEMP_SUFFIX}"):
        with suppress(OSError):
            stale.unlink()


# ---------------------------------------------------------------- reading


def utc_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")


def free_name(path: Path) -> Path:
    """`path`, or `path-1`, `path-2`... whichever does not exist yet."""
    candidate, number = path, 0
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


def move_aside(path: Path) -> tuple[Path, Path | None]:
    """Rename an unreadable `path` to `<name>.corrupt-<time>`; keep a copy of its .bak.

    Returns (where the file went, where the .bak was preserved or None). The
    .bak is preserved because the next writes of the fresh library replace it.
    """
    stamp = utc_stamp()
    moved_to = free_name(path.with_name(f"{path.name}.corrupt-{stamp}"))
    os.rename(path, moved_to)
    backup = path.with_name(path.name + ".bak")
    kept = None
    if backup.exists():
        kept = free_name(path.with_name(f"{path.name}.bak-{stamp}"))
        try:
            os.link(backup, kept)
        except OSError:
            shutil.copy2(backup, kept)
    fsync_folder(path.parent)
    return moved_to, kept


def parse_tables(raw: bytes, validate: Validator | None) -> tuple[Tables | None, str | None]:
    """(tables, None) when `raw` is a usable library, else (None, what is wrong)."""
    if not raw.strip():
        return None, "the file is empty"
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc})"
    problem = validate(data) if validate else None
    return (None, problem) if problem else (data, None)


def restore_backup(path: Path, validate: Validator | None) -> bool:
    """Put the last good state (`<path>.bak`) back in place of a file moved aside;
    False when there is no usable .bak (then a new, empty library starts)."""
    backup = path.with_name(path.name + ".bak")
    try:
        raw = backup.read_bytes()
    except OSError:
        return False
    tables, _problem = parse_tables(raw, validate)
    if tables is None:
        return False
    write_atomically(path, [raw])
    return True


def usable_backup(path: Path, validate: Validator | None) -> bool:
    """True when `<path>.bak` holds a library that can be read (the last good state)."""
    try:
        raw = path.with_name(path.name + ".bak").read_bytes()
    except OSError:
        return False
    return parse_tables(raw, validate)[0] is not None


def read_only_corrupt_message(path: Path, problem: str, validate: Validator | None,
                              why: str | None = None) -> str:
    """What a reader of a corrupt file is told: how to repair it, which depends on whether
    its folder can be written (`why` not: known already, else asked)."""
    why = why or unwritable_reason(path.parent)
    if why is None:
        return corrupt_message(path, problem, None, None)
    return unrepairable_message(path, problem, why, usable_backup(path, validate))


def load_tables(path: Path, *, readonly: bool, validate: Validator | None = None,
                unwritable: str | None = None) -> Tables:
    """The tables in `path` ({} if it does not exist). `unwritable`: why its folder cannot
    be written, when the caller knows (else a read-only caller asks the system).

    Raises LibraryCorrupt when the file cannot be used: moved aside first, and the
    last good state (.bak) put back in its place when it is usable, unless
    `readonly`. Raises LibraryError when the file cannot be read at all
    (permission): then it is left alone.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise LibraryError(f"cannot read {path}: {exc.strerror or exc}") from exc
    tables, problem = parse_tables(raw, validate)
    if tables is not None:
        return tables
    assert problem is not None
    if readonly:
        raise LibraryCorrupt(read_only_corrupt_message(path, problem, validate, unwritable))
    try:
        moved_to, kept = move_aside(path)
    except OSError as exc:  # a folder this process may not change (the lock file could be)
        if not path.exists():
            raise  # moved, and its .bak could not be kept: said as it is
        why = unwritable_reason(path.parent) or f"it cannot be moved aside ({exc.strerror or exc})"
        message = unrepairable_message(path, problem, why, usable_backup(path, validate))
        raise LibraryCorrupt(message) from exc
    restored = restore_backup(path, validate)
    raise LibraryCorrupt(corrupt_message(path, problem, moved_to, kept, restored), moved_to)


# ---------------------------------------------------------------- the storage


class AtomicJSONStorage(Storage):
    """TinyDB storage: data in memory, the file rewritten atomically on each write.

    Only the documents that changed are serialised again (store_serialise.py),
    so saving a note does not re-serialise every note and every article's text.
    """

    def __init__(
        self, path: Path, *, readonly: bool = False, validate: Validator | None = None
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._validate = validate
        self._data: Tables = load_tables(self.path, readonly=readonly, validate=validate)
        self._serialiser = IncrementalSerialiser()
        self._depth = 0
        self._dirty = False

    def read(self) -> Tables:
        return dict(self._data)  # TinyDB replaces one table in what it gets

    def write(self, data: Tables) -> None:
        if self.readonly:
            raise LibraryError(f"{self.path} is open read-only; nothing can be saved")
        self._data = data
        if self._depth:
            self._dirty = True
        else:
            self._commit()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group writes into one file write; on an exception, go back to the file."""
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0 and self._dirty:
                self._dirty = False
                self.rollback()
            raise
        self._depth -= 1
        if self._depth == 0 and self._dirty:
            self._dirty = False
            self._commit()

    def _commit(self) -> None:
        try:
            write_atomically(self.path, self._serialiser.parts(self._data))
        except OSError as exc:
            self.rollback()
            raise LibraryWriteFailed(
                f"could not save the library to {self.path} ({exc.strerror or exc}); "
                "the file on disk is unchanged"
            ) from exc
        except BaseException:
            self.rollback()
            raise

    def note_changes(self, table: str, doc_ids: set[str]) -> None:
        """Called by LibraryTable before a write: only these documents need serialising."""
        self._serialiser.note_changes(table, doc_ids)

    def rollback(self) -> None:
        """Make memory what the file holds (documents may have been changed in place)."""
        self._serialiser.forget()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._data = {}
            return
        except OSError:
            return  # cannot read it back: keep memory; the next write saves it all
        tables, _problem = parse_tables(raw, self._validate)
        if tables is not None:
            self._data = tables


# ---------------------------------------------------------------- the tables


class IntKeyed:
    """A str-keyed table seen with int document ids: what TinyDB's update functions use.

    TinyDB converts every id of a table to int and back on each write (two
    dict comprehensions: ~5 ms at 10,000 notes). Its update functions only
    use `in`, `[]`, `del`, `pop`, `keys` and `clear`, so this view gives them
    int ids over the stored dict without converting it. It records every
    document handed out or replaced (`touched`): only those can have changed.
    """

    __slots__ = ("raw", "touched")

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.touched: set[str] = set()

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self.raw

    def __getitem__(self, doc_id: int) -> Any:
        key = str(doc_id)
        self.touched.add(key)  # the caller may change the document in place
        return self.raw[key]

    def __setitem__(self, doc_id: int, doc: Any) -> None:
        key = str(doc_id)
        self.touched.add(key)
        self.raw[key] = doc

    def __delitem__(self, doc_id: int) -> None:
        key = str(doc_id)
        self.touched.add(key)
        del self.raw[key]

    def __len__(self) -> int:
        return len(self.raw)

    def __iter__(self) -> Iterator[int]:
        return iter(self.keys())

    def pop(self, doc_id: int, *default: Any) -> Any:
        key = str(doc_id)
        self.touched.add(key)
        return self.raw.pop(key, *default)

    def keys(self) -> list[int]:
        return [int(doc_id) for doc_id in self.raw]

    def items(self) -> list[tuple[int, Any]]:
        self.touched.update(self.raw)
        return [(int(doc_id), doc) for doc_id, doc in self.raw.items()]

    def clear(self) -> None:
        self.touched.update(self.raw)
        self.raw.clear()


class LibraryTable(Table):
    """TinyDB's Table, updating a shallow copy of the stored dict in place of two conversions,
    and giving read-only access to the stored documents without copying each one."""

    def raw_items(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(doc id, document) of every stored document: read them, never change them."""
        return ((int(doc_id), doc) for doc_id, doc in self._read_table().items())

    def raw_docs(self) -> Iterable[dict[str, Any]]:
        """Every stored document itself (not a copy): read it, never change it."""
        return self._read_table().values()

    def _update_table(self, updater: Callable[[Any], None]) -> None:
        tables = self._storage.read() or {}
        table = dict(tables.get(self.name, {}))
        view = IntKeyed(table)
        updater(view)
        tables[self.name] = table
        note_changes = getattr(self._storage, "note_changes", None)
        if note_changes is not None:
            note_changes(self.name, view.touched)
        self._storage.write(tables)
        self.clear_cache()


class LibraryDB(TinyDB):
    table_class = LibraryTable


# ---------------------------------------------------------------- the lock


class LibraryLock:
    """An exclusive `flock` on `home/library.lock`, held while the library is open.

    The kernel releases it when the process ends, however it ends. The file
    holds the holder's pid, for the message another process shows.
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path, home: Path) -> LibraryLock:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            holder = read_pid(fd)
            os.close(fd)
            raise LibraryLocked(locked_message(home, holder)) from exc
        except BaseException:
            os.close(fd)
            raise
        with suppress(OSError):  # the pid is only for the message; a full disk may refuse it
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return cls(path, fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


def read_pid(fd: int) -> int | None:
    with suppress(OSError, ValueError):
        return int(os.pread(fd, 32, 0).decode("ascii").strip())
    return None
