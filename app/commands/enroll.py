"""``enroll --cadence NAME (--list NAME | --segment NAME | --contacts ID,ID…)``.

``enroll --pause`` / ``enroll --resume`` with the same selection pauses the contacts'
cadences by hand or resumes them (no ``--cadence`` then).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from app.commands.common import (
    EXIT_OK,
    EXIT_USAGE,
    db_target,
    emit_json,
    interruptible,
    iso_utc,
    now_or_clock,
    progress_printer,
)
from app.commands.messages import REASONS

if TYPE_CHECKING:
    from app.storage.database import Database


def cmd_enroll(args: argparse.Namespace) -> int:
    """Enroll a list, a segment or given contacts in a cadence for a rep."""
    from app.storage.cadences import contacts_of_list, contacts_of_segment, enroll, resolve_rep
    from app.storage.database import open_database

    pausing = bool(args.pause or args.resume)
    if args.cadence is None and not pausing:
        print("enroll: --cadence NAME is required (or --pause / --resume); see enroll --help",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    now = now_or_clock(args)
    db = open_database(db_target(args), create=False, shared=args.shared)
    try:
        with db.reading() as conn:
            rep = resolve_rep(conn, args.rep) if not pausing or args.rep else None
            if args.list is not None:
                ids = contacts_of_list(conn, args.list)
            elif args.segment is not None:
                ids = contacts_of_segment(conn, args.segment, now)
            else:
                ids = list(args.contacts)
        if pausing:
            return _pause_or_resume(args, db, ids, now, rep.id if rep else None)
        assert rep is not None
        with interruptible() as cancel:
            result = enroll(db, args.cadence, ids, rep, now, force=args.force, cancel=cancel,
                            progress=progress_printer("Enrolling"))  # fmt: skip
    finally:
        db.close()
    skipped = {reason: len(found) for reason, found in result.skipped.items()}
    if args.json:
        emit_json({
            "ok": True, "cadence": args.cadence, "rep": rep.email, "now": iso_utc(now),
            "enrolled": len(result.enrolled), "skipped": skipped,
            "enrolled_ids": list(result.enrolled),
            "skipped_ids": {reason: list(found) for reason, found in result.skipped.items()},
            "guessed_time_zones": result.guessed_time_zones,
            "change_set_id": result.changes.change_set_id,
        })  # fmt: skip
    else:
        print(f'Enrolled {len(result.enrolled):,} contacts in "{args.cadence}" for {rep.name}.')
        for reason, count in skipped.items():
            print(f"  skipped {count:,}: {REASONS.get(reason, reason)}")
        if result.guessed_time_zones:
            print(f"  {result.guessed_time_zones:,} with a guessed time zone (the rep's)")
    return EXIT_OK


def _pause_or_resume(
    args: argparse.Namespace, db: Database, ids: list[int], now: dt.datetime, rep_id: int | None
) -> int:
    from app.storage.cadences import pause_manually, resume

    if args.pause:
        result = pause_manually(db, ids, rep_id=rep_id)
    else:
        result = resume(db, ids, now, rep_id=rep_id)
    action = "pause" if args.pause else "resume"
    if args.json:
        emit_json({"ok": True, "action": action, "contacts": len(ids),
                   "enrollments": result.count, "now": iso_utc(now),
                   "change_set_id": result.changes.change_set_id})  # fmt: skip
    elif args.pause:
        print(f"Paused {result.count:,} cadence enrollments of {len(ids):,} contacts.")
    else:
        print(f"Resumed {result.count:,} cadence enrollments of {len(ids):,} contacts.")
    return EXIT_OK
