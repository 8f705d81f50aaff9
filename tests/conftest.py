"""Shared fixtures: every test gets its own tradereader home, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_e58fc7d3f057b8d5.txt"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder, also exported as TRADEREADER_HOME for child processes."""
    folder = tmp_path / "home"
    monkeypatch.setenv("TRADEREADER_HOME", str(folder))
    return folder


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's home (`~`) in a temp folder: an export never reaches the real one."""
    folder = tmp_path / "user"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def session(home: Path):
    """`tradereader` running in a real terminal (tmux) on the test's own home."""
    from tmux_session import TmuxSession, tradereader_command

    tmux = TmuxSession(tradereader_command(), env={"TRADEREADER_HOME": str(home)})
    yield tmux
    tmux.close()


@pytest.fixture(params=["memory", "file"])
def lib(request: pytest.FixtureRequest, home: Path):
    """A library kept in memory, then one in a file under `home`: each store test runs on
    both."""
    from tradereader.store import Library

    library = Library.in_memory() if request.param == "memory" else Library.open(home)
    yield library
    library.close()
