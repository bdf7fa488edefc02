"""The small pick lists of the contacts screens: owners, stages and tag names.

Read by the bulk-action dialogs ("Assign owner…", "Set stage…", "Tag…") and by the
segment editor's value pickers, through the light table declarations (no ORM import).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.storage.contacts.tables import REPS, STAGES, TAGS


@dataclass(frozen=True)
class Choice:
    """An id and a display name (owners, stages) for pickers."""

    id: int
    name: str
    key: str = ""


def reps(conn: Connection) -> list[Choice]:
    """The reps, by name, for "Assign owner…"."""
    return [Choice(int(r[0]), str(r[1])) for r in conn.execute(
        select(REPS.c.id, REPS.c.name).order_by(REPS.c.name)
    )]  # fmt: skip


def stages(conn: Connection) -> list[Choice]:
    """The pipeline stages in board order, for "Set stage…"."""
    rows = conn.execute(
        select(STAGES.c.id, STAGES.c.name, STAGES.c.key).order_by(STAGES.c.position, STAGES.c.id)
    )
    return [Choice(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def tag_names(conn: Connection) -> list[str]:
    """Every tag name, alphabetically."""
    names = [str(r[0]) for r in conn.execute(select(TAGS.c.name))]
    return sorted(names, key=str.casefold)


__all__ = ["Choice", "reps", "stages", "tag_names"]
