"""While the extraction runs, the sidebar's status line says so and for how long."""

from __future__ import annotations

import threading

from textual.widgets import Static

from tradereader.ui.app import make_app
from tradereader.ui.widgets.sidebar import SPINNER, Sidebar, busy_line
from ui_support import fixed_extractor, library_fixture, seed_id, settle


library = library_fixture()


def test_a_short_wait_shows_the_text_alone_a_longer_one_a_spinner_and_the_time():
    assert busy_line("Finding…", 0.1) == "Finding…"
    line = busy_line("Finding…", 2.44)
    assert line.endswith(" 2.4 s  Finding…") and line[0] in SPINNER
    assert busy_line("Finding…", 2.5)[0] != line[0]  # it turns


def _status(app) -> str:
    return str(app.screen.query_one("#entities-status", Static).content)


async def _status_when(pilot, condition, seconds: float = 8.0) -> str:
    """The status line once `condition(line)` holds (looked at every 0.1 s), or as it is
    after `seconds`: a fixed pause was too short on a busy CI machine, where the app
    took longer to start the extraction."""
    for _ in range(int(seconds * 10)):
        await pilot.pause(0.1)
        found = pilot.app.screen.query("#entities-status")  # mounted yet?
        if found and condition(line := str(found.first(Static).content)):
            return line
    return _status(pilot.app)


async def test_the_status_counts_the_seconds_until_the_mentions_arrive(library):
    release = threading.Event()

    def slow(text, published, lexicon):
        release.wait(30)
        return fixed_extractor(text, published, lexicon)

    app = make_app(library, open_article=seed_id(library), extractor=slow)
    async with app.run_test(size=(120, 40)) as pilot:
        busy = await _status_when(pilot, lambda line: line.startswith(tuple(SPINNER)))
        assert busy.startswith(tuple(SPINNER)) and " s  " in busy
        assert busy.endswith("Finding actors, issues and dates…")
        assert app.screen.query_one("#entities-status").has_class("-busy")
        release.set()
        await settle(pilot)
        await _status_when(pilot, lambda line: line.endswith("mentions"))
        assert _status(app).endswith("mentions") and _status(app)[0] not in SPINNER
        assert not app.screen.query_one("#entities-status").has_class("-busy")
        app.screen.query_one(Sidebar).show_status("Finding again…", busy=True)
        again = await _status_when(pilot, lambda line: line.endswith(" s  Finding again…"))
        assert again.endswith(" s  Finding again…")


async def test_news_given_while_the_tabs_are_mounting_is_shown_once_they_are():
    import asyncio

    from textual.app import App

    class Bare(App):
        def compose(self):
            yield Sidebar(id="sidebar")

    app = Bare()
    async with app.run_test(size=(80, 24)) as pilot:
        sidebar = app.query_one(Sidebar)
        building = asyncio.create_task(sidebar.build())
        await asyncio.sleep(0)  # the tabs are being mounted
        assert sidebar.entity_tree is not None and not sidebar.built
        sidebar.show_status("7 mentions")
        sidebar._tick()  # the spinner's timer may fire now: it waits for the tabs
        await building
        await pilot.pause()
        assert sidebar.built and _status(app) == "7 mentions"
