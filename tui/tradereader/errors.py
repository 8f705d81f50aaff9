"""Errors the user can act on. The CLI prints their message and exits with `exit_code`."""

from __future__ import annotations

from pathlib import Path


class TradereaderError(Exception):
    """Base class: a one-line message for the user and an exit code."""

    exit_code = 1


class InputError(TradereaderError):
    """Bad input from the user (a file, an argument): exit code 2."""

    exit_code = 2


class UnreadableFile(InputError):
    """A file that cannot be imported; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


class NotFound(InputError):
    """An article, annotation or tag the user named does not exist."""


class LibraryError(TradereaderError):
    """The library file cannot be used as asked."""


class LibraryLocked(LibraryError):
    """Another tradereader holds the library's lock."""

    exit_code = 2


class HomeNotAFolder(LibraryError):
    """The data folder (or a folder above it) is a file: there is no library to open."""

    exit_code = 2


class LibraryNotWritable(LibraryError):
    """The library's folder cannot be written (a read-only file system, no permission).

    `readable`: a library file is there, so it can still be opened read-only; `why` says
    what stops the writing ("its folder is on a read-only file system").
    """

    exit_code = 2

    def __init__(self, message: str, *, home: Path, why: str, readable: bool) -> None:
        super().__init__(message)
        self.home = home
        self.why = why
        self.readable = readable


class LibraryCorrupt(LibraryError):
    """library.json could not be read; it was moved aside to `moved_to`."""

    exit_code = 2

    def __init__(self, message: str, moved_to: Path | None = None) -> None:
        super().__init__(message)
        self.moved_to = moved_to


class LibraryTooNew(LibraryError):
    """library.json was written by a newer tradereader; it is left untouched."""

    exit_code = 2


class LibraryWriteFailed(LibraryError):
    """A write could not complete (disk full, permission); the old file is intact."""
