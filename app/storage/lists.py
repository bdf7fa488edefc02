"""Static lists: reading them with their sizes, naming them, and who is on them.

A static list holds the contacts added to it by hand or by an import (a segment, in
``app.storage.segments``, computes its members instead). Creating and renaming a list are
plain writes; deleting a list and changing its members are undoable change sets, each
returning the :class:`~app.core.ops.Changes` it made.

Reads use the Core tables of ``app.storage.tables``: the Lists page and the import wizard
read lists while the window starts, without importing the ORM.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, insert, select
from sqlalchemy.engine import Connection

from app.storage import tables
from app.storage.contacts.tables import chunks, existing_contacts
from app.storage.names import clean_name, refuse_taken, rename

if TYPE_CHECKING:
    from app.core.ops import Changes
    from app.storage.database import Database


@dataclass(frozen=True)
class ListInfo:
    """A static list with its member count."""

    id: int
    name: str
    count: int


def lists_with_counts(conn: Connection) -> list[ListInfo]:
    """Every static list, by name, with how many contacts it holds."""
    counts = (
        select(tables.list_members.c.list_id, func.count().label("n"))
        .group_by(tables.list_members.c.list_id)
        .subquery()
    )
    rows = conn.execute(
        select(tables.lists.c.id, tables.lists.c.name, func.coalesce(counts.c.n, 0))
        .select_from(tables.lists.outerjoin(counts, counts.c.list_id == tables.lists.c.id))
        .order_by(tables.lists.c.name)
    )
    return [ListInfo(int(r[0]), str(r[1]), int(r[2])) for r in rows]


def static_lists(conn: Connection) -> list[tuple[int, str]]:
    """Every static list as (id, name), by name (for scope pickers)."""
    rows = conn.execute(
        select(tables.lists.c.id, tables.lists.c.name).order_by(tables.lists.c.name)
    )
    return [(int(i), str(n)) for i, n in rows]


def create_list(db: Database, name: str) -> int:
    """Create an empty static list and return its id.

    Raises:
        NameRefusedError: the name is empty or another list has it.
    """
    name = clean_name(name)
    with db.transaction() as conn:
        refuse_taken(conn, tables.lists, name, None)
        now = dt.datetime.now(dt.UTC)
        return int(
            conn.execute(
                insert(tables.lists)
                .values(name=name, created_at=now, updated_at=now)
                .returning(tables.lists.c.id)
            ).scalar_one()
        )


def rename_list(db: Database, list_id: int, name: str) -> None:
    """Rename a static list (NameRefusedError when the name is empty or taken)."""
    rename(db, tables.lists, list_id, name)


def delete_list(db: Database, list_id: int) -> Changes:
    """Delete a static list (its contacts stay) as an undoable change set.

    Returns:
        The change (``count`` 1 when the list existed, else 0).
    """
    from app.storage.changes import record_changes

    with record_changes(db, kind="delete", description="list") as rec:
        deleted = rec.delete("lists", [list_id])
    return rec.changes(count=deleted)


def add_to_list(db: Database, list_id: int, ids: Sequence[int]) -> Changes:
    """Add contacts to a static list; those already on it are left alone.

    Returns:
        The change, with ``count`` the number of contacts added.
    """
    from app.storage.changes import record_changes

    changed = 0
    with record_changes(db, kind="bulk_edit", description="add_to_list") as rec:
        conn = rec.conn
        for chunk in chunks(ids):
            present = {
                int(r[0])
                for r in conn.execute(
                    select(tables.list_members.c.contact_id).where(
                        tables.list_members.c.list_id == list_id,
                        tables.list_members.c.contact_id.in_(chunk),
                    )
                )
            }
            new = [cid for cid in existing_contacts(conn, chunk) if cid not in present]
            if not new:
                continue
            now = dt.datetime.now(dt.UTC)
            conn.execute(
                insert(tables.list_members),
                [{"list_id": list_id, "contact_id": cid, "added_at": now} for cid in new],
            )
            for cid in new:
                rec.record_insert("list_members", {"list_id": list_id, "contact_id": cid})
            changed += len(new)
    return rec.changes(count=changed)


def remove_from_list(db: Database, list_id: int, ids: Sequence[int]) -> Changes:
    """Take contacts off a static list (the contacts themselves stay).

    Returns:
        The change, with ``count`` the number of contacts taken off.
    """
    from app.storage.changes import record_changes

    changed = 0
    with record_changes(db, kind="bulk_edit", description="remove_from_list") as rec:
        for chunk in chunks(ids):
            members = tables.list_members
            where = and_(members.c.list_id == list_id, members.c.contact_id.in_(chunk))
            changed += rec.delete_where("list_members", where)
    return rec.changes(count=changed)


__all__ = [
    "ListInfo",
    "add_to_list",
    "create_list",
    "delete_list",
    "lists_with_counts",
    "remove_from_list",
    "rename_list",
    "static_lists",
]
