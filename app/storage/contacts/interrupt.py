"""Stopping a contact query early: a superseded search, or a plan over its time budget.

A search runs on a worker while the user types; a newer keystroke must stop it at once
(:func:`interruptible`). A search's first screen may also try a plan that is fast for
most searches and slow for a few, under a budget (:func:`within_budget`): over the
budget, the statement stops and the caller falls back to a plan whose cost is known.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Final

from sqlalchemy.engine import Connection

#: Where :func:`interruptible` keeps its ``stop`` on the connection, for
#: :func:`within_budget` to keep honouring it.
_STOP: Final = "prospect_desk_stop"
#: SQLite calls the progress handler every this many virtual-machine steps: well under a
#: millisecond between checks.
_STEPS: Final = 2000


@contextmanager
def interruptible(conn: Connection, stop: Callable[[], bool]) -> Iterator[None]:
    """Abort statements on ``conn`` once ``stop()`` is true (a superseded search).

    SQLite checks ``stop()`` from its progress handler; PostgreSQL gets a cancel request.

    An interrupted statement raises ``sqlalchemy.exc.OperationalError``; callers that
    asked to stop should treat it as "stopped", not as a failure.
    """
    if conn.dialect.name != "sqlite":
        with _cancelled_on_server(conn, stop):
            yield
        return
    raw = conn.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    raw.set_progress_handler(lambda: 1 if stop() else 0, _STEPS)
    conn.info[_STOP] = stop
    try:
        yield
    finally:
        conn.info.pop(_STOP, None)
        raw.set_progress_handler(None, 0)


#: How often a server statement's watcher asks whether the caller wants it stopped.
CANCEL_CHECK_SECONDS: Final = 0.01


@contextmanager
def _cancelled_on_server(conn: Connection, stop: Callable[[], bool]) -> Iterator[None]:
    """Ask the server to cancel the running statement once ``stop()`` is true.

    A watcher thread looks every :data:`CANCEL_CHECK_SECONDS`; the server then stops the
    statement (the client sees ``QueryCanceled``, an ``OperationalError``) and the
    connection stays usable. The watcher ends before the block returns, so a late cancel
    cannot hit a later statement; one reaching an idle connection is ignored by the server.
    """
    raw = conn.connection.dbapi_connection
    cancel = getattr(raw, "cancel_safe", None)
    if cancel is None:
        yield
        return
    finished = threading.Event()

    def watch() -> None:
        while not finished.wait(CANCEL_CHECK_SECONDS):
            if stop():
                cancel()
                return

    watcher = threading.Thread(target=watch, name="search-cancel", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        finished.set()
        watcher.join()


@contextmanager
def within_budget(conn: Connection, seconds: float) -> Iterator[Callable[[], bool]]:
    """Stop SQLite statements on ``conn`` once this thread spent ``seconds`` of CPU in them.

    CPU, not wall time: on a busy machine a plan waits for a core as long as any other,
    and giving up on it then would only add the fallback's work.

    Yields a function telling whether the budget ran out: a statement stopped by it
    raises ``sqlalchemy.exc.OperationalError`` ("interrupted"), and the caller falls back
    to another plan. A surrounding :func:`interruptible` keeps working meanwhile. On
    PostgreSQL nothing is stopped (the server plans for itself).
    """
    deadline = time.thread_time() + seconds

    def over() -> bool:
        return time.thread_time() > deadline

    if conn.dialect.name != "sqlite":
        yield over
        return
    raw = conn.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    stop: Callable[[], bool] | None = conn.info.get(_STOP)
    if stop is None:
        raw.set_progress_handler(lambda: 1 if over() else 0, _STEPS)
    else:
        raw.set_progress_handler(lambda: 1 if over() or stop() else 0, _STEPS)
    try:
        yield over
    finally:
        if stop is None:
            raw.set_progress_handler(None, 0)
        else:
            raw.set_progress_handler(lambda: 1 if stop() else 0, _STEPS)


__all__ = ["CANCEL_CHECK_SECONDS", "interruptible", "within_budget"]
