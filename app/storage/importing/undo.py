"""Undo of a whole import: remove what it created, restore what it changed.

Undo never overwrites a later edit silently. The import left every contact it touched at
a known version (1 for a created contact, the old version + 1 for an updated one); a
contact whose version moved on since was edited by someone, and a created contact that
has activities, tasks or enrollments was worked on. Those are conflicts: undo refuses
and changes nothing, or with ``skip_conflicts`` leaves them as they are and reports them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Final

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Connection

from app.core.ops import Changes
from app.storage import tables
from app.storage.changes import AlreadyUndoneError
from app.storage.database import Database
from app.storage.importing.model import UndoConflict, UndoImportResult
from app.storage.types import utcnow

__all__ = ["AlreadyUndoneError", "undo_import"]

_CHUNK: Final = 900
#: The tables an undo writes to besides ``contacts``.
_UNDO_TABLES: Final = (
    "contact_points", "contact_tags", "list_members", "lists", "companies", "import_batches",
)  # fmt: skip
#: Tables whose rows mean somebody worked on a contact after the import created it.
_WORK_TABLES: Final = ("activities", "tasks", "enrollments", "handoffs", "qualifications")


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _in(ids: list[int]) -> str:
    return ", ".join(str(int(i)) for i in ids)


def undo_import(db: Database, batch_id: int, *, skip_conflicts: bool = False) -> UndoImportResult:
    """Undo an import batch in one transaction.

    Args:
        db: The database.
        batch_id: The batch (``ImportResult.batch_id``).
        skip_conflicts: When False (default) any conflict makes undo refuse and change
            nothing; when True conflicting contacts stay as they are and are reported.

    Returns:
        What was deleted and restored, and the conflicts; its ``changes`` name the
        contacts deleted and restored (operation ``undo_import``).

    Raises:
        KeyError: There is no such batch.
        AlreadyUndoneError: The batch was undone before.
    """
    batches = tables.import_batches
    with db.transaction() as conn:
        head = conn.execute(select(batches).where(batches.c.id == batch_id)).mappings().first()
        if head is None:
            raise KeyError(batch_id)
        if head["undone"]:
            raise AlreadyUndoneError(batch_id)
        created, updated = _items(conn, batch_id)
        conflicts = _created_conflicts(conn, created) + _updated_conflicts(conn, updated)
        if conflicts and not skip_conflicts:
            return UndoImportResult(applied=False, conflicts=tuple(conflicts))
        skip = {c.contact_id for c in conflicts}
        put_back = [(cid, b) for cid, b in updated if cid not in skip]
        restored = _restore(conn, put_back)
        _remove_list_members(conn, head, skip)
        gone = [cid for cid in created if cid not in skip]
        for part in _chunks(gone):
            conn.exec_driver_sql(f"DELETE FROM contacts WHERE id IN ({_in(part)})")
        info: dict[str, Any] = dict(head["mapping"] or {})
        companies = _remove_companies(conn, info.get("companies_created") or [])
        if info.get("list_created") and head["list_id"] is not None:
            left = conn.exec_driver_sql(
                f"SELECT count(*) FROM list_members WHERE list_id = {int(head['list_id'])}"
            ).scalar_one()
            if not left:
                conn.execute(delete(tables.lists).where(tables.lists.c.id == head["list_id"]))
        conn.execute(
            update(batches).where(batches.c.id == batch_id).values(undone=True, undone_at=utcnow())
        )
        touched = gone + [cid for cid, _ in put_back]
        return UndoImportResult(
            applied=True, deleted=len(gone), restored=restored, conflicts=tuple(conflicts),
            companies_deleted=companies,
            changes=Changes.of(
                _UNDO_TABLES, ids={"contacts": touched}, operation="undo_import",
                count=len(touched),
            ),
        )  # fmt: skip


def _items(conn: Connection, batch_id: int) -> tuple[list[int], list[tuple[int, dict[str, Any]]]]:
    created: list[int] = []
    updated: list[tuple[int, dict[str, Any]]] = []
    rows = conn.exec_driver_sql(
        "SELECT contact_id, action, before FROM import_batch_items "
        f"WHERE batch_id = {int(batch_id)} ORDER BY id"
    )
    for contact_id, action, before in rows:
        if action == "created":
            created.append(int(contact_id))
        else:
            data = json.loads(before) if isinstance(before, str) else dict(before or {})
            updated.append((int(contact_id), data))
    return created, updated


def _versions(conn: Connection, ids: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for part in _chunks(ids):
        for cid, version in conn.exec_driver_sql(
            f"SELECT id, version FROM contacts WHERE id IN ({_in(part)})"
        ):
            out[int(cid)] = int(version)
    return out


def _created_conflicts(conn: Connection, created: list[int]) -> list[UndoConflict]:
    conflicts: list[UndoConflict] = []
    versions = _versions(conn, created)
    worked: set[int] = set()
    for name in _WORK_TABLES:
        for part in _chunks(created):
            worked.update(
                int(r[0]) for r in conn.exec_driver_sql(
                    f"SELECT DISTINCT contact_id FROM {name} WHERE contact_id IN ({_in(part)})"
                )
            )  # fmt: skip
    for cid in created:
        version = versions.get(cid)
        if version is None:
            continue  # deleted since: nothing left to remove
        if version != 1:
            conflicts.append(UndoConflict(cid, "created", "edited since the import"))
        elif cid in worked:
            conflicts.append(UndoConflict(cid, "created", "worked on since the import"))
    return conflicts


def _updated_conflicts(
    conn: Connection, updated: list[tuple[int, dict[str, Any]]]
) -> list[UndoConflict]:
    conflicts: list[UndoConflict] = []
    versions = _versions(conn, [cid for cid, _ in updated])
    for cid, before in updated:
        version = versions.get(cid)
        if version is None:
            conflicts.append(UndoConflict(cid, "updated", "deleted since the import"))
            continue
        written = before.get("version")
        if written is not None and version != int(written) + 1:
            conflicts.append(UndoConflict(cid, "updated", "edited since the import"))
    return conflicts


def _restore(conn: Connection, updated: list[tuple[int, dict[str, Any]]]) -> int:
    contacts = tables.contacts
    now = utcnow()
    for cid, before in updated:
        fields = dict(before.get("fields") or {})
        if fields:
            conn.execute(
                update(contacts).where(contacts.c.id == cid)
                .values(**fields, version=contacts.c.version + 1, updated_at=now)
            )  # fmt: skip
        points = [int(p) for p in before.get("points") or []]
        if points:
            conn.exec_driver_sql(f"DELETE FROM contact_points WHERE id IN ({_in(points)})")
        tags = [int(t) for t in before.get("tags") or []]
        if tags:
            conn.exec_driver_sql(
                f"DELETE FROM contact_tags WHERE contact_id = {int(cid)} "
                f"AND tag_id IN ({_in(tags)})"
            )
    return len(updated)


def _remove_list_members(conn: Connection, head: Any, skip: set[int]) -> None:
    if head["list_id"] is None:
        return
    members = tables.list_members
    added = (members.c.list_id == head["list_id"]) & (members.c.added_at == head["created_at"])
    keep = [
        int(r[0]) for r in conn.execute(select(members.c.contact_id).where(added))
        if int(r[0]) in skip
    ]  # fmt: skip
    conn.execute(delete(members).where(added))
    if keep:
        conn.execute(
            members.insert(),
            [{"list_id": head["list_id"], "contact_id": c, "added_at": head["created_at"]}
             for c in keep],
        )  # fmt: skip


def _remove_companies(conn: Connection, runs: list[list[int]]) -> int:
    """Delete companies the import created that nothing refers to and nobody edited."""
    removed = 0
    for first, last in runs:
        result = conn.exec_driver_sql(
            f"DELETE FROM companies WHERE id BETWEEN {int(first)} AND {int(last)} "
            "AND version = 1 AND NOT EXISTS "
            "(SELECT 1 FROM contacts WHERE contacts.company_id = companies.id)"
        )
        removed += int(result.rowcount or 0)
    return removed
