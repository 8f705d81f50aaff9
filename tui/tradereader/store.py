"""The library: articles, annotations and the user's lexicon, kept in one TinyDB file.

This is the only seam to persistence: everything goes in and comes out as a
domain model (`tradereader.model`), never as a TinyDB document. The file-level
safety (atomic writes, .bak, lock, corrupt files moved aside) lives in
`storage.py`; the checks of the file's shape in `store_schema.py`.

Every public method holds one lock (the UI may save from a worker thread),
and every change is a single file write: a method that changes several
documents batches them, and on any error memory goes back to the file.
"""

from __future__ import annotations

import functools
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from tinydb.storages import MemoryStorage
from tinydb.table import Document

from tradereader.errors import InputError, LibraryError, LibraryTooNew, NotFound
from tradereader.model import Annotation, Article, ArticleSummary, LexiconEntry
from tradereader.paths import check_home
from tradereader.storage import (
    AtomicJSONStorage,
    LibraryDB,
    LibraryLock,
    remove_stale_temp_files,
)
from tradereader.store_lock import (
    LIBRARY_FILE,
    LOCK_FILE,
    lock_if_free,
    reload_for_writing,
    take_lock,
)
from tradereader.store_docs import (
    annotation_from_doc,
    article_from_doc,
    checked_date,
    clean_phrase,
    clean_tags,
    reanchored,
    summary_from_doc,
    tag_order,
    utc_now,
)
from tradereader.store_schema import SCHEMA_VERSION, check_tables, schema_version

__all__ = ["Library", "SCHEMA_VERSION", "LIBRARY_FILE", "LOCK_FILE", "take_lock", "utc_now"]

LEXICON_KINDS = ("actor", "issue", "date")
LEXICON_ACTIONS = ("add", "suppress")

F = TypeVar("F", bound=Callable[..., Any])


def reading(method: F) -> F:
    """Run under the library's lock."""

    @functools.wraps(method)
    def locked(self: Library, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            return method(self, *args, **kwargs)

    return locked  # type: ignore[return-value]


def writing(method: F) -> F:
    """Run under the lock, refuse when read-only or closed, save once at the end."""

    @functools.wraps(method)
    def locked(self: Library, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            self._check_writable()
            with self._batch():
                return method(self, *args, **kwargs)

    return locked  # type: ignore[return-value]


class Library:
    """The user's library. Open with `Library.open(home)`; use as a context manager."""

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
    def open(cls, home: Path | str, *, readonly: bool = False) -> Library:
        """Open the library in `home` (created if needed), holding its lock unless read-only."""
        home = Path(home).expanduser()
        check_home(home)  # a file where the folder should be: say so, before mkdir or read
        path = home / LIBRARY_FILE
        if path.is_symlink():  # write where it points, not over the link
            path = path.resolve()
        lock = None if readonly else take_lock(home)
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
    def in_memory(cls) -> Library:
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
        nothing changed, while the lock is held or the folder cannot be written.

        Raises LibraryCorrupt or LibraryTooNew when the file on disk cannot be used now:
        the file is left as it is, the lock let go, the library stays read-only.
        """
        with self._mutex:
            if not self.readonly:
                return True
            if self._closed or self.home is None or self.path is None:
                return False
            lock = lock_if_free(self.home)
            if lock is None:
                return False
            try:
                storage = reload_for_writing(self.path)
            except BaseException:
                lock.release()
                raise
            self._become_writable(LibraryDB(storage=lambda: storage), lock)
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

    def __enter__(self) -> Library:
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

    # ------------------------------------------------------------ articles

    @writing
    def add_article(self, article: Article) -> tuple[Article, bool]:
        """Store `article`: (stored, True), or (the one already stored, False).

        An article from a `source` already imported, with other text, is a new
        version: it replaces the old one, and the old one's notes move to it
        (re-anchored on the new text, or orphaned; never lost).
        """
        existing = self._article_doc(article.id)
        if existing is not None:
            return article_from_doc(existing), False
        stored = article.evolve(imported=article.imported or utc_now())
        olds = self._same_source(article.source) if article.source else []
        if olds:
            return self._replace_versions(stored, olds), True
        self._articles.insert(stored.to_dict())
        return stored, True

    @writing
    def add_articles(self, articles: Iterable[Article]) -> list[tuple[Article, bool]]:
        """`add_article` for each, saved in one write: all of them, or (when the write
        fails) none. Importing 100 files into a library of 1,000 took 1.2 s one by one."""
        return [self.add_article(article) for article in articles]

    def _same_source(self, source: str) -> list[Document]:
        return self._articles.search(lambda d: d.get("source") == source)

    def _replace_versions(self, new: Article, olds: list[Document]) -> Article:
        latest = max(olds, key=lambda d: (d.get("imported", ""), d.doc_id))
        new = new.evolve(
            previous_version=latest["id"], published=new.published or latest.get("published")
        )
        notes = self._notes_of({d["id"] for d in olds})
        moved = reanchored([annotation_from_doc(d) for d in notes], new)
        self._articles.insert(new.to_dict())
        self._replace_annotations(moved, [d.doc_id for d in notes])
        self._articles.remove(doc_ids=[d.doc_id for d in olds])
        return new

    def _replace_annotations(self, annotations: list[Annotation], doc_ids: list[int]) -> None:
        """Overwrite the documents `doc_ids` with `annotations` (matched by id) in one update."""
        if not doc_ids:
            return
        fresh = {a.id: a.to_dict() for a in annotations}
        self._annotations.update(lambda doc: doc.update(fresh[doc["id"]]), doc_ids=doc_ids)

    @reading
    def get_article(self, article_id: str) -> Article | None:
        doc = self._article_doc(article_id)
        return article_from_doc(doc) if doc is not None else None

    @reading
    def resolve_article(self, ref: str) -> Article:
        """The article named by an id, a unique id prefix, or a path that was imported."""
        ref = ref.strip()
        if not ref:
            raise NotFound("no article named (give an id, an id prefix or an imported path)")
        doc = (self._article_doc(ref) or self._article_by_source(ref)
               or self._article_by_file_name(ref))
        if doc is not None:
            return article_from_doc(doc)
        return article_from_doc(self._article_by_prefix(ref))

    def _article_by_file_name(self, ref: str) -> Document | None:
        """The article imported from a file named `ref` (`story.html`, typed from another
        folder than the one it was imported from); NotFound when several are."""
        if "/" in ref or "." not in ref:  # a path, or an id prefix (ids have no dot)
            return None
        docs = self._articles.search(lambda d: Path(d.get("source") or "/").name == ref)
        if len(docs) > 1:
            listed = ", ".join(f"{d['id']} ({d['source']})" for d in docs[:5])
            raise NotFound(f"{ref!r} is ambiguous: {len(docs)} imported files have that name: "
                           f"{listed}; give the path or the id")
        return docs[0] if docs else None

    def _article_by_source(self, ref: str) -> Document | None:
        path = Path(ref).expanduser()
        names = {ref, str(path.absolute())}
        try:
            names.add(str(path.resolve()))
        except (OSError, RuntimeError):
            pass
        docs = self._articles.search(lambda d: d.get("source") in names)
        return max(docs, key=lambda d: d.get("imported", "")) if docs else None

    def _article_by_prefix(self, ref: str) -> Document:
        prefix = ref.lower()
        docs = self._articles.search(lambda d: d["id"].startswith(prefix))
        if len(docs) == 1:
            return docs[0]
        if not docs:
            raise NotFound(f"no article matches {ref!r} (not an id, id prefix, imported path "
                           "or imported file name)")
        listed = ", ".join(f"{d['id']} ({d['title'][:40]})" for d in docs[:5])
        more = f" and {len(docs) - 5} more" if len(docs) > 5 else ""
        raise NotFound(f"{ref!r} is ambiguous: it matches {len(docs)} articles: {listed}{more}")

    @reading
    def articles(self) -> list[ArticleSummary]:
        """Every article without its text, newest imported first, with notes count and tags."""
        counts: Counter[str] = Counter()
        tags: defaultdict[str, set[str]] = defaultdict(set)
        for note in self._annotations.raw_docs():
            counts[note["article_id"]] += 1
            tags[note["article_id"]].update(note.get("tags", ()))
        return [
            summary_from_doc(doc, counts[doc["id"]], tags[doc["id"]])
            for doc in self._articles_newest_first()
        ]

    @reading
    def articles_containing(self, words: str) -> set[str]:
        """The ids of the articles whose text contains `words`, in any case (a filter
        box's search: no Article is built, and `in` on lower-cased text is several times
        faster than a case-insensitive regular expression; the two differ only for the
        few letters whose lower case is longer, such as `İ`).

        The lower-cased texts are kept between searches (lower-casing 6 MB of text took
        ~35 ms a search); an entry serves while its article's stored text is the very
        string it was made from, and the entries of articles gone are dropped.
        """
        needle = fold(words)
        return {article_id for article_id, (_text, folded) in self._folded_texts().items()
                if needle in folded}

    @reading
    def articles_with_notes_containing(self, words: str) -> set[str]:
        """The ids of the articles with a note whose text or tags contain `words`, in any
        case (the filter box's other search: no Annotation is built, ~40 ms at 10,000
        notes)."""
        needle = fold(words)
        return {doc["article_id"] for doc in self._annotations.raw_docs()
                if needle in fold(f"{doc.get('note', '')} {' '.join(doc.get('tags', ()))}")}

    def _folded_texts(self) -> dict[str, tuple[str, str]]:
        """Every article's id -> (its text, lower-cased): from the cache when the text is
        the very string cached (any other, after a reload or a rollback, is folded again),
        without the articles gone."""
        cached, folded = self._folded, {}
        for doc in self._articles.raw_docs():
            text = doc.get("text", "")
            kept = cached.get(doc["id"])
            folded[doc["id"]] = kept if kept is not None and kept[0] is text else (text, fold(text))
        self._folded = folded
        return folded

    def _articles_newest_first(self) -> list[dict[str, Any]]:
        items = sorted(
            self._articles.raw_items(), key=lambda i: (i[1].get("imported", ""), i[0]), reverse=True
        )
        return [doc for _doc_id, doc in items]

    @reading
    def article_count(self) -> int:
        return len(self._articles)

    @writing
    def delete_article(self, article_id: str, *, with_annotations: bool = False) -> Article:
        """Remove an article; one with notes only when `with_annotations`. Returns it."""
        doc = self._require_article(article_id)
        notes = self._notes_of({article_id})
        if notes and not with_annotations:
            count = f"{len(notes)} note" + ("s" if len(notes) > 1 else "")
            raise InputError(
                f"article {article_id} ({doc['title'][:60]}) has {count}; "
                "deleting it would delete them too"
            )
        self._annotations.remove(doc_ids=[d.doc_id for d in notes])
        self._articles.remove(doc_ids=[doc.doc_id])
        return article_from_doc(doc)

    def _update_article(self, article_id: str, fields: dict[str, Any]) -> Article:
        doc = self._require_article(article_id)
        if any(doc.get(k) != v for k, v in fields.items()):
            self._articles.update(fields, doc_ids=[doc.doc_id])
        return article_from_doc({**doc, **fields})

    @writing
    def set_position(self, article_id: str, offset: int) -> Article:
        """Remember the reading position (an offset in the text); no write if unchanged."""
        return self._update_article(article_id, {"position": max(0, int(offset))})

    @writing
    def mark_opened(self, article_id: str) -> Article:
        return self._update_article(article_id, {"opened": utc_now()})

    @writing
    def set_published(self, article_id: str, published: str | date | None) -> Article:
        """Set (or clear, with None) the publication date, YYYY-MM-DD."""
        return self._update_article(article_id, {"published": checked_date(published)})

    # ------------------------------------------------------------ annotations

    @writing
    def add_annotation(self, annotation: Annotation) -> Annotation:
        """Store a new note (an empty id gets a uuid4); returns it as stored."""
        import uuid  # lazily: importing it costs ~10 ms at start-up

        now = utc_now()
        stored = annotation.evolve(
            id=annotation.id or uuid.uuid4().hex,
            tags=self._usual_tags(annotation.tags),
            created=annotation.created or now,
            modified=annotation.modified or now,
        )
        self._require_article(stored.article_id)
        if annotation.id and self._annotation_doc(stored.id) is not None:
            raise InputError(f"a note with id {stored.id} exists already")
        self._annotations.insert(stored.to_dict())
        return stored

    @writing
    def update_annotation(self, annotation: Annotation) -> Annotation:
        """Save an edited note (found by id); `modified` is set, `created` kept."""
        doc = self._require_annotation(annotation.id)
        self._require_article(annotation.article_id)
        stored = annotation.evolve(
            tags=self._usual_tags(annotation.tags),
            created=doc.get("created") or annotation.created,
            modified=utc_now(),
        )
        self._annotations.update(stored.to_dict(), doc_ids=[doc.doc_id])
        return stored

    @writing
    def delete_annotation(self, annotation_id: str) -> Annotation:
        """Remove a note; returns it (for undo: `add_annotation` puts it back)."""
        doc = self._require_annotation(annotation_id)
        self._annotations.remove(doc_ids=[doc.doc_id])
        return annotation_from_doc(doc)

    @reading
    def get_annotation(self, annotation_id: str) -> Annotation | None:
        doc = self._annotation_doc(annotation_id)
        return annotation_from_doc(doc) if doc is not None else None

    @reading
    def annotations(self, article_id: str | None = None, tag: str | None = None) -> list[Annotation]:
        """Notes, optionally of one article and/or with one tag, in reading order.

        Across articles: grouped by article (newest imported first), each in reading order.
        """

        def wanted(doc: dict[str, Any]) -> bool:
            return (article_id is None or doc["article_id"] == article_id) and (
                tag is None or tag in doc.get("tags", ())
            )

        notes = [annotation_from_doc(d) for d in self._annotations.raw_docs() if wanted(d)]
        rank = {} if article_id is not None else self._article_ranks()
        notes.sort(
            key=lambda a: (rank.get(a.article_id, 0), a.position.start, a.position.end, a.created)
        )
        return notes

    def _article_ranks(self) -> dict[str, int]:
        """Each article id's place in the library's order (newest imported first)."""
        return {doc["id"]: rank for rank, doc in enumerate(self._articles_newest_first())}

    @reading
    def tag_counts(self) -> dict[str, int]:
        """Every tag with the number of notes carrying it, sorted by name."""
        counts: Counter[str] = Counter()
        for note in self._annotations.raw_docs():
            counts.update(note.get("tags", ()))
        return {t: counts[t] for t in sorted(counts, key=tag_order)}

    @writing
    def rename_tag(self, old: str, new: str) -> int:
        """Rename a tag on every note (onto an existing tag: merged). Returns notes changed."""
        old, new = old.strip(), new.strip()
        if not new:
            raise InputError("a tag cannot be empty")
        docs = self._annotations.search(lambda d: old in d.get("tags", ()))
        if not docs:
            raise NotFound(f"no note has the tag {old!r}")
        if old == new:
            return 0
        if new.casefold() != old.casefold():  # onto a tag there in another case: that one
            new = self._usual_tags((new,))[0]
        now = utc_now()
        fresh = {
            d["id"]: {"tags": list(_once_each(new if t == old else t for t in d["tags"])),
                      "modified": now}
            for d in docs
        }
        self._annotations.update(
            lambda doc: doc.update(fresh[doc["id"]]), doc_ids=[d.doc_id for d in docs]
        )
        self._tag_forms = None  # `Compliance` may now be written `compliance`
        return len(docs)

    def _usual_tags(self, tags: tuple[str, ...]) -> tuple[str, ...]:
        """A note's tags, each once and written as the library already writes it in any
        case (`Compliance` typed where notes say `compliance` is `compliance`)."""
        if self._tag_forms is None:
            self._tag_forms = {}
            for note in self._annotations.raw_docs():
                for tag in note.get("tags", ()):
                    self._tag_forms.setdefault(tag.casefold(), tag)
        usual: dict[str, str] = {}
        for tag in clean_tags(tags):
            form = self._tag_forms.setdefault(tag.casefold(), tag)
            usual.setdefault(form.casefold(), form)
        return tuple(usual.values())

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

    # ------------------------------------------------------------ lexicon

    @reading
    def lexicon(self) -> list[LexiconEntry]:
        return [LexiconEntry.from_dict(d) for d in self._lexicon.raw_docs()]

    def _lexicon_docs(self, entry: LexiconEntry) -> list[Document]:
        key = (clean_phrase(entry.phrase).casefold(), entry.kind)
        return self._lexicon.search(
            lambda d: (clean_phrase(d["phrase"]).casefold(), d["kind"]) == key
        )

    @writing
    def add_lexicon_entry(self, entry: LexiconEntry) -> LexiconEntry:
        """Add (or replace: same phrase, any case, and kind) a lexicon entry."""
        stored = entry.evolve(phrase=clean_phrase(entry.phrase))
        if not stored.phrase:
            raise InputError("a lexicon entry needs a phrase")
        if stored.kind not in LEXICON_KINDS or stored.action not in LEXICON_ACTIONS:
            raise InputError(f"a lexicon entry is {LEXICON_KINDS} and {LEXICON_ACTIONS}")
        self._lexicon.remove(doc_ids=[d.doc_id for d in self._lexicon_docs(stored)])
        self._lexicon.insert(stored.to_dict())
        return stored

    @writing
    def remove_lexicon_entry(self, entry: LexiconEntry) -> LexiconEntry:
        """Remove the entry with this phrase (any case) and kind; returns it."""
        docs = self._lexicon_docs(entry)
        if not docs:
            raise NotFound(f"no lexicon entry {entry.phrase!r} ({entry.kind})")
        self._lexicon.remove(doc_ids=[d.doc_id for d in docs])
        return LexiconEntry.from_dict(docs[0])


def fold(text: str) -> str:
    """`text` as the filter searches it: lower-cased."""
    return text.lower()


def _once_each(tags) -> tuple[str, ...]:
    """Tags cleaned, each once whatever its case (the first form kept)."""
    seen: dict[str, str] = {}
    for tag in clean_tags(tags):
        seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())

