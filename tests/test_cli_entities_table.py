"""`tradereader entities` without --json: what the table's Why column says, and how it wraps."""

from __future__ import annotations

from rich.console import Console

from tradereader.model import Article, Mention
from tradereader.ui.console import entities_table

ARTICLE = Article(id="a1", title="Talks", text="", source="test")


def issue(start: int, text: str, why: str) -> Mention:
    return Mention(start, start + len(text), text, "issue", "topic", "trade dispute", why)


def rendered(mentions: list[Mention], width: int) -> str:
    console = Console(width=width, record=True, color_system=None)
    console.print(entities_table(ARTICLE, mentions))
    return console.export_text()


def test_why_is_that_of_the_phrase_shown_not_of_the_first_mention() -> None:
    mentions = [issue(0, "trade war", "lexicon topic:trade war"),
                issue(40, "tensions", "lexicon topic:tensions"),
                issue(80, "tensions", "lexicon topic:tensions")]
    lines = rendered(mentions, 120).splitlines()
    [row] = [line for line in lines if "trade dispute" in line]
    assert row.split("│")[4].split() == ["tensions,", "trade", "war"]  # the commonest first
    assert "topic: tensions" in row.split("│")[5] and "trade war" not in row.split("│")[5]


def test_the_phrase_column_lists_every_form_once_commonest_first() -> None:
    mentions = [Mention(0, 5, "China", "actor", "country", "CHN", "lexicon country:China"),
                Mention(10, 17, "Beijing", "actor", "metonym", "CHN", "lexicon capital:Beijing"),
                Mention(20, 25, "China", "actor", "country", "CHN", "lexicon country:China"),
                Mention(30, 35, "CHINA", "actor", "country", "CHN", "lexicon country:China")]
    [row] = [line for line in rendered(mentions, 120).splitlines() if "CHN" in line]
    assert row.split("│")[4].strip() == "China, Beijing"


def column_words(text: str, columns: int, column: int = -2) -> list[str]:
    """The words of one column (by default Why, the last) of a table with `columns`
    columns, top to bottom."""
    lines = [line for line in text.splitlines() if line.count("│") == columns + 1]
    return " ".join(line.split("│")[column] for line in lines).split()


def test_a_narrow_why_column_wraps_between_words() -> None:
    mention = Mention(0, 11, "negotiators", "actor", "group", "negotiators",
                      "lexicon group:negotiators")
    for width, columns in ((60, 4), (80, 5), (84, 5)):
        words = column_words(rendered([mention], width), columns)
        assert words == ["lexicon", "group:", "negotiators"], (width, words)


def test_below_80_columns_each_kind_heading_has_a_row_of_its_own() -> None:
    mentions = [Mention(0, 11, "negotiators", "actor", "group", "negotiators",
                        "lexicon group:negotiators"),
                Mention(20, 34, "administration", "actor", "government", "US executive",
                        "rule named administration"),
                issue(40, "tensions", "lexicon topic:tensions")]
    narrow, wide = rendered(mentions, 60), rendered(mentions, 100)
    assert "Kind" in wide and "Kind" not in narrow
    assert " ".join(column_words(narrow, 4, column=2)) == (
        "Actors / Governments US executive Actors / Groups negotiators Issues trade dispute")
    assert "…" not in narrow  # no value, phrase or why cut short
    assert column_words(narrow, 4) == ("rule named administration lexicon group: negotiators "
                                    "lexicon topic: tensions").split()


def test_a_date_row_gives_the_value_with_its_words():
    week = Mention(0, 9, "last week", "date", "date", "2025-W31", "relative_unit")
    lines = rendered([week], 160).splitlines()
    [row] = [line for line in lines if "last week" in line]
    assert "2025-W31 (week 31 of 2025)" in row
    assert "date rule: this, last or next week, month, year… (relative_unit)" in row


def test_the_table_says_which_publication_date_the_dates_were_resolved_against():
    week = Mention(0, 9, "last week", "date", "date", "2025-W31", "relative_unit")
    dated = Console(width=120, record=True, color_system=None)
    dated.print(entities_table(ARTICLE, [week], published="2025-08-06"))
    assert "dates resolved against the publication date, 6 August 2025" in dated.export_text()
    assert "no publication date" in rendered([week], 120)  # ARTICLE has none


def test_a_weekday_with_a_part_of_the_day_and_no_year_reads_as_that_day():
    morning = Mention(0, 15, "Tuesday morning", "date", "time", "XXXX-WXX-2TMO", "weekday")
    assert "XXXX-WXX-2TMO (a Tuesday, morning)" in rendered([morning], 160)


def test_in_a_pipe_each_line_of_the_table_ends_without_spaces_and_stays_one_line():
    import io

    from tradereader.ui.console import print_entities

    out = io.StringIO()
    article = Article(id="a1", title="Talks\u2028on tariffs", text="", source="test")
    print_entities(article, [issue(0, "tariffs", "lexicon topic:tariffs")],
                   Console(file=out, width=100, color_system=None))
    lines = out.getvalue().split("\n")
    assert lines[0] == "Talks\u2028on tariffs"  # a line separator in the title is no line end
    assert lines[-1] == "" and all(line == line.rstrip() for line in lines)
