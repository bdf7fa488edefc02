"""The change feed: noticing that other people wrote to a shared database.

Every write transaction bumps the one row of ``change_feed`` as its last statement
(``Database.transaction``); a rolled-back write bumps nothing. An app polls the counter
every few seconds (:data:`POLL_SECONDS`) with :class:`ChangeFeedPoller`, which subtracts
the writes this app committed itself (``Database.local_writes``): what is left are other
people's writes, announced as :func:`remote_changes` on the same change bus as local
edits, so every page refreshes the way it does after the user's own edit.

The poller reads the counter before its own write count: a write of ours landing between
the two reads is then counted as ours one poll early, and as someone else's at the next
poll, which costs one needless refresh but never misses another person's write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.core.ops import Changes
from app.storage import tables

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = ["POLL_SECONDS", "ChangeFeedPoller", "change_count", "remote_changes"]

#: How often an app on a shared file or server looks for other people's writes.
POLL_SECONDS: Final = 3


def change_count(conn: Connection) -> int:
    """How many announcing write transactions the database has committed, ever."""
    value = conn.execute(
        select(tables.change_feed.c.counter).where(tables.change_feed.c.id == 1)
    ).scalar()
    return int(value or 0)


def remote_changes(count: int) -> Changes:
    """The broadcast for ``count`` writes by other people: any row of any table."""
    return Changes.of(
        tables.metadata.tables.keys(), operation="remote", count=count, source="remote"
    )


class ChangeFeedPoller:
    """Counts other people's writes between two polls of one database.

    Args:
        db: The open database (its ``local_writes`` counts this app's writes).
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._seen: int | None = None
        self._own_seen = 0

    def poll(self) -> int:
        """Read the feed; return how many writes others committed since the last poll.

        The first poll only takes the starting point and returns 0.
        """
        with self.db.reading() as conn:
            counter = change_count(conn)
        own = self.db.local_writes
        if self._seen is None:
            self._seen, self._own_seen = counter, own
            return 0
        others = (counter - self._seen) - (own - self._own_seen)
        self._seen, self._own_seen = counter, own
        return max(others, 0)
