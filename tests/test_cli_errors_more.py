"""The command line where user testing found it unclear: a data folder that is a file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import STORY

from tradereader import cli, commands


def run(*args: str, env_home: Path | None = None) -> subprocess.CompletedProcess:
    """`tradereader ARGS` as a user runs it, with TRADEREADER_HOME set to `env_home`."""
    import os

    env = dict(os.environ)
    if env_home is not None:
        env["TRADEREADER_HOME"] = str(env_home)
    return subprocess.run(
        [sys.executable, "-m", "tradereader.cli", *args],
        capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "rice.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def not_a_folder(tmp_path: Path) -> Path:
    path = tmp_path / "x.txt"
    path.write_text("my notes, not a library\n", encoding="utf-8")
    return path


# -- TRADEREADER_HOME (or --home) names a file ------------------------------------------------


COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["notes"],
    ["import", "{story}"],
    ["export", "--all"],
    ["annotate", "abc", "--quote", "Japan"],
    ["entities", "abc"],
]


@pytest.mark.parametrize("argv", COMMANDS)
def test_a_home_that_is_a_file_is_named_for_every_command(
    argv: list[str], not_a_folder: Path, story: Path
) -> None:
    result = run(*[a.format(story=story) for a in argv], env_home=not_a_folder)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"tradereader: TRADEREADER_HOME is {not_a_folder}, which is a file, not a folder: "
        "set TRADEREADER_HOME to a folder for the library (it is created if it does not "
        "exist)\n"
    )
    assert not_a_folder.read_text(encoding="utf-8") == "my notes, not a library\n"


def test_open_with_a_home_that_is_a_file_says_so_before_the_reader(
    not_a_folder: Path, story: Path, monkeypatch, capsys
) -> None:
    opened = []
    monkeypatch.setattr(commands, "_run_reader", lambda *a, **k: opened.append(a))
    monkeypatch.setenv("TRADEREADER_HOME", str(not_a_folder))
    assert cli.main([]) == 2
    assert cli.main([str(story)]) == 2
    err = capsys.readouterr().err
    assert err.count("which is a file, not a folder") == 2
    assert opened == []
    assert not_a_folder.read_text(encoding="utf-8") == "my notes, not a library\n"


def test_home_option_and_a_file_above_the_home_are_named(not_a_folder: Path) -> None:
    result = run("--home", str(not_a_folder / "library"), "list")
    assert result.returncode == 2
    assert result.stderr == (
        f"tradereader: --home is {not_a_folder / 'library'}, inside {not_a_folder}, which is "
        "a file, not a folder: give --home a folder for the library (it is created if it "
        "does not exist)\n"
    )


def test_entities_of_a_file_warns_and_goes_on_when_the_home_is_a_file(
    not_a_folder: Path, story: Path
) -> None:
    result = run("entities", str(story), "--json", env_home=not_a_folder)
    assert result.returncode == 0, result.stderr
    assert "which is a file, not a folder" in result.stderr
    assert "leave out your own lexicon" in result.stderr
    assert json.loads(result.stdout)["mentions"]
