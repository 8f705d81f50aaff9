"""The Entities tree and the why panel say dates in words, and keep the TIMEX3 value."""

from __future__ import annotations

from tradereader.model import Mention
from tradereader.ui.mention_groups import group_mentions
from tradereader.ui.screens.reader import describe_mention
from tradereader.ui.widgets.entity_tree import entry_label

WEEK = Mention(10, 19, "last week", "date", "date", "2025-W31", "relative_unit")
CHINA = Mention(0, 5, "China", "actor", "country", "CHN", "lexicon country:China")


def test_a_date_entry_is_labelled_in_words_and_an_actor_by_its_value():
    groups = group_mentions([CHINA, WEEK])
    [(_label, [week])] = groups["date"]
    [(_label2, [china])] = groups["actor"]
    assert entry_label(week).plain == "  1 week 31 of 2025  last week"
    assert entry_label(china).plain.startswith("  1 CHN")


def test_a_date_said_in_the_words_of_its_phrase_is_not_said_twice():
    future = Mention(0, 10, "the future", "date", "date", "FUTURE_REF", "future")
    [(_label, [entry])] = group_mentions([future])["date"]
    assert entry_label(entry).plain == "  1 the future"


def test_the_why_panel_gives_the_value_and_the_rule_in_words():
    shown = describe_mention(WEEK)
    assert "date/date → 2025-W31 (week 31 of 2025)" in shown
    assert "why: date rule: this, last or next week, month, year… (relative_unit)" in shown
    assert describe_mention(CHINA).endswith("why: lexicon country:China")


def test_a_country_entry_is_named_by_the_country_not_the_word_the_article_uses_most():
    chinese = [Mention(at, at + 7, "Chinese", "actor", "country", "CHN", "lexicon demonym:Chinese")
               for at in (0, 20)]
    beijing = Mention(40, 47, "Beijing", "actor", "metonym", "CHN", "lexicon capital:Beijing")
    tokyo = Mention(60, 65, "Tokyo", "actor", "metonym", "JPN", "lexicon capital:Tokyo")
    negotiators = Mention(70, 81, "negotiators", "actor", "group", "negotiators", "lexicon group")
    labels = [entry_label(entry).plain for _label, entries in
              group_mentions([*chinese, beijing, tokyo, negotiators])["actor"] for entry in entries]
    assert "  3 CHN  China" in labels and "  1 JPN  Japan" in labels
    assert "  1 negotiators" in labels  # its phrase is its value: said once
