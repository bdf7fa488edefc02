"""What each kind of received message changes, applied for a whole check at once.

- reply: the contact's active cadences stop (reason ``reply``); an activity of kind
  ``reply`` records the first lines; a ``follow_up`` item titled with the first line is
  due now in the rep's Today queue;
- automatic reply: the active cadences pause until the return day the message names,
  else for the configured number of days (next step and open items move there); an
  ``auto_reply`` activity records it;
- bounce, hard (5.x.x): the address is marked invalid (reason ``bounced``, the raw value
  kept) and the cadences stop (reason ``bounce``); soft (4.x.x): a ``bounce`` activity
  notes it and the outbox's retry handles the rest;
- unsubscribe: do-not-contact (flag and suppression list) and the cadences stop
  (reason ``opt_out``).

When one check holds several messages of one prospect, the strongest stop wins
(opt-out over bounce over reply) and a stop wins over a pause. Every applied message is
recorded in ``mail_processed`` by its key. The writes are set-based (a few statements
per kind for the whole check, not per message): a check of 10,000 messages applies a
thousand of them in well under a second.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from app.storage import tables
from app.storage.cadences.stopping import IN_CADENCE
from app.storage.changes import ChangeRecorder
from app.storage.suppressions import flag_do_not_contact

_CHUNK: Final = 500
#: Stop reasons by strength: a later one in this order replaces an earlier one.
_STOP_ORDER: Final = ("reply", "bounce", "opt_out")


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


@dataclass(frozen=True)
class Decision:
    """One message's effect on one prospect.

    Attributes:
        kind: ``reply``, ``auto_reply``, ``bounce`` or ``unsubscribe``.
        contact_id: The prospect.
        msg: What the activity records.
        until: For ``auto_reply``: when the cadences resume.
        hard: For ``bounce``: a permanent failure.
        code: For ``bounce``: the status code.
    """

    kind: str
    contact_id: int
    msg: Received
    until: dt.datetime | None = None
    hard: bool = False
    code: str = ""

    @property
    def stop_reason(self) -> str | None:
        """The reason this message stops the cadences with, or None."""
        if self.kind == "reply":
            return "reply"
        if self.kind == "unsubscribe":
            return "opt_out"
        if self.kind == "bounce" and self.hard:
            return "bounce"
        return None


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _active_enrollments(conn: Connection, contact_ids: Iterable[int]) -> list[Any]:
    e = tables.enrollments
    rows: list[Any] = []
    for chunk in _chunks(contact_ids):
        rows.extend(
            conn.execute(
                select(e.c.id, e.c.contact_id, e.c.next_due_at, e.c.rep_id)
                .where(e.c.contact_id.in_(chunk), e.c.status.in_(IN_CADENCE))
                .order_by(e.c.id)
            )
        )
    return rows


def _open_items(conn: Connection, enrollment_ids: Iterable[int]) -> list[Any]:
    t = tables.tasks
    rows: list[Any] = []
    for chunk in _chunks(enrollment_ids):
        rows.extend(
            conn.execute(
                select(t.c.id, t.c.enrollment_id, t.c.due_at).where(
                    t.c.enrollment_id.in_(chunk), t.c.status.in_(("open", "paused"))
                )
            )
        )
    return rows


def _reps(
    conn: Connection, contact_ids: Iterable[int], enrollments: Sequence[Any]
) -> dict[int, int]:
    """Who follows each prospect up: the rep of their first active cadence, else the owner."""
    reps: dict[int, int] = {}
    for row in enrollments:
        if row.rep_id is not None:
            reps.setdefault(int(row.contact_id), int(row.rep_id))
    c = tables.contacts
    missing = [cid for cid in set(contact_ids) if cid not in reps]
    for chunk in _chunks(missing):
        for contact_id, owner in conn.execute(
            select(c.c.id, c.c.owner_id).where(c.c.id.in_(chunk), c.c.owner_id.is_not(None))
        ):
            reps[int(contact_id)] = int(owner)
    return reps


def _cadence_updates(
    conn: Connection, decisions: Sequence[Decision], enrollments: Sequence[Any],
    now: dt.datetime,
) -> tuple[dict[int, dict[str, Any]], dict[int, dict[str, Any]], int]:  # fmt: skip
    """Enrollment and open-item updates: stops first, pauses for the rest."""
    stops: dict[int, str] = {}
    pauses: dict[int, dt.datetime] = {}
    for d in decisions:
        reason = d.stop_reason
        if reason is not None:
            known = stops.get(d.contact_id)
            if known is None or _STOP_ORDER.index(reason) > _STOP_ORDER.index(known):
                stops[d.contact_id] = reason
        elif d.kind == "auto_reply" and d.until is not None:
            pauses[d.contact_id] = max(d.until, pauses.get(d.contact_id, d.until))
    enrollment_updates: dict[int, dict[str, Any]] = {}
    paused_until: dict[int, dt.datetime] = {}
    stopped = 0
    for row in enrollments:
        contact_id = int(row.contact_id)
        if contact_id in stops:
            enrollment_updates[int(row.id)] = {
                "status": "stopped", "stop_reason": stops[contact_id], "next_due_at": None,
            }  # fmt: skip
            stopped += 1
        elif contact_id in pauses:
            until = pauses[contact_id]
            paused_until[int(row.id)] = until
            if row.next_due_at is None or row.next_due_at < until:
                enrollment_updates[int(row.id)] = {"next_due_at": until}
    task_updates: dict[int, dict[str, Any]] = {}
    stopped_ids = {i for i, v in enrollment_updates.items() if "status" in v}
    for item in _open_items(conn, [int(r.id) for r in enrollments]):
        enrollment_id = int(item.enrollment_id)
        if enrollment_id in stopped_ids:
            task_updates[int(item.id)] = {"status": "skipped", "completed_at": now}
        elif enrollment_id in paused_until and item.due_at < paused_until[enrollment_id]:
            task_updates[int(item.id)] = {"due_at": paused_until[enrollment_id]}
    return enrollment_updates, task_updates, stopped


def _hard_bounces(conn: Connection, contact_ids: set[int]) -> dict[int, dict[str, Any]]:
    c = tables.contacts
    updates: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(contact_ids):
        for contact_id, reasons in conn.execute(
            select(c.c.id, c.c.email_reasons).where(c.c.id.in_(chunk))
        ):
            codes = str(reasons or "").split()
            if "bounced" not in codes:
                codes.append("bounced")
            updates[int(contact_id)] = {
                "email_status": "invalid", "email_reasons": " ".join(codes)[:200],
            }  # fmt: skip
    return updates


def _activity_row(d: Decision, rep_id: int | None, task_id: int | None) -> dict[str, Any]:
    msg = d.msg
    row: dict[str, Any] = {
        "contact_id": d.contact_id, "rep_id": rep_id, "occurred_at": msg.at,
        "subject": msg.subject[:500] or None, "body": msg.lines or None, "task_id": task_id,
        "duration_seconds": None, "details": dict(msg.details),
    }  # fmt: skip
    if d.kind == "reply":
        row.update(kind="reply", outcome="replied")
    elif d.kind == "auto_reply":
        row.update(kind="auto_reply", outcome="paused")
        if d.until is not None:
            row["details"]["until"] = d.until.isoformat()
    elif d.kind == "bounce":
        row.update(kind="bounce", outcome="hard" if d.hard else "soft", body=None)
        row["details"]["status"] = d.code
    else:
        row.update(kind="unsubscribe", outcome="opt_out")
    return row


def _insert_rows(rec: ChangeRecorder, table_name: str, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    table = tables.metadata.tables[table_name]
    result = rec.conn.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    )
    ids = [int(r) for r in result.scalars()]
    rec.record_inserts(table_name, ids)
    return ids


def apply_decisions(
    rec: ChangeRecorder, decisions: Sequence[Decision], processed: Sequence[tuple[str, str]],
    now: dt.datetime,
) -> int:  # fmt: skip
    """Apply every decision of one check inside its change set.

    Args:
        rec: The check's change set.
        decisions: What the messages mean, in mailbox order.
        processed: ``(message key, kind)`` of every applied message.
        now: The check's moment.

    Returns:
        How many enrollments were stopped.
    """
    conn = rec.conn
    contact_ids = {d.contact_id for d in decisions}
    enrollments = _active_enrollments(conn, contact_ids)
    reps = _reps(conn, contact_ids, enrollments)
    enrollment_updates, task_updates, stopped = _cadence_updates(conn, decisions, enrollments, now)
    rec.update_rows("enrollments", enrollment_updates)
    rec.update_rows("tasks", task_updates)
    hard = {d.contact_id for d in decisions if d.kind == "bounce" and d.hard}
    rec.update_rows("contacts", _hard_bounces(conn, hard))
    unsubscribed = sorted({d.contact_id for d in decisions if d.kind == "unsubscribe"})
    if unsubscribed:
        flag_do_not_contact(rec, unsubscribed, "unsubscribe_reply")
    replies = [d for d in decisions if d.kind == "reply"]
    task_ids = _insert_rows(rec, "tasks", [
        {
            "contact_id": d.contact_id, "rep_id": reps.get(d.contact_id), "kind": "follow_up",
            "title": (d.msg.lines.split("\n", 1)[0] or d.msg.subject or "Reply")[:300],
            "due_at": now, "status": "open", "priority": 1, "notes": d.msg.lines or None,
            "enrollment_id": None, "cadence_step_id": None, "completed_at": None,
            "version": 1, "created_at": now, "updated_at": now,
        }
        for d in replies
    ])  # fmt: skip
    task_of = {id(d): task_id for d, task_id in zip(replies, task_ids, strict=True)}
    _insert_rows(rec, "activities", [
        _activity_row(d, reps.get(d.contact_id), task_of.get(id(d))) for d in decisions
    ])  # fmt: skip
    _insert_rows(rec, "mail_processed", [
        {"message_hash": key, "kind": kind, "processed_at": now} for key, kind in processed
    ])  # fmt: skip
    return stopped


__all__ = ["Decision", "Received", "apply_decisions"]
