"""Deleting contacts: one function, undoable as a unit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.core.ops import Changes
from app.storage.changes import record_changes

if TYPE_CHECKING:
    from app.storage.database import Database


def delete_contacts(db: Database, ids: Sequence[int]) -> Changes:
    """Delete contacts with everything that refers to them (tags, list memberships,
    activities, tasks...) in one transaction that one undo brings back, same ids.

    Returns:
        The change, with ``count`` the number of contacts deleted.
    """
    with record_changes(db, kind="delete") as rec:
        deleted = rec.delete("contacts", list(dict.fromkeys(ids)))
    return rec.changes(count=deleted)


__all__ = ["delete_contacts"]
