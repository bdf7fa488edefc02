"""Bulk edits of contacts: tag, untag, assign an owner, move to a stage.

Each edit is one transaction and one change set (``app.storage.changes.record_changes``),
undoable as a unit, and returns the :class:`~app.core.ops.Changes` it made with ``count``
the number of contacts it changed (contacts that already had the value are not counted).
Adding to and removing from static lists is in ``app.storage.lists``; deleting contacts is
``app.storage.contacts.delete.delete_contacts``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, insert, select
from sqlalchemy.engine import Connection

from app.storage import tables
from app.storage.contacts.tables import CONTACTS, chunks, existing_contacts
from app.storage.names import clean_name
from app.storage.segments import fold

if TYPE_CHECKING:
    from app.core.ops import Changes
    from app.storage.database import Database


def add_tag(db: Database, tag: str, ids: Sequence[int]) -> Changes:
    """Tag contacts (the tag is created when new; undo removes a tag it created).

    Returns:
        The change, with ``count`` the number of contacts newly tagged.
    """
    from app.storage.changes import record_changes

    name = clean_name(tag)
    changed = 0
    with record_changes(db, kind="bulk_edit", description="add_tag") as rec:
        conn = rec.conn
        tag_id = _tag_id(conn, name)
        if tag_id is None:
            tag_id = int(
                conn.execute(
                    insert(tables.tags).values(name=name).returning(tables.tags.c.id)
                ).scalar_one()
            )
            rec.record_insert("tags", {"id": tag_id})
        for chunk in chunks(ids):
            present = {
                int(r[0])
                for r in conn.execute(
                    select(tables.contact_tags.c.contact_id).where(
                        tables.contact_tags.c.tag_id == tag_id,
                        tables.contact_tags.c.contact_id.in_(chunk),
                    )
                )
            }
            new = [cid for cid in existing_contacts(conn, chunk) if cid not in present]
            if new:
                conn.execute(
                    insert(tables.contact_tags),
                    [{"contact_id": cid, "tag_id": tag_id} for cid in new],
                )
                for cid in new:
                    rec.record_insert("contact_tags", {"contact_id": cid, "tag_id": tag_id})
            changed += len(new)
    return rec.changes(count=changed)


def _tag_id(conn: Connection, name: str) -> int | None:
    """The id of the tag called ``name``, ignoring case ("VIP" and "vip" are one tag)."""
    wanted = fold(name)
    for tag_id, tag_name in conn.execute(select(tables.tags.c.id, tables.tags.c.name)):
        if fold(tag_name) == wanted:
            return int(tag_id)
    return None


def remove_tag(db: Database, tag: str, ids: Sequence[int]) -> Changes:
    """Untag contacts (the tag itself stays).

    Returns:
        The change, with ``count`` the number of contacts untagged.
    """
    from app.storage.changes import record_changes

    changed = 0
    with record_changes(db, kind="bulk_edit", description="remove_tag") as rec:
        tag_id = _tag_id(rec.conn, tag)
        if tag_id is not None:
            for chunk in chunks(ids):
                links = tables.contact_tags
                where = and_(links.c.tag_id == tag_id, links.c.contact_id.in_(chunk))
                changed += rec.delete_where("contact_tags", where)
    return rec.changes(count=changed)


def _update_contacts(db: Database, ids: Sequence[int], values: dict[str, Any]) -> Changes:
    """Set ``values`` on the contacts that differ; the description names the columns."""
    from app.storage.changes import record_changes

    changed = 0
    with record_changes(db, kind="bulk_edit", description=",".join(values)) as rec:
        for chunk in chunks(ids):
            current = {
                int(r[0]): tuple(r[1:])
                for r in rec.conn.execute(
                    select(CONTACTS.c.id, *(CONTACTS.c[k] for k in values)).where(
                        CONTACTS.c.id.in_(chunk)
                    )
                )
            }
            wanted = tuple(values.values())
            for cid in chunk:
                if cid in current and current[cid] != wanted:
                    rec.update("contacts", cid, values)
                    changed += 1
    return rec.changes(count=changed)


def assign_owner(db: Database, owner_id: int | None, ids: Sequence[int]) -> Changes:
    """Make ``owner_id`` (None: nobody) the owner of the contacts.

    Returns:
        The change, with ``count`` the number of contacts whose owner changed.
    """
    return _update_contacts(db, ids, {"owner_id": owner_id})


def set_stage(db: Database, stage_id: int, ids: Sequence[int]) -> Changes:
    """Move the contacts to a pipeline stage.

    Returns:
        The change, with ``count`` the number of contacts that moved.
    """
    return _update_contacts(db, ids, {"stage_id": stage_id})


__all__ = ["add_tag", "assign_owner", "remove_tag", "set_stage"]
