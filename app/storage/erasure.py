"""Erasure (GDPR "right to be forgotten"): the person goes, a hashed suppression stays.

:func:`erase_contact` removes, in one transaction:

- every row of every table that refers to the contact (a foreign key to ``contacts.id``
  or a column named ``contact_id``), discovered from :data:`app.storage.tables.metadata`,
  so tables added later (an outbox, hand-offs, ...) are covered without editing this
  module: activities with their subjects, bodies and details, tasks with their notes,
  enrollments, list memberships, claims, import items with the source row, ...;
- the before/after images change sets kept of those rows (undo history holds copies);
- the contact's company when nobody else works there (its name is about them);
- the contact row itself (the search index follows by its trigger and is then merged so
  deleted terms do not linger in its segments);
- plain suppression entries of their addresses, which store the value in clear.

What stays: one suppression entry per email and phone with ``value`` NULL and
``value_hash`` an HMAC-SHA256 keyed with the database's random salt
(:func:`app.storage.suppressions.erasure_salt`), so a re-import of the same person is
still suppressed; and one ``erasures`` row (a random erasure id, when, counts per table)
that says an erasure happened without saying whose.

An erasure cannot be undone (undo would bring the data back); it returns ``Changes``
without a change set. SQLite's ``secure_delete`` is on while it runs, so freed pages are
zeroed rather than left readable in the file.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Column, Table, delete, insert, select
from sqlalchemy.engine import Connection

from app.core.ops import Changes, CodedError
from app.storage import tables
from app.storage.suppressions import erasure_salt, salted_hash, suppression_hash
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

#: ``erasures.action`` of a contact's erasure.
ERASE_ACTION: Final = "erase"


class ErasureError(CodedError):
    """A refused erasure; nothing was written. Codes: ``unknown_contact`` ``{contact}``."""


@dataclass(frozen=True)
class Erased:
    """What :func:`erase_contact` did.

    Attributes:
        erasure_id: The random id of the audit row (safe to quote; names nobody).
        counts: Rows removed per table (``contacts`` included).
        suppressions_kept: Hashed entries that keep the person suppressed.
        changes: What changed (not undoable).
    """

    erasure_id: str
    counts: Mapping[str, int]
    suppressions_kept: int
    changes: Changes


def contact_columns() -> list[tuple[Table, Column[Any]]]:
    """Every (table, column) that points at a contact, from the one metadata.

    A foreign key to ``contacts.id`` or a column named ``contact_id`` (some history tables
    keep the id without a key, so an undo still finds it after a delete).
    """
    found: list[tuple[Table, Column[Any]]] = []
    for table in tables.metadata.sorted_tables:
        if table.name == "contacts":
            continue
        for column in table.columns:
            by_key = any(
                fk.column.table.name == "contacts" and fk.column.name == "id"
                for fk in column.foreign_keys
            )
            if by_key or column.name == "contact_id":
                found.append((table, column))
    return found


def _addresses(conn: Connection, contact_id: int) -> tuple[set[str], set[str]]:
    """The contact's normalized emails and phones (main ones and extra points)."""
    c, p = tables.contacts, tables.contact_points
    row = conn.execute(select(c.c.email, c.c.phone_e164).where(c.c.id == contact_id)).first()
    emails: set[str] = set()
    phones: set[str] = set()
    if row is None:
        return emails, phones
    if row.email:
        emails.add(str(row.email))
    if row.phone_e164:
        phones.add(str(row.phone_e164))
    for kind, value in conn.execute(
        select(p.c.kind, p.c.normalized).where(p.c.contact_id == contact_id)
    ):
        if value:
            (emails if kind == "email" else phones).add(str(value))
    return emails, phones


def _keep_hashed(conn: Connection, kind: str, values: Iterable[str], salt: bytes) -> int:
    """Replace clear entries by salted ones; return how many salted entries now stand."""
    s = tables.suppressions
    kept = 0
    for value in sorted(values):
        conn.execute(delete(s).where(s.c.kind == kind, s.c.value_hash == suppression_hash(value)))
        digest = salted_hash(salt, value)
        exists = conn.execute(
            select(s.c.id).where(s.c.kind == kind, s.c.value_hash == digest)
        ).first()
        if exists is None:
            conn.execute(
                insert(s).values(
                    kind=kind,
                    value=None,
                    value_hash=digest,
                    reason="erased",
                    created_at=utcnow(),
                )  # fmt: skip
            )
        kept += 1
    return kept


def _mentions(values: Any, contact_id: int, columns: set[str]) -> bool:
    return isinstance(values, dict) and any(values.get(name) == contact_id for name in columns)


def _holds_address(values: Any, addresses: set[str]) -> bool:
    return isinstance(values, dict) and any(
        isinstance(v, str) and v.strip().casefold() in addresses for v in values.values()
    )


def _purge_history(
    conn: Connection, contact_id: int, linked: Mapping[str, set[str]], addresses: set[str]
) -> int:
    """Delete change-set images of the contact, of rows that referred to them, and of any
    row that held one of their addresses (e.g. a suppression entry in clear)."""
    r = tables.change_set_rows
    doomed: list[int] = []
    for row in conn.execute(select(r.c.id, r.c.table_name, r.c.row_key, r.c.before, r.c.after)):
        images = (row.row_key, row.before, row.after)
        if row.table_name == "contacts":
            hit = _mentions(row.row_key, contact_id, {"id"})
        elif row.table_name in linked:
            columns = linked[str(row.table_name)]
            hit = any(_mentions(v, contact_id, columns) for v in images)
        else:
            hit = False
        if hit or any(_holds_address(v, addresses) for v in images[1:]):
            doomed.append(int(row.id))
    for start in range(0, len(doomed), 500):
        conn.execute(delete(r).where(r.c.id.in_(doomed[start : start + 500])))
    return len(doomed)


def _company_if_alone(conn: Connection, contact_id: int) -> int | None:
    c = tables.contacts
    company_id = conn.execute(select(c.c.company_id).where(c.c.id == contact_id)).scalar()
    if company_id is None:
        return None
    others = conn.execute(
        select(c.c.id).where(c.c.company_id == company_id, c.c.id != contact_id).limit(1)
    ).first()
    return None if others is not None else int(company_id)


def _referring_columns(table_name: str) -> list[tuple[Table, Column[Any]]]:
    found: list[tuple[Table, Column[Any]]] = []
    for table in tables.metadata.sorted_tables:
        for column in table.columns:
            if any(
                fk.column.table.name == table_name and fk.column.name == "id"
                for fk in column.foreign_keys
            ):
                found.append((table, column))
    return found


def _delete_company(conn: Connection, company_id: int) -> int:
    """Delete the company, first detaching rows that refer to it (e.g. former contacts)."""
    for table, column in _referring_columns("companies"):
        if column.nullable:
            conn.execute(table.update().where(column == company_id).values({column.name: None}))
        else:
            conn.execute(delete(table).where(column == company_id))
    companies = tables.companies
    return conn.execute(delete(companies).where(companies.c.id == company_id)).rowcount or 0


def erase_contact(db: Database, contact_id: int, *, now: dt.datetime | None = None) -> Erased:
    """Erase a person and the personal content about them; keep a hashed suppression.

    Args:
        db: The database.
        contact_id: The contact to erase.
        now: When (for the audit row); the clock's now when None.

    Returns:
        The audit id, counts and the change.

    Raises:
        ErasureError: ``unknown_contact``; nothing was written.
    """
    moment = now or utcnow()
    c = tables.contacts
    counts: dict[str, int] = {}
    with db.transaction() as conn:
        if conn.execute(select(c.c.id).where(c.c.id == contact_id)).first() is None:
            raise ErasureError("unknown_contact", {"contact": contact_id})
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            salt = erasure_salt(conn, create=True)
            assert salt is not None  # created above when missing
            emails, phones = _addresses(conn, contact_id)
            kept = _keep_hashed(conn, "email", emails, salt)
            kept += _keep_hashed(conn, "phone", phones, salt)
            company_id = _company_if_alone(conn, contact_id)
            linked: dict[str, set[str]] = {}
            for table, column in contact_columns():
                linked.setdefault(table.name, set()).add(column.name)
            addresses = {v.casefold() for v in emails | phones}
            counts["change_set_rows"] = _purge_history(conn, contact_id, linked, addresses)
            # Dependents first, so no foreign key (enforced or not) is left dangling.
            for table, column in reversed(contact_columns()):
                removed = conn.execute(delete(table).where(column == contact_id)).rowcount or 0
                if removed:
                    counts[table.name] = counts.get(table.name, 0) + removed
            counts["contacts"] = conn.execute(delete(c).where(c.c.id == contact_id)).rowcount or 0
            if company_id is not None:
                counts["companies"] = _delete_company(conn, company_id)
            if sqlite:
                # Merge the search index's segments: a deleted row's terms otherwise stay
                # in the index's pages until a later merge.
                conn.exec_driver_sql("INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')")
            erasure_id = secrets.token_hex(16)
            audit = {
                "rows": {k: v for k, v in sorted(counts.items()) if v},
                "suppressions_kept": kept,
            }
            conn.execute(
                insert(tables.erasures).values(
                    erasure_id=erasure_id, action=ERASE_ACTION, erased_at=moment, counts=audit
                )
            )
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA secure_delete = OFF")
    touched = {name for name, n in counts.items() if n} | {"contacts", "suppressions", "erasures"}
    changes = Changes.of(touched, ids={"contacts": [contact_id]}, operation="erase", count=1)
    return Erased(erasure_id, dict(counts), kept, changes)


def recent_erasures(conn: Connection, limit: int = 50) -> list[dict[str, Any]]:
    """The audit trail, newest first: ``erasure_id``, ``erased_at``, ``counts``."""
    e = tables.erasures
    rows = conn.execute(select(e).order_by(e.c.erased_at.desc(), e.c.id.desc()).limit(limit))
    return [
        {"erasure_id": r.erasure_id, "action": r.action, "erased_at": r.erased_at,
         "counts": r.counts}
        for r in rows
    ]  # fmt: skip


__all__ = [
    "ERASE_ACTION",
    "Erased",
    "ErasureError",
    "contact_columns",
    "erase_contact",
    "recent_erasures",
]
