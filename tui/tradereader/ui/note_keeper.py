"""One article's notes while it is read: create, edit, delete, undo, find (no widgets).

Every library write runs in a thread (`asyncio.to_thread`), so the event loop, and
the typing in the note editor, never waits on the disk. The keeper's own state (the
notes and the undo history) changes only after a write has returned, on the loop's
thread. A write that fails raises (LibraryWriteFailed, ...) and changes nothing.
"""

from __future__ import annotations

import asyncio
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from tradereader.anchoring import make_selectors
from tradereader.model import Annotation, Article
from tradereader.ui.drafts import NoteDraft

if TYPE_CHECKING:
    from tradereader.store import Library


@dataclass(frozen=True)
class Change:
    """A change that `undo` can take back: the note before and after it."""

    kind: Literal["create", "edit", "delete"]
    before: Annotation | None
    after: Annotation | None


class NoteKeeper:
    """The notes of `article`, kept in reading order, with an undo history."""

    def __init__(self, library: Library, article: Article,
                 history: list[Change] | None = None) -> None:
        self.library = library
        self.article = article
        self._notes: list[Annotation] | None = None  # read on first use
        # the undo history; the app keeps one per article, so it outlives the reader
        self.history: list[Change] = history if history is not None else []

    # -- reading ------------------------------------------------------------------------
    @property
    def notes(self) -> list[Annotation]:
        """This article's notes in reading order (read from the library on first use)."""
        if self._notes is None:
            self.load()
        assert self._notes is not None
        return self._notes

    @notes.setter
    def notes(self, notes: list[Annotation]) -> None:
        self._notes = notes

    def load(self) -> list[Annotation]:
        """Read this article's notes from the library (a quick, in-memory read)."""
        self._notes = _ordered(self.library.annotations(self.article.id))
        return self._notes

    def get(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.notes if a.id == annotation_id), None)

    def placed(self) -> list[Annotation]:
        """The notes that sit on the text (not orphaned), in reading order."""
        return [a for a in self.notes if not a.orphaned]

    def spans(self) -> list[tuple[int, int]]:
        return [(a.position.start, a.position.end) for a in self.placed()]

    def at(self, start: int, end: int | None = None) -> Annotation | None:
        """The note on `[start, end)` (or on offset `start`): the shortest that overlaps."""
        stop = start + 1 if end is None or end <= start else end
        touching = [
            a for a in self.placed() if a.position.start < stop and a.position.end > start
        ]
        return min(touching, key=lambda a: a.position.end - a.position.start, default=None)

    def next_after(self, offset: int) -> Annotation | None:
        placed = self.placed()
        index = bisect_right([a.position.start for a in placed], offset)
        return placed[index] if index < len(placed) else None

    def beside(self, annotation_id: str, step: int) -> Annotation | None:
        """The placed note after (`step` 1) or before (-1) this one in reading order; notes
        that start at the same offset are told apart by their order, not skipped."""
        placed = self.placed()
        index = next((i for i, a in enumerate(placed) if a.id == annotation_id), None)
        if index is None or not 0 <= index + step < len(placed):
            return None
        return placed[index + step]

    def previous_before(self, offset: int) -> Annotation | None:
        placed = self.placed()
        index = bisect_left([a.position.start for a in placed], offset)
        return placed[index - 1] if index > 0 else None

    # -- writing (awaited: each write runs in a thread) ------------------------------------
    async def create(self, start: int, end: int, draft: NoteDraft) -> Annotation:
        quote, position = make_selectors(self.article.text, start, end)
        new = Annotation(
            id="",
            article_id=self.article.id,
            quote=quote,
            position=position,
            note=draft.note,
            tags=draft.tags,
        )
        stored = await asyncio.to_thread(self.library.add_annotation, new)
        self._put(stored)
        self.history.append(Change("create", None, stored))
        return stored

    async def edit(self, annotation_id: str, draft: NoteDraft) -> Annotation:
        before = self._require(annotation_id)
        changed = before.evolve(note=draft.note, tags=draft.tags)
        stored = await asyncio.to_thread(self.library.update_annotation, changed)
        self._put(stored)
        self.history.append(Change("edit", before, stored))
        return stored

    async def delete(self, annotation_id: str) -> Annotation:
        self._require(annotation_id)
        removed = await asyncio.to_thread(self.library.delete_annotation, annotation_id)
        self._drop(annotation_id)
        self.history.append(Change("delete", removed, None))
        return removed

    async def undo(self) -> Change | None:
        """Take back the last create, edit or delete; None when there is nothing to undo."""
        if not self.history:
            return None
        change = self.history[-1]
        if change.kind == "create" and change.after is not None:
            await asyncio.to_thread(self.library.delete_annotation, change.after.id)
            self._drop(change.after.id)
        elif change.kind == "edit" and change.before is not None:
            self._put(await asyncio.to_thread(self.library.update_annotation, change.before))
        elif change.before is not None:
            self._put(await asyncio.to_thread(self.library.add_annotation, change.before))
        self.history.pop()
        return change

    # -- helpers ---------------------------------------------------------------------------
    def _require(self, annotation_id: str) -> Annotation:
        found = self.get(annotation_id)
        if found is None:
            raise KeyError(f"no note {annotation_id} in this article")
        return found

    def _put(self, annotation: Annotation) -> None:
        self._drop(annotation.id)
        self.notes = _ordered([*self.notes, annotation])

    def _drop(self, annotation_id: str) -> None:
        self.notes = [a for a in self.notes if a.id != annotation_id]


def _ordered(notes: list[Annotation]) -> list[Annotation]:
    return sorted(notes, key=lambda a: (a.position.start, a.position.end, a.created))


def describe(change: Change) -> str:
    """What `undo` just did, for a notification."""
    return {
        "create": "Undone: the new note is removed.",
        "edit": "Undone: the note is as it was.",
        "delete": "Undone: the note is back.",
    }[change.kind]
