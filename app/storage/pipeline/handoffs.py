"""Handing a qualified prospect to an account executive, and the AE's decision.

:func:`create_handoff` is one change set (kind ``handoff``): the contact moves to Meeting
booked (through the qualification gate, on the answers stored or given) and then to Handed
off (two ``stage_change`` activities), its cadences stop, and a ``handoffs`` row is stored
``pending`` with the meeting (UTC start, length, the zone the invitation is written in) and
a stable invitation UID. The documents are made from that row (``documents.py``).

The AE then decides: :func:`accept_handoff` (status ``accepted``) or
:func:`send_back_handoff` (status ``sent_back`` with a reason code; the contact returns to
Qualified). Each decision is its own change set and logs a ``handoff`` activity.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.core.calling import require_aware
from app.core.ops import Changes
from app.core.pipeline import (
    DEFAULT_MINUTES,
    HANDED_OFF,
    MEETING_BOOKED,
    QUALIFIED,
    SEND_BACK_REASONS,
    PipelineError,
    check_handoff,
)
from app.storage import tables
from app.storage.cadences.reps import RepInfo, find_rep, rep_by_id
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.pipeline.history import log_stage_change
from app.storage.pipeline.moves import apply_move, contact_row, current_stage
from app.storage.pipeline.stages import find_stage, require_stage, seed_default_stages

if TYPE_CHECKING:
    from app.storage.database import Database

#: The activity kind of an AE's decision on a hand-off.
HANDOFF_ACTIVITY = "handoff"


@dataclass(frozen=True)
class HandoffResult:
    """What :func:`create_handoff` stored.

    Attributes:
        handoff_id: The ``handoffs`` row.
        contact_id: The prospect handed off.
        ae: The account executive.
        meeting_at: The meeting's start, UTC.
        time_zone: The zone the invitation is written in.
        minutes: The meeting's length.
        status: ``pending``.
        ics_uid: The invitation's UID.
        activity_ids: The two ``stage_change`` activities (one when it was in Meeting
            booked already).
        enrollments_stopped: The enrollments the hand-off stopped.
        changes: What changed (one change set).
    """

    handoff_id: int
    contact_id: int
    ae: RepInfo
    meeting_at: dt.datetime
    time_zone: str
    minutes: int
    status: str
    ics_uid: str
    activity_ids: tuple[int, ...]
    enrollments_stopped: tuple[int, ...]
    changes: Changes


@dataclass(frozen=True)
class HandoffInfo:
    """A hand-off as the AE's list and the decision dialog show it."""

    id: int
    contact_id: int
    contact_name: str
    company: str | None
    ae_id: int | None
    rep_id: int | None
    meeting_at: dt.datetime
    minutes: int
    time_zone: str
    summary: str | None
    status: str
    decided_at: dt.datetime | None
    decision_reason: str | None
    ics_uid: str | None


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _zone_for(time_zone: str | None, ae: RepInfo, rep: RepInfo | None) -> str:
    """The invitation's zone: the one asked for, else the AE's, else the SDR's, else UTC."""
    for name in (time_zone, ae.time_zone, rep.time_zone if rep else None):
        if name:
            return name
    return "UTC"


def create_handoff(
    db: Database,
    contact_id: int,
    ae_email: str,
    meeting_at: dt.datetime,
    *,
    minutes: int = DEFAULT_MINUTES,
    summary: str | None = None,
    time_zone: str | None = None,
    answers: Mapping[str, object] | None = None,
    rep_id: int | None = None,
    now: dt.datetime,
) -> HandoffResult:
    """Book the meeting and hand the prospect to an AE (see the module docstring).

    Args:
        db: The database.
        contact_id: The prospect.
        ae_email: The account executive's address (a rep with role ``ae``).
        meeting_at: The meeting's start (aware; any offset).
        minutes: Its length.
        summary: What the AE should know (the packet and the invitation show it).
        time_zone: The invitation's zone; by default the AE's, else the SDR's, else UTC.
        answers: Qualification answers given now (merged over the stored ones).
        rep_id: The SDR handing off (the invitation's organizer; else the contact's owner).
        now: When (aware).

    Raises:
        PipelineError: ``unknown_contact``, ``unknown_rep``, ``not_an_ae``,
            ``unknown_time_zone``, ``meeting_in_past``, ``bad_minutes``, ``already_handed_off``
            or the qualification gate's codes; nothing was written.
    """
    moment = require_aware(now, "now").astimezone(dt.UTC)
    start = require_aware(meeting_at, "meeting_at").astimezone(dt.UTC)
    seed_default_stages(db)
    with record_changes(db, kind="handoff", description=ae_email, created_by=rep_id) as rec:
        conn = rec.conn
        contact = contact_row(conn, contact_id)
        ae = find_rep(conn, ae_email)
        if ae is None:
            raise PipelineError("unknown_rep", {"email": ae_email})
        sdr_id = rep_id if rep_id is not None else contact.owner_id
        sdr = rep_by_id(conn, int(sdr_id)) if sdr_id is not None else None
        zone = _zone_for(time_zone, ae, sdr)
        check_handoff(
            ae_email=ae.email or ae_email, ae_role=ae.role, meeting_at=start, minutes=minutes,
            time_zone=zone, now=moment,
        )  # fmt: skip
        current = current_stage(conn, contact)
        if current is not None and current.key == HANDED_OFF:
            raise PipelineError("already_handed_off", {"contact": contact_id})
        activity_ids: list[int] = []
        stopped: list[int] = []
        if current is None or current.key != MEETING_BOOKED:
            booked_stage = require_stage(conn, MEETING_BOOKED)
            booked = apply_move(
                rec, contact, current, booked_stage, answers=answers, reason=None, revisit=None,
                rep_id=rep_id, now=moment, write_stage=False,
            )  # fmt: skip
            activity_ids.append(booked.activity_id)
            stopped.extend(booked.enrollments_stopped)
            current = booked_stage
        handed = apply_move(
            rec, contact, current, require_stage(conn, HANDED_OFF), answers=None, reason=None,
            revisit=None, rep_id=rep_id, now=moment, via_handoff=True,
        )  # fmt: skip
        activity_ids.append(handed.activity_id)
        stopped.extend(handed.enrollments_stopped)
        uid = f"{uuid.uuid4()}@prospect-desk"
        handoff_id = int(
            conn.execute(
                tables.handoffs.insert()
                .values(
                    contact_id=contact_id,
                    ae_id=ae.id,
                    rep_id=sdr_id,
                    meeting_at=start,
                    minutes=minutes,
                    time_zone=zone,
                    summary=(summary or "").strip() or None,
                    status="pending",
                    ics_uid=uid,
                    created_at=moment,
                )  # fmt: skip
                .returning(tables.handoffs.c.id)
            ).scalar_one()
        )
        rec.record_insert("handoffs", {"id": handoff_id})
    return HandoffResult(
        handoff_id, contact_id, ae, start, zone, minutes, "pending", uid, tuple(activity_ids),
        tuple(stopped), rec.changes(count=1),
    )  # fmt: skip


def _pending(conn: Connection, handoff_id: int) -> Any:
    h = tables.handoffs
    row = conn.execute(select(h).where(h.c.id == handoff_id)).first()
    if row is None:
        raise PipelineError("unknown_handoff", {"handoff": handoff_id})
    if row.status != "pending":
        raise PipelineError("handoff_decided", {"handoff": handoff_id, "status": str(row.status)})
    return row


def _log_decision(
    rec: ChangeRecorder, row: Any, outcome: str, *, note: str | None, rep_id: int | None,
    now: dt.datetime,
) -> None:  # fmt: skip
    activity_id = int(
        rec.conn.execute(
            tables.activities.insert()
            .values(
                contact_id=row.contact_id,
                rep_id=rep_id,
                kind=HANDOFF_ACTIVITY,
                occurred_at=now,
                outcome=outcome,
                body=note,
                details={"handoff_id": int(row.id)},
            )  # fmt: skip
            .returning(tables.activities.c.id)
        ).scalar_one()
    )
    rec.record_insert("activities", {"id": activity_id})


def accept_handoff(
    db: Database, handoff_id: int, *, rep_id: int | None = None, now: dt.datetime
) -> Changes:
    """The AE confirms the prospect meets the criteria (status ``accepted``).

    Raises:
        PipelineError: ``unknown_handoff``, ``handoff_decided``.
    """
    moment = require_aware(now, "now").astimezone(dt.UTC)
    with record_changes(db, kind="handoff_accept", created_by=rep_id) as rec:
        row = _pending(rec.conn, handoff_id)
        rec.update("handoffs", handoff_id, {"status": "accepted", "decided_at": moment})
        _log_decision(rec, row, "accepted", note=None, rep_id=rep_id or row.ae_id, now=moment)
    return rec.changes(count=1)


def send_back_handoff(
    db: Database,
    handoff_id: int,
    reason: str,
    *,
    note: str | None = None,
    rep_id: int | None = None,
    now: dt.datetime,
) -> Changes:
    """The AE sends the prospect back (status ``sent_back``); it returns to Qualified.

    Args:
        db: The database.
        handoff_id: The hand-off.
        reason: One of :data:`~app.core.pipeline.SEND_BACK_REASONS`.
        note: The AE's words, kept on the decision's activity.
        rep_id: Who decided (by default the hand-off's AE).
        now: When (aware).

    Raises:
        PipelineError: ``unknown_handoff``, ``handoff_decided``, ``unknown_reason``.
    """
    moment = require_aware(now, "now").astimezone(dt.UTC)
    if reason not in SEND_BACK_REASONS:
        raise PipelineError(
            "unknown_reason", {"reason": reason, "reasons": ", ".join(SEND_BACK_REASONS)}
        )
    with record_changes(db, kind="handoff_send_back", description=reason, created_by=rep_id) as rec:
        conn = rec.conn
        row = _pending(conn, handoff_id)
        decider = rep_id or row.ae_id
        rec.update(
            "handoffs", handoff_id,
            {"status": "sent_back", "decided_at": moment, "decision_reason": reason},
        )  # fmt: skip
        _log_decision(rec, row, "sent_back", note=(note or "").strip() or None, rep_id=decider,
                      now=moment)  # fmt: skip
        current = current_stage(conn, contact_row(conn, int(row.contact_id)))
        qualified = find_stage(conn, QUALIFIED)
        # No gate on the way back: the answers passed it at the hand-off, and the AE must
        # be able to return a prospect even when the checklist changed since.
        if qualified is not None and (current is None or current.id != qualified.id):
            rec.update("contacts", int(row.contact_id), {"stage_id": qualified.id})
            log_stage_change(
                rec, int(row.contact_id), current.key if current else None, qualified.key,
                reason=reason, rep_id=decider, now=moment,
            )  # fmt: skip
    return rec.changes(count=1)


def _info(row: Any) -> HandoffInfo:
    name = row.full_name or " ".join(p for p in (row.first_name, row.last_name) if p)
    return HandoffInfo(
        int(row.id), int(row.contact_id), name or f"#{row.contact_id}", row.company,
        row.ae_id, row.rep_id, _utc(row.meeting_at) or dt.datetime.min.replace(tzinfo=dt.UTC),
        int(row.minutes or DEFAULT_MINUTES), str(row.time_zone or "UTC"), row.summary,
        str(row.status), _utc(row.decided_at), row.decision_reason, row.ics_uid,
    )  # fmt: skip


def list_handoffs(
    conn: Connection,
    *,
    ae_id: int | None = None,
    status: str | None = None,
    contact_id: int | None = None,
    handoff_id: int | None = None,
) -> list[HandoffInfo]:
    """Hand-offs, soonest meeting first, optionally for one AE, status, contact or id."""
    h, c, co = tables.handoffs, tables.contacts, tables.companies
    query = (
        select(
            h.c.id, h.c.contact_id, h.c.ae_id, h.c.rep_id, h.c.meeting_at, h.c.minutes,
            h.c.time_zone, h.c.summary, h.c.status, h.c.decided_at, h.c.decision_reason,
            h.c.ics_uid, c.c.full_name, c.c.first_name, c.c.last_name, co.c.name.label("company"),
        )
        .select_from(h.join(c, c.c.id == h.c.contact_id).outerjoin(co, co.c.id == c.c.company_id))
        .order_by(h.c.meeting_at, h.c.id)
    )  # fmt: skip
    if ae_id is not None:
        query = query.where(h.c.ae_id == ae_id)
    if status is not None:
        query = query.where(h.c.status == status)
    if contact_id is not None:
        query = query.where(h.c.contact_id == contact_id)
    if handoff_id is not None:
        query = query.where(h.c.id == handoff_id)
    return [_info(r) for r in conn.execute(query)]


def get_handoff(conn: Connection, handoff_id: int) -> HandoffInfo:
    """One hand-off.

    Raises:
        PipelineError: ``unknown_handoff``.
    """
    found = list_handoffs(conn, handoff_id=handoff_id)
    if not found:
        raise PipelineError("unknown_handoff", {"handoff": handoff_id})
    return found[0]


__all__ = [
    "HANDOFF_ACTIVITY",
    "HandoffInfo",
    "HandoffResult",
    "accept_handoff",
    "create_handoff",
    "get_handoff",
    "list_handoffs",
    "send_back_handoff",
]
