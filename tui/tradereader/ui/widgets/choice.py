"""A radio button whose mark tells the choice without colour.

Textual's radio button draws the same `●` chosen or not and tells them apart by colour
alone (its compact style most faintly), which a monochrome terminal, a colour-blind
reader or a screen reader's text cannot see. `ChoiceButton` draws `●` when chosen and
`○` when not; everything else is the radio button's.
"""

from __future__ import annotations

from textual.widgets import RadioButton

__all__ = ["ChoiceButton", "CHOSEN", "NOT_CHOSEN"]

CHOSEN, NOT_CHOSEN = "\u25cf", "\u25cb"  # ● ○


class ChoiceButton(RadioButton):
    """A `RadioButton` marked `●` when chosen and `○` when not."""

    @property
    def BUTTON_INNER(self) -> str:  # noqa: N802 (the name Textual's toggle button reads)
        return CHOSEN if self.value else NOT_CHOSEN
