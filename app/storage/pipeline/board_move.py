"""A plain stage move for the board until the pipeline's gated move lands.

The board calls one function to move a card; this is its stand-in: one transaction, one
change set (so the one undo stack takes it back), the contact's ``stage_id`` and a
``stage_change`` activity with the old and new stage keys. It asks no gate questions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from app.core.ops import Changes
from app.storage import tables
from app.storage.changes import record_changes
from app.storage.database import Database
from app.storage.pipeline.board import STAGE_CHANGE
from app.storage.types import utcnow


class StageMoveError(Exception):
    """A move that cannot be made; ``code`` says why (``no_contact``, ``no_stage``)."""

    def __init__(self, code: str, **arguments: object) -> None:
        super().__init__(code, arguments)
        self.code = code
        self.arguments = arguments


def move_to_stage(
    db: Database,
    contact_id: int,
    stage_id: int,
    *,
    rep_id: int | None = None,
    now: dt.datetime | None = None,
) -> Changes:
    """Put a contact in a stage, recording the move as one undoable change set.

    Raises:
        StageMoveError: the contact or the stage does not exist, or the contact is there.
    """
    when = now or utcnow()
    stages = tables.pipeline_stages.c
    with record_changes(db, kind=STAGE_CHANGE, created_by=rep_id) as rec:
        conn = rec.conn
        old = conn.execute(
            select(tables.contacts.c.stage_id).where(tables.contacts.c.id == contact_id)
        ).first()
        if old is None:
            raise StageMoveError("no_contact", contact=contact_id)
        rows = conn.execute(
            select(stages.id, stages.key).where(stages.id.in_([stage_id, old[0] or 0]))
        )
        keys = {int(r[0]): str(r[1]) for r in rows}
        if stage_id not in keys:
            raise StageMoveError("no_stage", stage=stage_id)
        if old[0] == stage_id:
            # Refused rather than recorded: an empty change set would be offered as "Undo".
            raise StageMoveError("same_stage", contact=contact_id, stage=stage_id)
        rec.update("contacts", contact_id, {"stage_id": stage_id})
        activity_id = conn.execute(
            insert(tables.activities)
            .values(
                contact_id=contact_id,
                rep_id=rep_id,
                kind=STAGE_CHANGE,
                occurred_at=when,
                details={"from": keys.get(old[0] or 0), "to": keys[stage_id]},
            )
            .returning(tables.activities.c.id)
        ).scalar_one()
        rec.record_insert("activities", {"id": activity_id})
        return rec.changes(count=1)
