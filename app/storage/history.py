"""The write history as the undo stack reads it, without loading the ORM or the importer.

The undo stack asks "what is the newest write not undone yet?" every time a database opens.
Answering through ``app.storage.changes`` and ``app.storage.importing`` would load the ORM
schema and the whole import pipeline (~0.3 s of imports holding the GIL) while the window
paints for the first time. This module reads the same three tables through the Core tables
of ``app.storage.tables`` instead, and is also where an import batch and a change set
become the :class:`~app.core.ops.Changes` value the undo stack and the broadcast use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.engine import Connection, RowMapping

from app.core.ops import Changes
from app.storage import tables

#: What an import writes. No ids: a large import touches any number of rows, and screens
#: reload these tables.
IMPORT_TABLES = frozenset(
    {"contacts", "companies", "contact_points", "tags", "contact_tags", "list_members",
     "import_batches", "import_batch_items", "import_mappings"}
)  # fmt: skip


def import_batch_changes(batch_id: int, count: int) -> Changes:
    """An import batch as the undo stack and the broadcast know it (undoable as a unit)."""
    return Changes.of(IMPORT_TABLES, operation="import", count=count, import_batch_id=batch_id)


def rows_changes(rows: Iterable[RowMapping], *, operation: str, count: int) -> Changes:
    """The tables and ids that recorded change rows touch (ids unknown for composite keys)."""
    touched: dict[str, set[int] | None] = {}
    for row in rows:
        key = row["row_key"]
        found = touched.setdefault(row["table_name"], set())
        row_id = key.get("id") if len(key) == 1 else None
        if found is None:
            continue
        if isinstance(row_id, int):
            found.add(row_id)
        else:
            touched[row["table_name"]] = None
    ids = {name: found for name, found in touched.items() if found is not None}
    return Changes.of(touched, ids=ids, operation=operation, count=count)


def change_set_changes(conn: Connection, change_set_id: int) -> Changes:
    """What a recorded change set changed, as the undo stack and the broadcast need it.

    For a change set recorded before a restart (or by another person's session), this
    rebuilds what ``ChangeRecorder.changes`` returned: its kind as the operation, the
    contacts it touched as the count (all rows when it touched no contact).

    Raises:
        KeyError: there is no such change set.
    """
    kind = conn.execute(
        select(tables.change_sets.c.kind).where(tables.change_sets.c.id == change_set_id)
    ).scalar_one_or_none()
    if kind is None:
        raise KeyError(change_set_id)
    rows = list(
        conn.execute(
            select(tables.change_set_rows.c.table_name, tables.change_set_rows.c.row_key).where(
                tables.change_set_rows.c.change_set_id == change_set_id
            )
        ).mappings()
    )
    contacts = sum(1 for r in rows if r["table_name"] == "contacts")
    changes = rows_changes(rows, operation=str(kind), count=contacts or len(rows))
    return replace(changes, change_set_id=change_set_id)


def _utc(value: object) -> dt.datetime | None:
    """A stored timestamp as an aware UTC datetime (SQLite gives naive ones back)."""
    if not isinstance(value, dt.datetime):
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def newest_undoable(conn: Connection) -> Changes | None:
    """The newest change set or import batch that has not been undone, or None."""
    change_set = conn.execute(
        select(tables.change_sets.c.id, tables.change_sets.c.created_at)
        .where(tables.change_sets.c.undone.is_(False))
        .order_by(tables.change_sets.c.id.desc())
        .limit(1)
    ).first()
    batch = conn.execute(
        select(
            tables.import_batches.c.id,
            tables.import_batches.c.created_count,
            tables.import_batches.c.updated_count,
            tables.import_batches.c.created_at,
        )
        .where(tables.import_batches.c.undone.is_(False))
        .order_by(tables.import_batches.c.id.desc())
        .limit(1)
    ).first()
    if batch is not None:
        batch_at, set_at = (
            _utc(batch.created_at),
            _utc(change_set.created_at if change_set else None),
        )
        if change_set is None or (batch_at and set_at and batch_at > set_at):
            return import_batch_changes(
                int(batch.id), int(batch.created_count + batch.updated_count)
            )
    if change_set is not None:
        return change_set_changes(conn, int(change_set.id))
    return None


__all__ = [
    "IMPORT_TABLES",
    "change_set_changes",
    "import_batch_changes",
    "newest_undoable",
    "rows_changes",
]
