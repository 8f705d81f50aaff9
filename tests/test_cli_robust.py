"""The command line where QA found it fragile: missing values, closed pipes, mixed imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import STORY, tradereader


def import_story(home: Path, path: Path, text: str = STORY) -> str:
    path.write_text(text, encoding="utf-8")
    result = tradereader("import", str(path), home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[0]


def annotate(home: Path, *args: str) -> str:
    result = tradereader("annotate", *args, home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


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
