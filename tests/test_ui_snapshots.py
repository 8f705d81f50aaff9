"""SVG snapshots of the reader at 120x40 (update with `pytest --snapshot-update`)."""

from __future__ import annotations



from tradereader.ui.app import make_app
from ui_support import fixed_extractor, library_fixture, seed_id, settle

SIZE = (120, 40)


library = library_fixture()


def test_reader_on_the_seed(library, snap_compare):
    app = make_app(library, open_article=seed_id(library), extractor=fixed_extractor)
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


def test_reader_searching_the_seed(library, snap_compare):
    app = make_app(library, open_article=seed_id(library), extractor=fixed_extractor)

    async def search(pilot) -> None:
        await settle(pilot)
        await pilot.press("slash", *"china", "enter", "n")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=search)
