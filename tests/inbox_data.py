"""Prospects in a cadence with emails already sent: the world replies come back to.

The sending side records each sent email as an ``activities`` row of kind ``email`` with
``details = {"message_id": "<...>"}``; these helpers write such rows with plain SQL into
the real database file, as the sender would.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from app.storage import tables
from app.storage.cadences import add_rep, enroll, import_cadence
from app.storage.database import Database
from tests.cadences_data import CALLS_CADENCE, MONDAY, add_contact

REP_EMAIL = "olga@sales.example.lt"


def prospect(db: Database, email: str, **values: Any) -> int:
    """A contact with this address (``email_key`` set as the importer would)."""
    return add_contact(db, email=email, email_key=email.casefold(), email_raw=email, **values)


def world(db: Database, emails: list[str]) -> dict[str, int]:
    """A rep, the test cadence, and one enrolled prospect per address (address → id)."""
    rep = add_rep(db, "Olga", REP_EMAIL, time_zone="Europe/Vilnius").rep
    import_cadence(db, CALLS_CADENCE)
    ids = {
        email: prospect(db, email, phone_e164=f"+3706123{i:04d}", phone_raw=f"+370 6123 {i:04d}")
        for i, email in enumerate(emails)
    }  # fmt: skip
    enroll(db, "Test calls", list(ids.values()), rep, MONDAY)
    return ids


def record_sent(db_path: Path | Database, contact_id: int, message_id: str) -> None:
    """The sending side's record of one sent email, written with plain SQL.

    Given the open database (either backend), through it; given a file, with sqlite3.
    """
    if not isinstance(db_path, Path):
        with db_path.transaction() as db_conn:
            db_conn.execute(
                text(
                    "INSERT INTO activities (contact_id, kind, occurred_at, subject, body, "
                    "details) VALUES (:c, 'email', :at, 'Faster month-end close', "
                    "'Hi, 15 minutes?', :d)"
                ),
                {"c": contact_id, "at": MONDAY, "d": json.dumps({"message_id": message_id})},
            )
        return
    conn = sqlite3.connect(db_path)
    try:
        conn.execute(
            "INSERT INTO activities (contact_id, kind, occurred_at, subject, body, details) "
            "VALUES (?, 'email', ?, 'Faster month-end close', 'Hi, 15 minutes?', ?)",
            (contact_id, MONDAY.isoformat(), json.dumps({"message_id": message_id})),
        )
        conn.commit()
    finally:
        conn.close()


def enrollment_states(db: Database, contact_id: int) -> list[tuple[str, str | None]]:
    """(status, stop_reason) of the contact's enrollments."""
    e = tables.enrollments
    with db.reading() as conn:
        rows = conn.execute(select(e.c.status, e.c.stop_reason).where(e.c.contact_id == contact_id))
        return [(str(r.status), r.stop_reason) for r in rows]


def open_items(db: Database, contact_id: int) -> list[tuple[str, str | None, dt.datetime]]:
    """(kind, title, due) of the contact's open Today items."""
    t = tables.tasks
    with db.reading() as conn:
        rows = conn.execute(
            select(t.c.kind, t.c.title, t.c.due_at)
            .where(t.c.contact_id == contact_id, t.c.status == "open")
            .order_by(t.c.id)
        )
        return [(str(r.kind), r.title, r.due_at) for r in rows]


def contact_row(db: Database, contact_id: int) -> Any:
    c = tables.contacts
    with db.reading() as conn:
        return conn.execute(select(c).where(c.c.id == contact_id)).first()


__all__ = [
    "REP_EMAIL",
    "contact_row",
    "enrollment_states",
    "open_items",
    "prospect",
    "record_sent",
    "world",
]
