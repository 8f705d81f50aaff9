"""The engine's fast paths: Mentions built through slot setters, the paused collector."""

from __future__ import annotations

import gc
import threading

import pytest

from tradereader.extract import extract, extract_actors_issues
from tradereader.extract.mentions import mentions_from, mentions_of_rows, new_mention
from tradereader.model import Mention

TEXT = ("U.S. Trade Representative Clayton Yeutter said on March 3 that Japan's "
        "Ministry of International\nTrade and Industry would cut tariffs. ")


def test_fast_mentions_equal_constructed_ones():
    found = extract_actors_issues(TEXT)
    fast = mentions_from(TEXT, found)
    slow = [Mention(f.start, f.end, TEXT[f.start:f.end], f.kind, f.subtype, f.value, f.why)
            for f in found]
    assert fast == slow
    assert [type(m) for m in fast] == [Mention] * len(slow)
    assert [m.to_dict() for m in fast] == [m.to_dict() for m in slow]
    assert len({hash(m) for m in fast}) == len(slow)
    assert [new_mention(m.start, m.end, m.text, m.kind, m.subtype, m.value, m.why)
            for m in slow] == slow


def test_mentions_of_rows_equal_constructed_ones():
    rows = [(30, 38, "date", "date", "1987-03-03", "month day"),
            (4, 9, "date", "duration", "P1Y", "year"), (4, 9, "date", "date", "x", "")]
    fast = mentions_of_rows(TEXT, rows)
    slow = [Mention(s, e, TEXT[s:e], kind, subtype, value, why)
            for s, e, kind, subtype, value, why in rows]
    assert [m.to_dict() for m in fast] == [m.to_dict() for m in slow]
    assert fast == slow and [type(m) for m in fast] == [Mention] * 3


def test_collector_back_on_after_extract():
    assert gc.isenabled()
    extract(TEXT, "1987-03-04")
    assert gc.isenabled()


def test_collector_left_off_if_it_was_off():
    gc.disable()
    try:
        extract(TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_back_on_after_an_error():
    with pytest.raises(TypeError):
        extract(None)  # type: ignore[arg-type]
    assert gc.isenabled()


def test_collector_back_on_after_concurrent_extractions():
    results = []

    def work():
        for _ in range(20):
            results.append(len(extract(TEXT * 20, "1987-03-04")))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()
    assert len(set(results)) == 1 and len(results) == 80


def test_dates_merge_in_by_span_after_a_mention_of_the_same_span():
    found = [(0, 5, "actor", "country", "USA", "why", 1), (10, 20, "issue", "topic", "t", "w", 1),
             (10, 30, "actor", "person", "p", "w", 1), (40, 45, "issue", "topic", "t", "w", 1)]
    text = "x" * 50
    dates = [new_mention(0, 3, "xxx", "date", "date", "1987", "year"),
             new_mention(10, 20, "x" * 10, "date", "date", "1987-03", "month"),
             new_mention(46, 50, "xxxx", "date", "date", "1988", "year")]
    merged = mentions_from(text, found, dates)
    assert [(m.start, m.end, m.kind) for m in merged] == [
        (0, 3, "date"), (0, 5, "actor"), (10, 20, "issue"), (10, 20, "date"), (10, 30, "actor"),
        (40, 45, "issue"), (46, 50, "date")]
    assert merged[3] is dates[1]


def test_dates_put_in_where_a_stable_sort_by_span_would_put_them():
    import random

    from tradereader.extract.mentions import dates_put_in, ordered_mentions

    rng = random.Random(7)
    text = "x" * 80
    for _ in range(300):  # many spans sharing a start, dates among and after them
        found = [(s, s + rng.randint(1, 6), "actor", "country", "v", "w", 1)
                 for s in sorted(rng.randint(0, 60) for _ in range(rng.randint(0, 12)))]
        spans = sorted((s, s + rng.randint(1, 6)) for s in
                       (rng.randint(0, 70) for _ in range(rng.randint(0, 6))))
        dates = [new_mention(s, e, "d", "date", "date", "1987", "year") for s, e in spans]
        mentions, found_starts = ordered_mentions(text, found)
        put = dates_put_in(mentions, found_starts, dates)
        # a date after every mention whose span is not after its own: a stable sort by span
        expected = sorted(mentions + dates, key=lambda m: (m.start, m.end))
        assert [id(m) for m in put] == [id(m) for m in expected]


def test_extract_is_sorted_by_span_with_dates_in_place():
    text = "On March 3, 1987, Japan said tariffs would rise in April. " * 3
    mentions = extract(text, "1987-03-04")
    assert [(m.start, m.end) for m in mentions] == sorted((m.start, m.end) for m in mentions)
    assert {m.kind for m in mentions} == {"actor", "issue", "date"}


def test_a_long_text_scans_on_a_second_thread_with_the_same_result(monkeypatch):
    import tradereader.extract as engine

    text = ("U.S. Trade Representative Clayton Yeutter said on March 3 that Japan's "
            "Ministry of International\nTrade and Industry would cut tariffs.\n\n") * 800
    assert len(text) >= engine._OVERLAP_FROM
    started = []
    real_thread = threading.Thread

    def counting_thread(*args, **kwargs):
        started.append(kwargs.get("target"))
        return real_thread(*args, **kwargs)

    monkeypatch.setattr(threading, "Thread", counting_thread)
    overlapped = extract(text, "1987-03-04")
    assert len(started) == 3  # the date prefilter's scan, the lexicon's, the surnames'
    monkeypatch.setattr(engine, "_OVERLAP_FROM", len(text) + 1)
    assert extract(text, "1987-03-04") == overlapped
    assert len(started) == 3  # the serial run started none


def test_an_error_on_the_scanning_thread_reaches_the_caller(monkeypatch):
    import tradereader.extract as engine

    def broken(*_args):
        raise MemoryError("scan failed")

    monkeypatch.setattr(engine, "lexicon_matches", broken)
    monkeypatch.setattr(engine, "_OVERLAP_FROM", 1)
    with pytest.raises(MemoryError, match="scan failed"):
        extract(TEXT)
    assert gc.isenabled()


def test_extraction_leaves_nothing_frozen_out_of_the_collectors_reach():
    before = gc.get_freeze_count()
    extract(TEXT, "1987-03-04")
    assert gc.get_freeze_count() == before  # promoted to the oldest generation, not frozen


def _overlaps_walked_one_by_one(found):
    """`resolve_overlaps` as a plain walk over every candidate: the reference."""
    from tradereader.extract.resolve import _settle

    kept, clusters, reach = [], [], -1
    for cand in sorted(found):
        if clusters and cand[0] < reach:
            clusters[-1].append(cand)
            reach = max(reach, cand[1])
        else:
            clusters.append([cand])
            reach = cand[1]
    for cluster in clusters:
        if len(cluster) > 1:
            _settle(cluster, kept)
        else:
            kept.append(cluster[0])
    return kept


def test_overlap_clusters_settled_as_by_a_walk_over_every_candidate():
    import random

    from tradereader.extract.lexmatch import Found
    from tradereader.extract.resolve import resolve_overlaps

    rng = random.Random(7)
    for _ in range(300):  # long spans over several short ones, chains, spans apart
        found = []
        for _ in range(rng.randrange(0, 14)):
            start = rng.randrange(0, 60)
            end = start + rng.choice((1, 2, 3, 5, 20))
            found.append(Found(start, end, "actor", "country", "X", "w", rng.randrange(3)))
        assert resolve_overlaps(found) == _overlaps_walked_one_by_one(found)


def test_what_survives_a_cluster_comes_back_in_text_order():
    """A later, stronger candidate inside a long one and an earlier, weaker one both
    survive: they come back sorted by start, as `extract` promises."""
    from tradereader.extract.lexmatch import Found
    from tradereader.extract.resolve import resolve_overlaps

    early = Found(0, 5, "actor", "country", "CHN", "w", 1)
    long_name = Found(0, 53, "actor", "institution", "X", "w", 1)
    person = Found(21, 44, "actor", "person", "Y", "w", 3)
    assert resolve_overlaps([person, long_name, early]) == [early, person]


def test_forget_phrases_empties_the_memos_and_changes_no_result():
    from tradereader.extract import extract, forget_phrases
    from tradereader.extract import dates, names

    text = "Trade Representative Clayton Yeutter said on Tuesday that Yeutter met in March."
    first = extract(text, "1987-03-15")
    assert dates._resolve.cache_info().currsize and names._clean_span.cache_info().currsize
    forget_phrases()
    assert dates._resolve.cache_info().currsize == 0
    assert names._clean_span.cache_info().currsize == 0
    assert extract(text, "1987-03-15") == first


LONG_STORY = (
    "The United States and the European Community agreed on Monday that the U.S. trade "
    "deficit with Japan, which the Ministry of International\nTrade and Industry put at "
    "58.6 billion dlrs, must fall. Japanese government officials said Tokyo would open "
    "its markets. U.S. Trade Representative Clayton Yeutter told reporters the European "
    "Commissioner for trade, Willy De Clercq, said the EC's farm subsidies were unfair.\n"
    "    Senate Finance Committee chairman Lloyd Bentsen said the trade bill would pass.\n\n"
)


@pytest.mark.parametrize("piece", [1, 5, 17, 40, 97, 256])
def test_scan_piece_by_piece_finds_what_one_search_finds(piece, monkeypatch):
    from tradereader.extract import lexmatch
    from tradereader.extract.lexicon import load_lexicon, shipped_automaton
    from tradereader.extract.normalize import fold

    text = LONG_STORY * 3
    folded, omap = fold(text)
    lex, automaton = load_lexicon(), shipped_automaton()
    whole = lexmatch.scan(text, folded, omap, lex, automaton,
                          lexmatch.lexicon_matches(folded, automaton))
    monkeypatch.setattr(lexmatch, "_PIECE", piece)
    pieces = list(lexmatch._pieces_matched(" " + folded + " ", automaton,
                                           lexmatch._plans(lex)[2]))
    assert len(pieces) > 3  # many pieces, not one
    assert lexmatch.scan(text, folded, omap, lex, automaton) == whole
    assert len(whole.found) > 30 and whole.cues


def test_a_users_phrase_with_edge_marks_matches_only_where_the_text_has_them():
    from tradereader.extract import extract
    from tradereader.model import LexiconEntry

    lexicon = [LexiconEntry("C++", "issue"), LexiconEntry("[x]", "actor"),
               LexiconEntry("Acme Corp.", "actor")]
    text = "They code in C++ and C, see [x] and x, and Acme Corp. said so."
    found = [(m.text, m.kind) for m in extract(text, lexicon=lexicon) if "your lexicon" in m.why]
    assert found == [("C++", "issue"), ("[x]", "actor"), ("Acme Corp.", "actor")]


@pytest.mark.parametrize("long", [False, True], ids=["short", "long"])
def test_a_lone_surrogate_in_the_text_is_read_past(long, monkeypatch):
    """A text can hold a lone surrogate (JSON's `"\\udcff"`), which has no UTF-8: the
    native scans must not fail on it, and the mentions around it keep their offsets."""
    import tradereader.extract as engine

    story = ("Trade Representative Clayton Yeutter said on March 3 that Japan \udcff would "
             "cut tariffs.\n\nYeutter \udcff said talks resume on Monday.\n\n")
    text = story * (engine._OVERLAP_FROM // len(story) + 1 if long else 1)
    monkeypatch.setattr(engine, "_HELPER_FROM", len(text) + 1)
    found = extract(text, "1987-03-04")
    clean = extract(text.replace("\udcff", "x"), "1987-03-04")
    assert [(m.start, m.end, m.kind, m.value) for m in found] == \
        [(m.start, m.end, m.kind, m.value) for m in clean]
    assert {"JPN", "Clayton Yeutter", "tariffs", "1987-03-03"} <= {m.value for m in found}
    assert all(text[m.start:m.end] == m.text for m in found)
