"""Taking a library's lock: when it is opened, and later by a window that opened it
read-only because another tradereader held it (once that one has quit).

Only the store modules use it (`store.py` re-exports `take_lock`; `store_core.py` opens with it).
"""

from __future__ import annotations

from pathlib import Path

from tradereader.errors import LibraryError, LibraryTooNew
from tradereader.storage import (
    NOT_WRITABLE,
    AtomicJSONStorage,
    LibraryLock,
    load_tables,
    not_writable,
    remove_stale_temp_files,
)
from tradereader.store_schema import SCHEMA_VERSION, check_tables, schema_version

LIBRARY_FILE = "library.json"
LOCK_FILE = "library.lock"


def take_lock(home: Path, *, check_library: bool = True) -> LibraryLock:
    """Create `home` and take its lock; LibraryLocked if another process holds it,
    LibraryNotWritable if the folder cannot be written (a read-only file system), or
    LibraryCorrupt (saying what to do, nothing changed) if the library there cannot be
    read either."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        return LibraryLock.acquire(home / LOCK_FILE, home)
    except OSError as exc:
        if exc.errno in NOT_WRITABLE:
            refused = not_writable(home, home / LIBRARY_FILE, exc)
            if refused.readable and check_library:  # damaged: that is the news
                load_tables(home / LIBRARY_FILE, readonly=True, validate=check_tables,
                            unwritable=refused.why)
            raise refused from exc
        raise LibraryError(f"cannot open the library at {home}: {exc.strerror or exc}") from exc


def lock_if_free(home: Path) -> LibraryLock | None:
    """The lock of `home` when nobody holds it and the folder can be written, else None.
    Cheap (an open and a non-blocking flock): a read-only window may ask every few seconds."""
    try:
        return take_lock(home, check_library=False)
    except LibraryError:  # held (LibraryLocked), a read-only folder, any other refusal
        return None


def reload_for_writing(path: Path) -> AtomicJSONStorage:
    """The library file as it is on disk now, in a storage that may write it (call only
    while holding the lock). What another tradereader saved is in it, so nothing it wrote
    is overwritten.

    A file that cannot be used now raises (LibraryCorrupt, LibraryTooNew) and is left
    as it is, as a read-only open leaves it: the caller keeps its read-only library.
    """
    remove_stale_temp_files(path)
    storage = AtomicJSONStorage(path, readonly=True, validate=check_tables)
    version = schema_version(storage.read() or {})
    if version is not None and version > SCHEMA_VERSION:
        raise LibraryTooNew(
            f"{path} was written meanwhile by a newer tradereader (schema version {version}; "
            f"this one knows up to {SCHEMA_VERSION}); it was left untouched and this window "
            "stays read-only. Upgrade tradereader to change it."
        )
    storage.readonly = False
    return storage
