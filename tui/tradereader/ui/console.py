"""Rich output for the command line: `tradereader entities` without `--json`."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from tradereader.date_words import describe_date, readable_why, shown_value
from tradereader.model import Article, Mention
from tradereader.ui.mention_groups import EntityEntry
from tradereader.ui.widgets.entity_tree import KINDS, group_mentions


def entities_table(article: Article, mentions: Iterable[Mention],
                   published: str | None = None) -> EntitiesTable:
    """A table grouped by kind (and actor subgroup): count, value, phrase, why. What comes
    from the article is Text, not markup: a title's `[/]` or `[b]` is printed as written.
    Its caption gives the publication date the dates were resolved against (`published`,
    else the article's), or says there was none. Laid out for the width it is printed in
    (`EntitiesTable`)."""
    groups = group_mentions(mentions)
    rows = [(f"{title} / {label}" if label else title, entry)
            for kind, title in KINDS for label, entries in groups.get(kind, [])
            for entry in entries]
    return EntitiesTable(Text(article.title or article.id), rows,
                         _dates_caption(published or article.published))


def _dates_caption(published: str | None) -> str:
    if published:
        return f"dates resolved against the publication date, {describe_date(published)}"
    return ("no publication date known: relative dates keep relative values "
            "(give one with --published YYYY-MM-DD)")


class EntitiesTable:
    """The entities table as Rich renders it at the width it is given: a Kind column
    where the terminal has room (`_KIND_COLUMN_FROM` columns), else each kind's heading on
    a row of its own, so Value, Phrase and Why keep the room to show whole words."""

    def __init__(self, title: Text, rows: list[tuple[str, EntityEntry]], caption: str = "") -> None:
        self.title = title
        self.rows = rows
        self.caption = caption

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.table(with_kind_column=options.max_width >= _KIND_COLUMN_FROM)

    def table(self, with_kind_column: bool) -> Table:
        table = Table(title=self.title, title_justify="left", caption=self.caption or None,
                      caption_justify="left", expand=False)
        if with_kind_column:
            table.add_column("Kind", max_width=_longest_word((h for h, _ in self.rows), 16))
        table.add_column("Count", justify="right")
        table.add_column("Value")
        table.add_column("Phrase")
        table.add_column("Why", overflow="fold")
        heading_before, kind_before = "", ""
        for heading, entry in self.rows:
            if entry.kind != kind_before and kind_before:
                table.add_section()
            value = shown_value(entry.value, entry.kind, entry.mentions[0].subtype)
            cells = [str(len(entry.mentions)), Text(value), Text(phrases_of(entry)),
                     Text(why_of_phrase(entry))]
            if with_kind_column:
                table.add_row(heading if heading != heading_before else "", *cells)
            else:
                if heading != heading_before:
                    table.add_row("", Text(heading, style="bold"), "", "")
                table.add_row(*cells)
            heading_before, kind_before = heading, entry.kind
        return table


_KIND_COLUMN_FROM = 80  # columns: below, a Kind column squeezes the others into broken words


def phrases_of(entry: EntityEntry, most: int = 4) -> str:
    """The phrases the article uses for the entry, commonest first (its surface), a
    phrase in other capitals once: `China, Beijing` (the capital counted with the
    country); at most `most`, then `…`."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for mention in entry.mentions:
        phrase = " ".join(mention.text.split())
        counts[phrase.casefold()] += 1
        shown.setdefault(phrase.casefold(), phrase)
    surface = entry.surface.casefold()
    ordered = sorted(counts, key=lambda key: (key != surface, -counts[key], key))
    phrases = [shown[key] if key != surface else entry.surface for key in ordered]
    return ", ".join(phrases[:most]) + (", …" if len(phrases) > most else "")


def why_of_phrase(entry: EntityEntry) -> str:
    """The why of the first mention written as the entry's Phrase (its commonest), a date
    rule's in words, with a space after each colon and around a `+`: a narrow column
    wraps after `group:`, not inside its name."""
    why = next((mention.why for mention in entry.mentions
                if " ".join(mention.text.split()) == entry.surface), entry.mentions[0].why)
    return re.sub(r"(?<=:)(?=\S)|(?=\+)|(?<=\+)", " ", readable_why(why, entry.kind))


def _longest_word(texts: Iterable[str], cap: int) -> int:
    """The longest whitespace-separated word of `texts`, at most `cap`: the Kind column
    need be no wider (`Actors /` over `Governments`), which leaves the room to Why."""
    return min(cap, max((len(word) for text in texts for word in text.split()), default=0))


def print_entities(article: Article, mentions: Iterable[Mention], console: Console | None = None,
                   published: str | None = None) -> None:
    """Print the entities of `article` as a readable table (or say there are none);
    `published`: the publication date the dates were resolved against, if not the
    article's."""
    console = console or _console()
    mentions = list(mentions)
    if not mentions:
        console.print(f"{article.title or article.id}: no actors, issues or dates found.",
                      markup=False, highlight=False)
        return
    table = entities_table(article, mentions, published)
    if console.is_terminal:
        console.print(table)
        return
    with console.capture() as captured:  # a pipe or a file: no line ends in the spaces
        console.print(table)  # that pad a title or caption out to the table's width
    console.file.write("".join(line.rstrip() + "\n" for line in captured.get().removesuffix("\n").split("\n")))


PIPE_WIDTH = 120  # columns of the table written to a pipe or a file, unless COLUMNS says


def _console() -> Console:
    """A console for standard output: a terminal's own width; in a pipe or a file, where
    Rich would take 80 columns and wrap every Why, PIPE_WIDTH (or $COLUMNS)."""
    console = Console()
    if not console.is_terminal and not os.environ.get("COLUMNS", "").strip().isdigit():
        console = Console(width=PIPE_WIDTH)
    return console
