"""Where the mailbox check stopped: the folder's UIDVALIDITY and the last UID it read.

Kept in the ``settings`` table under ``mail_position:<user@host:port/folder>``, so each
account and folder resumes where it was. A new UIDVALIDITY means the server renumbered
the folder: the check starts over from UID 1 (the processed-message record keeps it
from applying anything twice).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from app.storage import tables

if TYPE_CHECKING:
    from app.storage.database import Database

#: Prefix of the ``settings`` keys.
POSITION_PREFIX: Final = "mail_position:"


@dataclass(frozen=True)
class MailboxPosition:
    """The folder's UIDVALIDITY and the highest UID read (0: nothing read yet)."""

    uidvalidity: int = 0
    last_uid: int = 0


def _key(position_key: str) -> str:
    return (POSITION_PREFIX + position_key)[:100]


def position_in(conn: Connection, position_key: str) -> MailboxPosition:
    """The stored position (an empty one when the folder was never read)."""
    s = tables.settings
    value = conn.execute(select(s.c.value).where(s.c.key == _key(position_key))).scalar()
    if not isinstance(value, dict):
        return MailboxPosition()
    try:
        return MailboxPosition(int(value.get("uidvalidity", 0)), int(value.get("last_uid", 0)))
    except (TypeError, ValueError):
        return MailboxPosition()


def load_position(db: Database, position_key: str) -> MailboxPosition:
    """The stored position of one account's folder."""
    with db.reading() as conn:
        return position_in(conn, position_key)


def save_position(conn: Connection, position_key: str, position: MailboxPosition) -> None:
    """Store the position (inside the caller's transaction)."""
    s = tables.settings
    key = _key(position_key)
    conn.execute(delete(s).where(s.c.key == key))
    conn.execute(
        insert(s).values(
            key=key,
            value={"uidvalidity": position.uidvalidity, "last_uid": position.last_uid},
        )
    )


__all__ = ["POSITION_PREFIX", "MailboxPosition", "load_position", "position_in", "save_position"]
