"""Anchoring: selectors, re-anchoring after edits (examples + properties), find_quote."""

from __future__ import annotations

import random
import string
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from tradereader.anchoring import (
    CONTEXT,
    find_quote,
    fuzzy_bound,
    locate,
    make_selectors,
    reanchor,
)
from tradereader.model import Annotation

PARA_1 = "Trade negotiators from the United States and China are set to restart talks this week."
PARA_2 = "Officials from both governments are meeting in Geneva to buy time and avoid tariffs."
PARA_3 = "Markets have responded positively to news of the resumed dialogue between the sides."
TEXT = "\n\n".join([PARA_1, PARA_2, PARA_3])


def annotate(text: str, passage: str, occurrence: int = 1) -> Annotation:
    span = find_quote(text, passage, occurrence)
    assert span is not None, passage
    quote, position = make_selectors(text, *span)
    return Annotation(
        id="n1",
        article_id="a1",
        quote=quote,
        position=position,
        note="why it matters",
        tags=("geneva",),
        created="2026-01-01T00:00:00Z",
        modified="2026-01-01T00:00:00Z",
    )


def assert_placed(result: Annotation, text: str) -> None:
    assert not result.orphaned
    start, end = result.position.start, result.position.end
    assert 0 <= start < end <= len(text)
    assert text[start:end] == result.quote.exact
    assert (result.quote, result.position) == make_selectors(text, start, end)


# -- make_selectors -----------------------------------------------------------------


def test_selectors_carry_32_characters_of_context():
    start = TEXT.index("Geneva")
    quote, position = make_selectors(TEXT, start, start + len("Geneva"))
    assert quote.exact == "Geneva"
    assert quote.prefix == TEXT[start - CONTEXT : start] and len(quote.prefix) == 32
    assert quote.suffix == TEXT[start + 6 : start + 6 + CONTEXT] and len(quote.suffix) == 32
    assert (position.start, position.end) == (start, start + 6)


def test_selectors_at_the_edges_have_shorter_context():
    quote, _ = make_selectors("abc def", 0, 3)
    assert (quote.prefix, quote.exact, quote.suffix) == ("", "abc", " def")
    quote, _ = make_selectors("abc def", 4, 7)
    assert (quote.prefix, quote.exact, quote.suffix) == ("abc ", "def", "")


@pytest.mark.parametrize("start,end", [(3, 3), (4, 2), (-1, 2), (0, 99)])
def test_selectors_refuse_empty_or_out_of_range_selections(start, end):
    with pytest.raises(ValueError):
        make_selectors("abc def", start, end)


# -- reanchor: one example per stage ------------------------------------------------


def test_unchanged_text_keeps_the_position():
    note = annotate(TEXT, "meeting in Geneva")
    assert reanchor(note, TEXT) == note
    assert locate(note.quote, note.position, TEXT).stage == "position"


def test_text_inserted_before_shifts_the_anchor():
    note = annotate(TEXT, "meeting in Geneva")
    new_text = "UPDATED 10:42 GMT\n\n" + TEXT
    result = reanchor(note, new_text)
    assert_placed(result, new_text)
    assert result.position.start == note.position.start + len("UPDATED 10:42 GMT\n\n")
    assert result.quote.exact == "meeting in Geneva"
    assert (result.note, result.tags, result.id) == (note.note, note.tags, note.id)


def test_moved_paragraph_is_found_by_its_quote():
    note = annotate(TEXT, "Markets have responded positively")
    new_text = "\n\n".join([PARA_3, PARA_1, PARA_2])
    result = reanchor(note, new_text)
    assert_placed(result, new_text)
    assert result.position.start == 0
    assert locate(note.quote, note.position, new_text).stage == "quote"


def test_context_picks_the_right_one_of_two_equal_quotes():
    text = "The EU raised tariffs on steel. Later, Japan raised tariffs on cars."
    note = annotate(text, "raised tariffs", occurrence=2)
    # The edit puts the *first* occurrence exactly where the second one was.
    new_text = "Reported on Monday by the wires: " + text[:7] + "also " + text[7:]
    assert new_text.index("raised tariffs") == note.position.start
    result = reanchor(note, new_text)
    assert_placed(result, new_text)
    assert new_text[result.position.start - 6 : result.position.start] == "Japan "


def test_equal_context_goes_to_the_nearest_occurrence():
    text = "abc xyz abc xyz abc"
    note = annotate(text, "xyz", occurrence=2)  # at 12
    new_text = "Q" + text  # both xyz now have the same (partial) context
    result = reanchor(note, new_text)
    assert result.position.start == 13


def test_small_edit_inside_the_quote_is_found_fuzzily():
    note = annotate(TEXT, "both governments are meeting in Geneva to buy time")
    new_text = TEXT.replace("are meeting in Geneva", "were meeting in Geneva")
    result = reanchor(note, new_text)
    assert_placed(result, new_text)
    assert result.quote.exact == "both governments were meeting in Geneva to buy time"
    match = locate(note.quote, note.position, new_text)
    assert match.stage == "fuzzy" and match.distance == 2  # "are" -> "were"


def test_rewritten_passage_is_orphaned_with_its_note_intact():
    note = annotate(TEXT, "meeting in Geneva to buy time")
    new_text = TEXT.replace(PARA_2, "The two delegations will convene in Switzerland next month.")
    result = reanchor(note, new_text)
    assert result.orphaned
    assert (result.quote, result.position, result.note, result.tags) == (
        note.quote,
        note.position,
        note.note,
        note.tags,
    )


def test_edit_beyond_a_quarter_of_the_quote_is_not_attached():
    note = annotate(TEXT, "avoid tariffs")  # 13 characters: at most 3 edits
    new_text = TEXT.replace("avoid tariffs", "evade duties.")
    assert Levenshtein.distance("avoid tariffs", "evade duties.") > fuzzy_bound("avoid tariffs")
    assert reanchor(note, new_text).orphaned


def test_short_quote_does_not_jump_to_another_occurrence_without_context():
    note = annotate(TEXT, "talks")
    new_text = TEXT.replace(PARA_1, "Nothing was agreed.") + "\n\nMore talks are planned."
    assert reanchor(note, new_text).orphaned


def test_orphan_comes_back_when_the_text_returns():
    note = annotate(TEXT, "meeting in Geneva")
    orphan = reanchor(note, "completely different text")
    assert orphan.orphaned
    assert reanchor(orphan, TEXT) == note


def test_empty_new_text_orphans():
    assert reanchor(annotate(TEXT, "Geneva"), "").orphaned


@pytest.fixture(scope="module")
def big_text() -> str:
    """6 MB of varied made-up prose with the three test paragraphs in the middle."""
    rng = random.Random(4)
    vocabulary = [
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 10))) for _ in range(3000)
    ]
    vocabulary += ["trade"] * 50
    words = rng.choices(vocabulary, k=1_050_000)
    for i in range(12, len(words), 40):
        words[i] += ".\n\n"
    filler = " ".join(words)
    big = filler[:3_000_000] + TEXT + "\n\n" + filler[3_000_000:]
    assert len(big) > 6_000_000
    return big


def _timed_reanchor(note: Annotation, new_text: str) -> Annotation:
    began = time.perf_counter()
    result = reanchor(note, new_text)
    elapsed = time.perf_counter() - began
    assert elapsed < 2.0, elapsed
    if not result.orphaned:
        assert_placed(result, new_text)
    return result


def test_large_text_stays_fast(big_text):
    note = annotate(big_text, "both governments are meeting in Geneva to buy time")
    assert (
        _timed_reanchor(note, "Inserted at the top.\n\n" + big_text).quote.exact == note.quote.exact
    )
    edited = big_text.replace("are meeting in Geneva", "were meeting in Geneva")
    assert (
        _timed_reanchor(note, edited).quote.exact
        == "both governments were meeting in Geneva to buy time"
    )
    assert _timed_reanchor(note, big_text.replace(PARA_2, "Gone.")).orphaned
    moved = big_text[:1000] + PARA_2 + big_text[1000:].replace(PARA_2, "Gone.")
    assert _timed_reanchor(note, moved).position.start == 1000 + PARA_2.index("both")


@pytest.mark.parametrize("length", [65, 400, 3_000, 30_000])
def test_long_quotes_in_a_large_text(big_text, length):
    start = big_text.index(PARA_1) - length // 2
    note = Annotation("n", "a", *make_selectors(big_text, start, start + length))
    quote = note.quote.exact
    # A few words changed inside the passage, in place.
    edited_quote = quote.replace("trade", "TRADE", 3)
    edited = big_text[:start] + edited_quote + big_text[start + length :]
    result = _timed_reanchor(note, edited)
    assert not result.orphaned and result.position.start == start
    # Moved 3 MB back and lightly edited; its old place rewritten.
    light = quote[: length // 2] + "[sic]" + quote[length // 2 :]
    moved = big_text[:500] + light + big_text[500:start] + "x" * length + big_text[start + length :]
    result = _timed_reanchor(note, moved)
    assert not result.orphaned and result.position.start == 500
    # Gone: orphaned, fast.
    gone = big_text[:start] + "y" * length + big_text[start + length :]
    assert _timed_reanchor(note, gone).orphaned


# -- reanchor: properties -----------------------------------------------------------

# A small alphabet makes repeated substrings (the hard case) common.
texts = st.text(alphabet="ab c.\n", min_size=1, max_size=120) | st.text(min_size=1, max_size=200)


@st.composite
def annotated_edits(draw):
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    kind = draw(st.sampled_from(["insert", "delete", "replace"]))
    lo = draw(st.integers(0, len(text)))
    hi = lo if kind == "insert" else draw(st.integers(lo, len(text)))
    new = "" if kind == "delete" else draw(st.text(alphabet="ab c.\nXY", max_size=40))
    new_text = text[:lo] + new + text[hi:]
    quote, position = make_selectors(text, start, end)
    note = Annotation(id="n", article_id="a", quote=quote, position=position, note="x", tags=("t",))
    return note, new_text, (lo, hi, new)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(annotated_edits())
def test_reanchored_is_exact_or_within_the_bound_or_orphaned(case):
    note, new_text, _ = case
    result = reanchor(note, new_text)
    assert (result.id, result.note, result.tags) == (note.id, note.note, note.tags)
    if result.orphaned:
        assert (result.quote, result.position) == (note.quote, note.position)
        return
    assert_placed(result, new_text)
    old, new = note.quote.exact, result.quote.exact
    assert Levenshtein.distance(old, new) <= fuzzy_bound(old)


@st.composite
def edits_far_from_the_quote(draw):
    """`outer_left + near_left + quote + near_right + outer_right`, edited in an outer part."""
    alphabet = "ab c.\n"
    part = lambda lo, hi: draw(st.text(alphabet=alphabet, min_size=lo, max_size=hi))  # noqa: E731
    outer_left, near_left, quote = part(0, 60), part(CONTEXT, 40), part(1, 20)
    near_right, outer_right = part(CONTEXT, 40), part(0, 60)
    side = draw(st.sampled_from(["left", "right"]))
    outer = outer_left if side == "left" else outer_right
    lo = draw(st.integers(0, len(outer)))
    hi = draw(st.integers(lo, len(outer)))
    edited = outer[:lo] + draw(st.text(alphabet=alphabet + "XY", max_size=30)) + outer[hi:]
    text = outer_left + near_left + quote + near_right + outer_right
    start = len(outer_left) + len(near_left)
    if side == "left":
        new_text = edited + near_left + quote + near_right + outer_right
    else:
        new_text = outer_left + near_left + quote + near_right + edited
    quote_sel, position = make_selectors(text, start, start + len(quote))
    return Annotation(id="n", article_id="a", quote=quote_sel, position=position), new_text


@settings(max_examples=300, deadline=None)
@given(edits_far_from_the_quote())
def test_edit_outside_the_quote_and_its_context_keeps_it_exact(case):
    note, new_text = case
    result = reanchor(note, new_text)
    assert_placed(result, new_text)
    assert result.quote.exact == note.quote.exact


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_unchanged_text_is_always_found_in_place(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote, position = make_selectors(text, start, end)
    note = Annotation(id="n", article_id="a", quote=quote, position=position)
    assert reanchor(note, text) == note


@st.composite
def long_quotes_lightly_edited(draw):
    """Realistic (varied) text, a quote of 65-400 characters, one small edit inside it."""
    words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFG", min_size=1, max_size=9)
    text = " ".join(draw(st.lists(words, min_size=120, max_size=250)))
    length = draw(st.integers(65, min(400, len(text) - 2 * CONTEXT)))
    start = draw(st.integers(CONTEXT, len(text) - length - CONTEXT))
    budget = fuzzy_bound(text[start : start + length]) // 3
    lo = draw(st.integers(start, start + length - budget))
    hi = draw(st.integers(lo, lo + budget))
    inserted = draw(st.text(alphabet="0123456789", max_size=budget))
    new_text = text[:lo] + inserted + text[hi:]
    return Annotation("n", "a", *make_selectors(text, start, start + length)), new_text


@settings(max_examples=200, deadline=None)
@given(long_quotes_lightly_edited())
def test_long_quote_with_a_small_edit_is_never_orphaned(case):
    note, new_text = case
    result = reanchor(note, new_text)
    assert_placed(result, new_text)
    assert Levenshtein.distance(note.quote.exact, result.quote.exact) <= fuzzy_bound(
        note.quote.exact
    )


# -- find_quote ---------------------------------------------------------------------


def test_find_quote_exact():
    start, end = find_quote(TEXT, "meeting in Geneva")
    assert TEXT[start:end] == "meeting in Geneva"


def test_find_quote_tolerates_line_breaks_and_spacing():
    text = "the Phase One\n  deal was signed"
    start, end = find_quote(text, "Phase One deal")
    assert text[start:end] == "Phase One\n  deal"
    assert find_quote(text, "  Phase   One deal ") == (start, end)


def test_find_quote_matches_typographic_apostrophes():
    text = "between the world\u2019s two largest economies"
    start, end = find_quote(text, "world's two")
    assert text[start:end] == "world\u2019s two"


def test_find_quote_counts_occurrences():
    text = "tariffs here, tariffs there"
    assert find_quote(text, "tariffs", 2) == (14, 21)
    assert find_quote(text, "tariffs", 3) is None
    with pytest.raises(ValueError):
        find_quote(text, "tariffs", 0)


@pytest.mark.parametrize("quote", ["", "   ", "absent words", "Tariffs"])
def test_find_quote_not_found(quote):
    assert find_quote("tariffs here", quote) is None


def test_find_quote_is_literal_not_a_regex():
    assert find_quote("a (b) c.*", "(b) c.*") == (2, 9)
    assert find_quote("abc", "a.c") is None
