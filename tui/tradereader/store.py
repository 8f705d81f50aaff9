"""The library: articles, annotations and the user's lexicon, kept in one TinyDB file.

This is the only seam to persistence, and the module callers import from: everything
goes in and comes out as a domain model (`tradereader.model`), never as a TinyDB
document. `Library` is made of parts, one module each: the core (opening, the lock,
the schema, one write per change, settings: store_core.py), articles
(store_articles.py), looking articles up (store_lookup.py), notes and tags
(store_notes.py), the lexicon (store_lexicon.py). The file-level safety (atomic
writes, .bak, lock, corrupt files moved aside) lives in `storage.py`; the checks of
the file's shape in `store_schema.py`; documents <-> models in `store_docs.py`.
"""

from __future__ import annotations

from tradereader.store_articles import StoredArticles
from tradereader.store_docs import utc_now
from tradereader.store_lexicon import StoredLexicon
from tradereader.store_lock import LIBRARY_FILE, LOCK_FILE, take_lock
from tradereader.store_lookup import ArticleLookup
from tradereader.store_notes import StoredNotes
from tradereader.store_schema import SCHEMA_VERSION

__all__ = ["Library", "SCHEMA_VERSION", "LIBRARY_FILE", "LOCK_FILE", "take_lock", "utc_now"]


class Library(StoredArticles, ArticleLookup, StoredNotes, StoredLexicon):
    """The user's library. Open with `Library.open(home)`; use as a context manager.

    Articles: add_article(s), get_article, articles, article_count, delete_article,
    set_position, mark_opened, set_published. Finding: resolve_article,
    articles_containing, articles_with_notes_containing. Notes: add_annotation,
    update_annotation, delete_annotation, get_annotation, annotations, tag_counts,
    rename_tag. Lexicon: lexicon, add_lexicon_entry, remove_lexicon_entry. Settings:
    setting, set_setting. The library itself: open, in_memory, take_lock_if_free, close.
    """
