"""Lists for the lexicon keys: the user's own entries (remove one: the undo of `L`
and `X`), and the choice of which highlight is wrong when the cursor covers several.

    app.push_screen(LexiconListDialog(entries, library.remove_lexicon_entry), on_done)
    # on_done(True) when an entry was removed (extract again)
    app.push_screen(MentionChoiceDialog(mentions), on_chosen)   # on_chosen(Mention | None)
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from tradereader.model import LexiconEntry, Mention

Remover = Callable[[LexiconEntry], object]


def entry_line(entry: LexiconEntry) -> Text:
    """`+ Geneva  actor/institution → Geneva talks` or `− sides  actor (suppressed)`."""
    if entry.action == "suppress":
        line = Text("− ", style="bold red")
        line.append(entry.phrase)
        line.append(f"  {entry.kind}, marked wrong", style="dim")
        return line
    line = Text("+ ", style="bold green")
    line.append(entry.phrase)
    kind = f"{entry.kind}/{entry.subtype}" if entry.subtype else entry.kind
    line.append(f"  {kind} → {entry.value or entry.phrase}", style="dim")
    return line


class LexiconListDialog(ModalScreen[bool]):
    """The user's lexicon; Enter or Delete removes the highlighted entry at once.

    Dismisses with whether anything was removed. `remove` is None for a read-only
    library (the list is shown, removing is refused).
    """

    DEFAULT_CSS = """
    LexiconListDialog OptionList {
        height: auto;
        max-height: 20;
        margin-top: 1;
    }
    LexiconListDialog #lexicon-list-hint {
        color: $text-muted;
        margin-top: 1;
    }
    """

    BINDINGS = [
        Binding("escape,q", "close", "Close"),
        Binding("delete,d", "remove", "Remove"),
    ]

    def __init__(self, entries: list[LexiconEntry], remove: Remover | None) -> None:
        super().__init__()
        self.entries = list(entries)
        self._remove = remove
        self.changed = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="lexicon-list-dialog"):
            yield Label("My lexicon", classes="dialog-title")
            yield Static(self._summary(), id="lexicon-list-summary", markup=False)
            yield OptionList(*self._options(), id="lexicon-entries")
            yield Static("Enter or Delete: remove the entry (from every article) · Esc: close",
                         id="lexicon-list-hint", markup=False)

    def _summary(self) -> str:
        if not self.entries:
            return "Empty: add words with L, mark a highlight as wrong with X."
        return f"{len(self.entries)} entr{'y' if len(self.entries) == 1 else 'ies'}"

    def _options(self) -> list[Option]:
        return [Option(entry_line(entry)) for entry in self.entries]

    @on(OptionList.OptionSelected)
    def action_remove(self) -> None:
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None or not self.entries:
            return
        if self._remove is None:
            self.notify("The library is open read-only: the lexicon cannot change.",
                        severity="warning")
            return
        entry = self.entries[index]
        try:
            self._remove(entry)
        except Exception as error:  # noqa: BLE001 - shown in the list, which stays
            self.notify(f"Not removed: {error}", severity="error", markup=False)
            return
        self.changed = True
        del self.entries[index]
        options.remove_option_at_index(index)
        self.query_one("#lexicon-list-summary", Static).update(self._summary())
        self.notify(f"Removed “{entry.phrase}” from your lexicon.", markup=False)

    def action_close(self) -> None:
        self.dismiss(self.changed)


class MentionChoiceDialog(ModalScreen[Mention | None]):
    """Which of these highlights is wrong? Dismisses with the one chosen (or None)."""

    DEFAULT_CSS = """
    MentionChoiceDialog OptionList {
        height: auto;
        max-height: 16;
    }
    MentionChoiceDialog #mention-choice-hint {
        color: $text-muted;
        margin-top: 1;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, mentions: list[Mention]) -> None:
        super().__init__()
        self.mentions = mentions

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Which highlight is wrong?", classes="dialog-title")
            yield OptionList(*(Option(self._line(m)) for m in self.mentions))
            # the dialog has no footer: what Enter does, and the way out
            yield Static("Enter: never highlight that phrase as that kind again (every "
                         "article) · Esc: cancel", id="mention-choice-hint", markup=False)

    @staticmethod
    def _line(mention: Mention) -> Text:
        line = Text(" ".join(mention.text.split()), style="bold")
        kind = f"{mention.kind}/{mention.subtype}" if mention.subtype else mention.kind
        line.append(f"  {kind} → {mention.value}", style="dim")
        return line

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.mentions[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)
