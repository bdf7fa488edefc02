"""Rows a user names (static lists, saved segments): one rule for a clean, unique name.

A refused name raises :class:`NameRefusedError` with a code and the name; the UI says why
in the user's language (``app.ui.lists.messages``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from sqlalchemy import TableClause, select, update
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from app.storage.database import Database


class NameRefusedError(ValueError):
    """A name that cannot be given: empty, or another row of the same kind has it.

    Attributes:
        code: ``"empty"`` or ``"taken"``.
        name: the name as cleaned (empty for ``"empty"``).
    """

    def __init__(self, code: Literal["empty", "taken"], name: str = "") -> None:
        super().__init__(f"name_{code}", name)
        self.code = code
        self.name = name

    def __str__(self) -> str:
        return f"name_{self.code}: {self.name!r}"


def clean_name(name: str) -> str:
    """The name with its whitespace collapsed.

    Raises:
        NameRefusedError: nothing is left (code ``"empty"``).
    """
    cleaned = " ".join(name.split())
    if not cleaned:
        raise NameRefusedError("empty")
    return cleaned


def refuse_taken(conn: Connection, tbl: TableClause, name: str, own_id: int | None) -> None:
    """Refuse ``name`` when another row of ``tbl`` (not ``own_id``) has it.

    Raises:
        NameRefusedError: the name is taken (code ``"taken"``).
    """
    query = select(tbl.c.id).where(tbl.c.name == name)
    if own_id is not None:
        query = query.where(tbl.c.id != own_id)
    if conn.execute(query).first() is not None:
        raise NameRefusedError("taken", name)


def rename(db: Database, tbl: TableClause, row_id: int, name: str) -> None:
    """Rename one row of ``tbl``.

    Raises:
        NameRefusedError: the name is empty or taken.
    """
    name = clean_name(name)
    with db.transaction() as conn:
        refuse_taken(conn, tbl, name, row_id)
        conn.execute(
            update(tbl)
            .where(tbl.c.id == row_id)
            .values(name=name, updated_at=dt.datetime.now(dt.UTC))
        )


__all__ = ["NameRefusedError", "clean_name", "refuse_taken", "rename"]
