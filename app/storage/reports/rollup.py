"""The reports' daily roll-up: closed days built once, read instead of the activity log.

A report over a year of a busy team reads a million activities; a day's activities,
grouped the way the report groups them, are a thousand rows. So a **closed** day (before
today, UTC) is rolled up the first time a report covers it: its activity groups go to
``activity_daily`` (the group credited with each booked contact's meeting marked
``books``), its stage changes with the stays they began to ``stage_stays``, its inbound
leads with their first touch to ``first_touches``, and the day to ``report_days``. Reports
read those rows for built days (summed across days in SQL: ``built``) and the activity log
for the rest (today, and any day not built), with the same figures.

Why lazily, not kept by every write: activities are written by a dozen paths (calls, mail,
the outbox, replies, stage moves, hand-offs, imports, erasure, undo, merges), and the
figures depend on more than the row written (a reply changes its email's day; a stage
change ends the stay its contact began days before; a contact's new source moves all its
activities). Triggers created by migration 0015 only have to *forget*: any write to an
activity deletes its day's ``report_days`` row (and, for a stage change or a reply, the
days of that contact's moves or emails; for a contact's source or lead type, all its
days), and that row's deletion deletes the day's roll-up rows. The next report rebuilds
the day from the log with the live query itself, so the numbers cannot drift apart.
``first_touches`` alone is kept current by triggers (migration 0019): a lead's first touch
usually comes days after its arrival, and forgetting the arrival day for it would rebuild
a whole day (about a second of CPU on a busy day) for one row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, literal, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from app.core.ops import CancelToken, check_cancelled
from app.core.reports import ReportRange
from app.storage import tables
from app.storage.reports import built, queries
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

_DAYS = tables.report_days
_DAILY = tables.activity_daily
_STAYS = tables.stage_stays


def built_days(conn: Connection, span: ReportRange) -> set[dt.date]:
    """The days of ``span`` whose roll-up is built."""
    rows = conn.execute(
        select(_DAYS.c.day).where(
            _DAYS.c.day >= span.first.isoformat(), _DAYS.c.day <= span.last.isoformat()
        )
    )
    return {dt.date.fromisoformat(str(d)) for (d,) in rows}


def live_parts(span: ReportRange, built: set[dt.date]) -> list[ReportRange]:
    """The runs of consecutive days of ``span`` that are not built, in order."""
    parts: list[ReportRange] = []
    start: dt.date | None = None
    for day in [*span.days(), None]:
        if day is not None and day not in built:
            start = start or day
            continue
        if start is not None:
            parts.append(ReportRange(start, (day or span.last + dt.timedelta(days=1))
                                     - dt.timedelta(days=1)))  # fmt: skip
            start = None
    return parts


def build_day(conn: Connection, day: dt.date) -> None:
    """Roll one day up (inside the caller's write transaction), replacing what was there."""
    span = ReportRange(day, day)
    text = day.isoformat()
    conn.execute(delete(_DAYS).where(_DAYS.c.day == text))  # its rows go with it (trigger)
    queries.forget_range_sizes(conn)
    activity = queries.activity_select(conn, span, None).subquery("groups")
    conn.execute(
        insert(_DAILY).from_select(
            ["day", "kind", "outcome", "rep_id", "source", "lead_type", "long_call", "booked",
             "variant", "replied", "activities"],
            select(literal(text), activity.c.kind, activity.c.outcome, activity.c.rep_id,
                   activity.c.source, activity.c.lead_type, activity.c.long_call,
                   activity.c.booked, activity.c.variant, activity.c.replied, activity.c.n),
        )
    )  # fmt: skip
    built.mark_first_bookings(conn, text)
    stays = queries.stay_select(conn, span).subquery("stays")
    conn.execute(
        insert(_STAYS).from_select(
            ["activity_id", "day", "contact_id", "rep_id", "to_key", "left_at", "days",
             "rep_left_at", "rep_days", "entered_before", "rep_entered_before"],
            select(stays.c.activity_id, literal(text), stays.c.contact_id, stays.c.rep_id,
                   stays.c.to_key, stays.c.left_at, stays.c.days, stays.c.rep_left_at,
                   stays.c.rep_days, stays.c.entered_before, stays.c.rep_entered_before),
        )
    )  # fmt: skip
    leads = queries.first_touch_select(conn, span).subquery("leads")
    conn.execute(
        insert(tables.first_touches).from_select(
            ["contact_id", "day", "owner_id", "arrived_at", "first_at"],
            select(leads.c.contact_id, leads.c.day, leads.c.owner_id, leads.c.arrived_at,
                   leads.c.first_at),
        )
    )  # fmt: skip
    conn.execute(insert(_DAYS).values(day=text, built_at=utcnow()))
    queries.forget_range_sizes(conn)


def build_closed_days(
    db: Database, span: ReportRange, today: dt.date, *, cancel: CancelToken | None = None
) -> list[dt.date]:
    """Roll up the days of ``span`` before ``today`` that are not built yet.

    One short write transaction per day, so other writers (a shared file's colleagues)
    wait for a day, not for a year; ``cancel`` is checked between days and keeps the days
    built so far. On PostgreSQL the roll-up table is locked first, so a writer whose
    trigger forgets a day cannot slip between the read of that day and its mark. A
    database that cannot be written now (read-only, busy) is left alone: the report then
    reads those days live, with the same numbers.

    Returns:
        The days built.
    """
    closed = ReportRange(span.first, min(span.last, today - dt.timedelta(days=1)))
    if closed.first > closed.last:
        return []
    with db.reading() as conn:
        built = built_days(conn, closed)
    done: list[dt.date] = []
    for day in closed.days():
        if day in built:
            continue
        check_cancelled(cancel)
        try:
            with db.transaction() as conn:
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql("LOCK TABLE report_days IN EXCLUSIVE MODE")
                if day not in built_days(conn, ReportRange(day, day)):
                    build_day(conn, day)
        except OperationalError:
            break
        done.append(day)
    return done


def forget_days(db: Database, days: Sequence[dt.date] | None = None) -> None:
    """Drop the roll-up of ``days`` (all days with None): reports read them live again."""
    with db.transaction() as conn:
        query = delete(_DAYS)
        if days is not None:
            query = query.where(_DAYS.c.day.in_([d.isoformat() for d in days]))
        conn.execute(query)


__all__ = ["build_closed_days", "build_day", "built_days", "forget_days", "live_parts"]
