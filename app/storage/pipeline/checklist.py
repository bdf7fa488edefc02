"""The qualification checklist as this database stores it (``settings`` table)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from app.core.ops import Changes
from app.core.pipeline import (
    CHECKLIST_SETTING,
    DEFAULT_CHECKLIST,
    ChecklistItem,
    checklist_to_json,
    parse_checklist,
)
from app.storage import tables

if TYPE_CHECKING:
    from app.storage.database import Database


def load_checklist(conn: Connection) -> tuple[ChecklistItem, ...]:
    """The checklist in force: the stored one, else the default.

    Raises:
        PipelineError: ``bad_checklist`` when the stored one breaks the rules (a move must
            not pass a gate nobody can read).
    """
    st = tables.settings
    value = conn.execute(select(st.c.value).where(st.c.key == CHECKLIST_SETTING)).scalar()
    return DEFAULT_CHECKLIST if value is None else parse_checklist(value)


def save_checklist(db: Database, items: Iterable[ChecklistItem]) -> Changes:
    """Store a team's checklist (checked first; answers stored before are kept).

    Raises:
        PipelineError: ``bad_checklist``.
    """
    value = checklist_to_json(parse_checklist(checklist_to_json(items)))
    st = tables.settings
    with db.transaction() as conn:
        conn.execute(delete(st).where(st.c.key == CHECKLIST_SETTING))
        conn.execute(insert(st).values(key=CHECKLIST_SETTING, value=value))
    return Changes.of({"settings"}, operation="checklist", count=len(value))


__all__ = ["load_checklist", "save_checklist"]
