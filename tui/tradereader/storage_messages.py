"""What the user is told when library.json cannot be used: damaged, locked, in a folder
that cannot be written. Plain functions over paths; `storage.py` raises the errors."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from tradereader.errors import LibraryNotWritable


def unwritable_reason(folder: Path) -> str | None:
    """Why nothing can be written in `folder` (a read-only file system, no permission), or
    None when it can be (or does not exist yet). Asks the system; writes nothing."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "its folder is on a read-only file system"
    except (OSError, AttributeError):
        return None
    if not os.access(folder, os.W_OK):
        return "its folder cannot be written (no permission)"
    return None


def unrepairable_message(path: Path, problem: str, why: str, backup: bool) -> str:
    """A corrupt file in a folder that cannot be written: nothing can be moved aside or
    restored, so the user is told what is wrong and what to do, and nothing is changed."""
    message = (
        f"{path} cannot be read ({problem}), and {why}, so it cannot be repaired there "
        "(tradereader moves a damaged library aside and puts back its last good state). "
        "Nothing was changed. Make the folder writable (for a read-only mount: remount it "
        "read-write) and run tradereader again"
    )
    if backup:
        return (message + "; or copy library.json.bak (the last good state, in the same "
                "folder) as library.json into a folder that can be written and set "
                "TRADEREADER_HOME (or --home) to that folder.")
    return (message + ". There is no usable library.json.bak (last good state) there: "
            "keep a copy of the damaged file.")


def corrupt_message(path: Path, problem: str, moved_to: Path | None, kept: Path | None,
                    restored: bool = False) -> str:
    if moved_to is None:
        return (
            f"{path} cannot be read ({problem}); this command only reads the library, so "
            "it was left as is. Open tradereader (or import a file) to move it aside and "
            "restore the last good state."
        )
    message = (f"{path} cannot be read ({problem}); it was moved to {moved_to.name} "
               "in the same folder")
    if restored:
        return (message + ". The last good state (library.json.bak) was restored: changes "
                "made after it was saved may be missing.")
    message += " and a new, empty library will be started."
    if kept is not None:
        message += f" library.json.bak could not be used either; it is kept as {kept.name}."
    return message


def locked_message(home: Path, pid: int | None) -> str:
    who = f"pid {pid}" if pid else "pid unknown"
    return (
        f"library at {home} is in use by another tradereader ({who}); "
        "quit that one first (reading commands such as `list` still work)"
    )


NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}


def not_writable(home: Path, library_file: Path, exc: OSError) -> LibraryNotWritable:
    """The error for a folder that cannot be written: read-only when a library is there."""
    if exc.errno == errno.EROFS:
        why = "its folder is on a read-only file system"
    else:
        why = f"its folder cannot be written ({exc.strerror or exc})"
    readable = library_file.is_file()
    if readable:
        message = (f"the library at {home} cannot be changed: {why} "
                   "(reading commands such as `list` still work)")
    else:
        message = (f"no library can be made at {home}: {why}; set TRADEREADER_HOME "
                   "(or --home) to a folder that can be written")
    return LibraryNotWritable(message, home=home, why=why, readable=readable)
