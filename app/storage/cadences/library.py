"""Stored cadences: the canonical file in ``cadences.definition``, steps mirrored in rows.

A cadence is stored as the canonical JSON of a core :class:`~app.core.cadences.Cadence`
(``cadence_to_json``), and ``cadence_steps`` holds one row per step (position, day,
channel, instructions) kept in step with it, so tasks can point at a step and SQL can
count channels. Rows written before cadences had a file (the demo's, older databases)
have no definition: they are read back from their step rows.

The shipped cadences are seeded once per database, on first use, behind a settings flag:
a shipped cadence the user deleted does not come back, and a database that already has a
cadence of the same name keeps its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from app.core.cadences import (
    Cadence,
    Channel,
    Network,
    Step,
    cadence_to_json,
    parse_cadence,
    shipped_cadences,
)
from app.core.ops import NO_CHANGES, Changes
from app.storage import tables
from app.storage.cadences.errors import CadenceStoreError
from app.storage.cadences.stopping import IN_CADENCE
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

#: The settings key saying the shipped cadences were seeded into this database.
SEEDED_KEY: Final = "cadences.shipped_seeded"


@dataclass(frozen=True)
class CadenceInfo:
    """A stored cadence as a picker lists it.

    Attributes:
        id: The row id.
        name: The unique name.
        description: What it is for.
        steps: How many steps.
        days: The day number of the last step (how long it runs, in business days).
        channels: Each step's channel, in order.
        active_enrollments: Prospects working through it now.
    """

    id: int
    name: str
    description: str
    steps: int
    days: int
    channels: tuple[str, ...]
    active_enrollments: int


@dataclass(frozen=True)
class CadenceImported:
    """The result of :func:`import_cadence`."""

    id: int
    name: str
    replaced: bool
    changes: Changes


def _legacy_cadence(conn: Connection, cadence_id: int, name: str, description: str) -> Cadence:
    """A cadence from its step rows alone (rows stored before cadences had a file)."""
    steps = []
    cs, t = tables.cadence_steps, tables.templates
    rows = conn.execute(
        select(cs.c.day_offset, cs.c.channel, cs.c.instructions, t.c.name)
        .select_from(cs.outerjoin(t, t.c.id == cs.c.template_id))
        .where(cs.c.cadence_id == cadence_id)
        .order_by(cs.c.position)
    )
    for offset, channel, instructions, template in rows:
        # Old rows count days from 0 and name LinkedIn as a channel.
        day = max(1, int(offset) + 1)
        if channel == Channel.EMAIL:
            # The step's template by name, so the outbox can render it.
            step = Step(day, Channel.EMAIL, template=template or "",
                        instructions=instructions or "")  # fmt: skip
        elif channel in (Channel.CALL, Channel.TASK):
            step = Step(day, Channel(channel), instructions=instructions or "")
        elif channel in ("linkedin", Channel.MESSAGE):
            step = Step(day, Channel.MESSAGE, network=Network.LINKEDIN,
                        instructions=instructions or "")  # fmt: skip
        else:
            step = Step(day, Channel.TASK, instructions=instructions or "")
        steps.append(step)
    return Cadence(name, tuple(steps), description)


def _cadence_from_row(conn: Connection, row: Any) -> Cadence:
    if row.definition:
        return parse_cadence(row.definition)
    return _legacy_cadence(conn, int(row.id), str(row.name), row.description or "")


def load_cadence(conn: Connection, name: str) -> tuple[int, Cadence]:
    """The stored cadence with this name, and its id.

    Raises:
        CadenceStoreError: ``unknown_cadence``.
    """
    c = tables.cadences
    row = conn.execute(
        select(c.c.id, c.c.name, c.c.description, c.c.definition).where(c.c.name == name)
    ).first()
    if row is None:
        raise CadenceStoreError("unknown_cadence", {"name": name})
    return int(row.id), _cadence_from_row(conn, row)


def load_cadences_by_id(conn: Connection, ids: set[int]) -> dict[int, tuple[str, Cadence]]:
    """The stored cadences with these ids: id -> (name, cadence)."""
    c = tables.cadences
    out: dict[int, tuple[str, Cadence]] = {}
    if not ids:
        return out
    rows = conn.execute(
        select(c.c.id, c.c.name, c.c.description, c.c.definition).where(c.c.id.in_(sorted(ids)))
    )
    for row in rows.all():
        out[int(row.id)] = (str(row.name), _cadence_from_row(conn, row))
    return out


def _sync_steps(
    conn: Connection, cadence_id: int, cadence: Cadence, rec: ChangeRecorder | None = None
) -> None:
    """Make the step rows mirror ``cadence.steps``, keeping row ids by position.

    Updating in place (rather than delete and insert) keeps the tasks that point at a
    step pointing at the step in the same position. With ``rec`` the updates and inserts
    are recorded for undo; rows past the new last step are deleted outright (their tasks
    keep going by position), which undo does not bring back.
    """
    s = tables.cadence_steps
    existing = {
        int(position): int(step_id)
        for step_id, position in conn.execute(
            select(s.c.id, s.c.position).where(s.c.cadence_id == cadence_id)
        )
    }
    for position, step in enumerate(cadence.steps, start=1):
        values = {
            "day_offset": step.day, "channel": str(step.channel),
            "instructions": step.instructions or None,
        }  # fmt: skip
        if position in existing and rec is not None:
            rec.update("cadence_steps", existing[position], values)
        elif position in existing:
            conn.execute(update(s).where(s.c.id == existing[position]).values(**values))
        else:
            step_id = conn.execute(
                insert(s)
                .values(cadence_id=cadence_id, position=position, **values)
                .returning(s.c.id)
            ).scalar_one()
            if rec is not None:
                rec.record_insert("cadence_steps", {"id": int(step_id)})
    extra = [i for p, i in existing.items() if p > len(cadence.steps)]
    if extra:
        conn.execute(delete(s).where(s.c.id.in_(extra)))


def _store(conn: Connection, cadence: Cadence, cadence_id: int | None) -> int:
    now = utcnow()
    values = {
        "name": cadence.name, "description": cadence.description or None,
        "definition": cadence_to_json(cadence), "active": True, "updated_at": now,
    }  # fmt: skip
    if cadence_id is None:
        cadence_id = int(
            conn.execute(
                insert(tables.cadences)
                .values(created_at=now, **values)
                .returning(tables.cadences.c.id)
            ).scalar_one()
        )
    else:
        conn.execute(
            update(tables.cadences).where(tables.cadences.c.id == cadence_id).values(**values)
        )
    _sync_steps(conn, cadence_id, cadence)
    return cadence_id


def seed_shipped_cadences(db: Database) -> Changes:
    """Store the shipped cadences, once per database (a settings flag remembers it).

    A name already taken (the demo's "Inbound — speed to lead") keeps the stored one.

    Returns:
        The change, or ``NO_CHANGES`` when the database was seeded before (or is read-only).
    """
    if db.read_only:
        return NO_CHANGES
    # The shipped cadences' email steps name the shipped templates: seed those with them.
    from app.storage.templates.shipped import seed_shipped_templates

    templates_seeded = seed_shipped_templates(db)
    with db.reading() as conn:
        if conn.execute(
            select(tables.settings.c.key).where(tables.settings.c.key == SEEDED_KEY)
        ).first():
            return templates_seeded
    added: list[int] = []
    with db.transaction() as conn:
        if conn.execute(
            select(tables.settings.c.key).where(tables.settings.c.key == SEEDED_KEY)
        ).first():
            return NO_CHANGES  # another process seeded it meanwhile
        taken = set(conn.execute(select(tables.cadences.c.name)).scalars())
        for cadence in shipped_cadences():
            if cadence.name not in taken:
                added.append(_store(conn, cadence, None))
        conn.execute(insert(tables.settings).values(key=SEEDED_KEY, value=True))
    seeded = Changes.of(
        {"cadences", "cadence_steps", "settings"},
        ids={"cadences": added},
        operation="seed_cadences",
        count=len(added),
    )
    return seeded if templates_seeded.empty else templates_seeded.merged(seeded)


def cadence_names(conn: Connection) -> list[tuple[int, str]]:
    """Every stored cadence as (id, name), by name: a read only (no seeding), for pickers
    and the command palette."""
    rows = conn.execute(
        select(tables.cadences.c.id, tables.cadences.c.name).order_by(tables.cadences.c.name)
    )
    return [(int(i), str(n)) for i, n in rows]


def list_cadences(db: Database) -> list[CadenceInfo]:
    """Every stored cadence, by name (the shipped ones seeded first if they never were)."""
    seed_shipped_cadences(db)
    e = tables.enrollments
    active = (
        select(func.count())
        .where(e.c.cadence_id == tables.cadences.c.id, e.c.status.in_(IN_CADENCE))
        .scalar_subquery()
    )
    out = []
    with db.reading() as conn:
        rows = conn.execute(
            select(
                tables.cadences.c.id, tables.cadences.c.name, tables.cadences.c.description,
                tables.cadences.c.definition, active.label("active"),
            ).order_by(tables.cadences.c.name)
        ).all()  # fmt: skip
        for row in rows:
            cadence = _cadence_from_row(conn, row)
            out.append(
                CadenceInfo(
                    int(row.id),
                    str(row.name),
                    cadence.description,
                    len(cadence.steps),
                    max((s.day for s in cadence.steps), default=0),
                    tuple(str(s.channel) for s in cadence.steps),
                    int(row.active),
                )  # fmt: skip
            )
    return out


def import_cadence(db: Database, json_text: str, *, replace: bool = False) -> CadenceImported:
    """Store a cadence file (docs/cadences.md) after the core's checks.

    Args:
        db: The database.
        json_text: The file's text.
        replace: Overwrite a stored cadence of the same name (its enrollments go on with
            the new steps, by position); without it a taken name is refused.

    Returns:
        The stored cadence's id and name, and the change (undoable).

    Raises:
        CadenceFormatError: The file is not a valid cadence (the core's codes).
        CadenceStoreError: ``cadence_exists``.
    """
    cadence = parse_cadence(json_text)
    seed_shipped_cadences(db)
    with record_changes(db, kind="import_cadence", description=cadence.name) as rec:
        conn = rec.conn
        row = conn.execute(
            select(tables.cadences.c.id).where(tables.cadences.c.name == cadence.name)
        ).first()
        if row is not None and not replace:
            raise CadenceStoreError("cadence_exists", {"name": cadence.name})
        if row is None:
            cadence_id = _store(conn, cadence, None)
            rec.record_insert("cadences", {"id": cadence_id})
        else:
            cadence_id = int(row.id)
            values = {
                "definition": cadence_to_json(cadence),
                "description": cadence.description or None,
            }
            rec.update("cadences", cadence_id, values)
            _sync_steps(conn, cadence_id, cadence, rec)
    changes = rec.changes(count=1)
    changes = Changes.of(
        changes.tables | {"cadence_steps"}, ids=changes.ids, operation=changes.operation,
        count=1, change_set_id=changes.change_set_id,
    )  # fmt: skip
    return CadenceImported(cadence_id, cadence.name, row is not None, changes)


def export_cadence(db: Database, name: str) -> str:
    """The canonical cadence file of a stored cadence.

    Raises:
        CadenceStoreError: ``unknown_cadence``.
    """
    seed_shipped_cadences(db)
    with db.reading() as conn:
        return cadence_to_json(load_cadence(conn, name)[1])


def delete_cadence(db: Database, name: str) -> Changes:
    """Delete a stored cadence with its steps and enrollments, undoably.

    Raises:
        CadenceStoreError: ``unknown_cadence``.
    """
    with record_changes(db, kind="delete_cadence", description=name) as rec:
        cadence_id, _cadence = load_cadence(rec.conn, name)
        rec.delete("cadences", [cadence_id])
    return rec.changes(count=1)


__all__ = [
    "SEEDED_KEY",
    "CadenceImported",
    "CadenceInfo",
    "delete_cadence",
    "export_cadence",
    "import_cadence",
    "list_cadences",
    "load_cadence",
    "load_cadences_by_id",
    "seed_shipped_cadences",
]
