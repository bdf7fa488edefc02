"""The pipeline's stages: listing them with their counts, and configuring them.

A database gets the default pipeline (``app.core.pipeline.DEFAULT_STAGES``) the first time
the pipeline is used (:func:`seed_default_stages`; a settings flag remembers it, so a team
that deletes stages does not get them back). Keys never change; names, order and the
terminal flag do. A stage that still holds prospects is not deleted: the caller moves them
first (:func:`move_prospects_and_delete`, which logs a stage change for each).

Every edit is one change set (kind ``stage_config``), undoable as a unit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from app.core.ops import NO_CHANGES, Changes
from app.core.pipeline import (
    DEFAULT_STAGES,
    Gate,
    PipelineError,
    gate_of,
    is_valid_stage_key,
    stage_key_for,
)
from app.storage import tables
from app.storage.changes import record_changes
from app.storage.pipeline.history import log_stage_change

if TYPE_CHECKING:
    from app.storage.database import Database

#: The settings flag saying the default pipeline was stored once.
STAGES_SEEDED_KEY: Final = "pipeline.stages_seeded"

_S = tables.pipeline_stages


@dataclass(frozen=True)
class Stage:
    """A stage as the board, the pickers and the commands need it.

    Attributes:
        id: The row id.
        key: The stable key (``qualified``); rules and the ``stage --to`` flag use it.
        name: The name shown (renamable).
        position: The board order (0 first).
        is_terminal: True when it ends a prospect's active life (Handed off, Disqualified).
        color: A ``#rrggbb`` colour, or None.
        count: How many contacts are in it now.
    """

    id: int
    key: str
    name: str
    position: int
    is_terminal: bool
    color: str | None
    count: int = 0

    @property
    def gate(self) -> Gate:
        """What a move into this stage asks for."""
        return gate_of(self.key)


def _stage(row: Any, count: int = 0) -> Stage:
    return Stage(
        int(row.id), str(row.key), str(row.name), int(row.position), bool(row.is_terminal),
        row.color, count,
    )  # fmt: skip


def list_stages(conn: Connection) -> list[Stage]:
    """Every stage in board order, with how many contacts each holds."""
    c = tables.contacts
    counts: dict[int, int] = {
        int(stage_id): int(n)
        for stage_id, n in conn.execute(
            select(c.c.stage_id, func.count())
            .where(c.c.stage_id.is_not(None))
            .group_by(c.c.stage_id)
        )
    }
    rows = conn.execute(select(_S).order_by(_S.c.position, _S.c.id))
    return [_stage(r, int(counts.get(r.id, 0))) for r in rows]


def find_stage(conn: Connection, stage: str | int) -> Stage | None:
    """A stage by id, or by key or name (case-insensitive), or None."""
    if isinstance(stage, int):
        row = conn.execute(select(_S).where(_S.c.id == stage)).first()
    else:
        text = stage.strip().casefold()
        row = conn.execute(select(_S).where(func.lower(_S.c.key) == text)).first()
        if row is None:
            for candidate in conn.execute(select(_S).order_by(_S.c.position, _S.c.id)):
                if str(candidate.name).casefold() == text:
                    row = candidate
                    break
    return None if row is None else _stage(row)


def require_stage(conn: Connection, stage: str | int) -> Stage:
    """Like :func:`find_stage`, refusing a stage that does not exist.

    Raises:
        PipelineError: ``unknown_stage``.
    """
    found = find_stage(conn, stage)
    if found is None:
        raise PipelineError("unknown_stage", {"stage": str(stage)})
    return found


def seed_default_stages(db: Database) -> Changes:
    """Store the default pipeline once per database, when it has no stage yet.

    A database whose stages came from elsewhere (the demo, an earlier version, a team's own
    set) keeps them; the flag is set either way.

    Returns:
        The change, or ``NO_CHANGES`` when nothing was stored (or the database is read-only).
    """
    if db.read_only:
        return NO_CHANGES
    st = tables.settings
    with db.reading() as conn:
        if conn.execute(select(st.c.key).where(st.c.key == STAGES_SEEDED_KEY)).first():
            return NO_CHANGES
    added: list[int] = []
    with db.transaction() as conn:
        if conn.execute(select(st.c.key).where(st.c.key == STAGES_SEEDED_KEY)).first():
            return NO_CHANGES  # another process seeded it meanwhile
        if conn.execute(select(func.count()).select_from(_S)).scalar_one() == 0:
            for position, spec in enumerate(DEFAULT_STAGES):
                added.append(
                    conn.execute(
                        insert(_S)
                        .values(
                            key=spec.key,
                            name=spec.name,
                            position=position,
                            is_terminal=spec.is_terminal,
                            color=spec.color,
                        )  # fmt: skip
                        .returning(_S.c.id)
                    ).scalar_one()
                )
        conn.execute(insert(st).values(key=STAGES_SEEDED_KEY, value=True))
    if not added:
        return NO_CHANGES
    return Changes.of(
        {"pipeline_stages", "settings"},
        ids={"pipeline_stages": added},
        operation="seed_stages",
        count=len(added),
    )


def add_stage(
    db: Database,
    name: str,
    *,
    key: str | None = None,
    position: int | None = None,
    is_terminal: bool = False,
    color: str | None = None,
) -> tuple[Stage, Changes]:
    """Add a stage (at the end, or before the stage now at ``position``).

    Raises:
        PipelineError: ``no_stage_name``, ``bad_stage_key``, ``stage_exists``.
    """
    name = name.strip()
    if not name:
        raise PipelineError("no_stage_name")
    with record_changes(db, kind="stage_config", description="add") as rec:
        conn = rec.conn
        existing = list_stages(conn)
        taken = {s.key for s in existing}
        if key is None:
            key = stage_key_for(name, taken)
        elif not is_valid_stage_key(key):
            raise PipelineError("bad_stage_key", {"key": key})
        elif key in taken:
            raise PipelineError("stage_exists", {"key": key})
        at = len(existing) if position is None else max(0, min(position, len(existing)))
        for index, stage in enumerate(existing):
            wanted = index if index < at else index + 1
            if stage.position != wanted:
                rec.update("pipeline_stages", stage.id, {"position": wanted})
        stage_id = int(
            conn.execute(
                insert(_S)
                .values(key=key, name=name, position=at, is_terminal=is_terminal, color=color)
                .returning(_S.c.id)
            ).scalar_one()
        )
        rec.record_insert("pipeline_stages", {"id": stage_id})
        added = require_stage(conn, stage_id)
    return added, rec.changes(count=1)


def rename_stage(db: Database, stage_id: int, name: str) -> Changes:
    """Give a stage a new name (its key stays).

    Raises:
        PipelineError: ``no_stage_name``, ``unknown_stage``.
    """
    name = name.strip()
    if not name:
        raise PipelineError("no_stage_name")
    with record_changes(db, kind="stage_config", description="rename") as rec:
        require_stage(rec.conn, stage_id)
        rec.update("pipeline_stages", stage_id, {"name": name})
    return rec.changes(count=1)


def set_terminal(db: Database, stage_id: int, terminal: bool) -> Changes:
    """Mark a stage as terminal (it ends a prospect's active life) or not.

    Raises:
        PipelineError: ``unknown_stage``.
    """
    with record_changes(db, kind="stage_config", description="terminal") as rec:
        require_stage(rec.conn, stage_id)
        rec.update("pipeline_stages", stage_id, {"is_terminal": terminal})
    return rec.changes(count=1)


def reorder_stages(db: Database, stage_ids: Sequence[int]) -> Changes:
    """Put the stages in this order (every stage named exactly once).

    Raises:
        PipelineError: ``stage_order`` (``detail``: ``missing``, ``unknown`` or ``repeated``).
    """
    with record_changes(db, kind="stage_config", description="reorder") as rec:
        existing = {s.id: s for s in list_stages(rec.conn)}
        if len(set(stage_ids)) != len(stage_ids):
            raise PipelineError("stage_order", {"detail": "repeated"})
        if set(stage_ids) - set(existing):
            raise PipelineError("stage_order", {"detail": "unknown"})
        if set(existing) - set(stage_ids):
            raise PipelineError("stage_order", {"detail": "missing"})
        for position, stage_id in enumerate(stage_ids):
            if existing[stage_id].position != position:
                rec.update("pipeline_stages", stage_id, {"position": position})
    return rec.changes(count=len(stage_ids))


def delete_stage(db: Database, stage_id: int) -> Changes:
    """Delete an empty stage.

    Raises:
        PipelineError: ``unknown_stage``; ``stage_in_use`` when contacts are in it (move
            them with :func:`move_prospects_and_delete`).
    """
    with record_changes(db, kind="stage_config", description="delete") as rec:
        stage = require_stage(rec.conn, stage_id)
        count = _count_in(rec.conn, stage_id)
        if count:
            raise PipelineError("stage_in_use", {"stage": stage.key, "count": count})
        rec.delete("pipeline_stages", [stage_id])
    return rec.changes(count=1)


def move_prospects_and_delete(
    db: Database, stage_id: int, to_stage_id: int, *, rep_id: int | None, now: dt.datetime
) -> Changes:
    """Move every contact of a stage to another one, then delete the stage: one change set.

    Each contact gets a ``stage_change`` activity (reason None). Only a stage without a
    gate (a plain working stage) can receive them: a gate asks for something per prospect.

    Raises:
        PipelineError: ``unknown_stage``, ``same_stage``, ``stage_gated`` ``{stage}``.
    """
    with record_changes(db, kind="stage_config", description="delete", created_by=rep_id) as rec:
        conn = rec.conn
        stage = require_stage(conn, stage_id)
        target = require_stage(conn, to_stage_id)
        if target.id == stage.id:
            raise PipelineError("same_stage", {"stage": stage.key})
        if target.gate is not Gate.NONE:
            raise PipelineError("stage_gated", {"stage": target.key})
        c = tables.contacts
        moved = [
            int(i) for i in conn.execute(select(c.c.id).where(c.c.stage_id == stage_id)).scalars()
        ]
        for contact_id in moved:
            rec.update("contacts", contact_id, {"stage_id": target.id})
            log_stage_change(
                rec, contact_id, stage.key, target.key, reason=None, rep_id=rep_id, now=now
            )
        rec.delete("pipeline_stages", [stage_id])
    return rec.changes(count=len(moved) + 1)


def _count_in(conn: Connection, stage_id: int) -> int:
    c = tables.contacts
    return int(
        conn.execute(
            select(func.count()).select_from(c).where(c.c.stage_id == stage_id)
        ).scalar_one()
    )


__all__ = [
    "STAGES_SEEDED_KEY",
    "Stage",
    "add_stage",
    "delete_stage",
    "find_stage",
    "list_stages",
    "move_prospects_and_delete",
    "rename_stage",
    "reorder_stages",
    "require_stage",
    "seed_default_stages",
    "set_terminal",
]
