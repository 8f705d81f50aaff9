"""Keys that write to the library, in a read-only window: off the footer, still explained.

A second tradereader opens the library read-only. Its footer should not offer keys
that cannot work there (`a` Annotate, `i` Import...), yet a user who presses one
anyway must hear why nothing happened. `check_action` returning False hides a
binding but also stops its key; so each such key gets a hidden twin binding
(`refusals`), enabled only while read-only, that runs the same action, whose own
check says why it cannot (the notice the window always gave).

A key refused is also the moment to look again: when the other tradereader has quit
meanwhile, the app takes the library (`claim_library`) and the key works at once.

A class using `ReadOnlyKeys` names its writing actions in `WRITE_ACTIONS`, adds
`refusals(...)` to its BINDINGS and provides `read_only` (a screen asks the library;
a widget is told by its screen, attributes down).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.binding import Binding

REFUSED = "refused"


class ReadOnlyKeys:
    """`check_action` for a screen or widget whose WRITE_ACTIONS a read-only window refuses."""

    WRITE_ACTIONS: ClassVar[frozenset[str]] = frozenset()
    read_only: bool  # provided by the class (a property or a reactive)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.WRITE_ACTIONS:
            return not self.read_only  # False: not in the footer, the twin answers
        if action == REFUSED:
            return self.read_only
        return super().check_action(action, parameters)  # type: ignore[misc]

    def action_refused(self, action: str) -> None:
        """A writing key pressed while read-only: the library is taken if it is free now
        (the other tradereader quit; the action then runs as usual), else the action says
        why it cannot."""
        claim = getattr(self.app, "claim_library", None)  # type: ignore[attr-defined]
        if claim is not None:
            claim()
        getattr(self, f"action_{action}")()


def refusals(bindings: Iterable[Binding], actions: Iterable[str]) -> list[Binding]:
    """A hidden twin of each of `bindings` whose action is one of `actions`."""
    wanted = frozenset(actions)
    return [Binding(b.key, f"{REFUSED}({b.action!r})", show=False)
            for b in bindings if b.action in wanted]
