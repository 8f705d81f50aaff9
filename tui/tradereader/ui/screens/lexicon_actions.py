"""The reader's keys that change what is extracted: the user's lexicon and the date.

`L` adds the selected words to the lexicon as an actor or issue, `X` marks the
highlight under the cursor (or a phrase of the entity chosen in the tree) as wrong:
with several highlights there, a list asks which one. The palette's
"Edit my lexicon" lists the user's entries to remove one (the undo), `p` sets the
publication date. Each change is saved in the library (in a thread) and the
article's extraction runs again at once; the lexicon applies to every article.

`LexiconActions` is a mixin of the reader screen, which provides `article`, `view`,
`cursor`, `cursor_shown`, `mentions`, `entity_stops`, `entity_index`,
`refresh_header()` and `reextract()`. The dialogs are imported when first opened.
"""

from __future__ import annotations

import asyncio

from textual import work
from textual.binding import Binding

from tradereader.model import LexiconEntry, Mention

LEXICON_KEYS = [
    Binding("L", "add_to_lexicon", "Add to my lexicon", show=False),
    Binding("X", "mark_wrong", "Mark highlight as wrong", show=False),
    Binding("p", "set_published", "Publication date", show=False),
]
UNDO_HINT = "Undo: Ctrl+P, Edit my lexicon."


def one_line(text: str) -> str:
    return " ".join(text.split())


def distinct_phrases(mentions) -> list[Mention]:
    """One mention per (phrase, kind), any case, in reading order."""
    seen: dict[tuple[str, str], Mention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        seen.setdefault((one_line(mention.text).casefold(), mention.kind), mention)
    return list(seen.values())


def suppression(mention: Mention) -> LexiconEntry:
    return LexiconEntry(one_line(mention.text), mention.kind, "suppress")


class LexiconActions:
    """`L`, `X`, `p` and the lexicon list, for a screen reading one article."""

    def lexicon_commands(self):
        """(title, help, callback) for the command palette."""
        yield ("Add to my lexicon", "The selected words as an actor or issue (L)",
               self.action_add_to_lexicon)
        yield ("Mark highlight as wrong", "Never highlight this phrase as this kind (X)",
               self.action_mark_wrong)
        yield ("Edit my lexicon", "List your own entries; remove one to undo it",
               self.action_edit_lexicon)
        yield ("Set publication date", "Dates are resolved against it (p)",
               self.action_set_published)

    def _can_change(self) -> bool:
        if self.app.library.readonly:
            self.notify("The library is open read-only: the lexicon and dates cannot change.",
                        severity="warning")
            return False
        return True

    # -- adding ------------------------------------------------------------------------
    def action_add_to_lexicon(self) -> None:
        if not self._can_change():
            return
        from tradereader.ui.screens.lexicon_dialog import AddToLexiconDialog, trimmed_phrase

        phrase = trimmed_phrase(self._selected_text())
        self.app.push_screen(AddToLexiconDialog(phrase), self._entry_added)

    def _selected_text(self) -> str:
        cursor = getattr(self, "cursor", None)
        selection = cursor.selection if cursor is not None else None
        if selection is None:
            return ""
        start, end = selection.span
        return self.article.text[start:end]

    def _entry_added(self, entry: LexiconEntry | None) -> None:
        if entry is None:
            return
        self.cancel_selection()
        what = f"{entry.kind}/{entry.subtype}" if entry.subtype else entry.kind
        self._change_lexicon([entry], f"“{entry.phrase}” is now an {what} in every article.")

    # -- marking as wrong ----------------------------------------------------------------
    def action_mark_wrong(self) -> None:
        if not self._can_change():
            return
        entry = self._chosen_entity()
        found = list(entry.mentions) if entry is not None else self._mentions_here()
        if found is None:
            return
        wrong = distinct_phrases(found)
        if not wrong:
            self.notify("No highlight here.", severity="information")
        elif len(wrong) == 1:
            self._suppress(wrong)
        else:
            from tradereader.ui.screens.lexicon_list import MentionChoiceDialog

            self.app.push_screen(MentionChoiceDialog(wrong),
                                 lambda m: self._suppress([m]) if m else None)

    def _chosen_entity(self):
        """The entity under the tree's cursor, when the tree has the focus."""
        from tradereader.ui.widgets.entity_tree import EntityTree

        tree = self.focused if isinstance(self.focused, EntityTree) else None
        node = tree.cursor_node if tree is not None else None
        return node.data if node is not None else None

    def _mentions_here(self) -> list[Mention] | None:
        """The highlights in the selection or cursor sentence; the entity jump's mention
        when no selection is made and the cursor is on its sentence (a jump puts it
        there) or hidden."""
        target = self.cursor.target if self.cursor_shown else None
        if self.entity_stops and not self.cursor.selecting:
            stop = self.entity_stops[self.entity_index]
            if target is None or target[0] <= stop.start and stop.end <= target[1]:
                return [stop]
        if target is None:
            self.notify("Put the cursor on a highlight first (j/k, v then w).",
                        severity="information")
            return None
        start, end = target
        here = [m for m in self.mentions.overlapping(start, end)
                if self.view.is_role_visible(m.kind)]
        if not here:
            self.notify("No highlight here.", severity="information")
            return None
        return here

    def _suppress(self, mentions: list[Mention]) -> None:
        quoted = ", ".join(f"“{one_line(m.text)}”" for m in mentions)
        kind = mentions[0].kind
        self._change_lexicon([suppression(m) for m in mentions],
                             f"{quoted} will no longer be highlighted as {kind} in any article. "
                             f"{UNDO_HINT}")

    # -- the list (undo) -------------------------------------------------------------------
    def action_edit_lexicon(self) -> None:
        from tradereader.ui.screens.lexicon_list import LexiconListDialog

        try:
            entries = self.app.library.lexicon()
        except Exception as error:  # noqa: BLE001 - shown, never a crash
            self.notify(str(error), severity="error", markup=False)
            return
        remove = None if self.app.library.readonly else self.app.library.remove_lexicon_entry
        self.app.push_screen(LexiconListDialog(entries, remove),
                             lambda changed: self.reextract() if changed else None)

    # -- saving --------------------------------------------------------------------------
    @work(exclusive=True, group="lexicon-write", exit_on_error=False)
    async def _change_lexicon(self, entries: list[LexiconEntry], done: str) -> None:
        library = self.app.library

        def add_all() -> None:
            for entry in entries:
                library.add_lexicon_entry(entry)

        try:
            await asyncio.to_thread(add_all)
        except Exception as error:  # noqa: BLE001 - shown, nothing else changes
            self.notify(f"Not saved: {error}", severity="error", markup=False)
            return
        self.notify(done, timeout=8, markup=False)
        self.reextract()

    # -- the publication date ------------------------------------------------------------
    def action_set_published(self) -> None:
        if not self._can_change():
            return
        from tradereader.ui.screens.published_dialog import PublishedDialog

        self.app.push_screen(PublishedDialog(self.article.published), self._published_chosen)

    def _published_chosen(self, day: str | None) -> None:
        if day is not None:
            self._save_published(day or None)

    @work(exclusive=True, group="lexicon-write", exit_on_error=False)
    async def _save_published(self, day: str | None) -> None:
        try:
            await asyncio.to_thread(self.app.library.set_published, self.article.id, day)
        except Exception as error:  # noqa: BLE001 - shown, nothing else changes
            self.notify(f"Not saved: {error}", severity="error", markup=False)
            return
        self.article = self.article.evolve(published=day)
        self.refresh_header()
        self.notify(f"Published {day}: dates resolved again." if day
                    else "Publication date cleared: relative dates stay relative.")
        self.reextract()
