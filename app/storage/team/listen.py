"""Other people's writes on PostgreSQL, pushed: LISTEN on a dedicated connection.

Every announcing write transaction on a server notifies :data:`CHANNEL` in the same
transaction as the change-feed bump (``Database.transaction``), so the notification is
delivered exactly when the write commits, and never for a rolled-back one. Its payload is
the writing app's ``writer_token``, so an app skips its own writes.

:class:`ChangeListener` keeps one connection of its own (not one the app's work borrows
from the pool) on a background thread, waits for notifications, and hands the number of
other people's writes to a callback: the caller turns that into the same broadcast the
polling of a shared file produces (:func:`app.storage.team.feed.remote_changes`). When
the connection drops (server restart, network, an administrator ending the session) it
connects again with a growing pause, LISTENs again and reports one *resync*: writes
committed while nobody listened sent notifications nobody heard, so the caller refreshes
everything once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

import psycopg

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = ["CHANNEL", "RESYNC", "ChangeListener"]

log = logging.getLogger(__name__)

#: The notification channel every announcing write transaction notifies.
CHANNEL: Final = "prospect_desk_changes"
#: Passed to the callback after a reconnect: refresh everything once.
RESYNC: Final = -1
#: How long one wait for notifications lasts before the thread checks whether to stop.
WAIT_SECONDS: Final = 0.5
#: The pause before reconnecting doubles from the first to the last value.
RETRY_SECONDS: Final = (0.5, 30.0)


class ChangeListener:
    """Reports other apps' writes to one server database as they commit.

    Args:
        db: The open server database (its ``writer_token`` marks this app's own writes).
        on_writes: Called on the listener's thread with the number of other people's
            writes since the last call, or :data:`RESYNC` after a reconnect.

    Attributes:
        connected: Set while LISTEN is in place (tests wait on it).
        reconnects: How many times the connection was made again after a loss.
    """

    def __init__(self, db: Database, on_writes: Callable[[int], None]) -> None:
        self.db = db
        self.on_writes = on_writes
        self.connected = threading.Event()
        self.reconnects = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._backend_pid: int | None = None

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listening connection (for tests and diagnostics)."""
        return self._backend_pid

    def start(self) -> None:
        """Start listening on a background thread."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and close the connection (waits at most a moment)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=WAIT_SECONDS * 4)

    # --- the thread -------------------------------------------------------------------

    def _run(self) -> None:
        pause = RETRY_SECONDS[0]
        lost = False
        while not self._stop.is_set():
            try:
                self._listen(resync=lost)
            except (psycopg.Error, OSError) as exc:
                self.connected.clear()
                if self._stop.is_set():
                    return
                log.warning("change listener lost its connection: %s", exc)
                lost = True
                if self._stop.wait(pause):
                    return
                pause = min(pause * 2, RETRY_SECONDS[1])
                continue
            return

    def _connect(self) -> psycopg.Connection[tuple[object, ...]]:
        # The engine's own URL and connect arguments (a password from the keychain), but
        # a connection outside its pool: it lives as long as the listener.
        url = self.db.engine.url.set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def _listen(self, *, resync: bool) -> None:
        with self._connect() as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self._backend_pid = conn.info.backend_pid
            if resync:
                self.reconnects += 1
                self.on_writes(RESYNC)
            self.connected.set()
            own = self.db.writer_token
            while not self._stop.is_set():
                others = sum(
                    1 for note in conn.notifies(timeout=WAIT_SECONDS) if note.payload != own
                )
                if others:
                    self.on_writes(others)
        self.connected.clear()
