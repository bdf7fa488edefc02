"""What the call panel shows beside the queue: companies, scripts, the day's touches.

The Today queue (:mod:`app.storage.cadences.queue`) says who and when; the call panel
also needs what to say (the step's script and instructions, from the cadence) and where
the prospect works, and the page's header counts the touches the rep logged today
against their daily goal. Both are reads, made in the same background job as the queue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from sqlalchemy import Table, func, select

from app.core.calling import require_aware
from app.storage import tables
from app.storage.cadences.library import load_cadences_by_id
from app.storage.cadences.reps import RepInfo

if TYPE_CHECKING:
    from app.storage.database import Database

_T = tables.metadata.tables
_TASKS: Table = _T["tasks"]
_CONTACTS: Table = _T["contacts"]
_COMPANIES: Table = _T["companies"]
_ENROLLMENTS: Table = _T["enrollments"]
_STEPS: Table = _T["cadence_steps"]
_ACTIVITIES: Table = _T["activities"]

# Ids per query: well under SQLite's bound-variable limit.
_CHUNK: Final = 500


@dataclass(frozen=True)
class ItemDetail:
    """What the call panel shows for one queue item besides the :class:`TodayItem`.

    Attributes:
        id: The item (task id).
        company: The prospect's company name, if any.
        script: The step's script (calls), or empty.
        instructions: What the rep should do at this step (the task's title when the
            cadence no longer has the step), or empty.
        template: The step's template name or text (emails, messages), or empty.
        network: A message step's network (``linkedin``, ``telegram``, ...), or empty.
        linkedin_url: The prospect's LinkedIn profile, if known.
    """

    id: int
    company: str | None
    script: str
    instructions: str
    template: str
    network: str = ""
    linkedin_url: str | None = None


def item_details(db: Database, item_ids: Sequence[int]) -> dict[int, ItemDetail]:
    """The company and step texts of queue items.

    Args:
        db: The database.
        item_ids: Items (task ids) from :func:`~app.storage.cadences.queue.today`.

    Returns:
        item id -> detail, for the ids that exist.
    """
    t, c, co, e, s = _TASKS, _CONTACTS, _COMPANIES, _ENROLLMENTS, _STEPS
    ids = sorted(set(item_ids))
    query = (
        select(
            t.c.id, t.c.title, co.c.name.label("company"), e.c.cadence_id,
            e.c.current_step, s.c.position, c.c.linkedin_url,
        )
        .select_from(
            t.join(c, c.c.id == t.c.contact_id)
            .outerjoin(co, co.c.id == c.c.company_id)
            .outerjoin(e, e.c.id == t.c.enrollment_id)
            .outerjoin(s, s.c.id == t.c.cadence_step_id)
        )
    )  # fmt: skip
    with db.reading() as conn:
        rows = [
            row
            for start in range(0, len(ids), _CHUNK)
            for row in conn.execute(query.where(t.c.id.in_(ids[start : start + _CHUNK]))).all()
        ]
        cadences = load_cadences_by_id(conn, {int(r.cadence_id) for r in rows if r.cadence_id})
    out: dict[int, ItemDetail] = {}
    for row in rows:
        script = instructions = template = network = ""
        found = cadences.get(int(row.cadence_id)) if row.cadence_id else None
        position = row.position or row.current_step
        if found is not None and position and 1 <= int(position) <= len(found[1].steps):
            step = found[1].steps[int(position) - 1]
            script, instructions, template = step.script, step.instructions, step.template
            network = str(step.network) if step.network is not None else ""
        if not (script or instructions or template) and row.title:
            instructions = str(row.title)
        out[int(row.id)] = ItemDetail(
            int(row.id), row.company, script or "", instructions or "", template or "",
            network, row.linkedin_url or None,
        )  # fmt: skip
    return out


def start_of_day(rep: RepInfo, now: dt.datetime) -> dt.datetime:
    """The rep's last local midnight at or before ``now``, in UTC: where their day began."""
    local = require_aware(now, "now").astimezone(rep.zone)
    midnight = dt.datetime.combine(local.date(), dt.time(0, 0), tzinfo=rep.zone)
    return midnight.astimezone(dt.UTC)


def touches_today(db: Database, rep: RepInfo, now: dt.datetime) -> int:
    """How many touches (logged activities) the rep made since their local midnight.

    Args:
        db: The database.
        rep: Whose touches.
        now: The moment (aware); activities after it are not counted.

    Returns:
        The count: every completed queue item logs one activity.
    """
    moment = require_aware(now, "now").astimezone(dt.UTC)
    a = _ACTIVITIES
    query = select(func.count()).where(
        a.c.rep_id == rep.id,
        a.c.occurred_at >= start_of_day(rep, moment),
        a.c.occurred_at <= moment,
    )
    with db.reading() as conn:
        return int(conn.execute(query).scalar_one())


__all__ = ["ItemDetail", "item_details", "start_of_day", "touches_today"]
