"""The library filter reuses what it searched before: typing a filter again does not
lower-case every article's text again, and articles imported or deleted meanwhile are
found, or not, as they should be."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input

import tradereader.store_lookup
from tradereader import ingest
from tradereader.ui.app import make_app
from tradereader.ui.screens.library import FILTER_DELAY, LibraryScreen
from ui_support import fixed_extractor, library_fixture, settle

SIZE = (120, 40)
OTHER = "Farm Subsidies Dominate Geneva Round\n\nMinisters argued about dairy quotas.\n"
THIRD = "Steel Quotas Tighten\n\nThe European Union cut steel quotas for Turkey.\n"

library = library_fixture(OTHER)


@pytest.fixture
def folded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The first line of every article text lower-cased for a search."""
    calls: list[str] = []
    real = tradereader.store_lookup.fold

    def counting(text: str) -> str:
        if len(text) > 40:  # an article's text, not the words typed nor a note
            calls.append(text.split("\n")[0])
        return real(text)

    monkeypatch.setattr(tradereader.store_lookup, "fold", counting)
    return calls


def listed(app) -> set[str]:
    table = app.screen.query_one(DataTable)
    keys = [table.coordinate_to_cell_key((row, 0)).row_key.value for row in range(table.row_count)]
    return {app.library.get_article(key).title for key in keys}


async def type_filter(pilot, words: str) -> None:
    pilot.app.screen.query_one("#filter", Input).value = words
    await pilot.pause(FILTER_DELAY + 0.5)  # margin: a busy CI machine


async def test_filtering_again_lower_cases_no_text_again(library, folded, tmp_path):
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await type_filter(pilot, "dairy")
        assert listed(app) == {"Farm Subsidies Dominate Geneva Round"}
        assert len(folded) == 2  # each article once
        for words in ("quotas", "QUOTAS", "intellectual property", "quotas"):
            await type_filter(pilot, words)
        assert len(folded) == 2
        story = tmp_path / "steel.txt"
        story.write_text(THIRD, encoding="utf-8")
        library.add_article(ingest.read_article(story))  # as the import does
        app.screen.refresh_table()
        assert listed(app) == {"Farm Subsidies Dominate Geneva Round", "Steel Quotas Tighten"}
        assert folded[2:] == ["Steel Quotas Tighten"]  # only the new one
        steel = next(s.id for s in library.articles() if s.title.startswith("Steel"))
        library.delete_article(steel)
        app.screen.refresh_table()
        assert listed(app) == {"Farm Subsidies Dominate Geneva Round"}
