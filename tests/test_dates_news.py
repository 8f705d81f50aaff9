"""The date tagger on present-day news phrasing and the tense of bare dates: small
sentences written for these tests."""

from __future__ import annotations

import pytest

from tradereader.extract.dates import tag_dates


def found(text: str, published: str | None = "1987-03-15"):  # a Sunday, first quarter
    return [(m.text, m.subtype, m.value) for m in tag_dates(text, published)]


@pytest.mark.parametrize("text", [
    "The ministers met Thursday and agreed to cut tariffs next month.",
    "On Thursday, the ministers agreed to cut tariffs next month.",
    "The pact, signed Thursday, will take effect next month.",
    "The ministers agreed on Thursday to meet again, and talks will resume.",
])
def test_a_weekday_with_a_past_verb_of_its_own_is_in_the_past(text):
    assert found(text)[0] == ("Thursday", "date", "1987-03-12")


@pytest.mark.parametrize("text", [
    "The ministers will meet Thursday in Geneva.",
    "The pact will be signed Thursday in Geneva.",
    "The pact is to be signed Thursday in Geneva.",
])
def test_a_weekday_with_a_future_verb_of_its_own_is_ahead(text):
    assert found(text) == [("Thursday", "date", "1987-03-19")]


def test_a_past_cue_elsewhere_in_the_clause_does_not_move_a_near_quarter_or_month_back():
    assert found("Officials said the surplus in the second quarter was large.") == [
        ("the second quarter", "date", "1987-Q2")]
    assert found("The surplus was large, and by the end of June it had shrunk, they said.") == [
        ("the end of June", "date", "1987-06")]


def test_a_quarter_or_month_further_ahead_than_behind_stays_in_the_past():
    assert found("Exports rose sharply in the fourth quarter, officials said.") == [
        ("the fourth quarter", "date", "1986-Q4")]
    assert found("Exports were weak in November, officials said.") == [
        ("November", "date", "1986-11")]
