"""`tradereader [open] PATH...`: what reaches the reader, with the reader itself replaced
by a recorder (the app is tested elsewhere); a real home on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import STORY, tradereader

from tradereader import cli, commands


@pytest.fixture
def opened(monkeypatch) -> list:
    """What `open` would show: (titles of the articles given, notice) per run."""
    runs: list = []

    def record(library, articles, notice=None, open_id=None):
        runs.append(([a.title for a in articles], notice, library.article_count()))
        return 0

    monkeypatch.setattr(commands, "_run_reader", record)
    return runs


def test_a_bad_file_among_good_ones_is_named_and_the_rest_open(
    tmp_path: Path, home: Path, opened: list, capsys
) -> None:
    good = tmp_path / "rice.txt"
    good.write_text(STORY, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    status = cli.main(["--home", str(home), str(good), str(empty)])
    assert status == 2
    assert "empty.txt" in capsys.readouterr().err
    [(titles, notice, _count)] = opened
    assert titles == ["Tokyo Pledges to Open Rice Market"]
    assert "Could not open 1 file" in notice and "empty.txt" in notice


def test_nothing_that_can_be_opened_is_an_error_before_the_library_is_touched(
    tmp_path: Path, home: Path, opened: list, capsys
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert cli.main(["--home", str(home), str(empty)]) == 2
    assert "empty.txt" in capsys.readouterr().err
    assert opened == []
    assert not (home / "library.json").exists()


def test_a_notes_file_attaches_its_notes_instead_of_becoming_an_article(
    tmp_path: Path, home: Path, opened: list
) -> None:
    story = tmp_path / "rice.txt"
    story.write_text(STORY, encoding="utf-8")
    first = tmp_path / "first-home"
    article_id = tradereader("import", str(story), home=first).stdout.split()[0]
    assert tradereader("annotate", article_id, "--quote", "Japan said", "--note", "n1",
                       home=first).returncode == 0
    exported = tmp_path / "notes.json"
    assert tradereader("export", "--all", "--format", "w3c", "-o", str(exported),
                       home=first).returncode == 0
    assert cli.main(["--home", str(home), "import", str(story)]) == 0
    assert cli.main(["--home", str(home), str(exported)]) == 0
    [(titles, notice, count)] = opened
    assert titles == [] and notice is None and count == 1  # no article titled '{'
    rows = json.loads(tradereader("notes", "--json", home=home).stdout)
    assert [row["note"] for row in rows] == ["n1"]


def test_a_second_window_opens_the_library_read_only(home: Path, monkeypatch, capsys) -> None:
    import tradereader.ui.app
    from tradereader.store import Library

    shown = []

    class Recorder:
        def __init__(self, library, open_article=None, notice=None):
            shown.append((library.readonly, open_article))

        def run(self):
            return None

    monkeypatch.setattr(tradereader.ui.app, "make_app", Recorder)
    first = Library.open(home)  # the first window holds the lock
    try:
        status = cli.main(["--home", str(home)])
    finally:
        first.close()
    assert status == 0, capsys.readouterr().err
    assert shown and shown[0][0] is True  # read-only, and nothing was written


def test_an_article_id_opens_that_stored_article(tmp_path: Path, home: Path, monkeypatch,
                                                 capsys) -> None:
    from tradereader.ui import app as ui_app

    story = tmp_path / "rice.txt"
    story.write_text(STORY, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Seoul Cuts Tariffs\n\nSouth Korea cut tariffs on 50 items.\n",
                     encoding="utf-8")
    article_id = tradereader("import", str(story), home=home).stdout.split()[0]
    assert tradereader("import", str(other), home=home).returncode == 0
    shown = []

    class Recorder:
        def __init__(self, library, open_article=None, notice=None):
            shown.append((open_article, notice, library.article_count()))

        def run(self):
            return None

    monkeypatch.setattr(ui_app, "make_app", Recorder)
    assert cli.main(["--home", str(home), article_id[:6]]) == 0, capsys.readouterr().err
    assert shown == [(article_id, None, 2)]  # not the only article: the one named


def test_an_id_that_names_no_article_is_a_clear_error(home: Path, opened: list, capsys) -> None:
    assert cli.main(["--home", str(home), "deadbeef"]) == 2
    assert capsys.readouterr().err == (
        "tradereader: deadbeef: no such file, nor an article of the library with that id "
        "(`tradereader list` shows them)\n")
    assert opened == []


@pytest.fixture
def no_reader(monkeypatch) -> None:
    """The reader does not run: what a run stored is read back from the library."""
    from tradereader.ui import app as ui_app

    class Quiet:
        def __init__(self, library, open_article=None, notice=None):
            pass

        def run(self):
            return None

    monkeypatch.setattr(ui_app, "make_app", Quiet)


def test_the_seed_opened_by_its_own_path_on_a_first_run_keeps_that_path(
    tmp_path: Path, home: Path, no_reader, capsys
) -> None:
    """The first run stores the files given before the bundled seed: opening a copy of
    the seed by its path records that path (the seed's own copy took it before, and the
    path then named no article)."""
    from tradereader import paths
    [seed] = paths.seed_files()
    mine = tmp_path / seed.name
    mine.write_bytes(seed.read_bytes())
    assert cli.main(["--home", str(home), str(mine)]) == 0, capsys.readouterr().err
    rows = json.loads(tradereader("list", "--json", home=home).stdout)
    assert [row["source"] for row in rows] == [str(mine)]
    assert tradereader("notes", str(mine), home=home).returncode == 0  # the path names it


def test_a_first_run_lists_the_file_given_above_the_seed(
    tmp_path: Path, home: Path, no_reader, capsys
) -> None:
    story = tmp_path / "rice.txt"
    story.write_text(STORY, encoding="utf-8")
    assert cli.main(["--home", str(home), str(story)]) == 0, capsys.readouterr().err
    rows = json.loads(tradereader("list", "--json", home=home).stdout)
    assert rows[0]["source"] == str(story) and len(rows) == 2  # the seed, older, below it
