"""The Textual application: `make_app(library)` is the one factory the CLI and tests use.

The app holds the library and the extraction function; screens coordinate widgets
and call the library. Nothing here imports tinydb.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.timer import Timer

from tradereader.errors import LibraryError
from tradereader.model import Article, LexiconEntry, Mention
from tradereader.ui.claiming import ClaimsFreedLibrary
from tradereader.ui.commands import AppCommands
from tradereader.ui.key_hold import HoldsEarlyKeys

if TYPE_CHECKING:
    from tradereader.store import Library

Extractor = Callable[[str, "str | None", Sequence[LexiconEntry]], list[Mention]]
THEME_SETTING = "theme"
THEME_SAVE_DELAY = 0.5  # seconds without a change before the theme is written


def run_extract(text: str, published: str | None, lexicon: Sequence[LexiconEntry]) -> list[Mention]:
    """`tradereader.extract.extract`, imported on first use (in a worker thread).

    Raises ImportError while the extract package is not there yet.
    """
    from tradereader.extract import extract

    return extract(text, published, lexicon=lexicon)


_frozen = False


def freeze_start_up_objects() -> None:
    """Put what start-up made (modules, classes, styles, the library: ~58,000 objects
    that live as long as the app) out of the cyclic collector's reach, once per process.
    Python's automatic full collections then walk only what came after: 7-26 ms instead
    of 45-70 ms, which a key pressed meanwhile waited for (measured in the reader)."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def terminal_hung_up(fd: int | None = None) -> bool:
    """Whether the terminal on `fd` is gone: its window closed (poll: POLLHUP). By default
    the one Textual draws on: stderr (its Linux driver writes there, not to stdout)."""
    import select
    import sys

    try:
        fd = sys.__stderr__.fileno() if fd is None else fd
        poller = select.poll()
        poller.register(fd, select.POLLOUT)
        return any(events & select.POLLHUP for _fd, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):
        return False


def _continue_unless_hung_up(previous, number: int, frame) -> None:
    """SIGCONT: the handler before the app's (Textual resumes its terminal), unless the
    terminal is gone (a closed window: SIGHUP, which the app answers, comes with it)."""
    if callable(previous) and not terminal_hung_up():
        previous(number, frame)


class TradereaderApp(ClaimsFreedLibrary, HoldsEarlyKeys, App[None]):
    """A library of articles and a reader with entities highlighted. The keys typed while
    a dialog opens are kept for it (HoldsEarlyKeys); a read-only window takes the library
    once it is free (ClaimsFreedLibrary)."""

    TITLE = "tradereader"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {AppCommands}
    BINDINGS = [
        Binding("question_mark", "help", "Help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False),
    ]

    def __init__(
        self,
        library: Library,
        *,
        open_article: str | None = None,
        extractor: Extractor | None = run_extract,
        notice: str | None = None,
    ) -> None:
        super().__init__()
        self.notice = notice  # shown once the app is up (a library restored from .bak...)
        self.library = library
        self.initial_article = open_article
        self.extractor = extractor
        self._saved_theme: str | None = None  # the theme the library holds
        self._theme_timer: Timer | None = None
        self._note_histories: dict[str, list] = {}  # article id -> its notes' undo history
        self._signals: list[int] = []  # the signals the app answers (SIGHUP, SIGTERM)
        self.orphans_told: set[str] = set()  # articles whose orphaned notes were announced
        self._previous_continue: object = None  # the SIGCONT handler before the app's

    def on_mount(self) -> None:
        """The reader straight away if an article is given (quicker), else the library."""
        freeze_start_up_objects()
        self._leave_on_hang_up()
        self._restore_theme()
        if not (self.initial_article and self.open_article(self.initial_article)):
            self.show_library()
        if self.notice:
            self.notify(self.notice, title="Library", severity="warning", timeout=30,
                        markup=False)
        if self.library.readonly:
            self.tell_read_only()

    # -- a closed terminal ---------------------------------------------------------------

    def _leave_on_hang_up(self) -> None:
        """A closed terminal window (SIGHUP) or a `kill` (SIGTERM) quits as `ctrl+q` does,
        saving the reading position and the theme: they ended the process where it stood,
        and the position was lost (notes are written when saved, so they were kept)."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for number in (signal.SIGHUP, signal.SIGTERM):
            try:
                loop.add_signal_handler(number, self._hung_up, number)
            except (NotImplementedError, RuntimeError, ValueError):
                pass  # no signals here (not the main thread, or not POSIX): as before
            else:
                self._signals.append(number)
        self._guard_continue()

    def _guard_continue(self) -> None:
        """A closed window sends SIGCONT with its SIGHUP; Textual's driver answers SIGCONT
        (meant for `fg` after ctrl+z) by starting its terminal output again, on a terminal
        that is gone: the new output thread died at once (EIO), its queue filled, and the
        app hung in its shutdown, holding the library's lock (every later tradereader was
        read-only) - seen with the note editor open. A SIGCONT on a hung-up terminal is
        now left alone; any other still resumes the app."""
        import signal

        try:
            previous = signal.getsignal(signal.SIGCONT)
            signal.signal(signal.SIGCONT, lambda number, frame: _continue_unless_hung_up(
                previous, number, frame))
        except (AttributeError, ValueError, OSError):
            return  # not POSIX, or not the main thread: as before
        self._previous_continue = previous

    def _hung_up(self, number: int) -> None:
        """Save what quitting saves, and a note being written (nobody is left to ask), then
        leave."""
        self.run_worker(self._save_and_leave(), group="hang-up", exclusive=True,
                        exit_on_error=False)

    async def _save_and_leave(self) -> None:
        try:
            for screen in list(self.screen_stack):
                keep = getattr(screen, "keep_typing", None)
                if keep is not None:
                    await keep()
        finally:
            self._quit_now()

    def on_unmount(self) -> None:
        """Give the signals back: after the app the CLI closes the library as usual."""
        import asyncio

        loop = asyncio.get_running_loop()
        for number in self._signals:
            loop.remove_signal_handler(number)
        self._signals.clear()
        if self._previous_continue is not None:
            import signal

            with contextlib.suppress(ValueError, OSError):
                signal.signal(signal.SIGCONT, self._previous_continue)
            self._previous_continue = None

    # -- the theme, kept in the library ------------------------------------------------

    def _restore_theme(self) -> None:
        saved = self.library.setting(THEME_SETTING)
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved
        # Textual names the theme in a class only when it changes: the default's too, so
        # that app.tcss's rules for it apply from the start (a stronger sentence tint)
        self.add_class(f"-theme-{self.current_theme.name}")
        self._saved_theme = self.theme

    def watch_theme(self, theme: str) -> None:
        """Keep the chosen theme, once the user has stopped moving through the picker."""
        if self._saved_theme is None:
            return  # not restored yet: the app is starting
        if self._theme_timer is not None:
            self._theme_timer.stop()
        self._theme_timer = self.set_timer(THEME_SAVE_DELAY, self.save_theme)

    def save_theme(self) -> None:
        """Write the theme to the library if it changed (never from a read-only one)."""
        self._theme_timer = None
        if self.theme == self._saved_theme:
            return
        if self.library.readonly:
            self.notify("The theme applies to this window only: the library is read-only.",
                        severity="information")
            self._saved_theme = self.theme  # said once per change
            return
        try:
            self.library.set_setting(THEME_SETTING, self.theme)
        except (LibraryError, OSError) as error:
            self.notify(f"The theme could not be saved: {error}", severity="warning",
                        markup=False)
            return
        self._saved_theme = self.theme

    def note_history(self, article_id: str) -> list:
        """The undo history of an article's notes for this session: `u` still takes back
        a deleted note after the reader was left and the article opened again."""
        return self._note_histories.setdefault(article_id, [])

    # -- navigation ----------------------------------------------------------------

    def open_article(self, ref: str) -> bool:
        """Open the article `ref` (an id, id prefix or source path) in a reader screen."""
        article = self.find_article(ref)
        if article is None:
            self.notify(f"No article {ref!r} in the library.", severity="error", markup=False)
            return False
        from tradereader.ui.screens.reader import ReaderScreen

        self.push_screen(ReaderScreen(article))
        return True

    def find_article(self, ref: str) -> Article | None:
        article = self.library.get_article(ref)
        if article is not None:
            return article
        try:
            return self.library.resolve_article(ref)
        except Exception:  # NotFound, or an ambiguous prefix: the caller says so
            return None

    def show_library(self) -> None:
        """Go back to the library screen (made on first use), leaving any reader."""
        from tradereader.ui.screens.library import LibraryScreen

        if not any(isinstance(screen, LibraryScreen) for screen in self.screen_stack):
            if len(self.screen_stack) > 1:  # a reader opened first: the library replaces it
                self.switch_screen(LibraryScreen())
            else:
                self.push_screen(LibraryScreen())
            return
        while not isinstance(self.screen, LibraryScreen):
            self.pop_screen()

    def action_open_library(self) -> None:
        self.show_library()

    def action_import(self) -> None:
        """Open the import dialog over the library screen."""
        self.show_library()
        self.call_after_refresh(lambda: self.screen.action_import())

    def open_export(self, article_id: str | None = None) -> None:
        """The export dialog, offering `article_id` (the article in view) as the scope."""
        from functools import partial

        from tradereader.ui.exporting import export_choices, export_to_file
        from tradereader.ui.screens.export_dialog import ExportDialog

        try:
            choices = export_choices(self.library, article_id)
        except Exception as error:  # noqa: BLE001 - shown, never a crash
            self.notify(str(error), title="Cannot export", severity="error", markup=False)
            return
        self.push_screen(ExportDialog(choices, partial(export_to_file, self.library)))

    def export_from(self, screen) -> None:
        """Export from `screen`: its own export action (article in view), else everything."""
        action = getattr(screen, "action_export", None)
        if action is not None:
            action()
        else:
            self.open_export()

    def action_help(self) -> None:
        from tradereader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        """Quit from anywhere (`ctrl+q`, `q` in the library), but never over an unsaved
        note without asking."""
        unsaved = [s for s in self.screen_stack if getattr(s, "unsaved_note", False)]
        if any(getattr(s, "saving", False) for s in unsaved):
            self.notify("Saving the note…", timeout=2)
            return
        if unsaved:
            from tradereader.ui.screens.dialogs import ConfirmDialog

            question = ("Your changes to this note are not saved. Quit and discard them?"
                        if any(getattr(s, "editing", False) for s in unsaved)
                        else "The note you are writing is not saved. Quit and discard it?")
            self.push_screen(ConfirmDialog(question, yes_label="Discard and quit"),
                             self._quit_if_yes)
            return
        self._quit_now()

    def _quit_if_yes(self, yes: bool | None) -> None:
        if yes:
            self._quit_now()

    def _quit_now(self) -> None:
        for screen in self.screen_stack:
            save = getattr(screen, "save_position", None)
            if save is not None:
                save()
        if self._theme_timer is not None:
            self.save_theme()
        self.exit()

    # -- commands ----------------------------------------------------------------------

    def get_system_commands(self, screen) -> Iterable:
        """Textual's own palette commands, less its keys panel ("Keys"): it squeezed the
        article to a third of an 80-column terminal and Escape did not close it; the app's
        Help (`?`, in the palette too) lists every key. Its "hide" stays, should the panel
        be open."""
        for command in super().get_system_commands(screen):
            if command.title == "Keys" and not screen.query("HelpPanel"):
                continue
            yield command

    def palette_commands(self, screen) -> Iterable[tuple[str, str, Callable[[], object]]]:
        """(title, help, callback) of the app's own commands, for the command palette."""
        yield ("Open library", "Show every article in the library", self.action_open_library)
        yield ("Import a file or folder", "Add articles to the library (i)", self.action_import)
        yield ("Export notes", "Write notes as Markdown or W3C JSON (e)",
               lambda: self.export_from(screen))
        yield ("Help and keys", "List every key (?)", self.action_help)
        commands = getattr(screen, "palette_commands", None)
        if commands is not None:
            yield from commands()


def make_app(
    library: Library,
    *,
    open_article: str | None = None,
    extractor: Extractor | None = run_extract,
    notice: str | None = None,
) -> TradereaderApp:
    """Build the app over an open `library`; `open_article` opens that article at once.

    `extractor` is for tests: a function `(text, published, lexicon) -> [Mention]`,
    or None for no extraction; by default `tradereader.extract.extract`. `notice`: a warning
    shown once the app is up (the CLI passes what happened to a corrupt library).
    """
    return TradereaderApp(library, open_article=open_article, extractor=extractor, notice=notice)
