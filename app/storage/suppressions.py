"""Do not contact: the one rule, written once.

Marking a contact do-not-contact always does two things in the same transaction: it sets
the contact's ``do_not_contact`` flag and adds its normalized email and phone to the
suppression list. Every sending and dialling path checks the suppression list, so a
contact marked from any screen (the Lists page, the Validate page, a bulk fix, the CLI)
stops receiving emails and calls, even if they are later imported again under a new
record. Entries added by a change set are removed again when it is undone.

Clearing the flag removes the entries the contact's own addresses put on the list, so the
flag and the list never disagree.

An entry added directly (``suppress --email/--domain/--phone``, an unsubscribe reply)
applies at once: every matching contact is flagged and their active cadences stop (reason
``opt_out``). A later import that brings a suppressed address back flags the new record
too (:func:`flag_suppressed_contacts`).

People who were erased stay suppressed without their address being stored: their entry
has ``value`` NULL and ``value_hash`` an HMAC-SHA256 of the value keyed with a random
per-database salt (the ``settings`` key :data:`SALT_KEY`). A plain SHA-256 of an email
address can be reversed by hashing a list of guesses; a keyed hash cannot without the
database's own secret. Every check compares both forms (:func:`suppression_digests`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import func, insert, or_, select
from sqlalchemy.engine import Connection

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


#: The ``settings`` key of the per-database secret that keys erased people's hashes.
SALT_KEY: Final = "suppression_salt"

#: What ``suppress`` accepts.
KINDS: Final = ("email", "domain", "phone")


class SuppressionError(ValueError):
    """A refused suppression; nothing was written.

    Codes: ``bad_email`` ``{value}``, ``bad_domain`` ``{value}``, ``bad_phone`` ``{value}``,
    ``unknown_kind`` ``{kind}``.
    """

    def __init__(self, code: str, arguments: dict[str, str] | None = None) -> None:
        self.code = code
        self.arguments: dict[str, str] = dict(arguments or {})
        super().__init__(code, self.arguments)


def erasure_salt(conn: Connection, *, create: bool = False) -> bytes | None:
    """The database's secret for erased people's hashes (made on first need).

    Args:
        conn: A connection; with ``create`` it must be inside a write transaction.
        create: Make and store the secret when the database has none yet.

    Returns:
        32 random bytes, or None when there is none and ``create`` is False.
    """
    s = tables.settings
    found = conn.execute(select(s.c.value).where(s.c.key == SALT_KEY)).scalar()
    if isinstance(found, str) and found:
        return bytes.fromhex(found)
    if not create:
        return None
    salt = secrets.token_bytes(32)
    conn.execute(insert(s).values(key=SALT_KEY, value=salt.hex()))
    return salt


def salted_hash(salt: bytes, value: str) -> str:
    """HMAC-SHA256 of the case-folded value keyed with the database's salt, hex."""
    return hmac.new(salt, value.strip().casefold().encode("utf-8"), hashlib.sha256).hexdigest()


def suppression_digests(value: str, salt: bytes | None) -> list[str]:
    """Every ``value_hash`` an entry for ``value`` may have: plain, and salted (erased)."""
    digests = [suppression_hash(value)]
    if salt is not None:
        digests.append(salted_hash(salt, value))
    return digests


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
    """True when an email, domain or phone (normalized) is on the suppression list.

    Erased people's salted entries count too.
    """
    s = tables.suppressions
    with db.reading() as conn:
        digests = suppression_digests(value, erasure_salt(conn))
        found = conn.execute(
            select(s.c.id).where(s.c.kind == kind, s.c.value_hash.in_(digests))
        ).first()
    return found is not None


def suppressed_hashes(conn: Connection, hashes: Iterable[str]) -> set[str]:
    """The ones among ``hashes`` that are on the suppression list (any kind)."""
    s = tables.suppressions
    found: set[str] = set()
    ordered = sorted(set(hashes))
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        rows = conn.execute(select(s.c.value_hash).where(s.c.value_hash.in_(chunk)))
        found.update(str(h) for h in rows.scalars())
    return found


def address_digests(email: str | None, phone_e164: str | None, salt: bytes | None) -> list[str]:
    """The hashes that would stop a contact: its email, the email's domain, its phone.

    Erased people are suppressed by email and phone only (never by their domain), so the
    salted form is added for those two.
    """
    out: list[str] = []
    if email:
        out.extend(suppression_digests(email, salt))
        if "@" in email:
            out.append(suppression_hash(email.rsplit("@", 1)[1]))
    if phone_e164:
        out.extend(suppression_digests(phone_e164, salt))
    return out


def flag_suppressed_contacts(conn: Connection, contact_ids: Sequence[int]) -> list[int]:
    """Flag do-not-contact the given contacts whose email, domain or phone is suppressed.

    The import calls this inside its transaction, so a suppressed (or erased) person who
    comes back in a later file is flagged at once, under whatever new record.

    Returns:
        The ids flagged now.
    """
    s, c = tables.suppressions, tables.contacts
    if conn.execute(select(s.c.id).limit(1)).first() is None:
        return []  # the common case: nothing is suppressed, nothing to compare
    salt = erasure_salt(conn)
    flagged: list[int] = []
    unique = list(dict.fromkeys(contact_ids))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        rows = list(
            conn.execute(
                select(c.c.id, c.c.email, c.c.phone_e164).where(
                    c.c.id.in_(chunk), c.c.do_not_contact.is_(False)
                )
            )
        )
        digests = {int(r.id): address_digests(r.email, r.phone_e164, salt) for r in rows}
        listed = suppressed_hashes(conn, (d for ds in digests.values() for d in ds))
        hits = [cid for cid, ds in digests.items() if listed.intersection(ds)]
        if hits:
            conn.execute(
                c.update().where(c.c.id.in_(hits)).values(do_not_contact=True, updated_at=utcnow())
            )
            flagged.extend(hits)
    return flagged


def _listed_values(conn: Connection) -> tuple[dict[str, list[str]], bool]:
    """The list's values in clear per kind, and whether salted (erased) entries exist."""
    s = tables.suppressions
    values: dict[str, list[str]] = {"email": [], "domain": [], "phone": []}
    salted = False
    for kind, value in conn.execute(select(s.c.kind, s.c.value)):
        if value is None:
            salted = True
        elif kind in values:
            values[kind].append(str(value))
    return values, salted


def flag_suppressed_of_import(conn: Connection, batch_id: int) -> list[int]:
    """Flag the contacts an import batch created or changed whose address is suppressed.

    Called by the import inside its transaction. The list is usually much shorter than a
    file, so the clear values are looked up among the batch's contacts (index lookups),
    rather than every contact of a million-row file being hashed; only when erased
    people's salted entries exist are the batch's contacts hashed too
    (:func:`flag_suppressed_contacts`).
    """
    c, items = tables.contacts, tables.import_batch_items
    values, salted = _listed_values(conn)
    batch = select(items.c.contact_id).where(items.c.batch_id == batch_id)
    conditions: list[Any] = []
    emails = sorted({email_key(v) for v in values["email"]})
    for start in range(0, len(emails), _CHUNK):
        conditions.append(c.c.email_key.in_(emails[start : start + _CHUNK]))
    phones = sorted(set(values["phone"]))
    for start in range(0, len(phones), _CHUNK):
        conditions.append(c.c.phone_e164.in_(phones[start : start + _CHUNK]))
    conditions.extend(
        func.lower(c.c.email).like(f"%@{domain.casefold()}") for domain in set(values["domain"])
    )
    flagged: list[int] = []
    for start in range(0, len(conditions), 50):
        rows = conn.execute(
            select(c.c.id).where(
                c.c.id.in_(batch),
                c.c.do_not_contact.is_(False),
                or_(*conditions[start : start + 50]),
            )  # fmt: skip
        )
        hits = [int(r) for r in rows.scalars()]
        if hits:
            conn.execute(
                c.update().where(c.c.id.in_(hits)).values(do_not_contact=True, updated_at=utcnow())
            )
            flagged.extend(hits)
    if salted:
        ids = conn.execute(batch).scalars()
        flagged.extend(flag_suppressed_contacts(conn, [int(i) for i in ids]))
    return flagged


def email_key(address: str) -> str:
    """The contacts' ``email_key`` of an address (the importer's dedupe key)."""
    from app.core.validation import email_dedupe_key

    return email_dedupe_key(address)


@dataclass(frozen=True)
class Suppressed:
    """What :func:`suppress` did.

    Attributes:
        kind: ``email``, ``domain`` or ``phone``.
        value: The normalized value put on the list.
        added: False when the value was on the list already.
        contacts_affected: Contacts newly flagged do-not-contact.
        enrollments_stopped: Active cadences stopped (reason ``opt_out``).
        changes: The change set (undo removes the entry and clears the flags again).
    """

    kind: str
    value: str
    added: bool
    contacts_affected: int
    enrollments_stopped: int
    changes: Changes


def normalize_suppression(kind: str, value: str, default_region: str | None = None) -> str:
    """The normalized form of a value to suppress, or :class:`SuppressionError`.

    Emails by the validator's normalization, domains lower-cased (IDNA kept as typed),
    phones to E.164.
    """
    from app.core.validation import check_email, check_phone

    text = value.strip()
    if kind == "email":
        checked = check_email(text)
        if checked.normalized is None:
            raise SuppressionError("bad_email", {"value": value})
        return checked.normalized
    if kind == "domain":
        domain = text.lstrip("@").rstrip(".").casefold()
        if not domain or "@" in domain or "." not in domain or " " in domain:
            raise SuppressionError("bad_domain", {"value": value})
        return domain
    if kind == "phone":
        phone = check_phone(text, default_region)
        if phone.e164 is None:
            raise SuppressionError("bad_phone", {"value": value})
        return phone.e164
    raise SuppressionError("unknown_kind", {"kind": kind})


def matching_contacts(conn: Connection, kind: str, value: str) -> list[int]:
    """Contacts (not yet flagged) whose email, domain or phone is ``value``.

    Extra addresses and numbers (``contact_points``) match too.
    """
    c, p = tables.contacts, tables.contact_points
    key = email_key(value) if kind == "email" else value.casefold()
    if kind == "email":
        where = or_(
            c.c.email_key == key,
            func.lower(c.c.email) == key,
            c.c.id.in_(
                select(p.c.contact_id).where(p.c.kind == "email", func.lower(p.c.normalized) == key)
            ),
        )
    elif kind == "domain":
        where = func.lower(c.c.email).like(f"%@{key}")
    else:
        where = or_(
            c.c.phone_e164 == value,
            c.c.id.in_(select(p.c.contact_id).where(p.c.kind == "phone", p.c.normalized == value)),
        )
    rows = conn.execute(select(c.c.id).where(where, c.c.do_not_contact.is_(False)).order_by(c.c.id))
    return [int(r) for r in rows.scalars()]


def add_entry(rec: ChangeRecorder, kind: str, value: str, reason: str | None) -> bool:
    """Put one normalized value on the list inside a change set; False if it was there."""
    s = tables.suppressions
    digests = suppression_digests(value, erasure_salt(rec.conn))
    exists = rec.conn.execute(
        select(s.c.id).where(s.c.kind == kind, s.c.value_hash.in_(digests))
    ).first()
    if exists is not None:
        return False
    new_id = rec.conn.execute(
        insert(s)
        .values(
            kind=kind, value=value, value_hash=digests[0], reason=reason, created_at=utcnow()
        )  # fmt: skip
        .returning(s.c.id)
    ).scalar_one()
    rec.record_insert("suppressions", {"id": new_id})
    return True


def suppress(
    db: Database,
    kind: str,
    value: str,
    reason: str | None = None,
    *,
    now: dt.datetime | None = None,
    default_region: str | None = None,
) -> Suppressed:
    """Put an email, a domain or a phone on the list, and apply it at once.

    Every contact the value matches is flagged do-not-contact and their active cadences
    stop (reason ``opt_out``), in one undoable change set.

    Args:
        db: The database.
        kind: ``email``, ``domain`` or ``phone``.
        value: As typed; normalized first.
        reason: Kept with the entry.
        now: When (the cadences' stop time); the clock's now when None.
        default_region: The region for a phone written without a country code.

    Raises:
        SuppressionError: The value cannot be normalized; nothing was written.
    """
    from app.storage.cadences.stopping import stop_enrollments

    normalized = normalize_suppression(kind, value, default_region)
    moment = now or utcnow()
    with record_changes(db, kind="do_not_contact", description=f"suppress {kind}") as rec:
        added = add_entry(rec, kind, normalized, reason)
        ids = matching_contacts(rec.conn, kind, normalized)
        for contact_id in ids:
            rec.update("contacts", contact_id, {"do_not_contact": True})
        stopped = stop_enrollments(rec, ids, "opt_out", moment)
    return Suppressed(kind, normalized, added, len(ids), stopped, rec.changes(count=len(ids)))


__all__ = [
    "KINDS",
    "SALT_KEY",
    "SuppressionError",
    "Suppressed",
    "add_entry",
    "address_digests",
    "clear_do_not_contact",
    "erasure_salt",
    "flag_do_not_contact",
    "flag_suppressed_contacts",
    "flag_suppressed_of_import",
    "is_suppressed",
    "mark_do_not_contact",
    "matching_contacts",
    "normalize_suppression",
    "salted_hash",
    "suppress",
    "suppressed_hashes",
    "suppression_digests",
    "suppression_hash",
]
