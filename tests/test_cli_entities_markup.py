"""`tradereader entities FILE` (the table) prints an article's title and phrases as they
are written: square brackets are text, not Rich markup. A title such as
`Talks [bold red]stall[/] here [/]` or `[/r/worldnews] ...` made it exit 1 ("unexpected
error: closing tag '[/]' ... has nothing to close") or lose its brackets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BODY = "\n\nThe United States and China met on Monday about tariffs.\n"


def entities_table(path: Path, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tradereader.cli", "--home", str(home), "entities", str(path)],
        capture_output=True, text=True, timeout=120,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)},
    )


@pytest.mark.parametrize("title", [
    "Talks [bold red]stall[/] here [/]",
    "[/r/worldnews] China tariffs",
    "Tariffs [b]rise[/b] again",
])
def test_a_title_with_square_brackets_is_printed_as_written(tmp_path: Path, home: Path,
                                                            title: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(title + BODY, encoding="utf-8")
    result = entities_table(path, home)
    assert result.returncode == 0, result.stderr
    assert title in result.stdout
    assert "USA" in result.stdout


def test_an_article_without_mentions_keeps_its_brackets_too(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "none.txt"
    path.write_text("Nothing [/] here\n\nNothing happened.\n", encoding="utf-8")
    result = entities_table(path, home)
    assert result.returncode == 0, result.stderr
    assert "Nothing [/] here: no actors, issues or dates found." in result.stdout


def _table_in_a_pipe(path: Path, home: Path, columns: str | None) -> list[str]:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    if columns is not None:
        env["COLUMNS"] = columns
    result = subprocess.run(
        [sys.executable, "-m", "tradereader.cli", "--home", str(home), "entities", str(path)],
        capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_table_in_a_pipe_is_wide_enough_not_to_wrap_each_why(tmp_path: Path,
                                                                  home: Path) -> None:
    from tradereader.ui.console import PIPE_WIDTH

    path = tmp_path / "story.txt"
    path.write_text("Talks" + BODY, encoding="utf-8")
    lines = _table_in_a_pipe(path, home, None)
    assert 80 < max(map(len, lines)) <= PIPE_WIDTH  # not the 80 columns Rich gives a pipe
    assert any("lexicon country: United States" in line for line in lines)
    narrow = _table_in_a_pipe(path, home, "60")  # COLUMNS still wins
    assert max(map(len, narrow)) <= 60
    assert lines[0] == "Talks"  # the title not padded out to the table's width
    assert not [line for line in lines + narrow if line != line.rstrip()]
