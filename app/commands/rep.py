"""``rep add`` and ``rep list``: the reps who work the queue (docs/headless.md)."""

from __future__ import annotations

import argparse

from app.commands.common import EXIT_OK, db_target, emit_json


def cmd_rep(args: argparse.Namespace) -> int:
    """Add a rep, or list them."""
    from app.storage.cadences import add_rep, list_reps
    from app.storage.database import open_database

    db = open_database(db_target(args), shared=args.shared)
    try:
        if args.rep_command == "add":
            rep = add_rep(db, args.name, args.email, role=args.role,
                          time_zone=args.time_zone, country=args.country).rep  # fmt: skip
            if args.json:
                emit_json({"ok": True, "id": rep.id, "name": rep.name, "email": rep.email,
                           "role": rep.role, "time_zone": rep.time_zone,
                           "country": rep.country})  # fmt: skip
            else:
                zone = rep.time_zone or "no time zone: UTC is used"
                where = f", {rep.country}" if rep.country else ""
                print(f"Added rep {rep.name} <{rep.email}> ({rep.role}, {zone}{where}), "
                      f"id {rep.id}.")  # fmt: skip
            return EXIT_OK
        with db.reading() as conn:
            reps = list_reps(conn)
    finally:
        db.close()
    if args.json:
        emit_json({"ok": True, "reps": [
            {"id": r.id, "name": r.name, "email": r.email, "role": r.role,
             "time_zone": r.time_zone, "active": r.active, "country": r.country}
            for r in reps
        ]})  # fmt: skip
    elif not reps:
        print("No reps yet; add one with: rep add --name NAME --email EMAIL")
    else:
        for r in reps:
            flag = "" if r.active else " (inactive)"
            print(f"{r.id:>5}  {r.role:<7}  {r.name} <{r.email}>  {r.time_zone or '-'}  "
                  f"{r.country or '-'}{flag}")  # fmt: skip
    return EXIT_OK
