"""The report's reads: a few grouped queries over the range, summed further in core.

Each query is one ``GROUP BY`` over the activities of the range, found through
``ix_activities_occurred_at``; per-contact look-ups (an inbound lead's first touch, an
email's reply) go through ``ix_activities_contact_time``. What comes back is small
(groups, not rows), so a report over a million activities stays well under a second
(benchmarks/bench_reports.py). A day is the UTC calendar day of the stored moment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from operator import attrgetter
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
    BookingGroup,
    DayTouches,
    HandoffGroup,
    ReportRange,
    StageCount,
    VariantCount,
    median_of_union,
)
from app.core.reports.definitions import CONVERSATION_SECONDS, MEETING_OUTCOME, MEETING_STAGE
from app.storage import tables
from app.storage.contacts.tables import chunks
from app.storage.pipeline.board import tallied_counts
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
    # Measured once per read (``forget_range_sizes``) for each range it reads live: the
    # total walks a million index entries, so it is not counted again per query.
    known: dict[object, object] = conn.info.setdefault("reports_wide", {})
    key = (span.first, span.last)
    if key in known:
        return bool(known[key])
    inside = conn.execute(
        select(func.count()).where(_in_range(_A.c.occurred_at, span))
    ).scalar_one()
    if "total" not in known:
        known["total"] = conn.execute(select(func.count()).select_from(_A)).scalar_one()
    total = int(str(known["total"]))
    wide = total > 0 and inside > WIDE_RANGE_SHARE * total
    known[key] = wide
    return wide


def forget_range_sizes(conn: Connection) -> None:
    """Measure ranges afresh (at the start of a read, or after a write on ``conn``)."""
    conn.info.pop("reports_wide", None)


def _within(conn: Connection, span: ReportRange) -> ColumnElement[bool]:
    """The activities of the range, by index or by scan, whichever is cheaper.

    SQLite's unary ``+`` on a column keeps the planner off that column's index; the
    type coercion keeps the bound moments in the stored format.
    """
    if _wide(conn, span):
        unindexed = type_coerce(literal_column("+activities.occurred_at"), UtcDateTime())
        return _in_range(unindexed, span)
    return _in_range(_A.c.occurred_at, span)


def _not_indexed(conn: Connection, column: Any) -> Any:
    """``column`` with SQLite's unary ``+``, so the planner does not pick its index."""
    if not _is_sqlite(conn):
        return column
    return type_coerce(literal_column(f"+{column.table.name}.{column.name}"), column.type)


def _json_text(column: Any, key: str) -> ColumnElement[str]:
    """A text field of a JSON ``details`` column (NULL when absent)."""
    return column[key].as_string()  # type: ignore[no-any-return]


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(str(text)[:10])


@dataclass
class ActivityPass:
    """What the one pass over the range's activities gives.

    Attributes:
        groups: Activities grouped by day, kind, outcome, rep, source and lead type (the
            built days' summed over their days).
        day_touches: The touches per day of the groups summed over days.
        bookings: Meetings booked, one per contact and day (the built days' counted).
        variants: A/B variants with their emails sent and replied to.
    """

    groups: list[ActivityGroup] = field(default_factory=list)
    day_touches: list[DayTouches] = field(default_factory=list)
    bookings: list[Booking | BookingGroup] = field(default_factory=list)
    variants: list[VariantCount] = field(default_factory=list)


def activity_select(conn: Connection, span: ReportRange, rep_id: int | None) -> Select[Any]:
    """The one grouped pass over the range's activities (also what builds a day's roll-up).

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
    return query


def activity_rows(conn: Connection, span: ReportRange, rep_id: int | None) -> list[ActivityRow]:
    """The grouped pass over ``span``, live from the activity log (SQLite: in
    :meth:`ActivityRow.order`, the grouping's own order)."""
    query = activity_select(conn, span, rep_id)
    if _is_sqlite(conn):
        query = query.order_by(*(literal_column(name) for name in ACTIVITY_KEYS))
    return [
        ActivityRow(str(r.day)[:10], str(r.kind), r.outcome, r.rep_id, r.source, r.lead_type,
                    int(r.long_call), r.booked, r.variant, int(r.replied), int(r.n))
        for r in conn.execute(query).all()
    ]  # fmt: skip


#: The activity pass's grouping keys, in the order its groups are summed.
ACTIVITY_KEYS = ("day", "kind", "outcome", "rep_id", "source", "lead_type", "long_call",
                 "booked", "variant", "replied")  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """One group of the activity pass, live or from a built day's roll-up."""

    day: str
    kind: str
    outcome: str | None
    rep_id: int | None
    source: str | None
    lead_type: str | None
    long_call: int
    booked: int | None
    variant: str | None
    replied: int
    n: int

    def order(self) -> tuple[object, ...]:
        """SQLite's ``GROUP BY`` order (NULL first): a contact booked twice on a day is
        counted for the first of its groups, whichever way the groups were read."""
        return (self.day, self.kind, _nulls_first(self.outcome), _nulls_first(self.rep_id),
                _nulls_first(self.source), _nulls_first(self.lead_type), self.long_call,
                _nulls_first(self.booked), _nulls_first(self.variant), self.replied)  # fmt: skip


def _nulls_first(value: object) -> tuple[bool, object]:
    return (value is not None, value if value is not None else 0)


def summarize_activities(rows: Sequence[ActivityRow], *, ordered: bool = False) -> ActivityPass:
    """Turn the pass's groups (live and rolled up) into the figures' input.

    Args:
        rows: The groups.
        ordered: The rows are in :meth:`ActivityRow.order` already within each day (SQLite
            gives them so): only the days are put in order, which is cheap.
    """
    key = attrgetter("day") if ordered else ActivityRow.order
    out = ActivityPass()
    seen: set[tuple[str, int]] = set()
    variants: dict[str, list[int]] = {}
    dates: dict[str, dt.date] = {}
    for row in sorted(rows, key=key):
        when = dates.get(row.day)
        if when is None:
            when = dates[row.day] = _date(row.day)
        out.groups.append(
            ActivityGroup(when, row.kind, row.outcome, row.rep_id, row.source,
                          row.lead_type, bool(row.long_call), row.n)
        )  # fmt: skip
        if row.booked is not None and (row.day, row.booked) not in seen:
            seen.add((row.day, row.booked))
            out.bookings.append(
                Booking(when, int(row.booked), row.rep_id, row.source, row.lead_type)
            )
        if row.variant is not None:
            counts = variants.setdefault(str(row.variant), [0, 0])
            counts[0] += row.n
            counts[1] += row.n if row.replied else 0
    out.variants = [VariantCount(v, sent, answered) for v, (sent, answered) in variants.items()]
    return out


def activity_pass(conn: Connection, span: ReportRange, rep_id: int | None) -> ActivityPass:
    """Read the range's activities once, live, grouped finely enough for every figure."""
    return summarize_activities(activity_rows(conn, span, rep_id), ordered=_is_sqlite(conn))


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


def stay_select(conn: Connection, span: ReportRange) -> Select[Any]:
    """The stage changes of ``span``, each with the stay it began (also a day's roll-up).

    A stay ends at the contact's next stage change (by time, then id), and, for a report
    of one rep, at the next one that rep logged: the same as a ``LEAD`` over the range's
    moves (of that rep), found through ``ix_activities_contact_time`` per move.
    """
    m = _A
    to_key = _json_text(m.c.details, "to").label("to_key")

    def next_move(same_rep: bool) -> Any:
        n = _A.alias("next_move")
        later = or_(
            n.c.occurred_at > m.c.occurred_at,
            and_(n.c.occurred_at == m.c.occurred_at, n.c.id > m.c.id),
        )
        where = [n.c.contact_id == m.c.contact_id, n.c.kind == "stage_change", later]
        if same_rep:
            where.append(n.c.rep_id == m.c.rep_id)
        return select(func.min(n.c.occurred_at)).where(*where).scalar_subquery()

    def entered_before(same_rep: bool) -> Any:
        """The contact's previous move into the same stage (of the same rep)."""
        p = _A.alias("previous_move")
        earlier = or_(
            p.c.occurred_at < m.c.occurred_at,
            and_(p.c.occurred_at == m.c.occurred_at, p.c.id < m.c.id),
        )
        where = [p.c.contact_id == m.c.contact_id, p.c.kind == "stage_change", earlier,
                 _json_text(p.c.details, "to") == _json_text(m.c.details, "to")]  # fmt: skip
        if same_rep:
            where.append(p.c.rep_id == m.c.rep_id)
        return select(func.max(p.c.occurred_at)).where(*where).scalar_subquery()

    inner = (
        select(
            m.c.id.label("activity_id"), _day(conn, m.c.occurred_at).label("day"),
            m.c.contact_id, m.c.rep_id, to_key, m.c.occurred_at,
            next_move(False).label("left_at"), next_move(True).label("rep_left_at"),
            entered_before(False).label("entered_before"),
            entered_before(True).label("rep_entered_before"),
        )
        .where(_within(conn, span), m.c.kind == "stage_change")
        .subquery("moves")
    )  # fmt: skip

    def days(left: Any) -> Any:
        return _minutes_between(conn, inner.c.occurred_at, left) / 1440.0

    return select(
        inner.c.activity_id, inner.c.day, inner.c.contact_id, inner.c.rep_id, inner.c.to_key,
        inner.c.left_at, days(inner.c.left_at).label("days"),
        inner.c.rep_left_at, days(inner.c.rep_left_at).label("rep_days"),
        inner.c.entered_before, inner.c.rep_entered_before,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Stay:
    """A move into a stage, live: who, and the stay's days when it ended within the range."""

    to_key: str
    contact_id: int
    days: float | None


def live_stays(conn: Connection, span: ReportRange, rep_id: int | None) -> list[Stay]:
    """The stays beginning in ``span`` (not rolled up), for everybody or one rep."""
    moves = stay_select(conn, span).subquery("stays")
    left, days = (moves.c.left_at, moves.c.days)
    if rep_id is not None:
        left, days = (moves.c.rep_left_at, moves.c.rep_days)
    query = select(moves.c.to_key, moves.c.contact_id, case((left < span.end, days)))
    if rep_id is not None:
        query = query.where(moves.c.rep_id == rep_id)
    return [
        Stay(str(key), int(contact), None if value is None else float(value))
        for key, contact, value in conn.execute(query)
    ]


def current_counts(conn: Connection, rep_id: int | None) -> dict[int, int]:
    """stage id -> contacts in it now (owned by the rep when one is given).

    Both are the triggers' tallies (``board_tallies``), summed.
    """
    counts = tallied_counts(conn, owner_id=rep_id)
    return {stage_id: n for stage_id, n in counts.items() if stage_id is not None}


def stage_counts(
    conn: Connection,
    span: ReportRange,
    rep_id: int | None,
    live: Sequence[ReportRange] | None = None,
) -> list[StageCount]:
    """Every stage with the contacts in it now, reached in the range, and finished stays.

    ``current`` counts contacts by their stage now (owned by the rep when one is given).
    ``reached`` counts distinct contacts moved into the stage within the range (moves
    the rep logged). A stay is from a move into the stage to the contact's next move,
    both within the range; its length in days feeds the median.

    Args:
        conn: An open connection.
        span: The report's days.
        rep_id: Only this rep's moves (and contacts), or None.
        live: The parts of ``span`` whose days are not rolled up, read from the log; None
            reads all of ``span`` live (nothing from the roll-up).
    """
    current = current_counts(conn, rep_id)
    use_rollup = live is not None
    stays = [s for part in (live if live is not None else [span])
             for s in live_stays(conn, part, rep_id)]  # fmt: skip
    reached: dict[str, set[int]] = {}
    extra: dict[str, list[float]] = {}
    for stay in stays:
        reached.setdefault(stay.to_key, set()).add(stay.contact_id)
        if stay.days is not None:
            extra.setdefault(stay.to_key, []).append(stay.days)
    built_reached: dict[str, int] = {}
    built_stays: dict[str, int] = {}
    rows = conn.execute(select(_S.c.id, _S.c.key, _S.c.name, _S.c.position)).all()
    if use_rollup:
        built_reached, built_stays = _built_stage_counts(
            conn, span, rep_id, reached, [str(r.key) for r in rows]
        )
    out = []
    for r in rows:
        key = str(r.key)
        median = median_of_union(
            built_stays.get(key, 0),
            partial(_built_stay_window, conn, span, rep_id, key),
            extra.get(key, ()),
        )
        out.append(
            StageCount(key, str(r.name), int(r.position), int(current.get(r.id, 0)),
                       built_reached.get(key, 0) + len(reached.get(key, ())), median)
        )  # fmt: skip
    return out


def _built_where(span: ReportRange, rep_id: int | None) -> list[ColumnElement[bool]]:
    t = tables.stage_stays.c
    where = [t.day >= span.first.isoformat(), t.day <= span.last.isoformat()]
    if rep_id is not None:
        where.append(t.rep_id == rep_id)
    return where


def _built_stage_counts(
    conn: Connection,
    span: ReportRange,
    rep_id: int | None,
    live_reached: dict[str, set[int]],
    keys: Sequence[str],
) -> tuple[dict[str, int], dict[str, int]]:
    """From the rolled-up days: contacts reached per stage, and finished stays.

    A contact is counted at its first move into the stage within the range: the move
    whose previous entry into that stage (``entered_before``; of the same rep for one
    rep's report) is before the range. One range count per stage on
    ``ix_stage_stays_key_day``, no DISTINCT. A contact whose first move in the range is
    rolled up and who also moved live is taken out of the live set, so it counts once.
    """
    t = tables.stage_stays.c
    where = _built_where(span, rep_id)
    left, before = (t.left_at, t.entered_before)
    if rep_id is not None:
        left, before = (t.rep_left_at, t.rep_entered_before)
    first_in_range = or_(before.is_(None), before < span.start)
    reached: dict[str, int] = {}
    finished: dict[str, int] = {}
    for key in keys:  # both counts in one pass over the stage's index range
        first, ended = conn.execute(
            select(
                func.count(case((first_in_range, 1))), func.count(case((left < span.end, 1)))
            ).where(t.to_key == key, *where)
        ).one()
        reached[key], finished[key] = int(first), int(ended)
    live_contacts = sorted(set().union(*live_reached.values())) if live_reached else []
    for chunk in chunks(live_contacts):  # by contact (ix_stage_stays_contact): few rows
        known = conn.execute(
            select(t.to_key, t.contact_id)
            .distinct()
            .where(t.contact_id.in_(chunk), *where, first_in_range)
        )
        for key, contact in known:
            live_reached.get(str(key), set()).discard(int(contact))
    return reached, finished


def _built_stay_window(  # noqa: PLR0913, PLR0917 (one query's parameters)
    conn: Connection, span: ReportRange, rep_id: int | None, key: str, offset: int, limit: int
) -> list[float]:
    """``limit`` finished stays in ``key`` of the built days, from ``offset`` on, by length."""
    t = tables.stage_stays.c
    left, days = (t.left_at, t.days) if rep_id is None else (t.rep_left_at, t.rep_days)
    query = (
        select(days)
        .where(*_built_where(span, rep_id), t.to_key == key, left < span.end)
        .order_by(days)
        .limit(limit)
        .offset(offset)
    )
    return [float(v) for (v,) in conn.execute(query)]


def first_touch_select(conn: Connection, span: ReportRange) -> Select[Any]:
    """The inbound leads that arrived in ``span``, each with its first touch, live (also what
    fills a built day's ``first_touches``)."""
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
    return (
        select(_C.c.id.label("contact_id"), _day(conn, _C.c.arrived_at).label("day"),
               _C.c.owner_id, _C.c.arrived_at, first.label("first_at"))
        # The arrival range drives (ix_contacts_arrived_at): a day's leads, not every inbound
        # lead ever (``+`` keeps SQLite off ix_contacts_source_stage, as in ``_within``).
        .where(_not_indexed(conn, _C.c.source) == "inbound", _in_range(_C.c.arrived_at, span))
    )  # fmt: skip


def speed_to_lead(
    conn: Connection,
    span: ReportRange,
    rep_id: int | None,
    live: Sequence[ReportRange] | None = None,
) -> tuple[list[float], int]:
    """Minutes from arrival to first touch of the inbound leads that arrived in the range.

    Args:
        conn: An open connection.
        span: The report's days.
        rep_id: Only the leads this rep owns, or None.
        live: The parts of ``span`` whose days are not rolled up, read from the log; the
            built days' leads come from ``first_touches``. None reads all of ``span`` live.

    Returns:
        The touched leads' minutes, and how many leads nobody touched yet.
    """
    reads = []
    for part in live if live is not None else [span]:
        leads = first_touch_select(conn, part)
        if rep_id is not None:
            leads = leads.where(_C.c.owner_id == rep_id)
        inner = leads.subquery("leads")
        reads.append(select(_minutes_between(conn, inner.c.arrived_at, inner.c.first_at)))
    if live is not None:
        t = tables.first_touches.c
        built = select(_minutes_between(conn, t.arrived_at, t.first_at)).where(
            t.day >= span.first.isoformat(), t.day <= span.last.isoformat()
        )
        if rep_id is not None:
            built = built.where(t.owner_id == rep_id)
        reads.append(built)
    touched: list[float] = []
    untouched = 0
    for read in reads:
        for (value,) in conn.execute(read).all():
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
    "forget_range_sizes",
    "ActivityRow",
    "Stay",
    "activity_pass",
    "activity_rows",
    "activity_select",
    "current_counts",
    "live_stays",
    "stay_select",
    "summarize_activities",
    "handoff_groups",
    "rep_names",
    "first_touch_select",
    "speed_to_lead",
    "stage_counts",
]
