"""The `#tags` written in a note's text count as its tags, as Obsidian reads the exported
Markdown (`#truce`, `#phase-one`; not `#1`, a `# Heading`, `page#part` or `C#`). Used by
the note editor and by `tradereader annotate` alike."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["tags_in_note", "with_tags_in_note"]

_HASHTAG = re.compile(r"(?<![\w#&/])#([A-Za-z][\w/-]*\w|[A-Za-z])")


def tags_in_note(note: str) -> tuple[str, ...]:
    """The `#tags` written in `note`, in order, each once."""
    return tuple(dict.fromkeys(match.group(1) for match in _HASHTAG.finditer(note)))


def with_tags_in_note(tags: Iterable[str], note: str) -> tuple[str, ...]:
    """`tags`, then the `#tags` of `note` not among them."""
    return tuple(dict.fromkeys((*tags, *tags_in_note(note))))
