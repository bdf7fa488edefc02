"""``today [--rep EMAIL] [--now ISO8601] [--json]``: a rep's queue for the rest of their day."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.commands.common import EXIT_OK, db_target, emit_json, iso_utc, now_or_clock
from app.commands.messages import REASONS

if TYPE_CHECKING:
    from app.storage.cadences import TodayItem


def item_json(item: TodayItem) -> dict[str, Any]:
    """One queue item as the JSON object docs/headless.md promises (and a little more)."""
    return {
        "id": item.id, "contact_id": item.contact_id, "name": item.name,
        "channel": item.channel, "title": item.title, "due": iso_utc(item.due),
        "overdue": item.overdue, "local_time": item.local_time.isoformat(timespec="seconds"),
        "time_zone": item.time_zone, "time_zone_guessed": item.time_zone_guessed,
        "callable_now": item.callable_now, "why_not": list(item.why_not),
        "holiday_name": item.holiday_name, "next_good_time": iso_utc(item.next_good_time),
        "cadence": item.cadence, "step": item.step, "steps": item.steps,
        "phone": item.phone, "email": item.email, "fit_score": item.fit_score,
        "inbound_uncontacted": item.inbound_uncontacted,
    }  # fmt: skip


def _line(item: TodayItem) -> str:
    where = f"{item.local_time:%H:%M} {item.time_zone}{'?' if item.time_zone_guessed else ''}"
    step = f"{item.cadence} {item.step}/{item.steps}" if item.cadence else "task"
    flags = ", ".join(REASONS.get(c, c) for c in item.why_not)
    late = " overdue" if item.overdue else ""
    return (f"{item.id:>7}  {item.due:%Y-%m-%d %H:%M}Z{late}  {item.channel:<7} {item.name} "
            f"({where}) · {step}" + (f"  [{flags}]" if flags else ""))  # fmt: skip


def cmd_today(args: argparse.Namespace) -> int:
    """Print the rep's queue, in priority order."""
    from app.storage.cadences import resolve_rep, today
    from app.storage.database import open_database

    now = now_or_clock(args)
    db = open_database(db_target(args), create=False, shared=args.shared)
    try:
        with db.reading() as conn:
            rep = resolve_rep(conn, args.rep)
        items = today(db, rep, now)
    finally:
        db.close()
    if args.json:
        emit_json({"ok": True, "rep": rep.email, "now": iso_utc(now),
                   "items": [item_json(i) for i in items]})  # fmt: skip
    elif not items:
        print(f"Nothing due today for {rep.name}.")
    else:
        print(f"{len(items):,} items for {rep.name}:")
        for item in items:
            print(_line(item))
    return EXIT_OK
