"""The date rules' narrowing table shipped with the package (`dates_narrow_data`) is the
one `dates_narrow_build` makes from the rules as they are, and a rule changed since is
worked out afresh rather than read from it."""

from __future__ import annotations

import pytest

from tradereader.extract import dates_narrow, dates_narrow_data
from tradereader.extract.dates_grammar import grammar_for
from tradereader.extract.dates_narrow import LOOK_AHEAD, lowered_pattern
from tradereader.extract.dates_narrow_build import DATA_PATH, source
from tradereader.extract.regex_prefix import next_characters


def test_the_shipped_table_is_current():
    assert DATA_PATH.read_text(encoding="utf-8") == source(), (
        "the date rules changed: run `python -m tradereader.extract.dates_narrow_build` "
        "and commit tui/tradereader/extract/dates_narrow_data.py")


def test_the_shipped_table_covers_the_words_that_open_many_rules():
    for opener in ("the", "a", "last", "early", "end", "january", "this", "0", "7"):
        names = dates_narrow.rules_opening_with(dates_narrow.rules_key(opener))
        assert set(dates_narrow_data.PLACES[opener]) == set(names)


def test_shipped_places_are_what_the_patterns_give():
    for opener in ("the", "last", "mid"):
        for name, places in dates_narrow_data.PLACES[opener].items():
            assert dates_narrow._places(opener, name) == places
            assert places == next_characters(lowered_pattern(name), opener, LOOK_AHEAD)


def test_a_rule_changed_since_the_table_was_made_is_worked_out_afresh(monkeypatch):
    shipped = dates_narrow_data.PLACES["the"]["quarter"]
    wrong = ((" ", ""), ("x", ""), ("x", ""), ("x", ""))  # what a stale table might hold
    monkeypatch.setitem(dates_narrow_data.PLACES["the"], "quarter", wrong)
    dates_narrow._shipped_is_current.cache_clear()
    assert dates_narrow._places("the", "quarter") == wrong  # taken as shipped while current
    monkeypatch.setitem(dates_narrow_data.RULES, "quarter", 0)
    dates_narrow._shipped_is_current.cache_clear()
    try:
        assert dates_narrow._places("the", "quarter") == shipped
    finally:
        dates_narrow._shipped_is_current.cache_clear()


def test_a_narrowed_table_keeps_the_rules_a_phrase_needs():
    table = dates_narrow.NarrowedRules("the")
    kept = [name for name, _pattern in table[" fir"]]
    assert "quarter" in kept and "date_dmy" not in kept  # `the 3rd of May` starts `the [0-9]`
    assert table[" xyz"] == ()
    assert [name for name, rule in table[" fir"] if rule.match("the first quarter")]


@pytest.mark.parametrize("phrase", [
    "3 march 1987", "15 days ago", "10 a.m. today", "2nd quarter", "12/3/87 talks",
    "1987-03-04", "4 pct rise", "30 years", "1 1/2 years", "5 pm", "9th of may", "7-day",
])
def test_a_digit_narrowed_finds_what_the_number_alternation_finds(phrase):
    table = dates_narrow.word_rules(phrase[0])
    assert isinstance(table, dates_narrow.NarrowedRules)
    whole = grammar_for(phrase[0]).match(phrase)
    found = None
    for name, rule in table[phrase[1:1 + LOOK_AHEAD]]:
        match = rule.match(phrase)
        if match is not None:
            found = (name, match.end())
            break
    assert found == (None if whole is None else (whole.lastgroup, whole.end()))


def test_a_year_keeps_its_alternation():
    assert dates_narrow.word_rules("1987") is None
