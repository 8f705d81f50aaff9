"""Keys typed while a dialog or a field is on its way: held by the app, then given to it.

A key that opens a dialog (`a`, `p`, `e`, `i`) or moves to a field (`/`) runs its action
only once it has bubbled up from the focused widget to the app. The keys typed right after
it were sent to that same widget meanwhile and follow it up, where the screen's bindings
took them (`u` undid, `q` left the reader, `d` asked to delete); and a dialog is ready
~50-85 ms later: until its field has the focus, what is typed goes nowhere. A user types
`a` and the note at once, so the note was lost (seen in tmux).

So the app holds every key (and paste) from the moment the dialog is pushed or the field
asked for, until both (1) the keys sent before have come back up (a `KeysCaughtUp`
message posted behind them, along their way) and (2) the dialog or field is ready; then
it hands them out in the order typed, as if typed then.

    class PublishedDialog(TakesEarlyKeys, ModalScreen[str | None]): ...   # the app holds
    focus_keeping_keys(search_box)                                         # a field
    KeysForALaterDialog(app)           # from a key whose dialog a worker opens later

A dialog that cannot open (its push raises; a later dialog never asked for) lets the
keys go at once, not after HOLD_LIMIT.

`HoldsEarlyKeys` is the app's half (a mixin of the App).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from textual import events
from textual.message import Message
from textual.widget import Widget

# seconds: a dialog that never says it is ready (an error while mounting) gets the keys then
HOLD_LIMIT = 2.0
SENT = "sent"  # the keys sent to a widget before the hold have come back to the app
READY = "ready"  # the dialog or field has the focus

Typing = events.Key | events.Paste


@dataclass
class KeysCaughtUp(Message):
    """Posted to the widget the keys went to when a hold starts: it bubbles to the app
    behind every key already queued along the way (each queue is first in, first out)."""

    hold: int  # the hold it belongs to (a later hold ignores an earlier one's)


class KeyHold:
    """The app's held keys and what they wait for (bookkeeping only: the app forwards)."""

    def __init__(self) -> None:
        self._held: list[Typing] | None = None
        self._waiting: set[str] = set()
        self.number = 0  # of the current (or last) hold

    @property
    def holding(self) -> bool:
        return self._held is not None

    def start(self) -> int:
        """Hold from now (a hold under way goes on, waiting anew); the hold's number."""
        if self._held is None:
            self._held = []
        self._waiting = {SENT, READY}
        self.number += 1
        return self.number

    def keep(self, event: events.Event) -> bool:
        """Hold `event` if holding and it is typing (a key, a paste); True when held."""
        if self._held is None or not isinstance(event, (events.Key, events.Paste)):
            return False
        self._held.append(event)
        return True

    def arrived(self, what: str, hold: int) -> bool:
        """`what` (SENT or READY) is there for hold number `hold`; True when nothing is
        waited for any longer. What an earlier hold waited for counts for nothing."""
        if self._held is None or hold != self.number:
            return False
        self._waiting.discard(what)
        return not self._waiting

    def release(self) -> list[Typing]:
        """Stop holding; the held events in the order typed, as new events (the ones that
        came back up were forwarded already, and a forwarded event is not sent again)."""
        held, self._held, self._waiting = self._held or [], None, set()
        return [retyped(event) for event in sorted(held, key=lambda event: event.time)]


def retyped(event: Typing) -> Typing:
    """A new event typing what `event` typed, at the time it was typed."""
    if isinstance(event, events.Paste):
        again: Typing = events.Paste(event.text)
    else:
        again = events.Key(event.key, event.character)
    again.time = event.time
    return again


class TakesEarlyKeys:
    """A dialog typed into as soon as it opens. The app holds the keys from its push
    (TradereaderApp.push_screen sets `key_hold`, the hold's number) and gives them to it
    once it is mounted: after the dialog's own `on_mount`, which puts the focus where
    typing goes."""

    key_hold: int | None = None

    def _on_mount(self) -> None:
        self._keys_may_go()

    def _keys_may_go(self) -> None:
        """Tell the app (once) that what it held for this dialog may go now."""
        ready = getattr(self.app, "keys_target_ready", None)  # a host app may not hold keys
        number, self.key_hold = self.key_hold, None
        if ready is not None and number is not None:
            ready(number)


class KeysForALaterDialog:
    """Keys held from now for a dialog a task opens later (a worker looks something up,
    then asks: `d` in the library): what is typed meanwhile is not taken by the screen's
    bindings but given to the dialog (`dialog(...)`), or let go at once (`let_go()`)
    when none opens, not after HOLD_LIMIT.

        keys = KeysForALaterDialog(self.app)      # in the key's action, on the loop
        ...                                        # then, in the worker:
        try: await app.push_screen_wait(keys.dialog(ConfirmDialog(...)))
        finally: keys.let_go()
    """

    def __init__(self, app) -> None:
        self.app = app
        hold = getattr(app, "hold_keys", None)  # a host app may not hold keys
        self.number: int | None = hold() if hold is not None else None

    def dialog(self, screen: TakesEarlyKeys) -> TakesEarlyKeys:
        """`screen`, to be given the keys held once it is mounted."""
        screen.key_hold, self.number = self.number, None
        return screen

    def let_go(self) -> None:
        """No dialog took the keys (none was needed, or it could not open): they go now,
        to where the focus is. Nothing once a dialog has them."""
        number, self.number = self.number, None
        if number is not None:
            self.app.keys_target_ready(number)


def focus_keeping_keys(widget: Widget) -> None:
    """Focus `widget`, a field typed into at once: the keys typed meanwhile are held by
    the app and given to it, not taken by the screen's bindings."""
    app = widget.app
    hold = getattr(app, "hold_keys", None)
    number = hold() if hold is not None else None
    widget.focus()  # the app sets the focus in its turn: before it gives the keys back
    if number is not None:
        app.keys_target_ready(number)


class HoldsEarlyKeys:
    """The app's half: holds the keys for a `TakesEarlyKeys` dialog it pushes and for
    `focus_keeping_keys`, and hands them out once they may go (a mixin before `App`)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._key_hold = KeyHold()
        self._hold_timer = None

    def push_screen(self, screen, *args, **kwargs):
        if isinstance(screen, TakesEarlyKeys) and screen.key_hold is None:
            screen.key_hold = self.hold_keys()  # unless held already (KeysForALaterDialog)
        try:
            return super().push_screen(screen, *args, **kwargs)
        except BaseException:
            if isinstance(screen, TakesEarlyKeys):
                screen._keys_may_go()  # it will not open: the keys go now, not at the limit
            raise

    def hold_keys(self, limit: float = HOLD_LIMIT) -> int:
        """Hold what is typed from now until `keys_target_ready` with the number returned
        (or `limit` seconds); the keys on their way up from the focused widget are held too."""
        number = self._key_hold.start()
        if not self._post_behind_the_keys(KeysCaughtUp(number)):
            self._key_hold.arrived(SENT, number)
        if self._hold_timer is not None:
            self._hold_timer.stop()
        self._hold_timer = self.set_timer(
            limit, partial(self.call_later, self._hold_expired, number))
        return number

    def _post_behind_the_keys(self, message: KeysCaughtUp) -> bool:
        """Post `message` where the keys went (the focused widget, else the screen)."""
        try:
            sent_to = self.focused or self.screen
        except Exception:  # noqa: BLE001 - no screen yet: no key went anywhere
            return False
        return sent_to.post_message(message)

    def keys_target_ready(self, number: int) -> None:
        """The dialog or field of hold `number` has the focus (or will, by the time the
        app's queue gets here: a `focus()` asked for before is done then)."""
        self.call_later(self._keys_arrived, READY, number)

    async def on_keys_caught_up(self, message: KeysCaughtUp) -> None:
        message.stop()
        await self._keys_arrived(SENT, message.hold)

    async def _keys_arrived(self, what: str, number: int) -> None:
        if self._key_hold.arrived(what, number):
            await self._give_held_keys()

    async def _hold_expired(self, number: int) -> None:
        if self._key_hold.holding and self._key_hold.number == number:
            await self._give_held_keys()

    async def _give_held_keys(self) -> None:
        """Hand out the held keys in the order typed, each as the app takes a key typed
        now; in the app's own turn, so a key typed meanwhile waits behind them."""
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        for event in self._key_hold.release():
            await self.on_event(event)  # held again if one of them opens a dialog

    async def on_event(self, event: events.Event) -> None:
        if self._key_hold.keep(event):
            return
        await super().on_event(event)
