"""The Library's lexicon: the user's own phrases (added as actors or issues, or
suppressed), one entry per phrase (any case) and kind."""

from __future__ import annotations

from tinydb.table import Document

from tradereader.errors import InputError, NotFound
from tradereader.model import LexiconEntry
from tradereader.store_core import LibraryCore, reading, writing
from tradereader.store_docs import clean_phrase

LEXICON_KINDS = ("actor", "issue", "date")
LEXICON_ACTIONS = ("add", "suppress")


class StoredLexicon(LibraryCore):
    """The lexicon part of `Library`."""

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
