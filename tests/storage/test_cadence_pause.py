"""Pausing a prospect's cadence by hand: out of Today, still "in a cadence", undoable,
stopped by an opt-out like any active one."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.storage import tables
from app.storage.cadences import add_rep, enroll, import_cadence, pause_manually, resume, today
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.suppressions import suppress
from tests.cadences_data import CALLS_CADENCE, MONDAY, add_contact


def _statuses(db: Database) -> tuple[list[str], list[str]]:
    with db.reading() as conn:
        e, t = tables.enrollments, tables.tasks
        enrollments = conn.execute(select(e.c.status).order_by(e.c.id)).scalars().all()
        tasks = conn.execute(select(t.c.status).order_by(t.c.id)).scalars().all()
    return list(enrollments), list(tasks)


def test_pause_resume_undo_and_opt_out(db: Database) -> None:
    import_cadence(db, CALLS_CADENCE)
    rep = add_rep(db, "Rūta", "ruta@example.lt", time_zone="Europe/Vilnius").rep
    ids = [
        add_contact(db, email=f"p{i}@example.lt", email_key=f"p{i}@example.lt") for i in range(2)
    ]
    enroll(db, "Test calls", ids, rep, MONDAY)
    paused = pause_manually(db, [ids[0]], rep_id=rep.id)
    assert paused.count == 1
    assert _statuses(db) == (["paused", "active"], ["paused", "open"])
    assert [i.contact_id for i in today(db, rep, MONDAY)] == [ids[1]]
    # Undo brings the step back as it was.
    assert paused.changes.change_set_id is not None
    undo_change_set(db, paused.changes.change_set_id)
    assert _statuses(db) == (["active", "active"], ["open", "open"])
    pause_manually(db, [ids[0]])
    # An opt-out stops a paused cadence too, and closes its paused step.
    suppress(db, "email", "p0@example.lt", now=MONDAY)
    assert _statuses(db) == (["stopped", "active"], ["skipped", "open"])
    assert resume(db, [ids[0]], MONDAY + dt.timedelta(days=1)).count == 0
