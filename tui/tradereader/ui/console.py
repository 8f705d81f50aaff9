"""Rich output for the command line: `tradereader entities` without `--json`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tradereader.date_words import readable_why, shown_value
from tradereader.model import Article, Mention
from tradereader.ui.mention_groups import EntityEntry
from tradereader.ui.widgets.entity_tree import KINDS, group_mentions


def entities_table(article: Article, mentions: Iterable[Mention]) -> Table:
    """A table grouped by kind (and actor subgroup): count, value, phrase, why. What comes
    from the article is Text, not markup: a title's `[/]` or `[b]` is printed as written."""
    table = Table(title=Text(article.title or article.id), title_justify="left", expand=False)
    groups = group_mentions(mentions)
    rows = [(f"{title} / {label}" if label else title, entry)
            for kind, title in KINDS for label, entries in groups.get(kind, [])
            for entry in entries]
    whys = {id(entry): why_of_phrase(entry) for _heading, entry in rows}
    table.add_column("Kind", max_width=_longest_word((heading for heading, _ in rows), 16))
    table.add_column("Count", justify="right")
    table.add_column("Value")
    table.add_column("Phrase")
    table.add_column("Why", overflow="fold")
    heading_before, kind_before = "", ""
    for heading, entry in rows:
        if entry.kind != kind_before and kind_before:
            table.add_section()
        shown = heading if heading != heading_before else ""
        value = shown_value(entry.value, entry.kind, entry.mentions[0].subtype)
        table.add_row(shown, str(len(entry.mentions)), Text(value),
                      Text(entry.surface), Text(whys[id(entry)]))
        heading_before, kind_before = heading, entry.kind
    return table


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


def print_entities(article: Article, mentions: Iterable[Mention], console: Console | None = None) -> None:
    """Print the entities of `article` as a readable table (or say there are none)."""
    console = console or Console()
    mentions = list(mentions)
    if not mentions:
        console.print(f"{article.title or article.id}: no actors, issues or dates found.",
                      markup=False, highlight=False)
        return
    console.print(entities_table(article, mentions))
