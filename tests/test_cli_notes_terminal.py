"""`tradereader notes` on a terminal: each note a block wrapped between words."""

from __future__ import annotations

import pytest

from tradereader.commands import _note_block, _note_line

ROW = {"id": "62f650439120abcd", "article": "1da779524c50ffff", "orphaned": False,
       "quote": "Apple has already been hit with tariffs on some products, including\n"
                "its Apple Watch, AirPods and HomePod, according to Bloomberg.",
       "note": "end note about the watch tariffs", "tags": ["apple", "tariffs"]}


def test_a_note_on_a_terminal_is_a_block_wrapped_between_words(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COLUMNS", "50")
    lines = _note_block(ROW).splitlines()
    assert lines[0] == "note 62f650439120  article 1da779524c50  #apple  #tariffs"
    body = lines[1:]
    assert all(len(line) <= 49 and line.startswith("  ") for line in body if line)
    words = " ".join(body).split()
    assert " ".join(words) == ("“Apple has already been hit with tariffs on some products, "
                               "including its Apple Watch, AirPods and HomePod, according to "
                               "Bloomberg.” end note about the watch tariffs")


def test_a_note_for_a_pipe_stays_one_line():
    """Line breaks in the quote (a passage over two paragraphs) or the note are spaces."""
    row = {**ROW, "quote": ROW["quote"].replace("\n", "\n\n"), "note": "first\nsecond"}
    line = _note_line(row)
    assert "\n" not in line and line.startswith("62f650439120  1da779524c50")
    assert '"Apple has already been hit with tariffs on some products, including its Apple' in line
    assert "first second  #apple #tariffs" in line


def test_a_note_block_names_its_article_by_title(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COLUMNS", "50")
    lines = _note_block(ROW, "Apple Braces for Tariffs on Watches and Earbuds").splitlines()
    assert lines[1] == "  in Apple Braces for Tariffs on Watches and …"
    assert lines[2].startswith("  “Apple has already")
