"""A read-only window takes the library once the tradereader that held it has quit.

The CLI opens the library read-only when another tradereader holds its lock (or the
folder cannot be written), and says why in `library.readonly_reason`. The app then looks
at the lock every LOCK_CHECK_INTERVAL, and when a key that writes is pressed; once the
lock is free it takes it: the library is read again from the file, with what the other
one saved, every screen shows it so, and this window can save.

The timer's look runs in a thread: taking the library reads and checks the whole file
again (~15 ms for a 5 MB library, more for a bigger one), and on the event loop every key
pressed meanwhile waited for it. The screens go on reading the library as it was until
the switch (`Library.take_lock_if_free` reads the file without holding the library). A
key that writes still looks at once, on the event loop: its action must know whether
it may write, and the user waits for that key anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import work
from textual.message import Message

# seconds between two looks at a read-only library's lock (free once the other tradereader
# quits): an open and a non-blocking flock, ~20 µs
LOCK_CHECK_INTERVAL = 2.0
IN_USE = "another tradereader is using it"  # why a library is read-only, unless told
READ_ONLY_TITLE = "Read-only"


@dataclass
class LockChecked(Message):
    """Posted by the thread that looked at the lock: whether it took the library, or
    why it could not (a file corrupted meanwhile...)."""

    taken: bool
    error: Exception | None = None


class ClaimsFreedLibrary:
    """The app's half (a mixin before `App`; the app has `library`)."""

    _lock_timer = None  # looks at a read-only library's lock
    _looking = False  # a look under way in a thread

    def tell_read_only(self) -> None:
        """Say why the library is read-only, and look at its lock from now on if it may
        be taken later."""
        why = getattr(self.library, "readonly_reason", None) or IN_USE
        self.notify(
            f"The library is open read-only because {why}: notes, imports and the "
            "reading position cannot be saved in this window.",
            title=READ_ONLY_TITLE,
            severity="warning",
            timeout=10,
        )
        if self._may_claim():
            self._lock_timer = self.set_interval(LOCK_CHECK_INTERVAL, self._look_at_the_lock)

    def _may_claim(self) -> bool:
        """Read-only because something stopped writing (the CLI says why), not because the
        caller asked: it may take the lock once that is over."""
        return (self.library.readonly and getattr(self.library, "readonly_reason", None)
                is not None and hasattr(self.library, "take_lock_if_free"))

    def claim_library(self) -> bool:
        """Take the library's lock now, on the event loop, if the tradereader that held it
        has quit (a key that writes was pressed). True when the library is writable."""
        if not self.library.readonly:
            return True
        if not self._may_claim():
            return False
        try:
            taken = self.library.take_lock_if_free()
        except Exception as error:  # noqa: BLE001 - e.g. a file corrupted meanwhile: said
            self._stays_read_only(error)
            return False
        if taken:
            self._claimed()
        return taken

    def _look_at_the_lock(self) -> None:
        """The timer's look, in a thread (one at a time)."""
        if self._looking or not self._may_claim():
            return
        self._looking = True
        self._claim_in_thread()

    @work(thread=True, group="claim-library", exit_on_error=False)
    def _claim_in_thread(self) -> None:
        try:
            taken = self.library.take_lock_if_free()
        except Exception as error:  # noqa: BLE001 - said on the event loop
            self.post_message(LockChecked(False, error))
            return
        self.post_message(LockChecked(taken))

    def on_lock_checked(self, message: LockChecked) -> None:
        self._looking = False
        if message.error is not None:
            self._stays_read_only(message.error)
        elif message.taken:
            self._claimed()

    def _stays_read_only(self, error: Exception) -> None:
        self._stop_claiming()
        self.notify(f"This window stays read-only: {error}", title=READ_ONLY_TITLE,
                    severity="error", timeout=15, markup=False)

    def _claimed(self) -> None:
        self._stop_claiming()
        self._library_became_writable()

    def _stop_claiming(self) -> None:
        if self._lock_timer is not None:
            self._lock_timer.stop()
            self._lock_timer = None

    def _library_became_writable(self) -> None:
        """Every screen shows the library as it is in the file now, writing keys back;
        the notices that said it was read-only go (they would contradict the new one)."""
        for screen in self.screen_stack:
            became_writable = getattr(screen, "library_became_writable", None)
            if became_writable is not None:
                became_writable()
        stale = [n for n in self._notifications
                 if n.title == READ_ONLY_TITLE or "read-only" in n.message]
        for notification in stale:
            self._unnotify(notification, refresh=False)
        self._refresh_notifications()
        self.notify("The library is free now: this window has taken it and can save "
                    "notes, imports and the reading position. It was read again first, "
                    "with what was saved elsewhere meanwhile.",
                    title="Writable", timeout=10)
