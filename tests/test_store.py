"""The Library API, run against TinyDB's MemoryStorage and against the real file."""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path

import pytest

from tradereader.errors import InputError, LibraryError, NotFound
from tradereader.model import (
    Annotation,
    Article,
    LexiconEntry,
    TextPositionSelector,
    TextQuoteSelector,
    article_id_for,
)
from tradereader.store import SCHEMA_VERSION, Library

ISO_UTC_SECONDS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")

STORY = (
    "Tariff talks resume\n\n"
    "The United States and Japan resumed talks on semiconductor tariffs on Monday.\n\n"
    "Officials said a deal on rice imports was not expected this week."
)


def make_article(text: str = STORY, source: str = "", **fields: object) -> Article:
    return Article(id=article_id_for(text), title=text.split("\n")[0], text=text, source=source,
                   paragraphs=((0, len(text)),), **fields)  # type: ignore[arg-type]


def make_note(article: Article, exact: str, note: str = "", tags: tuple[str, ...] = ()) -> Annotation:
    start = article.text.index(exact)
    return Annotation(
        id="",
        article_id=article.id,
        quote=TextQuoteSelector(exact=exact),
        position=TextPositionSelector(start=start, end=start + len(exact)),
        note=note,
        tags=tags,
    )


@pytest.fixture
def article(lib: Library) -> Article:
    return lib.add_article(make_article(source="/news/talks.txt"))[0]


# ------------------------------------------------------------------ articles


def test_a_new_library_is_empty_and_at_the_current_schema(lib: Library) -> None:
    assert lib.article_count() == 0
    assert lib.articles() == [] and lib.annotations() == [] and lib.lexicon() == []
    assert lib._db.storage.read()["meta"]["1"] == {"schema_version": SCHEMA_VERSION}


def test_add_article_stores_it_with_an_import_time(lib: Library) -> None:
    stored, is_new = lib.add_article(make_article())
    assert is_new and ISO_UTC_SECONDS.match(stored.imported)
    assert lib.get_article(stored.id) == stored
    assert isinstance(lib.get_article(stored.id), Article)


def test_the_same_text_is_not_stored_twice(lib: Library) -> None:
    first, _ = lib.add_article(make_article(source="/a.txt"))
    again, is_new = lib.add_article(make_article(source="/copy-of-a.txt"))
    assert not is_new and again == first and lib.article_count() == 1


def test_get_article_of_an_unknown_id_is_none(lib: Library) -> None:
    assert lib.get_article("0123456789abcdef") is None


def test_add_articles_saves_them_in_one_write_or_none(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tradereader.storage

    lib = Library.open(home)  # the file library: its writes are counted

    writes = []
    real_write = tradereader.storage.write_atomically
    monkeypatch.setattr(tradereader.storage, "write_atomically",
                        lambda *args: (writes.append(1), real_write(*args)))
    stories = [make_article(f"Story number {n} on tariffs.\n") for n in range(3)]
    added = lib.add_articles(stories)
    assert [is_new for _, is_new in added] == [True] * 3 and len(writes) == 1
    assert lib.add_articles(stories[:1])[0] == (lib.get_article(stories[0].id), False)

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tradereader.storage, "write_atomically", full_disk)
    more = [make_article(f"Another story {n}.\n") for n in range(2)]
    with pytest.raises(LibraryError, match="No space left"):
        lib.add_articles(more)
    assert lib.article_count() == 3 and lib.get_article(more[0].id) is None
    lib.close()
    with Library.open(home, readonly=True) as again:
        assert again.article_count() == 3  # the file agrees


def test_articles_containing_words_in_any_case(lib: Library) -> None:
    rice = lib.add_article(make_article("Tokyo opens its RICE market.\n"))[0]
    steel = lib.add_article(make_article("Steel quotas stay.\n"))[0]
    assert lib.articles_containing("rice Market") == {rice.id}
    assert lib.articles_containing("QUOTAS") == {steel.id}
    assert lib.articles_containing("wheat") == set()


def test_the_same_source_with_new_text_is_a_new_version(lib: Library, article: Article) -> None:
    lib.set_published(article.id, "1987-03-24")
    note = lib.add_annotation(make_note(article, "rice imports", note="watch this"))
    text = STORY.replace("on Monday", "on Monday in Tokyo")
    new, is_new = lib.add_article(make_article(text, source=article.source))
    assert is_new and new.previous_version == article.id
    assert new.published == "1987-03-24"  # the user's date is kept
    assert lib.get_article(article.id) is None and lib.article_count() == 1
    (moved,) = lib.annotations()
    assert moved.id == note.id and moved.article_id == new.id and not moved.orphaned
    assert text[moved.position.start : moved.position.end] == "rice imports"
    assert moved.note == "watch this"


def test_a_note_whose_text_went_away_is_orphaned_not_lost(lib: Library, article: Article) -> None:
    note = lib.add_annotation(make_note(article, "rice imports", note="keep me"))
    text = "Tariff talks resume\n\nNothing about grains here at all, just chips."
    new, _ = lib.add_article(make_article(text, source=article.source))
    (kept,) = lib.annotations(new.id)
    assert kept.id == note.id and kept.orphaned and kept.note == "keep me"
    assert kept.quote.exact == "rice imports"


def test_without_the_anchoring_module_moved_notes_are_orphaned_in_place(
    lib: Library, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = lib.add_annotation(make_note(article, "rice imports"))
    monkeypatch.setitem(sys.modules, "tradereader.anchoring", None)  # import fails
    new, _ = lib.add_article(make_article(STORY + " More.", source=article.source))
    (kept,) = lib.annotations()
    assert kept.orphaned and kept.article_id == new.id and kept.position == note.position


def test_a_failing_reanchor_orphans_the_note(
    lib: Library, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tradereader.anchoring

    def broken(annotation: Annotation, new_text: str) -> Annotation:
        raise RuntimeError("bug")

    monkeypatch.setattr(tradereader.anchoring, "reanchor", broken)
    lib.add_annotation(make_note(article, "rice imports"))
    lib.add_article(make_article(STORY + " More.", source=article.source))
    (kept,) = lib.annotations()
    assert kept.orphaned and kept.quote.exact == "rice imports"


def test_resolve_article_by_id_prefix_and_path(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "story.txt"
    stored, _ = lib.add_article(make_article(source=str(path)))
    assert lib.resolve_article(stored.id) == stored
    assert lib.resolve_article(stored.id[:5]) == stored
    assert lib.resolve_article(stored.id[:5].upper()) == stored
    assert lib.resolve_article(str(path)) == stored
    monkeypatch.chdir(tmp_path)
    assert lib.resolve_article("story.txt") == stored


def test_resolve_article_by_the_file_name_from_another_folder(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored, _ = lib.add_article(make_article(source=str(tmp_path / "news" / "2-13.html")))
    monkeypatch.chdir(tmp_path)  # not the file's folder
    assert lib.resolve_article("2-13.html") == stored
    other, _ = lib.add_article(make_article("other story", source=str(tmp_path / "2-13.html")))
    assert lib.resolve_article("2-13.html") == other  # a path from here wins
    monkeypatch.chdir(tmp_path / "..")
    with pytest.raises(NotFound, match=r"'2-13.html' is ambiguous: 2 imported files"):
        lib.resolve_article("2-13.html")
    with pytest.raises(NotFound, match="imported file name"):
        lib.resolve_article("3-14.html")


def test_resolve_article_refuses_ambiguous_and_unknown_references(lib: Library) -> None:
    first = make_article("one").evolve(id="abc1000000000000")
    second = make_article("two").evolve(id="abc2000000000000")
    lib.add_article(first)
    lib.add_article(second)
    with pytest.raises(NotFound, match="ambiguous.*abc1000000000000.*abc2000000000000"):
        lib.resolve_article("abc")
    assert lib.resolve_article("abc2").id == second.id
    for ref in ("fff", "no/such/file.txt", "  "):
        with pytest.raises(NotFound):
            lib.resolve_article(ref)


def test_articles_lists_newest_first_with_notes_and_tags(lib: Library) -> None:
    old, _ = lib.add_article(make_article("old story", imported="2026-01-01T00:00:00+00:00"))
    new, _ = lib.add_article(make_article("new story", imported="2026-02-01T00:00:00+00:00"))
    lib.add_annotation(make_note(old, "old", tags=("b-tag", "A-tag")))
    lib.add_annotation(make_note(old, "story", tags=("b-tag",)))
    summaries = lib.articles()
    assert [s.id for s in summaries] == [new.id, old.id]
    assert (summaries[1].notes, summaries[1].tags) == (2, ("A-tag", "b-tag"))
    assert (summaries[0].notes, summaries[0].tags) == (0, ())


def test_delete_article_refuses_when_it_has_notes(lib: Library, article: Article) -> None:
    lib.add_annotation(make_note(article, "rice imports"))
    with pytest.raises(InputError, match="1 note"):
        lib.delete_article(article.id)
    assert lib.get_article(article.id) is not None and len(lib.annotations()) == 1
    assert lib.delete_article(article.id, with_annotations=True) == article
    assert lib.article_count() == 0 and lib.annotations() == []


def test_delete_article_without_notes_and_unknown(lib: Library, article: Article) -> None:
    lib.delete_article(article.id)
    assert lib.article_count() == 0
    with pytest.raises(NotFound):
        lib.delete_article(article.id)


def test_position_opened_and_published_are_kept(lib: Library, article: Article) -> None:
    lib.set_position(article.id, 42)
    lib.mark_opened(article.id)
    lib.set_published(article.id, "1987-03-24")
    stored = lib.get_article(article.id)
    assert stored is not None and stored.position == 42 and stored.published == "1987-03-24"
    assert stored.opened and ISO_UTC_SECONDS.match(stored.opened)
    lib.set_published(article.id, None)
    assert lib.get_article(article.id).published is None  # type: ignore[union-attr]


def test_bad_dates_and_unknown_articles_are_refused(lib: Library, article: Article) -> None:
    for bad in ("24 March 1987", "1987-13-01", "1987-3-4"):
        with pytest.raises(InputError, match="not a date"):
            lib.set_published(article.id, bad)
    for far in ("9999-12-31", "0001-01-01"):  # typos: the calendar would overflow
        with pytest.raises(InputError, match="outside the years"):
            lib.set_published(article.id, far)
    assert lib.set_published(article.id, "1987-03-04").published == "1987-03-04"
    with pytest.raises(NotFound):
        lib.set_position("feedfacefeedface", 3)
    with pytest.raises(NotFound):
        lib.mark_opened("feedfacefeedface")


# ------------------------------------------------------------------ annotations


def test_add_annotation_fills_id_times_and_cleans_tags(lib: Library, article: Article) -> None:
    stored = lib.add_annotation(make_note(article, "rice", tags=(" trade ", "", "rice", "trade")))
    assert re.fullmatch(r"[0-9a-f]{32}", stored.id)
    assert ISO_UTC_SECONDS.match(stored.created) and stored.modified == stored.created
    assert stored.tags == ("trade", "rice")
    assert lib.annotations() == [stored] and lib.get_annotation(stored.id) == stored


def test_add_annotation_keeps_a_given_id_and_refuses_a_duplicate(
    lib: Library, article: Article
) -> None:
    note = make_note(article, "rice").evolve(id="my-id")
    assert lib.add_annotation(note).id == "my-id"
    with pytest.raises(InputError, match="exists"):
        lib.add_annotation(note)
    with pytest.raises(NotFound):
        lib.add_annotation(note.evolve(id="", article_id="feedfacefeedface"))


def test_update_annotation_keeps_created_and_sets_modified(
    lib: Library, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = lib.add_annotation(make_note(article, "rice", note="first"))
    monkeypatch.setattr("tradereader.store_notes.utc_now", lambda: "2030-01-01T00:00:00+00:00")
    edited = lib.update_annotation(stored.evolve(note="second", created="ignored"))
    assert edited.created == stored.created and edited.modified == "2030-01-01T00:00:00+00:00"
    assert lib.annotations() == [edited] and edited.note == "second"
    with pytest.raises(NotFound):
        lib.update_annotation(stored.evolve(id="nope"))


def test_delete_annotation_returns_it_for_undo(lib: Library, article: Article) -> None:
    stored = lib.add_annotation(make_note(article, "rice"))
    assert lib.delete_annotation(stored.id) == stored
    assert lib.annotations() == []
    assert lib.add_annotation(stored) == stored  # undo
    with pytest.raises(NotFound):
        lib.delete_annotation("nope")


def test_annotations_come_in_reading_order_and_filter(lib: Library, article: Article) -> None:
    later = lib.add_annotation(make_note(article, "rice imports", tags=("farm",)))
    earlier = lib.add_annotation(make_note(article, "semiconductor", tags=("chips", "farm")))
    other, _ = lib.add_article(make_article("Another story about chips."))
    elsewhere = lib.add_annotation(make_note(other, "chips", tags=("chips",)))
    assert lib.annotations(article.id) == [earlier, later]
    assert lib.annotations(tag="farm") == [earlier, later]
    assert lib.annotations(other.id, tag="farm") == []
    assert set(lib.annotations()) == {earlier, later, elsewhere}


def test_tag_counts(lib: Library, article: Article) -> None:
    lib.add_annotation(make_note(article, "rice", tags=("farm", "Japan")))
    lib.add_annotation(make_note(article, "semiconductor", tags=("farm",)))
    assert lib.tag_counts() == {"farm": 2, "Japan": 1}


def test_rename_tag_merges_onto_an_existing_tag(lib: Library, article: Article) -> None:
    both = lib.add_annotation(make_note(article, "rice", tags=("agri", "farm")))
    one = lib.add_annotation(make_note(article, "semiconductor", tags=("agri",)))
    assert lib.rename_tag("agri", "farm") == 2
    assert lib.get_annotation(both.id).tags == ("farm",)  # type: ignore[union-attr]
    assert lib.get_annotation(one.id).tags == ("farm",)  # type: ignore[union-attr]
    assert lib.tag_counts() == {"farm": 2}
    assert lib.rename_tag("farm", "farm") == 0


def test_rename_tag_refuses_unknown_and_empty(lib: Library, article: Article) -> None:
    lib.add_annotation(make_note(article, "rice", tags=("farm",)))
    with pytest.raises(NotFound):
        lib.rename_tag("nope", "x")
    with pytest.raises(InputError):
        lib.rename_tag("farm", "  ")


# ------------------------------------------------------------------ lexicon


def test_lexicon_add_replace_and_remove(lib: Library) -> None:
    entry = LexiconEntry(phrase="  Chip  Act ", kind="issue", subtype="tech", value="CHIPS")
    stored = lib.add_lexicon_entry(entry)
    assert stored.phrase == "Chip Act" and lib.lexicon() == [stored]
    suppressed = lib.add_lexicon_entry(LexiconEntry("chip act", "issue", action="suppress"))
    other_kind = lib.add_lexicon_entry(LexiconEntry("Chip Act", "actor"))
    assert lib.lexicon() == [suppressed, other_kind]
    assert lib.remove_lexicon_entry(LexiconEntry("CHIP ACT", "issue")) == suppressed
    assert lib.lexicon() == [other_kind]
    with pytest.raises(NotFound):
        lib.remove_lexicon_entry(LexiconEntry("CHIP ACT", "issue"))


def test_lexicon_refuses_bad_entries(lib: Library) -> None:
    with pytest.raises(InputError):
        lib.add_lexicon_entry(LexiconEntry(" ", "actor"))
    with pytest.raises(InputError):
        lib.add_lexicon_entry(LexiconEntry("x", "thing"))  # type: ignore[arg-type]


# ------------------------------------------------------------------ settings


def test_settings_are_kept_and_default_when_absent(lib: Library) -> None:
    assert lib.setting("theme") is None
    assert lib.setting("theme", "textual-dark") == "textual-dark"
    lib.set_setting("theme", "nord")
    lib.set_setting("width", 72)
    assert (lib.setting("theme"), lib.setting("width")) == ("nord", 72)
    assert lib.setting("schema_version") is None  # settings are not the meta fields


def test_settings_survive_reopening_and_an_unchanged_one_is_not_written(home: Path) -> None:
    with Library.open(home) as lib:
        lib.set_setting("theme", "nord")
        saved = lib.path.stat().st_ino  # every save replaces the file: a new inode
        lib.set_setting("theme", "nord")
        assert lib.path.stat().st_ino == saved
        lib.set_setting("theme", "gruvbox")
        assert lib.path.stat().st_ino != saved
    with Library.open(home) as lib:
        assert lib.setting("theme") == "gruvbox"


def test_a_read_only_library_reads_settings_but_refuses_to_set_them(home: Path) -> None:
    with Library.open(home) as lib:
        lib.set_setting("theme", "nord")
    with Library.open(home, readonly=True) as lib:
        assert lib.setting("theme") == "nord"
        with pytest.raises(LibraryError, match="read-only"):
            lib.set_setting("theme", "gruvbox")


def test_migrating_an_unversioned_library_keeps_its_settings(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "library.json").write_text(
        '{"meta": {"1": {"settings": {"theme": "nord"}}}, "articles": {}}', encoding="utf-8")
    with Library.open(home) as lib:
        assert lib.setting("theme") == "nord"
    with Library.open(home, readonly=True) as lib:
        assert lib.setting("theme") == "nord"


# ------------------------------------------------------------------ life cycle


def test_a_closed_library_refuses_writes(lib: Library) -> None:
    lib.close()
    with pytest.raises(LibraryError, match="closed"):
        lib.add_article(make_article())
    lib.close()  # twice is fine


def test_threads_saving_at_once_lose_nothing(lib: Library, article: Article) -> None:
    def save(n: int) -> None:
        for i in range(20):
            lib.add_annotation(make_note(article, "rice", note=f"{n}-{i}"))

    threads = [threading.Thread(target=save, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({a.note for a in lib.annotations()}) == 80


def test_everything_survives_reopening(home: Path) -> None:
    with Library.open(home) as lib:
        article, _ = lib.add_article(make_article(source="/a.txt"))
        lib.set_position(article.id, 7)
        note = lib.add_annotation(make_note(article, "rice", note="n", tags=("t",)))
        entry = lib.add_lexicon_entry(LexiconEntry("Chip Act", "issue"))
        before = (lib.articles(), lib.get_article(article.id))
    with Library.open(home) as lib:
        assert (lib.articles(), lib.get_article(article.id)) == before
        assert lib.annotations() == [note] and lib.lexicon() == [entry]


def test_a_tag_typed_in_another_case_joins_the_tag_the_library_has(lib: Library,
                                                                   article: Article) -> None:
    first = lib.add_annotation(make_note(article, "rice", tags=("compliance", "EU")))
    second = lib.add_annotation(make_note(article, "rice", tags=("Compliance", "eu", "EU ")))
    assert second.tags == ("compliance", "EU")
    assert lib.tag_counts() == {"compliance": 2, "EU": 2}
    edited = lib.update_annotation(first.evolve(tags=("COMPLIANCE", "Steel", "steel")))
    assert edited.tags == ("compliance", "Steel")
    assert lib.rename_tag("compliance", "Compliance") == 2  # a case change is a rename
    third = lib.add_annotation(make_note(article, "rice", tags=("compliance",)))
    assert third.tags == ("Compliance",)


def test_renaming_onto_a_tag_in_another_case_merges_into_it(lib: Library, article: Article) -> None:
    lib.add_annotation(make_note(article, "rice", tags=("Compliance",)))
    both = lib.add_annotation(make_note(article, "rice", tags=("geneva", "Compliance")))
    lib.add_annotation(make_note(article, "rice", tags=("geneva",)))
    assert lib.rename_tag("geneva", "compliance") == 2
    assert lib.tag_counts() == {"Compliance": 3}
    assert lib.get_annotation(both.id).tags == ("Compliance",)
