"""Whom a received message is from: the thread it answers, else the sender's address.

Sent emails are ``activities`` rows of kind ``email`` whose ``details`` hold
``{"message_id": "<...>"}`` (the sending side records them so). A reply names them in
``In-Reply-To``/``References``; that match wins, because people answer from another
address (a colleague, a private mailbox). Otherwise the From address is looked up among
the contacts' addresses (main and extra ones).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from app.core.validation import email_dedupe_key
from app.storage import tables

_CHUNK: Final = 500


def sent_message_ids(conn: Connection) -> dict[str, int]:
    """Message-ID of every email we sent → its contact (the latest send wins)."""
    a = tables.activities
    found: dict[str, int] = {}
    rows = conn.execute(
        select(a.c.contact_id, a.c.details).where(a.c.kind == "email").order_by(a.c.id)
    )
    for contact_id, details in rows:
        if isinstance(details, dict):
            message_id = details.get("message_id")
            if isinstance(message_id, str) and message_id:
                found[message_id.strip()] = int(contact_id)
    return found


def address_key(address: str) -> str:
    """The lookup key of an address (the same as the contacts' ``email_key``)."""
    return email_dedupe_key(address)


def contacts_by_address(conn: Connection, addresses: Iterable[str]) -> dict[str, int]:
    """Address key → contact id, for the keys that belong to a contact (lowest id wins)."""
    c, p = tables.contacts, tables.contact_points
    keys = sorted({address_key(a) for a in addresses if a})
    found: dict[str, int] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        rows = conn.execute(
            select(c.c.email_key, c.c.id).where(c.c.email_key.in_(chunk)).order_by(c.c.id.desc())
        )
        for key, contact_id in rows:
            found[str(key)] = int(contact_id)
        extra = conn.execute(
            select(func.lower(p.c.normalized), p.c.contact_id)
            .where(p.c.kind == "email", func.lower(p.c.normalized).in_(chunk))
            .order_by(p.c.contact_id.desc())
        )
        for key, contact_id in extra:
            found.setdefault(str(key), int(contact_id))
    return found


def processed_keys(conn: Connection, keys: Iterable[str]) -> set[str]:
    """The ones among the message keys that an earlier check applied already."""
    m = tables.mail_processed
    ordered = sorted(set(keys))
    found: set[str] = set()
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        found.update(
            str(k)
            for k in conn.execute(
                select(m.c.message_hash).where(m.c.message_hash.in_(chunk))
            ).scalars()
        )
    return found


__all__ = ["address_key", "contacts_by_address", "processed_keys", "sent_message_ids"]
