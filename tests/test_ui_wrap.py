"""Unit tests of the lazy word wrapper and the span index behind ArticleView."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tradereader.ui.widgets.highlights import SpanIndex, covering_roles
from tradereader.ui.widgets.wrap import WrapLayout, fold_text, paragraphs_of

TEXT = "Title line\n\nFirst paragraph wraps\nacross lines.\n\n\n  Second one.\n"


def all_lines(text: str, width: int) -> list[str]:
    folded = fold_text(text)
    layout = WrapLayout(folded, paragraphs_of(text), width)
    layout.wrap_all()
    return [folded[s:e] for s, e in zip(layout.starts, layout.ends)]


def test_paragraphs_are_split_on_blank_lines():
    spans = paragraphs_of(TEXT)
    assert [TEXT[s:e] for s, e in spans] == [
        "Title line", "First paragraph wraps\nacross lines.", "Second one."]


def test_lines_break_at_spaces_with_a_blank_line_between_paragraphs():
    assert all_lines(TEXT, 16) == [
        "Title line", "", "First paragraph", "wraps across", "lines.", "", "Second one."]


def test_a_word_longer_than_the_width_is_cut():
    assert all_lines("abcdefghij klm", 4) == ["abcd", "efgh", "ij", "klm"]


def test_wide_characters_fit_the_width_in_cells():
    lines = all_lines("日本語の文章です 日本語の文章です", 6)
    assert all(cell_len(line) <= 6 for line in lines)
    assert "".join(lines).replace(" ", "") == "日本語の文章です日本語の文章です"


def test_line_of_maps_offsets_back_to_their_line():
    folded = fold_text(TEXT)
    layout = WrapLayout(folded, paragraphs_of(TEXT), 16)
    index = layout.line_of(TEXT.index("across"))
    start, end = layout.line_span(index)
    assert "across" in folded[start:end]


def test_wrapping_is_lazy_and_the_estimate_covers_the_rest():
    text = "\n\n".join("word " * 40 for _ in range(5000))
    layout = WrapLayout(fold_text(text), paragraphs_of(text), 50)
    layout.ensure_lines(40)
    assert 40 <= len(layout) < 2000 and not layout.done
    assert layout.estimated_height() > 20_000
    layout.wrap_all()
    assert layout.done and layout.estimated_height() == len(layout) == 5000 * 5 - 1


words = st.text(alphabet="abc xyz\n", min_size=0, max_size=300)


@settings(max_examples=200, deadline=None)
@given(words, st.integers(min_value=1, max_value=30), st.integers(min_value=1, max_value=50))
def test_incremental_wrap_equals_full_wrap_and_keeps_every_character(text, width, budget):
    folded, paragraphs = fold_text(text), paragraphs_of(text)
    full = WrapLayout(folded, paragraphs, width)
    full.wrap_all()
    steps = WrapLayout(folded, paragraphs, width)
    while not steps.done:
        steps.wrap_more(budget)
    assert list(steps.starts) == list(full.starts) and list(steps.ends) == list(full.ends)
    lines = [folded[s:e] for s, e in zip(full.starts, full.ends)]
    assert all(len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == folded.replace(" ", "")


def test_span_index_finds_overlapping_spans_even_long_ones():
    index = SpanIndex([(0, 100), (10, 12), (50, 55), (200, 210)])
    assert list(index.overlapping(40, 60)) == [(0, 100), (50, 55)]
    assert list(index.overlapping(100, 200)) == []


def test_covering_roles_cuts_a_line_into_runs():
    indexes = {"actor": SpanIndex([(2, 5)]), "match": SpanIndex([(4, 8)])}
    runs = covering_roles((0, 10), indexes, hidden=set())
    assert runs == [(0, 2, set()), (2, 4, {"actor"}), (4, 5, {"actor", "match"}),
                    (5, 8, {"match"}), (8, 10, set())]
    assert covering_roles((0, 10), indexes, hidden={"actor", "match"}) == [(0, 10, set())]
