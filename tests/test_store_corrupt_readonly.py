"""A damaged library in a folder that cannot be written (a read-only mount): tradereader cannot
move it aside nor put back its last good state, so it says what is wrong and what to do,
exits 2, and changes nothing."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_store import make_article, make_note

import tradereader.storage
from tradereader.errors import LibraryCorrupt
from tradereader.store import Library

BROKEN = b'{"articles": {"1": '


def damaged_home(home: Path, *, backup: bool = True) -> dict[str, bytes]:
    """A library with a note, then its file damaged (its .bak, the last good state, kept
    or not); the files there."""
    with Library.open(home) as lib:
        article, _ = lib.add_article(make_article(source="/a.txt"))
        lib.add_annotation(make_note(article, "rice", note="first"))
    (home / "library.json").write_bytes(BROKEN)
    if not backup:
        (home / "library.json.bak").unlink()
    return files_in(home)


def files_in(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(home.iterdir())}


def read_only_mount(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """`home` as on a read-only mount: statvfs says so, and no file there opens for writing."""
    real_statvfs, real_open = os.statvfs, os.open

    class ReadOnly:
        def __init__(self, result) -> None:
            self._result = result
            self.f_flag = result.f_flag | os.ST_RDONLY

        def __getattr__(self, name):
            return getattr(self._result, name)

    def statvfs(path):
        result = real_statvfs(path)
        return ReadOnly(result) if Path(path) == home else result

    def refuse(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and Path(path).parent == home:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(tradereader.storage.os, "statvfs", statvfs)
    monkeypatch.setattr(tradereader.storage.os, "open", refuse)


@pytest.mark.parametrize("readonly", [True, False])
def test_the_message_says_what_is_wrong_and_what_to_do(home, monkeypatch, readonly):
    before = damaged_home(home)
    read_only_mount(monkeypatch, home)
    with pytest.raises(LibraryCorrupt) as caught:
        Library.open(home, readonly=readonly)
    message = str(caught.value)
    assert caught.value.exit_code == 2 and caught.value.moved_to is None
    assert message.startswith(f"{home / 'library.json'} cannot be read (")
    assert "its folder is on a read-only file system, so it cannot be repaired there" in message
    assert "Nothing was changed" in message
    assert "remount it read-write) and run tradereader again" in message
    assert "copy library.json.bak (the last good state" in message
    assert "Open tradereader" not in message  # that could not repair it either
    monkeypatch.undo()
    assert files_in(home) == before


def test_without_a_usable_backup_it_says_to_keep_the_damaged_file(home, monkeypatch):
    before = damaged_home(home, backup=False)
    read_only_mount(monkeypatch, home)
    with pytest.raises(LibraryCorrupt, match="no usable library.json.bak .* keep a copy"):
        Library.open(home, readonly=True)
    monkeypatch.undo()
    assert files_in(home) == before


def test_a_writable_folder_still_says_how_tradereader_repairs_it(home):
    before = damaged_home(home)
    with pytest.raises(LibraryCorrupt, match="only reads the library.*Open tradereader"):
        Library.open(home, readonly=True)
    assert files_in(home) == before


def test_a_file_that_cannot_be_moved_aside_is_said_and_kept(home, monkeypatch):
    before = damaged_home(home)
    real = os.rename

    def denied(source, target, *args, **kwargs):
        if Path(source).name == "library.json":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(source))
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(tradereader.storage.os, "rename", denied)
    with pytest.raises(LibraryCorrupt, match=r"it cannot be moved aside \(Permission denied\)"):
        Library.open(home)
    monkeypatch.undo()
    assert files_in(home) == before


# ---------------------------------------------------------------- a real read-only mount


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tradereader.cli", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture
def mounted(tmp_path: Path):
    """A tmpfs at tmp_path/mnt (as root, where mounting works), unmounted after."""
    mount = shutil.which("mount")
    if os.geteuid() != 0 or mount is None:
        pytest.skip("mounting needs root")
    point = tmp_path / "mnt"
    point.mkdir()
    if subprocess.run([mount, "-t", "tmpfs", "none", str(point)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield point
    subprocess.run(["umount", str(point)], capture_output=True)


@pytest.mark.parametrize("command", [(), ("list",), ("notes",), ("export", "-o", "-"),
                                     ("import", "story.txt")])
def test_every_command_on_a_read_only_mount_exits_2_and_changes_nothing(
        mounted, tmp_path, command):
    home = mounted / "library"
    home.mkdir()
    before = damaged_home(home)
    (tmp_path / "story.txt").write_text("Rice\n\nJapan cut rice tariffs.\n", encoding="utf-8")
    assert subprocess.run(["mount", "-o", "remount,ro", str(mounted)]).returncode == 0
    args = [str(tmp_path / a) if a == "story.txt" else a for a in command]
    result = run_cli(home, *args)
    assert result.returncode == 2, result.stderr
    assert "cannot be read" in result.stderr
    assert "read-only file system, so it cannot be repaired there" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert files_in(home) == before
