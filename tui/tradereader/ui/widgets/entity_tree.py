"""The Entities tab: mentions grouped into Actors / Issues / Dates, with counts."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree

# the grouping is pure (it may run in the extraction's child process): kept apart
from tradereader.ui.mention_groups import KINDS, EntityEntry, group_mentions

__all__ = ["KINDS", "EntityEntry", "EntityTree", "entry_label", "group_mentions"]


def entry_label(entry: EntityEntry, count_width: int = 3) -> Text:
    """`  7 CHN  China`: mention count (right-aligned in `count_width` cells), canonical
    value, the phrase used (if other)."""
    label = Text(f"{len(entry.mentions):>{count_width}} ", style="bold")
    label.append(entry.value)
    if entry.surface.lower() != entry.value.lower():
        label.append(f"  {entry.surface}", style="dim")
    return label


class EntityTree(Tree[EntityEntry | None]):
    """Shows grouped mentions (`show_groups`); posts `EntityChosen` when one is selected."""

    @dataclass
    class EntityChosen(Message):
        """The user selected an entity: highlight its mentions, jump to the first."""

        entry: EntityEntry

    # shown in the footer while the tree has the focus, so the user sees where keys go
    BINDINGS = [Binding("enter", "select_cursor", "Show its mentions")]

    def __init__(self, **kwargs) -> None:
        super().__init__("Entities", **kwargs)
        self.show_root = False

    def render_label(self, node, base_style, style) -> Text:
        """The node's label, cut with an ellipsis where the pane ends."""
        label = super().render_label(node, base_style, style)
        room = self.scrollable_content_region.width - self._indent(node)
        if 0 < room < label.cell_len:
            kept = set_cell_size(label.plain, room - 1).rstrip()  # no space before the …
            label.truncate(cell_len(kept) + 1, overflow="ellipsis")
        return label

    def _indent(self, node) -> int:
        """The cells of guides left of `node`'s label (the root is not shown)."""
        depth = 0
        while node.parent is not None and node.parent is not self.root:
            depth, node = depth + 1, node.parent
        return depth * self.guide_depth

    def show_groups(self, groups: dict[str, list[tuple[str, list[EntityEntry]]]]) -> None:
        """Rebuild the tree: Actors (subgroups) / Issues / Dates."""
        self.clear()
        largest = max((len(e.mentions) for kind_groups in groups.values()
                       for _, entries in kind_groups for e in entries), default=0)
        width = max(3, len(str(largest)))  # the names in one column, even past 999
        for kind, title in KINDS:
            kind_groups = groups.get(kind, [])
            count = sum(len(e.mentions) for _, entries in kind_groups for e in entries)
            branch = self.root.add(f"{title} ({count})", expand=True)
            for label, entries in kind_groups:
                parent = branch.add(label, expand=True) if label else branch
                for entry in entries:
                    parent.add_leaf(entry_label(entry, width), data=entry)

    @on(Tree.NodeSelected)
    def _entry_selected(self, event: Tree.NodeSelected) -> None:
        if event.node.data is not None:
            event.stop()
            self.post_message(self.EntityChosen(event.node.data))
