"""The keys of the annotating half of the reader (AnnotatingScreen): the sentence cursor,
the selection and the notes; which of them a read-only window refuses, and which apply
only while selecting."""

from __future__ import annotations

from textual.binding import Binding

from tradereader.ui.read_only import refusals

NOTE_KEYS = [
    Binding("j", "sentence_down", "Sentence ↓", show=False),
    Binding("k", "sentence_up", "Sentence ↑", show=False),
    Binding("J", "paragraph_down", "Paragraph ↓", show=False),
    Binding("K", "paragraph_up", "Paragraph ↑", show=False),
    Binding("v", "toggle_selection", "Select"),
    # the footer shows the short descriptions (while selecting), the help the tooltips
    Binding("w", "word_forward", "End → word", show=False,
            tooltip="End of the selection a word on (or start one)"),
    Binding("b", "word_back", "End ±word", key_display="w/b",
            tooltip="End of the selection a word back (else: page up)"),
    Binding("W", "start_word_forward", "Start ±word", key_display="W/B",
            tooltip="Start of the selection a word on (select a phrase)"),
    Binding("B", "start_word_back", "Start ← word", show=False,
            tooltip="Start of the selection a word back"),
    Binding("a", "annotate", "Annotate"),
    Binding("enter", "edit_note", "Edit note", show=False),
    Binding("x", "delete_note", "Delete note", show=False),
    Binding("u", "undo", "Undo", show=False),
    Binding("left_square_bracket", "previous_note", "Previous note", show=False),
    Binding("right_square_bracket", "next_note", "Next note", show=False),
    Binding("escape", "cancel_selection", "Cancel selection", show=False),
]
# what a read-only window refuses (a selection is only for notes and the lexicon): these
# keys leave its footer, and their hidden twins say why when pressed
NOTE_WRITE_ACTIONS = frozenset(
    {"toggle_selection", "word_forward", "annotate", "edit_note", "delete_note", "undo"}
)
NOTE_REFUSALS = refusals(NOTE_KEYS, NOTE_WRITE_ACTIONS)
# the keys that apply (and show in the footer) only while selecting
SELECTING_ACTIONS = frozenset(
    {"word_back", "start_word_forward", "start_word_back", "cancel_selection"}
)
