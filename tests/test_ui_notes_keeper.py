"""NoteKeeper: one article's notes over a real library, with undo and failed writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradereader.errors import LibraryWriteFailed
from tradereader.model import Article, article_id_for
from tradereader.store import Library
from tradereader.ui.note_keeper import NoteKeeper, describe
from tradereader.ui.drafts import NoteDraft

TEXT = "Talks Resume\n\nNegotiators met in Geneva. The U.S. side asked for time. China agreed."


def article() -> Article:
    start = TEXT.index("Negotiators")
    return Article(id=article_id_for(TEXT), title="Talks Resume", text=TEXT,
                   paragraphs=((start, len(TEXT)),))


@pytest.fixture
def keeper(home: Path):
    library = Library.open(home)
    stored, _ = library.add_article(article())
    kept = NoteKeeper(library, stored)
    yield kept
    library.close()
    kept.library.close()


def span_of(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


async def test_create_edit_delete_and_undo_each(keeper: NoteKeeper, home: Path) -> None:
    draft = NoteDraft("conceded", ("wto", "china"))
    created = await keeper.create(*span_of("China agreed."), draft)
    assert created.quote.exact == "China agreed."
    assert created.quote.prefix.endswith("asked for time. ")
    assert keeper.library.annotations(keeper.article.id) == [created]

    edited = await keeper.edit(created.id, NoteDraft("conceded, sort of", ("wto",)))
    assert keeper.library.get_annotation(created.id).note == "conceded, sort of"
    assert keeper.notes == [edited]

    await keeper.delete(created.id)
    assert keeper.library.annotations(keeper.article.id) == []

    change = await keeper.undo()
    assert describe(change) == "Undone: the note is back."
    assert keeper.library.get_annotation(created.id).note == "conceded, sort of"
    await keeper.undo()
    back = keeper.library.get_annotation(created.id)
    assert (back.note, back.tags) == ("conceded", ("wto", "china"))
    await keeper.undo()
    assert keeper.library.annotations() == [] and keeper.notes == []
    assert await keeper.undo() is None


async def test_notes_survive_a_reopen(keeper: NoteKeeper, home: Path) -> None:
    created = await keeper.create(*span_of("Geneva"), NoteDraft("where", ()))
    keeper.library.close()
    with Library.open(home) as again:
        assert [a.id for a in again.annotations()] == [created.id]


async def test_finding_notes_by_offset(keeper: NoteKeeper) -> None:
    first = await keeper.create(*span_of("Negotiators met in Geneva."), NoteDraft("a"))
    inner = await keeper.create(*span_of("Geneva"), NoteDraft("b"))
    last = await keeper.create(*span_of("China agreed."), NoteDraft("c"))
    assert [a.id for a in keeper.notes] == [first.id, inner.id, last.id]
    assert keeper.at(TEXT.index("Geneva") + 2) == inner  # the shortest wins
    assert keeper.at(TEXT.index("met")) == first
    assert keeper.at(*span_of("The U.S. side")) is None
    assert keeper.next_after(first.position.start) == inner
    assert keeper.next_after(last.position.start) is None
    assert keeper.previous_before(last.position.start) == inner
    assert keeper.previous_before(first.position.start) is None
    keeper.library.close()
    keeper.library = Library.open(keeper.library.home)
    assert [a.id for a in keeper.load()] == [first.id, inner.id, last.id]


async def test_a_failed_write_changes_nothing(keeper: NoteKeeper, monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise LibraryWriteFailed("disk full")

    monkeypatch.setattr(keeper.library, "add_annotation", fail)
    with pytest.raises(LibraryWriteFailed):
        await keeper.create(*span_of("Geneva"), NoteDraft("lost?"))
    assert keeper.notes == [] and keeper.history == []
