"""Administrations: `the Biden administration`, and `the administration` referring back."""

from __future__ import annotations

import re

from .lexmatch import Found

_US_PRESIDENTS = frozenset(
    "Biden Trump Obama Bush Clinton Reagan Carter Ford Nixon Johnson Kennedy Eisenhower "
    "Truman Roosevelt".split()
)
_NAMED = re.compile(r"\b(?:[Tt]he\s+)?([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\s+[Aa]dministration\b")
_BARE = re.compile(r"\b[Tt]he\s+(administration)\b")
_NOT_NAMES = frozenset("The This That Trade Its Their Our New Previous Current".split())


def _value(name: str) -> str:
    last = name.split()[-1]
    return "US executive" if last in _US_PRESIDENTS else f"{name} administration"


def find_administrations(text: str, us_seen_at: int | None) -> list[Found]:
    """Named administrations, then bare `the administration` after one (or after a US mention)."""
    out: list[Found] = []
    for match in _NAMED.finditer(text):
        name = match.group(1)
        if name.split()[0] in _NOT_NAMES:
            continue
        out.append(Found(match.start(1), match.end(), "actor", "government", _value(name),
                         "rule named administration", 2))
    for match in _BARE.finditer(text):
        earlier = [f.value for f in out if f.end <= match.start() and f.why.endswith("named administration")]
        if earlier:
            value = earlier[-1]
        elif us_seen_at is not None and us_seen_at < match.start():
            value = "US executive"
        else:
            continue
        out.append(Found(match.start(1), match.end(1), "actor", "government", value,
                         "rule the administration", 1))
    return out
