"""Completing a queue item: log the touch, then advance, stop or finish the cadence.

Outcome codes (``OUTCOMES``) and what each does besides logging an activity with the
outcome and the note, closing the item and marking the prospect touched:

- advance to the next step (scheduled by :func:`~app.core.cadences.next_due_step`, never
  before now: a rep back after days away does not get a burst of steps):
  ``done``, ``sent``, ``skipped`` (the item is closed as skipped), and for calls
  ``connected``, ``no_answer``, ``busy``, ``gatekeeper``, ``voicemail`` (voicemail just
  advances; the cadence's next touch follows up) and ``wrong_number`` (the phone is
  marked invalid, reason ``wrong_number``, its raw value and number kept so the same
  number is recognised later; the cadence goes on by its other channels);
- wait for the prospect: ``call_back_later`` needs the moment they named (``callback_at``):
  the same step comes back as a call due then, and the cadence goes on from it;
- stop the enrollment: ``meeting_booked`` (reason ``meeting``), ``replied``
  (``reply``), ``not_interested`` (``not_interested``: the prospect said no to now, which
  is not an opt-out, so no do-not-contact flag), ``bounced`` (``bounce``), and
  ``opt_out`` (``opt_out``: the only outcome that also marks the prospect
  do-not-contact, with their email and phone on the suppression list).

When the last step is done the enrollment finishes (status ``finished``). The whole
completion is one change set, undone as a unit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from app.core.cadences import next_due_step
from app.core.calling import require_aware
from app.core.ops import Changes
from app.storage import tables
from app.storage.cadences.enroll import step_title
from app.storage.cadences.errors import CadenceStoreError
from app.storage.cadences.library import load_cadences_by_id
from app.storage.cadences.queue import CALL_BACK_KIND, channel_of
from app.storage.cadences.reps import rep_by_id
from app.storage.cadences.zones import ZoneGuesser
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.suppressions import flag_do_not_contact

if TYPE_CHECKING:
    from app.storage.database import Database

#: Outcomes only a call can have.
CALL_OUTCOMES: Final = (
    "connected", "no_answer", "busy", "gatekeeper", "voicemail", "wrong_number",
    "call_back_later",
)  # fmt: skip
#: Outcome -> the enrollment's stop reason, for outcomes that end the cadence.
STOP_REASONS: Final = {
    "meeting_booked": "meeting", "replied": "reply", "not_interested": "not_interested",
    "bounced": "bounce", "opt_out": "opt_out",
}  # fmt: skip
#: Every outcome code ``complete`` accepts.
OUTCOMES: Final = ("done", "sent", "skipped", *CALL_OUTCOMES, *STOP_REASONS)


@dataclass(frozen=True)
class Completed:
    """What :func:`complete` did.

    Attributes:
        item: The item closed.
        outcome: The outcome logged.
        activity_id: The activity logged.
        enrollment_status: ``active``, ``stopped`` or ``finished`` after this, or None for
            a task outside any cadence.
        next_item: The next step's item (task id), when the cadence goes on.
        next_due: When that step is due (UTC).
        changes: The change, undoable as a unit.
    """

    item: int
    outcome: str
    activity_id: int
    enrollment_status: str | None
    next_item: int | None
    next_due: dt.datetime | None
    changes: Changes


def _task(conn: Connection, item_id: int) -> Any:
    t = tables.tasks
    # FOR UPDATE: two reps completing the same item on PostgreSQL queue up here, and the
    # second then reads it closed (SQLite's write lock already serialises them).
    row = conn.execute(select(t).where(t.c.id == item_id).with_for_update()).first()
    if row is None:
        raise CadenceStoreError("unknown_item", {"item": item_id})
    if row.status != "open":
        raise CadenceStoreError("item_closed", {"item": item_id, "status": str(row.status)})
    return row


def _wrong_number(rec: ChangeRecorder, contact_id: int) -> None:
    c = tables.contacts
    reasons = rec.conn.execute(select(c.c.phone_reasons).where(c.c.id == contact_id)).scalar()
    codes = [r for r in (reasons or "").split() if r != "wrong_number"] + ["wrong_number"]
    rec.update(
        "contacts", contact_id, {"phone_status": "invalid", "phone_reasons": " ".join(codes)}
    )


def _advance(
    rec: ChangeRecorder, task: Any, enrollment: Any, now: dt.datetime
) -> tuple[str, int | None, dt.datetime | None]:
    """Schedule the enrollment's next step; return (status, next task id, its due)."""
    conn = rec.conn
    found = load_cadences_by_id(conn, {int(enrollment.cadence_id)}).get(int(enrollment.cadence_id))
    done_steps = int(enrollment.current_step)
    if found is None:
        return "finished", None, None
    model = found[1]
    rep = rep_by_id(conn, int(task.rep_id)) if task.rep_id is not None else None
    guesser = ZoneGuesser(rep.zone if rep else ZoneInfo("UTC"), now)
    zone = guesser.zone(str(enrollment.time_zone)) if enrollment.time_zone else None
    if zone is None:  # enrolled before zones were stored: guess as enroll does
        c = tables.contacts
        contact = conn.execute(
            select(c.c.time_zone, c.c.country, c.c.city).where(c.c.id == task.contact_id)
        ).one()
        zone = guesser.guess(contact.time_zone, contact.country, contact.city).zone
    # Only how many steps were done and when the last one was matter (no bursts).
    due = next_due_step(
        model, enrollment.enrolled_at, [now] * done_steps, zone, now,
        holidays=rep.holidays if rep else None,
    )  # fmt: skip
    if due is None:
        rec.update(
            "enrollments", int(enrollment.id),
            {"status": "finished", "stop_reason": "finished", "next_due_at": None,
             "last_done_at": now},
        )  # fmt: skip
        return "finished", None, None
    step_id = conn.execute(
        select(tables.cadence_steps.c.id).where(
            tables.cadence_steps.c.cadence_id == enrollment.cadence_id,
            tables.cadence_steps.c.position == due.index + 1,
        )
    ).scalar()
    task_id = conn.execute(
        insert(tables.tasks)
        .values(
            contact_id=task.contact_id,
            rep_id=task.rep_id,
            kind=str(due.step.channel),
            title=step_title(model, due.index),
            due_at=due.due_at,
            status="open",
            priority=task.priority,
            enrollment_id=enrollment.id,
            cadence_step_id=step_id,
            version=1,
            created_at=now,
            updated_at=now,
        )  # fmt: skip
        .returning(tables.tasks.c.id)
    ).scalar_one()
    rec.record_insert("tasks", {"id": int(task_id)})
    rec.update(
        "enrollments", int(enrollment.id),
        {"current_step": due.index + 1, "next_due_at": due.due_at, "last_done_at": now},
    )  # fmt: skip
    return "active", int(task_id), due.due_at


def _call_back(rec: ChangeRecorder, task: Any, at: dt.datetime, now: dt.datetime) -> int:
    """Put the same step back as a call due ``at``; return the new item's id."""
    task_id = rec.conn.execute(
        insert(tables.tasks)
        .values(
            contact_id=task.contact_id,
            rep_id=task.rep_id,
            kind=CALL_BACK_KIND,
            title=task.title,
            due_at=at,
            status="open",
            priority=task.priority,
            enrollment_id=task.enrollment_id,
            cadence_step_id=task.cadence_step_id,
            version=1,
            created_at=now,
            updated_at=now,
        )  # fmt: skip
        .returning(tables.tasks.c.id)
    ).scalar_one()
    rec.record_insert("tasks", {"id": int(task_id)})
    if task.enrollment_id is not None:
        rec.update("enrollments", int(task.enrollment_id), {"next_due_at": at})
    return int(task_id)


def _check_call_details(
    outcome: str, duration_seconds: int | None, callback_at: dt.datetime | None, now: dt.datetime
) -> dt.datetime | None:
    """Refuse details that do not fit the outcome; return the call-back moment in UTC."""
    if duration_seconds is not None and not 0 <= duration_seconds <= 24 * 3600:
        raise CadenceStoreError("bad_duration", {"seconds": duration_seconds})
    if outcome != "call_back_later":
        if callback_at is not None:
            raise CadenceStoreError("callback_not_for_outcome", {"outcome": outcome})
        return None
    if callback_at is None:
        raise CadenceStoreError("callback_required", {})
    at = require_aware(callback_at, "callback_at").astimezone(dt.UTC)
    if at <= now:
        raise CadenceStoreError("callback_in_past", {"at": at.isoformat()})
    return at


def schedule_next_step(
    rec: ChangeRecorder, task: Any, enrollment: Any, now: dt.datetime
) -> tuple[str, int | None, dt.datetime | None]:
    """Move an enrollment past a step done without :func:`complete` (an automatic email
    queued by the outbox logs its own activity when it is sent): schedule the next step
    as ``complete`` would, or finish the enrollment.

    Args:
        rec: The open change set.
        task: The step's task row (``contact_id``, ``rep_id``, ``priority``).
        enrollment: The enrollment's row.
        now: When the step was done (aware, UTC).

    Returns:
        The enrollment's status, the next step's task id and due moment.
    """
    return _advance(rec, task, enrollment, now)


def complete(
    db: Database,
    item_id: int,
    outcome: str,
    note: str | None,
    now: dt.datetime,
    *,
    duration_seconds: int | None = None,
    callback_at: dt.datetime | None = None,
) -> Completed:
    """Close a queue item with an outcome, log it, and move its cadence on.

    Args:
        db: The database.
        item_id: The item (task id) from :func:`~app.storage.cadences.queue.today`.
        outcome: One of :data:`OUTCOMES` (see the module docstring for what each does).
        note: The rep's note, stored on the activity and the task.
        now: When it was done (aware).
        duration_seconds: How long the call took (the call panel's timer), for calls.
        callback_at: When the prospect asked to be called back (``call_back_later``).

    Returns:
        What was logged and scheduled, with the change.

    Raises:
        CadenceStoreError: ``unknown_outcome``, ``unknown_item``, ``item_closed``,
            ``outcome_not_for_channel``, ``duration_not_for_channel``, ``bad_duration``,
            ``callback_required``, ``callback_in_past`` or ``callback_not_for_outcome``;
            nothing was written.
    """
    moment = require_aware(now, "now").astimezone(dt.UTC)
    if outcome not in OUTCOMES:
        raise CadenceStoreError(
            "unknown_outcome", {"outcome": outcome, "outcomes": " ".join(OUTCOMES)}
        )
    call_back = _check_call_details(outcome, duration_seconds, callback_at, moment)
    with record_changes(db, kind="complete", description=outcome) as rec:
        conn = rec.conn
        task = _task(conn, item_id)
        channel = channel_of(str(task.kind))
        if duration_seconds is not None and channel != "call":
            raise CadenceStoreError("duration_not_for_channel", {"channel": channel})
        if outcome in CALL_OUTCOMES and channel != "call":
            raise CadenceStoreError(
                "outcome_not_for_channel", {"outcome": outcome, "channel": channel}
            )
        contact_id = int(task.contact_id)
        rec.update(
            "tasks", item_id,
            {"status": "skipped" if outcome == "skipped" else "done", "completed_at": moment,
             "notes": note or task.notes},
        )  # fmt: skip
        activity_id = int(
            conn.execute(
                insert(tables.activities)
                .values(
                    contact_id=contact_id,
                    rep_id=task.rep_id,
                    kind=channel,
                    occurred_at=moment,
                    outcome=outcome,
                    duration_seconds=duration_seconds if channel == "call" else None,
                    subject=task.title,
                    body=note,
                    task_id=item_id,
                    details={"enrollment_id": task.enrollment_id} if task.enrollment_id else None,
                )  # fmt: skip
                .returning(tables.activities.c.id)
            ).scalar_one()
        )
        rec.record_insert("activities", {"id": activity_id})
        rec.update("contacts", contact_id, {"last_touched_at": moment})
        if outcome == "wrong_number":
            _wrong_number(rec, contact_id)
        if outcome == "opt_out":
            flag_do_not_contact(rec, [contact_id], "opt_out")
        status: str | None = None
        next_item: int | None = None
        next_due: dt.datetime | None = None
        if task.enrollment_id is None and call_back is not None:
            next_item, next_due = _call_back(rec, task, call_back, moment), call_back
        if task.enrollment_id is not None:
            e = tables.enrollments
            enrollment = conn.execute(select(e).where(e.c.id == task.enrollment_id)).first()
            if enrollment is not None and enrollment.status == "active":
                if call_back is not None:
                    status, next_item, next_due = (
                        "active",
                        _call_back(rec, task, call_back, moment),
                        call_back,
                    )
                elif outcome in STOP_REASONS:
                    status = "stopped"
                    rec.update(
                        "enrollments", int(enrollment.id),
                        {"status": "stopped", "stop_reason": STOP_REASONS[outcome],
                         "next_due_at": None, "last_done_at": moment},
                    )  # fmt: skip
                else:
                    status, next_item, next_due = _advance(rec, task, enrollment, moment)
            elif enrollment is not None:
                status = str(enrollment.status)
    return Completed(
        item_id, outcome, activity_id, status, next_item, next_due, rec.changes(count=1)
    )


__all__ = [
    "CALL_OUTCOMES",
    "OUTCOMES",
    "STOP_REASONS",
    "Completed",
    "complete",
    "schedule_next_step",
]
