"""The Library's core: opening (the lock, the schema), one write per change, settings.

`Library` (store.py) is this core and one part for each kind of thing kept: articles
(store_articles.py), looking articles up (store_lookup.py), notes and tags
(store_notes.py), the lexicon (store_lexicon.py). Every part works on the core's tables
through the `reading` and `writing` decorators and the document finders below.

Every public method holds one lock (the UI may save from a worker thread),
and every change is a single file write: a method that changes several
documents batches them, and on any error memory goes back to the file.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any, Self, TypeVar

from tinydb.storages import MemoryStorage
from tinydb.table import Document

from tradereader.errors import LibraryError, LibraryTooNew, NotFound
from tradereader.paths import check_home
from tradereader.storage import (
    AtomicJSONStorage,
    LibraryDB,
    LibraryLock,
    remove_stale_temp_files,
)
from tradereader.store_lock import (
    LIBRARY_FILE,
    lock_if_free,
    reload_for_writing,
    take_lock,
)
from tradereader.store_schema import SCHEMA_VERSION, check_tables, schema_version

F = TypeVar("F", bound=Callable[..., Any])


def reading(method: F) -> F:
    """Run under the library's lock."""

    @functools.wraps(method)
    def locked(self: LibraryCore, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            return method(self, *args, **kwargs)

    return locked  # type: ignore[return-value]


def writing(method: F) -> F:
    """Run under the lock, refuse when read-only or closed, save once at the end."""

    @functools.wraps(method)
    def locked(self: LibraryCore, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            self._check_writable()
            with self._batch():
                return method(self, *args, **kwargs)

    return locked  # type: ignore[return-value]


class LibraryCore:
    """The library's file, lock, tables and settings; `Library` adds what is kept in it."""

    def __init__(
        self,
        db: LibraryDB,
        *,
        home: Path | None = None,
        path: Path | None = None,
        readonly: bool = False,
        lock: LibraryLock | None = None,
    ) -> None:
        self.home = home
        self.path = path
        self.readonly = readonly
        # why it is read-only when the caller did not ask for it (set by the CLI: another
        # tradereader holds the lock, a read-only file system); such a library may take
        # the lock later (`take_lock_if_free`)
        self.readonly_reason: str | None = None
        self._lock = lock
        self._closed = False
        self._mutex = threading.RLock()
        self._use(db)

    def _use(self, db: LibraryDB) -> None:
        """Read and write `db` from now on (at opening, and when the file is read again)."""
        self._db = db
        self._tag_forms: dict[str, str] | None = None  # folded tag -> as the library writes it
        self._folded: dict[str, tuple[str, str]] = {}  # article id -> (text, lower-cased)
        self._meta = db.table("meta", cache_size=0)
        self._articles = db.table("articles", cache_size=0)
        self._annotations = db.table("annotations", cache_size=0)
        self._lexicon = db.table("lexicon", cache_size=0)

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, home: Path | str, *, readonly: bool = False, check_unwritable: bool = True) -> Self:
        """Open the library in `home` (created if needed), holding its lock unless read-only.

        A folder that cannot be written raises LibraryNotWritable, or LibraryCorrupt when
        the file there is damaged too; `check_unwritable=False` skips reading the file
        for that, for a caller that opens it read-only next (and so reads it then).
        """
        home = Path(home).expanduser()
        check_home(home)  # a file where the folder should be: say so, before mkdir or read
        path = home / LIBRARY_FILE
        if path.is_symlink():  # write where it points, not over the link
            path = path.resolve()
        lock = None if readonly else take_lock(home, check_library=check_unwritable)
        try:
            if lock is not None:
                remove_stale_temp_files(path)
            storage = AtomicJSONStorage(path, readonly=readonly, validate=check_tables)
            library = cls(
                LibraryDB(storage=lambda: storage),
                home=home,
                path=path,
                readonly=readonly,
                lock=lock,
            )
            library._check_schema()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return library

    @classmethod
    def in_memory(cls) -> Self:
        """A library that lives only in memory (TinyDB's MemoryStorage): for tests."""
        library = cls(LibraryDB(storage=MemoryStorage))
        library._check_schema()
        return library

    def _check_schema(self) -> None:
        version = schema_version(self._db.storage.read() or {})
        if version is not None and version > SCHEMA_VERSION:
            raise LibraryTooNew(
                f"{self.path} was written by a newer tradereader (schema version {version}; "
                f"this one knows up to {SCHEMA_VERSION}); it was left untouched. "
                "Upgrade tradereader to open it."
            )
        if version != SCHEMA_VERSION and not self.readonly:
            self._migrate()

    def _migrate(self) -> None:
        """Bring an older (or new, empty) library to SCHEMA_VERSION. Version 1 is the first."""
        kept = {k: v for d in self._meta.all() for k, v in d.items() if k == "settings"}
        with self._batch():
            self._meta.truncate()
            self._meta.insert({"schema_version": SCHEMA_VERSION, **kept})

    def take_lock_if_free(self) -> bool:
        """A library opened read-only because its lock was held: take the lock if it is
        free now (the other tradereader quit), read the file again (what the other one
        saved meanwhile) and become writable. True when writable (already, or now); False,
        nothing changed, while the lock is held, the folder cannot be written, or the
        library was closed meanwhile.

        The file is read again without holding the library: another thread (the UI's,
        while this runs in a worker) reads the library as it was until the switch.

        Raises LibraryCorrupt or LibraryTooNew when the file on disk cannot be used now:
        the file is left as it is, the lock let go, the library stays read-only.
        """
        with self._mutex:
            if not self.readonly:
                return True
            if self._closed or self.home is None or self.path is None:
                return False
            home, path = self.home, self.path
        lock = lock_if_free(home)  # one at a time: a second caller finds it held
        if lock is None:
            return False
        try:
            storage = reload_for_writing(path)
        except BaseException:
            lock.release()
            raise
        return self._switch_to(LibraryDB(storage=lambda: storage), lock)

    def _switch_to(self, db: LibraryDB, lock: LibraryLock) -> bool:
        """Become writable on `db`, read again under `lock`, unless closed meanwhile."""
        with self._mutex:
            if self._closed or not self.readonly:  # closed meanwhile (or writable already)
                lock.release()
                return not self._closed
            self._become_writable(db, lock)
            return True

    def _become_writable(self, db: LibraryDB, lock: LibraryLock) -> None:
        old_db = self._db
        self._use(db)
        self.readonly, self._lock = False, lock
        try:
            if schema_version(self._db.storage.read() or {}) != SCHEMA_VERSION:
                self._migrate()  # a library the other one never wrote: its first write
        except BaseException:
            self._use(old_db)
            self.readonly, self._lock = True, None
            lock.release()
            raise
        self.readonly_reason = None

    def close(self) -> None:
        with self._mutex:
            if self._closed:
                return
            self._closed = True
            self._db.close()
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.readonly else "read-write"
        return f"<Library {self.path or 'in memory'} {mode}>"

    def _check_writable(self) -> None:
        if self._closed:
            raise LibraryError("the library is closed; nothing can be saved")
        if self.readonly:
            raise LibraryError(
                f"the library at {self.home} is open read-only; nothing can be saved"
            )

    def _batch(self) -> Any:
        batch = getattr(self._db.storage, "batch", None)
        return batch() if batch is not None else nullcontext()

    # ------------------------------------------------------------ finding documents

    def _article_doc(self, article_id: str) -> Document | None:
        return self._articles.get(lambda d: d["id"] == article_id)

    def _annotation_doc(self, annotation_id: str) -> Document | None:
        return self._annotations.get(lambda d: d["id"] == annotation_id)

    def _require_article(self, article_id: str) -> Document:
        doc = self._article_doc(article_id)
        if doc is None:
            raise NotFound(f"no article with id {article_id!r}")
        return doc

    def _require_annotation(self, annotation_id: str) -> Document:
        doc = self._annotation_doc(annotation_id)
        if doc is None:
            raise NotFound(f"no note with id {annotation_id!r}")
        return doc

    def _notes_of(self, article_ids: set[str]) -> list[Document]:
        return self._annotations.search(lambda d: d["article_id"] in article_ids)

    def _articles_newest_first(self) -> list[dict[str, Any]]:
        items = sorted(
            self._articles.raw_items(), key=lambda i: (i[1].get("imported", ""), i[0]), reverse=True
        )
        return [doc for _doc_id, doc in items]

    # ------------------------------------------------------------ settings

    @reading
    def setting(self, name: str, default: Any = None) -> Any:
        """A user preference kept with the library (the reader's theme, for one)."""
        for doc in self._meta.all():
            settings = doc.get("settings")
            if isinstance(settings, dict) and name in settings:
                return settings[name]
        return default

    @writing
    def set_setting(self, name: str, value: Any) -> None:
        """Keep a preference (a JSON value); no write if it is unchanged."""
        doc = next((d for d in self._meta.all() if "schema_version" in d), None)
        if doc is None:
            raise LibraryError("the library has no meta document to keep settings in")
        settings = dict(doc.get("settings") or {})
        if name in settings and settings[name] == value:
            return
        settings[name] = value
        self._meta.update({"settings": settings}, doc_ids=[doc.doc_id])
