"""Up from the first row of a tab's list goes back out, to where Down came in from."""

from __future__ import annotations

from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import OptionList, TabbedContent, Tabs


def focus_tab_strip(widget: Widget) -> bool:
    """Focus the tab strip of the tabbed pane holding `widget` (there Left and Right
    change tabs); False if it is in none."""
    strip = next((tabs for ancestor in widget.ancestors if isinstance(ancestor, TabbedContent)
                  for tabs in ancestor.query(Tabs)), None)
    if strip is None:
        return False
    strip.focus()
    return True


class OutwardList(OptionList):
    """An option list whose Up on the first option leaves it (it would wrap to the last):
    to the widget `above` names (a query within the parent), or else the tab strip."""

    BINDINGS = [Binding("up", "up_or_out", "Up", show=False)]

    def __init__(self, *args, above: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.above = above

    def action_up_or_out(self) -> None:
        if self.highlighted:  # neither None nor the first
            self.action_cursor_up()
        elif self.above is not None and self.parent is not None:
            self.parent.query_one(self.above).focus()
        else:
            focus_tab_strip(self)
