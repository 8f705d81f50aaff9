"""The store's TinyDB pieces: the faster table updates and the document converters."""

from __future__ import annotations

from dataclasses import fields

from tinydb import TinyDB, where
from tinydb.storages import MemoryStorage
from tinydb.table import Document

from tradereader.model import Annotation, ArticleSummary, TextPositionSelector, TextQuoteSelector
from tradereader.storage import LibraryDB
from tradereader.store_docs import annotation_from_doc, summary_from_doc


def every_write(db: TinyDB) -> list:
    """Every kind of TinyDB write, then what each table holds."""
    table = db.table("t")
    table.insert({"n": 1, "tag": "a"})
    table.insert_multiple([{"n": n, "tag": "b"} for n in range(2, 7)])
    table.insert(Document({"n": 50}, doc_id=50))
    table.update({"seen": True}, where("tag") == "b")
    table.update(lambda doc: doc.update(n=doc["n"] * 10), doc_ids=[1, 2, 99])
    table.update_multiple([({"x": 1}, where("n") == 3), ({"x": 2}, where("n") == 4)])
    table.upsert({"n": 7, "tag": "c"}, where("n") == 7)
    table.upsert({"n": 8, "tag": "c"}, where("n") == 3)
    table.remove(where("n") == 5)
    table.remove(doc_ids=[6])
    table.insert({"n": 9})
    other = db.table("u")
    other.insert({"k": 1})
    other.truncate()
    other.insert({"k": 2})
    return [(doc.doc_id, dict(doc)) for name in ("t", "u") for doc in db.table(name).all()]


def test_library_tables_write_exactly_like_tinydb_tables() -> None:
    assert every_write(LibraryDB(storage=MemoryStorage)) == every_write(
        TinyDB(storage=MemoryStorage)
    )


def test_stored_document_ids_stay_strings() -> None:
    db = LibraryDB(storage=MemoryStorage)
    db.table("t").insert_multiple([{"n": 1}, {"n": 2}])
    db.table("t").remove(doc_ids=[1])
    assert list(db.storage.read()["t"]) == ["2"]
    assert db.table("t").get(doc_id=2) == {"n": 2}


def sample_annotation() -> Annotation:
    return Annotation(
        id="id1", article_id="a1",
        quote=TextQuoteSelector("exact", "pre", "suf"),
        position=TextPositionSelector(3, 8),
        note="note", tags=("t1", "t2"), created="c", modified="m", orphaned=True,
    )


def test_the_annotation_converter_knows_every_field() -> None:
    assert {f.name for f in fields(Annotation)} == {
        "id", "article_id", "quote", "position", "note", "tags", "created", "modified", "orphaned"
    }, "a field was added to Annotation: teach store_docs.annotation_from_doc about it"
    note = sample_annotation()
    assert annotation_from_doc(note.to_dict()) == note


def test_the_summary_converter_knows_every_field() -> None:
    assert {f.name for f in fields(ArticleSummary)} == {
        "id", "title", "outlet", "source", "published", "imported", "opened", "notes", "tags"
    }, "a field was added to ArticleSummary: teach store_docs.summary_from_doc about it"
    doc = {"id": "a", "title": "T", "outlet": "O", "source": "/s", "published": "1987-03-24",
           "imported": "i", "opened": "o", "text": "..."}
    summary = summary_from_doc(doc, 2, {"b", "A"})
    assert summary == ArticleSummary("a", "T", "O", "/s", "1987-03-24", "i", "o", 2, ("A", "b"))
