"""Small read queries the window needs: counts for the status bar and empty states.

Plain SQLAlchemy Core on the tables by name, so the start-up path does not import the ORM
schema (``app.storage.schema``), which costs about half a second.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, table

from app.storage.database import Database

_CONTACTS = table("contacts")
_LISTS = table("lists")


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
        return int(conn.execute(select(func.count()).select_from(_CONTACTS)).scalar_one())


def database_summary(db: Database) -> DatabaseSummary:
    """Return the contact and list counts, read in one snapshot."""
    with db.reading() as conn:
        contacts = conn.execute(select(func.count()).select_from(_CONTACTS)).scalar_one()
        lists = conn.execute(select(func.count()).select_from(_LISTS)).scalar_one()
    return DatabaseSummary(contacts=int(contacts), lists=int(lists))
