"""Segments: a parsed filter tree as SQL, and the saved segments users name.

:func:`segment_where` translates the core's filter tree (``app.core.segments``) into a
WHERE clause on contacts; the translation agrees with ``app.core.segments.matches`` on
every operator (``tests/storage/test_segments.py`` checks it contact by contact). On
PostgreSQL the fold is the server's ``lower()`` (PostgreSQL 15 has no case folding), which
differs from Python's ``casefold()`` for a few letters: "ß" stays "ß" where casefold makes
it "ss", so "strasse" does not find "Straße" on a server.

Saved segments are rows of ``segments``: :func:`saved_segments` reads them,
:func:`save_segment`, :func:`rename_segment` and :func:`delete_segment` write them (the
delete is undoable as a change set).

The compiler uses the Core tables of ``app.storage.tables``, so building a segment's query
does not import the ORM.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import (
    Text,
    and_,
    exists,
    false,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    true,
    type_coerce,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from app.core.segments import (
    CUSTOM_PREFIX,
    Condition,
    FieldType,
    Group,
    Not,
    Segment,
    matches,
)
from app.storage import tables
from app.storage.contacts.tables import CONTACTS
from app.storage.names import clean_name, refuse_taken, rename

if TYPE_CHECKING:
    from app.core.ops import Changes
    from app.core.segments import Node
    from app.storage.database import Database

_FOLD_FUNCTION: Final = "pd_fold"
_FOLD_FLAG: Final = "prospect_desk_fold"


# --- segments as SQL ----------------------------------------------------------------------


def fold(value: object) -> str | None:
    """Case-fold and collapse whitespace, as ``app.core.segments`` compares text."""
    if value is None:
        return None
    return " ".join(str(value).casefold().split())


def prepare_connection(conn: Connection) -> None:
    """Register the ``pd_fold`` SQL function on an SQLite connection (once per connection).

    SQLite's ``lower()`` folds ASCII only, so "иван" would not find "Иван"; the core's
    in-memory rules fold every script, and the SQL must agree with them.
    """
    if conn.dialect.name != "sqlite":
        return
    info = conn.connection.info
    if info.get(_FOLD_FLAG):
        return
    raw = conn.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    raw.create_function(_FOLD_FUNCTION, 1, fold, deterministic=True)
    info[_FOLD_FLAG] = True


class _SegmentSql:
    """Builds the WHERE clause of a parsed segment for one dialect."""

    def __init__(self, dialect: str, now: dt.datetime) -> None:
        self.sqlite = dialect == "sqlite"
        self.now = now

    # text helpers
    def fold(self, expr: ColumnElement[Any]) -> ColumnElement[Any]:
        if self.sqlite:
            return func.coalesce(getattr(func, _FOLD_FUNCTION)(expr), "")
        return func.coalesce(
            func.regexp_replace(func.lower(func.btrim(expr)), r"\s+", " ", "g"), ""
        )

    def contains(self, haystack: ColumnElement[Any], needle: str) -> ColumnElement[bool]:
        if self.sqlite:
            return func.instr(haystack, needle) > 0
        return func.strpos(haystack, needle) > 0

    def node(self, node: Node) -> ColumnElement[bool]:
        if isinstance(node, Group):
            parts = [self.node(item) for item in node.items]
            if node.mode == "all":
                return and_(true(), *parts)
            return or_(false(), *parts)
        if isinstance(node, Not):
            return not_(self.node(node.item))
        return self.condition(node)

    def empty_result(self, cond: Condition) -> bool:
        """What the core answers for a contact without a value (reused, not re-stated)."""
        seg = Segment(Group("all", (cond,)))
        return matches(seg, {}, now=self.now)

    def condition(self, cond: Condition) -> ColumnElement[bool]:
        name = cond.field
        c = CONTACTS.c
        if cond.type is FieldType.TAGS:
            return self.tags(cond)
        if cond.type is FieldType.ID_SET:
            return self.lists(cond)
        if name == "stage":
            return self.via_lookup(
                cond, c.stage_id, tables.pipeline_stages, tables.pipeline_stages.c.key
            )
        if name in ("company", "industry", "employees"):
            target = {
                "company": tables.companies.c.name,
                "industry": tables.companies.c.industry,
                "employees": tables.companies.c.employee_count,
            }[name]
            return self.via_lookup(cond, c.company_id, tables.companies, target)
        if name.startswith(CUSTOM_PREFIX):
            return self.scalar(cond, c.custom_fields[name[len(CUSTOM_PREFIX) :]].as_string())
        column_name = {"owner": "owner_id"}.get(name, name)
        # A contact's own choice columns (source, lead type, email and phone status) hold
        # the codes every writer stores ("inbound", "invalid"): already folded, so they
        # are compared as stored, on their indexes, with no per-row fold.
        return self.scalar(cond, c[column_name], stored_codes=cond.type is FieldType.CHOICE)

    def via_lookup(
        self,
        cond: Condition,
        fk: ColumnElement[Any],
        target_table: Any,
        target: ColumnElement[Any],
    ) -> ColumnElement[bool]:
        """A condition on a column of a referenced row (stage key, company name...).

        Written as ``fk IN (SELECT id FROM t WHERE ...)`` so the contacts' foreign-key
        index serves it; a contact with no reference gets the core's answer for "empty".
        """
        inner = select(target_table.c.id).where(self.scalar(cond, target))
        matched = and_(fk.is_not(None), fk.in_(inner))
        if self.empty_result(cond):
            return or_(fk.is_(None), matched)
        return matched

    def scalar(
        self, cond: Condition, col: ColumnElement[Any], *, stored_codes: bool = False
    ) -> ColumnElement[bool]:
        op, value, kind = cond.op, cond.value, cond.type
        folded = col
        if kind in (FieldType.TEXT, FieldType.CHOICE):
            folded = func.coalesce(col, "") if stored_codes else self.fold(col)
            empty: ColumnElement[bool] = folded == ""
            present: ColumnElement[bool] = folded != ""
            wanted = _wanted_values(op, value)
            if wanted is not None and "" not in wanted and not self.empty_result(cond):
                # "= x" / "in (x, y)" / contains, starts or ends with a non-empty text
                # is false on an empty value by itself: no separate presence test (which
                # would fold every row a second time).
                if stored_codes and op in ("=", "in"):
                    return and_(col.is_not(None), col.in_(wanted))
                return self.test(cond, folded, value, kind, folded=True)
        elif kind is FieldType.BOOL:
            truthy = and_(col.is_not(None), col != 0) if self.sqlite else col.is_(True)
            return truthy if op == "is_true" else not_(truthy)
        else:
            empty, present = col.is_(None), col.is_not(None)
        if op == "is_empty":
            return empty
        if op == "is_not_empty":
            return present
        test = self.test(cond, folded, value, kind, folded=folded is not col)
        if self.empty_result(cond):
            return or_(empty, and_(present, test))
        return and_(present, test)

    def test(
        self,
        cond: Condition,
        col: ColumnElement[Any],
        value: Any,
        kind: FieldType,
        *,
        folded: bool = False,
    ) -> ColumnElement[bool]:
        """The operator on a column known to hold a value (``folded``: ``col`` is a text
        column's folded form already)."""
        op = cond.op
        if kind is FieldType.DATETIME:
            return self.date_test(op, col, value)
        if kind is FieldType.NUMBER:
            if op == "between":
                low, high = value
                return and_(col >= low, col <= high)
            compare: dict[str, ColumnElement[bool]] = {
                "=": col == value,
                "!=": col != value,
                "<": col < value,
                "<=": col <= value,
                ">": col > value,
                ">=": col >= value,
            }
            return compare[op]
        if kind is FieldType.ID:
            if op in ("in", "not_in"):
                inside = col.in_(list(value))
                return inside if op == "in" else not_(inside)
            same: ColumnElement[bool] = col == value if op == "=" else col != value
            return same
        folded_col = col if folded else self.fold(col)
        if op in ("in", "not_in"):
            wanted = sorted({fold(v) or "" for v in value})
            inside = folded_col.in_(wanted)
            return inside if op == "in" else not_(inside)
        target = fold(value) or ""
        if op == "=":
            return folded_col == target
        if op == "!=":
            return folded_col != target
        if op == "contains":
            return self.contains(folded_col, target)
        if op == "not_contains":
            return not_(self.contains(folded_col, target))
        length = len(target)
        if op == "starts_with":
            return func.substr(folded_col, 1, length) == target
        # ends_with: compare the last ``length`` characters
        return and_(
            func.length(folded_col) >= length,
            func.substr(folded_col, func.length(folded_col) - length + 1) == target,
        )

    def date_test(self, op: str, col: ColumnElement[Any], value: Any) -> ColumnElement[bool]:
        if op in ("older_than_days", "within_days"):
            limit = self.now - dt.timedelta(days=int(value))
            stamp = self.stamp(limit)
            recent: ColumnElement[bool] = col < stamp if op == "older_than_days" else col >= stamp
            return recent
        stamp = self.stamp(value)
        compared: ColumnElement[bool] = col < stamp if op == "before" else col > stamp
        return compared

    def stamp(self, when: dt.datetime) -> Any:
        """A bound time in the format the column stores (UTC text on SQLite)."""
        utc = when.astimezone(dt.UTC)
        if self.sqlite:
            return literal(utc.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds"))
        return literal(utc)

    def tags(self, cond: Condition) -> ColumnElement[bool]:
        def having(names: Iterable[Any]) -> ColumnElement[bool]:
            wanted = sorted({fold(n) or "" for n in names})
            tag_ids = select(tables.tags.c.id).where(self.fold(tables.tags.c.name).in_(wanted))
            return exists().where(
                tables.contact_tags.c.contact_id == CONTACTS.c.id,
                tables.contact_tags.c.tag_id.in_(tag_ids),
            )

        return self.membership(
            cond, having, exists().where(tables.contact_tags.c.contact_id == CONTACTS.c.id)
        )

    def lists(self, cond: Condition) -> ColumnElement[bool]:
        def having(list_ids: Iterable[Any]) -> ColumnElement[bool]:
            return exists().where(
                tables.list_members.c.contact_id == CONTACTS.c.id,
                tables.list_members.c.list_id.in_(sorted(set(list_ids))),
            )

        return self.membership(
            cond, having, exists().where(tables.list_members.c.contact_id == CONTACTS.c.id)
        )

    def membership(
        self,
        cond: Condition,
        having: Any,
        anything: ColumnElement[bool],
    ) -> ColumnElement[bool]:
        op, value = cond.op, cond.value
        if op == "is_empty":
            return not_(anything)
        if op == "is_not_empty":
            return anything
        values = value if isinstance(value, tuple) else (value,)
        if op in ("has", "has_all"):
            return and_(true(), *(having([v]) for v in values))
        some: ColumnElement[bool] = having(values)
        return some if op == "has_any" else not_(some)  # has_any / has_none


def _wanted_values(op: str, value: Any) -> list[str] | None:
    """The folded texts a text operator looks for, when an empty value cannot match it:
    ``=``, ``in``, contains, starts and ends with (None for the other operators)."""
    if op == "in":
        return sorted({fold(v) or "" for v in value})
    if op in ("=", "contains", "starts_with", "ends_with"):
        return [fold(value) or ""]
    return None


def segment_where(
    segment: Segment, *, dialect: str = "sqlite", now: dt.datetime | None = None
) -> ColumnElement[bool]:
    """Translate a parsed segment into a WHERE clause on contacts (aliased ``c``).

    On SQLite the clause calls ``pd_fold``; run it on a connection passed through
    :func:`prepare_connection` (the query functions here do that themselves).

    Args:
        segment: from ``app.core.segments.parse_segment``.
        dialect: ``"sqlite"`` or ``"postgresql"``.
        now: the reference time for "days ago" conditions (default: now, UTC).

    Returns:
        A boolean clause that is never NULL, so ``NOT`` of it is its complement.
    """
    return _SegmentSql(dialect, now or dt.datetime.now(dt.UTC)).node(segment.root)


# --- saved segments -----------------------------------------------------------------------


@dataclass(frozen=True)
class SegmentInfo:
    """A saved segment: its stored definition (which may be invalid) and name."""

    id: int
    name: str
    definition: Any


def saved_segments(conn: Connection) -> list[SegmentInfo]:
    """Every saved segment, by name (definitions as stored; parse them before use)."""
    # Read as text: a stored definition that is not JSON at all becomes None here rather
    # than an error for the whole list.
    rows = conn.execute(
        select(
            tables.segments.c.id,
            tables.segments.c.name,
            type_coerce(tables.segments.c.definition, Text),
        ).order_by(tables.segments.c.name)
    )
    out = []
    for r in rows:
        definition = r[2]
        if isinstance(definition, str):
            try:
                definition = json.loads(definition)
            except ValueError:
                definition = None
        out.append(SegmentInfo(int(r[0]), str(r[1]), definition))
    return out


def save_segment(db: Database, name: str, definition: Any, *, segment_id: int | None = None) -> int:
    """Save a segment definition (new, or over ``segment_id``) and return its id.

    Raises:
        NameRefusedError: the name is empty or taken by another segment.
        SegmentError: the definition is not valid.
    """
    from app.core.segments import parse_segment

    parsed = parse_segment(definition)
    name = clean_name(name)
    with db.transaction() as conn:
        refuse_taken(conn, tables.segments, name, segment_id)
        now = dt.datetime.now(dt.UTC)
        values = {"name": name, "definition": parsed.to_definition(), "updated_at": now}
        if segment_id is None:
            return int(
                conn.execute(
                    insert(tables.segments)
                    .values(created_at=now, **values)
                    .returning(tables.segments.c.id)
                ).scalar_one()
            )
        conn.execute(
            update(tables.segments).where(tables.segments.c.id == segment_id).values(**values)
        )
        return segment_id


def rename_segment(db: Database, segment_id: int, name: str) -> None:
    """Rename a saved segment (NameRefusedError when the name is empty or taken)."""
    rename(db, tables.segments, segment_id, name)


def delete_segment(db: Database, segment_id: int) -> Changes:
    """Delete a saved segment as an undoable change set.

    Returns:
        The change (``count`` 1 when the segment existed, else 0).
    """
    from app.storage.changes import record_changes

    with record_changes(db, kind="delete", description="segment") as rec:
        deleted = rec.delete("segments", [segment_id])
    return rec.changes(count=deleted)


__all__ = [
    "SegmentInfo",
    "delete_segment",
    "fold",
    "prepare_connection",
    "rename_segment",
    "save_segment",
    "saved_segments",
    "segment_where",
]
