"""Mentions kept as columns: same Mentions back, groups, overlap, block-wise extraction."""

from __future__ import annotations

from array import array

from tradereader.model import Mention
from tradereader.ui.mention_groups import ready_mentions, spans_of_kind
from tradereader.ui.mention_table import MentionTable, extract_in_blocks, text_blocks
from tradereader.ui.widgets.entity_tree import group_mentions
from tradereader.ui.widgets.highlights import SpanIndex

MENTIONS = [
    Mention(30, 35, "China", "actor", "country", "CHN", "lexicon country:China"),
    Mention(0, 13, "United States", "actor", "country", "USA", "lexicon country:United States"),
    Mention(16, 23, "tariffs", "issue", "", "tariffs", "lexicon issue"),
    Mention(40, 43, "U.S", "actor", "country", "USA", "lexicon country:U.S."),
    Mention(50, 55, "China", "actor", "country", "CHN", "lexicon country:China"),
]


def test_the_table_gives_the_same_mentions_back_in_reading_order():
    table = MentionTable(MENTIONS)
    assert list(table) == sorted(MENTIONS, key=lambda m: (m.start, m.end))
    assert table[0] == MENTIONS[1] and len(table) == 5
    assert len(table.details) == 4  # the two "China" mentions share their details


def test_overlapping_finds_the_mentions_touching_a_range():
    table = MentionTable(MENTIONS)
    assert [m.text for m in table.overlapping(10, 20)] == ["United States", "tariffs"]
    assert table.overlapping(13, 16) == []


def test_groups_count_mentions_and_keep_them_in_reading_order():
    groups = group_mentions(MENTIONS)
    (label, entries), = groups["actor"]
    assert label == "Countries"
    by_value = {entry.value: entry for entry in entries}
    assert [m.start for m in by_value["CHN"].mentions] == [30, 50]
    assert by_value["CHN"].mentions.spans() == [(30, 35), (50, 55)]
    assert by_value["USA"].surface == "United States"
    assert by_value["USA"].mentions[1].why == "lexicon country:U.S."
    assert [len(e.mentions) for e in entries] == [2, 2]


def test_spans_of_a_kind_make_a_span_index():
    index = spans_of_kind(MentionTable(MENTIONS), "actor")
    assert list(index) == [(0, 13), (30, 35), (40, 43), (50, 55)]
    assert index.longest == 13
    assert list(spans_of_kind(MentionTable(MENTIONS), "issue")) == [(16, 23)]
    assert list(SpanIndex([(9, 12), (1, 4), (3, 3)])) == [(1, 4), (9, 12)]  # sorted, empty dropped


def test_span_arrays_out_of_order_or_empty_are_indexed_as_spans_are():
    def index(starts, ends):
        return SpanIndex.from_arrays(array("i", starts), array("i", ends))

    sorted_arrays = index([1, 5, 5], [4, 6, 9])
    assert list(sorted_arrays) == [(1, 4), (5, 6), (5, 9)] and sorted_arrays.longest == 4
    assert list(index([9, 1], [12, 4])) == [(1, 4), (9, 12)]
    assert list(index([1, 3], [4, 3])) == [(1, 4)]  # the empty span is dropped
    assert list(sorted_arrays.overlapping(5, 6)) == [(5, 6), (5, 9)]


def test_ready_mentions_group_and_index_the_table():
    table = MentionTable(MENTIONS)
    ready = ready_mentions(table)
    assert ready.table is table
    assert _entities(ready.groups) == _entities(group_mentions(table))
    assert {kind: list(index) for kind, index in ready.spans.items()} == {
        "actor": [(0, 13), (30, 35), (40, 43), (50, 55)], "issue": [(16, 23)], "date": []}


def test_blocks_end_after_a_blank_line_and_cover_the_text():
    text = "aaaa\n\nbbbb\n\ncccc"
    blocks = list(text_blocks(text, size=3))
    assert blocks == [(0, 6), (6, 12), (12, 16)]


def test_a_large_text_is_extracted_block_by_block_with_offsets_shifted():
    text = "China said.\n\n" * 4
    seen = []

    def extract(block: str) -> list[Mention]:
        seen.append(block)
        return [Mention(0, 5, "China", "actor", "country", "CHN", "")]

    table = extract_in_blocks(extract, text, blocks_above=10, block_size=20)
    assert seen == ["China said.\n\nChina said.\n\n"] * 2
    assert [m.start for m in table] == [0, 26]
    assert all(text[m.start:m.end] == "China" for m in table)
    whole = extract_in_blocks(extract, text)  # small: one call
    assert len(whole) == 1 and seen[-1] == text


def test_the_child_process_extracts_what_extract_finds_in_this_one():
    from tradereader.extract import extract
    from tradereader.ui.extract_child import extract_in_child

    text = "China and the United States resumed trade talks on tariffs on 3 May 2020.\n"
    ready = extract_in_child(text, "2020-05-01", [], lambda: False)
    here = ready_mentions(MentionTable(extract(text, "2020-05-01", lexicon=[])))
    assert list(ready.table) == list(here.table) and len(ready.table) > 0
    assert _entities(ready.groups) == _entities(here.groups)  # grouped in the child
    assert {kind: list(spans) for kind, spans in ready.spans.items()} == \
        {kind: list(spans) for kind, spans in here.spans.items()}
    assert list(ready.spans["actor"])


def _entities(groups) -> list:
    return [(kind, label, entry.value, entry.surface, list(entry.mentions))
            for kind, labelled in groups.items() for label, entries in labelled
            for entry in entries]


def test_a_cancelled_child_extraction_is_abandoned():
    import pytest

    from tradereader.ui.background import Abandoned
    from tradereader.ui.extract_child import extract_in_child

    with pytest.raises(Abandoned):
        extract_in_child("China said.\n" * 1000, None, [], lambda: True)
