"""Who is here: one row per running app on a shared database, kept alive by heartbeats.

An app registers when it opens the database, refreshes its row every
:data:`HEARTBEAT_SECONDS`, and removes it when it closes. A row whose heartbeat is older
than :data:`STALE_SECONDS` belongs to an app that crashed or lost the network; it no
longer counts as live and the next sweep (:func:`expire_sessions`) deletes it.

Heartbeats are written with ``transaction(announce=False)``: they change nothing other
people look at, so they must not make every app refresh its pages.

Usage::

    me = register_session(db, user_name=getpass.getuser(), host=socket.gethostname(),
                          pid=os.getpid(), now=now)
    ...every HEARTBEAT_SECONDS: heartbeat(db, me, now)
    with db.reading() as conn:
        others = live_sessions(conn, now, exclude=me)
    end_session(db, me)
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, update
from sqlalchemy.engine import Connection

from app.storage import tables
from app.storage.team.presence import (
    HEARTBEAT_SECONDS,
    STALE_SECONDS,
    SessionInfo,
    live_sessions,
)

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = [
    "HEARTBEAT_SECONDS",
    "STALE_SECONDS",
    "SessionInfo",
    "end_session",
    "expire_sessions",
    "heartbeat",
    "live_sessions",
    "register_session",
]


def register_session(
    db: Database, *, user_name: str, host: str, pid: int, now: dt.datetime,
    rep_id: int | None = None,
) -> int:  # fmt: skip
    """Add this app's row and return its id (also sweeps stale rows away)."""
    with db.transaction(announce=False) as conn:
        _sweep(conn, now)
        return int(
            conn.execute(
                insert(tables.sessions)
                .values(
                    rep_id=rep_id,
                    user_name=user_name[:200],
                    host=host[:255],
                    pid=pid,
                    started_at=now,
                    heartbeat_at=now,
                )  # fmt: skip
                .returning(tables.sessions.c.id)
            ).scalar_one()
        )


def heartbeat(db: Database, session_id: int, now: dt.datetime) -> bool:
    """Refresh this app's row.

    Returns:
        False when the row was gone (swept after the app slept or lost the network); the
        caller registers again.
    """
    s = tables.sessions.c
    with db.transaction(announce=False) as conn:
        found = conn.execute(
            update(tables.sessions).where(s.id == session_id).values(heartbeat_at=now)
        ).rowcount
    return bool(found)


def end_session(db: Database, session_id: int) -> None:
    """Remove this app's row (the app is closing the database)."""
    with db.transaction(announce=False) as conn:
        conn.execute(delete(tables.sessions).where(tables.sessions.c.id == session_id))


def expire_sessions(db: Database, now: dt.datetime) -> int:
    """Delete the rows of apps not heard of for :data:`STALE_SECONDS`; return how many."""
    with db.transaction(announce=False) as conn:
        return _sweep(conn, now)


def _sweep(conn: Connection, now: dt.datetime) -> int:
    cutoff = now - dt.timedelta(seconds=STALE_SECONDS)
    return int(
        conn.execute(
            delete(tables.sessions).where(tables.sessions.c.heartbeat_at < cutoff)
        ).rowcount
    )
