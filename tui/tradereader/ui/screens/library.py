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
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Header, Input, Static

from tradereader.model import ArticleSummary
from tradereader.ui.key_hold import KeysForALaterDialog, focus_keeping_keys
from tradereader.ui.read_only import ReadOnlyKeys, refusals
from tradereader.ui.screens.dialogs import (
    ConfirmDialog,
    ImportDialog,
    ImportedFiles,
    Progress,
)

COLUMNS = (("Title", "title"), ("Source", "source"), ("Published", "published"),
           ("Notes", "notes"), ("Tags", "tags"), ("Last opened", "opened"))
# widths of the columns after the title (the source's and tags' at most); the title takes the rest
FIXED_WIDTHS = {"source": 16, "published": 10, "notes": 5, "tags": 20, "opened": 16}
MIN_TITLE, MIN_SOURCE = 28, 8  # a narrow table cuts the source before the title
FAIR_TAGS, MIN_TAGS = 12, 4  # then the tags to FAIR_TAGS, drops Last opened, then tags to 4
WIDE_TITLE, MAX_SOURCE, MAX_TAGS = 80, 40, 40  # past its need the source, then tags, grow
LEAST_TITLE = 12
CELL_PADDING = 2  # DataTable's one cell of padding either side of each column
SCROLLBAR = 4  # the screen's gutter and the table's own scrollbar
FILTER_DELAY = 0.12  # seconds without a key before the filter runs


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis when it is longer."""
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def column_widths(table_width: int, source_needs: int = FIXED_WIDTHS["source"],
                  tags_needs: int = FIXED_WIDTHS["tags"],
                  title_needs: int = WIDE_TITLE) -> dict[str, int]:
    """Widths that fill `table_width`, by column key; the title takes what is left.

    The source is as wide as its longest label (`source_needs`, between MIN_SOURCE and
    16), the tags as their longest list (between MIN_TAGS and 20). When the title has
    less than MIN_TITLE, the source shrinks first, then the tags to FAIR_TAGS, then Last
    opened goes (its key is missing), then the tags shrink to MIN_TAGS, then the title
    (to LEAST_TITLE). When the title has more than it needs (its longest, `title_needs`,
    at most WIDE_TITLE), the source may take up to MAX_SOURCE of it, then the tags up to
    MAX_TAGS."""
    needs = {"source": source_needs, "tags": tags_needs,
             "title": max(MIN_TITLE, min(WIDE_TITLE, title_needs))}
    widths = dict(FIXED_WIDTHS)
    for key, least in (("source", MIN_SOURCE), ("tags", MIN_TAGS)):
        widths[key] = min(widths[key], max(least, needs[key]))
    if title_room(table_width, widths) < MIN_TITLE:
        _narrow(widths, table_width)
    else:
        _widen(widths, table_width, needs)
    return {"title": max(LEAST_TITLE, title_room(table_width, widths)), **widths}


def title_room(table_width: int, widths: dict[str, int]) -> int:
    """What the title column has left beside the other columns in `widths`."""
    columns = len(widths) + 1
    return table_width - SCROLLBAR - CELL_PADDING * columns - sum(widths.values())


def _shrink(widths: dict[str, int], key: str, least: int, table_width: int) -> None:
    """Give the title what it lacks (up to MIN_TITLE) from column `key`, down to `least`."""
    short = MIN_TITLE - title_room(table_width, widths)
    if short > 0:
        widths[key] -= min(short, max(widths[key] - least, 0))


def _narrow(widths: dict[str, int], table_width: int) -> None:
    tags_wanted = widths["tags"]
    _shrink(widths, "source", MIN_SOURCE, table_width)
    _shrink(widths, "tags", FAIR_TAGS, table_width)
    if title_room(table_width, widths) < MIN_TITLE:
        del widths["opened"]  # the one column the design does not ask for
        widths["tags"] = tags_wanted
        _shrink(widths, "tags", MIN_TAGS, table_width)


def _widen(widths: dict[str, int], table_width: int, needs: dict[str, int]) -> None:
    """Give the source, then the tags, what the title does not need (up to their own)."""
    for key, most in (("source", MAX_SOURCE), ("tags", MAX_TAGS)):
        spare = title_room(table_width, widths) - needs["title"]
        if spare > 0 and needs[key] > widths[key]:
            widths[key] = min(needs[key], most, widths[key] + spare)


def source_label(outlet: str, source: str) -> str:
    """The outlet, else the file name of the source."""
    return outlet or (Path(source).name if source else "")


def longest_source(summaries: list[ArticleSummary]) -> int:
    """The length of the longest source label of `summaries` (0 for none)."""
    return max((len(source_label(s.outlet, s.source)) for s in summaries), default=0)


def longest_title(summaries: list[ArticleSummary]) -> int:
    """The length of the longest title of `summaries` (0 for none)."""
    return max((len(s.title or "(untitled)") for s in summaries), default=0)


def tags_label(tags: tuple[str, ...]) -> str:
    """An article's tags as the table lists them: `phase-one, tariffs`."""
    return ", ".join(tags)


def longest_tags(summaries: list[ArticleSummary]) -> int:
    """The length of the longest tags label of `summaries` (0 for none)."""
    return max((len(tags_label(s.tags)) for s in summaries), default=0)


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


def read_importable(path: Path, progress: Progress | None = None) -> ImportedFiles:
    """Read every importable file under `path` (called in a thread by the dialog), telling
    `progress(files read, files in all)` before each file."""
    from tradereader import ingest
    from tradereader.errors import TradereaderError

    read = ImportedFiles()
    try:
        files = ingest.iter_importable(path)
        for done, file in enumerate(files):
            if progress is not None:
                progress(done, len(files))
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


class LibraryScreen(ReadOnlyKeys, Screen):
    """Lists the library; `Enter` opens, `i` imports, `d` deletes, `/` filters."""

    WRITE_ACTIONS = frozenset({"import", "delete"})  # off a read-only window's footer
    BINDINGS = [
        Binding("enter", "open_selected", "Open", show=True, priority=False),
        Binding("i", "import", "Import"),
        Binding("d", "delete", "Delete"),
        Binding("e", "export", "Export"),
        Binding("slash", "focus_filter", "Filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
        Binding("q", "app.quit", "Quit"),
    ]
    BINDINGS += refusals(BINDINGS, WRITE_ACTIONS)
    HELP_EXTRA = (("Table", (("up", "", "Previous article"), ("down", "", "Next article"),
                             ("enter", "", "Open the article"),
                             ("escape", "", "Clear the filter"))),)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._filter_timer: Timer | None = None  # a filter waiting for typing to pause

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Filter: title, source, tags, notes, text  (/)", id="filter")
        yield Static("", id="no-match", markup=False)
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Footer()

    @property
    def read_only(self) -> bool:
        return self.app.library.readonly

    def on_mount(self) -> None:
        self._show_mode()
        self.refresh_table()
        self.query_one(DataTable).focus()

    def _show_mode(self) -> None:
        readonly = self.app.library.readonly
        self.sub_title = "Library · read-only" if readonly else "Library"
        self.set_class(readonly, "-readonly")

    def library_became_writable(self) -> None:
        """The app took the library (read again): its articles now, writing keys back."""
        self._show_mode()
        self.refresh_table()
        self.refresh_bindings()

    def on_resize(self) -> None:
        self.refresh_table()

    def on_screen_resume(self) -> None:
        self.refresh_table()

    # -- the table ---------------------------------------------------------------

    def refresh_table(self, select_id: str | None = None) -> None:
        """Reload the rows from the library, keeping the filter and the selected row."""
        if self._filter_timer is not None:  # this applies the filter waiting for a pause
            self._filter_timer.stop()
            self._filter_timer = None
        table = self.query_one(DataTable)
        keep = select_id or self.selected_id()
        table.clear(columns=True)
        every_summary = self.app.library.articles()  # the columns fit all: filters keep them
        widths = column_widths(self.size.width, longest_source(every_summary),
                               longest_tags(every_summary), longest_title(every_summary))
        for label, key in COLUMNS:
            if key in widths:  # a narrow table has no Last opened
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
        cells = {
            "title": fit(summary.title or "(untitled)", widths["title"]),
            "source": fit(source_label(summary.outlet, summary.source), widths["source"]),
            "published": summary.published or "",
            "notes": str(summary.notes) if summary.notes else "",
            "tags": fit(tags_label(summary.tags), widths["tags"]),
            "opened": when_label(summary.opened) if "opened" in widths else "",
        }
        # as Text: a str cell would be read as markup
        return tuple(Text(cells[key]) for _, key in COLUMNS if key in widths)

    def matching(self, query: str, summaries: list[ArticleSummary]) -> list[ArticleSummary]:
        """The `summaries` whose title, source, tags, notes or text contain `query`.

        The library searches the texts (kept lower-cased between searches) and the notes
        without building them: a filter pass is a few ms, not ~35 ms for 6 MB of text and
        ~40 ms for 10,000 notes."""
        words = query.strip()
        if not words:
            return summaries
        pattern = re.compile(re.escape(words), re.IGNORECASE)
        library = self.app.library
        found = library.articles_containing(words) | library.articles_with_notes_containing(words)
        return [s for s in summaries if s.id in found or self._matches(pattern, s)]

    @staticmethod
    def _matches(pattern: re.Pattern[str], summary: ArticleSummary) -> bool:
        fields = (summary.title, summary.outlet, summary.source, " ".join(summary.tags))
        return any(pattern.search(field) for field in fields if field)

    def selected_id(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    # -- actions -------------------------------------------------------------------

    @on(Input.Changed, "#filter")
    def filter_changed(self) -> None:
        """Filter once typing pauses (FILTER_DELAY): each pass searches every article's
        text (~60 ms a key with 500 articles and a 6 MB one), which held each key typed."""
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(FILTER_DELAY, self.filter_now)

    def filter_now(self) -> None:
        """Apply the filter as typed, now (what waited for a pause is done)."""
        self.refresh_table()

    @on(Input.Submitted, "#filter")
    def filter_submitted(self) -> None:
        self.filter_now()
        self.query_one(DataTable).focus()

    def action_focus_filter(self) -> None:
        focus_keeping_keys(self.query_one("#filter", Input))  # not `d`: delete, `q`: quit

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""
        self.filter_now()
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
        """Add what the import dialog read, off the event loop (a folder of files into
        a large library is many writes of a large file), then say what was imported."""
        if read is not None:
            self.store_in_background(read)

    @work(thread=True, exclusive=True, group="import-store", exit_on_error=False)
    def store_in_background(self, read: ImportedFiles) -> None:
        try:
            stored, errors = [], list(read.errors)
            try:
                stored = self.app.library.add_articles(read.articles)  # one write
            except Exception as error:  # noqa: BLE001 - e.g. LibraryWriteFailed: none stored
                errors.append(str(error))
            told, notes_errors = self._attach_notes(read.notes_files)  # after their articles
            self.app.call_from_thread(self._imported, stored, errors + notes_errors, told)
        except Exception as error:  # noqa: BLE001 - said, never a worker ending in silence
            self.app.call_from_thread(self.notify, f"The import failed: {error}",
                                      severity="error", timeout=8, markup=False)

    def _imported(self, stored: list, errors: list[str], told: list[str]) -> None:
        for error in errors:
            self.notify(error, title="Not imported", severity="error", timeout=8,
                        markup=False)
        for line in told:
            self.notify(line, markup=False)
        if stored:
            new = sum(1 for _, is_new in stored if is_new)
            count = len(stored)
            self.notify(f"Imported {count} article{'' if count == 1 else 's'}, {new} new.")
        self.refresh_table(select_id=stored[0][0].id if stored else None)

    def _attach_notes(self, notes_files: list[Path]) -> tuple[list[str], list[str]]:
        """Attach each W3C file's notes to the library's articles: what to tell of each,
        and the errors."""
        from tradereader.notes_io import import_w3c_file

        told, errors = [], []
        for path in notes_files:
            try:
                counts = import_w3c_file(self.app.library, path)
            except Exception as error:  # noqa: BLE001 - e.g. not a W3C file, a failed write
                errors.append(str(error))
                continue
            told.append(notes_import_text(path.name, *counts))
        return told, errors

    # -- export --------------------------------------------------------------------------

    def action_export(self) -> None:
        """The export dialog, offering the highlighted article (or everything)."""
        self.app.open_export(self.selected_id())

    # -- delete --------------------------------------------------------------------------

    def action_delete(self) -> None:
        article_id = self.selected_id()
        if article_id is not None and self._writable():
            # the question comes from a task: what is typed after `d` (`y`) waits for it
            self.confirm_delete(article_id, KeysForALaterDialog(self.app))

    @work(exclusive=True, group="delete")
    async def confirm_delete(self, article_id: str, keys: KeysForALaterDialog) -> None:
        try:
            await self._ask_and_delete(article_id, keys)
        finally:
            keys.let_go()  # no question asked (or it failed to open): the keys go now

    async def _ask_and_delete(self, article_id: str, keys: KeysForALaterDialog) -> None:
        summary = next((s for s in self.app.library.articles() if s.id == article_id), None)
        if summary is None:
            return
        title = summary.title or article_id
        if not await self.app.push_screen_wait(keys.dialog(ConfirmDialog(f"Delete “{title}”?"))):
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
