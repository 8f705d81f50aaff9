"""Helpers shared by the UI tests: a real library with the seed, a fixed extractor."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tradereader import ingest
from tradereader.model import Mention
from tradereader.store import Library

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_e58fc7d3f057b8d5.txt"

# phrase -> (kind, subtype, value): a tiny stand-in for the real extractor, so the
# UI tests and snapshots do not change when the extraction engine improves.
FIXED_LEXICON = {
    "United States": ("actor", "country", "USA"),
    "China": ("actor", "country", "CHN"),
    "Beijing": ("actor", "metonym", "CHN"),
    "Washington": ("actor", "metonym", "USA"),
    "Biden administration": ("actor", "government", "US executive"),
    "negotiators": ("actor", "group", "negotiators"),
    "tariffs": ("issue", "topic", "tariffs"),
    "market access": ("issue", "topic", "market access"),
    "truce": ("issue", "topic", "trade agreement"),
    "this week": ("date", "date", "THIS_WEEK"),
    "2020": ("date", "date", "2020"),
}


def fixed_extractor(text: str, published, lexicon) -> list[Mention]:
    """Mentions of the FIXED_LEXICON phrases, whole words, sorted by start."""
    mentions = []
    for phrase, (kind, subtype, value) in FIXED_LEXICON.items():
        for match in re.finditer(rf"\b{re.escape(phrase)}\b", text):
            mentions.append(Mention(match.start(), match.end(), phrase, kind, subtype, value,
                                    why=f"test lexicon: {phrase}"))
    return sorted(mentions, key=lambda m: m.start)


def open_library(home: Path, *extra_texts: str) -> Library:
    """A real library in `home` holding the seed and one article per extra text."""
    library = Library.open(home)
    library.add_article(ingest.read_article(SEED))
    for number, text in enumerate(extra_texts):
        path = home.parent / f"extra{number}.txt"
        path.write_text(text, encoding="utf-8")
        library.add_article(ingest.read_article(path))
    return library


def library_fixture(*extra_texts: str):
    """A pytest fixture `library`: `open_library(home, *extra_texts)`, closed after the
    test (`library = library_fixture(OTHER)` in a test module)."""

    @pytest.fixture
    def library(home: Path):
        opened = open_library(home, *extra_texts)
        yield opened
        opened.close()

    return library


def seed_id(library: Library) -> str:
    return next(s.id for s in library.articles() if s.source.endswith(SEED.name))


def screen_text(app) -> str:
    """What the terminal shows, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def pause_until(pilot, condition, tries: int = 200) -> None:
    """Pause a frame at a time (0.05 s) until `condition()` holds or `tries` run out
    (10 s: a busy CI machine runs timers late), then let workers finish (the caller
    asserts what it needs)."""
    await wait_until(pilot, condition, tries * 0.05)
    await pilot.app.workers.wait_for_complete()


async def wait_until(pilot, condition, seconds: float = 10.0) -> bool:
    """Look at `condition()` every 0.05 s until it holds or `seconds` pass, without
    waiting for workers (one may be held on purpose); whether it held. Use it where a
    fixed pause would guess how long a busy machine takes; the caller still asserts."""
    for _ in range(max(1, round(seconds / 0.05))):
        await pilot.pause(0.05)
        if condition():
            return True
    return False


async def run_palette_command(pilot, typed: str) -> None:
    """Open the command palette, type `typed`, wait for its results and run the
    highlighted one."""
    from textual.command import CommandList, CommandPalette

    def ready() -> bool:
        screen = pilot.app.screen
        if not isinstance(screen, CommandPalette):
            return False
        return screen.query_one(CommandList).highlighted is not None

    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*typed)
    await pause_until(pilot, ready)
    assert ready(), f"the palette found nothing for {typed!r}"
    await pilot.press("enter")


async def open_help(pilot) -> str:
    """Press `?`; the help screen must open. Its key lines, as text."""
    from tradereader.ui.screens.help import HelpScreen

    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(pilot.app.screen, HelpScreen)
    return "\n".join(str(block.render()) for block in pilot.app.screen.query(".help-keys"))


async def settle(pilot) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def tree_node(tree, test):
    """The first node of a Tree (breadth first, under its root) that passes `test`."""
    stack = list(tree.root.children)
    while stack:
        node = stack.pop(0)
        if test(node):
            return node
        stack.extend(node.children)
    raise AssertionError("no such node in the tree")


def entity_node(tree, value: str):
    """The Entities tree's entry whose value is `value`."""
    return tree_node(tree, lambda n: n.data is not None and getattr(n.data, "value", None) == value)
