"""TimeML conventions the date tagger follows beyond the basic rules: times of day,
anaphoric references, approximate spans, spoken years, temporal head nouns."""

from __future__ import annotations

import pytest

from tradereader.extract.dates import tag_dates

PUBLISHED = "2025-03-26"  # a Wednesday, ISO week 13, in Q1 (Q1 reported from April)


def found(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str, str]]:
    mentions = tag_dates(text, published)
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text
    return [(m.text, m.subtype, m.value) for m in mentions]


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks broke down on Friday night in Geneva.", ("Friday night", "time", "2025-03-21TNI")),
    ("The minister spoke Monday morning in Geneva.", ("Monday morning", "time",
                                                      "2025-03-24TMO")),
    ("Talks will resume Thursday evening in Geneva.", ("Thursday evening", "time",
                                                       "2025-03-27TEV")),
])
def test_weekday_with_a_part_of_the_day_is_a_time(text, expected):
    assert found(text) == [expected]


def test_weekday_with_a_part_of_the_day_without_publication_date():
    assert found("Talks broke down on Friday night.", None) == [
        ("Friday night", "time", "XXXX-WXX-5TNI")]


def test_the_previous_and_the_following_weekday_are_one_phrase():
    assert found("Shares fell from the previous Friday, traders said.") == [
        ("the previous Friday", "date", "2025-03-21")]
    assert found("Talks resume the following Monday, aides said.") == [
        ("the following Monday", "date", "2025-03-31")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mine closed almost two years ago, he said.", ("almost two years ago", "date",
                                                        "2023")),
    ("The mine closed about three months ago, he said.", ("about three months ago", "date",
                                                          "2024-12")),
    ("The mine closed a week or so ago, he said.", ("a week or so ago", "date", "2025-W12")),
])
def test_approximate_ago_phrases_keep_their_approximator(text, expected):
    assert found(text) == [expected]


def test_or_so_belongs_to_the_phrase():
    assert found("The mills will close over the next year or so.") == [  # a stretch from now
        ("the next year or so", "duration", "P1Y")]  # (TimeBank wrote the year)
    assert found("Output may double over the next two years or so.") == [
        ("the next two years or so", "duration", "P2Y")]


def test_open_ended_years():
    assert found("The unit won't be profitable until 1994 or later.") == [
        ("1994 or later", "date", "1994")]
    assert found("He is confident about 1990 and beyond.") == [
        ("1990 and beyond", "date", "1990")]


@pytest.mark.parametrize(("text", "expected"), [
    ("In 1995 he was made a general, and the following year he moved to Paris.",
     [("1995", "date", "1995"), ("the following year", "date", "1996")]),
    ("In 1988 imports doubled; that year the mill closed.",
     [("1988", "date", "1988"), ("that year", "date", "1988")]),
    ("He fled in June 1998 and returned later that year.",
     [("June 1998", "date", "1998-06"), ("later that year", "date", "1998")]),
    ("The talks began on March 3, 2024. Earlier that day, shares fell.",
     [("March 3, 2024", "date", "2024-03-03"), ("Earlier that day", "date", "2024-03-03")]),
    ("The court met on Oct. 2, 1998 and ruled the next day.",
     [("Oct. 2, 1998", "date", "1998-10-02"), ("the next day", "date", "1998-10-03")]),
    ("The firm was put up for sale in March 1989. The following month it was sold.",
     [("March 1989", "date", "1989-03"), ("The following month", "date", "1989-04")]),
])
def test_anaphoric_phrases_count_from_the_last_date_given(text, expected):
    assert found(text) == expected


def test_anaphoric_phrases_without_an_earlier_date_use_the_publication_date():
    assert found("Shares fell sharply that day, traders said.") == [
        ("that day", "date", "2025-03-26")]
    assert found("The deal was signed, and the following year exports rose.") == [
        ("the following year", "date", "2026")]


def test_the_same_day_of_a_month_given_without_its_day_keeps_the_month():
    assert found("The plant was bombed last October. Its gates were shut that same day.",
                 "2019-02-06") == [("last October", "date", "2018-10"),
                                   ("that same day", "date", "2018-10-XX")]


def test_a_conjunction_that_opens_no_date():
    assert found("Analysts said that third-quarter profit rose.", "1989-10-20") == [
        ("third-quarter", "date", "1989-Q3")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mill earned $3 million in the 1988 quarter.", ("the 1988 quarter", "date",
                                                         "1988-Q3")),
    ("For the quarter a year ago, the mill lost money.", ("the quarter a year ago", "date",
                                                          "1988-Q3")),
    ("In the quarter last year, the mill lost money.", ("the quarter last year", "date",
                                                        "1988-Q3")),
])
def test_quarters_of_an_earlier_year(text, expected):
    assert found(text, "1989-10-20") == [expected]


def test_recent_quarters_and_more_recently():
    assert found("Insurance has been a tough business in recent quarters.") == [
        ("recent quarters", "date", "PAST_REF")]
    assert found("More recently it has tracked militias.") == [
        ("More recently", "date", "PAST_REF")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Keating was convicted in nineteen ninety-one in state court.",
     ("nineteen ninety-one", "date", "1991")),
    ("A bomb went off in January nineteen ninety-seven in Atlanta.",
     ("January nineteen ninety-seven", "date", "1997-01")),
    ("Prices fell in the winter of nineteen ninety-four.",
     ("the winter of nineteen ninety-four", "date", "1994-WI")),
    ("He promised jobs by the year two thousand.", ("the year two thousand", "date", "2000")),
])
def test_spoken_years_of_broadcast_transcripts(text, expected):
    assert found(text) == [expected]


def test_two_thousand_alone_is_a_number():
    assert found("The families kept their secrets for two thousand people.") == []


def test_a_duration_with_a_temporal_head_noun_spans_the_noun_phrase():
    assert found("Earnings were inflated over a three-year period, the SEC said.") == [
        ("a three-year period", "duration", "P3Y")]
    assert found("He may buy shares during his one-year term.") == [
        ("one-year", "duration", "P1Y")]


def test_since_before_a_month_means_the_past_whatever_follows():
    assert found("The carrier has been on patrol since October and is scheduled to return.") == [
        ("October", "date", "2024-10")]


def test_a_phrase_may_open_right_after_a_quote_or_bracket():
    assert found('"The last two months have been hard," he said.') == [
        ("The last two months", "duration", "P2M")]
    assert found("He will leave at dawn (4 a.m. EDT Thursday), aides said.") == [
        ("4 a.m. EDT Thursday", "time", "2025-03-27T04:00")]


@pytest.mark.parametrize("mark", ["\u201c", "\u2018", "\u2014", "\u2013"])
def test_a_phrase_may_open_right_after_a_curly_quote_or_a_dash(mark):
    assert found(f"He said: {mark}Every day that passes hurts farmers.") == [
        ("Every day", "set", "P1D")]
    joined = "" if mark in "\u2014\u2013" else " "  # a dash between words, or a space
    assert found(f"Tariffs rose{joined}{mark}the last two months were hard.") == [
        ("the last two months", "duration", "P2M")]


def test_quoted_titles_are_not_dates():
    assert found('Baker spoke on ABC\'s "This Week" about the talks.') == []
    assert found("He said on CBS's ``60 Minutes'' that talks failed.") == []


def test_right_stays_outside_now():
    assert found("Markets are nervous right now, traders said.") == [
        ("now", "date", "PRESENT_REF")]


def test_coordinated_units_are_one_phrase():
    assert found("Funds have been selling in recent weeks and months.") == [
        ("recent weeks and months", "date", "PAST_REF")]
    assert found("He probably died within weeks or months, police said.") == [
        ("weeks or months", "duration", "PXW")]


def test_parts_of_the_day():
    assert found("Dealers placed heavy orders in the morning.") == [
        ("the morning", "time", "2025-03-26TMO")]
    assert found("Stocks crashed on Oct. 13, 1989. Dealers sold in the afternoon.") == [
        ("Oct. 13, 1989", "date", "1989-10-13"), ("the afternoon", "time", "1989-10-13TAF")]
    assert found("By mid afternoon, officials were saying the offensive was over.") == [
        ("mid afternoon", "time", "2025-03-26TAF")]
    assert found("He will appear before a judge at midday.") == [
        ("midday", "time", "2025-03-26T12:00")]
    assert found("The father will leave at 4 in the morning.") == [
        ("4 in the morning", "time", "2025-03-26T04:00")]
    assert found("The vote is at 8 in the evening.") == [
        ("8 in the evening", "time", "2025-03-26T20:00")]


def test_a_hyphenated_date_drops_its_article_only_before_a_noun():
    assert found("The firm aims for half the market by the mid-1990s.") == [
        ("the mid-1990s", "date", "199")]
    assert found("Profit fell below the year-earlier $4.5 million.", "1989-11-02") == [
        ("year-earlier", "date", "1988")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Over the next couple of years exports may double.", ("the next couple of years",
                                                           "duration", "P2Y")),
    ("The firm, which just months ago was bleeding cash, is profitable.", ("months ago", "date",
                                                                           "PAST_REF")),
    ("There were sell programs in past years too.", ("past years", "date", "PAST_REF")),
    ("Eight trading days after the crash, shares recovered.", ("Eight trading days", "duration",
                                                               "P8D")),
    ("It was the week's most active session.", ("the week", "date", "2025-W13")),
])
def test_more_duration_and_reference_forms(text, expected):
    assert found(text) == [expected]


def test_the_year_s_end_is_still_the_year_end():
    assert found("Prices rose toward the year's end.")[0][0] == "year's end"


def test_vague_stretches_around_an_event():
    assert found("His car was seen in the weeks before the shooting.") == [
        ("weeks", "duration", "PXW")]
    assert found("In the years that followed, the rebels grew.") == [
        ("years", "duration", "PXY")]
    assert found("Funds may sell bonds in the weeks ahead.") == [
        ("the weeks ahead", "duration", "PXW")]
    assert found("It will not list its shares in the near future.") == [
        ("the near future", "date", "FUTURE_REF")]


def test_comparisons_with_a_year_before_are_no_reference_for_later_phrases():
    text = ("Trade grew 8 pct in the first quarter of 1987, against a fall in the same period "
            "last year and 2 pct growth in the previous quarter.")
    assert found(text)[-1] == ("the previous quarter", "date", "1986-Q4")
    text = "Exports rose in 1986 from a year earlier, and that year imports fell."
    assert found(text)[-1] == ("that year", "date", "1986")


def test_a_reporting_verb_right_before_a_weekday_means_the_past():
    text = "Negotiators will meet next week, officials said on Tuesday night."
    assert found(text)[-1] == ("Tuesday night", "time", "2025-03-25TNI")
    assert found("The talks will resume, the ministry said Friday.")[-1] == (
        "Friday", "date", "2025-03-21")


def test_that_night_counts_from_the_day_given():
    assert found("He was shot on Oct. 23, 1998 and died that night.", "1998-10-25") == [
        ("Oct. 23, 1998", "date", "1998-10-23"), ("that night", "time", "1998-10-23TNI")]


def test_a_year_before_a_temporal_head_noun_is_one_phrase():
    assert found("Profit rose in 2013's first quarter.") == [
        ("2013's first quarter", "date", "2013-Q1")]
    assert found("Tariffs fell in the 2013 fiscal year.") == [
        ("the 2013 fiscal year", "date", "2013")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The cut starts on the first day of next month.",
     ("the first day of next month", "date", "2025-04-01")),
    ("Duties lapse on the last day of the year.", ("the last day of the year", "date", "2025-12-31")),
    ("The quota ended on the last day of February.",
     ("the last day of February", "date", "2025-02-28")),
    ("Talks resume on the 15th day of May 2026.", ("the 15th day of May 2026", "date", "2026-05-15")),
])
def test_a_day_of_a_named_month_or_year_is_that_day(text, expected):
    assert found(text) == [expected]


def test_a_day_of_a_relative_period_with_no_publication_date_leaves_the_period():
    assert found("The cut starts on the first day of next month.", None) == [
        ("next month", "date", "FUTURE_REF")]
    assert found("the 31st day of April", None) == [("April", "date", "XXXX-04")]


@pytest.mark.parametrize(("text", "expected"), [
    ("In the long term, costs will rise.", ("the long term", "date", "FUTURE_REF")),
    ("Over the medium term the deficit may ease.", ("the medium term", "date", "FUTURE_REF")),
    ("Banks injected $85 billion in a single day.", ("a single day", "duration", "P1D")),
])
def test_the_long_term_is_the_future_and_a_single_day_a_duration(text, expected):
    assert found(text) == [expected]


def test_long_term_as_an_adjective_and_the_long_run_are_not_dates():
    assert found("They signed a long-term deal that pays off in the long run.") == []
