"""Rows a user names (static lists, saved segments): one rule for a clean, unique name."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import TableClause, select, update
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from app.storage.database import Database


def clean_name(name: str) -> str:
    """The name with its whitespace collapsed.

    Raises:
        ValueError: nothing is left.
    """
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("A name is required.")
    return cleaned


def refuse_taken(conn: Connection, tbl: TableClause, name: str, own_id: int | None) -> None:
    """Raise ValueError when another row of ``tbl`` (not ``own_id``) is called ``name``."""
    query = select(tbl.c.id).where(tbl.c.name == name)
    if own_id is not None:
        query = query.where(tbl.c.id != own_id)
    if conn.execute(query).first() is not None:
        raise ValueError(f"The name {name!r} is taken.")


def rename(db: Database, tbl: TableClause, row_id: int, name: str) -> None:
    """Rename one row of ``tbl`` (ValueError when the name is empty or taken)."""
    name = clean_name(name)
    with db.transaction() as conn:
        refuse_taken(conn, tbl, name, row_id)
        conn.execute(
            update(tbl)
            .where(tbl.c.id == row_id)
            .values(name=name, updated_at=dt.datetime.now(dt.UTC))
        )


__all__ = ["clean_name", "refuse_taken", "rename"]
