"""What the reader needs of an extraction: the mentions grouped into entities, and their
spans indexed by kind for the highlights.

Pure Python, no Textual: for a very large article it is computed in the extraction's
child process (see extract_child.py), so that the reader's worker thread does not hold
the interpreter lock for the ~100 ms it takes while the user pages through the text.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import NamedTuple

from tradereader.model import Mention
from tradereader.ui.mention_table import MentionRows, MentionTable
from tradereader.ui.widgets.highlights import SpanIndex

ACTOR_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Countries", ("country", "metonym")),
    ("Governments", ("government",)),
    ("Institutions", ("institution",)),
    ("People", ("person",)),
    ("Groups", ("group",)),
)
KINDS: tuple[tuple[str, str], ...] = (("actor", "Actors"), ("issue", "Issues"), ("date", "Dates"))

Groups = dict[str, list[tuple[str, list["EntityEntry"]]]]


@dataclass(frozen=True)
class EntityEntry:
    """One entity: every mention with the same kind and canonical value."""

    kind: str
    value: str
    mentions: Sequence[Mention]  # in reading order (a MentionRows: Mentions made on demand)
    surface: str = ""  # the phrase the article uses most for it


class ReadyMentions(NamedTuple):
    """An extraction as the reader shows it."""

    table: MentionTable
    groups: Groups  # for the entity tree
    spans: dict[str, SpanIndex]  # kind -> the spans to highlight


def ready_mentions(table: MentionTable) -> ReadyMentions:
    """Group `table` into entities and index its spans by kind."""
    spans = {kind: spans_of_kind(table, kind) for kind, _title in KINDS}
    return ReadyMentions(table, group_mentions(table), spans)


def spans_of_kind(table: MentionTable, kind: str) -> SpanIndex:
    """The spans of `table`'s mentions of `kind` (in C loops: there may be 200,000)."""
    codes = {code for code, detail in enumerate(table.details) if detail[1] == kind}
    keep = list(map(codes.__contains__, table.codes))
    return SpanIndex.from_arrays(array("i", compress(table.starts, keep)),
                                 array("i", compress(table.ends, keep)))


def group_mentions(mentions: Iterable[Mention] | MentionTable) -> Groups:
    """Kind -> [(group label, entries sorted by count)]."""
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
