"""Counts of contacts: the status bar's totals and how many contacts a change touched.

Plain SQLAlchemy Core on the tables of ``app.storage.tables``, so the start-up path (the window
reads :func:`database_summary` as it opens) does not import the ORM schema.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from app.storage import tables
from app.storage.contacts.tables import CONTACTS
from app.storage.database import Database


@dataclass(frozen=True)
class DatabaseSummary:
    """What the window shows about a database at a glance.

    Attributes:
        contacts: the number of contacts.
        lists: the number of static lists.
    """

    contacts: int
    lists: int


def count_contacts(db: Database) -> int:
    """Return the number of contacts (an index-only ``count(*)`` on SQLite)."""
    with db.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(CONTACTS)).scalar_one())


def database_summary(db: Database) -> DatabaseSummary:
    """Return the contact and list counts, read in one snapshot."""
    with db.reading() as conn:
        contacts = conn.execute(select(func.count()).select_from(CONTACTS)).scalar_one()
        lists = conn.execute(select(func.count()).select_from(tables.lists)).scalar_one()
    return DatabaseSummary(contacts=int(contacts), lists=int(lists))


def contacts_in_change_set(conn: Connection, change_set_id: int) -> int:
    """How many contacts a change set changed, deleted or inserted (for "12 fixed.")."""
    return int(
        conn.execute(
            select(func.count())
            .select_from(tables.change_set_rows)
            .where(
                tables.change_set_rows.c.change_set_id == change_set_id,
                tables.change_set_rows.c.table_name == "contacts",
            )
        ).scalar_one()
    )


__all__ = ["DatabaseSummary", "contacts_in_change_set", "count_contacts", "database_summary"]
