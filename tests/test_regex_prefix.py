"""`could_match`: False only when no text starting with the prefix can match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from tradereader.extract.regex_prefix import could_match


@pytest.mark.parametrize("pattern, prefix", [
    (r"the\s+first", "the q"),
    (r"(?:the\s+)?\d+", "the q"),
    (r"(?:this|last|next)\s+year", "the "),
    (r"[^a-z]x", "ax"),
    (r"\d{4}\b", "12a"),
    (r"(?:early|late)(?:-|\s+)may", "early j"),
    (r"(?P<a>x)|(?P<b>y)", "z"),
])
def test_no_match_can_begin_so(pattern, prefix):
    assert re.match(pattern, prefix + "zzz") is None
    assert not could_match(pattern, prefix)


@pytest.mark.parametrize("pattern, prefix", [
    (r"the\s+first", "the f"),
    (r"(?:the\s+)?\d+", "the 1"),
    (r"(?:the\s+)?\d+", "1"),
    (r"the", "the q"),  # a match that ends inside the prefix is a match
    (r"(?i:THE)\s+x", "the x"),
    (r"(?i)THE\s+x", "the x"),
    (r"(?=q)the", "the"),  # look-arounds are assumed to hold
    (r"a*+b", "aab"),
    (r"(?>ab|a)c", "ac"),
    (r"\w+ly", "on"),
])
def test_a_match_may_begin_so(pattern, prefix):
    assert could_match(pattern, prefix)


_PIECES = st.sampled_from([
    "a", "b", "the", r"\s+", r"\d", r"\d+", "[ab]", "[^a]", ".", r"\b", r"(?=a)", r"(?!b)",
    "(?:a|bb)", "(?:the\\s+)?", "a*", "b+?", "(?:ab)*", "x{2,3}", "(?i:A)", r"\w+", "(?>a|ab)",
    "a++", "",
])
_TEXTS = st.text(alphabet="abthe 12x", max_size=8)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5), _TEXTS)
def test_never_says_no_to_a_real_match(pieces, text):
    pattern = "".join(pieces)
    if re.match(pattern, text) is None:
        return
    for cut in range(len(text) + 1):
        assert could_match(pattern, text[:cut]), (pattern, text, cut)


def test_every_date_rule_is_kept_for_the_phrases_it_matches():
    from tradereader.extract.dates_grammar import RULES, _lower_pattern

    phrases = ["the first quarter of 1987", "the past two weeks", "last year", "a year ago",
               "the end of march", "early next month", "the 1990s", "about 10 a.m."]
    for name, pattern in RULES:
        lowered = _lower_pattern(pattern)
        for phrase in phrases:
            if re.match(lowered, phrase):
                assert could_match(lowered, phrase[:6]), (name, phrase)


_PHRASES = [
    "the first quarter of 1987 rose", "the past two weeks were calm", "the year-ago period",
    "the end of march, officials said", "the same period last year", "the coming months",
    "the 1990s saw growth", "the second half of the year", "the weekend before",
    "last year's figures", "last week", "a year ago", "a two-year pact", "at 10 a.m. today",
    "early next month", "late 1986", "mid-1987 talks", "the fourth-quarter loss", "the present",
    "the following day", "the previous quarter", "the moment", "the day before", "the firm",
    "this year's harvest", "next month", "late last year", "early in the year", "a few weeks",
]


@pytest.mark.parametrize("phrase", _PHRASES)
def test_narrowed_rules_find_what_the_whole_alternation_finds(phrase):
    from tradereader.extract.dates_grammar import grammar_for
    from tradereader.extract.dates_narrow import LOOK_AHEAD, NarrowedRules, word_rules

    opener = re.match(r"[a-z]+", phrase).group()
    table = word_rules(opener)
    after = len(opener)
    rules = table[phrase[after:after + LOOK_AHEAD]] if isinstance(table, NarrowedRules) else table
    whole = grammar_for(opener).match(phrase)
    found = None
    for name, rule in rules:
        match = rule.match(phrase)
        if match is not None:
            found = (name, match.end())
            break
    assert found == (None if whole is None else (whole.lastgroup, whole.end()))


def test_compiled_matches_as_re_compile_does():
    from tradereader.extract.regex_prefix import compiled

    pattern = r"\b(?:(?:the\s+)?(?:first|second)\s+quarter)"
    for text in ("the first quarter", "second quarter", "the third quarter"):
        mine, theirs = compiled(pattern).match(text), re.compile(pattern).match(text)
        assert (mine and mine.span()) == (theirs and theirs.span())


# `next_characters`: what may stand at each place after an opener, worked out once.

@pytest.mark.parametrize("pattern, opener, after, allowed", [
    (r"the\s+(?:first|second)", "the", " f", True),
    (r"the\s+(?:first|second)", "the", " x", False),
    (r"the\s+(?:first|second)", "the", " sx", False),
    (r"the\s+(?:first|second)", "the", "x", False),
    (r"the", "the", "xyz!", True),  # the match ends at the opener: anything may follow
    (r"the(?:\s+x)?", "the", " y", True),  # ... and here it may too
    (r"a\d{2}", "a", "1b", False),
    (r"a\d{2}", "a", "12b", True),
    (r"(?i:A)b", "a", "b", True),
    (r"(?i:A)b", "a", "c", False),
    (r"a(?:bc)+d", "a", "bcx", False),
    (r"a(?:bc)+d", "a", "bx", False),
    (r"a(?:bc)+d", "a", "bcbc", True),
    (r"a(?:bc)+d", "a", "bcdx", True),
    (r"a(?=b)c", "a", "c", True),  # look-arounds are assumed to hold
    (r"a(?P<x>b)(?P=x)", "a", "bzzz", True),  # a back-reference is not modelled
])
def test_next_characters_allow_what_may_follow(pattern, opener, after, allowed):
    from tradereader.extract.regex_prefix import fits, next_characters

    assert fits(next_characters(pattern, opener, 4), after) is allowed


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5), _TEXTS)
def test_next_characters_never_drop_a_real_match(pieces, text):
    from tradereader.extract.regex_prefix import fits, next_characters

    pattern = "".join(pieces)
    if re.match(pattern, text) is None:
        return
    for cut in range(len(text) + 1):
        opener, after = text[:cut], text[cut:cut + 4]
        assert fits(next_characters(pattern, opener, 4), after), (pattern, text, cut)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5), _TEXTS, st.integers(0, 4))
def test_next_characters_keep_whatever_could_match_keeps(pieces, text, cut):
    from tradereader.extract.regex_prefix import fits, next_characters

    pattern = "".join(pieces)
    if could_match(pattern, text):
        assert fits(next_characters(pattern, text[:cut], 4), text[cut:cut + 4])


@pytest.mark.parametrize("phrase", _PHRASES)
def test_every_date_rule_that_could_match_is_kept(phrase):
    from tradereader.extract.dates_grammar import rules_opening_with
    from tradereader.extract.dates_narrow import LOOK_AHEAD, lowered_pattern
    from tradereader.extract.regex_prefix import fits, next_characters

    opener = re.match(r"[a-z]+", phrase).group()
    after = phrase[len(opener):len(opener) + LOOK_AHEAD]
    for name in rules_opening_with(opener):
        if could_match(lowered_pattern(name), opener + after):
            assert fits(next_characters(lowered_pattern(name), opener, LOOK_AHEAD), after), name
