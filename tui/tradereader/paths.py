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
