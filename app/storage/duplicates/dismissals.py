"""Dismissals: pairs of contacts somebody said are different people ("Not duplicates").

The answer is stored (``duplicate_dismissals``, one ordered pair per row) so it lasts and
is shared by everybody on the database file; the finder never suggests a dismissed pair
again. Dismissing is a change set (``kind="not_duplicates"``), so Edit → Undo brings the
pair back. A merge carries the merged contact's dismissals over to the survivor
(:func:`carry_dismissals`): if A is not B and B is C, A is not C either.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from sqlalchemy import insert, inspect, or_, select
from sqlalchemy.engine import Connection

from app.core.ops import Changes
from app.storage import tables
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = ["carry_dismissals", "dismiss_duplicates", "dismissed_pairs"]


_ID_CHUNK: Final = 500


def dismissed_pairs(conn: Connection) -> set[tuple[int, int]]:
    """Every pair somebody marked "Not duplicates", smaller id first.

    A file opened read-only at an older schema has no such table: nothing is dismissed.
    """
    if not inspect(conn).has_table(tables.duplicate_dismissals.name):
        return set()
    d = tables.duplicate_dismissals
    rows = conn.execute(select(d.c.contact_id_low, d.c.contact_id_high))
    return {(int(low), int(high)) for low, high in rows}


def dismiss_duplicates(
    db: Database, contact_ids: Sequence[int], *, dismissed_by: int | None = None
) -> Changes:
    """Record that these contacts are different people, in one undoable change set.

    Every pair of them is stored (a pair dismissed before, by anybody, is kept as it
    was), so the finder never groups any two of them again.

    Args:
        db: The database.
        contact_ids: Two or more contacts.
        dismissed_by: The rep who said so.

    Returns:
        The change (``operation="not_duplicates"``, ``count`` the contacts named), whose
        ``change_set_id`` :func:`~app.storage.changes.undo_change_set` takes back.

    Raises:
        ValueError: Fewer than two distinct contacts.
    """
    ids = sorted(set(contact_ids))
    if len(ids) < 2:  # noqa: PLR2004 (a pair at least)
        raise ValueError("Name at least two contacts that are not duplicates.")
    wanted = [(a, b) for n, a in enumerate(ids) for b in ids[n + 1 :]]
    d = tables.duplicate_dismissals
    with record_changes(db, kind="not_duplicates", created_by=dismissed_by) as rec:
        conn = rec.conn
        have: set[tuple[int, int]] = set()
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            have.update(
                (int(low), int(high))
                for low, high in conn.execute(
                    select(d.c.contact_id_low, d.c.contact_id_high).where(
                        d.c.contact_id_low.in_(chunk)
                    )
                )
            )
        now = utcnow()
        for low, high in wanted:
            if (low, high) in have:
                continue
            new_id = conn.execute(
                insert(d)
                .values(
                    contact_id_low=low,
                    contact_id_high=high,
                    dismissed_at=now,
                    dismissed_by=dismissed_by,
                )
                .returning(d.c.id)
            ).scalar_one()
            rec.record_insert(d.name, {"id": int(new_id)})
    return rec.changes(count=len(ids))


def carry_dismissals(rec: ChangeRecorder, survivor_id: int, merged: Sequence[int]) -> None:
    """Give the survivor the merged contacts' "Not duplicates" pairs, then drop theirs.

    A pair is ordered, so it cannot simply be re-pointed; the old rows are deleted through
    the recorder here (not by the contacts' cascade) so each is recorded once even when
    both of its contacts are merged away, and undo restores them as they were.
    """
    d = tables.duplicate_dismissals
    conn = rec.conn
    gone = list(merged)
    involved = or_(d.c.contact_id_low.in_(gone), d.c.contact_id_high.in_(gone))
    rows = conn.execute(
        select(d.c.contact_id_low, d.c.contact_id_high, d.c.dismissed_at, d.c.dismissed_by)
        .where(involved)
        .order_by(d.c.id)
    ).all()
    if not rows:
        return
    have = {
        (int(low), int(high))
        for low, high in conn.execute(
            select(d.c.contact_id_low, d.c.contact_id_high).where(
                or_(d.c.contact_id_low == survivor_id, d.c.contact_id_high == survivor_id)
            )
        )
    }
    for low, high, when, by in rows:
        other = high if low in merged else low
        if other in merged or other == survivor_id:
            continue  # both merged, or the survivor itself: no pair any more
        pair = (min(other, survivor_id), max(other, survivor_id))
        if pair in have:
            continue
        have.add(pair)
        new_id = conn.execute(
            insert(d)
            .values(
                contact_id_low=pair[0],
                contact_id_high=pair[1],
                dismissed_at=when,
                dismissed_by=by,
            )
            .returning(d.c.id)
        ).scalar_one()
        rec.record_insert(d.name, {"id": int(new_id)})
    rec.delete_where(d.name, involved)
