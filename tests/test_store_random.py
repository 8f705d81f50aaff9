"""Random sequences of library operations: the file on disk always equals memory.

The store re-serialises only the documents it knows changed; if it ever
missed one, the file would hold stale data. After every operation (and after
injected write failures) the file must parse to exactly what memory holds,
and reopening must give the same models.
"""

from __future__ import annotations

import errno
import os
import random
from pathlib import Path

import orjson
import pytest
from test_store import make_article, make_note

from tradereader.errors import InputError, LibraryWriteFailed, NotFound
from tradereader.model import LexiconEntry
from tradereader.store import Library
from tradereader.store_serialise import IncrementalSerialiser

TAGS = ("trade", "rice", "chips", "steel", "wto")
WORDS = "tariff talks rice steel chips Japan Geneva quota duty deal week said".split()


def random_text(rng: random.Random) -> str:
    return "Story\n\n" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 30))) + "."


def do_something(lib: Library, rng: random.Random) -> None:
    articles = lib.articles()
    notes = lib.annotations()
    choice = rng.randrange(10) if articles else 0
    if choice == 0:
        source = f"/news/{rng.randrange(4)}.txt"  # a known source: a new version
        lib.add_article(make_article(random_text(rng), source=source))
    elif choice in (1, 2, 3):
        article = lib.get_article(rng.choice(articles).id)
        word = rng.choice(article.text.split()[1:]).strip(".")  # type: ignore[union-attr]
        tags = tuple(rng.sample(TAGS, rng.randint(0, 2)))
        lib.add_annotation(make_note(article, word, note=random_text(rng), tags=tags))  # type: ignore[arg-type]
    elif choice == 4 and notes:
        note = rng.choice(notes)
        lib.update_annotation(note.evolve(note=random_text(rng), tags=(rng.choice(TAGS),)))
    elif choice == 5 and notes:
        lib.delete_annotation(rng.choice(notes).id)
    elif choice == 6 and notes:
        lib.rename_tag(rng.choice(list(lib.tag_counts()) or ["x"]), rng.choice(TAGS))
    elif choice == 7:
        lib.set_position(rng.choice(articles).id, rng.randrange(100))
    elif choice == 8:
        entry = LexiconEntry(rng.choice(WORDS), rng.choice(("actor", "issue")))
        if rng.random() < 0.6:
            lib.add_lexicon_entry(entry)
        else:
            lib.remove_lexicon_entry(entry)
    else:
        lib.delete_article(rng.choice(articles).id, with_annotations=rng.random() < 0.5)


def file_equals_memory(lib: Library) -> None:
    assert lib.path is not None
    on_disk = orjson.loads(lib.path.read_bytes())
    assert on_disk == orjson.loads(orjson.dumps(lib._db.storage.read()))


def snapshot(lib: Library) -> tuple:
    return (lib.articles(), lib.annotations(), lib.lexicon(), lib.tag_counts())


def fail_with_enospc(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_file_always_equals_memory(
    home: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    with Library.open(home) as lib:
        for _ in range(200):
            failing = rng.random() < 0.1
            if failing:
                monkeypatch.setattr(os, "replace", fail_with_enospc)
            before = snapshot(lib)
            try:
                do_something(lib, rng)
            except (NotFound, InputError):
                assert snapshot(lib) == before
            except LibraryWriteFailed:
                assert failing and snapshot(lib) == before
            monkeypatch.undo()
            file_equals_memory(lib)
        final = snapshot(lib)
    with Library.open(home) as lib:
        assert snapshot(lib) == final


def test_the_serialiser_reuses_only_what_did_not_change() -> None:
    serialiser = IncrementalSerialiser()
    notes = {str(i): {"n": i} for i in range(1, 6)}
    data = {"meta": {"1": {"v": 1}}, "notes": notes}
    assert orjson.loads(b"".join(serialiser.parts(data))) == data
    changed = dict(notes)
    changed["2"]["n"] = 20  # in place, as TinyDB's update does
    del changed["3"]
    changed["6"] = {"n": 6}
    data = {"meta": data["meta"], "notes": changed}
    serialiser.note_changes("notes", {"2", "3", "6"})
    assert orjson.loads(b"".join(serialiser.parts(data))) == data
    changed = dict(changed)
    changed["4"]["n"] = 40  # not reported: stale bytes are reused...
    data = {"meta": data["meta"], "notes": changed}
    serialiser.note_changes("notes", set())
    assert orjson.loads(b"".join(serialiser.parts(data)))["notes"]["4"] == {"n": 4}
    serialiser.forget()  # ...until forgotten, or when nothing was reported at all
    assert orjson.loads(b"".join(serialiser.parts(data))) == data
    changed = dict(changed)
    changed["5"]["n"] = 50
    data = {"meta": data["meta"], "notes": changed}
    assert orjson.loads(b"".join(serialiser.parts(data))) == data
