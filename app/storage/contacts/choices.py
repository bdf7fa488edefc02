"""The small pick lists of the contacts screens: owners, stages and tag names.

Read by the bulk-action dialogs ("Assign owner…", "Set stage…", "Tag…") and by the
segment editor's value pickers, through the light table declarations (no ORM import).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.storage import tables


@dataclass(frozen=True)
class Choice:
    """An id and a display name (owners, stages) for pickers."""

    id: int
    name: str
    key: str = ""


def reps(conn: Connection) -> list[Choice]:
    """The reps, by name, for "Assign owner…"."""
    return [Choice(int(r[0]), str(r[1])) for r in conn.execute(
        select(tables.reps.c.id, tables.reps.c.name).order_by(tables.reps.c.name)
    )]  # fmt: skip


def stages(conn: Connection) -> list[Choice]:
    """The pipeline stages in board order, for "Set stage…"."""
    rows = conn.execute(
        select(
            tables.pipeline_stages.c.id, tables.pipeline_stages.c.name, tables.pipeline_stages.c.key
        ).order_by(tables.pipeline_stages.c.position, tables.pipeline_stages.c.id)
    )
    return [Choice(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def tag_names(conn: Connection) -> list[str]:
    """Every tag name, alphabetically."""
    names = [str(r[0]) for r in conn.execute(select(tables.tags.c.name))]
    return sorted(names, key=str.casefold)


__all__ = ["Choice", "reps", "stages", "tag_names"]
