"""``suppress --email E | --domain D | --phone P [--reason TEXT]``: do not contact, at once."""

from __future__ import annotations

import argparse

from app.commands.common import EXIT_OK, db_target, emit_json, now_or_clock


def cmd_suppress(args: argparse.Namespace) -> int:
    """Put a value on the do-not-contact list; flag matching contacts, stop their cadences."""
    from app.storage.database import open_database
    from app.storage.suppressions import suppress

    if args.email is not None:
        kind, value = "email", args.email
    elif args.domain is not None:
        kind, value = "domain", args.domain
    else:
        kind, value = "phone", args.phone
    db = open_database(db_target(args), create=False, shared=args.shared)
    try:
        done = suppress(db, kind, value, args.reason, now=now_or_clock(args))
    finally:
        db.close()
    if getattr(args, "json", False):
        emit_json({
            "ok": True, "kind": done.kind, "value": done.value, "added": done.added,
            "contacts_affected": done.contacts_affected,
            "enrollments_stopped": done.enrollments_stopped,
        })  # fmt: skip
    else:
        state = "added to" if done.added else "already on"
        print(
            f"{done.value} {state} the do-not-contact list; {done.contacts_affected} "
            f"contact(s) flagged, {done.enrollments_stopped} cadence(s) stopped."
        )
    return EXIT_OK
