"""The publication date dialog (`p` in the reader): YYYY-MM-DD (or a day written out with
its month's name: `Nov 2, 2019`, `2 November 2019`), or empty to clear it.

    app.push_screen(PublishedDialog(article.published), on_done)
    # on_done(None): cancelled; on_done(""): clear the date; on_done("2024-03-13"): set it

A date that is not a real day is refused in the dialog, which stays open.
"""

from __future__ import annotations

import re
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from tradereader.model import published_problem
from tradereader.written_dates import written_day
from tradereader.ui.key_hold import TakesEarlyKeys

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def checked_day(raw: str) -> str:
    """`raw` as YYYY-MM-DD ("" for empty); ValueError with a readable reason otherwise."""
    text = raw.strip()
    if not text:
        return ""
    if ISO_DAY.fullmatch(text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{text} is not a day of the calendar.") from None
    else:
        day = written_day(text)
        if day is None:
            raise ValueError(f"“{text}” is not a date: write it as YYYY-MM-DD "
                             "(2024-03-13) or 13 March 2024.")
    problem = published_problem(day)
    if problem:
        raise ValueError(f"{problem}: is it a typo?")
    return day.isoformat()


class PublishedDialog(TakesEarlyKeys, ModalScreen[str | None]):
    """Asks for the publication date; dismisses with it, "" to clear, None to cancel."""

    DEFAULT_CSS = """
    PublishedDialog .dialog-buttons {
        margin-top: 1;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, published: str | None) -> None:
        super().__init__()
        self.published = published or ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="published-dialog"):
            yield Label("Publication date", classes="dialog-title")
            yield Static("Relative dates (“this week”) are resolved against it. "
                         "Leave it empty to clear it.", markup=False)
            yield Input(self.published, placeholder="YYYY-MM-DD or 13 March 2024",
                        id="published-date")
            yield Static("", id="published-error", classes="dialog-status", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Set", variant="primary", id="set")
                yield Button("Cancel", id="cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#set")
    def submit(self) -> None:
        error = self.query_one("#published-error", Static)
        try:
            day = checked_day(self.query_one("#published-date", Input).value)
        except ValueError as problem:
            error.update(str(problem))
            error.add_class("-error")
            return
        self.dismiss(day)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
