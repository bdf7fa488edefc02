"""The activity figures of the built days, summed across days in SQL.

A built day keeps its activities as about a thousand groups (kind, outcome, rep, source,
lead type, one per booked contact, ...; ``activity_daily``). A report over a month of them
needs none of those groups one by one: four small reads give what the figures sum —

- the groups summed over the days (a few hundred: no day, no booked contact),
- the touches of each day by kind (a day's chart bar),
- the meetings booked per day, rep and kind of lead, each contact once a day (the group
  credited with it is marked when the day is built: :func:`mark_first_bookings`),
- the A/B variants' emails sent and answered.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.engine import Connection

from app.core.reports import (
    TOUCH_KIND_CHANNEL,
    ActivityGroup,
    BookingGroup,
    DayTouches,
    ReportRange,
    VariantCount,
)
from app.storage import tables

_D = tables.activity_daily.c


def _where(span: ReportRange, rep_id: int | None) -> list[ColumnElement[bool]]:
    where = [_D.day >= span.first.isoformat(), _D.day <= span.last.isoformat()]
    if rep_id is not None:
        where.append(_D.rep_id == rep_id)
    return where


def summed_groups(conn: Connection, span: ReportRange, rep_id: int | None) -> list[ActivityGroup]:
    """The built days' groups summed over the days (``day`` None)."""
    keys = (_D.kind, _D.outcome, _D.rep_id, _D.source, _D.lead_type, _D.long_call)
    query = select(*keys, func.sum(_D.activities)).where(*_where(span, rep_id)).group_by(*keys)
    return [
        ActivityGroup(None, str(kind), outcome, rep, source, lead_type, bool(long_call), int(n))
        for kind, outcome, rep, source, lead_type, long_call, n in conn.execute(query).all()
    ]


def day_touches(conn: Connection, span: ReportRange, rep_id: int | None) -> list[DayTouches]:
    """The built days' touches per day and kind (on ``ix_activity_daily_day``, no sort)."""
    query = (
        select(_D.day, _D.kind, func.sum(_D.activities))
        .where(*_where(span, rep_id), _D.kind.in_(sorted(TOUCH_KIND_CHANNEL)))
        .group_by(_D.day, _D.kind)
    )
    return [
        DayTouches(dt.date.fromisoformat(str(day)), str(kind), int(n))
        for day, kind, n in conn.execute(query).all()
    ]


def _nulls_first(column: Any) -> Any:
    """Ascending with NULL first, as SQLite sorts (PostgreSQL puts NULL last)."""
    return column.asc().nulls_first()


def mark_first_bookings(conn: Connection, day: str) -> None:
    """Set ``books`` on the group each booked contact's meeting of ``day`` is credited to.

    A contact booked twice on a day (a call and a stage move) is one meeting, credited to
    the first of its groups in the live pass's order (kind, outcome, rep, ...), as
    :func:`~app.storage.reports.queries.summarize_activities` counts it.
    """
    nth = func.row_number().over(
        partition_by=_D.booked,
        order_by=[_D.kind, *(_nulls_first(c) for c in (_D.outcome, _D.rep_id, _D.source,
                                                       _D.lead_type)), _D.long_call],
    )  # fmt: skip
    ranked = (
        select(_D.id, nth.label("nth"))
        .where(_D.day == day, _D.booked.is_not(None))
        .subquery("ranked")
    )
    conn.execute(
        update(tables.activity_daily)
        .where(_D.id.in_(select(ranked.c.id).where(ranked.c.nth == 1)))
        .values(books=1)
    )


def bookings(conn: Connection, span: ReportRange, rep_id: int | None) -> list[BookingGroup]:
    """The built days' meetings booked per day, rep, source and lead type.

    Everybody's are the groups marked ``books`` (:func:`mark_first_bookings`). One rep's
    report credits the rep with every contact they booked on a day (the first of *their*
    groups), and a contact's groups share its source and lead type: its distinct contacts.
    """
    where = [_D.day >= span.first.isoformat(), _D.day <= span.last.isoformat()]
    if rep_id is None:
        keys = (_D.day, _D.rep_id, _D.source, _D.lead_type)
        query = select(*keys, func.count()).where(_D.books == 1, *where).group_by(*keys)
        return [
            BookingGroup(dt.date.fromisoformat(str(day)), rep, source, lead_type, int(n))
            for day, rep, source, lead_type, n in conn.execute(query).all()
        ]
    contact_keys = (_D.day, _D.source, _D.lead_type)
    query = (
        select(*contact_keys, func.count(_D.booked.distinct()))
        .where(_D.rep_id == rep_id, _D.booked.is_not(None), *where)
        .group_by(*contact_keys)
    )
    return [
        BookingGroup(dt.date.fromisoformat(str(day)), rep_id, source, lead_type, int(n))
        for day, source, lead_type, n in conn.execute(query).all()
    ]


def variants(conn: Connection, span: ReportRange, rep_id: int | None) -> list[VariantCount]:
    """The built days' A/B variants with their emails sent and answered."""
    query = (
        select(_D.variant, func.sum(_D.activities), func.sum(_D.activities * _D.replied))
        .where(*_where(span, rep_id), _D.variant.is_not(None))
        .group_by(_D.variant)
    )
    return [
        VariantCount(str(variant), int(sent), int(replied))
        for variant, sent, replied in conn.execute(query).all()
    ]


__all__ = ["bookings", "day_touches", "mark_first_bookings", "summed_groups", "variants"]
