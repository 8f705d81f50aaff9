"""The command line end to end, as a user runs it: a real process, a real home folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

STORY = """Tokyo Pledges to Open Rice Market

By Jane Doe

Japan said on Tuesday it would cut tariffs on rice imports, a move U.S. Trade
Representative Clayton Yeutter welcomed.

Officials in Washington said the deal would be signed next month.
"""


def tradereader(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tradereader.cli", "--home", str(home), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "rice.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_import_prints_id_and_title_and_list_json_shows_it(story: Path, home: Path) -> None:
    imported = tradereader("import", str(story), "--published", "1987-03-03", home=home)
    assert imported.returncode == 0, imported.stderr
    article_id, title = imported.stdout.strip().split("  ", 1)
    assert title == "Tokyo Pledges to Open Rice Market"
    listed = tradereader("list", "--json", home=home)
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["title"], r["published"], r["notes"]) for r in rows] == [
        (article_id, title, "1987-03-03", 0)
    ]
    assert rows[0]["source"] == str(story.resolve())


def test_importing_twice_does_not_duplicate(story: Path, home: Path) -> None:
    tradereader("import", str(story), home=home)
    again = tradereader("import", str(story), home=home)
    assert again.returncode == 0
    assert len(json.loads(tradereader("list", "--json", home=home).stdout)) == 1


def test_import_a_folder_imports_every_readable_file(tmp_path: Path, home: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"Headline number {n}\n\nBody text {n} about tariffs.\n")
    result = tradereader("import", str(folder), home=home)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 3


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.bin", b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_bad_input_exits_2_naming_the_file(
    tmp_path: Path, home: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = tradereader("import", str(path), home=home)
    assert result.returncode == 2
    assert name in result.stderr and reason in result.stderr.lower()
    assert "Traceback" not in result.stderr
    assert not (home / "library.json").exists() or "articles" in (home / "library.json").read_text()


def test_missing_file_exits_2_and_leaves_the_library_untouched(
    story: Path, tmp_path: Path, home: Path
) -> None:
    tradereader("import", str(story), home=home)
    before = (home / "library.json").read_bytes()
    result = tradereader("import", str(story), str(tmp_path / "nope.txt"), home=home)
    assert result.returncode == 2
    assert "nope.txt" in result.stderr
    assert (home / "library.json").read_bytes() == before


def test_entities_json_offsets_index_the_file_text(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(STORY.replace("\n", "\r\n").encode("utf-8"))
    result = tradereader("entities", str(path), "--json", "--published", "1987-03-03", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert data["mentions"], "no mentions found"
    for mention in data["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
        assert {"kind", "subtype", "value", "why"} <= mention.keys()
    values = {(m["kind"], m["value"]) for m in data["mentions"]}
    assert ("actor", "JPN") in values and ("issue", "tariffs") in values
    assert not (home / "library.json").exists(), "entities on a file must not import it"


def test_entities_table_groups_by_kind(story: Path, home: Path) -> None:
    result = tradereader("entities", str(story), home=home)
    assert result.returncode == 0, result.stderr
    for heading in ("Actors", "Issues", "Dates"):
        assert heading in result.stdout


def test_unknown_article_is_exit_2(home: Path) -> None:
    result = tradereader("entities", "0123456789abcdef", home=home)
    assert result.returncode == 2
    assert "0123456789abcdef" in result.stderr


def test_corrupt_library_is_moved_aside_and_reported(story: Path, home: Path) -> None:
    home.mkdir(parents=True)
    (home / "library.json").write_text('{"articles": {"1": ')
    listed = tradereader("list", home=home)  # read-only: reports, moves nothing
    assert listed.returncode == 2 and "cannot be read" in listed.stderr
    assert not list(home.glob("library.json.corrupt-*"))
    result = tradereader("import", str(story), home=home)
    assert result.returncode == 0, result.stderr
    assert "cannot be read" in result.stderr and "moved to library.json.corrupt-" in result.stderr
    moved = list(home.glob("library.json.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_text() == '{"articles": {"1": '
    rows = json.loads(tradereader("list", "--json", home=home).stdout)
    assert [r["title"] for r in rows] == ["Tokyo Pledges to Open Rice Market"]


def test_import_into_a_library_in_use_is_refused(story: Path, home: Path) -> None:
    from tradereader.store import Library

    with Library.open(home):
        result = tradereader("import", str(story), home=home)
        listed = tradereader("list", "--json", home=home)
    assert result.returncode == 2
    assert "in use by another tradereader" in result.stderr
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def test_a_corrupt_library_comes_back_from_its_backup(story: Path, home: Path) -> None:
    assert tradereader("import", str(story), home=home).returncode == 0
    other = story.with_name("other.txt")
    other.write_text("Steel Duties Rise\n\nDuties on steel rose again.\n", encoding="utf-8")
    assert tradereader("import", str(other), home=home).returncode == 0  # .bak: the rice story
    (home / "library.json").write_text('{"articles": {"1": ')
    result = tradereader("list", home=home)
    assert result.returncode == 2 and "only reads the library" in result.stderr  # nothing moved yet
    result = tradereader("annotate", "rice", "--quote", "rice", home=home)
    assert "last good state (library.json.bak) was restored" in result.stderr
    rows = json.loads(tradereader("list", "--json", home=home).stdout)
    assert [r["title"] for r in rows] == ["Tokyo Pledges to Open Rice Market"]


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_publication_date_far_out_of_range_is_a_usage_error(story: Path, home: Path, day) -> None:
    result = tradereader("entities", str(story), "--published", day, home=home)
    assert result.returncode == 2 and "outside the years" in result.stderr
