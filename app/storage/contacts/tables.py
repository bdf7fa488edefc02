"""The contacts alias and the id helpers every contacts, lists and segments module shares.

The tables themselves are defined once, in ``app.storage.tables`` (Core only, cheap to
import: the Lists page, the segment editor and the contact detail panel read through these
modules while the window starts, so they never import the ORM schema).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.storage import tables
from app.storage.contacts.table_data import MAX_IDS_PER_QUERY

#: Contacts, aliased ``c``: segment and scope conditions are written against this alias.
CONTACTS = tables.contacts.alias("c")


def chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    """The distinct ``ids`` in order, in slices small enough for one ``IN (...)``."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), MAX_IDS_PER_QUERY):
        yield unique[start : start + MAX_IDS_PER_QUERY]


def existing_contacts(conn: Connection, ids: list[int]) -> list[int]:
    """Those of ``ids`` (at most :data:`MAX_IDS_PER_QUERY`) that are contacts now."""
    found = conn.execute(select(CONTACTS.c.id).where(CONTACTS.c.id.in_(ids)))
    return [int(r[0]) for r in found]


__all__ = ["CONTACTS", "MAX_IDS_PER_QUERY", "chunks", "existing_contacts"]
