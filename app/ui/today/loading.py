"""What the Today page shows, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.adapters.clock import Clock
from app.core.ops import check_cancelled
from app.storage.cadences import (
    ItemDetail,
    RepInfo,
    TodayItem,
    item_details,
    list_reps,
    today,
    touches_today,
)
from app.storage.team import ClaimHolder, holders
from app.ui.jobs import JobContext

if TYPE_CHECKING:
    from app.storage.database import Database


@dataclass(frozen=True)
class TodayLoad:
    """One read of the page's data (made off the GUI thread).

    Attributes:
        reps: Every rep in the database.
        rep: Whose queue was read, or None when nobody is chosen (or there are no reps).
        items: The queue, in storage's order.
        details: item id -> company and step texts.
        touches: Touches the rep logged since their midnight.
        complete: False when only the queue's first page was read (the rest follows).
        claims: contact id -> who holds a live lease on the prospect (team mode).
    """

    reps: tuple[RepInfo, ...] = ()
    rep: RepInfo | None = None
    items: tuple[TodayItem, ...] = ()
    details: dict[int, ItemDetail] = field(default_factory=dict)
    touches: int = 0
    complete: bool = True
    claims: dict[int, ClaimHolder] = field(default_factory=dict)


def pick_rep(reps: tuple[RepInfo, ...], wanted: str) -> RepInfo | None:
    """The rep with address ``wanted``; else the only active rep; else None (ask)."""
    key = wanted.strip().lower()
    found = next((r for r in reps if key and (r.email or "").lower() == key), None)
    if found is not None:
        return found
    active = [r for r in reps if r.active]
    return active[0] if len(active) == 1 else None


#: Items read first, so the page paints at once however long the day's queue is.
FIRST_PAGE = 200


def load_today(
    db: Database,
    wanted: str,
    clock: Clock,
    ctx: JobContext | None = None,
    *,
    limit: int | None = None,
) -> TodayLoad:
    """Read the reps, the chosen rep's queue (its first ``limit`` items, or all), their
    details and the day's touches."""
    with db.reading() as conn:
        reps = tuple(list_reps(conn))
    rep = pick_rep(reps, wanted)
    if rep is None:
        return TodayLoad(reps)
    now = clock.now()
    items = tuple(today(db, rep, now, limit=limit))
    check_cancelled(ctx.token if ctx else None)
    details = item_details(db, [i.id for i in items])
    complete = limit is None or len(items) < limit
    with db.reading() as conn:
        claims = holders(conn, (i.contact_id for i in items), now)
    touches = touches_today(db, rep, now)
    return TodayLoad(reps, rep, items, details, touches, complete, claims)
