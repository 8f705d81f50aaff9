"""Serialising the library's tables with orjson, re-serialising only what changed.

Saving one note in a library of 10,000 would otherwise serialise 10,000
notes (and every article's text) each time. The bytes of each document are
kept; a table that was not replaced reuses its bytes whole; in a table that
was, only the documents reported as changed (`note_changes`) are serialised
again. A table replaced without a report is serialised in full, so a writer
that does not report is slower, never wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

Tables = dict[str, dict[str, Any]]


@dataclass
class SerialisedTable:
    table: dict[str, Any]  # the table object these bytes were made from
    body: bytes  # the table as a JSON object without its braces
    fragments: dict[str, bytes]  # doc id -> b'"<id>":<document JSON>'


class IncrementalSerialiser:
    def __init__(self) -> None:
        self._tables: dict[str, SerialisedTable] = {}
        self._changes: dict[str, set[str]] = {}

    def note_changes(self, name: str, doc_ids: set[str]) -> None:
        """Report that the documents `doc_ids` of table `name` changed (or went, or came)."""
        self._changes.setdefault(name, set()).update(doc_ids)

    def forget(self) -> None:
        """Drop every kept byte (after a rollback: memory was reloaded from the file)."""
        self._tables = {}
        self._changes = {}

    def parts(self, data: Tables) -> list[bytes]:
        """The JSON of `data` as pieces to write one after the other."""
        parts: list[bytes] = []
        kept = {}
        changes, self._changes = self._changes, {}
        for name, table in data.items():
            kept[name] = self._table(name, table, changes.get(name))
            separator = b"," if parts else b"{"
            parts += [separator, orjson.dumps(name), b":{", kept[name].body, b"}"]
        self._tables = kept
        return [*parts, b"}"] if parts else [b"{}"]

    def _table(self, name: str, table: dict[str, Any], changed: set[str] | None) -> SerialisedTable:
        known = self._tables.get(name)
        if known is not None and known.table is table and not changed:
            return known
        if known is not None and changed is not None:
            fragments = patched(known.fragments, table, changed)
        else:
            fragments = {doc_id: fragment(doc_id, doc) for doc_id, doc in table.items()}
        return SerialisedTable(table, b",".join(fragments.values()), fragments)


def fragment(doc_id: str, doc: Any) -> bytes:
    return orjson.dumps(doc_id) + b":" + orjson.dumps(doc)


def patched(old: dict[str, bytes], table: dict[str, Any], changed: set[str]) -> dict[str, bytes]:
    """`old` with the `changed` documents of `table` serialised again (or dropped)."""
    fragments = dict(old)
    for doc_id in changed:
        if doc_id in table:
            fragments[doc_id] = fragment(doc_id, table[doc_id])
        else:
            fragments.pop(doc_id, None)
    if fragments.keys() != table.keys():  # an unreported change: serialise it all
        return {doc_id: fragment(doc_id, doc) for doc_id, doc in table.items()}
    return fragments
