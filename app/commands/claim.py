"""``claim --contact ID --rep EMAIL [--minutes N] [--release]``: a lease on a prospect.

Exit 0 when the rep holds the lease afterwards (taken, renewed, or taken over after it
expired), 1 when another rep holds it (the line says who and until when).
"""

from __future__ import annotations

import argparse

from app.commands.common import (
    EXIT_FAILURE,
    EXIT_OK,
    db_target,
    emit_json,
    iso_utc,
    now_or_clock,
)


def cmd_claim(args: argparse.Namespace) -> int:
    """Take (or renew, or release) a lease on a contact for a rep."""
    from app.storage.cadences import find_rep
    from app.storage.database import open_database
    from app.storage.team import TeamError, claim, holder, release

    now = now_or_clock(args)
    db = open_database(db_target(args), create=False, shared=args.shared)
    try:
        with db.reading() as conn:
            rep = find_rep(conn, args.rep)
        if rep is None:
            raise TeamError("unknown_rep", {"email": args.rep})
        if args.release:
            released = bool(release(db, args.contact, rep.id).tables)
            with db.reading() as conn:
                current = holder(conn, args.contact, now)
            if args.json:
                emit_json({
                    "ok": True, "claimed": False, "released": released,
                    "contact_id": args.contact, "rep": rep.email,
                    "holder": current.email if current else None,
                    "expires_at": iso_utc(current.expires_at) if current else None,
                })  # fmt: skip
            elif released:
                print(f"Released contact {args.contact}.")
            else:
                print(f"{rep.email} held no claim on contact {args.contact}.")
            return EXIT_OK
        result = claim(db, args.contact, rep.id, now=now, minutes=args.minutes)
    finally:
        db.close()
    who = result.holder
    if args.json:
        emit_json({
            "ok": True, "claimed": result.claimed, "contact_id": args.contact,
            "rep": rep.email, "holder": who.email, "expires_at": iso_utc(who.expires_at),
        })  # fmt: skip
    elif result.claimed:
        print(f"Contact {args.contact} is yours until {iso_utc(who.expires_at)}.")
    else:
        print(
            f"Contact {args.contact} is held by {who.name} <{who.email}> "
            f"until {iso_utc(who.expires_at)}."
        )
    return EXIT_OK if result.claimed else EXIT_FAILURE
