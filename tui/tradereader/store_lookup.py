"""Finding articles in the Library: by a reference the user types (an id, an id prefix,
an imported path or file name) and by words in their text or in their notes (the
library screen's filter)."""

from __future__ import annotations

from pathlib import Path

from tinydb.table import Document

from tradereader.errors import NotFound
from tradereader.model import Article
from tradereader.store_core import LibraryCore, reading
from tradereader.store_docs import article_from_doc


class ArticleLookup(LibraryCore):
    """The finding part of `Library`."""

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


def fold(text: str) -> str:
    """`text` as the filter searches it: lower-cased."""
    return text.lower()
