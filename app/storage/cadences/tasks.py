"""A rep's own touches beside the cadences: snoozing an item, notes, tasks and reminders.

Each write is one change set (undoable as a unit) and returns :class:`Changes`, like
completing an item. Moments are aware and stored in UTC; the UI converts the prospect's
or the rep's local time before calling (a reminder "tomorrow 9:00" means the prospect's
9:00 for a call, the rep's for their own task).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from app.core.calling import require_aware
from app.core.ops import Changes
from app.storage import tables
from app.storage.cadences.errors import CadenceStoreError
from app.storage.cadences.queue import CALL_BACK_KIND
from app.storage.changes import record_changes

if TYPE_CHECKING:
    from app.storage.database import Database

#: Task kinds a rep can add by hand (cadence steps add email, call, linkedin and message).
TASK_KINDS: Final = ("follow_up", "call", "email")
#: The longest title a task keeps (the column's size).
MAX_TITLE: Final = 300


@dataclass(frozen=True)
class Written:
    """The row a write made or changed, and the change."""

    id: int
    changes: Changes


def snooze(db: Database, item_id: int, until: dt.datetime, now: dt.datetime) -> Written:
    """Move an open item to ``until``; a cadence step moves its enrollment with it.

    Raises:
        CadenceStoreError: ``unknown_item``, ``item_closed`` or ``snooze_in_past``;
            nothing was written.
    """
    at = require_aware(until, "until").astimezone(dt.UTC)
    moment = require_aware(now, "now").astimezone(dt.UTC)
    if at <= moment:
        raise CadenceStoreError("snooze_in_past", {"at": at.isoformat()})
    t = tables.tasks
    with record_changes(db, kind="snooze", description="snooze") as rec:
        row = rec.conn.execute(
            select(t.c.id, t.c.status, t.c.enrollment_id).where(t.c.id == item_id)
        ).first()
        if row is None:
            raise CadenceStoreError("unknown_item", {"item": item_id})
        if row.status != "open":
            raise CadenceStoreError("item_closed", {"item": item_id, "status": str(row.status)})
        rec.update("tasks", item_id, {"due_at": at, "updated_at": moment})
        if row.enrollment_id is not None:
            rec.update("enrollments", int(row.enrollment_id), {"next_due_at": at})
    return Written(item_id, rec.changes(count=1))


def add_note(
    db: Database, contact_id: int, text: str, *, rep_id: int | None, now: dt.datetime
) -> Written:
    """Log a note on a contact (an activity of kind ``note``).

    Raises:
        CadenceStoreError: ``empty_note`` or ``unknown_contact``; nothing was written.
    """
    body = text.strip()
    if not body:
        raise CadenceStoreError("empty_note", {})
    moment = require_aware(now, "now").astimezone(dt.UTC)
    with record_changes(db, kind="note", description="note") as rec:
        _require_contact(rec.conn, contact_id)
        activity_id = rec.conn.execute(
            insert(tables.activities)
            .values(
                contact_id=contact_id, rep_id=rep_id, kind="note", occurred_at=moment, body=body
            )  # fmt: skip
            .returning(tables.activities.c.id)
        ).scalar_one()
        rec.record_insert("activities", {"id": int(activity_id)})
    return Written(int(activity_id), rec.changes(count=1))


def add_task(
    db: Database,
    contact_id: int,
    title: str,
    due: dt.datetime,
    *,
    rep_id: int | None,
    now: dt.datetime,
    kind: str = "follow_up",
) -> Written:
    """Add a task or reminder on a contact, due at ``due`` (it shows in Today then).

    Raises:
        CadenceStoreError: ``empty_title``, ``unknown_task_kind`` or ``unknown_contact``;
            nothing was written.
    """
    name = " ".join(title.split())[:MAX_TITLE]
    if not name:
        raise CadenceStoreError("empty_title", {})
    if kind not in TASK_KINDS:
        raise CadenceStoreError("unknown_task_kind", {"kind": kind, "kinds": " ".join(TASK_KINDS)})
    at = require_aware(due, "due").astimezone(dt.UTC)
    moment = require_aware(now, "now").astimezone(dt.UTC)
    with record_changes(db, kind="task", description="task") as rec:
        _require_contact(rec.conn, contact_id)
        task_id = rec.conn.execute(
            insert(tables.tasks)
            .values(
                contact_id=contact_id,
                rep_id=rep_id,
                kind=kind,
                title=name,
                due_at=at,
                status="open",
                priority=0,
                version=1,
                created_at=moment,
                updated_at=moment,
            )  # fmt: skip
            .returning(tables.tasks.c.id)
        ).scalar_one()
        rec.record_insert("tasks", {"id": int(task_id)})
    return Written(int(task_id), rec.changes(count=1))


def _require_contact(conn: Connection, contact_id: int) -> None:
    c = tables.contacts
    if conn.execute(select(c.c.id).where(c.c.id == contact_id)).first() is None:
        raise CadenceStoreError("unknown_contact", {"contact": contact_id})


@dataclass(frozen=True)
class Reminder:
    """A task of the rep's own that fell due: what the desktop notification says.

    Attributes:
        id: The task (a queue item).
        contact_id: Whose task it is.
        name: The prospect's name.
        title: What to do.
        due: When it fell due (UTC).
        call_back: The prospect asked to be called back then.
    """

    id: int
    contact_id: int
    name: str
    title: str
    due: dt.datetime
    call_back: bool = False


def due_reminders(
    db: Database, rep_id: int | None, after: dt.datetime, until: dt.datetime
) -> list[Reminder]:
    """Open tasks outside the cadences (reminders, call-backs, hand-made tasks) that fell due
    in ``(after, until]`` for the rep (every rep's when ``rep_id`` is None), oldest first.

    Cadence steps are not reminders: Today lists them; a reminder is something the rep
    asked to be told about at a moment.
    """
    t, c = tables.tasks, tables.contacts
    start = require_aware(after, "after").astimezone(dt.UTC)
    end = require_aware(until, "until").astimezone(dt.UTC)
    query = (
        select(t.c.id, t.c.contact_id, t.c.title, t.c.due_at, t.c.kind, c.c.full_name)
        .join(c, c.c.id == t.c.contact_id)
        .where(t.c.status == "open", t.c.due_at > start, t.c.due_at <= end)
        .where(t.c.enrollment_id.is_(None) | (t.c.kind == CALL_BACK_KIND))
        .order_by(t.c.due_at, t.c.id)
        .limit(50)
    )
    if rep_id is not None:
        query = query.where(t.c.rep_id == rep_id)
    with db.reading() as conn:
        rows = conn.execute(query).all()
    return [
        Reminder(
            int(r.id),
            int(r.contact_id),
            str(r.full_name or ""),
            str(r.title or ""),
            r.due_at,
            r.kind == CALL_BACK_KIND,
        )  # fmt: skip
        for r in rows
    ]


__all__ = [
    "MAX_TITLE",
    "TASK_KINDS",
    "Reminder",
    "Written",
    "add_note",
    "add_task",
    "due_reminders",
    "snooze",
]
