"""The round-robin rotation, kept in the database so a team shares one rotation.

Reps opt in (``in_rotation``), carry a ``rotation_weight`` and may be ``away``; each has a
``rotation_pass`` (stride scheduling, :mod:`app.core.routing.rotation`). Taking a turn is
a read of the candidates and ONE conditional UPDATE of the chosen rep's pass::

    UPDATE reps SET rotation_pass = :pass + :stride WHERE id = :rep AND rotation_pass = :pass

When another app took a turn in between (the UPDATE matches nothing), the turn is taken
again from a fresh read; passes only grow, so a choice whose pass is unchanged is still
the lowest. On SQLite the write transaction (``BEGIN IMMEDIATE``) already serialises
turns. On PostgreSQL a routing transaction first takes a transaction-scoped advisory lock
(``ROTATION_LOCK``): without it, two sessions whose conditional UPDATEs each lose the
race keep the row they re-checked locked until they end (PostgreSQL locks the newest row
version before re-checking the WHERE), and the next tries deadlock — the six-process
test found exactly that. Either way two apps never give two leads the same turn, and
never skip one.

Usage::

    set_rotation(db, rep_id, in_rotation=True, weight=2)
    result = route_leads(db, [contact_id], now=now)     # unowned leads get the next reps
    assign_round_robin(db, contact_ids, now=now)        # selected contacts, owned or not
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from app.core.ops import Changes
from app.core.routing import MAX_WEIGHT, RotationSlot, joining_pass, pick_next, stride
from app.storage import tables
from app.storage.mail.accounts import read_setting, write_setting
from app.storage.routing.errors import RoutingError
from app.storage.team.locks import ROTATION_LOCK, serialise

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = [
    "ASSIGNMENT",
    "Assignment",
    "RotationRep",
    "RoutingResult",
    "RoutingSettings",
    "assign_round_robin",
    "list_rotation",
    "load_routing_settings",
    "record_assignment",
    "route_leads",
    "save_routing_settings",
    "set_rotation",
    "take_turn",
]

#: The activity kind of an owner change made by routing (details: from, to, reason).
ASSIGNMENT: Final = "assignment"

#: The settings key of :class:`RoutingSettings`.
SETTINGS_KEY: Final = "routing.settings"

# A turn lost to another app is taken again; more losses than this in a row means the
# database is being hammered, and the lead stays unassigned rather than wait forever.
_TURN_ATTEMPTS = 50

_R = tables.reps.c
_C = tables.contacts.c


@dataclass(frozen=True)
class RotationRep:
    """A rep as the rotation settings show them.

    Attributes:
        id: The rep.
        name: Their name.
        email: Their address.
        role: ``sdr``, ``ae`` or ``manager``.
        active: False for someone who left (never routed to).
        in_rotation: Takes round-robin leads.
        weight: Their share (1..MAX_WEIGHT).
        away: Skipped until back.
    """

    id: int
    name: str
    email: str | None
    role: str
    active: bool
    in_rotation: bool
    weight: int
    away: bool

    @property
    def takes_leads(self) -> bool:
        """True when the next turn could be theirs."""
        return self.active and self.in_rotation and not self.away


@dataclass(frozen=True)
class RoutingSettings:
    """The team's routing switches (database-wide, in ``settings``).

    Attributes:
        round_robin: New inbound leads without an owner go round-robin at once.
        reassign_on_sla: A lead whose SLA broke goes to the next rep in the rotation.
    """

    round_robin: bool = False
    reassign_on_sla: bool = False


@dataclass(frozen=True)
class Assignment:
    """One lead given to a rep by routing.

    Attributes:
        contact_id: The lead.
        from_rep: Its owner before (None: nobody).
        to_rep: Its owner now.
        reason: ``round_robin`` (a new lead or a chosen contact) or ``sla``.
    """

    contact_id: int
    from_rep: int | None
    to_rep: int
    reason: str


@dataclass(frozen=True)
class RoutingResult:
    """What a routing call did.

    Attributes:
        assignments: The leads given out.
        unassigned: Leads left without a (new) owner because nobody takes leads.
        changes: The write (empty when nothing was assigned).
    """

    assignments: tuple[Assignment, ...]
    unassigned: tuple[int, ...]
    changes: Changes


def list_rotation(conn: Connection) -> list[RotationRep]:
    """Every rep with their rotation settings, by name."""
    rows = conn.execute(
        select(_R.id, _R.name, _R.email, _R.role, _R.active, _R.in_rotation,
               _R.rotation_weight, _R.away).order_by(_R.name, _R.id)
    )  # fmt: skip
    return [
        RotationRep(int(r[0]), str(r[1]), r[2], str(r[3]), bool(r[4]), bool(r[5]),
                    int(r[6]), bool(r[7]))
        for r in rows
    ]  # fmt: skip


def _slots(conn: Connection, exclude: Collection[int] = ()) -> list[RotationSlot]:
    query = select(_R.id, _R.rotation_pass, _R.rotation_weight).where(
        _R.in_rotation.is_(True), _R.away.is_(False), _R.active.is_(True)
    )
    if exclude:
        query = query.where(_R.id.not_in(list(exclude)))
    return [RotationSlot(int(r[0]), int(r[1]), int(r[2])) for r in conn.execute(query)]


def set_rotation(
    db: Database,
    rep_id: int,
    *,
    in_rotation: bool | None = None,
    weight: int | None = None,
    away: bool | None = None,
) -> Changes:
    """Change a rep's place in the rotation (None leaves a value as it is).

    A rep who joins the rotation or comes back from away starts at the rotation's current
    position, so they take their share from now on instead of a burst of catch-up leads.

    Raises:
        RoutingError: ``unknown_rep`` or ``bad_weight``; nothing was written.
    """
    if weight is not None and not 1 <= weight <= MAX_WEIGHT:
        raise RoutingError("bad_weight", {"weight": weight, "max": MAX_WEIGHT})
    with db.transaction() as conn:
        row = conn.execute(
            select(_R.in_rotation, _R.away, _R.rotation_pass, _R.active).where(_R.id == rep_id)
        ).first()
        if row is None:
            raise RoutingError("unknown_rep", {"rep_id": rep_id})
        values: dict[str, Any] = {}
        if in_rotation is not None:
            values["in_rotation"] = in_rotation
        if weight is not None:
            values["rotation_weight"] = weight
        if away is not None:
            values["away"] = away
        was_taking = bool(row.in_rotation) and not bool(row.away)
        now_taking = bool(values.get("in_rotation", row.in_rotation)) and not bool(
            values.get("away", row.away)
        )
        if now_taking and not was_taking:
            values["rotation_pass"] = joining_pass(
                int(row.rotation_pass), _slots(conn, exclude=(rep_id,))
            )
        if values:
            conn.execute(update(tables.reps).where(_R.id == rep_id).values(**values))
    return Changes.of({"reps"}, ids={"reps": [rep_id]}, operation="rotation", count=1)


def take_turn(conn: Connection, exclude: Collection[int] = ()) -> int | None:
    """Give the next turn of the rotation to a rep, inside an open write transaction.

    Args:
        conn: A connection in a write transaction.
        exclude: Reps who must not get this turn (a lead's owner when its SLA broke).

    Returns:
        The rep whose turn it was (their pass has moved on), or None when nobody in the
        rotation is available.
    """
    serialise(conn, ROTATION_LOCK)  # PostgreSQL; taken again in one transaction is a no-op
    for _ in range(_TURN_ATTEMPTS):
        chosen = pick_next(_slots(conn, exclude))
        if chosen is None:
            return None
        moved = conn.execute(
            update(tables.reps)
            .where(_R.id == chosen.rep_id, _R.rotation_pass == chosen.pass_)
            .values(rotation_pass=chosen.pass_ + stride(chosen.weight))
        ).rowcount
        if moved == 1:
            return chosen.rep_id
    return None


def record_assignment(conn: Connection, assignment: Assignment, now: dt.datetime) -> None:
    """Write an owner change made by routing and its ``assignment`` activity."""
    conn.execute(
        update(tables.contacts)
        .where(_C.id == assignment.contact_id)
        .values(owner_id=assignment.to_rep, version=_C.version + 1, updated_at=now)
    )
    conn.execute(insert(tables.activities).values(**_activity_values(assignment, now)))


def _activity_values(assignment: Assignment, now: dt.datetime) -> dict[str, Any]:
    return {
        "contact_id": assignment.contact_id, "rep_id": assignment.to_rep, "kind": ASSIGNMENT,
        "occurred_at": now, "outcome": assignment.reason,
        "details": {"from": assignment.from_rep, "to": assignment.to_rep,
                    "reason": assignment.reason},
    }  # fmt: skip


def _changes(assignments: Sequence[Assignment], operation: str) -> Changes:
    if not assignments:
        return Changes()
    ids = [a.contact_id for a in assignments]
    reps = {a.to_rep for a in assignments}
    return Changes.of(
        {"contacts", "activities", "reps"}, ids={"contacts": ids, "reps": reps},
        operation=operation, count=len(assignments),
    )  # fmt: skip


def _route(db: Database, contact_ids: Iterable[int], now: dt.datetime) -> RoutingResult:
    wanted = list(dict.fromkeys(int(i) for i in contact_ids))
    done: list[Assignment] = []
    left: list[int] = []
    with db.transaction() as conn:
        # Before any contact row is locked: the lock order is rotation, then contacts.
        serialise(conn, ROTATION_LOCK)
        owners: dict[int, int | None] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            query = select(_C.id, _C.owner_id).where(_C.id.in_(chunk), _C.owner_id.is_(None))
            # Locks the rows on PostgreSQL, so two apps routing the same new lead wait for
            # each other and the second sees it owned; SQLite's write lock already does.
            owners.update({int(r[0]): r[1] for r in conn.execute(query.with_for_update())})
        for contact_id in wanted:
            if contact_id not in owners:
                continue
            rep = take_turn(conn)
            if rep is None:
                left.append(contact_id)
                continue
            assignment = Assignment(contact_id, owners[contact_id], rep, "round_robin")
            record_assignment(conn, assignment, now)
            done.append(assignment)
    return RoutingResult(tuple(done), tuple(left), _changes(done, "route"))


def route_leads(db: Database, contact_ids: Iterable[int], *, now: dt.datetime) -> RoutingResult:
    """Give each lead that has no owner to the next rep in the rotation, in one transaction.

    Leads that already have an owner (from the file, or routed by someone else's app a
    moment ago) are left alone: a lead is never routed twice.

    Returns:
        The assignments (each also an ``assignment`` activity) and the leads left unowned
        because nobody in the rotation is available.
    """
    return _route(db, contact_ids, now)


def assign_round_robin(
    db: Database, contact_ids: Iterable[int], *, now: dt.datetime
) -> RoutingResult:
    """Hand the chosen contacts out round-robin, whoever owns them now.

    One change set (kind ``bulk_edit``): Undo gives the contacts their owners back and
    removes the ``assignment`` activities (the rotation keeps its turns: they were given).
    """
    from app.storage.changes import record_changes

    wanted = list(dict.fromkeys(int(i) for i in contact_ids))
    done: list[Assignment] = []
    left: list[int] = []
    with record_changes(db, kind="bulk_edit", description="owner_id") as rec:
        conn = rec.conn
        serialise(conn, ROTATION_LOCK)  # before any contact row is locked
        owners: dict[int, int | None] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = conn.execute(select(_C.id, _C.owner_id).where(_C.id.in_(chunk)))
            owners.update({int(r[0]): r[1] for r in rows})
        for contact_id in wanted:
            if contact_id not in owners:
                continue
            rep = take_turn(conn)
            if rep is None:
                left.append(contact_id)
                continue
            assignment = Assignment(contact_id, owners[contact_id], rep, "round_robin")
            rec.update("contacts", contact_id, {"owner_id": rep})
            activity = conn.execute(
                insert(tables.activities)
                .values(**_activity_values(assignment, now))
                .returning(tables.activities.c.id)
            ).scalar_one()
            rec.record_insert("activities", {"id": int(activity)})
            done.append(assignment)
    changes = rec.changes(count=len(done)) if done else Changes()
    return RoutingResult(tuple(done), tuple(left), changes)


def load_routing_settings(conn: Connection) -> RoutingSettings:
    """The team's routing switches (defaults when never saved)."""
    value = read_setting(conn, SETTINGS_KEY)
    if not isinstance(value, dict):
        return RoutingSettings()
    return RoutingSettings(
        round_robin=value.get("round_robin") is True,
        reassign_on_sla=value.get("reassign_on_sla") is True,
    )


def save_routing_settings(db: Database, value: RoutingSettings) -> Changes:
    """Store the team's routing switches."""
    with db.transaction() as conn:
        write_setting(
            conn, SETTINGS_KEY,
            {"round_robin": value.round_robin, "reassign_on_sla": value.reassign_on_sla},
        )  # fmt: skip
    return Changes.of({"settings"}, operation="settings", count=1)
