"""The reader's first moments: keys pressed while it builds its sidebar, and the work it
does after the first frame (none of which may undo a key or leave the sidebar half built)."""

from __future__ import annotations

import asyncio
from functools import partial

from textual import events
from textual.widgets import Static, TabbedContent

from tradereader.ui.app import make_app
from tradereader.ui.screens import reader as reader_module
from tradereader.ui.widgets.article_view import ArticleView
from tradereader.ui.widgets.entity_tree import EntityTree
from tradereader.ui.widgets.notes_pane import NotesPane
from tradereader.ui.widgets.sidebar import Sidebar
from tradereader.ui.widgets.tags_pane import TagsPane
from ui_support import fixed_extractor, library_fixture, pause_until

SIZE = (120, 40)
TITLE = "A long report on China"
BODY = "\n\n".join(f"Paragraph {n}: the United States and China talk about tariffs this week."
                   for n in range(200))


library = library_fixture(f"{TITLE}\n\n{BODY}\n")


def long_app(library):
    article_id = next(s.id for s in library.articles() if s.title == TITLE)
    return make_app(library, open_article=article_id, extractor=fixed_extractor)


def leaf_count(tree: EntityTree) -> int:
    def count(node) -> int:
        return sum(count(child) if child.children else 1 for child in node.children)
    return count(tree.root)


async def test_a_page_down_at_the_first_frame_is_not_undone_by_the_position_restore(
        library, monkeypatch):
    """The view goes to the reading position once it has a layout (after the first
    frame); a key that moved the view before then was undone (the reader lost it)."""
    held: list = []
    call_after_refresh = ArticleView.call_after_refresh

    def hold(self, callback, *args, **kwargs):
        held.append(partial(callback, *args, **kwargs))  # run once the key is in
        return True

    monkeypatch.setattr(ArticleView, "call_after_refresh", hold)
    app = long_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert held and view.scroll_y == 0  # first frame drawn, the restore still to come
        monkeypatch.setattr(ArticleView, "call_after_refresh", call_after_refresh)
        await pilot.press("pagedown")
        moved = view.scroll_y
        assert moved > 0
        for callback in held:
            callback()
        await pilot.pause()
        assert view.scroll_y == moved


async def test_a_key_pressed_while_the_sidebar_builds_is_handled_and_the_sidebar_ends_complete(
        library, monkeypatch):
    release = asyncio.Event()
    started = asyncio.Event()
    build = Sidebar.build

    async def slow_build(self):
        started.set()
        await release.wait()
        await build(self)

    monkeypatch.setattr(Sidebar, "build", slow_build)
    app = long_app(library)
    seen: dict[str, object] = {}

    async def press_while_building() -> None:
        """As a terminal sends a key (pilot waits for the screen, which is building)."""
        await started.wait()
        view = app.screen.query_one(ArticleView)
        app.post_message(events.Key("pagedown", None))
        for _ in range(200):
            await asyncio.sleep(0.01)
            if view.scroll_y:
                break
        seen.update(moved=view.scroll_y, built=app.screen.query_one(Sidebar).built)
        release.set()

    presser = asyncio.create_task(press_while_building())
    async with app.run_test(size=SIZE) as pilot:
        await asyncio.wait_for(presser, 10)
        assert seen["moved"] > 0 and seen["built"] is False  # handled while building
        await pause_until(pilot, lambda: app.screen.query(TagsPane) and  # a step a frame
                          str(_status(app)).endswith("mentions"))
        await pilot.pause()
        assert app.screen.query_one(ArticleView).scroll_y == seen["moved"]
        assert app.screen.query(NotesPane) and app.screen.query(TagsPane)
        assert app.screen.query_one(TabbedContent).active == "tab-entities"
        assert str(_status(app)) == "801 mentions"  # 200 x (US, China, tariffs, this week) + title
        assert leaf_count(app.screen.query_one(EntityTree)) == 4


def _status(app):
    return app.screen.query_one("#entities-status", Static).content


async def test_a_short_extraction_leaves_the_collection_to_python(library, monkeypatch):
    """A full collection holds the interpreter lock ~60 ms: only after a huge text."""
    calls = []
    monkeypatch.setattr(reader_module, "release_memory", lambda collect=True: calls.append(collect))
    app = long_app(library)
    async with app.run_test(size=SIZE) as pilot:
        # the extraction starts after the first frame and a step a frame: under load it had
        # not begun when a single pause ended (the workers were then all complete)
        await pause_until(pilot, lambda: calls)
        assert calls == [False]
        monkeypatch.setattr(reader_module, "BLOCKS_ABOVE", 100)
        app.screen.reextract()
        await app.workers.wait_for_complete()
        assert calls == [False, True]


async def test_the_opening_is_stored_off_the_event_loop(library, monkeypatch):
    """Marking the article opened rewrites the library file: in a thread."""
    import threading

    threads = []
    mark_opened = type(library).mark_opened

    def recording(self, article_id):
        threads.append(threading.current_thread() is threading.main_thread())
        return mark_opened(self, article_id)

    monkeypatch.setattr(type(library), "mark_opened", recording)
    app = long_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pause_until(pilot, lambda: threads)
    assert threads == [False]
    opened = next(s for s in library.articles() if s.title == TITLE)
    assert opened.opened


# -- the heap trim after an extraction ---------------------------------------------------


class FakeLibc:
    def __init__(self) -> None:
        self.trims: list[int] = []

    def malloc_trim(self, pad: int) -> int:
        self.trims.append(pad)
        return 1


def test_release_memory_trims_the_c_heap_and_collects_only_when_asked(monkeypatch):
    from tradereader.ui import mention_table

    libc = FakeLibc()
    collections = []
    monkeypatch.setattr(mention_table.sys, "platform", "linux")
    monkeypatch.setattr(mention_table.ctypes, "CDLL", lambda name: libc)
    monkeypatch.setattr(mention_table.gc, "collect", lambda: collections.append(1))
    mention_table.release_memory(collect=False)
    assert libc.trims == [0] and collections == []
    mention_table.release_memory()
    assert libc.trims == [0, 0] and collections == [1]


def test_release_memory_without_malloc_trim_does_nothing(monkeypatch):
    """musl and other C libraries have no malloc_trim: nothing to hand back, no error."""
    from tradereader.ui import mention_table

    monkeypatch.setattr(mention_table.sys, "platform", "linux")
    monkeypatch.setattr(mention_table.ctypes, "CDLL", lambda name: object())
    mention_table.release_memory(collect=False)  # AttributeError caught


async def test_after_a_child_process_extraction_the_heap_is_trimmed(library, monkeypatch):
    """Reading the child's result back leaves free pages in the C heap: handed back
    (once, without a full collection, which the child made needless)."""
    from tradereader.ui import extract_child
    from tradereader.ui.mention_groups import ready_mentions
    from tradereader.ui.mention_table import MentionTable

    children, calls = [], []

    def in_child(text, published, lexicon, cancelled):
        children.append(len(text))
        return ready_mentions(MentionTable(fixed_extractor(text, published, lexicon)))

    monkeypatch.setattr(extract_child, "extract_in_child", in_child)
    monkeypatch.setattr(reader_module, "CHILD_ABOVE", 100)
    monkeypatch.setattr(reader_module, "release_memory", lambda collect=True: calls.append(collect))
    article_id = next(s.id for s in library.articles() if s.title == TITLE)
    app = make_app(library, open_article=article_id)  # the app's own extractor
    async with app.run_test(size=SIZE) as pilot:
        await pause_until(pilot, lambda: children)
        await pilot.pause()
        assert children and calls == [False]
        assert str(_status(app)) == "801 mentions"
