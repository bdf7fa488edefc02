"""The contact table's storage reads at a million contacts, on SQLite and on PostgreSQL.

What the Lists page's item model (``app.ui.lists.contact_table_model``) asks storage for,
without the GUI, so both backends are measured by the same calls:

- ``first screen``: ``page_ids`` (the first 200 ids of the sort) and ``rows_for_ids`` (the
  first 100 rows), as its first-page job does;
- ``count``: the scope's count (``count``: the status bar's "N contacts");
- ``page at N``: the page a scroll reaches at row N: ``page_ids`` after the cursor there
  (2,000 ids, the model's page size) and ``rows_for_ids`` for the 100 rows painted. The
  cursor is found first by reading pages of 32,000 (as a scroll does), not timed.

Each figure for sorts by name and by company, the median of ``--runs`` warm runs with this
thread's CPU time beside it. On PostgreSQL the CPU column is the client's only: the
server's work shows in the wall time, and ``server CPU`` is the server process's own
(read from ``/proc``, so only for a server on this machine; 10 ms ticks, so per run it is
the mean of all runs).

    .venv/bin/python benchmarks/bench_table_storage.py --db /tmp/demo-1m.sqlite3 \\
        --db postgresql+psycopg://postgres@127.0.0.1:5432/demo1m
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.storage.contacts.browse import (  # noqa: E402
    Cursor,
    Scope,
    Sort,
    SortKey,
    count,
    page_ids,
    rows_for_ids,
)
from app.storage.database import Database, open_database  # noqa: E402

FIRST_PAGE = 200
PAGE = 2000
SCROLL_PAGE = 32_000
PAINTED = 100


def server_cpu_seconds(db: Database) -> Callable[[], float] | None:
    """A reader of the server process's CPU seconds serving ``db``'s pooled connection."""
    if db.is_sqlite:
        return None
    with db.reading() as conn:
        pid = int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return None
    ticks = os.sysconf("SC_CLK_TCK")

    def read() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks

    return read


def timed(db: Database, run: Callable[[], object], runs: int) -> tuple[float, float, float | None]:
    """(median wall ms, median client CPU ms, mean server CPU ms) after one warm run."""
    server = server_cpu_seconds(db)
    run()
    walls, cpus = [], []
    server_start = server() if server else 0.0
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.thread_time()
        run()
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((time.thread_time() - cpu) * 1000)
    server_ms = (server() - server_start) * 1000 / runs if server else None
    return statistics.median(walls), statistics.median(cpus), server_ms


def cursor_at(db: Database, sort: Sort, row: int) -> Cursor | None:
    """The cursor after ``row`` rows of ``sort``, read as a scroll reads its pages."""
    cursor: Cursor | None = None
    read = 0
    with db.reading() as conn:
        while read < row:
            page = page_ids(conn, Scope(), sort, after=cursor, limit=min(SCROLL_PAGE, row - read))
            cursor, read = page.cursor, read + len(page.ids)
            if page.done:
                break
    return cursor


def show(label: str, figures: tuple[float, float, float | None]) -> None:
    wall, cpu, server = figures
    server_text = "" if server is None else f"{server:15.1f}"
    print(f"{label:<34}{wall:9.1f}{cpu:9.1f}{server_text}")


def measure(db: Database, runs: int, at: int) -> None:
    """Print one database's figures."""
    with db.reading() as conn:
        total = count(conn, Scope())
    print(f"\n{db.display_name}: {total:,} contacts ({db.engine.dialect.name})")
    print(f"{'figure':<34}{'wall ms':>9}{'CPU ms':>9}{'server CPU ms':>15}")

    def read_count() -> None:
        with db.reading() as conn:
            count(conn, Scope())

    show("count (every contact)", timed(db, read_count, runs))
    for key in (SortKey.NAME, SortKey.COMPANY):
        sort = Sort(key)

        def first_screen(sort: Sort = sort) -> None:
            with db.reading() as conn:
                page = page_ids(conn, Scope(), sort, limit=FIRST_PAGE)
                rows_for_ids(conn, page.ids[:PAINTED])

        show(f"first screen, by {key.value}", timed(db, first_screen, runs))
        cursor = cursor_at(db, sort, at)

        def deep_page(sort: Sort = sort, cursor: Cursor | None = cursor) -> None:
            with db.reading() as conn:
                page = page_ids(conn, Scope(), sort, after=cursor, limit=PAGE)
                rows_for_ids(conn, page.ids[:PAINTED])

        show(f"page at {at:,}, by {key.value}", timed(db, deep_page, runs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", action="append", required=True, help="an SQLite file or a PostgreSQL URL"
    )
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--at", type=int, default=500_000, help="the row of the deep page")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()} on {os.cpu_count()} cores (shared machine)")
    for target in args.db:
        db = open_database(target, upgrade=False)
        try:
            measure(db, args.runs, args.at)
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
