"""Figures of the reports: each report over a database of about 1,000,000 activities.

Target: every report (the default 30 days, a week, a day, everything, one rep) is read
and summed in at most 1 s, and its charts are built in a fraction of that. The database
is a demo of N prospects (250,000 make about 1,000,000 activities), made first unless
``--db`` names one (not timed); ``--keep`` keeps it for the next run.

    .venv/bin/python benchmarks/bench_reports.py --keep /tmp/reports-1m.sqlite3
    .venv/bin/python benchmarks/bench_reports.py --db /tmp/reports-1m.sqlite3
    .venv/bin/python benchmarks/bench_reports.py --contacts 20000      # a quick look

Wall-clock seconds are the best of ``--repeat`` runs; the CPU seconds beside them are
this process's (SQLite runs in it), which a machine shared with other work inflates
less than the wall clock.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select  # noqa: E402

from app.core.reports import ReportRange, report_json, report_range  # noqa: E402
from app.storage import tables  # noqa: E402
from app.storage.database import Database, open_database  # noqa: E402
from app.storage.demo import populate_demo  # noqa: E402
from app.storage.reports import queries, read_report  # noqa: E402

TARGET = 1.0


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall-clock and CPU seconds of ``repeat`` runs of ``fn``."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def verdict(wall: float, cpu: float) -> str:
    mark = "ok" if wall <= TARGET else "SLOW"
    return f"{wall:6.2f} s wall, {cpu:5.2f} s CPU (target ≤ {TARGET:g} s: {mark})"


def last_day(db: Database) -> dt.date:
    """The day of the newest activity: the demo's "today"."""
    with db.reading() as conn:
        newest = conn.execute(select(func.max(tables.activities.c.occurred_at))).scalar_one()
    return newest.date() if newest is not None else dt.datetime.now(dt.UTC).date()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database (not changed)")
    parser.add_argument("--contacts", type=int, default=250_000)
    parser.add_argument("--keep", type=Path, help="where to keep the database it makes")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-reports-") as folder:
        path = args.db or args.keep or Path(folder) / "reports.sqlite3"
        if args.db is None and not path.exists():
            started = time.perf_counter()
            db = open_database(path)
            populate_demo(db, contacts=args.contacts)
            db.close()
            print(f"made a demo of {args.contacts:,} prospects in "
                  f"{time.perf_counter() - started:.0f} s (not timed)")  # fmt: skip
        db = open_database(path, create=False)
        try:
            with db.reading() as conn:
                total = conn.execute(select(func.count()).select_from(tables.activities))
                count = int(total.scalar_one())
            today = last_day(db)
            print(f"{path}: {count:,} activities, last day {today}")
            run(db, today, args.repeat)
        finally:
            db.close()
    return 0


def run(db: Database, today: dt.date, repeat: int) -> None:
    default = report_range(None, None, today)
    with db.reading() as conn:
        first_rep = conn.execute(
            select(tables.reps.c.email).where(tables.reps.c.role == "sdr").order_by("id")
        ).scalar()
    scenarios: list[tuple[str, ReportRange, str | None]] = [
        ("default: the 30 days to today", default, None),
        ("the last 7 days", report_range(today - dt.timedelta(days=6), today, today), None),
        ("today only", report_range(today, today, today), None),
        ("everything (120 days)", report_range(today - dt.timedelta(days=119), today, today),
         None),
        (f"30 days, one rep ({first_rep})", default, first_rep),
    ]  # fmt: skip
    for label, span, rep in scenarios:

        def one(span: ReportRange = span, rep: str | None = rep) -> None:
            report_json(read_report(db, span, rep))

        with db.reading() as conn:
            occurred = tables.activities.c.occurred_at
            inside = conn.execute(
                select(func.count()).where(occurred >= span.start, occurred < span.end)
            ).scalar_one()
        wall, cpu = timed(one, repeat)
        print(f"report, {label:42} {verdict(wall, cpu)}  [{inside:,} activities in range]")

    print("the default report's queries:")
    with db.reading() as conn:
        for read in (queries.activity_pass, queries.handoff_groups, queries.stage_counts,
                     queries.speed_to_lead):  # fmt: skip

            def step(read: Callable[..., object] = read) -> None:
                conn.info.pop("reports_wide", None)
                read(conn, default, None)

            wall, cpu = timed(step, repeat)
            print(f"  {read.__name__:20} {wall:6.2f} s wall, {cpu:5.2f} s CPU")
    charts_time(read_report(db, default), repeat)


def charts_time(report: object, repeat: int) -> None:
    """Build every chart of the Reports page for the default report (offscreen)."""
    from PySide6.QtWidgets import QApplication

    from app.core.reports import Report
    from app.ui.reports import charts

    assert isinstance(report, Report)
    app = QApplication.instance() or QApplication([])
    names = {key: key for key in report.by_rep}

    def build() -> None:
        for chart in (
            charts.touches_chart(report, 200), charts.call_funnel_chart(report),
            charts.rates_chart(report, names), charts.meetings_week_chart(report),
            charts.meetings_rep_chart(report, names), charts.funnel_chart(report),
            charts.speed_chart(report), charts.outcomes_chart(report),
            charts.source_chart(report), charts.lead_type_chart(report),
        ):  # fmt: skip
            if chart is not None:
                chart.deleteLater()
        app.processEvents()

    wall, cpu = timed(build, repeat)
    print(f"build the page's ten charts:          {wall:6.2f} s wall, {cpu:5.2f} s CPU")


if __name__ == "__main__":
    raise SystemExit(main())
