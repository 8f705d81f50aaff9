"""A long text read in two parts (one by the helper process): the scan of the lexicon and
the names read near its titles and cues, each part's joined, equal the whole text's;
where a name of the lexicon crosses from one part into the other, the split is refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tradereader.extract as engine
from tradereader.extract import shipped_automaton
from tradereader.extract.lexicon import load_lexicon
from tradereader.extract.lexmatch import (
    Scan, joined, scan, scan_before, scan_from, scan_of_rows, scan_rows,
)
from tradereader.extract.normalize import fold, fold_from
from tradereader.extract.people import people_near

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_e58fc7d3f057b8d5.txt"

STORIES = (
    "By Jane Doe\n\nWASHINGTON, March 3 (Reuters) - U.S. Trade Representative Clayton "
    "Yeutter said Japan's Ministry of International\nTrade and Industry would cut tariffs "
    "on semiconductors, a senior official said.\n\n"
    "Carla Hills, the U.S. Trade Representative, told reporters the European Community "
    "must open its markets. \"We will not wait,\" Hills said.\n\n"
    "Economist Wei Yao, of the Peterson Institute, said the Chinese government would buy "
    "more soybeans. Thad Cochran (R-Miss.) agreed.\n\n"
    "(Reporting by Jane Doe in Washington and Kaori Ishida in Tokyo; Editing by Asia Desk)"
    "\n\nOwen Churchill, Jun Mai and Frank Tang contributed to this report.\n\n\n"
)


def _text() -> str:
    return (STORIES + SEED.read_text(encoding="utf-8") + "\n\n") * 3


def _breaks(text: str) -> list[int]:
    """Where each run of white space of a line break and more ends (a part may start)."""
    return [m.end() for m in re.finditer(r"\n\s*", text) if m.end() < len(text)
            and len(m.group()) > 1]


def _parts(text: str, start: int) -> tuple[Scan | None, Scan]:
    folded, omap = fold(text)
    stop = omap.folded_after_run(start)
    assert stop is not None
    lex, automaton = load_lexicon(), shipped_automaton()
    return (scan_before(text, folded, omap, lex, automaton, stop),
            scan_from(text, start, lex, automaton))


def test_a_part_folded_from_a_run_is_the_whole_folds_tail_with_offsets_into_the_text():
    text = "Tariffs  rose.\n\n  The U.S.\tTrade  Representative said\n\nso."
    whole, whole_map = fold(text)
    start = text.index("The")
    stop = whole_map.folded_after_run(start)
    part, part_map = fold_from(text, start)
    assert part == whole[stop:]
    assert [part_map.start(i) for i in range(len(part))] == \
        [whole_map.start(stop + i) for i in range(len(part))]
    assert part_map.end(len(part)) == whole_map.end(len(whole))


def test_only_the_end_of_a_run_of_white_space_is_a_place_to_start_a_part():
    text = "Tariffs  rose. The  U.S. said"
    folded, omap = fold(text)
    assert omap.folded_after_run(text.index("rose")) == folded.index("rose")
    assert omap.folded_after_run(text.index("U.S.")) == folded.index("u s")
    assert omap.folded_after_run(text.index("The")) is None  # after a single space
    assert omap.folded_after_run(text.index("ose")) is None  # inside a word
    assert fold("no runs at all")[1].folded_after_run(3) is None


@pytest.mark.parametrize("where", [0.2, 0.4, 0.5, 0.55, 0.7, 0.9])
def test_two_parts_scanned_apart_are_the_whole_scan(where):
    text = _text()
    start = next(at for at in _breaks(text) if at >= len(text) * where)
    first, rest = _parts(text, start)
    assert first is not None
    folded, omap = fold(text)
    whole = scan(text, folded, omap, load_lexicon(), shipped_automaton())
    assert joined(first, rest) == whole
    assert first.found and rest.found and first.cues and rest.cues
    assert all(f.end <= start for f in first.found) and all(f.start >= start for f in rest.found)


def test_every_place_a_part_may_start_in_the_text_gives_the_whole_scan():
    text = STORIES + SEED.read_text(encoding="utf-8")[:6000]
    folded, omap = fold(text)
    whole = scan(text, folded, omap, load_lexicon(), shipped_automaton())
    for start in _breaks(text):
        first, rest = _parts(text, start)
        assert first is not None and joined(first, rest) == whole, start


def test_a_name_of_the_lexicon_across_the_two_parts_refuses_the_split():
    # the folded copy reads `... the european commission said ...` across the paragraphs
    text = "Officials of the European\n\nCommission said on Friday that tariffs would rise."
    start = text.index("Commission")
    first, _rest = _parts(text, start)
    assert first is None
    folded, omap = fold(text)
    whole = scan(text, folded, omap, load_lexicon(), shipped_automaton())
    assert "European\n\nCommission" in [text[f.start:f.end] for f in whole.found]


def test_a_country_before_a_body_in_the_next_paragraph_stays_apart_in_both():
    text = "The deal was signed by Japan\n\nGovernment officials said it would hold.\n\n"
    start = text.index("Government")
    first, rest = _parts(text, start)
    folded, omap = fold(text)
    whole = scan(text, folded, omap, load_lexicon(), shipped_automaton())
    assert first is not None and joined(first, rest) == whole


def test_a_scan_sent_as_rows_comes_back_the_same():
    text = _text()
    _first, rest = _parts(text, _breaks(text)[5])
    import marshal

    assert scan_of_rows(marshal.loads(marshal.dumps(scan_rows(rest)))) == rest


def test_names_read_near_two_parts_cues_are_those_of_the_whole():
    text = _text()
    folded, omap = fold(text)
    whole = scan(text, folded, omap, load_lexicon(), shipped_automaton())
    everyone = people_near(text, whole.titles, whole.cues)
    assert all(everyone)  # each rule finds someone here: the test can fail
    for where in (0.3, 0.55, 0.8):
        start = next(at for at in _breaks(text) if at >= len(text) * where)
        first, rest = _parts(text, start)
        near = joined(people_near(text, first.titles, first.cues),
                             tuple(people_near(text, rest.titles, rest.cues)))
        assert near == everyone


def test_the_engine_reads_a_part_the_helper_would_as_the_whole_reads_it():
    text = _text()
    start = engine._second_part(text)
    assert start is not None and text[start - 2:start] == "\n\n"
    rows, near = engine._part_read(text, start)
    folded, omap = fold(text)
    first = scan_before(text, folded, omap, load_lexicon(), shipped_automaton(),
                        omap.folded_after_run(start))
    whole = scan(text, folded, omap, load_lexicon(), shipped_automaton())
    assert joined(first, scan_of_rows(rows)) == whole
    assert joined(people_near(text, first.titles, first.cues), near) == \
        people_near(text, whole.titles, whole.cues)


def test_a_text_without_a_paragraph_break_past_the_share_has_no_second_part():
    assert engine._second_part("one paragraph " * 1000) is None
    assert engine._second_part("words " * 1000 + "\n\n") is None  # nothing after it


def test_a_name_across_the_split_is_found_where_the_split_follows_a_piece_of_the_search():
    # the search goes by pieces of `_PIECE` characters: a name that starts in one piece
    # and crosses the split in the next is found from the first (the review's case)
    from tradereader.extract.lexmatch import _PIECE

    text = "x" * (_PIECE - 4) + " European\n\nCommission said tariffs would rise.\n" + \
        "Tariffs rose. " * 20
    first, _rest = _parts(text, text.index("Commission"))
    assert first is None


@pytest.mark.parametrize("offset", range(-12, 13, 3))
def test_a_name_across_the_split_is_refused_wherever_the_pieces_fall(offset):
    from tradereader.extract.lexmatch import _PIECE

    head = "Tariffs rose. " * ((_PIECE + offset) // 14)
    text = head + "Officials of the European\n\nCommission said so.\n\n" + "More. " * 40
    first, _rest = _parts(text, text.index("Commission"))
    assert first is None


def test_a_greek_final_sigma_folds_alike_in_the_whole_and_in_a_part():
    # `İ` lowers to two characters, so the whole text is lowered one character at a
    # time; the part alone is lowered at once, where `lower()` writes a final sigma
    text = "İstanbul talks\n\nΟΔΟΣ x"
    start = text.index("Ο")
    whole, omap = fold(text)
    assert fold_from(text, start)[0] == whole[omap.folded_after_run(start):] == "οδοσ x"
