"""Figures of the call workspace: enrolling a segment, scheduling, and the Today queue.

Targets: enrolling a 10,000-contact segment in at most 3 s; scheduling 100,000
enrollments' next steps in at most 2 s; ``today --json`` for a rep with 5,000 active
enrollments in at most 1 s, among N contacts (a demo database, made first; not timed); the
Today page for that rep painted within 200 ms of opening, and done → the next prospect
shown within 50 ms.

    .venv/bin/python benchmarks/bench_today.py                      # N = 100,000
    .venv/bin/python benchmarks/bench_today.py --contacts 1000000   # the big one
    .venv/bin/python benchmarks/bench_today.py --contacts 20000 --keep /tmp/today.sqlite3
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.cadences import next_due_step, shipped_cadences  # noqa: E402
from app.storage.cadences import add_rep, contacts_of_segment, enroll, today  # noqa: E402
from app.storage.database import Database, open_database  # noqa: E402
from app.storage.demo import populate_demo  # noqa: E402
from app.storage.segments import save_segment  # noqa: E402

ENROLL_TARGET, SCHEDULE_TARGET, TODAY_TARGET = 3.0, 2.0, 1.0
PAINT_TARGET, NEXT_TARGET = 0.2, 0.05
SEGMENT = "Bench: every prospect"
# Monday 7 December 2026: enrolled at 06:00 UTC, the queue asked at noon.
ENROLLED = dt.datetime(2026, 12, 7, 6, 0, tzinfo=dt.UTC)
ASKED = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
ZONES = ("Europe/Vilnius", "Europe/Berlin", "America/New_York", "America/Los_Angeles",
         "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "Asia/Riyadh")  # fmt: skip


def verdict(seconds: float, target: float) -> str:
    return f"{seconds:6.2f} s (target ≤ {target:g} s: {'ok' if seconds <= target else 'SLOW'})"


def bench_enroll(db: Database, size: int) -> tuple[float, list[int]]:
    """Enroll the first ``size`` contacts of a segment; return (seconds, the rest's ids)."""
    rep = add_rep(db, "Bench Enroller", "enroller@bench.example", time_zone="Europe/Vilnius").rep
    save_segment(db, SEGMENT, {"all": [{"field": "do_not_contact", "op": "is_false"}]})
    started = time.perf_counter()
    with db.reading() as conn:
        ids = contacts_of_segment(conn, SEGMENT, ENROLLED)
    result = enroll(db, "Outbound — 17 days", ids[:size], rep, ENROLLED, force=True)
    seconds = time.perf_counter() - started
    skipped = {k: len(v) for k, v in result.skipped.items()}
    print(f"enroll a {min(size, len(ids)):,}-contact segment: {verdict(seconds, ENROLL_TARGET)}"
          f"  ({len(result.enrolled):,} enrolled, skipped {skipped or 'none'})")  # fmt: skip
    return seconds, ids[size:]


def bench_schedule(count: int) -> float:
    """Compute ``count`` enrollments' next steps with the core scheduler."""
    cadence = shipped_cadences()[0]
    zones = [ZoneInfo(z) for z in ZONES]
    steps = len(cadence.steps)
    now = ASKED + dt.timedelta(days=3)
    started = time.perf_counter()
    for i in range(count):
        done = [ENROLLED + dt.timedelta(hours=i % 50)] * (i % steps)
        next_due_step(cadence, ENROLLED, done, zones[i % len(zones)], now)
    seconds = time.perf_counter() - started
    print(f"schedule {count:,} enrollments' next steps: {verdict(seconds, SCHEDULE_TARGET)}")
    return seconds


def bench_today(db: Database, db_path: Path, free: list[int], size: int, data_dir: Path) -> None:
    """``today --json`` for a rep with ``size`` active enrollments."""
    rep = add_rep(db, "Bench Today", "today@bench.example", time_zone="Europe/Vilnius").rep
    result = enroll(db, "Inbound — speed to lead", free[:size], rep, ENROLLED, force=True)
    started = time.perf_counter()
    items = today(db, rep, ASKED)
    in_process = time.perf_counter() - started
    env = dict(os.environ, PROSPECT_DESK_DATA_DIR=str(data_dir))
    command = [sys.executable, str(ROOT / "main.py"), "today", "--db", str(db_path), "--rep",
               rep.email or "", "--now", ASKED.isoformat(), "--json"]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"today failed with exit code {done.returncode}: {done.stderr.strip()}")
    shown = len(json.loads(done.stdout)["items"])
    print(f"today() for {len(result.enrolled):,} active enrollments: "
          f"{verdict(in_process, TODAY_TARGET)}  ({len(items):,} items)")  # fmt: skip
    # A new process spends most of a second importing Python, SQLAlchemy and holidays.
    print(f"python main.py today --json (a new process, start-up included): "
          f"{verdict(wall, TODAY_TARGET)}  ({shown:,} items)")  # fmt: skip


def bench_page(db: Database, rep_email: str, contacts: int) -> None:
    """The Today page: open → first paint of the queue, and done → the next prospect shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.adapters.clock import FixedClock
    from app.ui.today.page import TodayPage
    from app.ui.widgets.page import PageContext

    app = QApplication.instance() or QApplication([])

    def wait_loaded(page: TodayPage) -> None:
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        page.loaded.disconnect(loop.quit)

    from app.ui import settings

    # The rep whose queue is measured (PROSPECT_DESK_DATA_DIR keeps the setting in the
    # benchmark's own folder).
    settings.TODAY_REP.set(rep_email)
    def settle(page: TodayPage) -> None:
        """Turn the event loop until no save or read of the page is running."""
        deadline = time.perf_counter() + 60
        while (page._completing or page._loading) and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)

    page = TodayPage(clock=FixedClock(ASKED), opener=lambda _url: True)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    started = time.perf_counter()
    page.database_changed(PageContext(database=db, contacts=contacts))
    wait_loaded(page)
    page.repaint()  # the paint that shows the rows
    first_paint = time.perf_counter() - started
    print(f"Today page, open → queue painted ({len(page.model.items):,} items): "
          f"{verdict(first_paint, PAINT_TARGET)}")  # fmt: skip
    settle(page)  # the rest of the queue (read after the first page)
    timings = []
    for _ in range(5):
        before = page.current_item()
        if before is None:
            break
        started = time.perf_counter()
        page.complete_current("done" if before.channel != "call" else "connected")
        page.repaint()  # the next prospect is up before the outcome is saved
        shown = page.current_item()
        timings.append(time.perf_counter() - started)
        if shown is None or shown.id == before.id:
            sys.exit(f"done did not bring the next prospect up ({before.id} -> "
                     f"{shown.id if shown else None}, {page.model.rowCount()} rows)")  # fmt: skip
        settle(page)  # the save and the reloads behind it (not timed)
    if timings:
        timings.sort()
        print(f"Today page, done → next prospect shown (median of {len(timings)}): "
              f"{verdict(timings[len(timings) // 2], NEXT_TARGET)}")  # fmt: skip
    page.close()


def main() -> int:
    """Parse arguments, make the demo database, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000, help="N, the demo's size")
    parser.add_argument("--segment", type=int, default=10_000, help="contacts to enroll")
    parser.add_argument("--schedule", type=int, default=100_000, help="next steps to compute")
    parser.add_argument("--active", type=int, default=5_000, help="the rep's enrollments")
    parser.add_argument("--keep", type=Path, help="write the database here and keep it")
    parser.add_argument("--demo-cache", type=Path,
                        help="reuse the demo database saved here (made and saved if missing): "
                             "a 1,000,000-contact demo takes minutes to make")  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pd-bench-today-") as tmp:
        db_path = args.keep.absolute() if args.keep else Path(tmp) / "today.sqlite3"
        if db_path.exists():
            sys.exit(f"{db_path} exists; remove it first")
        os.environ["PROSPECT_DESK_DATA_DIR"] = str(Path(tmp) / "data")
        cache = args.demo_cache.absolute() if args.demo_cache else None
        if cache is not None and cache.exists():
            shutil.copyfile(cache, db_path)
            print(f"demo database of {args.contacts:,} contacts copied from {cache}")
        db = open_database(db_path)
        try:
            if cache is None or not cache.exists():
                started = time.perf_counter()
                populate_demo(db, contacts=args.contacts)
                made = time.perf_counter() - started
                print(f"demo database of {args.contacts:,} contacts made in "
                      f"{made:.1f} s (not timed against a target)")  # fmt: skip
                if cache is not None:
                    # SQLite's backup API: a consistent copy while the database is open.
                    with sqlite3.connect(db_path) as source, sqlite3.connect(cache) as copy:
                        source.backup(copy)
            with db.transaction() as conn:
                # The demo's own enrollments would make the segment mostly "already
                # enrolled"; stopped, every prospect is free to enroll (setup, not timed).
                conn.exec_driver_sql(
                    "UPDATE enrollments SET status = 'stopped', stop_reason = 'manual' "
                    "WHERE status = 'active'"
                )
            _seconds, free = bench_enroll(db, args.segment)
            bench_schedule(args.schedule)
            bench_today(db, db_path, free, args.active, Path(tmp) / "data")
            bench_page(db, "today@bench.example", args.contacts)
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
