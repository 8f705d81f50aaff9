"""The command line where user testing found it unclear: a data folder that is a file, a
library on a read-only file system."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import STORY, tradereader
from test_store_files import files_in, unwritable

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


# -- a library on a read-only file system ---------------------------------------------------


@pytest.fixture
def read_only_home(home: Path, story: Path, monkeypatch) -> dict[str, bytes]:
    """A library with one article whose folder then refuses every write (as a read-only
    mount does); the files as they were."""
    assert tradereader("import", str(story), home=home).returncode == 0
    unwritable(monkeypatch, home, errno.EROFS)
    return files_in(home)


@pytest.fixture
def shown(monkeypatch) -> list:
    """(read-only?, why, notice, titles) of each reader the command line opens."""
    import tradereader.ui.app

    seen: list = []

    class Recorder:
        def __init__(self, library, open_article=None, notice=None):
            titles = [s.title for s in library.articles()]
            seen.append((library.readonly, library.readonly_reason, notice, titles))

        def run(self):
            return None

    monkeypatch.setattr(tradereader.ui.app, "make_app", Recorder)
    return seen


def test_a_read_only_file_system_opens_the_reader_read_only_saying_why(
    home: Path, read_only_home: dict, shown: list, capsys
) -> None:
    assert cli.main(["--home", str(home)]) == 0, capsys.readouterr().err
    [(readonly, why, notice, titles)] = shown
    assert readonly is True and titles == ["Tokyo Pledges to Open Rice Market"]
    assert why == "its folder is on a read-only file system"  # the reader says it (one notice)
    assert notice is None or "read-only" not in notice
    assert files_in(home) == read_only_home


def test_the_reader_on_a_read_only_file_system_reads_the_library_once(
    home: Path, read_only_home: dict, shown: list, monkeypatch, capsys
) -> None:
    import tradereader.storage
    import tradereader.store_lock

    reads: list[Path] = []
    real = tradereader.storage.load_tables

    def counted(path, **kwargs):
        reads.append(path)
        return real(path, **kwargs)

    monkeypatch.setattr(tradereader.storage, "load_tables", counted)
    monkeypatch.setattr(tradereader.store_lock, "load_tables", counted)
    assert cli.main(["--home", str(home)]) == 0, capsys.readouterr().err
    assert [readonly for readonly, *_ in shown] == [True]
    assert reads == [home / "library.json"]


def test_a_library_in_use_still_opens_read_only_without_a_second_notice(
    home: Path, story: Path, shown: list
) -> None:
    from tradereader.store import Library

    assert tradereader("import", str(story), home=home).returncode == 0
    with Library.open(home):  # another window holds the lock
        assert cli.main(["--home", str(home)]) == 0
    assert shown == [(True, "another tradereader is using it", None,
                      ["Tokyo Pledges to Open Rice Market"])]


@pytest.mark.parametrize(
    "argv",
    [["import", "{story}"], ["{story}"], ["annotate", "2faa", "--quote", "Japan"]],
)
def test_what_must_write_to_a_read_only_file_system_is_refused_clearly(
    home: Path, story: Path, read_only_home: dict, shown: list, argv: list[str], capsys
) -> None:
    status = cli.main(["--home", str(home), *[a.format(story=story) for a in argv]])
    assert status == 2
    assert capsys.readouterr().err == (
        f"tradereader: the library at {home} cannot be changed: its folder is on a read-only "
        "file system (reading commands such as `list` still work)\n"
    )
    assert shown == [] and files_in(home) == read_only_home
    assert cli.main(["--home", str(home), "list"]) == 0
    assert "Tokyo Pledges to Open Rice Market" in capsys.readouterr().out


def test_a_read_only_folder_without_a_library_is_an_error_not_an_empty_reader(
    home: Path, shown: list, monkeypatch, capsys
) -> None:
    home.mkdir()
    unwritable(monkeypatch, home, errno.EROFS)
    assert cli.main(["--home", str(home)]) == 2
    assert capsys.readouterr().err.startswith(f"tradereader: no library can be made at {home}: ")
    assert shown == [] and list(home.iterdir()) == []
