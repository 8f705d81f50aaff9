"""The Entities tab: mentions grouped into Actors / Issues / Dates, with counts."""

from __future__ import annotations

from collections import Counter, defaultdict
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree

from tradereader.model import Mention
from tradereader.ui.mention_table import MentionRows, MentionTable

ACTOR_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Countries", ("country", "metonym")),
    ("Governments", ("government",)),
    ("Institutions", ("institution",)),
    ("People", ("person",)),
    ("Groups", ("group",)),
)
KINDS: tuple[tuple[str, str], ...] = (("actor", "Actors"), ("issue", "Issues"), ("date", "Dates"))


@dataclass(frozen=True)
class EntityEntry:
    """One entity: every mention with the same kind and canonical value."""

    kind: str
    value: str
    mentions: Sequence[Mention]  # in reading order (a MentionRows: Mentions made on demand)
    surface: str = ""  # the phrase the article uses most for it


def most_used_phrase(mentions: Iterable[Mention]) -> str:
    return Counter(" ".join(m.text.split()) for m in mentions).most_common(1)[0][0]


def group_mentions(
    mentions: Iterable[Mention] | MentionTable,
) -> dict[str, list[tuple[str, list[EntityEntry]]]]:
    """Kind -> [(group label, entries sorted by count)]; pure, run in the worker thread."""
    table = mentions if isinstance(mentions, MentionTable) else MentionTable(mentions)
    key_of = [(kind, _group_label(kind, subtype), value or text)
              for text, kind, subtype, value, _ in table.details]
    rows: dict[tuple[str, str, str], array] = defaultdict(lambda: array("i"))
    phrases: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for row, code in enumerate(table.codes):
        rows[key_of[code]].append(row)
    for code, count in Counter(table.codes).items():
        phrases[key_of[code]][" ".join(table.details[code][0].split())] += count
    grouped: dict[str, dict[str, list[EntityEntry]]] = defaultdict(lambda: defaultdict(list))
    for (kind, group, value), found in rows.items():
        surface = phrases[(kind, group, value)].most_common(1)[0][0]
        grouped[kind][group].append(EntityEntry(kind, value, MentionRows(table, found), surface))
    return {kind: _ordered_groups(kind, groups) for kind, groups in grouped.items()}


def _group_label(kind: str, subtype: str) -> str:
    if kind != "actor":
        return ""
    for label, subtypes in ACTOR_GROUPS:
        if subtype in subtypes:
            return label
    return "Other"


def _ordered_groups(kind: str, groups: dict[str, list[EntityEntry]]):
    order = [label for label, _ in ACTOR_GROUPS] + ["Other", ""]
    return [
        (label, sorted(groups[label], key=lambda e: (-len(e.mentions), e.value.lower())))
        for label in order
        if label in groups
    ]


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
