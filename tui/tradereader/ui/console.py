"""Rich output for the command line: `tradereader entities` without `--json`."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tradereader.model import Article, Mention
from tradereader.ui.widgets.entity_tree import KINDS, group_mentions


def entities_table(article: Article, mentions: Iterable[Mention]) -> Table:
    """A table grouped by kind (and actor subgroup): count, value, phrase, why. What comes
    from the article is Text, not markup: a title's `[/]` or `[b]` is printed as written."""
    table = Table(title=Text(article.title or article.id), title_justify="left", expand=False)
    table.add_column("Kind")
    table.add_column("Count", justify="right")
    table.add_column("Value")
    table.add_column("Phrase")
    table.add_column("Why", overflow="fold")
    groups = group_mentions(mentions)
    for kind, title in KINDS:
        for label, entries in groups.get(kind, []):
            heading = f"{title} / {label}" if label else title
            for entry in entries:
                why = entry.mentions[0].why
                table.add_row(heading, str(len(entry.mentions)), Text(entry.value),
                              Text(entry.surface), Text(why))
                heading = ""
        table.add_section()
    return table


def print_entities(article: Article, mentions: Iterable[Mention], console: Console | None = None) -> None:
    """Print the entities of `article` as a readable table (or say there are none)."""
    console = console or Console()
    mentions = list(mentions)
    if not mentions:
        console.print(f"{article.title or article.id}: no actors, issues or dates found.",
                      markup=False, highlight=False)
        return
    console.print(entities_table(article, mentions))
