"""Mentions grouped for display: by kind, then subtype, then canonical value, with counts.

Used by the command line's table and the reader's Entities sidebar; no Rich here.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..mention import Mention

KIND_ORDER = ("actor", "issue", "date")
ACTOR_SUBTYPES = ("country", "metonym", "government", "institution", "person", "group")


def summarize(mentions: Iterable[Mention]) -> dict[str, list[dict]]:
    """`{kind: [{"value", "subtype", "count", "texts", "first"}, ...]}`, most mentioned first.

    Kinds are in reading order actor, issue, date (only those present); within a
    kind, entries are sorted by count (descending), then by first appearance.
    Country and metonym mentions of the same code share one entry.
    """
    groups: dict[tuple[str, str, str], dict] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        subtype = "country" if m.subtype == "metonym" else m.subtype
        key = (m.kind, subtype, m.value)
        entry = groups.setdefault(
            key, {"value": m.value, "subtype": subtype, "count": 0, "texts": [], "first": m.start}
        )
        entry["count"] += 1
        surface = " ".join(m.text.split())
        if surface not in entry["texts"]:
            entry["texts"].append(surface)
    out: dict[str, list[dict]] = {}
    for (kind, _subtype, _value), entry in groups.items():
        out.setdefault(kind, []).append(entry)
    for entries in out.values():
        entries.sort(key=lambda e: (-e["count"], e["first"]))
    return {kind: out[kind] for kind in KIND_ORDER if kind in out}


def counts_by_kind(mentions: Iterable[Mention]) -> dict[str, int]:
    """How many mentions of each kind (every kind present, zero included)."""
    counts = dict.fromkeys(KIND_ORDER, 0)
    for m in mentions:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    return counts
