"""The reader screen: the article on the left, the sidebar (Entities, Notes, Tags) right.

The screen coordinates: it gives the ArticleView its highlights (by role), runs the
extraction in a worker, answers the sidebar's messages, and saves the reading
position in the library when the reader leaves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Label
from textual.worker import get_current_worker

from tradereader.date_words import readable_why, shown_value
from tradereader.model import Article, Mention
from tradereader.ui.background import Abandoned, run_abandonable
from tradereader.ui.mention_groups import ReadyMentions, ready_mentions
from tradereader.ui.mention_table import (
    BLOCKS_ABOVE,
    MentionTable,
    extract_in_blocks,
    release_memory,
)
from tradereader.ui.screens.annotating import NOTE_KEYS, NOTE_REFUSALS, AnnotatingScreen
from tradereader.ui.screens.lexicon_actions import LEXICON_KEYS, LexiconActions
from tradereader.ui.screens.reader_search import (  # noqa: F401 - find_matches: tests
    SearchesArticle,
    find_matches,
    inside,
)
from tradereader.ui.widgets.annotated_view import AnnotatedView
from tradereader.ui.widgets.article_view import ArticleView
from tradereader.ui.widgets.highlights import SpanIndex
from tradereader.ui.widgets.entity_tree import EntityEntry, EntityTree
from tradereader.ui.widgets.sidebar import Sidebar
from tradereader.ui.widgets.wrap import paragraphs_of

KIND_ROLES = ("actor", "issue", "date")
# characters above which the app's extractor runs in a child process: ~50 ms of
# extraction or more, a child's start-up (~0.1 s on the other core) costs the reader less
CHILD_ABOVE = 50_000


def place_above_text(article: Article, paragraphs, start: int, end: int) -> str:
    """Where a mention that is not in the body lies (`in the title`, `in the byline`,
    `above the text`); '' for one in the body. The entity tree counts those too, but the
    article pane shows only the body, so the why panel says where they are."""
    if inside([(start, end)], paragraphs):
        return ""
    for field, name in ((article.title, "title"), (article.byline, "byline")):
        at = article.text.find(field) if field else -1
        if at >= 0 and at <= start and end <= at + len(field):
            return f"in the {name}"
    return "above the text"


def one_line(text: str) -> str:
    return " ".join(text.split())


def describe_mention(mention: Mention, where: str = "", place: str = "") -> str:
    """`1/7  “China”  (in the title)` / `actor/country → CHN` / `why: lexicon country:China`
    (`where`: its place among an entity's mentions; `place`: where it is if not in the body;
    a mention across a line break of wire copy on one line)."""
    quoted = f"“{one_line(mention.text)}”"
    first = "  ".join(part for part in (where, quoted, f"({place})" if place else "") if part)
    subtype = f"{mention.kind}/{mention.subtype}" if mention.subtype else mention.kind
    value = shown_value(mention.value, mention.kind, mention.subtype)
    why = readable_why(mention.why, mention.kind) if mention.why else "no reason recorded"
    return f"{first}\n{subtype} → {value}\nwhy: {why}"


def header_text(article: Article, readonly: bool = False) -> str:
    """The line under the title: (read-only ·) byline · published · source."""
    source = article.outlet or (Path(article.source).name if article.source else "")
    parts = ["read-only: notes cannot be saved" if readonly else "", article.byline,
             article.published or "no date", source]
    return "  ·  ".join(part for part in parts if part)


READER_KEYS = [
    Binding("q", "back", "Back"),
    Binding("slash", "search", "Search"),
    Binding("n", "next", "Next"),
    Binding("N", "previous", "Previous", show=False),  # in the help; n stands for both
    Binding("e", "export", "Export"),
    Binding("escape", "clear_search", "Clear search", show=False),
    Binding("s", "toggle_sidebar", "Hide or show the sidebar", show=False),  # (in the help)
]
HELP_KEY = Binding("question_mark", "app.help", "Help")  # the app's, placed in the footer
# the keys of the sidebar's tabs (their widgets' own bindings), for the help
SIDEBAR_KEYS = [
    ("enter,down", "", "Tab strip (where Tab lands first): into the tab shown; ← → switch"),
    ("enter", "", "Entities: highlight the entry's mentions (n / N: next, previous)"),
    ("enter", "", "Notes: go to the note's passage"),
    ("x", "", "Notes: delete the note"),
    ("enter", "", "Tags: list the tag's notes; on a note, open it"),
    ("r", "", "Tags: rename the tag (a name in use merges them)"),
]
TOGGLE_KEYS = [
    Binding("1", "toggle('actor')", "Actors"),
    Binding("2", "toggle('issue')", "Issues"),
    Binding("3", "toggle('date')", "Dates"),
]


class ReaderScreen(SearchesArticle, LexiconActions, AnnotatingScreen,
                   inherit_bindings=False):
    """Reads one article; `/` searches, `n`/`N` move, `1` `2` `3` toggle highlights.

    The annotating keys (sentence cursor, selection, notes) come from AnnotatingScreen,
    the lexicon and date keys (`L`, `X`, `p`) from LexiconActions, the search (`/`, Esc)
    from SearchesArticle.
    """

    # the footer shows them in this order and cuts the last on a narrow terminal: reading
    # and note keys first, the highlight toggles (also in the sidebar) after them. `?`
    # (the app's) comes second: last, an 80-column footer cut it, and a new user saw no help
    BINDINGS = [READER_KEYS[0], HELP_KEY, *READER_KEYS[1:], *NOTE_KEYS, *TOGGLE_KEYS,
                *LEXICON_KEYS, *NOTE_REFUSALS, *Screen.BINDINGS]
    HELP_KEYS = [*READER_KEYS, *TOGGLE_KEYS]
    # `-narrow` (app.tcss): the sidebar gives way to the text in a narrow terminal
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-roomy")]
    HELP_EXTRA = (
        ("Article", ArticleView.BINDINGS),
        ("Notes", NOTE_KEYS),
        ("Lexicon and date", LEXICON_KEYS),
        ("Sidebar", SIDEBAR_KEYS),
    )

    @dataclass
    class MentionsExtracted(Message):
        """Posted by the extraction worker with the mentions and their grouping."""

        mentions: MentionTable
        groups: dict
        spans: dict[str, SpanIndex]  # by kind, built off the event loop

    @dataclass
    class ExtractionFailed(Message):
        """Posted by the extraction worker when there is nothing to show."""

        reason: str

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self.paragraphs = article.paragraphs or paragraphs_of(article.text)
        self.view = AnnotatedView(article, id="article")
        self.matches: list[tuple[int, int]] = []
        self.title_matches = 0  # the search's matches in the title (not in `matches`)
        self.match_index = 0
        self.mentions: MentionTable = MentionTable()  # the last extraction's, as columns
        self.entity_stops: Sequence[Mention] = []  # the chosen entity's, in reading order
        self.entity_index = 0
        # what n/N step through when there are both matches and an entity's mentions:
        # the one the reader chose last (an entity chosen after a search, or a new search)
        self.cycling_entity = False
        self.why_shown_for: str | None = None  # the why panel's: "entity" (jump), "cursor"
        self._saved_offset = article.position

    def compose(self) -> ComposeResult:
        with Vertical(id="article-header"):
            # one line each, cut with an ellipsis: the mouse resting on one shows it whole
            title = Label(self.article.title or "(untitled)", id="title", markup=False)
            byline = Label(header_text(self.article, self.app.library.readonly), id="byline",
                           markup=False)
            for label in (title, byline):
                label.tooltip = Content(str(label.content))
                yield label
        with Horizontal(id="panes"):
            yield self.view
            yield Sidebar(id="sidebar")
        # mounted from the start (hidden), so `/` typed before the first frame is not lost
        yield Input(placeholder="Search (Enter: find, Esc: cancel)", id="search")

    def on_mount(self) -> None:
        self.sub_title = self.article.title
        self.view.scroll_to_offset(self.article.position, top=True)
        self.view.focus()
        self._update_legend()
        self.start_annotating()

    @on(ArticleView.Painted)
    def _build_the_rest(self) -> None:
        self._build_in_steps()

    @work(group="build", exclusive=True)
    async def _build_in_steps(self) -> None:
        """After the first frame, a step a frame: the footer; the sidebar; its contents and
        the extraction. In a task of its own: a key bubbles through this screen's message
        queue, which a handler awaiting the mounts would hold (~50 ms) until they end."""
        await self.mount(Footer(compact=True))
        self.refresh_bindings()  # the footer shows the keys on the next bindings update
        await self.wait_for_refresh()
        await self.query_one(Sidebar).build()
        await self.wait_for_refresh()
        self.sidebar_ready()  # the Notes and Tags tabs exist now
        if not self.app.library.readonly:
            self._mark_opened()
        self._update_legend()
        self._start_extraction()

    @work(group="mark-opened", exit_on_error=False)
    async def _mark_opened(self) -> None:
        """Note the opening in the library, in a thread: a write of the whole file."""
        try:
            await asyncio.to_thread(self.app.library.mark_opened, self.article.id)
        except Exception as error:  # noqa: BLE001 - a failed write is shown, not fatal
            self._show_failure(error)

    def _try(self, call, *args) -> bool:
        try:
            call(*args)
        except Exception as error:  # noqa: BLE001 - a failed write is shown, not fatal
            self._show_failure(error)
            return False
        return True

    def _show_failure(self, error: Exception) -> None:
        self.notify(str(error), severity="error", markup=False)

    # -- position ---------------------------------------------------------------------

    def save_position(self) -> None:
        """Remember the offset of the top line in the library (once per change)."""
        offset = self.view.top_offset
        if offset != self._saved_offset and not self.app.library.readonly:
            if self._try(self.app.library.set_position, self.article.id, offset):
                self._saved_offset = offset

    def action_back(self) -> None:
        self.save_position()
        self.app.show_library()

    def on_unmount(self) -> None:
        self.save_position()

    # -- extraction ---------------------------------------------------------------------

    def refresh_header(self) -> None:
        """Show the article's byline, date and source again (after a change)."""
        byline = self.query_one("#byline", Label)
        byline.update(header_text(self.article, self.app.library.readonly))
        byline.tooltip = Content(str(byline.content))

    def library_became_writable(self) -> None:
        super().library_became_writable()
        self.refresh_header()  # no longer "read-only: notes cannot be saved"
        if self.app.library.get_article(self.article.id) is not None:
            self._mark_opened()

    def reextract(self) -> None:
        """Extract again (the lexicon or the date changed); the old highlights stay until then."""
        self.entity_stops = []
        self.view.set_highlights("entity", [])
        self.view.set_highlights("cursor", [])
        self.query_one(Sidebar).show_why("")
        self.why_shown_for = None
        self._show_status("Finding actors, issues and dates again…", busy=True)
        self._start_extraction()

    def _start_extraction(self) -> None:
        extractor = self.app.extractor
        if extractor is None:
            self._show_status("Extraction is unavailable.")
            return
        try:
            lexicon = list(self.app.library.lexicon())
        except Exception:  # noqa: BLE001 - the user's lexicon is optional here
            lexicon = []
        self.extract_mentions(extractor, lexicon)

    @work(thread=True, exclusive=True, group="extract", exit_on_error=False)
    def extract_mentions(self, extractor, lexicon) -> None:
        """Run the extraction off the event loop; post the result back."""
        worker = get_current_worker()
        try:
            ready = self._extract_ready(extractor, lexicon, lambda: worker.is_cancelled)
        except Abandoned:
            return
        except ImportError:
            self.post_message(self.ExtractionFailed(
                "Extraction is unavailable: the extract package is not installed yet."))
            return
        except Exception as error:  # noqa: BLE001 - shown in the tab, never a crash
            self.post_message(self.ExtractionFailed(f"Extraction failed: {error}"))
            return
        self.post_message(self.MentionsExtracted(ready.table, ready.groups, ready.spans))

    def _extract_ready(self, extractor, lexicon, cancelled) -> ReadyMentions:
        """The mentions as columns, grouped and indexed; a long text (CHILD_ABOVE) with
        the app's own extractor is extracted (and grouped) in a child process: its memory
        peak leaves with it, and this thread does not hold the interpreter lock while the
        user pages (which made each key wait for its frame twice as long)."""
        article = self.article
        from tradereader.ui.app import run_extract

        if extractor is run_extract and len(article.text) > CHILD_ABOVE:
            from tradereader.ui.extract_child import extract_in_child

            try:
                ready = extract_in_child(article.text, article.published, lexicon, cancelled)
            except OSError:  # no child process here: in this one, block by block
                pass
            else:  # reading the result back left free pages in the C heap: hand them back
                release_memory(collect=False)
                return ready

        def extract(text: str) -> list[Mention]:
            return run_abandonable(lambda: extractor(text, article.published, lexicon),
                                   cancelled)

        ready = ready_mentions(extract_in_blocks(extract, article.text))
        # a full collection holds the interpreter lock for ~60 ms (the app's heap): worth
        # it only after a very large text, not while the reader pages through a short one
        release_memory(collect=len(article.text) > BLOCKS_ABOVE)
        return ready

    @on(ExtractionFailed)
    def _extraction_failed(self, message: ExtractionFailed) -> None:
        self._show_status(message.reason)

    @on(MentionsExtracted)
    def _mentions_extracted(self, message: MentionsExtracted) -> None:
        self.mentions = message.mentions
        for role, spans in message.spans.items():
            self.view.set_highlights(role, spans)
        self.query_one(EntityTree).show_groups(message.groups)
        if self.cursor_shown:  # the cursor's highlights have just come
            self.cursor_moved()
        count = len(message.mentions)
        self._show_status(f"{count} mention{'' if count == 1 else 's'}" if count
                          else "No actors, issues or dates found.")

    def _show_status(self, text: str, busy: bool = False) -> None:
        self.query_one(Sidebar).show_status(text, busy)

    # -- entities -------------------------------------------------------------------------

    @on(EntityTree.EntityChosen)
    def _entity_chosen(self, message: EntityTree.EntityChosen) -> None:
        entry: EntityEntry = message.entry
        self.entity_stops = entry.mentions  # in reading order
        self.cycling_entity = True
        self.view.set_highlights("entity", entry.mentions.spans())
        self._jump_to_entity(0)

    def _jump_to_entity(self, index: int) -> None:
        self.entity_index = index % len(self.entity_stops)
        mention = self.entity_stops[self.entity_index]
        self.view.scroll_to_offset(mention.start)
        self.view.set_highlights("cursor", [(mention.start, mention.end)])
        self.put_cursor_at(mention.start)
        self.query_one(Sidebar).show_why(self._why(mention, self.entity_index))
        self.why_shown_for = "entity"

    def _why(self, mention: Mention, index: int) -> str:
        where = f"{index + 1}/{len(self.entity_stops)}"
        place = place_above_text(self.article, self.paragraphs, mention.start, mention.end)
        return describe_mention(mention, where, place)

    def cursor_moved(self, point: int | None = None) -> None:
        """The why panel follows what the reader points at: the highlight clicked
        (`point`), or the one highlight a selection covers. Once the cursor leaves it the
        panel goes; an entity's jump (which writes its own just after) stays until then."""
        if point is not None:
            here = self.visible_mentions(point, point + 1)[:1]
        elif self.cursor.selecting and self.cursor_shown:
            here = self.visible_mentions(*self.cursor.target)
        else:
            here = []
        if len(here) == 1:
            self.query_one(Sidebar).show_why(describe_mention(here[0]))
            self.why_shown_for = "cursor"
        elif self.why_shown_for == "cursor":
            self.query_one(Sidebar).show_why("")
            self.why_shown_for = None

    def visible_mentions(self, start: int, end: int) -> list[Mention]:
        """The mentions of the kinds shown that overlap `[start, end)`, in reading order."""
        return [m for m in self.mentions.overlapping(start, end)
                if self.view.is_role_visible(m.kind)]

    def action_toggle(self, role: str) -> None:
        self.view.set_role_visible(role, not self.view.is_role_visible(role))
        self._update_legend()

    def action_toggle_sidebar(self) -> None:
        """Hide the sidebar (the text takes the whole width, in a narrow terminal above
        all) or show it again; the focus leaves it for the text when it goes."""
        sidebar = self.query_one(Sidebar)
        sidebar.display = not sidebar.display
        if not sidebar.display and self.focused is not None and sidebar in self.focused.ancestors:
            self.view.focus()
        self.notify("Sidebar hidden: s shows it." if not sidebar.display else "Sidebar shown.",
                    timeout=2)

    def _update_legend(self) -> None:
        visible = {role: self.view.is_role_visible(role) for role in KIND_ROLES}
        self.query_one(Sidebar).show_legend(visible)

    # -- search (SearchesArticle) ------------------------------------------------------

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.search(event.value)
        self._close_search_box()

    def action_next(self) -> None:
        self._cycle(1)

    def action_previous(self) -> None:
        self._cycle(-1)

    def _cycle(self, step: int) -> None:
        if self.entity_stops and (self.cycling_entity or not self.matches):
            self._jump_to_entity(self.entity_index + step)
        elif self.matches:
            self._jump_to_match(self.match_index + step)
        elif self.title_matches:
            self.notify("The search matches only the title.", severity="information")
        else:
            self.notify("Search with / or choose an entity first.", severity="information")

    def action_export(self) -> None:
        """The export dialog, offering this article, a tag, or everything."""
        self.app.open_export(self.article.id)

    # -- commands ---------------------------------------------------------------------------

    def palette_commands(self):
        yield ("Toggle actor highlights", "Show or hide actors (1)", lambda: self.action_toggle("actor"))
        yield ("Toggle issue highlights", "Show or hide issues (2)", lambda: self.action_toggle("issue"))
        yield ("Toggle date highlights", "Show or hide dates (3)", lambda: self.action_toggle("date"))
        yield ("Search", "Search the article (/)", self.action_search)
        yield ("Back to the library", "Leave this article (q)", self.action_back)
        yield from self.note_commands()
        yield from self.lexicon_commands()
