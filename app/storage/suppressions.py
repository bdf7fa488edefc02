"""Do not contact: the one rule, written once.

Marking a contact do-not-contact always does two things in the same transaction: it sets
the contact's ``do_not_contact`` flag and adds its normalized email and phone to the
suppression list. Every sending and dialling path checks the suppression list, so a
contact marked from any screen (the Lists page, the Validate page, a bulk fix, the CLI)
stops receiving emails and calls, even if they are later imported again under a new
record. Entries added by a change set are removed again when it is undone.

Clearing the flag removes the entries the contact's own addresses put on the list, so the
flag and the list never disagree.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from app.core.ops import Changes
from app.storage import tables
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

_CHUNK = 500


def suppression_hash(value: str) -> str:
    """The ``value_hash`` of a suppression: sha256 of the case-folded value, hex.

    Args:
        value: An email address, a domain or an E.164 number.

    Returns:
        64 hex digits.
    """
    return hashlib.sha256(value.strip().casefold().encode("utf-8")).hexdigest()


def _contacts(
    rec: ChangeRecorder, ids: Sequence[int]
) -> Iterable[tuple[int, str | None, str | None]]:
    c = tables.contacts
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        rows = rec.conn.execute(
            select(c.c.id, c.c.email, c.c.phone_e164).where(c.c.id.in_(chunk)).order_by(c.c.id)
        )
        for row in rows:
            yield int(row.id), row.email, row.phone_e164


def _entries(email: str | None, phone_e164: str | None) -> list[tuple[str, str]]:
    # Only normalized values are suppressed: an invalid address or number cannot be
    # contacted anyway, and matching elsewhere compares normalized values.
    return [(kind, value) for kind, value in (("email", email), ("phone", phone_e164)) if value]


def flag_do_not_contact(rec: ChangeRecorder, ids: Sequence[int], reason: str | None) -> int:
    """Flag contacts and suppress their addresses inside an open change set.

    Args:
        rec: The change set the writes belong to (undo removes the entries again).
        ids: The contacts.
        reason: A code or note stored on new suppression entries.

    Returns:
        How many contacts were found and flagged.
    """
    s = tables.suppressions
    done = 0
    for contact_id, email, phone_e164 in _contacts(rec, ids):
        rec.update("contacts", contact_id, {"do_not_contact": True})
        done += 1
        for kind, value in _entries(email, phone_e164):
            digest = suppression_hash(value)
            # Checked in this transaction: with BEGIN IMMEDIATE (or the unique constraint
            # on PostgreSQL) nobody can add the same entry between the check and insert.
            exists = rec.conn.execute(
                select(s.c.id).where(s.c.kind == kind, s.c.value_hash == digest)
            ).first()
            if exists is not None:
                continue
            new_id = rec.conn.execute(
                insert(s)
                .values(
                    kind=kind, value=value, value_hash=digest, reason=reason, created_at=utcnow()
                )  # fmt: skip
                .returning(s.c.id)
            ).scalar_one()
            rec.record_insert("suppressions", {"id": new_id})
    return done


def clear_do_not_contact(rec: ChangeRecorder, ids: Sequence[int]) -> int:
    """Clear the flag and remove the suppression entries of the contacts' own addresses.

    Returns:
        How many contacts were found.
    """
    s = tables.suppressions
    done = 0
    for contact_id, email, phone_e164 in _contacts(rec, ids):
        rec.update("contacts", contact_id, {"do_not_contact": False})
        done += 1
        for kind, value in _entries(email, phone_e164):
            rec.delete_where(
                "suppressions", (s.c.kind == kind) & (s.c.value_hash == suppression_hash(value))
            )
    return done


def mark_do_not_contact(
    db: Database, ids: Sequence[int], reason: str | None = None, *, value: bool = True
) -> Changes:
    """Mark contacts do-not-contact everywhere (or, with ``value=False``, clear it), undoably.

    Args:
        db: The database.
        ids: The contacts.
        reason: Stored on new suppression entries (e.g. a reason code or the user's note).
        value: False clears the flag and the contacts' own suppression entries.

    Returns:
        The change, with ``count`` the number of contacts and the change set for undo.
    """
    with record_changes(db, kind="do_not_contact" if value else "allow_contact") as rec:
        done = flag_do_not_contact(rec, ids, reason) if value else clear_do_not_contact(rec, ids)
    return rec.changes(count=done)


def is_suppressed(db: Database, kind: str, value: str) -> bool:
    """True when an email, domain or phone (normalized) is on the suppression list."""
    s = tables.suppressions
    with db.reading() as conn:
        found = conn.execute(
            select(s.c.id).where(s.c.kind == kind, s.c.value_hash == suppression_hash(value))
        ).first()
    return found is not None


__all__ = [
    "clear_do_not_contact",
    "flag_do_not_contact",
    "is_suppressed",
    "mark_do_not_contact",
    "suppression_hash",
]
