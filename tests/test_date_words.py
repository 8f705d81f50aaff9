"""Dates in words for the sidebar and the table: TIMEX3 values and date rules."""

from __future__ import annotations

import pytest

from tradereader.date_words import DATE_RULES, describe_date, readable_why, shown_value
from tradereader.extract.dates_grammar import RULES


@pytest.mark.parametrize("value, subtype, words", [
    ("2019-06-01", "date", "1 June 2019"),
    ("2019-06", "date", "June 2019"),
    ("2019", "date", "2019"),
    ("199", "date", "the 1990s"),
    ("2019-Q3", "date", "Q3 2019"),
    ("2019-H1", "date", "first half of 2019"),
    ("2025-W31", "date", "week 31 of 2025"),
    ("2025-W31-WE", "date", "the weekend of week 31 of 2025"),
    ("2019-SU", "date", "summer 2019"),
    ("FY2019", "date", "fiscal year 2019"),
    ("XXXX-12-15", "date", "15 December, year not known"),
    ("XXXX-WXX-4", "date", "a Thursday"),
    ("XXXX-WXX-2TMO", "time", "a Tuesday, morning"),
    ("XXXX-Q1", "date", "Q1, year not known"),
    ("1998-08-07TNI", "time", "7 August 1998, night"),
    ("2000-01-05T10:35", "time", "5 January 2000, 10:35"),
    ("PAST_REF", "date", "the past"),
    ("FUTURE_REF", "date", "the future"),
    ("THIS_WEEK", "date", "the week of writing"),
    ("P3Y", "duration", "3 years"),
    ("P1D", "duration", "1 day"),
    ("PXM", "duration", "months"),
    ("PT5H", "duration", "5 hours"),
    ("PT1H30M", "duration", "1 hour 30 minutes"),
    ("P2Y6M", "duration", "2 years 6 months"),
    ("P2DE", "duration", "2 decades"),
    ("P1W", "set", "every week"),
    ("P1Q", "set", "every quarter"),
])
def test_a_timex_value_in_words(value, subtype, words):
    assert describe_date(value, subtype) == words


def test_a_value_with_no_words_stays_as_it_is():
    assert describe_date("2019-XX-XX") == "2019-XX-XX"


def test_every_date_rule_has_words():
    assert {name for name, _pattern in RULES} <= set(DATE_RULES)


def test_a_date_rule_in_words_keeps_its_name_and_other_whys_stay():
    assert readable_why("relative_unit", "date") == (
        "date rule: this, last or next week, month, year… (relative_unit)")
    assert readable_why("lexicon country:China", "actor") == "lexicon country:China"


def test_a_shown_value_adds_words_to_a_date_only():
    assert shown_value("2025-W31", "date") == "2025-W31 (week 31 of 2025)"
    assert shown_value("2019", "date") == "2019"
    assert shown_value("CHN", "actor", "country") == "CHN"


def test_a_value_shown_with_its_words_has_no_brackets_inside_brackets():
    assert shown_value("XXXX-05", "date") == "XXXX-05 (May, year not known)"
