"""Administrations: `the Biden administration`, and `the administration` referring back."""

from __future__ import annotations

import re

from .lexmatch import Found

_US_PRESIDENTS = frozenset(
    "Biden Trump Obama Bush Clinton Reagan Carter Ford Nixon Johnson Kennedy Eisenhower "
    "Truman Roosevelt".split()
)
_NAME_BEFORE = re.compile(r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]*\n?[ \t]*$")
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Ii]ts)\s+$")
_STAFF_AFTER = re.compile(r"\s+(?:officials?|sources|spokes(?:man|woman|person)|aides?)\b")
_NOT_NAMES = frozenset("The This That Trade Its Their Our New Previous Current A An".split())


def _value(name: str) -> str:
    last = name.split()[-1]
    return "US executive" if last in _US_PRESIDENTS else f"{name} administration"


def _named(text: str, start: int, end: int) -> Found | None:
    """`Biden administration` ending at `end`, the name just before `start`."""
    match = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if not match:
        return None
    words = match.group(1).split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    name_start = text.index(words[0], match.start(1), start)
    return Found(name_start, end, "actor", "government", _value(name),
                 "rule named administration", 2)


def find_administrations(text: str, cues: list[tuple[str, int, int]],
                         us_seen_at: int | None) -> list[Found]:
    """Named administrations, and `the administration` (`this`/`his administration`,
    `administration officials`) after one, or after a US mention."""
    out: list[Found] = []
    last_value = None
    for cue, start, end in cues:
        if cue != "admin":
            continue
        named = _named(text, start, end)
        if named and text[start].isupper() and named.value != "US executive":
            continue  # `Food and Drug Administration`: a name, not a government
        if named:
            out.append(named)
            last_value = named.value
        elif _THE_BEFORE.search(text, max(0, start - 8), start) or \
                _STAFF_AFTER.match(text, end, end + 16):
            if last_value is None and (us_seen_at is None or us_seen_at > start):
                continue
            out.append(Found(start, end, "actor", "government", last_value or "US executive",
                             "rule the administration", 1))
    return out
