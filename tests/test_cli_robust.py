"""The command line where QA found it fragile: missing values, closed pipes, mixed imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import STORY, tradereader
from test_cli_notes import annotate


def import_story(home: Path, path: Path, text: str = STORY) -> str:
    path.write_text(text, encoding="utf-8")
    result = tradereader("import", str(path), home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[0]


# -- 1. an option without its value is a usage error ----------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--home"],
        ["--home", "/tmp/somewhere", "--home"],
        ["--debug", "--home"],
        ["--published"],
        ["import", "x.txt", "--published"],
        ["entities"],
        ["entities", "x.txt", "--published"],
        ["export", "-o"],
        ["export", "--tag"],
        ["notes", "--tag"],
        ["annotate", "x", "--quote"],
        ["list", "--home"],
    ],
)
def test_an_option_without_its_value_is_a_usage_error(argv: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tradereader.cli", *argv],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2, result.stderr
    assert "usage:" in result.stderr and "error:" in result.stderr
    assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr


def test_published_before_the_path_goes_to_open() -> None:
    from tradereader.cli import with_default_command

    assert with_default_command(["--published", "2020-01-01", "a.txt"]) == [
        "open", "--published", "2020-01-01", "a.txt"
    ]
    assert with_default_command(["--home", "h", "--debug"]) == ["--home", "h", "--debug", "open"]


# -- 2. a closed stdout is not an error -----------------------------------------------------


def _run_into_closed_pipe(home: Path, *args: str) -> subprocess.CompletedProcess:
    """Run with stdout a pipe whose reading end is already closed (`| head -0`)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "tradereader.cli", "--home", str(home), *args],
            stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["notes"], ["export", "--all"]])
def test_a_closed_stdout_exits_quietly(tmp_path: Path, home: Path, args: list[str]) -> None:
    article_id = import_story(home, tmp_path / "rice.txt")
    annotate(home, article_id, "--quote", "Japan said", "--note", "n")
    result = _run_into_closed_pipe(home, *args)
    assert result.stderr == ""
    assert result.returncode in (0, 141)


def test_reading_one_line_of_a_long_list_then_closing(tmp_path: Path, home: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(120):
        title = f"Story {n:03d} " + "about rice tariffs and market access " * 6
        (folder / f"{n:03d}.txt").write_text(f"{title}\n\nJapan and the US talked about rice {n}.\n")
    assert tradereader("import", str(folder), home=home).returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "tradereader.cli", "--home", str(home), "list"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert process.stdout.readline().strip()
    process.stdout.close()
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=60) in (0, 141)
    assert stderr == ""


# -- 3. export with more than one scope -----------------------------------------------------


@pytest.mark.parametrize(
    "scope", [["ARTICLE", "--all"], ["--all", "--tag", "rice"], ["ARTICLE", "--tag", "rice"]]
)
def test_export_with_two_scopes_says_so(tmp_path: Path, home: Path, scope: list[str]) -> None:
    article_id = import_story(home, tmp_path / "rice.txt")
    annotate(home, article_id, "--quote", "Japan said", "--tag", "rice")
    args = [article_id[:8] if a == "ARTICLE" else a for a in scope]
    result = tradereader("export", *args, home=home)
    assert result.returncode == 2
    assert "not more than one" in result.stderr
    assert "name the articles" not in result.stderr


def test_export_without_a_scope_still_asks_for_one(home: Path) -> None:
    result = tradereader("export", home=home)
    assert result.returncode == 2
    assert "--tag TAG" in result.stderr and "--all" in result.stderr


# -- 4. --tag '#name' ---------------------------------------------------------------------------


def test_a_leading_hash_in_tag_is_dropped(tmp_path: Path, home: Path) -> None:
    article_id = import_story(home, tmp_path / "rice.txt")
    annotate(home, article_id, "--quote", "Japan said", "--note", "who", "--tag", "compliance")
    notes = tradereader("notes", "--tag", "#compliance", "--json", home=home)
    assert notes.returncode == 0, notes.stderr
    assert [r["quote"] for r in json.loads(notes.stdout)] == ["Japan said"]
    exported = tradereader("export", "--tag", "#compliance", home=home)
    assert exported.returncode == 0, exported.stderr
    assert "Japan said" in exported.stdout and "##compliance" not in exported.stdout
    assert tradereader("notes", "--tag", "#", home=home).returncode == 2


# -- 5. entities on a path that is not there --------------------------------------------------


@pytest.mark.parametrize("ref", ["/nonexist", "missing.txt", "dir/story", "./x", "~/nope.html"])
def test_entities_on_a_missing_path_says_no_such_file(home: Path, ref: str) -> None:
    result = tradereader("entities", ref, home=home)
    assert result.returncode == 2
    assert f"no such file: {ref}" in result.stderr
    assert "no article matches" not in result.stderr


def test_entities_on_an_unknown_id_still_says_no_article(home: Path) -> None:
    result = tradereader("entities", "abcdef12", home=home)
    assert result.returncode == 2
    assert "no article matches" in result.stderr


def test_entities_on_a_deleted_file_still_finds_the_imported_article(
    tmp_path: Path, home: Path
) -> None:
    path = tmp_path / "rice.txt"
    import_story(home, path)
    path.unlink()
    result = tradereader("entities", str(path), "--json", home=home)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["article"]["title"] == "Tokyo Pledges to Open Rice Market"


def test_entities_of_a_file_go_on_without_an_unreadable_library(
    tmp_path: Path, home: Path
) -> None:
    path = tmp_path / "rice.txt"
    import_story(home, path)
    library = home / "library.json"
    library.write_text('{"broken', encoding="utf-8")
    result = tradereader("entities", str(path), "--json", home=home)
    assert result.returncode == 0, result.stderr
    assert "cannot be read" in result.stderr and "leave out your own lexicon" in result.stderr
    assert any(m["value"] == "JPN" for m in json.loads(result.stdout)["mentions"])
    assert library.read_text(encoding="utf-8") == '{"broken'  # left as it was
    by_id = tradereader("entities", "abcdef12", home=home)  # an id needs the library
    assert by_id.returncode == 2 and "cannot be read" in by_id.stderr


# -- 6. one bad file among several --------------------------------------------------------------


def test_import_goes_on_past_a_bad_file(tmp_path: Path, home: Path) -> None:
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 100)
    good = tmp_path / "006.txt"
    good.write_text(STORY, encoding="utf-8")
    missing = tmp_path / "gone.txt"
    result = tradereader("import", str(bad), str(good), str(missing), home=home)
    assert result.returncode == 2
    assert "Tokyo Pledges to Open Rice Market" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert "bin.txt" in lines[0] and "gone.txt" in lines[1]
    rows = json.loads(tradereader("list", "--json", home=home).stdout)
    assert [r["title"] for r in rows] == ["Tokyo Pledges to Open Rice Market"]


def test_a_folder_with_one_bad_file_imports_the_others(tmp_path: Path, home: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("Rice talks\n\nJapan and the US argued about rice.\n")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "c.txt").write_text("Chip talks\n\nKorea argued about chip tariffs.\n")
    result = tradereader("import", str(folder), home=home)
    assert result.returncode == 2
    assert len(result.stdout.strip().splitlines()) == 2
    assert "b.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_single_bad_file_imports_nothing(tmp_path: Path, home: Path) -> None:
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 100)
    result = tradereader("import", str(bad), home=home)
    assert result.returncode == 2 and "bin.txt" in result.stderr
    assert result.stdout == ""
    assert not (home / "library.json").exists()


# -- 7. re-import of a changed file: what became of its notes -----------------------------------


def test_reimport_of_changed_text_reports_moved_and_orphaned_notes(
    tmp_path: Path, home: Path
) -> None:
    path = tmp_path / "rice.txt"
    article_id = import_story(home, path)
    annotate(home, article_id, "--quote", "Japan said")
    annotate(home, article_id, "--quote", "next month")
    annotate(home, article_id, "--quote", "Clayton Yeutter welcomed")
    changed = STORY.replace("Representative Clayton Yeutter welcomed", "Representative praised")
    path.write_text(changed + "\nA further paragraph.\n", encoding="utf-8")
    result = tradereader("import", str(path), home=home)
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.strip().splitlines()
    assert first.endswith("Tokyo Pledges to Open Rice Market") and first.split()[0] != article_id
    assert "2 notes moved to the new text, 1 orphaned" in second
    rows = json.loads(tradereader("notes", "--json", home=home).stdout)
    assert sorted(r["orphaned"] for r in rows) == [False, False, True]


def test_reimport_of_changed_text_without_notes_says_it_replaced_it(
    tmp_path: Path, home: Path
) -> None:
    path = tmp_path / "rice.txt"
    import_story(home, path)
    path.write_text(STORY + "\nMore.\n", encoding="utf-8")
    result = tradereader("import", str(path), home=home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2 and "replaces the earlier version" in lines[1]


def test_import_of_a_folder_saves_the_library_once(tmp_path: Path, home: Path, monkeypatch) -> None:
    from tradereader import cli, storage

    folder = tmp_path / "stories"
    folder.mkdir()
    for n in range(3):
        (folder / f"story{n}.txt").write_text(f"Story {n}\n\nTariffs rose {n} pct.\n", "utf-8")
    import_story(home, tmp_path / "rice.txt")  # the library exists already
    writes = []
    real_write = storage.write_atomically
    monkeypatch.setattr(storage, "write_atomically",
                        lambda *args: (writes.append(1), real_write(*args)))
    assert cli.main(["--home", str(home), "import", str(folder)]) == 0
    assert len(writes) == 1  # three articles, one write
    listed = tradereader("list", home=home)
    assert all(f"Story {n}" in listed.stdout for n in range(3))
