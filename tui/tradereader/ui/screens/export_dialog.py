"""The export dialog: scope, format and destination; the export runs in a thread worker.

    dialog = ExportDialog(export_choices(library, article_id), partial(export_to_file, library))
    app.push_screen(dialog, on_done)        # on_done(Path | None): the file written

The dialog gets its choices as data and the export as a function: it never touches
the library. While the export runs the screen stays live and a bar counts the
articles done; an error (a path that cannot be written) is shown in the dialog, which
stays open; a file already at the destination is replaced only after a second press;
success notifies the path and dismisses with it. An article without notes is exported
like the CLI does it (its file says *No notes.*), and the notice says it had none. The
dialog clears the toasts when it opens: none covers its question or its buttons.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, ProgressBar, RadioSet, Select, Static
from textual.worker import get_current_worker

from tradereader.ui.background import Abandoned, run_abandonable
from tradereader.ui.key_hold import TakesEarlyKeys
from tradereader.ui.screens.dialogs import pasted_path
from tradereader.ui.widgets.choice import ChoiceButton
from tradereader.ui.exporting import (
    ExportChoices,
    ExportRequest,
    default_destination,
    error_text,
    with_format_suffix,
)

SHORT_TERMINAL = 32  # rows: below this the dialog is compact so that it fits
SCOPE_LABEL_CELLS = 58  # a scope button's label in the 76-wide dialog (59 cells show)
Exporter = Callable[..., Path]  # (request, progress=callback(done, total)) -> the path written


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def article_label(title: str, notes: int) -> Content:
    """`This article: <title> (2 notes)`, the title cut short so that the count shows."""
    prefix, count = "This article: ", f" ({plural(notes, 'note')})"
    room = SCOPE_LABEL_CELLS - len(prefix) - len(count)
    return Content.assemble(prefix, Content(title).truncate(room, ellipsis=True), count)


class ExportDialog(TakesEarlyKeys, ModalScreen[Path | None]):
    """Choose what to export, as what and where; dismisses with the path written (or None)."""

    DEFAULT_CSS = """
    ExportDialog #export-dialog {
        width: 76;
        max-height: 100%;
    }
    ExportDialog #export-foot {
        dock: bottom;
        height: auto;
    }
    ExportDialog #export-dialog.-short {
        padding: 0 2;
    }
    ExportDialog .-short .dialog-title {
        margin-bottom: 0;
    }
    ExportDialog .-short .export-label, ExportDialog .-short #export-tag {
        margin-top: 0;
    }
    ExportDialog .export-label {
        color: $text-muted;
        margin-top: 1;
    }
    ExportDialog RadioSet {
        width: 100%;
    }
    ExportDialog #export-format {
        layout: horizontal;
    }
    ExportDialog #export-tag {
        margin-top: 1;
    }
    ExportDialog #export-progress {
        display: none;
        height: 1;
        margin-top: 1;
    }
    ExportDialog #export-progress.-running {
        display: block;
    }
    ExportDialog #export-progress Label {
        width: auto;
        margin-right: 2;
    }
    ExportDialog .dialog-buttons {
        margin-top: 1;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    @dataclass
    class Exported(Message):
        """Posted by the worker: the export `request` is written at `path`."""

        path: Path
        request: ExportRequest

    @dataclass
    class Progressed(Message):
        """Posted by the export: `done` of `total` articles are ready."""

        done: int
        total: int

    @dataclass
    class ExportFailed(Message):
        """Posted by the worker: the export failed, for `reason`."""

        reason: str

    def __init__(self, choices: ExportChoices, export: Exporter) -> None:
        super().__init__()
        self.choices = choices
        self._export = export
        self.running = False
        self._auto_path = ""  # the last default destination filled in
        self._replace_ok: Path | None = None  # an existing file the user agreed to replace

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="export-dialog"):
            yield Label("Export notes", classes="dialog-title")
            yield Label("What", classes="export-label")
            with RadioSet(id="export-scope", compact=True):
                yield from self._scope_buttons()
            if self.choices.tags:
                yield Select(self._tag_options(), allow_blank=False, id="export-tag", compact=True,
                             disabled=self._initial_scope() != "tag")
            yield Label("Format", classes="export-label")
            with RadioSet(id="export-format", compact=True):
                yield ChoiceButton("Markdown", value=True, id="format-markdown")
                yield ChoiceButton("W3C Web Annotation JSON", id="format-w3c")
            yield Label("Save to", classes="export-label")
            yield Input(id="export-path", placeholder="~/tradereader-exports/notes.md")
            with Vertical(id="export-foot"):  # docked: always in view
                with Horizontal(id="export-progress"):
                    yield Label("Exporting…", id="export-count")
                    yield ProgressBar(show_eta=False, show_percentage=False)
                yield Static("", id="export-status", classes="dialog-status", markup=False)
                with Horizontal(classes="dialog-buttons"):
                    yield Button("Export", variant="primary", id="export")
                    yield Button("Cancel", id="cancel")

    def _scope_buttons(self):
        choices, first = self.choices, self._initial_scope()
        if choices.article_id:
            button = ChoiceButton(article_label(choices.article_title, choices.article_notes),
                                 value=first == "article", id="scope-article")
            button.tooltip = Content(choices.article_title)
            yield button
        yield ChoiceButton("A tag across the library", value=first == "tag", id="scope-tag",
                          disabled=not choices.tags)
        yield ChoiceButton(f"Everything ({plural(choices.total_notes, 'note')})",
                          value=first == "all", id="scope-all")

    def _tag_options(self) -> list[tuple[Content, str]]:
        return [(Content(f"#{tag} ({count})"), tag) for tag, count in self.choices.tags.items()]

    def _initial_scope(self) -> str:
        return "article" if self.choices.article_id else "all"

    def on_mount(self) -> None:
        # toasts (the last export's stays 10 s) would cover the foot: its question, buttons
        self.app.clear_notifications()
        self._fill_default_path()
        self._fit(self.app.size.height)
        self.query_one("#export", Button).focus()

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.height)

    def _fit(self, height: int) -> None:
        """Compact spacing, input and buttons when the terminal is short."""
        short = height < SHORT_TERMINAL
        self.query_one("#export-dialog").set_class(short, "-short")
        for widget in self.query("#export-path, .dialog-buttons Button"):
            widget.compact = short

    # -- what is chosen ---------------------------------------------------------------------

    @property
    def scope(self) -> str:
        pressed = self.query_one("#export-scope", RadioSet).pressed_button
        return (pressed.id or "scope-all").removeprefix("scope-") if pressed else "all"

    @property
    def fmt(self) -> str:
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        return (pressed.id or "format-markdown").removeprefix("format-") if pressed else "markdown"

    @property
    def tag(self) -> str | None:
        selects = self.query("#export-tag")
        value = selects.first(Select).value if selects else None
        return value if isinstance(value, str) else None

    def request(self) -> ExportRequest:
        """The export as chosen now; ValueError says what is missing."""
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            raise ValueError("Type where to save the export.")
        if self.scope == "tag" and not self.tag:
            raise ValueError("Choose a tag.")
        return ExportRequest(self.scope, self.fmt, self._destination(raw),
                             article_id=self.choices.article_id, tag=self.tag)

    def _destination(self, raw: str) -> Path:
        """The typed (or pasted: in quotes...) path with `~` resolved; a folder gets the
        default file name."""
        path = pasted_path(raw)
        if raw.strip("'\"").endswith(("/", os.sep)) or path.is_dir():
            path = path / default_destination(self.choices, self.scope, self.tag, self.fmt).name
        return path

    # -- keeping the destination in step ------------------------------------------------------

    def _fill_default_path(self) -> None:
        """Put the default destination in the box, unless the user typed their own."""
        box = self.query_one("#export-path", Input)
        default = str(default_destination(self.choices, self.scope, self.tag, self.fmt))
        if box.value in ("", self._auto_path):
            box.value = default
        else:
            box.value = with_format_suffix(box.value, self.fmt)
        self._auto_path = default

    @on(RadioSet.Changed, "#export-scope")
    def _scope_changed(self) -> None:
        for select in self.query("#export-tag"):
            select.disabled = self.scope != "tag"
        self._changed()

    @on(RadioSet.Changed, "#export-format")
    @on(Select.Changed, "#export-tag")
    def _changed(self) -> None:
        self._fill_default_path()
        self._show_status("")

    # -- running the export -------------------------------------------------------------------

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        if self.running:
            return
        try:
            request = self.request()
        except ValueError as error:
            self._show_status(str(error), error=True)
            return
        if self._asks_to_replace(request.path):
            return
        self._set_running(True)
        self.run_export(request)

    def _asks_to_replace(self, path: Path) -> bool:
        """A first press on a file that exists already: say so, and replace it only on a
        second press (the button reads Replace until the destination changes)."""
        if path == self._replace_ok or not path.is_file():
            return False
        self._replace_ok = path
        self._show_status(f"{path} already exists. Press Replace to overwrite it, or "
                          "change the destination.", warning=True)
        self.query_one("#export", Button).label = "Replace"
        return True

    @on(Input.Changed, "#export-path")
    def _destination_changed(self) -> None:
        if self._replace_ok is not None:
            self._replace_ok = None
            self.query_one("#export", Button).label = "Export"
            self._show_status("")

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def run_export(self, request: ExportRequest) -> None:
        """Call the export off the event loop; post the outcome back."""
        worker = get_current_worker()
        try:
            path = run_abandonable(lambda: self._export(request, progress=self._progressed),
                                   lambda: worker.is_cancelled)
        except Abandoned:
            return
        except Exception as error:  # noqa: BLE001 - shown in the dialog, never a crash
            self.post_message(self.ExportFailed(error_text(error)))
            return
        self.post_message(self.Exported(path, request))

    def _progressed(self, done: int, total: int) -> None:
        """Called from the export's thread: hand the count to the screen."""
        self.post_message(self.Progressed(done, total))

    @on(Progressed)
    def _show_progress(self, message: Progressed) -> None:
        if self.running:
            self.query_one(ProgressBar).update(total=message.total, progress=message.done)
            self.query_one("#export-count", Label).update(
                f"Exporting… {message.done} of {plural(message.total, 'article')}")

    @on(Exported)
    def _exported(self, message: Exported) -> None:
        self._set_running(False)
        self.notify(self._exported_text(message), title="Exported", timeout=10, markup=False)
        self.dismiss(message.path)

    def _exported_text(self, message: Exported) -> str:
        if message.request.scope == "article" and not self.choices.article_notes:
            return f"This article has no notes yet; exported it anyway to {message.path}"
        return f"Notes exported to {message.path}"

    @on(ExportFailed)
    def _export_failed(self, message: ExportFailed) -> None:
        self._set_running(False)
        self._show_status(f"Not exported: {message.reason}", error=True)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.query_one("#export-progress").set_class(running, "-running")
        if running:
            self.query_one(ProgressBar).update(total=None, progress=0)  # until the first count
            self.query_one("#export-count", Label).update("Exporting…")
        self.query_one("#export", Button).disabled = running
        if running:
            self._show_status("")

    def _show_status(self, text: str, *, error: bool = False, warning: bool = False) -> None:
        status = self.query_one("#export-status", Static)
        status.update(text)
        status.set_class(error and bool(text), "-error")
        status.set_class(warning and bool(text), "-warning")

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close; an export still running is abandoned (its file is written or not at all)."""
        self.workers.cancel_group(self, "export")
        self.dismiss(None)
