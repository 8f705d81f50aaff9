"""Modal dialogs that return typed results: files read for import, a yes/no answer.

    app.push_screen(ImportDialog(read), on_done)   # read(path, progress) -> ImportedFiles
    # (in a thread; it may call progress(done, total) as it goes through a folder)
    # on_done(None): cancelled; on_done(ImportedFiles): at least one article was read,
    # or a W3C notes file (.json) found: the screen attaches its notes to the articles

The import dialog reads the files itself (in a thread worker) and stays open, the
typed path kept and the reason shown under it, until something could be read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from tradereader.ui.key_hold import TakesEarlyKeys

SHOWN_ERRORS = 3  # reasons listed in the import dialog; the rest are counted


@dataclass
class ImportedFiles:
    """What reading a path gave: the articles read, the W3C notes files found (.json, as
    `tradereader import` takes them), and one line per file refused."""

    articles: list[Any] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes_files: list[Path] = field(default_factory=list)


Progress = Callable[[int, int], None]  # (files read, files in all)
Reader = Callable[[Path, Progress], ImportedFiles]


def errors_text(errors: list[str]) -> str:
    """The first few reasons, one a line, and how many more there are."""
    shown = [f"Not imported: {error}" for error in errors[:SHOWN_ERRORS]]
    if len(errors) > SHOWN_ERRORS:
        shown.append(f"… and {len(errors) - SHOWN_ERRORS} more.")
    return "\n".join(shown)


def pasted_path(raw: str) -> Path:
    """The path as typed, or as a terminal pastes a file dragged onto it: in quotes
    (`'/news/a story.txt'`), with its spaces escaped (`/news/a\\ story.txt`) or as a
    `file://` URL. A path that exists as typed is taken as typed."""
    text = raw.strip()
    if not text or Path(text).expanduser().exists():
        return Path(text).expanduser()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    if text.startswith("file://"):
        from urllib.parse import unquote, urlparse

        text = unquote(urlparse(text).path)
    elif "\\" in text and not Path(text).expanduser().exists():
        text = re.sub(r"\\(.)", r"\1", text)
    return Path(text).expanduser()


class ImportDialog(TakesEarlyKeys, ModalScreen[ImportedFiles | None]):
    """Asks for a file or folder and reads it; dismisses with what was read (or None)."""

    DEFAULT_CSS = """
    ImportDialog .dialog-buttons {
        margin-top: 1;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    @dataclass
    class Read(Message):
        """Posted by the worker: what reading the path gave."""

        result: ImportedFiles

    @dataclass
    class Progressed(Message):
        """Posted by the worker as it goes through a folder."""

        done: int
        total: int

    def __init__(self, read: Reader) -> None:
        super().__init__()
        self._read = read
        self.reading = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="import-dialog"):
            yield Label("Import a file or a folder", classes="dialog-title")
            yield Input(placeholder="Path, e.g. ~/news/story.html", id="import-path")
            yield Static("", id="import-status", classes="dialog-status", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Import", variant="primary", id="import")
                yield Button("Cancel", id="cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#import")
    def submit(self) -> None:
        if self.reading:
            return
        raw = self.query_one("#import-path", Input).value.strip()
        if not raw:
            self._show_status("Type the path of a file or a folder.", error=True)
            return
        self._set_reading(True)
        self.read_path(pasted_path(raw))

    @work(thread=True, exclusive=True, group="import-read", exit_on_error=False)
    def read_path(self, path: Path) -> None:
        def progress(done: int, total: int) -> None:
            self.post_message(self.Progressed(done, total))  # not waiting for the screen

        try:
            result = self._read(path, progress)
        except Exception as error:  # noqa: BLE001 - shown in the dialog, never a crash
            result = ImportedFiles(errors=[str(error) or type(error).__name__])
        self.post_message(self.Read(result))

    @on(Progressed)
    def _progressed(self, message: Progressed) -> None:
        """A folder of many files takes a while (~0.3 s an HTML page): say how far."""
        if self.reading and message.total > 1:
            self._show_status(f"Reading {message.done} of {message.total} files…", busy=True)

    @on(Read)
    def _read_done(self, message: Read) -> None:
        self._set_reading(False)
        if message.result.articles or message.result.notes_files:
            self.dismiss(message.result)
            return
        self._show_status(errors_text(message.result.errors) or "Nothing to import there.",
                          error=True)
        self.query_one("#import-path", Input).focus()

    def _set_reading(self, reading: bool) -> None:
        self.reading = reading
        self.query_one("#import", Button).disabled = reading
        if reading:
            self._show_status("Reading…", busy=True)

    def _show_status(self, text: str, *, error: bool = False, busy: bool = False) -> None:
        status = self.query_one("#import-status", Static)
        status.update(text)
        status.set_class(error and bool(text), "-error")
        status.set_class(busy and bool(text), "-busy")

    @on(Input.Changed, "#import-path")
    def _path_changed(self) -> None:
        if not self.reading:
            self._show_status("")

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.workers.cancel_group(self, "import-read")
        self.dismiss(None)


class ConfirmDialog(TakesEarlyKeys, ModalScreen[bool]):
    """A yes/no question; dismisses with True only for an explicit yes. What is typed
    while it opens answers it (`d` then `y` at once in the library)."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, yes_label: str = "Delete") -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes_label

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="dialog-question", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.yes_label} (y)", variant="error", id="yes")
                yield Button("Cancel (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def answer_from_button(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
