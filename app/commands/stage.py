"""``stage --contact ID --to STAGE [--answers FILE.json] [--reason CODE] [--revisit DATE]``:
move a contact to a pipeline stage through the stage's gate."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import EXIT_OK, CommandError, db_target, emit_json, now_or_clock

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from app.storage.database import Database


def read_answers(path: str | None) -> dict[str, object] | None:
    """The ``--answers`` file as a JSON object (checked against the checklist later).

    Raises:
        CommandError: the file cannot be read.
        PipelineError: ``answers_not_json``, ``answers_not_object``.
    """
    if path is None:
        return None
    from app.core.pipeline import parse_answers_text

    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"cannot read the answers file {path}: {exc}") from None
    return parse_answers_text(text)


def rep_id_for(conn: Connection, email: str | None) -> int | None:
    """The id of the rep named by ``--rep``, or None when none is named.

    Raises:
        PipelineError: ``unknown_rep``.
    """
    if not email:
        return None
    from app.core.pipeline import PipelineError
    from app.storage.cadences import find_rep

    rep = find_rep(conn, email)
    if rep is None:
        raise PipelineError("unknown_rep", {"email": email})
    return rep.id


def open_target(args: argparse.Namespace) -> Database:
    from app.storage.database import open_database

    return open_database(db_target(args), create=False, shared=args.shared)


def cmd_stage(args: argparse.Namespace) -> int:
    """Move the contact; print what moved (``--json``: one object)."""
    from app.storage.pipeline import move_contact

    answers = read_answers(args.answers)
    now = now_or_clock(args)
    db = open_target(args)
    try:
        with db.reading() as conn:
            rep_id = rep_id_for(conn, args.rep)
        # A stage key never starts with a digit, so digits can only mean the stage's id.
        target: str | int = int(args.to) if args.to.strip().isdigit() else args.to
        result = move_contact(
            db, args.contact, target, answers=answers, reason=args.reason,
            revisit=args.revisit, rep_id=rep_id, now=now,
        )  # fmt: skip
    finally:
        db.close()
    if args.json:
        emit_json({
            "ok": True, "contact_id": result.contact_id, "from": result.from_stage,
            "to": result.to_stage, "activity_id": result.activity_id,
            "enrollments_stopped": len(result.enrollments_stopped),
            "enrollments_stopped_ids": list(result.enrollments_stopped),
            "task_id": result.task_id, "change_set_id": result.changes.change_set_id,
        })  # fmt: skip
    else:
        text = f"Contact {result.contact_id}: {result.from_stage or '(none)'} → {result.to_stage}."
        if result.enrollments_stopped:
            text += f" Cadences stopped: {len(result.enrollments_stopped)}."
        if result.task_id is not None:
            text += f" Reminder: item {result.task_id}."
        print(text)
    return EXIT_OK
