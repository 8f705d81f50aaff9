"""The engine's fast paths: Mentions built through slot setters, the paused collector."""

from __future__ import annotations

import gc
import threading

import pytest

from tradereader.extract import extract, extract_actors_issues
from tradereader.extract.mentions import mentions_from, new_mention
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
    with pytest.raises(AttributeError):
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
