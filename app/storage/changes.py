"""Undoable multi-row changes: bulk fixes, deletes with undo, merges.

Every multi-row change is one transaction (docs/architecture.md) and records what each row
looked like before in a change set, so the user can undo it as a unit. Undo never
overwrites somebody's later edit silently: a row whose current values differ from what
the change wrote is a conflict, and undo refuses (or, when asked, skips those rows and
reports them).

Usage::

    with record_changes(db, kind="bulk_fix", description="Accept 12 email suggestions") as rec:
        for contact_id, new_email in fixes:
            rec.update("contacts", contact_id, {"email": new_email})
    undo_change_set(db, rec.change_set_id)

Deleting contacts snapshots the contact and every row that refers to it (tags, list
memberships, activities, tasks, ...) before the cascade removes them, so undo brings all
of it back with the same ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import DateTime, Table, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection, RowMapping

from app.core.ops import NO_CHANGES, Changes
from app.storage import tables
from app.storage.errors import ConcurrentEditError
from app.storage.history import change_set_changes, rows_changes
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

# Rows per statement when snapshotting or restoring; keeps SQLite's variable limit happy.
_CHUNK = 500


def _table(name: str) -> Table:
    return tables.metadata.tables[name]


def _to_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row as JSON-safe values (datetimes as ISO text), restorable by ``_from_json``."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        out[key] = value.isoformat() if isinstance(value, dt.datetime) else value
    return out


def _from_json(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """Turn ISO text back into datetimes for the table's DateTime columns."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        column = table.columns.get(key)
        if column is None:
            continue  # a column dropped by a later migration: nothing to restore into
        is_datetime = isinstance(column.type, DateTime) or (
            getattr(column.type, "impl", None) is not None
            and isinstance(column.type.impl, DateTime)  # type: ignore[attr-defined]
        )
        restore_datetime = is_datetime and isinstance(value, str)
        out[key] = dt.datetime.fromisoformat(value) if restore_datetime else value
    return out


def _same(a: Any, b: Any) -> bool:
    """Compare a stored value with a recorded one (datetimes were recorded as text)."""
    if isinstance(a, dt.datetime):
        a = a.isoformat()
    if isinstance(b, dt.datetime):
        b = b.isoformat()
    return bool(a == b)


def _key_clause(table: Table, row_key: Mapping[str, Any]) -> Any:
    return and_(*(table.c[name] == value for name, value in row_key.items()))


def _dependent_tables(parent: str) -> list[tuple[Table, str]]:
    """Tables with a foreign key to ``parent.id``, with the referring column's name."""
    found = []
    for table in tables.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == parent and fk.column.name == "id":
                found.append((table, fk.parent.name))
    return found


@dataclass
class ChangeRecorder:
    """Records before/after images while a change set's writes run in one transaction.

    Create it with ``record_changes``; do every write of the change through it.
    """

    conn: Connection
    change_set_id: int
    kind: str = ""
    rows: int = 0
    # Per table, the ids of the rows touched; None once a row without an ``id`` key (a link
    # row) was touched, meaning "look at the whole table".
    _touched: dict[str, set[int] | None] = field(default_factory=dict)

    def changes(self, count: int | None = None) -> Changes:
        """What this change set changed so far, for the broadcast and the undo stack.

        Args:
            count: how many records the user's action changed (e.g. contacts merged away);
                by default the number of rows recorded.
        """
        tables = set(self._touched)
        ids = {name: found for name, found in self._touched.items() if found is not None}
        return Changes.of(
            tables,
            ids=ids,
            operation=self.kind,
            count=self.rows if count is None else count,
            change_set_id=self.change_set_id,
        )

    def update(
        self,
        table_name: str,
        row_id: int,
        values: Mapping[str, Any],
        *,
        expected_version: int | None = None,
    ) -> bool:
        """Update one row by ``id``, remembering the old values of the changed columns.

        Args:
            table_name: The table.
            row_id: The row's ``id``.
            values: Column -> new value.
            expected_version: The ``version`` the user's edit started from. The check is
                part of the UPDATE itself (``WHERE id = :id AND version = :v``): on
                PostgreSQL a read-then-update leaves a gap in which another session's
                committed edit would be silently overwritten.

        Returns:
            False when the row does not exist (nothing recorded; with
            ``expected_version`` that is a conflict instead).

        Raises:
            ConcurrentEditError: ``expected_version`` was given and the row has another
                version now, or is gone; nothing of this update was written.
        """
        table = _table(table_name)
        guarded = expected_version is not None
        columns = [table.c[k] for k in values]
        if guarded:
            columns.append(table.c.version)
        current = self.conn.execute(select(*columns).where(table.c.id == row_id)).first()
        if current is None:
            if guarded:
                raise ConcurrentEditError(
                    table=table_name, row_id=row_id, expected=expected_version
                )
            return False
        if guarded and current[-1] != expected_version:
            raise ConcurrentEditError(
                table=table_name, row_id=row_id, expected=expected_version, found=current[-1]
            )
        old = dict(zip(values.keys(), current[: len(values)], strict=True))
        changed = {k: v for k, v in values.items() if not _same(old[k], v)}
        if not changed:
            return True
        stmt = update(table).where(table.c.id == row_id).values(**changed)
        if guarded:
            stmt = stmt.where(table.c.version == expected_version)
        if "version" in table.c:
            stmt = stmt.values(version=table.c.version + 1)
        if "updated_at" in table.c and "updated_at" not in changed:
            stmt = stmt.values(updated_at=utcnow())
        if self.conn.execute(stmt).rowcount != 1 and guarded:
            # Another session committed an edit after our read: its version wins.
            now = self.conn.execute(select(table.c.version).where(table.c.id == row_id))
            raise ConcurrentEditError(
                table=table_name, row_id=row_id, expected=expected_version, found=now.scalar()
            )
        self._record(
            table_name,
            {"id": row_id},
            "updated",
            _to_json({k: old[k] for k in changed}),
            _to_json(changed),
        )
        return True

    def update_rows(self, table_name: str, values_by_id: Mapping[int, Mapping[str, Any]]) -> int:
        """The bulk form of :meth:`update`: many rows by ``id``, each with its own values.

        Old values are read and the before/after images written in a few statements per
        chunk, so a write touching thousands of rows (a mailbox check) stays fast.

        Returns:
            How many rows changed.
        """
        table = _table(table_name)
        changed_rows = 0
        ids = sorted(values_by_id)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            names = sorted({k for i in chunk for k in values_by_id[i]})
            current = {
                int(row.id): row
                for row in self.conn.execute(
                    select(table.c.id, *(table.c[k] for k in names)).where(table.c.id.in_(chunk))
                )
            }
            groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            images: list[dict[str, Any]] = []
            for row_id in chunk:
                row = current.get(row_id)
                if row is None:
                    continue
                wanted = values_by_id[row_id]
                old = {k: row._mapping[k] for k in wanted}
                changed = {k: v for k, v in wanted.items() if not _same(old[k], v)}
                if not changed:
                    continue
                # Parameter names must differ from the column names in an UPDATE's SET.
                groups.setdefault(tuple(sorted(changed)), []).append(
                    {"_id": row_id, **{f"_new_{k}": v for k, v in changed.items()}}
                )
                images.append({
                    "change_set_id": self.change_set_id, "table_name": table_name,
                    "row_key": {"id": row_id}, "action": "updated",
                    "before": _to_json({k: old[k] for k in changed}), "after": _to_json(changed),
                })  # fmt: skip
            for columns, rows in groups.items():
                stmt = (
                    update(table)
                    .where(table.c.id == bindparam("_id"))
                    .values({c: bindparam(f"_new_{c}") for c in columns})
                )
                if "version" in table.c:
                    stmt = stmt.values(version=table.c.version + 1)
                if "updated_at" in table.c and "updated_at" not in columns:
                    stmt = stmt.values(updated_at=utcnow())
                self.conn.execute(stmt, rows)
            if images:
                self._record_images(table_name, images)
                changed_rows += len(images)
        return changed_rows

    def record_insert(self, table_name: str, row_key: Mapping[str, Any]) -> None:
        """Note a row the change inserted itself, so undo removes it."""
        self._record(table_name, dict(row_key), "inserted", None, dict(row_key))

    def record_inserts(self, table_name: str, ids: Sequence[int]) -> None:
        """Note many rows (by ``id``) the change inserted itself, in one statement.

        The bulk form of :meth:`record_insert`, for writes of thousands of rows (an
        enrollment of a whole segment).
        """
        if not ids:
            return
        touched = self._touched.setdefault(table_name, set())
        if touched is not None:
            touched.update(ids)
        for start in range(0, len(ids), _CHUNK * 20):
            chunk = ids[start : start + _CHUNK * 20]
            self.conn.execute(
                insert(tables.change_set_rows),
                [
                    {
                        "change_set_id": self.change_set_id,
                        "table_name": table_name,
                        "row_key": {"id": row_id},
                        "action": "inserted",
                        "before": None,
                        "after": {"id": row_id},
                    }  # fmt: skip
                    for row_id in chunk
                ],
            )
        self.rows += len(ids)

    def delete_where(self, table_name: str, where: Any) -> int:
        """Delete the rows of a table matched by ``where`` (a Core clause), recording each.

        For link tables keyed by several columns (list members, contact tags), which
        ``delete`` (by ``id``, with dependents) does not fit.

        Returns:
            How many rows were deleted.
        """
        table = _table(table_name)
        rows = list(self.conn.execute(select(table).where(where)).mappings())
        for row in rows:
            key = {c.name: row[c.name] for c in table.primary_key.columns}
            self._record(table_name, key, "deleted", _to_json(dict(row)), None)
        if rows:
            self.conn.execute(delete(table).where(where))
        return len(rows)

    def delete(self, table_name: str, ids: Sequence[int]) -> int:
        """Delete rows by id after snapshotting them and every row that refers to them.

        Returns:
            How many rows of ``table_name`` were deleted.
        """
        deleted = 0
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            deleted += self._delete_chunk(table_name, chunk)
        return deleted

    def _delete_chunk(self, table_name: str, ids: list[int]) -> int:
        table = _table(table_name)
        # Children first in the record, so undo (which restores parents first) sees them all.
        # A row referring to two deleted parents (a dismissed duplicate pair) is recorded
        # once: undo would otherwise insert it twice.
        seen: set[tuple[str, tuple[Any, ...]]] = set()
        for child, column in _dependent_tables(table_name):
            children = self.conn.execute(select(child).where(child.c[column].in_(ids)))
            for child_row in children.mappings():
                key = {c.name: child_row[c.name] for c in child.primary_key.columns}
                if (child.name, tuple(key.values())) in seen:
                    continue
                seen.add((child.name, tuple(key.values())))
                self._record(child.name, key, "deleted", _to_json(dict(child_row)), None)
        parents = list(self.conn.execute(select(table).where(table.c.id.in_(ids))).mappings())
        for row in parents:
            self._record(table_name, {"id": row["id"]}, "deleted", _to_json(dict(row)), None)
        self.conn.execute(delete(table).where(table.c.id.in_(ids)))
        return len(parents)

    def _touch(self, table_name: str, row_key: Mapping[str, Any]) -> None:
        touched = self._touched.setdefault(table_name, set())
        if touched is not None:
            row_id = row_key.get("id") if len(row_key) == 1 else None
            if isinstance(row_id, int):
                touched.add(row_id)
            else:
                self._touched[table_name] = None

    def _record_images(self, table_name: str, images: list[dict[str, Any]]) -> None:
        """Write many before/after images of ``table_name`` (from :meth:`update_rows`)."""
        self.conn.execute(insert(tables.change_set_rows), images)
        touched = self._touched.setdefault(table_name, set())
        if touched is not None:
            touched.update(int(i["row_key"]["id"]) for i in images)
        self.rows += len(images)

    def _record(
        self,
        table_name: str,
        row_key: dict[str, Any],
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        self._touch(table_name, row_key)
        self.conn.execute(
            insert(tables.change_set_rows).values(
                change_set_id=self.change_set_id,
                table_name=table_name,
                row_key=row_key,
                action=action,
                before=before,
                after=after,
            )
        )
        self.rows += 1


class UntrackedRecorder(ChangeRecorder):
    """The same writes as a change set, without its undo record.

    For work the user did not do and would not expect Edit → Undo to take back, such as
    the background mailbox check: its writes are still reported as ``Changes`` (tables and
    ids, so screens refresh) but no change set becomes the newest undoable one.
    Create it with :func:`untracked_changes`.
    """

    def changes(self, count: int | None = None) -> Changes:
        """What was changed, with no change set to undo it."""
        return replace(super().changes(count), change_set_id=None)

    def _record(
        self,
        table_name: str,
        row_key: dict[str, Any],
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        self._touch(table_name, row_key)
        self.rows += 1

    def _record_images(self, table_name: str, images: list[dict[str, Any]]) -> None:
        for image in images:
            self._touch(table_name, image["row_key"])
        self.rows += len(images)

    def record_inserts(self, table_name: str, ids: Sequence[int]) -> None:
        for row_id in ids:
            self._touch(table_name, {"id": row_id})
        self.rows += len(ids)


@contextmanager
def untracked_changes(db: Database, *, kind: str) -> Iterator[ChangeRecorder]:
    """A write transaction whose writes go through a recorder but leave no change set.

    Args:
        db: the database.
        kind: the operation code the ``Changes`` carry (``mail_check``, ...).
    """
    with db.transaction() as conn:
        yield UntrackedRecorder(conn, 0, kind)


@contextmanager
def record_changes(
    db: Database, *, kind: str, description: str = "", created_by: int | None = None
) -> Iterator[ChangeRecorder]:
    """Open a write transaction with a new change set; commit both or neither.

    Args:
        db: the database.
        kind: a code for what the user did (``bulk_fix``, ``delete``, ``merge``,
            ``bulk_edit``, ``do_not_contact``, ...); the UI names it through ``tr()``.
        description: a machine-readable detail for the record (a reason code, a field
            name), never a sentence: storage does not write words users read.
        created_by: the rep who did it.
    """
    with db.transaction() as conn:
        change_set_id = conn.execute(
            insert(tables.change_sets)
            .values(
                kind=kind,
                description=description,
                created_by=created_by,
                row_count=0,
                created_at=utcnow(),
                undone=False,
            )
            .returning(tables.change_sets.c.id)
        ).scalar_one()
        recorder = ChangeRecorder(conn, change_set_id, kind)
        yield recorder
        conn.execute(
            update(tables.change_sets)
            .where(tables.change_sets.c.id == change_set_id)
            .values(row_count=recorder.rows)
        )


@dataclass(frozen=True)
class Conflict:
    """A row undo would have overwritten: somebody changed it after the change set."""

    table_name: str
    row_key: dict[str, Any]
    reason: str


@dataclass
class UndoResult:
    """What an undo did, or would have done when it refused because of conflicts."""

    applied: bool
    restored: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    #: The rows the undo put back (operation "undo"); empty when it refused.
    changes: Changes = NO_CHANGES


class AlreadyUndoneError(Exception):
    """The change set was undone before."""


def _row_conflict(conn: Connection, table: Table, row: RowMapping) -> str | None:
    key = row["row_key"]
    action = row["action"]
    if action == "updated":
        after = _from_json(table, row["after"] or {})
        current = conn.execute(
            select(*(table.c[k] for k in after)).where(_key_clause(table, key))
        ).first()
        if current is None:
            return "deleted since"
        for (name, value), now in zip(after.items(), current, strict=True):
            if not _same(now, value):
                return f"{name} changed since"
        return None
    exists = conn.execute(select(func.count()).select_from(table).where(_key_clause(table, key)))
    if action == "deleted":
        return "a row with the same key exists again" if exists.scalar_one() else None
    return None  # an inserted row that is gone already needs nothing


def undo_change_set(
    db: Database, change_set_id: int, *, skip_conflicts: bool = False
) -> UndoResult:
    """Undo a change set in one transaction.

    Args:
        db: the database.
        change_set_id: which change to undo.
        skip_conflicts: when False (default) any conflict makes undo refuse and change
            nothing; when True the conflicting rows are left as they are now and reported.

    Returns:
        What was restored and which rows conflicted.

    Raises:
        AlreadyUndoneError: the change set was undone before.
    """
    with db.transaction() as conn:
        head = conn.execute(
            select(tables.change_sets.c.undone).where(tables.change_sets.c.id == change_set_id)
        ).first()
        if head is None:
            raise KeyError(change_set_id)
        if head.undone:
            raise AlreadyUndoneError(change_set_id)
        rows = list(
            conn.execute(
                select(tables.change_set_rows)
                .where(tables.change_set_rows.c.change_set_id == change_set_id)
                .order_by(tables.change_set_rows.c.id.desc())
            ).mappings()
        )
        conflicts: list[Conflict] = []
        clean: list[RowMapping] = []
        for row in rows:
            table = _table(row["table_name"])
            reason = _row_conflict(conn, table, row)
            if reason:
                conflicts.append(Conflict(row["table_name"], dict(row["row_key"]), reason))
            else:
                clean.append(row)
        if conflicts and not skip_conflicts:
            return UndoResult(applied=False, conflicts=conflicts)
        restored = _apply_undo(conn, clean)
        conn.execute(
            update(tables.change_sets)
            .where(tables.change_sets.c.id == change_set_id)
            .values(undone=True, undone_at=utcnow())
        )
        changes = rows_changes(clean, operation="undo", count=restored)
        return UndoResult(applied=True, restored=restored, conflicts=conflicts, changes=changes)


def _apply_undo(conn: Connection, rows: Iterable[RowMapping]) -> int:
    """Reverse recorded rows: remove inserted rows, re-insert deleted ones (parents before
    children), then restore updated values newest first.

    Deleted rows come back before updates are reversed because an update may have moved a
    row away from a deleted parent (a merge re-points a contact's activities to the
    survivor, then deletes the contact): putting ``contact_id`` back first would break the
    foreign key, which SQLite and PostgreSQL check per statement.
    """
    order = {t.name: i for i, t in enumerate(tables.metadata.sorted_tables)}
    updates = [r for r in rows if r["action"] == "updated"]
    inserted = [r for r in rows if r["action"] == "inserted"]
    deleted = sorted(
        (r for r in rows if r["action"] == "deleted"), key=lambda r: order[r["table_name"]]
    )
    for row in inserted:
        table = _table(row["table_name"])
        conn.execute(delete(table).where(_key_clause(table, row["row_key"])))
    for row in deleted:
        table = _table(row["table_name"])
        conn.execute(insert(table).values(**_from_json(table, row["before"] or {})))
    for row in updates:
        table = _table(row["table_name"])
        stmt = update(table).where(_key_clause(table, row["row_key"]))
        stmt = stmt.values(**_from_json(table, row["before"] or {}))
        if "version" in table.c:
            stmt = stmt.values(version=table.c.version + 1)
        conn.execute(stmt)
    return len(updates) + len(inserted) + len(deleted)


@dataclass(frozen=True)
class ChangeSetSummary:
    """A change set as the undo menu lists it."""

    id: int
    kind: str
    description: str
    row_count: int
    created_at: dt.datetime
    undone: bool


def recent_change_sets(conn: Connection, *, limit: int = 20) -> list[ChangeSetSummary]:
    """The newest change sets, newest first (undone ones included, flagged)."""
    rows = conn.execute(
        select(
            tables.change_sets.c.id,
            tables.change_sets.c.kind,
            tables.change_sets.c.description,
            tables.change_sets.c.row_count,
            tables.change_sets.c.created_at,
            tables.change_sets.c.undone,
        )
        .order_by(tables.change_sets.c.id.desc())
        .limit(limit)
    )
    return [ChangeSetSummary(*r) for r in rows]


__all__ = [
    "AlreadyUndoneError",
    "ChangeRecorder",
    "ChangeSetSummary",
    "Conflict",
    "UndoResult",
    "UntrackedRecorder",
    "change_set_changes",
    "recent_change_sets",
    "record_changes",
    "undo_change_set",
    "untracked_changes",
]
