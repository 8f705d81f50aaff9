"""The reader's sidebar: tabs Entities, Notes, Tags (and a note peek), built late.

Building the tabs costs a good part of a start-up, so the sidebar is an empty
pane until the screen calls `build()` once the article is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from time import monotonic
from typing import TYPE_CHECKING

from textual.actions import SkipAction
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static, Tabs

if TYPE_CHECKING:
    from tradereader.ui.widgets.entity_tree import EntityTree

KIND_LABELS = (("actor", "actors"), ("issue", "issues"), ("date", "dates"))
GAP = "   "  # between the legend's items


def legend_lines(items: Sequence[str], width: int) -> list[str]:
    """The items on as few lines of `width` cells as they fit, GAP apart (none is cut)."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + len(GAP) + len(item) <= width:
            lines[-1] += GAP + item
        else:
            lines.append(item)
    return lines


class Legend(Widget):
    """`1 actors ✓   2 issues ✓   3 dates ✗`, on two lines when the pane is narrow."""

    DEFAULT_CSS = "Legend { width: 100%; height: auto; }"

    def __init__(self, items: Sequence[str] = (), **kwargs) -> None:
        super().__init__(**kwargs)
        self.items = list(items)

    def show(self, items: Sequence[str]) -> None:
        self.items = list(items)
        self.refresh(layout=True)

    def render(self) -> Content:
        return Content("\n".join(legend_lines(self.items, self.content_region.width)))

    def get_content_height(self, container, viewport, width: int) -> int:
        return max(1, len(legend_lines(self.items, width)))


SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
BUSY_SHOWN_AFTER = 0.3  # seconds: a short extraction ends before the spinner shows


def busy_line(text: str, elapsed: float) -> str:
    """`⠹ 2.4 s  Finding actors, issues and dates…`: work still going on, and for how
    long (first: a narrow pane cuts the end of the line)."""
    if elapsed < BUSY_SHOWN_AFTER:
        return text
    return f"{SPINNER[int(elapsed * 10) % len(SPINNER)]} {elapsed:.1f} s  {text}"


class Sidebar(Vertical):
    """Entities (status, legend, tree, why), Notes and Tags; data comes in by methods."""

    # Tab from the article lands on the tab strip first, where Enter and Down did nothing
    # of their own (Enter reached the reader: "No note here"): they go into the tab shown
    BINDINGS = [Binding("down,enter", "enter_tab", "Into the tab", show=False)]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._status = "Finding actors, issues and dates…"
        self._status_shown = self._status  # what the status line holds
        self._busy_since: float | None = monotonic()  # extraction starts with the reader
        self._legend: list[str] = []
        self._hidden_kinds: set[str] = set()  # the kinds whose highlights are off
        self.entity_tree: EntityTree | None = None
        self._tabs_mounted = False  # `built`: what `build` mounts is there to be updated

    def on_mount(self) -> None:
        self._ticker = self.set_interval(0.1, self._tick, pause=self._busy_since is None)

    def _tick(self) -> None:
        """While work goes on, the status line shows a spinner and the time it has taken."""
        if self._busy_since is None:
            self._ticker.pause()
        else:
            self._draw_status()

    def _draw_status(self) -> None:
        """The status line as things stand (once the tabs are there)."""
        if not self.built:
            return
        busy = self._busy_since is not None
        line = busy_line(self._status, monotonic() - self._busy_since) if busy else self._status
        status = self.query_one("#entities-status", Static)
        if line != self._status_shown:  # an update lays the screen out again: only a change
            self._status_shown = line
            status.update(line)
        status.set_class(line != self._status, "-busy")  # one line, cut: no jumps

    async def build(self) -> None:
        """Mount the tabs (once); data given before is shown then. The Notes and Tags
        panes come a frame after the tabs (call from another task than the sidebar's)."""
        if self.entity_tree is not None:  # built, or being built
            return
        from textual.widgets import TabbedContent, TabPane

        from tradereader.ui.widgets.entity_tree import EntityTree
        from tradereader.ui.widgets.notes_pane import NotePeek, NotesPane
        from tradereader.ui.widgets.tags_pane import TagsPane

        self.entity_tree = EntityTree(id="entities")
        self.entity_tree.dim_kinds(self._hidden_kinds)
        self._status_shown = self._status
        entities = TabPane(
            "Entities",
            Static(self._status, id="entities-status", markup=False),
            Legend(self._legend, id="legend"),
            self.entity_tree,
            Static("", id="why", markup=False),
            id="tab-entities",
        )
        notes = TabPane("Notes", id="tab-notes")
        tags = TabPane("Tags", id="tab-tags")
        tabs = TabbedContent(id="tabs")
        for pane in (entities, notes, tags):
            tabs.compose_add_child(pane)  # what `with TabbedContent():` does in a compose
        await self.mount(tabs, NotePeek())
        self._tabs_mounted = True
        self._draw_status()  # what was given while mounting
        self.query_one("#legend", Legend).show(self._legend)
        # the hidden tabs' contents a frame later: the frame showing the Entities tab
        # has fewer widgets to style and lay out (a key pressed meanwhile waits less)
        await self.wait_for_refresh()
        await notes.mount(NotesPane())
        await tags.mount(TagsPane())

    def action_enter_tab(self) -> None:
        """From the tab strip, focus the first thing that takes keys in the tab shown."""
        from textual.widgets import TabbedContent

        if not isinstance(self.screen.focused, Tabs) or not self.built:
            raise SkipAction()  # elsewhere in the sidebar the keys mean what they mean there
        pane = self.query_one(TabbedContent).active_pane
        target = next((widget for widget in self.screen.focus_chain
                       if pane is not None and pane in widget.ancestors), None)
        if target is None:
            raise SkipAction()
        target.focus()

    @property
    def built(self) -> bool:
        return self._tabs_mounted

    def show_status(self, text: str, busy: bool = False) -> None:
        """The line above the tree: extracting (`busy`: with a spinner and the time
        taken, once it lasts), unavailable, or how many mentions."""
        self._status = text
        self._busy_since = monotonic() if busy else None
        if busy and self.is_mounted:
            self._ticker.resume()
        self._draw_status()

    def show_legend(self, visible: dict[str, bool]) -> None:
        """`1 actors ✓   2 issues ✓   3 dates ✗`: which kinds are highlighted."""
        self._legend = [
            f"{number} {label} {'✓' if visible.get(kind, True) else '✗'}"
            for number, (kind, label) in enumerate(KIND_LABELS, start=1)
        ]
        self._hidden_kinds = {kind for kind, shown in visible.items() if not shown}
        if self.built:
            self.query_one("#legend", Legend).show(self._legend)
        if self.entity_tree is not None:
            self.entity_tree.dim_kinds(self._hidden_kinds)

    def show_why(self, text: str) -> None:
        """What the mention at the jump is, and why it was found."""
        if self.built:
            why = self.query_one("#why", Static)
            why.update(text)
            why.set_class(bool(text), "shown")
