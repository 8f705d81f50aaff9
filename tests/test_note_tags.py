"""The `#tags` written in a note's text are its tags too (core: the editor and the CLI)."""

from __future__ import annotations

from tradereader.note_tags import tags_in_note, with_tags_in_note


def test_which_hashes_in_a_note_are_tags() -> None:
    assert tags_in_note("#phase-one, #US/China. end #truce.") == ("phase-one", "US/China", "truce")
    assert tags_in_note("#1 priority; # Heading; page#part; C# code; &#35;") == ()


def test_the_note_s_tags_come_after_those_given_each_once() -> None:
    assert with_tags_in_note(["wto", "truce"], "see #truce and #rice") == ("wto", "truce", "rice")
