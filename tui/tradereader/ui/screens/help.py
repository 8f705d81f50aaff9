"""The help screen: every key of the screen it was opened from, with what it does."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.keys import format_key
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

KEY_NAMES = {
    "question_mark": "?", "slash": "/", "pagedown": "PgDn", "pageup": "PgUp",
    "space": "Space", "home": "Home", "end": "End", "up": "↑", "down": "↓",
    "escape": "Esc", "enter": "Enter", "tab": "Tab", "shift+tab": "Shift+Tab",
    "ctrl+p": "Ctrl+P", "ctrl+q": "Ctrl+Q",
}

CLOSING = "Esc, q or ? closes this help · ↑ ↓ PgUp PgDn scroll it"
TEXT_WIDTH = 62  # the dialog's 70 cells less its border and padding

GENERAL = (
    ("Tab / Shift+Tab", "Move focus between the panes"),
    ("Ctrl+P", "Command palette: every command, the theme"),
    ("Ctrl+Q", "Quit from anywhere (positions are saved)"),
    ("Mouse", "Scroll, click tabs, rows and entries; drag over the text to select; "
              "click a highlight (or select it) to see why it is there"),
)


def key_name(key: str) -> str:
    """How a key is written for people: `left_square_bracket` -> `[`, `ctrl+s` -> `Ctrl+S`."""
    if key in KEY_NAMES:
        return KEY_NAMES[key]
    if "+" in key:
        *modifiers, last = key.split("+")
        return "+".join([m.capitalize() for m in modifiers] + [key_name(last).upper()])
    return format_key(key)


def key_label(keys: str) -> str:
    """`pagedown,space` -> `PgDn / Space`."""
    return " / ".join(key_name(key) for key in keys.split(","))


def binding_rows(bindings: Iterable[Binding | tuple]) -> list[tuple[str, str]]:
    """(keys, description) for each binding that has a description: its tooltip, the
    longer text, when it has one (the footer shows the short description)."""
    rows = []
    for binding in bindings:
        if isinstance(binding, tuple):
            binding = Binding(*binding)
        if binding.description:
            rows.append((key_label(binding.key), binding.tooltip or binding.description))
    return rows


def key_lines(rows: list[tuple[str, str]], width: int = TEXT_WIDTH) -> str:
    """The rows as lines `keys  description`, a long description wrapped under itself."""
    keys_width = max((len(keys) for keys, _ in rows), default=0) + 2
    lines = []
    for keys, description in rows:
        wrapped = textwrap.wrap(description, max(width - keys_width, 20)) or [""]
        lines.append(f"{keys:<{keys_width}}{wrapped[0]}")
        lines.extend(" " * keys_width + more for more in wrapped[1:])
    return "\n".join(lines)


def help_sections(screen: Screen) -> list[tuple[str, list[tuple[str, str]]]]:
    """Sections of keys for `screen`: its own, its widgets' (if it says), general ones."""
    own = getattr(screen, "HELP_KEYS", screen.BINDINGS)
    sections = [(screen.__class__.__name__.removesuffix("Screen"), binding_rows(own))]
    for title, bindings in getattr(screen, "HELP_EXTRA", ()):
        sections.append((title, binding_rows(bindings)))
    sections.append(("Everywhere", [("?", "This help"), *GENERAL]))
    return sections


class HelpScreen(ModalScreen[None]):
    """Lists the keys; any of `Esc`, `q`, `?` closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, for_screen: Screen) -> None:
        super().__init__()
        self.sections = help_sections(for_screen)

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help"):
            yield Label("Keys", classes="dialog-title")
            # the help has no footer of its own: how to leave it, and that it scrolls
            yield Label(CLOSING, classes="help-closing", markup=False)
            for title, rows in self.sections:
                yield Label(title, classes="help-section")
                yield Static(key_lines(rows), classes="help-keys", markup=False)
