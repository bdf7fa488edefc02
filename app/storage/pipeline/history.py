"""The stage-change activity every move logs (the reports and the packet's timeline read it)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from sqlalchemy import insert

from app.storage import tables
from app.storage.changes import ChangeRecorder

#: The activity kind of a stage change; ``details`` holds exactly ``from``, ``to``, ``reason``.
STAGE_CHANGE: Final = "stage_change"


def log_stage_change(
    rec: ChangeRecorder,
    contact_id: int,
    from_key: str | None,
    to_key: str,
    *,
    reason: str | None,
    rep_id: int | None,
    now: dt.datetime,
) -> int:
    """Insert (and record) the ``stage_change`` activity of one move; returns its id."""
    activity_id = int(
        rec.conn.execute(
            insert(tables.activities)
            .values(
                contact_id=contact_id,
                rep_id=rep_id,
                kind=STAGE_CHANGE,
                occurred_at=now,
                details={"from": from_key, "to": to_key, "reason": reason},
            )  # fmt: skip
            .returning(tables.activities.c.id)
        ).scalar_one()
    )
    rec.record_insert("activities", {"id": activity_id})
    return activity_id


__all__ = ["STAGE_CHANGE", "log_stage_change"]
