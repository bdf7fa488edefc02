"""What each kind of received message changes, inside the check's one change set.

- reply: the contact's active cadences stop (reason ``reply``); an activity of kind
  ``reply`` records the first lines; a ``follow_up`` item titled with the first line is
  due now in the rep's Today queue;
- automatic reply: the active cadences pause until the return day the message names,
  else for the configured number of days; an ``auto_reply`` activity records it;
- bounce, hard (5.x.x): the address is marked invalid (reason ``bounced``, the raw value
  kept) and the cadences stop (reason ``bounce``); soft (4.x.x): a ``bounce`` activity
  notes it and the outbox's retry handles the rest;
- unsubscribe: do-not-contact (flag and suppression list) and the cadences stop
  (reason ``opt_out``).

Every applied message is recorded in ``mail_processed`` by its key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from app.storage import tables
from app.storage.cadences.stopping import (
    active_enrollment_rep,
    pause_enrollments,
    stop_enrollments,
)
from app.storage.changes import ChangeRecorder
from app.storage.suppressions import flag_do_not_contact


@dataclass(frozen=True)
class Received:
    """The parts of a received message the writes record.

    Attributes:
        subject: Its subject.
        lines: The first lines of the answer.
        at: When it was sent (its Date), else when it was read.
        details: Stored on the activity (the message's key).
    """

    subject: str
    lines: str
    at: dt.datetime
    details: dict[str, Any]


def _rep_for(rec: ChangeRecorder, contact_id: int) -> int | None:
    rep = active_enrollment_rep(rec, contact_id)
    if rep is not None:
        return rep
    c = tables.contacts
    owner = rec.conn.execute(select(c.c.owner_id).where(c.c.id == contact_id)).scalar()
    return int(owner) if owner is not None else None


def _activity(rec: ChangeRecorder, contact_id: int, rep_id: int | None, **values: Any) -> int:
    a = tables.activities
    new_id = int(
        rec.conn.execute(
            insert(a).values(contact_id=contact_id, rep_id=rep_id, **values).returning(a.c.id)
        ).scalar_one()
    )
    rec.record_insert("activities", {"id": new_id})
    return new_id


def mark_processed(rec: ChangeRecorder, key: str, kind: str, now: dt.datetime) -> None:
    """Record that the message with this key was applied."""
    m = tables.mail_processed
    new_id = rec.conn.execute(
        insert(m).values(message_hash=key, kind=kind, processed_at=now).returning(m.c.id)
    ).scalar_one()
    rec.record_insert("mail_processed", {"id": new_id})


def apply_reply(rec: ChangeRecorder, contact_id: int, msg: Received, now: dt.datetime) -> int:
    """Stop the cadences, log the reply, put a follow-up in Today; returns the stops."""
    rep_id = _rep_for(rec, contact_id)
    stopped = stop_enrollments(rec, [contact_id], "reply", now)
    activity_id = _activity(
        rec, contact_id, rep_id, kind="reply", occurred_at=msg.at, outcome="replied",
        subject=msg.subject[:500], body=msg.lines, details=msg.details,
    )  # fmt: skip
    title = (msg.lines.split("\n", 1)[0] or msg.subject or "Reply")[:300]
    t = tables.tasks
    task_id = int(
        rec.conn.execute(
            insert(t).values(
                contact_id=contact_id, rep_id=rep_id, kind="follow_up", title=title,
                due_at=now, status="open", priority=1, notes=msg.lines,
                created_at=now, updated_at=now,
            ).returning(t.c.id)
        ).scalar_one()
    )  # fmt: skip
    rec.record_insert("tasks", {"id": task_id})
    rec.update("activities", activity_id, {"task_id": task_id})
    return stopped


def apply_auto_reply(
    rec: ChangeRecorder, contact_id: int, msg: Received, until: dt.datetime
) -> int:
    """Pause the cadences until ``until`` and log the automatic reply; returns the pauses."""
    rep_id = _rep_for(rec, contact_id)
    paused = pause_enrollments(rec, [contact_id], until)
    _activity(
        rec, contact_id, rep_id, kind="auto_reply", occurred_at=msg.at, outcome="paused",
        subject=msg.subject[:500], body=msg.lines,
        details={**msg.details, "until": until.isoformat()},
    )  # fmt: skip
    return paused


def apply_bounce(
    rec: ChangeRecorder, contact_id: int, msg: Received, now: dt.datetime, *, hard: bool,
    code: str,
) -> int:  # fmt: skip
    """Mark the address invalid and stop (hard), or only note it (soft); returns the stops."""
    rep_id = _rep_for(rec, contact_id)
    stopped = 0
    if hard:
        c = tables.contacts
        reasons = rec.conn.execute(select(c.c.email_reasons).where(c.c.id == contact_id)).scalar()
        codes = str(reasons or "").split()
        if "bounced" not in codes:
            codes.append("bounced")
        rec.update(
            "contacts", contact_id,
            {"email_status": "invalid", "email_reasons": " ".join(codes)[:200]},
        )  # fmt: skip
        stopped = stop_enrollments(rec, [contact_id], "bounce", now)
    _activity(
        rec, contact_id, rep_id, kind="bounce", occurred_at=msg.at,
        outcome="hard" if hard else "soft", subject=msg.subject[:500],
        details={**msg.details, "status": code},
    )  # fmt: skip
    return stopped


def apply_unsubscribe(rec: ChangeRecorder, contact_id: int, msg: Received, now: dt.datetime) -> int:
    """Do not contact (flag and list) and stop the cadences; returns the stops."""
    rep_id = _rep_for(rec, contact_id)
    flag_do_not_contact(rec, [contact_id], "unsubscribe_reply")
    stopped = stop_enrollments(rec, [contact_id], "opt_out", now)
    _activity(
        rec, contact_id, rep_id, kind="unsubscribe", occurred_at=msg.at, outcome="opt_out",
        subject=msg.subject[:500], body=msg.lines, details=msg.details,
    )  # fmt: skip
    return stopped


__all__ = [
    "Received",
    "apply_auto_reply",
    "apply_bounce",
    "apply_reply",
    "apply_unsubscribe",
    "mark_processed",
]
