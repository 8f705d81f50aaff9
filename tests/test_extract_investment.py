"""`investment` as a trade issue (annotators of blind rounds 46-85 marked the bare word
101 times of 134), and where it is the finance trade, the economy's spending or a name."""

from __future__ import annotations

import pytest

from extract_support import issues
from tradereader.extract import extract_actors_issues


@pytest.mark.parametrize("text, word", [
    ("The carmaker pledged $5 billion of new U.S. investment last month.", "investment"),
    ("The order bars some American investment in Chinese chip firms.", "investment"),
    ("The pact also covers services, investment and procurement.", "investment"),
    ("Investment from Japan rose after the deal was signed.", "Investment"),
    ("Brussels feared for its companies' investments in Shanghai.", "investments"),
    ("Officials want rules that require notification of investments abroad.", "investments"),
])
def test_bare_investment_is_the_investment_issue(text, word):
    assert (word, "investment") in issues(text)


@pytest.mark.parametrize("text", [
    "said an analyst at a Zurich investment bank.",
    "Firms delayed their investment decisions until the rules are known.",
    "Business investment fell for a third quarter.",
    "Uncertainty is weighing on investment, the economist said.",
    "Companies are holding back on investment and hiring.",
    "The country must balance savings and investment.",
    "Investment and consumption both slowed in the spring.",
    "Fixed-asset investment rose 5% in the first ten months.",
    "It reported the weakest growth in investment on record.",
    "the investment rate was the highest in the region.",
    "Trade and Investment Minister Anna Berg said on Tuesday the talks would go on.",
    "the Foreign Investment Review Board screens such bids.",
])
def test_investment_as_finance_spending_or_a_name_is_no_issue(text):
    assert [value for _, value in issues(text)].count("investment") == 0, issues(text)


@pytest.mark.parametrize("text, phrase", [
    ("Beijing criticised the restrictions on investment in the draft.",
     "restrictions on investment"),
    ("The Treasury will propose restrictions on Chinese investment in chip firms.",
     "restrictions on Chinese investment"),
    ("curbs on outbound investments were announced", "curbs on outbound investments"),
])
def test_curbs_on_investment_are_one_investment_issue(text, phrase):
    found = issues(text)
    assert (phrase, "investment") in found
    assert [value for _, value in found] == ["investment"], found


def test_a_country_inside_curbs_on_investment_is_still_an_actor():
    text = "Washington weighed restrictions on Chinese investment in the sector."
    found = extract_actors_issues(text)
    assert ("Chinese", "CHN") in [(text[f.start:f.end], f.value) for f in found
                                  if f.kind == "actor"]


@pytest.mark.parametrize("phrase", ["FDI", "joint-venture requirements", "equity caps",
                                    "foreign takeovers"])
def test_more_words_of_investment_policy(phrase):
    assert (phrase, "investment") in issues(f"The talks turned to {phrase} on Monday.")

