"""The sentence cursor and selection logic (no widgets)."""

from __future__ import annotations

from tradereader.sentences import SentenceIndex
from tradereader.ui.selection import ReadingCursor, Selection, snap_to_words

TEXT = (
    "Trade Talks Resume\n\n"
    "Negotiators met in Geneva. The U.S. side asked for time. China agreed.\n\n"
    "Tariffs stay for now. Markets rose."
)
P1 = (TEXT.index("Negotiators"), TEXT.index("agreed.") + 7)
P2 = (TEXT.index("Tariffs"), len(TEXT))


def cursor() -> ReadingCursor:
    return ReadingCursor(SentenceIndex(TEXT, [P1, P2]))


def shown(span: tuple[int, int] | None) -> str:
    assert span is not None
    return TEXT[span[0] : span[1]]


def test_cursor_starts_on_the_first_body_sentence_and_moves_by_sentence() -> None:
    c = cursor()
    assert shown(c.sentence) == "Negotiators met in Geneva."
    c.down()
    assert shown(c.sentence) == "The U.S. side asked for time."
    c.down()
    c.down()
    assert shown(c.sentence) == "Tariffs stay for now."
    c.up()
    assert shown(c.sentence) == "China agreed."


def test_cursor_stops_at_both_ends() -> None:
    c = cursor()
    c.up()
    assert shown(c.sentence) == "Negotiators met in Geneva."
    for _ in range(10):
        c.down()
    assert shown(c.sentence) == "Markets rose."


def test_paragraph_moves() -> None:
    c = cursor()
    c.down()
    c.paragraph_down()
    assert shown(c.sentence) == "Tariffs stay for now."
    c.down()
    c.paragraph_up()
    assert shown(c.sentence) == "Tariffs stay for now."
    c.paragraph_up()
    assert shown(c.sentence) == "Negotiators met in Geneva."


def test_v_selects_the_sentence_and_j_k_grow_and_shrink_it() -> None:
    c = cursor()
    c.down()
    c.toggle_selection()
    assert shown(c.target) == "The U.S. side asked for time."
    c.down()
    assert shown(c.target) == "The U.S. side asked for time. China agreed."
    c.down()  # across the paragraph break
    assert shown(c.target).endswith("China agreed.\n\nTariffs stay for now.")
    assert shown(c.sentence) == "Tariffs stay for now."
    c.up()
    c.up()
    assert shown(c.target) == "The U.S. side asked for time."
    c.up()  # now backwards from the anchor
    assert shown(c.target) == "Negotiators met in Geneva. The U.S. side asked for time."


def test_w_and_b_move_by_words() -> None:
    c = cursor()
    c.down()
    c.toggle_selection()
    c.word_back()
    assert shown(c.target) == "The U.S. side asked for time"
    c.word_back()
    c.word_back()
    assert shown(c.target) == "The U.S. side asked"
    c.word_forward()
    assert shown(c.target) == "The U.S. side asked for"


def test_w_without_a_selection_selects_word_by_word_from_the_sentence_start() -> None:
    c = cursor()
    c.down()
    c.word_forward()
    c.word_forward()
    assert shown(c.target) == "The U.S."
    c.word_forward()
    assert shown(c.target) == "The U.S. side"


def test_b_past_the_anchor_start_grows_backwards() -> None:
    c = cursor()
    c.down()
    c.toggle_selection()
    for _ in range(6):
        c.word_back()
    assert shown(c.target) == "The"
    c.word_back()
    assert shown(c.target) == "Geneva. The U.S. side asked for time."


def test_esc_cancels_and_the_target_falls_back_to_the_cursor_sentence() -> None:
    c = cursor()
    c.toggle_selection()
    c.down()
    assert c.cancel() is True
    assert c.selection is None
    assert shown(c.target) == "The U.S. side asked for time."
    assert c.cancel() is False


def test_v_twice_drops_the_selection() -> None:
    c = cursor()
    c.toggle_selection()
    c.toggle_selection()
    assert not c.selecting


def test_mouse_range_snaps_to_words() -> None:
    c = cursor()
    start = TEXT.index("met") + 1
    end = TEXT.index("Geneva") + 3
    c.select_range(end, start)
    assert shown(c.target) == "met in Geneva"
    assert snap_to_words(TEXT, start, start) == (start - 1, start + 2)  # the word "met"
    between = TEXT.index(" in ")
    assert snap_to_words(TEXT, between, between + 1) == (between + 1, between + 1)


def test_move_to_lands_on_the_sentence_at_an_offset() -> None:
    c = cursor()
    c.toggle_selection()
    c.move_to(TEXT.index("rose"))
    assert shown(c.sentence) == "Markets rose."
    assert c.selection is None


def test_selection_span_on_either_side_of_the_anchor() -> None:
    assert Selection((10, 20), 30).span == (10, 30)
    assert Selection((10, 20), 5).span == (5, 20)
    assert Selection((10, 20), 10).span == (10, 20)
    assert Selection((10, 20), 15).span == (10, 15)


def test_an_article_without_paragraphs_has_no_cursor() -> None:
    c = ReadingCursor(SentenceIndex("Only a title", []))
    c.down()
    c.toggle_selection()
    c.word_forward()
    assert c.sentence is None and c.target is None


def test_W_and_B_move_the_start_so_a_phrase_inside_a_sentence_can_be_selected() -> None:
    c = cursor()
    c.down()
    c.toggle_selection()
    c.start_word_forward()
    c.start_word_forward()
    assert shown(c.target) == "side asked for time."
    for _ in range(3):  # w / b still move the end (the first drops the full stop)
        c.word_back()
    assert shown(c.target) == "side asked"
    c.start_word_back()
    assert shown(c.target) == "U.S. side asked"
    assert shown(c.sentence) == "The U.S. side asked for time."
    c.word_forward()
    assert shown(c.target) == "U.S. side asked for"


def test_W_never_passes_the_end_and_B_grows_into_the_previous_sentence() -> None:
    c = cursor()
    for _ in range(2):
        c.down()
    c.toggle_selection()
    assert shown(c.target) == "China agreed."
    c.start_word_forward()
    c.start_word_forward()  # "agreed." is the last word: the start stays on it
    assert shown(c.target) == "agreed."
    for _ in range(3):
        c.start_word_back()
    assert shown(c.target) == "for time. China agreed."


def test_W_after_a_backward_selection_keeps_its_end() -> None:
    c = cursor()
    c.down()
    c.toggle_selection()
    c.up()  # backwards: [Negotiators..., time.)
    assert shown(c.target) == "Negotiators met in Geneva. The U.S. side asked for time."
    c.start_word_forward()
    assert shown(c.target) == "met in Geneva. The U.S. side asked for time."


def test_W_and_B_do_nothing_without_a_selection() -> None:
    c = cursor()
    c.start_word_forward()
    c.start_word_back()
    assert c.selection is None and shown(c.target) == "Negotiators met in Geneva."
