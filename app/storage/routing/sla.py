"""Inbound leads that broke their speed-to-lead SLA: found once, notified once, reassigned.

:func:`sweep_sla` is what the app's background watcher runs every minute (and what
scripts and tests call with a fixed clock). A lead breaks the SLA when it is inbound,
nobody has touched it (``last_touched_at`` is empty) and it has waited longer than the
SLA (``pipeline.sla_minutes``, default 5) in working time, in its owner's zone
(:mod:`app.core.pipeline.speed_to_lead`, the rule the board's red clock uses).

Each breach is written once to ``sla_breaches`` (``INSERT ... ON CONFLICT DO NOTHING``):
the app whose insert lands reports it (the desktop notification) and, when the team
turned it on (:class:`~app.storage.routing.rotation.RoutingSettings`), hands the lead to
the next rep in the rotation, skipping its owner, with an ``assignment`` activity whose
reason is ``sla``. Several apps on one shared database therefore never notify or
reassign the same lead twice.

Only leads that arrived within ``lookback`` (3 days by default) are looked at: opening
an old database must not raise a storm of alerts about last month's leads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from app.core.ops import Changes
from app.core.pipeline.speed_to_lead import sla_breached
from app.storage import tables
from app.storage.pipeline.board import sla_minutes
from app.storage.routing.rotation import (
    Assignment,
    load_routing_settings,
    record_assignment,
    take_turn,
)
from app.storage.team.locks import ROTATION_LOCK, serialise

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = ["DEFAULT_LOOKBACK", "SlaBreach", "SlaSweep", "breaches_between", "sweep_sla"]

#: How far back arrivals are looked at.
DEFAULT_LOOKBACK: Final = dt.timedelta(days=3)

_C = tables.contacts.c
_R = tables.reps.c
_B = tables.sla_breaches.c


@dataclass(frozen=True)
class SlaBreach:
    """One lead whose SLA broke (first seen by this sweep).

    Attributes:
        contact_id: The lead.
        name: Its display name.
        company: Its company's name, if any.
        arrived_at: When it arrived (UTC).
        owner_id: Its owner when the SLA broke (None: nobody).
        owner_name: That owner's name.
        reassigned_to: Who it went to (None: not reassigned).
        reassigned_name: Their name.
    """

    contact_id: int
    name: str
    company: str | None
    arrived_at: dt.datetime
    owner_id: int | None
    owner_name: str | None
    reassigned_to: int | None = None
    reassigned_name: str | None = None


@dataclass(frozen=True)
class SlaSweep:
    """What one sweep found and did.

    Attributes:
        breaches: Leads whose SLA broke since the last sweep (each reported once, ever).
        sla_minutes: The SLA the sweep applied.
        changes: The write (empty when nothing broke).
    """

    breaches: tuple[SlaBreach, ...]
    sla_minutes: int
    changes: Changes


def _zone(name: str | None, default: dt.tzinfo) -> dt.tzinfo:
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return default


def _arrival(row_arrived: dt.datetime | None, created: dt.datetime) -> dt.datetime:
    moment = row_arrived or created
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _candidates(
    conn: Connection, now: dt.datetime, minutes: int, lookback: dt.timedelta
) -> list[tuple[SlaBreach, str | None]]:
    """Untouched inbound leads old enough to have broken the SLA by wall-clock time."""
    arrived = func.coalesce(_C.arrived_at, _C.created_at)
    stages = tables.pipeline_stages.c
    companies = tables.companies.c
    query = (
        select(_C.id, _C.full_name, companies.name, _C.arrived_at, _C.created_at,
               _C.owner_id, _R.name, _R.time_zone)
        .select_from(
            tables.contacts.outerjoin(tables.reps, _R.id == _C.owner_id)
            .outerjoin(tables.companies, companies.id == _C.company_id)
            .outerjoin(tables.pipeline_stages, stages.id == _C.stage_id)
            .outerjoin(tables.sla_breaches, _B.contact_id == _C.id)
        )
        .where(
            _C.source == "inbound",
            _C.last_touched_at.is_(None),
            _C.do_not_contact.is_(False),
            # Working time never exceeds wall time: younger leads cannot have broken it.
            arrived <= now - dt.timedelta(minutes=minutes),
            arrived >= now - lookback,
            or_(stages.is_terminal.is_(None), stages.is_terminal.is_(False)),
            _B.contact_id.is_(None),
        )
        .order_by(arrived, _C.id)
    )  # fmt: skip
    found = []
    for r in conn.execute(query):
        breach = SlaBreach(
            contact_id=int(r[0]), name=str(r[1] or ""), company=r[2],
            arrived_at=_arrival(r[3], r[4]), owner_id=r[5], owner_name=r[6],
        )  # fmt: skip
        found.append((breach, r[7]))
    return found


def _mark(conn: Connection, breach: SlaBreach, now: dt.datetime) -> bool:
    """Insert the breach row; False when another app already did (or the lead was touched)."""
    still_waiting = conn.execute(
        select(_C.id).where(and_(_C.id == breach.contact_id, _C.last_touched_at.is_(None)))
    ).first()
    if still_waiting is None:
        return False
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(tables.sla_breaches)
        .values(contact_id=breach.contact_id, broken_at=now, owner_id=breach.owner_id)
        .on_conflict_do_nothing(index_elements=["contact_id"])
        .returning(_B.contact_id)
    )
    # RETURNING, not rowcount: drivers differ in what rowcount says for ON CONFLICT.
    return conn.execute(statement).first() is not None


def _reassign(conn: Connection, breach: SlaBreach, now: dt.datetime) -> Assignment | None:
    """Hand the lead to the next rep in the rotation (not its owner); None: nobody free."""
    rep = take_turn(conn, () if breach.owner_id is None else (breach.owner_id,))
    if rep is None:
        return None
    assignment = Assignment(breach.contact_id, breach.owner_id, rep, "sla")
    record_assignment(conn, assignment, now)
    conn.execute(
        update(tables.sla_breaches)
        .where(_B.contact_id == breach.contact_id)
        .values(reassigned_to=rep)
    )
    return assignment


def sweep_sla(
    db: Database,
    *,
    now: dt.datetime,
    lookback: dt.timedelta = DEFAULT_LOOKBACK,
    default_zone: dt.tzinfo = dt.UTC,
) -> SlaSweep:
    """Find inbound leads that broke the SLA since the last sweep; reassign when turned on.

    Args:
        db: The database.
        now: The clock's now (aware).
        lookback: Only leads that arrived this recently are looked at.
        default_zone: The working-hours zone of leads whose owner has no zone (the GUI
            passes the computer's zone, as the board does).

    Returns:
        The new breaches (each returned by exactly one sweep, in any app) and the change.
    """
    with db.reading() as conn:
        minutes = sla_minutes(conn)
        waiting = _candidates(conn, now, minutes, lookback)
        routing = load_routing_settings(conn)
    broken = [
        breach for breach, zone in waiting
        if sla_breached(breach.arrived_at, now, _zone(zone, default_zone), minutes)
    ]  # fmt: skip
    if not broken:
        # Nothing to write: no transaction, so other apps are not told to refresh.
        return SlaSweep((), minutes, Changes())
    marked: list[SlaBreach] = []
    assignments: list[Assignment] = []
    with db.transaction() as conn:
        if routing.reassign_on_sla:
            serialise(conn, ROTATION_LOCK)  # before any contact row is locked
        for breach in broken:
            if not _mark(conn, breach, now):
                continue
            assignment = _reassign(conn, breach, now) if routing.reassign_on_sla else None
            if assignment is None:
                marked.append(breach)
                continue
            assignments.append(assignment)
            name = conn.execute(select(_R.name).where(_R.id == assignment.to_rep)).scalar_one()
            marked.append(replace(breach, reassigned_to=assignment.to_rep, reassigned_name=name))
    if not marked:
        return SlaSweep((), minutes, Changes())
    touched: dict[str, list[int]] = {"sla_breaches": [b.contact_id for b in marked]}
    if assignments:
        touched["contacts"] = [a.contact_id for a in assignments]
        touched["reps"] = sorted({a.to_rep for a in assignments})
    changes = Changes.of(
        {"sla_breaches", "activities"} if assignments else {"sla_breaches"},
        ids=touched, operation="sla", count=len(marked),
    )  # fmt: skip
    return SlaSweep(tuple(marked), minutes, changes)


def breaches_between(
    conn: Connection, since: dt.datetime, until: dt.datetime, rep_id: int | None = None
) -> list[SlaBreach]:
    """Breaches recorded in ``(since, until]`` (by any app), for one rep or for everyone.

    Every app sweeps, but only one records each breach; each app then tells its own rep
    about the breaches that concern them (the lead's owner then, or who it went to) by
    reading this window since its last look, the way reminders are told once.

    Args:
        conn: A connection.
        since: The end of the previous look (exclusive).
        until: Now (inclusive).
        rep_id: The rep this app works for (None: every breach).
    """
    owner = tables.reps.alias("owner")
    taker = tables.reps.alias("taker")
    companies = tables.companies.c
    query = (
        select(_B.contact_id, _C.full_name, companies.name, _C.arrived_at, _C.created_at,
               _B.owner_id, owner.c.name, _B.reassigned_to, taker.c.name)
        .select_from(
            tables.sla_breaches.join(tables.contacts, _C.id == _B.contact_id)
            .outerjoin(tables.companies, companies.id == _C.company_id)
            .outerjoin(owner, owner.c.id == _B.owner_id)
            .outerjoin(taker, taker.c.id == _B.reassigned_to)
        )
        .where(_B.broken_at > since, _B.broken_at <= until)
        .order_by(_B.broken_at, _B.contact_id)
    )  # fmt: skip
    if rep_id is not None:
        query = query.where(or_(_B.owner_id == rep_id, _B.reassigned_to == rep_id))
    return [
        SlaBreach(
            contact_id=int(r[0]), name=str(r[1] or ""), company=r[2],
            arrived_at=_arrival(r[3], r[4]), owner_id=r[5], owner_name=r[6],
            reassigned_to=r[7], reassigned_name=r[8],
        )
        for r in conn.execute(query)
    ]  # fmt: skip
