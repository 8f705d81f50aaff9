"""The library filter's text search keeps each article's lower-cased text between searches,
and stays right as articles come and go (in memory and on a real file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_store import STORY, make_article

import tradereader.storage
import tradereader.store_lookup
import tradereader.store_notes
from tradereader.errors import LibraryWriteFailed
from tradereader.store import Library

STEEL = "Steel quotas\n\nThe European Union set new QUOTAS on steel imports from Turkey."
STEEL_AGAIN = "Steel quotas\n\nThe European Union dropped its steel quotas for Turkey."


@pytest.fixture
def folded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The article texts lower-cased, in order (the words searched for are not listed)."""
    calls: list[str] = []
    real = tradereader.store_lookup.fold

    def counting(text: str) -> str:
        if "\n" in text:  # an article's text; the words typed have none
            calls.append(text.split("\n")[0])
        return real(text)

    monkeypatch.setattr(tradereader.store_lookup, "fold", counting)
    return calls


def test_each_text_is_lower_cased_once_for_many_searches(lib, folded):
    rice, _ = lib.add_article(make_article(STORY))
    steel, _ = lib.add_article(make_article(STEEL))
    assert lib.articles_containing("quotas") == {steel.id}
    assert sorted(folded) == ["Steel quotas", "Tariff talks resume"]
    for words in ("RICE", "turkey", "tariff", "nothing like it"):
        lib.articles_containing(words)
    assert len(folded) == 2  # nothing lower-cased again
    assert lib.articles_containing("Rice imports") == {rice.id}


def test_an_added_article_is_found_and_only_it_is_lower_cased(lib, folded):
    lib.add_article(make_article(STORY))
    assert lib.articles_containing("steel") == set()
    steel, _ = lib.add_article(make_article(STEEL))
    assert lib.articles_containing("steel") == {steel.id}
    assert folded == ["Tariff talks resume", "Steel quotas"]


def test_a_deleted_article_is_no_longer_found(lib, folded):
    rice, _ = lib.add_article(make_article(STORY))
    steel, _ = lib.add_article(make_article(STEEL))
    assert lib.articles_containing("the") == {rice.id, steel.id}
    lib.delete_article(steel.id)
    assert lib.articles_containing("the") == {rice.id}
    assert lib.articles_containing("steel") == set()


def test_a_new_version_replaces_the_old_text(lib, folded):
    old, _ = lib.add_article(make_article(STEEL, source="/steel.txt"))
    assert lib.articles_containing("new quotas") == {old.id}
    new, _ = lib.add_article(make_article(STEEL_AGAIN, source="/steel.txt"))
    assert lib.articles_containing("new quotas") == set()
    assert lib.articles_containing("dropped") == {new.id}


def test_a_failed_import_is_not_found(home: Path, folded, monkeypatch):
    with Library.open(home) as lib:
        rice, _ = lib.add_article(make_article(STORY))
        assert lib.articles_containing("rice") == {rice.id}

        def full(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(tradereader.storage, "write_atomically", full)
        with pytest.raises(LibraryWriteFailed):
            lib.add_article(make_article(STEEL))
        assert lib.articles_containing("steel") == set()  # memory went back to the file
        assert lib.articles_containing("rice") == {rice.id}


def test_notes_and_tags_are_searched_without_building_notes(lib, monkeypatch):
    from test_store import make_note

    rice, _ = lib.add_article(make_article(STORY))
    steel, _ = lib.add_article(make_article(STEEL))
    lib.add_annotation(make_note(rice, "rice", note="Ask the MINISTRY", tags=("Farm-Policy",)))
    note = lib.add_annotation(make_note(steel, "steel", note="quota math"))
    monkeypatch.setattr(tradereader.store_notes, "annotation_from_doc", None)  # none is built
    assert lib.articles_with_notes_containing("ministry") == {rice.id}
    assert lib.articles_with_notes_containing("farm-policy") == {rice.id}
    assert lib.articles_with_notes_containing("rice") == set()  # the quote is not a note
    monkeypatch.undo()
    lib.delete_annotation(note.id)
    assert lib.articles_with_notes_containing("quota") == set()
