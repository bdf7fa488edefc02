"""Figures of the reports: each report over a database of about 1,000,000 activities.

Target: every report (1 day, 30 days, 365 days; everybody and one rep) is read and summed
in at most 1 s, and its charts are built in a fraction of that. Each is timed through the
daily roll-up (closed days built once, first, and that one-off cost printed) and, for
comparison, read live from the activity log. The database
is a demo of N prospects (250,000 make about 1,000,000 activities), made first unless
``--db`` names one (not timed); ``--keep`` keeps it for the next run.

    .venv/bin/python benchmarks/bench_reports.py --keep /tmp/reports-1m.sqlite3
    .venv/bin/python benchmarks/bench_reports.py --db /tmp/reports-1m.sqlite3 --keep-rollup
    .venv/bin/python benchmarks/bench_reports.py --contacts 20000      # a quick look

Each line is one report (1, 30, 365 days; everybody and one rep) with its wall-clock and
CPU seconds, the best of ``--repeat`` runs, against the target. The CPU seconds are this
process's (SQLite runs in it), which a machine shared with other work inflates less than
the wall clock. ``--live`` also times each range read wholly from the activity log (the
code before the roll-up; slow).
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
from app.storage.reports import read_report  # noqa: E402

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
    parser.add_argument("--live", action="store_true", help="also time the live reads")
    parser.add_argument(
        "--keep-rollup",
        action="store_true",
        help="keep the days built by an earlier run (else rebuilt, timed)",
    )
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
            run(db, today, args.repeat, rebuild=not args.keep_rollup, live=args.live)
        finally:
            db.close()
    return 0


def run(
    db: Database, today: dt.date, repeat: int, rebuild: bool = True, live: bool = False
) -> None:
    """Each report at 1, 30 and 365 days: read live, then through the daily roll-up."""
    from app.storage.reports.rollup import build_closed_days, forget_days

    with db.reading() as conn:
        first_rep = conn.execute(
            select(tables.reps.c.email).where(tables.reps.c.role == "sdr").order_by("id")
        ).scalar()
    spans = [(days, report_range(today - dt.timedelta(days=days - 1), today, today))
             for days in (1, 30, 365)]  # fmt: skip
    # The demo's "today" is its newest activity's day: the days before it are closed.
    if rebuild:
        forget_days(db)
    widest = spans[-1][1]
    built: list[dt.date] = []
    wall, cpu = timed(lambda: built.extend(build_closed_days(db, widest, today)), 1)
    print(f"roll-up of {len(built)} closed days not built yet: {wall:6.2f} s wall, "
          f"{cpu:5.2f} s CPU")  # fmt: skip
    for days, span in spans:
        with db.reading() as conn:
            occurred = tables.activities.c.occurred_at
            inside = conn.execute(
                select(func.count()).where(occurred >= span.start, occurred < span.end)
            ).scalar_one()
        for rep in (None, first_rep):
            for label, rollup in (("roll-up", True), ("live", False)):
                if not rollup and (not live or (days > 1 and rep is not None)):
                    continue  # the live path is the old figure; once per range is enough

                def one(span: ReportRange = span, rep: str | None = rep,
                        rollup: bool = rollup) -> None:  # fmt: skip
                    report_json(read_report(db, span, rep, today=today, rollup=rollup))

                wall, cpu = timed(one, repeat if rollup else 1)
                who = "everybody" if rep is None else "one rep"
                print(f"report, {days:3} day(s), {who:9}, {label:7} {verdict(wall, cpu)}"
                      f"  [{inside:,} activities in range]")  # fmt: skip
    charts_time(read_report(db, spans[1][1], today=today), repeat)


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
