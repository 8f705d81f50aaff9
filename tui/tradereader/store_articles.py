"""The Library's articles: adding them (a new version of a file replaces the old one,
its notes moved over), listing, changing and deleting them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from tinydb.table import Document

from tradereader.errors import InputError
from tradereader.model import Annotation, Article, ArticleSummary
from tradereader.store_core import LibraryCore, reading, writing
from tradereader.store_docs import (
    annotation_from_doc,
    article_from_doc,
    checked_date,
    reanchored,
    summary_from_doc,
    utc_now,
)


class StoredArticles(LibraryCore):
    """The articles part of `Library`."""

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
