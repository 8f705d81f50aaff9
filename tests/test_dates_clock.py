"""A clock time before its day, and clauses read past clock times and abbreviations."""

from __future__ import annotations

import pytest

from tradereader.extract.dates import tag_dates

WEDNESDAY = "2019-05-15"


def values(text: str, published: str | None = WEDNESDAY) -> dict[str, str]:
    return {m.text: m.value for m in tag_dates(text, published)}


@pytest.mark.parametrize("text, clock, value", [
    ("The deadline expires at midnight on Monday, officials said.", "midnight",
     "2019-05-20T24:00"),
    ("Trading halted at 12:00 (10:00 GMT) on Thursday.", "12:00", "2019-05-09T12:00"),
    ("At 9 p.m., on Friday, the talks broke up.", "9 p.m.", "2019-05-10T21:00"),
    ("Talks began at noon on March 3 in Geneva.", "noon", "2019-03-03T12:00"),
])
def test_a_clock_time_before_its_day_is_on_that_day(text, clock, value):
    assert values(text)[clock] == value


def test_a_clock_time_alone_is_on_the_day_of_writing():
    assert values("The market closed at 4 p.m. with losses.")["4 p.m."] == "2019-05-15T16:00"


def test_a_duration_before_a_day_keeps_its_value():
    assert values("She spoke for more than four hours Friday.")["more than four hours"] == "PT4H"


def test_the_verb_before_a_clock_time_sets_the_days_tense():
    assert values("The talks will resume at 10 a.m. on Thursday.")["Thursday"] == "2019-05-16"
    assert values("The ministers met at 10 a.m. on Thursday.")["Thursday"] == "2019-05-09"


def test_the_verb_after_an_abbreviation_still_sets_the_tense():
    assert values("The U.S. delegation will arrive on Thursday.")["Thursday"] == "2019-05-16"


def test_next_to_is_a_place_not_a_time():
    text = "A bomb exploded next to the U.S. embassy in Nairobi, Kenya, on Friday."
    assert values(text)["Friday"] == "2019-05-10"


@pytest.mark.parametrize("text, expected", [
    ("It took effect at 12:01 a.m. Washington time (0401 GMT).", ("12:01 a.m. Washington time", "2018-07-06T00:01")),
    ("Tariffs rose at 12:01 a.m. Eastern time on Friday.", ("12:01 a.m. Eastern time", "2018-07-06T00:01")),
])
def test_a_clock_time_keeps_the_city_or_zone_whose_time_it_is(text, expected):
    assert expected in [(m.text, m.value) for m in tag_dates(text, "2018-07-06")]
