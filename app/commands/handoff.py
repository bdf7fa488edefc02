"""``handoff --contact ID --ae EMAIL --at ISO8601 [--minutes N] [--summary TEXT] --out DIR``:
book the meeting, hand the prospect to an AE, write the invitation and the packet."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.commands.common import EXIT_OK, CommandError, emit_json, iso_utc, now_or_clock
from app.commands.stage import open_target, read_answers, rep_id_for


def _writable_folder(text: str) -> Path:
    """The ``--out`` folder, made if missing; refused before anything is stored."""
    folder = Path(text).expanduser().absolute()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(f"cannot create the folder {folder}: {exc.strerror or exc}") from None
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise CommandError(f"cannot write into the folder {folder}")
    return folder


def cmd_handoff(args: argparse.Namespace) -> int:
    """Hand off; print the hand-off (``--json``: one object) and where the files are."""
    from app.storage.changes import undo_change_set
    from app.storage.pipeline import create_handoff, write_handoff_files

    answers = read_answers(args.answers)
    folder = _writable_folder(args.out)
    now = now_or_clock(args)
    db = open_target(args)
    try:
        with db.reading() as conn:
            rep_id = rep_id_for(conn, args.rep)
        result = create_handoff(
            db, args.contact, args.ae, args.at, minutes=args.minutes, summary=args.summary,
            time_zone=args.time_zone, answers=answers, rep_id=rep_id, now=now,
        )  # fmt: skip
        try:
            files = write_handoff_files(db, result.handoff_id, folder)
        except OSError as exc:
            # Nothing half-written: without its documents the hand-off is taken back.
            undo_change_set(db, result.changes.change_set_id or 0, skip_conflicts=True)
            raise CommandError(f"cannot write the hand-off files into {folder}: {exc}") from None
    finally:
        db.close()
    if args.json:
        emit_json({
            "ok": True, "handoff_id": result.handoff_id, "contact_id": result.contact_id,
            "ae": result.ae.email, "meeting_at": iso_utc(result.meeting_at),
            "time_zone": result.time_zone, "minutes": result.minutes, "ics": str(files.ics),
            "packet": str(files.packet), "status": result.status,
            "change_set_id": result.changes.change_set_id,
        })  # fmt: skip
    else:
        print(
            f"Contact {result.contact_id} handed off to {result.ae.email} "
            f"(hand-off {result.handoff_id}, meeting {iso_utc(result.meeting_at)}, "
            f"{result.minutes} min, {result.time_zone}).\n"
            f"Invitation: {files.ics}\nPacket: {files.packet}"
        )
    return EXIT_OK
