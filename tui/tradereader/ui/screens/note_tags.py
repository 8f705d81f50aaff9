"""The Tags tab's requests, answered by the reader (a mixin of AnnotatingScreen): list a
tag's notes, go to one (in this article, or in another opened in a new reader), rename a
tag across the library (in a thread).

A mixin is no message pump, so its handlers go by name (`on_tags_pane_tag_selected`),
not by `@on`.
"""

from __future__ import annotations

import asyncio

from textual import work
from textual.widgets import TabbedContent

from tradereader.ui.widgets.tags_pane import TagsPane


class TagsTabActions:
    """Answers TagsPane's messages; uses the screen's `keeper`, `view`, `article`,
    `writable`, `refresh_notes` and `jump_to_note`."""

    def _show_tag(self, pane: TagsPane, tag: str) -> None:
        pane.titles = {s.id: s.title for s in self.app.library.articles()}
        pane.tag_notes = tuple(self.app.library.annotations(tag=tag))

    def on_tags_pane_tag_selected(self, message: TagsPane.TagSelected) -> None:
        for pane in self.query(TagsPane):
            self._show_tag(pane, message.tag)

    def on_tags_pane_annotation_chosen(self, message: TagsPane.AnnotationChosen) -> None:
        if message.article_id == self.article.id:
            self.jump_to_note(message.annotation_id)
            for tabs in self.query(TabbedContent):
                if tabs.query("#tab-notes"):
                    tabs.active = "tab-notes"
            self.view.focus()
            return
        self.open_note_elsewhere(message.article_id, message.annotation_id)

    def open_note_elsewhere(self, article_id: str, annotation_id: str) -> None:
        """Open another article, in a screen like this one, at one of its notes."""
        article = self.app.library.get_article(article_id)
        if article is None:
            self.notify("That note's article is gone.", severity="warning")
            return
        screen = type(self)(article)
        screen.pending_note = annotation_id
        self.app.push_screen(screen)

    def on_tags_pane_tag_rename_requested(self, message: TagsPane.TagRenameRequested) -> None:
        if self.writable:
            self._rename_tag(message.old, message.new)

    @work(exclusive=True, group="note-write", exit_on_error=False)
    async def _rename_tag(self, old: str, new: str) -> None:
        try:
            count = await asyncio.to_thread(self.app.library.rename_tag, old, new)
        except Exception as error:  # noqa: BLE001 - shown, nothing changed
            self.notify(f"Not renamed: {error}", severity="error", markup=False)
            return
        for pane in self.query(TagsPane):
            if pane.selected_tag == old:
                pane.selected_tag = new
        self.keeper.load()
        self.refresh_notes()
        self.notify(f"#{old} is now #{new} on {count} note{'s' if count != 1 else ''}.",
                    markup=False)
