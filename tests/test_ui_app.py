"""The app object itself: what it shows once it is up."""

from __future__ import annotations

from pathlib import Path

from tradereader.ui.app import make_app
from ui_support import fixed_extractor, open_library, settle


async def test_a_notice_from_the_command_line_is_shown_once_the_app_is_up(home: Path) -> None:
    library = open_library(home)
    notice = "library.json cannot be read; the last good state (library.json.bak) was restored"
    app = make_app(library, extractor=fixed_extractor, notice=notice)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = [n for n in app._notifications if n.message == notice]
        assert len(shown) == 1 and shown[0].severity == "warning"
    library.close()


async def test_no_notice_means_no_warning(home: Path) -> None:
    library = open_library(home)
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert not [n for n in app._notifications if n.severity == "warning"]
    library.close()
