"""What the note editor hands back, and how typed tags become a tuple (no Textual)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tradereader import note_tags


@dataclass(frozen=True)
class NoteDraft:
    """A note as typed in the editor: its text (Markdown allowed) and its tags."""

    note: str
    tags: tuple[str, ...] = ()


def parse_tags(typed: str) -> tuple[str, ...]:
    """Tags from the tags field: split on spaces and commas, `#` dropped, repeats dropped."""
    seen: dict[str, None] = {}
    for part in typed.replace(",", " ").split():
        tag = part.lstrip("#")
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def with_tags_in_note(draft: NoteDraft) -> NoteDraft:
    """`draft` with the `#tags` of its text among its tags (after those typed as tags)."""
    return NoteDraft(draft.note, note_tags.with_tags_in_note(draft.tags, draft.note))


def format_tags(tags: Iterable[str]) -> str:
    """Tags as the tags field shows them."""
    return " ".join(tags)


def complete_tag(typed: str, known: Iterable[str]) -> str | None:
    """`typed` with its last, unfinished tag completed from `known` (case-insensitively,
    and spelled as the known tag is). Tags already typed are not offered again; None when
    nothing fits.
    """
    if not typed or typed[-1] in " ,":
        return None
    head, _, last = typed.replace(",", " ").rpartition(" ")
    stem = last.lstrip("#")
    if not stem:
        return None
    taken = {t.casefold() for t in parse_tags(head)}
    for tag in known:
        folded = tag.casefold()
        if folded.startswith(stem.casefold()) and folded != stem.casefold() and folded not in taken:
            return typed[: len(typed) - len(stem)] + tag
    return None
