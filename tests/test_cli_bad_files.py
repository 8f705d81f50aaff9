"""Every bad file given is named, not only the first; an empty file in a folder too."""

from __future__ import annotations

from pathlib import Path

from test_cli import STORY, tradereader


def bad_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "binary.bin").write_bytes(b"\x00\x01\x02 not text")
    (folder / "spaces.txt").write_text("   \n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return [folder / "binary.bin", folder / "spaces.txt", folder / "empty.txt",
            folder / "missing.txt"]


def test_opening_only_bad_files_names_each_of_them(tmp_path: Path, home: Path) -> None:
    paths = bad_files(tmp_path / "bad")
    result = tradereader(*map(str, paths), home=home)
    assert result.returncode == 2
    for path in paths:
        assert str(path) in result.stderr, result.stderr
    assert not (home / "library.json").exists(), "nothing opened: the library is untouched"


def test_importing_a_folder_names_its_empty_file(tmp_path: Path, home: Path) -> None:
    folder = tmp_path / "mixed"
    bad_files(folder)
    (folder / "rice.txt").write_text(STORY, encoding="utf-8")
    result = tradereader("import", str(folder), home=home)
    assert result.returncode == 2
    assert "Tokyo Pledges to Open Rice Market" in result.stdout
    assert "empty.txt: file is empty" in result.stderr, result.stderr
