"""The command palette: the app's Help lists the keys; Textual's keys panel, which squeezed
the article and did not close with Escape, is not offered."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette

from tradereader.ui.app import make_app
from tradereader.ui.screens.reader import ReaderScreen
from ui_support import fixed_extractor, open_library, pause_until, seed_id, settle

SIZE = (80, 24)


async def palette_prompts(pilot, typed: str) -> list[str]:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*typed)
    await pause_until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette)
                      and pilot.app.screen.query_one(CommandList).option_count > 0)
    assert isinstance(pilot.app.screen, CommandPalette)
    results = pilot.app.screen.query_one(CommandList)
    return [str(results.get_option_at_index(i).prompt).split("\n")[0].strip()
            for i in range(results.option_count)]


async def test_keys_in_the_palette_lead_to_the_help_only(home: Path) -> None:
    library = open_library(home)
    app = make_app(library, open_article=seed_id(library), extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        prompts = await palette_prompts(pilot, "keys")
        assert "Keys" not in prompts, prompts
        assert "Help and keys" in prompts, prompts
        system = [command.title for command in app.get_system_commands(app.screen)]
        assert "Theme" in system and "Quit" in system and "Keys" not in system
    library.close()
