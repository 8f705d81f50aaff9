"""The Entities tab: mentions grouped into Actors / Issues / Dates, with counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from tradereader.date_words import describe_date
from tradereader.country_names import country_names

# the grouping is pure (it may run in the extraction's child process): kept apart
from tradereader.ui.mention_groups import KINDS, EntityEntry, group_mentions
from tradereader.ui.widgets.tab_strip import focus_tab_strip

__all__ = ["KINDS", "EntityEntry", "EntityTree", "entry_label", "group_mentions"]


def entry_label(entry: EntityEntry, count_width: int = 3) -> Text:
    """`  7 CHN  China`: mention count (right-aligned in `count_width` cells), canonical
    value (a date's in words: `week 31 of 2025`, not `2025-W31`), then a country's name
    (`Chinese` or `Beijing` the article may say most) or else the phrase used (if other)."""
    label = Text(f"{len(entry.mentions):>{count_width}} ", style="bold")
    shown = describe_date(entry.value, entry.mentions[0].subtype) if entry.kind == "date" \
        else entry.value
    label.append(shown)
    after = entry.surface
    if entry.kind == "actor" and entry.mentions[0].subtype in ("country", "metonym"):
        after = country_names().get(entry.value, after)
    if after.lower() not in (entry.value.lower(), shown.lower()):  # not `the future  the future`
        label.append(f"  {after}", style="dim")
    return label


class TreePlace(NamedTuple):
    """Where the reader was in the tree: kept across a rebuild."""

    collapsed: set[tuple[str, ...]]  # the keys of the branches folded
    cursor: tuple[str, ...] | None  # the key of the node under the cursor
    parent: tuple[str, ...] | None  # its branch's key
    index: int  # its place among the branch's children
    scroll_y: float


class EntityTree(Tree[EntityEntry | None]):
    """Shows grouped mentions (`show_groups`); posts `EntityChosen` when one is selected."""

    @dataclass
    class EntityChosen(Message):
        """The user selected an entity: highlight its mentions, jump to the first."""

        entry: EntityEntry

    # shown in the footer while the tree has the focus, so the user sees where keys go
    _hidden: frozenset[str] = frozenset()  # the kinds whose highlights are off (`1` `2` `3`)
    BINDINGS = [Binding("enter", "select_cursor", "Show its mentions"),
                Binding("up", "up_or_out", "Up", show=False)]

    def __init__(self, **kwargs) -> None:
        super().__init__("Entities", **kwargs)
        self.show_root = False
        # ("actor",), ("actor", "Countries"), ("entry", "actor", "CHN") -> the node shown
        self._by_key: dict[tuple[str, ...], TreeNode] = {}

    def dim_kinds(self, hidden: set[str] | frozenset[str]) -> None:
        """Show the rows of the kinds whose highlights are off (`1` `2` `3`) dimmed."""
        hidden = frozenset(hidden)
        if hidden != self._hidden:
            self._hidden = hidden
            if self.is_mounted:
                self._invalidate()  # the rows are drawn again, with their new style

    def on_focus(self) -> None:
        """Coming in (from the tab strip, with Tab), the cursor shows on the first row, as
        the Notes and Tags lists show theirs: before, none showed until a second Down."""
        if self.cursor_line < 0 and self.last_line >= 0:
            self.cursor_line = 0

    def action_up_or_out(self) -> None:
        """Up a row; from the first row, back to the tab strip it was entered from with
        Down (there Left and Right change tabs)."""
        if self.cursor_line > 0:
            self.action_cursor_up()
        else:
            focus_tab_strip(self)

    def render_label(self, node, base_style, style) -> Text:
        """The node's label, cut with an ellipsis where the pane ends."""
        label = super().render_label(node, base_style, style)
        if self._hidden and self._kind_of(node) in self._hidden:
            label.stylize("dim")
        room = self.scrollable_content_region.width - self._indent(node)
        if 0 < room < label.cell_len:
            kept = set_cell_size(label.plain, room - 1).rstrip()  # no space before the …
            label.truncate(cell_len(kept) + 1, overflow="ellipsis")
        return label

    def _kind_of(self, node) -> str | None:
        """The kind of the branch `node` is in (`actor`, `issue`, `date`)."""
        if node.data is not None:
            return node.data.kind
        while node.parent is not None and node.parent is not self.root:
            node = node.parent
        return next((kind for kind, _title in KINDS if self._by_key.get((kind,)) is node), None)

    def _indent(self, node) -> int:
        """The cells of guides left of `node`'s label (the root is not shown)."""
        depth = 0
        while node.parent is not None and node.parent is not self.root:
            depth, node = depth + 1, node.parent
        return depth * self.guide_depth

    def show_groups(self, groups: dict[str, list[tuple[str, list[EntityEntry]]]]) -> None:
        """Rebuild the tree: Actors (subgroups) / Issues / Dates. Shown again (the lexicon
        or the date changed), it keeps the reader's place: the branches collapsed, the
        entry under the cursor (or the one that took its place), the scroll. Before, the
        cursor stayed on its line number, now another entry, which a second `X` marked
        wrong at once."""
        place = self._place()
        self.clear()
        self._by_key = {}
        largest = max((len(e.mentions) for kind_groups in groups.values()
                       for _, entries in kind_groups for e in entries), default=0)
        width = max(3, len(str(largest)))  # the names in one column, even past 999
        for kind, title in KINDS:
            kind_groups = groups.get(kind, [])
            count = sum(len(e.mentions) for _, entries in kind_groups for e in entries)
            branch = self._add(self.root, (kind,), f"{title} ({count})", place)
            for label, entries in kind_groups:
                parent = self._add(branch, (kind, label), label, place) if label else branch
                for entry in entries:
                    key = ("entry", entry.kind, entry.value)
                    self._by_key[key] = parent.add_leaf(entry_label(entry, width), data=entry)
        if place is not None:
            self._restore(place)

    def _add(self, parent: TreeNode, key: tuple[str, ...], label: str, place) -> TreeNode:
        collapsed = place is not None and key in place.collapsed
        self._by_key[key] = node = parent.add(label, expand=not collapsed)
        return node

    def _place(self) -> TreePlace | None:
        """Where the reader is in the tree shown (None: nothing shown yet)."""
        nodes = self._by_key
        if not nodes:
            return None
        key_of = {id(node): key for key, node in nodes.items()}
        collapsed = {key for key, node in nodes.items()
                     if node.allow_expand and not node.is_expanded}
        cursor = self.cursor_node
        if cursor is None or id(cursor) not in key_of:
            return TreePlace(collapsed, None, None, 0, self.scroll_y)
        parent = cursor.parent
        index = list(parent.children).index(cursor) if parent is not None else 0
        return TreePlace(collapsed, key_of[id(cursor)], key_of.get(id(parent)), index,
                         self.scroll_y)

    def _restore(self, place: TreePlace) -> None:
        """The cursor back on its entry: gone (marked wrong), on the one now in its place
        in the same branch, else on the branch; the tree scrolled as it was."""
        node = self._by_key.get(place.cursor) if place.cursor else None
        parent = self._by_key.get(place.parent) if place.parent else None
        if node is None and parent is not None:
            siblings = list(parent.children)
            node = siblings[min(place.index, len(siblings) - 1)] if siblings else parent
        if node is None and place.cursor:  # its branch went too: the kind's
            node = self._by_key.get((place.cursor[1],) if place.cursor[0] == "entry"
                                   else place.cursor[:1])
        self.last_line  # noqa: B018 - lays the lines out now: the nodes get their line numbers
        self.scroll_to(y=place.scroll_y, animate=False, immediate=True)
        if node is not None:
            self.move_cursor(node)

    @on(Tree.NodeSelected)
    def _entry_selected(self, event: Tree.NodeSelected) -> None:
        if event.node.data is not None:
            event.stop()
            self.post_message(self.EntityChosen(event.node.data))
