"""The help screen: long descriptions wrap under themselves, not under the keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradereader.ui.app import make_app
from tradereader.ui.screens.help import HelpScreen, key_lines
from ui_support import fixed_extractor, open_library, seed_id, settle


def test_a_long_description_wraps_with_a_hanging_indent():
    text = key_lines([("Enter", "Entities: highlight the entry's mentions (n / N: next, "
                                "previous)"), ("x", "Delete")], width=40)
    assert text.splitlines() == [
        "Enter  Entities: highlight the entry's",
        "       mentions (n / N: next, previous)",
        "x      Delete",
    ]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_every_help_line_fits_the_dialog(home: Path, size):
    library = open_library(home)
    app = make_app(library, open_article=seed_id(library), extractor=fixed_extractor)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        for block in app.screen.query(".help-keys"):
            lines = str(block.render()).splitlines()
            assert max(map(len, lines)) <= block.content_region.width, lines
            assert block.size.height == len(lines)  # no line wrapped by the widget
    library.close()
