"""The activity figures of the built days, summed across days in SQL.

A built day keeps its activities as about a thousand groups (kind, outcome, rep, source,
lead type, one per booked contact, ...; ``activity_daily``). A report over a month of them
needs none of those groups one by one: four small reads give what the figures sum —

- the groups summed over the days (a few hundred: no day, no booked contact),
- the touches of each day by kind (a day's chart bar),
- the meetings booked per day, rep and kind of lead, each contact once a day (the first
  of its groups in the live pass's order, as :func:`~app.storage.reports.queries.
  summarize_activities` counts it),
- the A/B variants' emails sent and answered.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, func, select
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


def bookings(conn: Connection, span: ReportRange, rep_id: int | None) -> list[BookingGroup]:
    """The built days' meetings booked per day, rep, source and lead type.

    A contact booked twice on a day (a call and a stage move) is one meeting, credited to
    the first of its groups in the live pass's order (kind, outcome, rep, ...): the window
    picks that group per day and contact.
    """
    first = (
        func.row_number()
        .over(
            partition_by=(_D.day, _D.booked),
            order_by=[_D.kind, *(_nulls_first(c) for c in (_D.outcome, _D.rep_id, _D.source,
                                                           _D.lead_type)), _D.long_call],
        )
        .label("nth")
    )  # fmt: skip
    groups = (
        select(_D.day, _D.rep_id, _D.source, _D.lead_type, first)
        .where(*_where(span, rep_id), _D.booked.is_not(None))
        .subquery("booked")
    )
    b = groups.c
    query = (
        select(b.day, b.rep_id, b.source, b.lead_type, func.count())
        .where(b.nth == 1)
        .group_by(b.day, b.rep_id, b.source, b.lead_type)
    )
    return [
        BookingGroup(dt.date.fromisoformat(str(day)), rep, source, lead_type, int(n))
        for day, rep, source, lead_type, n in conn.execute(query).all()
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


__all__ = ["bookings", "day_touches", "summed_groups", "variants"]
