"""Stopping and pausing enrollments from outside the Today queue.

An opt-out, a reply, a hard bounce or an erasure ends a prospect's cadences; an
out-of-office reply pauses them. Both act on every *active* enrollment of the contacts and
on the enrollments' open items (the Today queue lists open items), inside the caller's
change set so one undo takes the whole operation back.

- stop: the enrollment becomes ``stopped`` with the reason (``opt_out``, ``reply``,
  ``bounce``), its open items are closed as ``skipped``;
- pause: the enrollment stays ``active``, its next step and open items move to the
  resume time (never earlier than they were).

A rep can also pause a prospect's cadence by hand (:func:`pause_manually`: "they asked me
to wait"): the enrollment becomes ``paused`` and its open items ``paused`` too, so Today
and the outbox pass them over; nothing is rescheduled until :func:`resume` makes them
``active`` / ``open`` again, due no earlier than the moment of resuming (no burst of
overdue steps). A paused enrollment still counts as "in a cadence" (enrolling again is
refused) and still stops on a reply, an opt-out, a bounce or a stage change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.core.ops import Changes
from app.storage import tables
from app.storage.changes import ChangeRecorder, record_changes

if TYPE_CHECKING:
    from app.storage.database import Database

_CHUNK = 500
#: Enrollment statuses of a prospect who is still in a cadence.
IN_CADENCE = ("active", "paused")


@dataclass(frozen=True)
class PauseResult:
    """What :func:`pause_manually` or :func:`resume` did: enrollments changed, the change."""

    count: int
    changes: Changes


def _active(
    rec: ChangeRecorder, contact_ids: Sequence[int], statuses: Sequence[str] = IN_CADENCE
) -> list[Any]:
    e = tables.enrollments
    unique = list(dict.fromkeys(contact_ids))
    found: list[Any] = []
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        found.extend(
            rec.conn.execute(
                select(e.c.id, e.c.contact_id, e.c.next_due_at, e.c.rep_id)
                .where(e.c.contact_id.in_(chunk), e.c.status.in_(statuses))
                .order_by(e.c.id)
            )
        )
    return found


def _open_items(rec: ChangeRecorder, enrollment_id: int, status: str = "open") -> list[Any]:
    t = tables.tasks
    return list(
        rec.conn.execute(
            select(t.c.id, t.c.due_at).where(
                t.c.enrollment_id == enrollment_id, t.c.status == status
            )
        )
    )


def stop_enrollments(
    rec: ChangeRecorder, contact_ids: Sequence[int], reason: str, now: dt.datetime
) -> int:
    """Stop the contacts' active enrollments with ``reason`` and skip their open items.

    Returns:
        How many enrollments were stopped.
    """
    stopped = 0
    for enrollment in _active(rec, contact_ids):
        rec.update(
            "enrollments", int(enrollment.id),
            {"status": "stopped", "stop_reason": reason, "next_due_at": None},
        )  # fmt: skip
        for status in ("open", "paused"):
            for item in _open_items(rec, int(enrollment.id), status):
                rec.update("tasks", int(item.id), {"status": "skipped", "completed_at": now})
        stopped += 1
    return stopped


def pause_enrollments(rec: ChangeRecorder, contact_ids: Sequence[int], until: dt.datetime) -> int:
    """Move the contacts' active enrollments' next step and open items to ``until``.

    Returns:
        How many enrollments were paused.
    """
    paused = 0
    for enrollment in _active(rec, contact_ids, ("active",)):
        due = enrollment.next_due_at
        if due is None or due < until:
            rec.update("enrollments", int(enrollment.id), {"next_due_at": until})
        for item in _open_items(rec, int(enrollment.id)):
            if item.due_at < until:
                rec.update("tasks", int(item.id), {"due_at": until})
        paused += 1
    return paused


def active_enrollment_rep(rec: ChangeRecorder, contact_id: int) -> int | None:
    """The rep of the contact's first active enrollment, if any (who gets a follow-up)."""
    rows = _active(rec, [contact_id])
    return int(rows[0].rep_id) if rows and rows[0].rep_id is not None else None


def pause_manually(
    db: Database, contact_ids: Sequence[int], *, rep_id: int | None = None
) -> PauseResult:
    """Pause the contacts' active cadences until :func:`resume` (one undoable change)."""
    with record_changes(db, kind="pause_cadence", created_by=rep_id) as rec:
        enrollments = _active(rec, contact_ids, ("active",))
        for enrollment in enrollments:
            rec.update("enrollments", int(enrollment.id), {"status": "paused"})
            for item in _open_items(rec, int(enrollment.id)):
                rec.update("tasks", int(item.id), {"status": "paused"})
        return PauseResult(len(enrollments), rec.changes(count=len(enrollments)))


def resume(
    db: Database, contact_ids: Sequence[int], now: dt.datetime, *, rep_id: int | None = None
) -> PauseResult:
    """Resume the contacts' paused cadences; their steps fall due no earlier than ``now``."""
    with record_changes(db, kind="resume_cadence", created_by=rep_id) as rec:
        enrollments = _active(rec, contact_ids, ("paused",))
        for enrollment in enrollments:
            due = enrollment.next_due_at
            rec.update(
                "enrollments", int(enrollment.id),
                {"status": "active", "next_due_at": max(due, now) if due is not None else None},
            )  # fmt: skip
            for item in _open_items(rec, int(enrollment.id), "paused"):
                rec.update(
                    "tasks", int(item.id), {"status": "open", "due_at": max(item.due_at, now)}
                )
        return PauseResult(len(enrollments), rec.changes(count=len(enrollments)))


__all__ = [
    "IN_CADENCE",
    "PauseResult",
    "active_enrollment_rep",
    "pause_enrollments",
    "pause_manually",
    "resume",
    "stop_enrollments",
]
