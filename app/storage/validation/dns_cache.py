"""The DNS cache of mail-domain answers over the ``domain_checks`` table.

A validation run that checks mail domains asks DNS about each distinct domain once; the
answers are kept here (with a time to live from the core's caching policy) so the next
run, or the next list, does not ask again.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from app.core.validation import MailDomainCheck
from app.storage import tables

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = ["DbDomainCache"]

_CHUNK: Final = 500


class DbDomainCache:
    """The core's ``DomainCache`` over the ``domain_checks`` table (TTL via ``expires_at``).

    Thread-safe: the core looks domains up from several threads. Reads go to the
    database (one primary-key lookup) unless this object already holds the answer.

    Args:
        db: The database.
        write_through: When True (default) each ``put`` is committed at once. When
            False answers are kept in memory until :meth:`flush` writes them inside the
            caller's transaction, so a cancelled run leaves no trace.
        clock: Returns the current time in seconds since the epoch (tests pass a fake).
    """

    def __init__(
        self,
        db: Database,
        *,
        write_through: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = db
        self._write_through = write_through
        self._clock = clock
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[MailDomainCheck, float]] = {}
        self.hits = 0
        self.misses = 0

    def get(self, domain: str) -> MailDomainCheck | None:
        """Return the stored, unexpired result for ``domain``, else None."""
        now = self._clock()
        with self._lock:
            pending = self._pending.get(domain)
        if pending is not None and pending[1] > now:
            return pending[0]
        t = tables.domain_checks
        with self._db.reading() as conn:
            row = conn.execute(
                select(t.c.status, t.c.records, t.c.checked_at, t.c.expires_at).where(
                    t.c.domain == domain
                )
            ).first()
        with self._lock:
            if row is None or row.expires_at.timestamp() <= now:
                self.misses += 1
                return None
            self.hits += 1
        return MailDomainCheck(
            domain, row.status, tuple(row.records or ()), row.checked_at.timestamp()
        )

    def put(self, result: MailDomainCheck, ttl_seconds: float) -> None:
        """Store ``result`` for ``ttl_seconds`` (now, or at :meth:`flush`)."""
        expires = self._clock() + ttl_seconds
        if not self._write_through:
            with self._lock:
                self._pending[result.domain] = (result, expires)
            return
        with self._db.transaction() as conn:
            self._write(conn, [(result, expires)])

    def flush(self, conn: Connection) -> int:
        """Write the answers kept in memory through ``conn`` (the caller's transaction).

        Returns:
            How many domains were written.
        """
        with self._lock:
            entries = list(self._pending.values())
            self._pending.clear()
        self._write(conn, entries)
        return len(entries)

    @staticmethod
    def _write(conn: Connection, entries: Sequence[tuple[MailDomainCheck, float]]) -> None:
        t = tables.domain_checks
        for start in range(0, len(entries), _CHUNK):
            chunk = entries[start : start + _CHUNK]
            # Delete + insert is an upsert both SQLite and PostgreSQL run the same way.
            conn.execute(delete(t).where(t.c.domain.in_([r.domain for r, _ in chunk])))
            conn.execute(
                insert(t),
                [
                    {
                        "domain": r.domain,
                        "status": r.status,
                        "records": list(r.mx_hosts),
                        "checked_at": dt.datetime.fromtimestamp(
                            r.checked_at or time.time(), dt.UTC
                        ),
                        "expires_at": dt.datetime.fromtimestamp(expires, dt.UTC),
                    }
                    for r, expires in chunk
                ],
            )
