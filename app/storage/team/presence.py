"""Who is here, read-only: the live sessions of a database (see ``team.sessions``).

Apart from the writes so that opening a database (``app.storage.database``), which
refuses a schema upgrade while others are here, can ask without an import cycle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection

from app.storage import tables

__all__ = ["HEARTBEAT_SECONDS", "STALE_SECONDS", "SessionInfo", "live_sessions"]

#: How often a running app refreshes its row.
HEARTBEAT_SECONDS: Final = 30
#: A row not refreshed for this long is a crashed or disconnected app.
STALE_SECONDS: Final = 150


@dataclass(frozen=True)
class SessionInfo:
    """One live app on the database.

    Attributes:
        id: The session's row id.
        who: The rep's name, else the operating system's login name.
        rep_id: The rep, when the app knows which one.
        host: The computer's name.
        pid: The app's process id there.
        started_at: When it opened the database.
        heartbeat_at: When it was last heard of.
    """

    id: int
    who: str
    rep_id: int | None
    host: str
    pid: int
    started_at: dt.datetime
    heartbeat_at: dt.datetime


def live_sessions(
    conn: Connection, now: dt.datetime, *, exclude: int | None = None
) -> list[SessionInfo]:
    """The apps heard of within :data:`STALE_SECONDS`, by name, without ``exclude``.

    A database whose schema predates sessions has none (an older app cannot say it is
    there).
    """
    if not inspect(conn).has_table("sessions"):
        return []
    s = tables.sessions.c
    r = tables.reps.c
    query = (
        select(s.id, s.rep_id, s.user_name, r.name, s.host, s.pid, s.started_at, s.heartbeat_at)
        .select_from(tables.sessions.outerjoin(tables.reps, r.id == s.rep_id))
        .where(s.heartbeat_at >= now - dt.timedelta(seconds=STALE_SECONDS))
        .order_by(s.started_at, s.id)
    )
    if exclude is not None:
        query = query.where(s.id != exclude)
    return [
        SessionInfo(
            id=int(row.id),
            who=str(row.name or row.user_name),
            rep_id=row.rep_id,
            host=str(row.host),
            pid=int(row.pid),
            started_at=row.started_at,
            heartbeat_at=row.heartbeat_at,
        )  # fmt: skip
        for row in conn.execute(query)
    ]
