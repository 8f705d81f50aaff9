"""General readings of news dates: a set needs its amount in the same sentence, a season
inside a name or a crop is no date."""

from __future__ import annotations

import pytest

from tradereader.extract.dates import tag_dates

WEDNESDAY = "2025-03-26"


def found(text: str, published: str | None = WEDNESDAY) -> dict[str, tuple[str, str]]:
    return {m.text: (m.subtype, m.value) for m in tag_dates(text, published)}


@pytest.mark.parametrize("text, phrase, expected", [
    ("Exports rose 5 percent to $1.2 billion. A year later, the duties were lifted.",
     "A year later", ("duration", "P1Y")),  # no date before it to count from
    ("The accord was signed in 2019. A year later, the duties were lifted.",
     "A year later", ("date", "2020")),  # (`years_later`)
    ("Steel imports fell 12 percent. A month later, the quota was raised.", "A month",
     ("duration", "P1M")),
    ("Beijing bought 300,000 tonnes. A week later it cancelled the order.", "A week",
     ("duration", "P1W")),
])
def test_a_unit_after_an_amount_ending_a_sentence_is_no_set(text, phrase, expected):
    assert found(text)[phrase] == expected


def test_a_unit_after_an_amount_of_its_sentence_is_still_a_set():
    assert found("The levy will cost importers $40 million a year.")["a year"] == ("set", "P1Y")


@pytest.mark.parametrize("text, word", [
    ("Farmers planted more winter wheat than a year ago.", "winter"),
    ("Spring wheat sowings are behind schedule.", "Spring"),
    ("The protests echoed the Arab Spring uprisings.", "Spring"),
    ("Travel peaks before the Spring Festival holiday.", "Spring"),
    ("Ministers met on the sidelines of the Winter Olympics.", "Winter"),
    ("He spoke at the ``Summer of Trade'' forum in Tianjin.", "Summer"),
])
def test_a_season_naming_a_crop_or_inside_a_name_is_no_date(text, word):
    assert not any(word in phrase for phrase in found(text))


@pytest.mark.parametrize("text, phrase, value", [
    ("In Spring, exports fell sharply.", "Spring", "2025-SP"),
    ("The talks resumed in the Spring.", "the Spring", "2025-SP"),
    ("Shipments stalled in the spring planting season.", "the spring", "2025-SP"),
    ("Output fell in the Summer of 2019.", "the Summer of 2019", "2019-SU"),
])
def test_a_season_of_the_calendar_is_still_a_date(text, phrase, value):
    assert found(text)[phrase] == ("date", value)


@pytest.mark.parametrize("text, phrase", [
    ("In today's world, no economy can close its borders.", "today"),
    ("Those quotas are no longer today's reality.", "today"),
    ("Today's youth buy imported phones.", "Today"),
    ("It is hard to compete in today’s global economy.", "today"),
])
def test_today_of_an_age_is_the_present(text, phrase):
    assert found(text)[phrase] == ("date", "PRESENT_REF")


@pytest.mark.parametrize("text, phrase", [
    ("At today's cabinet meeting, the minister spoke.", "today"),
    ("He wrote in today's Washington Post.", "today"),
    ("Talks end today.", "today"),
])
def test_today_of_a_day_is_the_day_of_writing(text, phrase):
    assert found(text)[phrase] == ("date", WEDNESDAY)


FRIDAY = "2013-03-22"


@pytest.mark.parametrize("text, phrase, value", [
    ("The vote on the bailout was moved to Monday.", "Monday", "2013-03-25"),
    ("The hearing was delayed to Tuesday.", "Tuesday", "2013-03-26"),
    ("The ballot was pushed back to Monday.", "Monday", "2013-03-25"),
    ("The summit was brought forward to Wednesday.", "Wednesday", "2013-03-27"),
    ("The signing was rescheduled for Sunday.", "Sunday", "2013-03-24"),
])
def test_a_date_a_past_verb_moves_something_to_is_ahead(text, phrase, value):
    assert found(text, FRIDAY)[phrase] == ("date", value)


@pytest.mark.parametrize("text, phrase, value", [
    ("Shares fell back to Monday's lows.", "Monday", "2013-03-18"),
    ("The talks were moved to Geneva on Monday.", "Monday", "2013-03-18"),
])
def test_a_date_not_moved_to_keeps_the_past(text, phrase, value):
    assert found(text, FRIDAY)[phrase] == ("date", value)


@pytest.mark.parametrize("text, phrase", [
    ("Imports were 9.1 billion, against 8.2 billion in the year ago period.", "the year ago period"),
    ("Profit rose from the year earlier quarter.", "the year earlier quarter"),
])
def test_an_unhyphenated_year_ago_period_is_one_date_as_the_hyphenated(text, phrase):
    hyphenated = text.replace("year ago", "year-ago").replace("year earlier", "year-earlier")
    assert found(text)[phrase] == found(hyphenated)[phrase.replace("year ", "year-")]


@pytest.mark.parametrize("text", [
    "The two states will swap 100 mln dlrs' worth of goods a year.",
    "The quotas cost farmers $2 billion in exports a year.",
    "Tokyo promised to cut the surplus by ten per cent a year.",
])
def test_an_amount_of_some_goods_a_year_is_a_set(text):
    assert found(text)["a year"] == ("set", "P1Y")


def test_a_wage_an_hour_is_a_set():
    assert found("Average pay rose to 8.87 dlrs an hour in February.")["an hour"] == ("set", "PT1H")
    assert found("The talks lasted an hour.")["an hour"] == ("duration", "PT1H")


@pytest.mark.parametrize("text, phrase", [
    ("Steel shares fell 10 percent in one day.", "one day"),
    ("The peso lost 10 pct of its value in a day.", "a day"),
])
def test_an_amount_then_a_unit_after_in_is_a_duration(text, phrase):
    assert found(text)[phrase][0] == "duration"


SUNDAY = "1987-04-26"


@pytest.mark.parametrize("text", [
    "In his weekly radio address on Saturday, Reagan said he would press Tokyo.",
    "At a rally on Saturday, Reagan said he will veto the bill.",
])
def test_a_future_in_the_reported_clause_does_not_move_the_reporting_date(text):
    assert found(text, SUNDAY)["Saturday"] == ("date", "1987-04-25")


def test_a_future_in_the_dates_own_clause_still_counts():
    assert found("The talks on Monday will focus on rice, officials said.",
                 SUNDAY)["Monday"] == ("date", "1987-04-27")


MARCH_1987 = "1987-03-24"


@pytest.mark.parametrize("text, phrase, value", [
    ("Output rose in the January/March quarter.", "the January/March quarter", "1987-Q1"),
    ("Output fell in the October/December quarter.", "the October/December quarter", "1986-Q4"),
    ("The economy grew 3.4 pct in the June quarter.", "the June quarter", "1986-Q2"),
    ("Rates will stay high until the June quarter.", "the June quarter", "1987-Q2"),
    ("Exports slowed in the December quarter.", "the December quarter", "1986-Q4"),
])
def test_a_quarter_named_by_its_months_or_its_last_month(text, phrase, value):
    assert found(text, MARCH_1987)[phrase] == ("date", value)


def test_a_month_before_a_quarterly_report_is_still_a_month():
    assert found("The June quarterly report is due.", MARCH_1987)["June"][1] == "1987-06"


def test_a_quarter_named_by_its_months_after_current_is_one_date():
    text = "Output should rise in the current January/March quarter, the agency said."
    assert found(text, MARCH_1987)["the current January/March quarter"] == ("date", "1987-Q1")


MONDAY = "2025-03-24"


@pytest.mark.parametrize("text, value", [
    ("Talks in Brussels stalled this weekend.", "2025-W12-WE"),
    ("This weekend, the leaders agreed to a truce.", "2025-W12-WE"),
    ("Talks will resume this weekend.", "2025-W13-WE"),
    ("The summit this weekend is crucial.", "2025-W13-WE"),
])
def test_this_weekend_told_in_the_past_early_in_the_week_is_the_one_just_gone(text, value):
    phrase = "This weekend" if text.startswith("This") else "this weekend"
    assert found(text, MONDAY)[phrase] == ("date", value)


@pytest.mark.parametrize("text, phrase", [
    ("Tokyo was more open than it was 12 or 18 months ago.", "12 or 18 months ago"),
    ("The plant closed two or three years ago.", "two or three years ago"),
    ("The quota was cut a year or two ago.", "a year or two ago"),
])
def test_a_vague_count_ago_is_one_past_date(text, phrase):
    assert found(text)[phrase] == ("date", "PAST_REF")


def test_a_count_ago_keeps_its_date():
    assert found("The plant closed two years ago.")["two years ago"] == ("date", "2023")


@pytest.mark.parametrize("text, phrase, value", [
    ("a two-and-a-half-year transition for fishing", "two-and-a-half-year", "P2Y6M"),
    ("after a one-and-a-half-hour meeting", "one-and-a-half-hour", "PT1H30M"),
])
def test_an_amount_and_a_half_written_with_hyphens_is_one_duration(text, phrase, value):
    assert found(text)[phrase] == ("duration", value)


@pytest.mark.parametrize("text, expected", [
    ("It gives Washington leverage in future talks.", None),
    ("The deal sets terms in future negotiations.", None),
    ("In future, exporters will need a licence.", "FUTURE_REF"),
    ("In future the rules will change.", "FUTURE_REF"),
])
def test_in_future_before_a_plural_noun_is_an_adjective_not_a_date(text, expected):
    assert found(text).get("future", (None, None))[1] == expected


@pytest.mark.parametrize("text, phrase, value", [
    ("after a quarter-century of talks", "quarter-century", "P25Y"),
    ("for a quarter of a century", "a quarter of a century", "P25Y"),
])
def test_a_quarter_century_is_twenty_five_years(text, phrase, value):
    assert found(text)[phrase] == ("duration", value)


def test_a_second_day_before_a_verb_is_a_date_too():
    dates = found("The summit on November 16 and 17 had to be abandoned.")
    assert dates["November 16"][1] == "2024-11-16" and dates["17"][1] == "2024-11-17"
