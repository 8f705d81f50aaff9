"""The date tagger: one small sentence per rule, with and without a publication date."""

from __future__ import annotations

import pytest

from tradereader.extract.dates import tag_dates

PUBLISHED = "2025-03-26"  # a Wednesday, ISO week 13


def only(text: str, published: str | None = PUBLISHED):
    """The single date mention in `text` as (span text, subtype, value)."""
    mentions = tag_dates(text, published)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert text[mention.start:mention.end] == mention.text
    assert mention.kind == "date"
    return mention.text, mention.subtype, mention.value


@pytest.mark.parametrize(("text", "expected"), [
    ("The pact was signed on March 24, 1987 in Geneva.", ("March 24, 1987", "date", "1987-03-24")),
    ("Talks opened on 24 March 2025 in Geneva.", ("24 March 2025", "date", "2025-03-24")),
    ("The notice is dated 3/24/87 and filed.", ("3/24/87", "date", "1987-03-24")),
    ("Exports fell sharply in 2020 as ports closed.", ("2020", "date", "2020")),
    ("Tariffs rose throughout the 1990s in the region.", ("the 1990s", "date", "199")),
    ("Output peaked in mid-1987 and then slid.", ("mid-1987", "date", "1987")),
    ("Shipments resumed in January 1988 after the strike.", ("January 1988", "date", "1988-01")),
    ("Profit fell in first-quarter 1987 at the mill.", ("first-quarter 1987", "date", "1987-Q1")),
    ("Imports rose in Q3 2024 at a fast pace.", ("Q3 2024", "date", "2024-Q3")),
    ("Sales fell in the same 1986 period at the firm.", ("the same 1986 period", "date", "1986")),
    ("Sales rose in fiscal 1989 at the firm.", ("fiscal 1989", "date", "1989")),
    ("Costs rose in the first half of 2024 at the plant.", ("the first half of 2024", "date",
                                                           "2024-H1")),
    ("The treaty dates from the winter of 1946 in Paris.", ("the winter of 1946", "date",
                                                            "1946-WI")),
])
def test_absolute_dates_keep_their_value_with_or_without_publication(text, expected):
    assert only(text) == expected
    assert only(text, None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Negotiators meet this week in Geneva.", ("this week", "date", "2025-W13")),
    ("Negotiators met last week in Geneva.", ("last week", "date", "2025-W12")),
    ("Negotiators meet next week in Geneva.", ("next week", "date", "2025-W14")),
    ("Exports fell this month at the port.", ("this month", "date", "2025-03")),
    ("Exports fell last month at the port.", ("last month", "date", "2025-02")),
    ("Exports will rise next year, the ministry said.", ("next year", "date", "2026")),
    ("Exports fell last year at the port.", ("last year", "date", "2024")),
    ("A deal could come later in the year, he said.", ("later in the year", "date", "2025")),
    ("Prices rose earlier this month at the port.", ("earlier this month", "date", "2025-03")),
    ("Profit will rise in the third quarter at the mill.", ("the third quarter", "date",
                                                            "2025-Q3")),
    ("Profit fell in the third quarter at the mill.", ("the third quarter", "date", "2024-Q3")),
    ("Profit fell in the fourth quarter at the mill.", ("the fourth quarter", "date", "2024-Q4")),
    ("The minister spoke today in Geneva.", ("today", "date", "2025-03-26")),
    ("The minister spoke yesterday in Geneva.", ("yesterday", "date", "2025-03-25")),
    ("The minister will speak tomorrow in Geneva.", ("tomorrow", "date", "2025-03-27")),
    ("The minister spoke this morning in Geneva.", ("this morning", "time", "2025-03-26TMO")),
    ("The minister will speak tonight in Geneva.", ("tonight", "date", "2025-03-26")),
    ("Talks broke down three days ago in Geneva.", ("three days ago", "date", "2025-03-23")),
    ("Talks broke down two years ago in Geneva.", ("two years ago", "date", "2023")),
    ("Exports fell in the same month last year at the port.",
     ("the same month last year", "date", "2024-03")),
    ("Exports rose last summer at the port.", ("last summer", "date", "2024-SU")),
    ("Talks resume in the spring of 2026 in Geneva.", ("the spring of 2026", "date", "2026-SP")),
])
def test_relative_dates_resolve_against_the_publication_date(text, expected):
    assert only(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Negotiators meet this week in Geneva.", ("this week", "date", "THIS_WEEK")),
    ("Exports fell this month at the port.", ("this month", "date", "THIS_MONTH")),
    ("A deal could come later in the year, he said.", ("later in the year", "date",
                                                        "THIS_YEAR")),
    ("The minister spoke today in Geneva.", ("today", "date", "THIS_DAY")),
    ("Exports fell last year at the port.", ("last year", "date", "PAST_REF")),
    ("Exports will rise next year, he said.", ("next year", "date", "FUTURE_REF")),
    ("Talks broke down three days ago in Geneva.", ("three days ago", "date", "PAST_REF")),
    ("Talks resume on Friday in Geneva.", ("Friday", "date", "XXXX-WXX-5")),
    ("Talks resumed in March in Geneva.", ("March", "date", "XXXX-03")),
])
def test_without_publication_date_relative_expressions_stay_relative(text, expected):
    assert only(text, None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tariffs rose in recent years on steel.", ("recent years", "date", "PAST_REF")),
    ("Ties have been strained recently, he said.", ("recently", "date", "PAST_REF")),
    ("Tariffs had previously hurt farmers.", ("previously", "date", "PAST_REF")),
    ("Tariffs now cover steel and aluminium.", ("now", "date", "PRESENT_REF")),
    ("Tariffs currently cover steel.", ("currently", "date", "PRESENT_REF")),
    ("Nobody knows what the future holds for steel.", ("the future", "date", "FUTURE_REF")),
    ("A deal is unlikely in the short term, he said.", ("the short term", "date",
                                                       "FUTURE_REF")),
])
def test_vague_references(text, expected):
    assert only(text) == expected
    assert only(text, None) == expected


@pytest.mark.parametrize("text", [
    "The long-term outlook for steel is weak.",
    "So far the talks have gone well.",
    "The upcoming talks will cover steel.",
    "The annual meeting will cover steel.",
    "The current account deficit widened sharply.",
    "Officials may meet the ministers again.",
    "Prices could fall further if demand weakens.",
    "Exports of 1987 tonnes of wheat were shipped.",
    "The company paid $1990 for the licence.",
])
def test_not_dates(text):
    assert tag_dates(text, PUBLISHED) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The truce has held for two years without a break.", ("two years", "duration", "P2Y")),
    ("Importers have 90 days to comply.", ("90 days", "duration", "P90D")),
    ("The review will take two to three years to finish.", ("two to three years", "duration",
                                                            "PXY")),
    ("The dispute dragged on for several months before a ruling.", ("several months",
                                                                   "duration", "PXM")),
    ("Ministers met for five hours on steel.", ("five hours", "duration", "PT5H")),
    ("Rates rose over the past two months on steel.", ("the past two months", "duration",
                                                       "P2M")),
    ("They signed a two-year pact on steel.", ("two-year", "duration", "P2Y")),
    ("The mill ran for a decade on imported ore.", ("a decade", "duration", "P10Y")),
])
def test_durations(text, expected):
    assert only(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials review the quotas every month in Geneva.", ("every month", "set", "P1M")),
    ("The agency publishes prices annually, he said.", ("annually", "set", "P1Y")),
    ("The deal adds $5 billion a year in purchases.", ("a year", "set", "P1Y")),
    ("The panel meets each Thursday in Geneva.", ("each Thursday", "set", "XXXX-WXX-4")),
    ("The committee meets twice a year in Geneva.", ("twice a year", "set", "P1Y")),
])
def test_sets(text, expected):
    assert only(text) == expected


def test_weekday_prefers_the_past_unless_the_verb_is_future():
    assert only("The minister spoke on Monday in Geneva.") == ("Monday", "date", "2025-03-24")
    assert only("The minister will speak on Monday in Geneva.") == ("Monday", "date",
                                                                     "2025-03-31")
    assert only("The minister spoke on Wednesday in Geneva.") == ("Wednesday", "date",
                                                                   "2025-03-26")


def test_month_without_year_resolves_to_the_nearest_past_preferred():
    assert only("Exports fell in February at the port.") == ("February", "date", "2025-02")
    assert only("Exports fell in October at the port.") == ("October", "date", "2024-10")
    assert only("Exports will rise in April at the port.") == ("April", "date", "2025-04")
    assert only("The rights expire April 2 under the plan.") == ("April 2", "date",
                                                                 "2025-04-02")
    assert only("The rights expired Feb 26 under the plan.") == ("Feb 26", "date",
                                                                 "2025-02-26")


def test_a_year_before_a_named_deal_and_an_election_is_its_own_date():
    text = "Purchases under the 2020 Phase One deal lag before the 2026 midterm elections."
    assert [(m.text, m.value) for m in tag_dates(text)] == [("2020", "2020"), ("2026", "2026")]


def test_dates_broken_across_lines_and_offsets_index_the_text():
    text = "The pact,\nsigned on March\n24, 1987, expires\nlater in the\nyear."
    mentions = tag_dates(text, "1987-06-01")
    assert [(m.text, m.value) for m in mentions] == [
        ("March\n24, 1987", "1987-03-24"), ("later in the\nyear", "1987")]
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text


def test_why_names_the_rule_and_mentions_come_in_reading_order():
    text = "Yesterday, officials said tariffs rose 20 pct in 2024 and will rise next year."
    mentions = tag_dates(text, PUBLISHED)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(m.why for m in mentions)
    assert [m.text for m in mentions] == ["Yesterday", "2024", "next year"]


def test_seed_article_dates(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    found = {m.text: m.value for m in tag_dates(text)}
    assert found["this week"] == "THIS_WEEK"
    assert found["recent years"] == "PAST_REF"
    assert found["2020"] == "2020"
    assert found["2026"] == "2026"
    assert found["the short term"] == "FUTURE_REF"
    assert found["later in the year"] == "THIS_YEAR"
    assert found["the future"] == "FUTURE_REF"
    dated = {m.text: m.value for m in tag_dates(text, "2025-03-26")}
    assert dated["this week"] == "2025-W13"
    assert dated["later in the year"] == "2025"


def test_empty_and_dateless_text():
    assert tag_dates("") == []
    assert tag_dates("Officials met negotiators in Geneva.", PUBLISHED) == []


def test_a_bad_publication_date_is_treated_as_unknown():
    assert only("Negotiators meet this week in Geneva.", "not a date") == (
        "this week", "date", "THIS_WEEK")


def test_publication_date_may_be_a_date_or_a_timestamp():
    from datetime import date, datetime

    text = "Negotiators met last week in Geneva."
    assert only(text, date(2025, 3, 26))[2] == "2025-W12"
    assert only(text, datetime(2025, 3, 26, 17, 30))[2] == "2025-W12"
    assert only(text, "2025-03-26T17:30:00Z")[2] == "2025-W12"


@pytest.mark.parametrize(("text", "expected"), [
    ("The firm posted a third-quarter loss on steel.", ("third-quarter", "date", "2024-Q3")),
    ("It signed the two-year pact on steel.", ("two-year", "duration", "P2Y")),
    ("Profit fell from the year-ago level on steel.", ("year-ago", "date", "2024")),
])
def test_hyphenated_adjective_dates_leave_the_article_out(text, expected):
    assert only(text) == expected


def test_results_news_quarters_resolve_to_the_quarter_just_reported():
    text = "Net income rose 20 pct in the quarter to 5 mln dlrs from 4 mln dlrs a year earlier."
    assert [(m.text, m.value) for m in tag_dates(text, "1987-10-20")] == [
        ("the quarter", "1987-Q3"), ("a year earlier", "1986-Q3")]


def test_approximate_durations_and_ranges():
    assert only("Exports fell for nearly two years in a row.") == ("nearly two years",
                                                                  "duration", "P2Y")
    assert only("Exports fell for about two years in a row.") == ("two years", "duration",
                                                                 "P2Y")
    assert only("It lasted a year and a half, he said.") == ("a year and a half", "duration",
                                                             "P1Y6M")
    assert only("It lasted twenty-four hours, he said.") == ("twenty-four hours", "duration",
                                                             "PT24H")


def test_the_past_unit_and_a_half_is_one_span_of_a_unit_and_a_half():
    assert only("Exports rose over the past year and a half, he said.") == (
        "the past year and a half", "duration", "P1Y6M")
    assert only("In the last month and a half prices fell.") == (
        "the last month and a half", "duration", "P1M15D")
    assert only("Output will grow over the next decade and a half.") == (
        "the next decade and a half", "duration", "P15Y")
    assert only("The past year was hard.")[:2] == ("The past year", "date")  # no half: as before


def test_ages_are_not_durations():
    assert tag_dates("The minister, 52 years old, resigned.", PUBLISHED) == []


def test_year_ranges_give_two_dates():
    text = "Output fell in 2009-2010 at the mill."
    assert [(m.text, m.value) for m in tag_dates(text)] == [("2009", "2009"), ("2010", "2010")]


def test_clock_times_take_their_day():
    assert only("Talks resumed at 10:30 a.m. EST Thursday in Geneva.") == (
        "10:30 a.m. EST Thursday", "time", "2025-03-20T10:30")
    assert only("Talks will resume at 10:30 a.m. EST Thursday in Geneva.") == (
        "10:30 a.m. EST Thursday", "time", "2025-03-27T10:30")
    assert only("Talks resumed at 10:30 a.m. EST Thursday in Geneva.", None) == (
        "10:30 a.m. EST Thursday", "time", "XXXX-WXX-4T10:30")


def test_import_compiles_nothing():
    import subprocess
    import sys

    code = ("import tradereader.extract.dates as d, tradereader.extract.dates_grammar as g;"
            "print(g._combined.cache_info().currsize, g.triggers.cache_info().currsize)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["0", "0"]


def test_wire_copy_line_breaks_inside_phrases():
    text = "Exports were 4.25 billion a\nyear ago and will rise in the third\nquarter."
    assert [(m.text, m.value) for m in tag_dates(text, "1987-03-15")] == [
        ("a\nyear ago", "1986"), ("the third\nquarter", "1987-Q3")]
    assert only("It signed a two-\nyear pact on steel.") == ("two-\nyear", "duration", "P2Y")


def test_every_rule_has_openers_and_a_handler():
    from tradereader.extract.dates_grammar import OPENERS, RULES
    from tradereader.extract.dates_rules import HANDLERS

    names = {name for name, _ in RULES}
    assert names == set(OPENERS) == set(HANDLERS)


def test_quarter_codes_and_halves_without_a_year_take_the_publication_year():
    assert only("Imports rose in Q1 at a fast pace.") == ("Q1", "date", "2025-Q1")
    assert only("Imports rose in Q1 at a fast pace.", None) == ("Q1", "date", "XXXX-Q1")
    assert only("Costs will fall in the second half, he said.") == ("the second half", "date",
                                                                     "2025-H2")


def test_clock_times_need_a_number_and_half_an_hour_is_a_duration():
    assert only("Trading closes at 5pm in London.") == ("5pm", "time", "2025-03-26T17:00")
    assert tag_dates("I am sure the pm agrees.", PUBLISHED) == []
    assert only("They met for half an hour in Geneva.") == ("half an hour", "duration",
                                                             "PT30M")


def test_the_quarter_is_the_reported_one_only_in_the_reporting_season():
    text = "Profit rose in the quarter, the company said."
    assert only(text, "1987-10-20")[2] == "1987-Q3"
    assert only(text, "1987-12-10")[2] == "1987-Q4"


def test_after_the_reporting_season_the_quarter_is_the_latest_earlier_one_named():
    text = ("Output rose 1.1 pct in the fourth quarter of 1986, after rising 0.2 pct in the "
            "third quarter and falling 1.1 pct a year earlier. Exports led growth in the "
            "quarter, and the first quarter will be weaker.")
    assert [(m.text, m.value) for m in tag_dates(text, "1987-03-19")] == [
        ("the fourth quarter of 1986", "1986-Q4"), ("the third quarter", "1986-Q3"),
        ("a year earlier", "1985-Q4"), ("the quarter", "1986-Q4"),
        ("the first quarter", "1987-Q1")]


def test_in_the_reporting_season_the_quarter_just_completed_wins_over_one_named():
    text = "Sales in the second quarter rose. Profit rose in the quarter, the company said."
    assert [m.value for m in tag_dates(text, "1987-10-20")] == ["1987-Q2", "1987-Q3"]


def test_lowering_a_rule_keeps_the_case_of_its_escapes():
    import re

    from tradereader.extract.dates_grammar import _lower_pattern

    assert _lower_pattern(r"Week\S*\s(?-i:Q)\\D") == r"week\S*\s(?:q)\\d"
    pattern = _lower_pattern(r"A\S+")
    assert re.fullmatch(pattern, "a-b") and not re.fullmatch(pattern, "a b")


def test_a_capitalised_date_word_quoted_alone_is_a_name():
    assert tag_dates('The newspaper "Today" said so.', "1987-03-02") == []
    assert tag_dates("The show “Tomorrow” aired.", "1987-03-02") == []
    assert [m.text for m in tag_dates('"Today, we agreed," he said.', "1987-03-02")] == ["Today"]
    assert [m.text for m in tag_dates('He said "today".', "1987-03-02")] == ["today"]


def test_current_meaning_up_to_date_is_no_date():
    assert tag_dates("Peru was current on interest payments.", "1987-03-15") == []
    assert tag_dates("Brazil is current with its debt service.", "1987-03-15") == []
    assert [m.value for m in tag_dates("Current talks resumed.", "1987-03-15")] == ["PRESENT_REF"]


def test_a_bare_later_quarter_follows_the_year_its_sentence_named():
    text = ("He predicts output will grow slowly in the first quarter of 1987, accelerate in "
            "the second quarter and show a brisk rate in the third quarter.")
    assert [m.value for m in tag_dates(text, "1987-03-24")] == ["1987-Q1", "1987-Q2", "1987-Q3"]


def test_a_later_quarter_of_last_year_keeps_its_own_year():
    text = "Output fell in the first quarter of 1986 and rose in the final quarter of last year."
    assert [m.value for m in tag_dates(text, "1987-03-24")] == ["1986-Q1", "1986-Q4"]


def test_a_weekday_listed_after_one_ahead_follows_it():
    text = "Talks are scheduled for Thursday and Friday. Statements were made Friday and Thursday."
    assert [(m.text, m.value) for m in tag_dates(text, "1987-04-03")] == [  # a Friday
        ("Thursday", "1987-04-09"), ("Friday", "1987-04-10"),
        ("Friday", "1987-04-03"), ("Thursday", "1987-04-02")]


def test_the_same_month_last_year_is_the_month_told_of_a_year_back():
    text = "Exports in February fell a half pct against the same month last year."
    assert [(m.text, m.value) for m in tag_dates(text, "1987-04-07")] == [
        ("February", "1987-02"), ("the same month last year", "1986-02")]


def test_the_same_period_last_year_after_a_range_of_a_quarters_months_is_that_quarter():
    text = "Output from January to March grew 2.5 pct compared with the same period last year."
    assert [m.value for m in tag_dates(text, "1987-04-24")][-1] == "1986-Q1"


def test_the_same_period_last_year_after_a_stretch_of_months_stays_the_year():
    text = ("The deficit fell in April, 1986. In the first four months it fell to 16 billion "
            "from 17 billion in the same period last year.")
    assert [m.value for m in tag_dates(text, "1987-06-18")][-1] == "1986"


def test_the_week_after_counts_from_the_week_just_named():
    text = "Japan would make a request next week, and the sides would meet the week after."
    assert [m.value for m in tag_dates(text, "1987-03-25")] == ["1987-W14", "1987-W15"]
