"""Named locks several sessions of a PostgreSQL database take to run one at a time.

SQLite needs none of these: a write transaction starts with ``BEGIN IMMEDIATE`` and is
the only writer until it ends. On PostgreSQL, writers run side by side, so work that
reads to decide what to write (an import's dedupe index, a schema upgrade) first takes
a transaction-scoped advisory lock: the next session waits for the commit and then reads
what the first one wrote. Keys are fixed numbers, the same in every copy of the app.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy.engine import Connection

#: Schema upgrades (``app.storage.migrate``).
SCHEMA_LOCK: Final = 0x50524F5350_0001
#: Imports: dedupe against the stored contacts, then write.
IMPORT_LOCK: Final = 0x50524F5350_0002
#: The round-robin rotation: read the reps' places, then move one on.
ROTATION_LOCK: Final = 0x50524F5350_0003


def serialise(conn: Connection, key: int) -> None:
    """Hold ``key`` until the current transaction ends (PostgreSQL); no-op on SQLite.

    Waits while another session holds it.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({int(key)})")


__all__ = ["IMPORT_LOCK", "ROTATION_LOCK", "SCHEMA_LOCK", "serialise"]
