"""Command-line parsing: the default command, options on either side, usage errors."""

from __future__ import annotations

import pytest

from tradereader import __version__
from tradereader.cli import build_parser, main, with_default_command


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ["open"]),
        (["story.txt"], ["open", "story.txt"]),
        (["--home", "h", "a.txt"], ["--home", "h", "open", "a.txt"]),
        (["list", "--json"], ["list", "--json"]),
        (["--home", "list"], ["--home", "list", "open"]),
        (["--help"], ["--help"]),
    ],
)
def test_default_command_is_open(argv: list[str], expected: list[str]) -> None:
    assert with_default_command(argv) == expected


def test_home_is_accepted_before_and_after_the_command() -> None:
    parser = build_parser()
    before = parser.parse_args(["--home", "/x", "list"])
    after = parser.parse_args(["list", "--home", "/y"])
    assert (before.home, after.home) == ("/x", "/y")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_bad_published_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "x.txt", "--published", "March 3"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["import", "list", "entities", "annotate", "notes", "export"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "--home" in capsys.readouterr().out


@pytest.mark.parametrize("command, says", [
    ("export", "Export notes as Markdown"), ("notes", "List the notes of an article")])
def test_the_note_commands_say_what_they_do_and_what_an_article_is(
        command: str, says: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert says in out and "its id (or the first letters of it) or the file" in out
