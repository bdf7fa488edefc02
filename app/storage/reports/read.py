"""One report read: the grouped queries in one snapshot, summed by core."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import event

from app.core.ops import CancelToken, Progress, check_cancelled, report
from app.core.reports import Report, ReportError, ReportInput, ReportRange, build_report
from app.storage.cadences.reps import RepInfo, find_rep, list_reps
from app.storage.reports import queries

if TYPE_CHECKING:
    from app.storage.database import Database

#: The queries of one report, for progress.
_STEPS = 4


def report_reps(db: Database) -> list[RepInfo]:
    """Every rep, for the Reports page's filter (inactive ones included, flagged)."""
    with db.reading() as conn:
        return list_reps(conn)


def read_report(
    db: Database,
    span: ReportRange,
    rep_email: str | None = None,
    *,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> Report:
    """Read every figure of the report for ``span`` (and one rep).

    Args:
        db: The database.
        span: The days covered (from :func:`~app.core.reports.report_range`).
        rep_email: Only this rep's work (activities they logged, contacts they own,
            hand-offs they made), or None for everybody's.
        cancel: Checked between the queries.
        progress: Told (queries done, queries).

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
        conn.info.pop("reports_wide", None)  # the range's size is measured once per read
        steps: list[Any] = []
        for step, read in enumerate(
            (
                queries.activity_pass,
                queries.handoff_groups,
                queries.stage_counts,
                queries.speed_to_lead,
            ),
            1,
        ):
            check_cancelled(cancel)
            steps.append(read(conn, span, rep_id))
            report(progress, step, _STEPS)
        names = queries.rep_names(conn)
    activities, handoffs, stages, (minutes, untouched) = steps
    return build_report(
        ReportInput(
            range=span,
            activities=activities.groups,
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


def explain_report(db: Database, span: ReportRange, rep_email: str | None = None) -> list[str]:
    """The SQLite query plan of every statement a report runs (tests and benchmarks).

    Returns:
        One text per statement: the SQL's first line, then its plan's lines.
    """
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        read_report(db, span, rep_email)
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
