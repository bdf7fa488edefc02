"""``erase --contact ID``: erase a person (GDPR); a hashed suppression stays."""

from __future__ import annotations

import argparse

from app.commands.common import EXIT_OK, db_target, emit_json, now_or_clock


def cmd_erase(args: argparse.Namespace) -> int:
    """Delete the contact and everything personal about them; keep them suppressed."""
    from app.storage.database import open_database
    from app.storage.erasure import erase_contact

    db = open_database(db_target(args), create=False, shared=args.shared)
    try:
        done = erase_contact(db, args.contact, now=now_or_clock(args))
    finally:
        db.close()
    if getattr(args, "json", False):
        emit_json({
            "ok": True, "erasure_id": done.erasure_id, "rows": dict(done.counts),
            "suppressions_kept": done.suppressions_kept,
        })  # fmt: skip
    else:
        removed = sum(done.counts.values())
        print(
            f"Erased contact {args.contact}: {removed} row(s) removed, "
            f"{done.suppressions_kept} hashed suppression(s) kept. Erasure id {done.erasure_id}."
        )
    return EXIT_OK
