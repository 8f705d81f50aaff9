"""Sentence and word boundaries on news copy written for these tests."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tradereader.sentences import (
    MAX_BLOCK,
    MAX_SENTENCE,
    SentenceIndex,
    sentence_spans,
    sentences_in_paragraph,
    word_spans,
)


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences_in_paragraph(text, 0, len(text))]


@pytest.mark.parametrize(
    ("copy", "expected"),
    [
        (
            "U.S. officials met in Geneva. They talked for hours.",
            ["U.S. officials met in Geneva.", "They talked for hours."],
        ),
        (
            "Exports to the U.S. The deficit narrowed.",
            ["Exports to the U.S.", "The deficit narrowed."],
        ),
        (
            "The U.S. Trade Representative spoke. Talks resumed.",
            ["The U.S. Trade Representative spoke.", "Talks resumed."],
        ),
        (
            "Dr. Jane Q. Smith of the E.U. delegation agreed. Others did not.",
            ["Dr. Jane Q. Smith of the E.U. delegation agreed.", "Others did not."],
        ),
        (
            "Under Section No. 301 the rule applies. It is old.",
            ["Under Section No. 301 the rule applies.", "It is old."],
        ),
        (
            "Exports rose 3.5 percent to $1.2 billion in Jan. 2020. Imports fell.",
            ["Exports rose 3.5 percent to $1.2 billion in Jan. 2020.", "Imports fell."],
        ),
        (
            '"We are pleased," she said. "The numbers speak." Markets rallied.',
            ['"We are pleased," she said.', '"The numbers speak."', "Markets rallied."],
        ),
        (
            "\u201cWhy now?\u201d she asked. \u201cBecause.\u201d Nobody laughed.",
            ["\u201cWhy now?\u201d she asked.", "\u201cBecause.\u201d", "Nobody laughed."],
        ),
        (
            "They met Mr. J.R. Ewing at 5 p.m. Tuesday. He left at 6 p.m. The talks went on.",
            [
                "They met Mr. J.R. Ewing at 5 p.m. Tuesday.",
                "He left at 6 p.m.",
                "The talks went on.",
            ],
        ),
        (
            "Sen. Max Baucus of Mont. and Gov. Lee met in St. Louis on Feb. 3. It rained.",
            ["Sen. Max Baucus of Mont. and Gov. Lee met in St. Louis on Feb. 3.", "It rained."],
        ),
        ("Is it a deal? Yes! Not yet...", ["Is it a deal?", "Yes!", "Not yet..."]),
        (
            "Apple Inc. said it would comply. Sales fell.",
            ["Apple Inc. said it would comply.", "Sales fell."],
        ),
        ("Output rose in 2019. 2020 was worse.", ["Output rose in 2019.", "2020 was worse."]),
        (
            "$3 billion was at stake. (Reporting by Ann Lee.)",
            ["$3 billion was at stake.", "(Reporting by Ann Lee.)"],
        ),
    ],
)
def test_news_sentences(copy: str, expected: list[str]) -> None:
    assert sentences(copy) == expected


def test_wrapped_wire_copy_and_bullets() -> None:
    copy = "Tariffs on steel\nwill rise. Key points:\n- quotas end\n- duties fall"
    assert sentences(copy) == [
        "Tariffs on steel\nwill rise.",
        "Key points:",
        "- quotas end",
        "- duties fall",
    ]


def test_numbered_points_and_nouns_after_us() -> None:
    copy = (
        "The ministers said:\n    1. The dollar is stable.\n"
        "    2. Rates hold. U.S. Officials agreed in 1987. 2 more met."
    )
    assert sentences(copy) == [
        "The ministers said:",
        "1. The dollar is stable.",
        "2. Rates hold.",
        "U.S. Officials agreed in 1987.",
        "2 more met.",
    ]


def test_spans_index_the_article_text_and_skip_the_title() -> None:
    text = "Headline Here\n\nFirst one. Second one.\n\nThird one."
    paragraphs = [(15, 37), (39, 49)]
    spans = sentence_spans(text, paragraphs)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one.", "Third one."]
    assert spans[0] == (15, 25)


def test_a_run_without_punctuation_is_cut_at_whitespace() -> None:
    copy = "word " * 1000
    spans = sentences_in_paragraph(copy, 0, len(copy))
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(copy[s] != " " and copy[e - 1] != " " for s, e in spans)


def test_words() -> None:
    text = "The U.S. well-known rate, 3.5%, didn't move at 5 p.m. today."
    assert [text[s:e] for s, e in word_spans(text)] == [
        "The", "U.S.", "well-known", "rate", "3.5", "didn't", "move", "at", "5", "p.m.", "today",
    ]


def test_word_spans_respect_the_range() -> None:
    text = "alpha beta gamma"
    assert word_spans(text, 6, 16) == [(6, 10), (11, 16)]


PARAGRAPH = "Officials met in Geneva on Monday. The U.S. side asked for more time. China agreed. "


def test_index_is_lazy_and_navigates_across_paragraphs() -> None:
    text = "Title\n\n" + PARAGRAPH.strip() + "\n\n" + "Talks end Friday. Both sides spoke."
    second = text.index("Talks")
    index = SentenceIndex(text, [(7, second - 2), (second, len(text))])
    assert index._cache == {}
    first = index.sentence_at(0)  # the title is no sentence: the first one after it
    assert text[slice(*first)] == "Officials met in Geneva on Monday."
    assert list(index._cache) == [0]
    last_of_first = index.previous_sentence(second)
    assert text[slice(*last_of_first)] == "China agreed."
    following = index.next_sentence(last_of_first[0])
    assert text[slice(*following)] == "Talks end Friday."
    assert index.next_sentence(index.sentence_at(len(text) - 1)[0]) is None
    assert index.previous_sentence(first[0]) is None


def test_a_huge_paragraph_is_segmented_in_blocks_quickly() -> None:
    text = "\n".join([PARAGRAPH] * 80_000)  # ~6.7 MB, one paragraph
    index = SentenceIndex(text, [(0, len(text))])
    assert len(index) > len(text) // MAX_BLOCK
    started = time.perf_counter()
    middle = index.sentence_at(len(text) // 2)
    assert time.perf_counter() - started < 0.2
    assert text[slice(*middle)] in PARAGRAPH


def test_speed_of_a_full_pass() -> None:
    text = PARAGRAPH * 12_000  # ~1 MB
    started = time.perf_counter()
    spans = sentences_in_paragraph(text, 0, len(text))
    assert time.perf_counter() - started < 2.0
    assert len(spans) == 36_000


def test_no_textual_or_rich_imported() -> None:
    probe = (
        "import sys, tradereader.sentences; "
        "print([m for m in sys.modules if m.split('.')[0] in ('textual', 'rich', 'pysbd')])"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
