"""One report read: the grouped queries in one snapshot, summed by core."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.engine import Connection

from app.core.ops import CancelToken, Progress, check_cancelled, report
from app.core.reports import (
    Report,
    ReportError,
    ReportInput,
    ReportRange,
    VariantCount,
    build_report,
)
from app.storage.cadences.reps import RepInfo, find_rep, list_reps
from app.storage.reports import built, queries
from app.storage.reports import rollup as rollup_days

if TYPE_CHECKING:
    from app.storage.database import Database

#: The roll-up and the queries of one report, for progress.
_STEPS = 5


def _activities(
    conn: Connection, span: ReportRange, rep_id: int | None, live: list[ReportRange] | None
) -> queries.ActivityPass:
    """The activity pass: built days summed in SQL (``built``), the ``live`` parts from the log."""
    if live is None:
        return queries.activity_pass(conn, span, rep_id)
    rows: list[queries.ActivityRow] = []
    for part in live:
        rows += queries.activity_rows(conn, part, rep_id)
    out = queries.summarize_activities(rows, ordered=conn.dialect.name == "sqlite")
    if len(live) == 1 and live[0] == span:
        return out  # nothing built in the range
    out.groups += built.summed_groups(conn, span, rep_id)
    out.day_touches += built.day_touches(conn, span, rep_id)
    out.bookings += built.bookings(conn, span, rep_id)
    variants = {v.variant: v for v in out.variants}
    for v in built.variants(conn, span, rep_id):
        known = variants.get(v.variant)
        variants[v.variant] = (
            v if known is None else VariantCount(v.variant, known.sent + v.sent,
                                                 known.replied + v.replied)
        )  # fmt: skip
    out.variants = list(variants.values())
    return out


def report_reps(db: Database) -> list[RepInfo]:
    """Every rep, for the Reports page's filter (inactive ones included, flagged)."""
    with db.reading() as conn:
        return list_reps(conn)


def read_report(  # noqa: PLR0913 (keyword options of one read)
    db: Database,
    span: ReportRange,
    rep_email: str | None = None,
    *,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
    rollup: bool = True,
) -> Report:
    """Read every figure of the report for ``span`` (and one rep).

    Args:
        db: The database.
        span: The days covered (from :func:`~app.core.reports.report_range`).
        rep_email: Only this rep's work (activities they logged, contacts they own,
            hand-offs they made), or None for everybody's.
        cancel: Checked between the queries.
        progress: Told (queries done, queries).
        today: Today (UTC; the real one by default): the days before it are closed and
            rolled up (``app.storage.reports.rollup``), today and later are read live.
        rollup: False reads every day live from the activity log (the tests compare).

    Raises:
        ReportError: ``unknown_rep`` when no rep has ``rep_email``.
        OperationCancelled: ``cancel`` was cancelled (nothing to undo: a read).
    """
    with db.reading() as conn:
        rep_id: int | None = None
        if rep_email:
            rep = find_rep(conn, rep_email)
            if rep is None:
                raise ReportError("unknown_rep", {"email": rep_email})
            rep_id = rep.id
    if rollup:
        rollup_days.build_closed_days(
            db, span, today or dt.datetime.now(dt.UTC).date(), cancel=cancel
        )
        report(progress, 1, _STEPS)
    with db.reading() as conn:
        queries.forget_range_sizes(conn)  # each range's size is measured once per read
        live: list[ReportRange] | None = None
        if rollup:
            live = rollup_days.live_parts(span, rollup_days.built_days(conn, span))
        steps: list[Any] = []
        reads: tuple[Callable[[], Any], ...] = (
            lambda: _activities(conn, span, rep_id, live),
            lambda: queries.handoff_groups(conn, span, rep_id),
            lambda: queries.stage_counts(conn, span, rep_id, live),
            lambda: queries.speed_to_lead(conn, span, rep_id, live),
        )
        for step, read in enumerate(reads, 2):
            check_cancelled(cancel)
            steps.append(read())
            report(progress, step, _STEPS)
        names = queries.rep_names(conn)
    activities, handoffs, stages, (minutes, untouched) = steps
    return build_report(
        ReportInput(
            range=span,
            activities=activities.groups,
            day_touches=activities.day_touches,
            bookings=activities.bookings,
            handoffs=handoffs,
            stages=stages,
            speed_minutes=minutes,
            inbound_untouched=untouched,
            variants=activities.variants,
            rep_names=names,
            rep_email=rep_email,
        )
    )


def explain_report(
    db: Database, span: ReportRange, rep_email: str | None = None, *, rollup: bool = False
) -> list[str]:
    """The SQLite query plan of every statement a report runs (tests and benchmarks).

    By default the plans of a report read wholly from the activity log (what a day not
    rolled up costs); ``rollup=True`` shows the reads of a report over built days.

    Returns:
        One text per statement: the SQL's first line, then its plan's lines.
    """
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        read_report(db, span, rep_email, rollup=rollup)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    plans = []
    with db.reading() as conn:
        for sql, params in statements:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
            head = " ".join(sql.split())[:120]
            plans.append("\n".join([head, *(f"  {row[-1]}" for row in rows)]))
    return plans


__all__ = ["explain_report", "read_report", "report_reps"]
