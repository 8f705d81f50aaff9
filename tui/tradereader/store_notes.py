"""The Library's notes (annotations) and their tags."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tradereader.errors import InputError, NotFound
from tradereader.model import Annotation
from tradereader.store_core import LibraryCore, reading, writing
from tradereader.store_docs import annotation_from_doc, clean_tags, tag_order, utc_now


class StoredNotes(LibraryCore):
    """The notes part of `Library`."""

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


def _once_each(tags) -> tuple[str, ...]:
    """Tags cleaned, each once whatever its case (the first form kept)."""
    seen: dict[str, str] = {}
    for tag in clean_tags(tags):
        seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())
