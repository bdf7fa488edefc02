"""Claims: a lease one rep takes on a prospect so two people do not call them at once.

A claim is one row of ``claims`` (``contact_id`` is its key) with an expiry. Taking it is
ONE conditional statement, so two reps racing for the same prospect cannot both win,
on a shared SQLite file as on PostgreSQL::

    INSERT INTO claims (contact_id, rep_id, claimed_at, expires_at) VALUES (...)
    ON CONFLICT (contact_id) DO UPDATE SET rep_id = excluded.rep_id, ...
    WHERE claims.expires_at <= :now OR claims.rep_id = :rep
    RETURNING claimed_at, expires_at

The statement returns a row when the lease is ours (new, renewed by its holder, or taken
over after it expired) and nothing when somebody else holds it: no read-then-write gap
for another writer to slip into. A holder renews by claiming again and lets go with
:func:`release`; a lease nobody renews simply expires.

Usage::

    result = claim(db, contact_id, rep_id, now=now, minutes=15)
    if not result.claimed:
        ...  # result.holder is on it until result.holder.expires_at
    with db.reading() as conn:
        on_it = holder(conn, contact_id, now)   # for "<rep> is on this prospect"
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from app.core.ops import Changes
from app.storage import tables
from app.storage.team.errors import TeamError

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = ["ClaimHolder", "ClaimResult", "claim", "holder", "holders", "release"]

#: The longest lease one claim may take (a working day): a forgotten claim must not
#: lock a prospect away for a week.
MAX_MINUTES = 12 * 60
#: Contacts per ``IN (...)`` when reading many leases (SQLite's variable limit).
_CHUNK = 500


@dataclass(frozen=True)
class ClaimHolder:
    """Who holds a live claim on a contact, and until when.

    Attributes:
        contact_id: The contact.
        rep_id: The holder's rep id.
        name: The holder's name.
        email: The holder's address (may be None).
        claimed_at: When the holder first took the lease (renewals keep it).
        expires_at: When the lease ends unless renewed (UTC).
    """

    contact_id: int
    rep_id: int
    name: str
    email: str | None
    claimed_at: dt.datetime
    expires_at: dt.datetime


@dataclass(frozen=True)
class ClaimResult:
    """What :func:`claim` did.

    Attributes:
        claimed: True when the lease is now the caller's (new, renewed or taken over).
        holder: Who holds the lease now: the caller when ``claimed``, else the other rep.
        changes: The write (empty when the claim was refused).
    """

    claimed: bool
    holder: ClaimHolder
    changes: Changes


def _insert_for(conn: Connection) -> Any:
    """The dialect's INSERT with ``on_conflict_do_update`` (SQLite and PostgreSQL have it)."""
    name = conn.dialect.name
    if name == "postgresql":
        return postgresql.insert(tables.claims)
    if name == "sqlite":
        return sqlite.insert(tables.claims)
    raise NotImplementedError(f"claims need INSERT ... ON CONFLICT; {name} is not supported")


def _rep_of(conn: Connection, contact_id: int, rep_id: int) -> tuple[str, str | None]:
    """The rep's (name, email), checking in one statement that both rows exist."""
    reps, contacts = tables.reps.c, tables.contacts.c
    row = conn.execute(
        select(
            select(reps.name).where(reps.id == rep_id).scalar_subquery(),
            select(reps.email).where(reps.id == rep_id).scalar_subquery(),
            select(contacts.id).where(contacts.id == contact_id).scalar_subquery(),
        )
    ).one()
    if row[0] is None:
        raise TeamError("unknown_rep", {"rep_id": rep_id})
    if row[2] is None:
        raise TeamError("unknown_contact", {"contact_id": contact_id})
    return str(row[0]), row[1]


def _take(
    conn: Connection, contact_id: int, rep_id: int, now: dt.datetime, minutes: int
) -> tuple[dt.datetime, dt.datetime] | None:
    """Run the one conditional upsert: (claimed_at, expires_at) when the lease is ours."""
    c = tables.claims.c
    stmt = _insert_for(conn).values(
        contact_id=contact_id,
        rep_id=rep_id,
        claimed_at=now,
        expires_at=now + dt.timedelta(minutes=minutes),
    )
    taken = stmt.on_conflict_do_update(
        index_elements=[c.contact_id],
        set_={
            "rep_id": stmt.excluded.rep_id,
            # A renewal keeps when the holder first took it; a take-over starts afresh.
            "claimed_at": case(
                (c.rep_id == stmt.excluded.rep_id, c.claimed_at),
                else_=stmt.excluded.claimed_at,
            ),
            "expires_at": stmt.excluded.expires_at,
        },
        where=(c.expires_at <= now) | (c.rep_id == rep_id),
    ).returning(c.claimed_at, c.expires_at)
    row = conn.execute(taken).first()
    return None if row is None else (row[0], row[1])


def claim(
    db: Database, contact_id: int, rep_id: int, *, now: dt.datetime, minutes: int = 15
) -> ClaimResult:
    """Take, renew or take over the lease on a contact, in one conditional statement.

    Args:
        db: The database (any mode; on a shared file or a server this is what keeps two
            reps off the same prospect).
        contact_id: The contact.
        rep_id: Who takes the lease.
        now: The clock's now (aware).
        minutes: How long the lease lasts from ``now`` (1 to :data:`MAX_MINUTES`).

    Returns:
        Whether the caller holds the lease now, and who holds it.

    Raises:
        TeamError: ``unknown_rep`` or ``unknown_contact``; nothing was written.
    """
    minutes = max(1, min(int(minutes), MAX_MINUTES))
    with db.transaction() as conn:
        name, email = _rep_of(conn, contact_id, rep_id)
        taken = _take(conn, contact_id, rep_id, now, minutes)
        if taken is not None:
            mine = ClaimHolder(contact_id, rep_id, name, email, taken[0], taken[1])
            changes = Changes.of(
                {"claims"}, ids={"claims": [contact_id]}, operation="claim", count=1
            )
            return ClaimResult(claimed=True, holder=mine, changes=changes)
        # Refused: the live claim the statement saw is still there (the conflicting row
        # stays locked, or SQLite's write lock held, until this transaction ends).
        theirs = holder(conn, contact_id, now)
    assert theirs is not None
    return ClaimResult(claimed=False, holder=theirs, changes=Changes())


def release(db: Database, contact_id: int, rep_id: int) -> Changes:
    """Let go of a lease the rep holds (someone else's lease is left alone).

    Returns:
        The change; empty when the rep held no lease on the contact.
    """
    c = tables.claims.c
    with db.transaction() as conn:
        gone = conn.execute(
            delete(tables.claims).where(c.contact_id == contact_id, c.rep_id == rep_id)
        ).rowcount
    if not gone:
        return Changes()
    return Changes.of({"claims"}, ids={"claims": [contact_id]}, operation="release", count=1)


def holder(conn: Connection, contact_id: int, now: dt.datetime) -> ClaimHolder | None:
    """Who holds a live lease on the contact at ``now``, or None (never claimed, or expired).

    For the UI's "<rep> is on this prospect" and for ``claim``'s answer when refused.
    """
    c = tables.claims.c
    r = tables.reps.c
    row = conn.execute(
        select(c.contact_id, c.rep_id, r.name, r.email, c.claimed_at, c.expires_at)
        .select_from(tables.claims.join(tables.reps, r.id == c.rep_id))
        .where(c.contact_id == contact_id, c.expires_at > now)
    ).first()
    if row is None:
        return None
    return ClaimHolder(
        contact_id=int(row.contact_id),
        rep_id=int(row.rep_id),
        name=str(row.name),
        email=row.email,
        claimed_at=row.claimed_at,
        expires_at=row.expires_at,
    )


def holders(
    conn: Connection, contact_ids: Iterable[int], now: dt.datetime
) -> dict[int, ClaimHolder]:
    """The live leases on these contacts at ``now``, by contact (for a queue's rows)."""
    c = tables.claims.c
    r = tables.reps.c
    wanted = sorted(set(contact_ids))
    found: dict[int, ClaimHolder] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        rows = conn.execute(
            select(c.contact_id, c.rep_id, r.name, r.email, c.claimed_at, c.expires_at)
            .select_from(tables.claims.join(tables.reps, r.id == c.rep_id))
            .where(c.contact_id.in_(chunk), c.expires_at > now)
        )
        for row in rows:
            found[int(row.contact_id)] = ClaimHolder(
                contact_id=int(row.contact_id), rep_id=int(row.rep_id), name=str(row.name),
                email=row.email, claimed_at=row.claimed_at, expires_at=row.expires_at,
            )  # fmt: skip
    return found
