"""``done --item ID --outcome CODE [--note TEXT] [--duration S] [--callback ISO8601]``."""

from __future__ import annotations

import argparse

from app.commands.common import EXIT_OK, db_target, emit_json, iso_utc, now_or_clock


def cmd_done(args: argparse.Namespace) -> int:
    """Log the outcome of a queue item and move its cadence on."""
    from app.storage.cadences import complete
    from app.storage.database import open_database

    now = now_or_clock(args)
    db = open_database(db_target(args), create=False, shared=args.shared)
    try:
        result = complete(
            db, args.item, args.outcome, args.note, now,
            duration_seconds=args.duration, callback_at=args.callback,
        )  # fmt: skip
    finally:
        db.close()
    if args.json:
        emit_json({
            "ok": True, "item": result.item, "outcome": result.outcome,
            "activity_id": result.activity_id, "enrollment_status": result.enrollment_status,
            "next_item": result.next_item, "next_due": iso_utc(result.next_due),
            "change_set_id": result.changes.change_set_id,
        })  # fmt: skip
    else:
        text = f"Item {result.item} done ({result.outcome})."
        if result.next_item is not None:
            text += f" Next step: item {result.next_item}, due {iso_utc(result.next_due)}."
        elif result.enrollment_status in ("stopped", "finished"):
            text += f" The cadence is {result.enrollment_status}."
        print(text)
    return EXIT_OK
