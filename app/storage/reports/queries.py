"""The report's reads: a few grouped queries over the range, summed further in core.

Each query is one ``GROUP BY`` over the activities of the range, found through
``ix_activities_occurred_at``; per-contact look-ups (an inbound lead's first touch, an
email's reply) go through ``ix_activities_contact_time``. What comes back is small
(groups, not rows), so a report over a million activities stays well under a second
(benchmarks/bench_reports.py). A day is the UTC calendar day of the stored moment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.engine import Connection

from app.core.reports import (
    EMAIL_SENT_OUTCOMES,
    FIRST_TOUCH_KINDS,
    TOUCH_KIND_CHANNEL,
    ActivityGroup,
    Booking,
    HandoffGroup,
    ReportRange,
    StageCount,
    VariantCount,
)
from app.core.reports.definitions import CONVERSATION_SECONDS, MEETING_OUTCOME, MEETING_STAGE
from app.storage import tables
from app.storage.types import UtcDateTime

_A = tables.activities
_C = tables.contacts
_H = tables.handoffs
_S = tables.pipeline_stages


def _is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _day(conn: Connection, column: Any) -> ColumnElement[str]:
    """The UTC day of a stored moment as ``YYYY-MM-DD`` text.

    SQLite stores UTC moments as ISO text, so the first ten characters are the day (and
    cheaper than ``date()`` on a million rows); PostgreSQL formats the UTC moment.
    """
    if _is_sqlite(conn):
        return func.substr(column, 1, 10)
    return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD")


def _minutes_between(conn: Connection, early: Any, late: Any) -> ColumnElement[Any]:
    """Minutes from ``early`` to ``late`` (two stored moments), as a float."""
    if _is_sqlite(conn):
        return (func.julianday(late) - func.julianday(early)) * 1440.0
    return func.extract("epoch", late - early) / 60.0


def _in_range(column: Any, span: ReportRange) -> ColumnElement[bool]:
    return and_(column >= span.start, column < span.end)


#: Share of all activities above which a range is read by scanning the table rather than
#: through ``ix_activities_occurred_at``: past it, one index look-up per row (rows stored
#: by contact, not by time, as after an import or a demo) costs several times a scan.
WIDE_RANGE_SHARE = 0.15


def _wide(conn: Connection, span: ReportRange) -> bool:
    """Whether the range holds so many activities that a scan beats the index (SQLite)."""
    if not _is_sqlite(conn):
        return False
    info = conn.info.get("reports_wide")
    if info is not None and info[0] == (span.first, span.last):
        return bool(info[1])
    # Both counts read indexes only (a covering index, the smallest index): cheap.
    inside = conn.execute(
        select(func.count()).where(_in_range(_A.c.occurred_at, span))
    ).scalar_one()
    total = conn.execute(select(func.count()).select_from(_A)).scalar_one()
    wide = total > 0 and inside > WIDE_RANGE_SHARE * total
    conn.info["reports_wide"] = ((span.first, span.last), wide)
    return wide


def _within(conn: Connection, span: ReportRange) -> ColumnElement[bool]:
    """The activities of the range, by index or by scan, whichever is cheaper.

    SQLite's unary ``+`` on a column keeps the planner off that column's index; the
    type coercion keeps the bound moments in the stored format.
    """
    if _wide(conn, span):
        unindexed = type_coerce(literal_column("+activities.occurred_at"), UtcDateTime())
        return _in_range(unindexed, span)
    return _in_range(_A.c.occurred_at, span)


def _json_text(column: Any, key: str) -> ColumnElement[str]:
    """A text field of a JSON ``details`` column (NULL when absent)."""
    return column[key].as_string()  # type: ignore[no-any-return]


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(str(text)[:10])


@dataclass
class ActivityPass:
    """What the one pass over the range's activities gives.

    Attributes:
        groups: Activities grouped by day, kind, outcome, rep, source and lead type.
        bookings: Meetings booked, one per contact and day.
        variants: A/B variants with their emails sent and replied to.
    """

    groups: list[ActivityGroup] = field(default_factory=list)
    bookings: list[Booking] = field(default_factory=list)
    variants: list[VariantCount] = field(default_factory=list)


def activity_pass(conn: Connection, span: ReportRange, rep_id: int | None) -> ActivityPass:
    """Read the range's activities once, grouped finely enough for every activity figure.

    The grouping keys besides day, kind, outcome, rep, source and lead type are NULL for
    most rows, so they add few groups:

    - ``booked``: the contact, for a booking (a call with outcome ``meeting_booked`` or a
      stage change to ``meeting_booked``); both on one day are one meeting;
    - ``variant`` and ``replied``: an email's A/B variant, and whether a ``reply``
      activity of the same contact names its ``message_id`` in ``in_reply_to`` (at or
      after the email).

    A ``CASE`` looks into the JSON ``details`` only for the rows concerned.
    """
    a = _A
    day = _day(conn, a.c.occurred_at).label("day")
    long_call = case(
        (and_(a.c.kind == "call", a.c.duration_seconds >= CONVERSATION_SECONDS), 1), else_=0
    ).label("long_call")
    booked = case(
        (and_(a.c.kind == "call", a.c.outcome == MEETING_OUTCOME), a.c.contact_id),
        (and_(a.c.kind == "stage_change", _json_text(a.c.details, "to") == MEETING_STAGE),
         a.c.contact_id),
    ).label("booked")  # fmt: skip
    sent_email = and_(a.c.kind == "email", a.c.outcome.in_(sorted(EMAIL_SENT_OUTCOMES)))
    variant = case((sent_email, _json_text(a.c.details, "variant"))).label("variant")
    r = _A.alias("reply")
    answered = exists().where(
        r.c.contact_id == a.c.contact_id,
        r.c.kind == "reply",
        r.c.occurred_at >= a.c.occurred_at,
        _json_text(r.c.details, "in_reply_to") == _json_text(a.c.details, "message_id"),
    )
    replied = case(
        (and_(sent_email, _json_text(a.c.details, "variant").is_not(None), answered), 1),
        else_=0,
    ).label("replied")
    keys = (day, a.c.kind, a.c.outcome, a.c.rep_id, _C.c.source, _C.c.lead_type, long_call,
            booked, variant, replied)  # fmt: skip
    # Only the rows some figure counts go through the grouping's sort: notes, meetings
    # and the other stage moves (often a third of the log) stay out.
    counted = or_(
        a.c.kind.in_((*TOUCH_KIND_CHANNEL, "reply")),
        and_(a.c.kind == "stage_change", _json_text(a.c.details, "to") == MEETING_STAGE),
    )
    query: Select[Any] = (
        select(*keys, func.count().label("n"))
        .select_from(a.join(_C, _C.c.id == a.c.contact_id))
        .where(_within(conn, span), counted)
        # By the output columns' names: the expressions (the reply look-up among them)
        # are then worked out once per row, not again for the grouping.
        .group_by(*(literal_column(key.name) for key in keys))
    )
    if rep_id is not None:
        query = query.where(a.c.rep_id == rep_id)
    out = ActivityPass()
    seen: set[tuple[str, int]] = set()
    variants: dict[str, list[int]] = {}
    for row in conn.execute(query):
        when = _date(row.day)
        out.groups.append(
            ActivityGroup(when, str(row.kind), row.outcome, row.rep_id, row.source,
                          row.lead_type, bool(row.long_call), int(row.n))
        )  # fmt: skip
        if row.booked is not None and (row.day, row.booked) not in seen:
            seen.add((row.day, row.booked))
            out.bookings.append(
                Booking(when, int(row.booked), row.rep_id, row.source, row.lead_type)
            )
        if row.variant is not None:
            counts = variants.setdefault(str(row.variant), [0, 0])
            counts[0] += int(row.n)
            counts[1] += int(row.n) if row.replied else 0
    out.variants = [VariantCount(v, sent, answered) for v, (sent, answered) in variants.items()]
    return out


def handoff_groups(conn: Connection, span: ReportRange, rep_id: int | None) -> list[HandoffGroup]:
    """Hand-offs created in the range, grouped by day, status, rep, source and lead type."""
    day = _day(conn, _H.c.created_at).label("day")
    query: Select[Any] = (
        select(day, _H.c.status, _H.c.rep_id, _C.c.source, _C.c.lead_type,
               func.count().label("n"))
        .select_from(_H.join(_C, _C.c.id == _H.c.contact_id))
        .where(_in_range(_H.c.created_at, span))
        .group_by(day, _H.c.status, _H.c.rep_id, _C.c.source, _C.c.lead_type)
    )  # fmt: skip
    if rep_id is not None:
        query = query.where(_H.c.rep_id == rep_id)
    return [
        HandoffGroup(_date(r.day), str(r.status), r.rep_id, r.source, r.lead_type, int(r.n))
        for r in conn.execute(query)
    ]


def stage_counts(conn: Connection, span: ReportRange, rep_id: int | None) -> list[StageCount]:
    """Every stage with the contacts in it now, reached in the range, and finished stays.

    ``current`` counts contacts by their stage now (owned by the rep when one is given).
    ``reached`` counts distinct contacts moved into the stage within the range (moves
    the rep logged). A stay is from a move into the stage to the contact's next move,
    both within the range; its length in days feeds the median. One pass over the
    range's stage changes gives both.
    """
    owner_clause = [_C.c.owner_id == rep_id] if rep_id is not None else []
    current: dict[int, int] = dict(
        conn.execute(
            select(_C.c.stage_id, func.count())
            .where(_C.c.stage_id.is_not(None), *owner_clause)
            .group_by(_C.c.stage_id)
        ).all()
    )
    to_key = _json_text(_A.c.details, "to").label("to_key")
    moves = (
        select(
            to_key,
            _A.c.contact_id,
            _A.c.occurred_at,
            func.lead(_A.c.occurred_at)
            .over(partition_by=_A.c.contact_id, order_by=(_A.c.occurred_at, _A.c.id))
            .label("left_at"),
        )
        .where(_within(conn, span), _A.c.kind == "stage_change")
    )  # fmt: skip
    if rep_id is not None:
        moves = moves.where(_A.c.rep_id == rep_id)
    moved = moves.subquery("moves")
    days = (_minutes_between(conn, moved.c.occurred_at, moved.c.left_at) / 1440.0).label("days")
    reached: dict[str, set[int]] = {}
    stays: dict[str, list[float]] = {}
    for key, contact_id, length in conn.execute(select(moved.c.to_key, moved.c.contact_id, days)):
        reached.setdefault(str(key), set()).add(int(contact_id))
        if length is not None:
            stays.setdefault(str(key), []).append(float(length))
    rows = conn.execute(select(_S.c.id, _S.c.key, _S.c.name, _S.c.position)).all()
    return [
        StageCount(
            str(r.key),
            str(r.name),
            int(r.position),
            int(current.get(r.id, 0)),
            len(reached.get(str(r.key), ())),
            tuple(stays.get(str(r.key), ())),
        )  # fmt: skip
        for r in rows
    ]


def speed_to_lead(
    conn: Connection, span: ReportRange, rep_id: int | None
) -> tuple[list[float], int]:
    """Minutes from arrival to first touch of the inbound leads that arrived in the range.

    Returns:
        The touched leads' minutes, and how many leads nobody touched yet.
    """
    a = _A.alias("first_touch")
    first = (
        select(func.min(a.c.occurred_at))
        .where(
            a.c.contact_id == _C.c.id,
            a.c.kind.in_(FIRST_TOUCH_KINDS),
            a.c.rep_id.is_not(None),
            a.c.occurred_at >= _C.c.arrived_at,
        )
        .scalar_subquery()
    )
    leads = (
        select(_C.c.arrived_at, first.label("first_at"))
        .where(_C.c.source == "inbound", _in_range(_C.c.arrived_at, span))
    )  # fmt: skip
    if rep_id is not None:
        leads = leads.where(_C.c.owner_id == rep_id)
    inner = leads.subquery("leads")
    minutes = _minutes_between(conn, inner.c.arrived_at, inner.c.first_at).label("minutes")
    touched: list[float] = []
    untouched = 0
    for (value,) in conn.execute(select(minutes)):
        if value is None:
            untouched += 1
        else:
            touched.append(max(float(value), 0.0))
    return touched, untouched


def rep_names(conn: Connection) -> dict[int, tuple[str, str | None]]:
    """rep id -> (name, address), for the breakdowns' labels."""
    rows = conn.execute(select(tables.reps.c.id, tables.reps.c.name, tables.reps.c.email))
    return {int(r.id): (str(r.name), r.email) for r in rows}


__all__ = [
    "ActivityPass",
    "activity_pass",
    "handoff_groups",
    "rep_names",
    "speed_to_lead",
    "stage_counts",
]
