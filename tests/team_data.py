"""Seeding helpers of the team-mode tests: reps and bare contacts, on any backend."""

from __future__ import annotations

from sqlalchemy import insert, select

from app.storage import tables
from app.storage.cadences import add_rep
from app.storage.database import Database
from app.storage.types import utcnow


def add_reps(db: Database, count: int) -> list[int]:
    """Add ``count`` reps (rep0@team.example ...) and return their ids in order."""
    return [add_rep(db, f"Rep {n}", f"rep{n}@team.example").rep.id for n in range(count)]


def add_contacts(db: Database, count: int, *, prefix: str = "Person") -> list[int]:
    """Add ``count`` bare contacts and return their ids in order."""
    now = utcnow()
    with db.transaction() as conn:
        conn.execute(
            insert(tables.contacts),
            [
                {
                    "first_name": prefix,
                    "last_name": str(n),
                    "full_name": f"{prefix} {n}",
                    "do_not_contact": False,
                    "custom_fields": {},
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for n in range(count)
            ],
        )
        rows = conn.execute(
            select(tables.contacts.c.id)
            .where(tables.contacts.c.first_name == prefix)
            .order_by(tables.contacts.c.id)
        )
        return [int(r[0]) for r in rows]
