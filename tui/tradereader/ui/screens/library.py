"""The library screen: every article in a table, a filter box, import and delete."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from tradereader.model import ArticleSummary
from tradereader.ui.screens.dialogs import ConfirmDialog, ImportDialog, ImportedFiles

COLUMNS = (("Title", "title"), ("Source", "source"), ("Published", "published"),
           ("Notes", "notes"), ("Last opened", "opened"))
# widths of the columns after the title (the source's at most); the title takes what is left
FIXED_WIDTHS = {"source": 16, "published": 10, "notes": 5, "opened": 16}
MIN_TITLE, MIN_SOURCE = 28, 8  # a narrow table cuts the source before the title
WIDE_TITLE, MAX_SOURCE = 80, 40  # past this the source may grow to show a whole file name
CELL_PADDING = 2  # DataTable's one cell of padding either side of each column
SCROLLBAR = 4  # the screen's gutter and the table's own scrollbar


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis when it is longer."""
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def column_widths(table_width: int, source_needs: int = FIXED_WIDTHS["source"]) -> dict[str, int]:
    """Widths that fill `table_width`: the source as wide as its longest label
    (`source_needs`, kept between MIN_SOURCE and 16), the title the rest. When there is
    too little, the source shrinks first (to MIN_SOURCE), then the title (to 12); when
    the title has more than WIDE_TITLE, the source may take up to MAX_SOURCE of it."""
    widths = dict(FIXED_WIDTHS)
    widths["source"] = min(widths["source"], max(MIN_SOURCE, source_needs))
    spare = table_width - SCROLLBAR - CELL_PADDING * len(COLUMNS) - sum(widths.values())
    if spare < MIN_TITLE:
        given = min(MIN_TITLE - spare, widths["source"] - MIN_SOURCE)
        widths["source"] -= given
        spare = max(12, spare + given)
    elif spare > WIDE_TITLE and source_needs > widths["source"]:
        grown = min(source_needs, MAX_SOURCE, widths["source"] + spare - WIDE_TITLE)
        spare -= grown - widths["source"]
        widths["source"] = grown
    return {"title": spare, **widths}


def source_label(outlet: str, source: str) -> str:
    """The outlet, else the file name of the source."""
    return outlet or (Path(source).name if source else "")


def longest_source(summaries: list[ArticleSummary]) -> int:
    """The length of the longest source label of `summaries` (0 for none)."""
    return max((len(source_label(s.outlet, s.source)) for s in summaries), default=0)


def when_label(iso_time: str | None) -> str:
    """`2026-11-30T02:52:34+00:00` -> `2026-11-30 02:52` in local time."""
    if not iso_time:
        return ""
    try:
        return datetime.fromisoformat(iso_time).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso_time[:16].replace("T", " ")


def notes_question(title: str, notes: int) -> str:
    """The second question before deleting an article that has notes."""
    if notes == 1:
        return f"“{title}” has 1 note. Delete it too?"
    return f"“{title}” has {notes} notes. Delete them too?"


NOTES_SUFFIXES = (".json", ".jsonld")  # W3C annotation files, as `tradereader import` reads


def notes_import_text(name: str, added: int, present: int, unmatched: int) -> str:
    """What importing a W3C notes file did, as the notice says it."""
    text = f"{name}: {added} note{'' if added == 1 else 's'} added"
    if present:
        text += f", {present} already here"
    if unmatched:
        text += f", {unmatched} without their article in the library"
    return text + "."


def read_importable(path: Path) -> ImportedFiles:
    """Read every importable file under `path` (called in a thread by the dialog)."""
    from tradereader import ingest
    from tradereader.errors import TradereaderError

    read = ImportedFiles()
    try:
        for file in ingest.iter_importable(path):
            if file.suffix.lower() in NOTES_SUFFIXES:  # notes exported by tradereader
                read.notes_files.append(file)
                continue
            try:
                read.articles.append(ingest.read_article(file))
            except TradereaderError as error:
                read.errors.append(str(error))
    except Exception as error:  # noqa: BLE001 - shown to the user, never a crash
        read.errors.append(str(error) or type(error).__name__)
    return read


class LibraryScreen(Screen):
    """Lists the library; `Enter` opens, `i` imports, `d` deletes, `/` filters."""

    BINDINGS = [
        Binding("enter", "open_selected", "Open", show=True, priority=False),
        Binding("i", "import", "Import"),
        Binding("d", "delete", "Delete"),
        Binding("e", "export", "Export"),
        Binding("slash", "focus_filter", "Filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
        Binding("q", "app.quit", "Quit"),
    ]
    HELP_EXTRA = (("Table", (("up", "", "Previous article"), ("down", "", "Next article"),
                             ("enter", "", "Open the article"),
                             ("escape", "", "Clear the filter"))),)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Filter: title, source, tags, notes, text  (/)", id="filter")
        yield Static("", id="no-match", markup=False)
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        readonly = self.app.library.readonly
        self.sub_title = "Library · read-only" if readonly else "Library"
        self.set_class(readonly, "-readonly")
        self.refresh_table()
        self.query_one(DataTable).focus()

    def on_resize(self) -> None:
        self.refresh_table()

    def on_screen_resume(self) -> None:
        self.refresh_table()

    # -- the table ---------------------------------------------------------------

    def refresh_table(self, select_id: str | None = None) -> None:
        """Reload the rows from the library, keeping the filter and the selected row."""
        table = self.query_one(DataTable)
        keep = select_id or self.selected_id()
        table.clear(columns=True)
        every_summary = self.app.library.articles()  # the columns fit all: filters keep them
        widths = column_widths(self.size.width, longest_source(every_summary))
        for label, key in COLUMNS:
            table.add_column(label, key=key, width=widths[key])
        query = self.query_one("#filter", Input).value
        summaries = self.matching(query, every_summary)
        for summary in summaries:
            table.add_row(*self._row(summary, widths), key=summary.id)
        if keep is not None and keep in table.rows:
            table.move_cursor(row=table.get_row_index(keep))
        self._show_no_match(query if query.strip() and not summaries else "")

    def _show_no_match(self, query: str) -> None:
        line = self.query_one("#no-match", Static)
        line.update(f"No article matches “{query.strip()}”." if query else "")
        line.set_class(bool(query), "-shown")

    @staticmethod
    def _row(summary: ArticleSummary, widths: dict[str, int]) -> tuple[Text, ...]:
        cells = (
            fit(summary.title or "(untitled)", widths["title"]),
            fit(source_label(summary.outlet, summary.source), widths["source"]),
            summary.published or "",
            str(summary.notes) if summary.notes else "",
            when_label(summary.opened),
        )
        return tuple(map(Text, cells))  # as Text: a str cell would be read as markup

    def matching(self, query: str, summaries: list[ArticleSummary]) -> list[ArticleSummary]:
        """The `summaries` whose title, source, tags, notes or text contain `query`."""
        if not query.strip():
            return summaries
        pattern = re.compile(re.escape(query.strip()), re.IGNORECASE)
        notes = self._notes_by_article()
        return [s for s in summaries if self._matches(pattern, s, notes.get(s.id, ""))]

    def _matches(self, pattern: re.Pattern[str], summary: ArticleSummary, notes: str) -> bool:
        fields = (summary.title, summary.outlet, summary.source, " ".join(summary.tags), notes)
        if any(pattern.search(field) for field in fields if field):
            return True
        article = self.app.library.get_article(summary.id)
        return bool(article and pattern.search(article.text))

    def _notes_by_article(self) -> dict[str, str]:
        notes: dict[str, str] = {}
        for annotation in self.app.library.annotations():
            text = f"{annotation.note} {' '.join(annotation.tags)}"
            notes[annotation.article_id] = notes.get(annotation.article_id, "") + "\n" + text
        return notes

    def selected_id(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    # -- actions -------------------------------------------------------------------

    @on(Input.Changed, "#filter")
    def filter_changed(self) -> None:
        self.refresh_table()

    @on(Input.Submitted, "#filter")
    def filter_submitted(self) -> None:
        self.query_one(DataTable).focus()

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def action_open_selected(self) -> None:
        article_id = self.selected_id()
        if article_id is not None:
            self.app.open_article(article_id)

    def _writable(self) -> bool:
        if self.app.library.readonly:
            self.notify("The library is open read-only.", severity="warning")
            return False
        return True

    # -- import ----------------------------------------------------------------------

    def action_import(self) -> None:
        if self._writable():
            self.app.push_screen(ImportDialog(read_importable), self.store_articles)

    def store_articles(self, read: ImportedFiles | None) -> None:
        """Add what the import dialog read; say what was imported and what was not."""
        if read is None:
            return
        stored, errors = [], list(read.errors)
        for article in read.articles:
            try:
                stored.append(self.app.library.add_article(article))
            except Exception as error:  # noqa: BLE001 - e.g. LibraryWriteFailed
                errors.append(str(error))
        errors += self._attach_notes(read.notes_files)  # after the articles they belong to
        for error in errors:
            self.notify(error, title="Not imported", severity="error", timeout=8,
                        markup=False)
        if stored:
            new = sum(1 for _, is_new in stored if is_new)
            count = len(stored)
            self.notify(f"Imported {count} article{'' if count == 1 else 's'}, {new} new.")
        self.refresh_table(select_id=stored[0][0].id if stored else None)

    def _attach_notes(self, notes_files: list[Path]) -> list[str]:
        """Attach each W3C file's notes to the library's articles; the errors."""
        from tradereader.notes_io import import_w3c_file

        errors = []
        for path in notes_files:
            try:
                counts = import_w3c_file(self.app.library, path)
            except Exception as error:  # noqa: BLE001 - e.g. not a W3C file, a failed write
                errors.append(str(error))
                continue
            self.notify(notes_import_text(path.name, *counts), markup=False)
        return errors

    # -- export --------------------------------------------------------------------------

    def action_export(self) -> None:
        """The export dialog, offering the highlighted article (or everything)."""
        self.app.open_export(self.selected_id())

    # -- delete --------------------------------------------------------------------------

    def action_delete(self) -> None:
        article_id = self.selected_id()
        if article_id is not None and self._writable():
            self.confirm_delete(article_id)

    @work(exclusive=True, group="delete")
    async def confirm_delete(self, article_id: str) -> None:
        summary = next((s for s in self.app.library.articles() if s.id == article_id), None)
        if summary is None:
            return
        title = summary.title or article_id
        if not await self.app.push_screen_wait(ConfirmDialog(f"Delete “{title}”?")):
            return
        if summary.notes and not await self.app.push_screen_wait(
            ConfirmDialog(notes_question(title, summary.notes), yes_label="Delete notes")
        ):
            return
        self._delete(article_id, with_notes=bool(summary.notes))

    def _delete(self, article_id: str, *, with_notes: bool) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        try:
            self.app.library.delete_article(article_id, with_annotations=with_notes)
        except Exception as error:  # noqa: BLE001 - shown, never a crash
            self.notify(str(error), title="Not deleted", severity="error", markup=False)
            return
        self.notify("Article deleted.")
        self.refresh_table()
        if table.row_count:  # the row that took its place, not the top of the list
            table.move_cursor(row=min(row, table.row_count - 1))
