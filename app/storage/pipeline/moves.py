"""Moving a contact to another stage, through the stage's gate, as one undoable change.

``move_contact`` writes, in one transaction and one change set (kind ``stage_move``):

- the contact's ``stage_id``;
- a ``stage_change`` activity with ``details = {"from": key | None, "to": key,
  "reason": code | None}`` (the reports count these; keep exactly these keys);
- the qualification row: answers given (merged over earlier ones), the disqualification
  reason, the nurture revisit moment;
- for Qualified, Meeting booked, Handed off, Nurture and Disqualified: every active
  enrollment of the contact stopped (``status 'stopped'``, ``stop_reason 'stage'``) and
  its open queue items skipped, so nothing more is due for the prospect;
- for Nurture: a reminder task (kind ``follow_up``) due on the revisit day at 09:00 in the
  contact's zone (else the rep's, else UTC), for the rep (else the contact's owner).

Nothing is written when the gate refuses (``app.core.pipeline.check_gate``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from app.core.calling import require_aware
from app.core.ops import Changes
from app.core.pipeline import (
    GatePassed,
    PipelineError,
    check_gate,
    revisit_due,
    stops_cadences,
)
from app.storage import tables
from app.storage.cadences.reps import rep_by_id, zone_or_none
from app.storage.cadences.stopping import IN_CADENCE
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.pipeline.checklist import load_checklist
from app.storage.pipeline.history import STAGE_CHANGE, log_stage_change
from app.storage.pipeline.stages import Stage, find_stage, require_stage, seed_default_stages

if TYPE_CHECKING:
    from app.storage.database import Database

#: The stop reason of enrollments a stage move stopped.
STOP_REASON = "stage"

_UTC = ZoneInfo("UTC")


@dataclass(frozen=True)
class MoveResult:
    """What a stage move did.

    Attributes:
        contact_id: The contact moved.
        from_stage: The key of the stage it left (None when it had none).
        to_stage: The key of the stage it is in now.
        activity_id: The ``stage_change`` activity logged.
        enrollments_stopped: The enrollments the move stopped.
        task_id: The nurture reminder created, if any.
        changes: What changed (one change set: undo takes the whole move back).
    """

    contact_id: int
    from_stage: str | None
    to_stage: str
    activity_id: int
    enrollments_stopped: tuple[int, ...]
    task_id: int | None
    changes: Changes


@dataclass(frozen=True)
class _Moved:
    from_stage: str | None
    activity_id: int
    enrollments_stopped: tuple[int, ...]
    task_id: int | None


def contact_row(conn: Connection, contact_id: int) -> Any:
    """The contact's row (id, stage, owner, zone), refusing an unknown id.

    Raises:
        PipelineError: ``unknown_contact``.
    """
    c = tables.contacts
    row = conn.execute(
        select(c.c.id, c.c.stage_id, c.c.owner_id, c.c.time_zone).where(c.c.id == contact_id)
    ).first()
    if row is None:
        raise PipelineError("unknown_contact", {"contact": contact_id})
    return row


def stored_answers(conn: Connection, contact_id: int) -> tuple[int | None, dict[str, Any]]:
    """The contact's qualification row id and its stored answers (empty when none)."""
    q = tables.qualifications
    row = conn.execute(select(q.c.id, q.c.answers).where(q.c.contact_id == contact_id)).first()
    if row is None:
        return None, {}
    return int(row.id), dict(row.answers or {})


def stop_cadences(rec: ChangeRecorder, contact_id: int, now: dt.datetime) -> tuple[int, ...]:
    """Stop the contact's active enrollments and skip their open items; returns their ids."""
    e, t = tables.enrollments, tables.tasks
    ids = tuple(
        int(i)
        for i in rec.conn.execute(
            select(e.c.id).where(e.c.contact_id == contact_id, e.c.status.in_(IN_CADENCE))
        ).scalars()
    )
    for enrollment_id in ids:
        rec.update(
            "enrollments", enrollment_id,
            {"status": "stopped", "stop_reason": STOP_REASON, "next_due_at": None},
        )  # fmt: skip
    if ids:
        open_items = rec.conn.execute(
            select(t.c.id).where(t.c.enrollment_id.in_(ids), t.c.status.in_(("open", "paused")))
        ).scalars()
        for task_id in list(open_items):
            rec.update("tasks", int(task_id), {"status": "skipped", "completed_at": now})
    return ids


def _save_qualification(
    rec: ChangeRecorder,
    contact_id: int,
    passed: GatePassed,
    *,
    nurture_until: dt.datetime | None,
    rep_id: int | None,
    now: dt.datetime,
) -> None:
    values: dict[str, Any] = {}
    if passed.answers is not None:
        values["answers"] = passed.answers
    if passed.reason is not None and passed.gate.value == "reason":
        values["disqualify_reason"] = passed.reason
    if nurture_until is not None:
        values["nurture_until"] = nurture_until
    if not values:
        return
    values["rep_id"] = rep_id
    row_id, _ = stored_answers(rec.conn, contact_id)
    if row_id is not None:
        rec.update("qualifications", row_id, values)
        return
    row_id = int(
        rec.conn.execute(
            insert(tables.qualifications)
            .values(contact_id=contact_id, version=1, created_at=now, updated_at=now, **values)
            .returning(tables.qualifications.c.id)
        ).scalar_one()
    )
    rec.record_insert("qualifications", {"id": row_id})


def current_stage(conn: Connection, contact: Any) -> Stage | None:
    """The stage a contact row is in (None when none, or when it was deleted)."""
    return find_stage(conn, int(contact.stage_id)) if contact.stage_id is not None else None


def apply_move(
    rec: ChangeRecorder,
    contact: Any,
    current: Stage | None,
    target: Stage,
    *,
    answers: Mapping[str, object] | None,
    reason: str | None,
    revisit: dt.date | None,
    rep_id: int | None,
    now: dt.datetime,
    via_handoff: bool = False,
    write_stage: bool = True,
) -> _Moved:
    """Check the gate and write one move inside an open change set (see the module doc).

    ``write_stage=False`` logs and applies the move without writing ``contacts.stage_id``:
    a hand-off passes through Meeting booked to Handed off, and one change set must write
    a row's column once (undo compares each recorded write with the row as it is now).

    Raises:
        PipelineError: ``same_stage`` or any code of :func:`~app.core.pipeline.check_gate`.
    """
    conn = rec.conn
    contact_id = int(contact.id)
    if current is not None and current.id == target.id:
        raise PipelineError("same_stage", {"stage": target.key})
    # Whoever acts (else the owner) owns the reminder, and their day says what "today" is.
    owner = rep_id if rep_id is not None else contact.owner_id
    rep = rep_by_id(conn, int(owner)) if owner is not None else None
    rep_zone = rep.zone if rep is not None else _UTC
    _, stored = stored_answers(conn, contact_id)
    passed = check_gate(
        target.key,
        checklist=load_checklist(conn),
        answers=answers,
        stored_answers=stored,
        reason=reason,
        revisit=revisit,
        today=now.astimezone(rep_zone).date(),
        via_handoff=via_handoff,
    )
    due: dt.datetime | None = None
    if passed.revisit is not None:
        due = revisit_due(passed.revisit, zone_or_none(contact.time_zone) or rep_zone)
    if write_stage:
        rec.update("contacts", contact_id, {"stage_id": target.id})
    from_key = current.key if current is not None else None
    activity_id = log_stage_change(
        rec, contact_id, from_key, target.key, reason=reason, rep_id=rep_id, now=now
    )
    _save_qualification(rec, contact_id, passed, nurture_until=due, rep_id=rep_id, now=now)
    stopped = stop_cadences(rec, contact_id, now) if stops_cadences(target.key) else ()
    task_id: int | None = None
    if due is not None:
        task_id = int(
            conn.execute(
                insert(tables.tasks)
                .values(
                    contact_id=contact_id,
                    rep_id=owner,
                    kind="follow_up",
                    title=None,
                    due_at=due,
                    status="open",
                    priority=0,
                    notes=None,
                    version=1,
                    created_at=now,
                    updated_at=now,
                )  # fmt: skip
                .returning(tables.tasks.c.id)
            ).scalar_one()
        )
        rec.record_insert("tasks", {"id": task_id})
    return _Moved(from_key, activity_id, stopped, task_id)


def move_contact(
    db: Database,
    contact_id: int,
    to_stage: str | int,
    *,
    answers: Mapping[str, object] | None = None,
    reason: str | None = None,
    revisit: dt.date | None = None,
    rep_id: int | None = None,
    now: dt.datetime,
) -> MoveResult:
    """Move a contact to a stage through the stage's gate (see the module docstring).

    Args:
        db: The database.
        contact_id: Who moves.
        to_stage: The target stage: its id (the board), or its key or name (commands).
        answers: Qualification answers (checklist key -> answer), merged over stored ones.
        reason: A disqualification reason code (Disqualified needs one).
        revisit: The revisit day (Nurture needs one; a reminder task falls due then).
        rep_id: The rep making the move (logged; owns the nurture reminder).
        now: When (aware).

    Returns:
        What moved, with the change (one change set).

    Raises:
        PipelineError: ``unknown_contact``, ``unknown_stage`` (also when the stage was
            deleted meanwhile), ``same_stage``, ``handoff_required``, or a gate's code
            (``missing_answers``, ``unknown_answers``, ``bad_answer``, ``reason_required``,
            ``unknown_reason``, ``revisit_required``, ``revisit_in_past``); nothing was
            written.
    """
    moment = require_aware(now, "now").astimezone(dt.UTC)
    seed_default_stages(db)
    with record_changes(db, kind="stage_move", description=str(to_stage), created_by=rep_id) as rec:
        contact = contact_row(rec.conn, contact_id)
        target = require_stage(rec.conn, to_stage)
        moved = apply_move(
            rec, contact, current_stage(rec.conn, contact), target, answers=answers,
            reason=reason, revisit=revisit, rep_id=rep_id, now=moment,
        )  # fmt: skip
    return MoveResult(
        contact_id, moved.from_stage, target.key, moved.activity_id, moved.enrollments_stopped,
        moved.task_id, rec.changes(count=1),
    )  # fmt: skip


__all__ = [
    "STAGE_CHANGE",
    "STOP_REASON",
    "MoveResult",
    "apply_move",
    "contact_row",
    "current_stage",
    "log_stage_change",
    "move_contact",
    "stop_cadences",
    "stored_answers",
]
