"""Where tradereader keeps its data and finds its bundled seed articles."""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "TRADEREADER_HOME"
_PACKAGE = Path(__file__).resolve().parent


def data_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--home`, else $TRADEREADER_HOME, else the platform's user data dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(HOME_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir("tradereader"))


def file_in_the_way(home: Path) -> Path | None:
    """The nearest existing path at or above `home` when it is a file, not a folder (then
    no library can be kept in `home`); None when it is a folder."""
    for candidate in (home, *home.parents):
        if candidate.exists():
            return None if candidate.is_dir() else candidate
    return None


def home_origin(explicit: object = None) -> str:
    """What chose the data folder, as the user set it: --home, the variable, or neither."""
    if explicit:
        return "--home"
    return HOME_ENV if os.environ.get(HOME_ENV) else "the data folder"


def check_home(home: Path, origin: str = "the library folder") -> None:
    """Raise HomeNotAFolder when a file is where `home` (or a folder above it) should be.

    `origin` names what chose `home` (`home_origin`), so the message says what to change.
    """
    blocker = file_in_the_way(home)
    if blocker is None:
        return
    from .errors import HomeNotAFolder

    where = f"{home}, which is" if blocker == home else f"{home}, inside {blocker}, which is"
    if origin == "--home":
        advice = "give --home a folder for the library (it is created if it does not exist)"
    elif origin == HOME_ENV:
        advice = f"set {HOME_ENV} to a folder for the library (it is created if it does not exist)"
    else:
        advice = f"move that file away, or set {HOME_ENV} to a folder for the library"
    raise HomeNotAFolder(f"{origin} is {where} a file, not a folder: {advice}")


def seeds_dir() -> Path | None:
    """The seed articles: inside the installed package, else the checkout's `seeds/`."""
    for candidate in (_PACKAGE / "seeds", _PACKAGE.parents[1] / "seeds"):
        if candidate.is_dir():
            return candidate
    return None


def seed_files() -> list[Path]:
    folder = seeds_dir()
    if folder is None:
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
